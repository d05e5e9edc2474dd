"""validation.ladder_problems (what the ladder editors show) finds what the whole validation finds
for that ladder, with the same codes, ids and parameters, from the light analysis it makes."""

from __future__ import annotations

import pytest

from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    EscalationLadder,
    IntakeNode,
    Pool,
    SlaPolicy,
    StepNode,
    TicketField,
)
from blueprint_studio.model.validation import ladder_problems, validate


def desk(ladder: EscalationLadder, on_step: bool = False) -> tuple[Blueprint, SlaPolicy | StepNode]:
    """in -> triage -> done; "loop" is a step with no way to an end."""
    policy = SlaPolicy(id="sla", resolution=240.0, ladder=None if on_step else ladder)
    triage = StepNode(id="triage", pool="desk", ladder=ladder if on_step else None)
    bp = Blueprint(
        fields=[TicketField(name="priority", values=["P1", "P2"])],
        pools=[Pool(id="desk", agents=1)],
        nodes=[IntakeNode(id="in"), triage, StepNode(id="loop", pool="desk"), EndNode(id="done")],
        edges=[
            Edge(id="e1", source="in", target="triage"),
            Edge(id="e2", source="triage", target="done"),
            Edge(id="e3", source="loop", target="loop"),
        ],
        sla=[policy],
    )
    return bp, (triage if on_step else policy)


@pytest.mark.parametrize(
    ("ladder", "on_step"),
    [
        (EscalationLadder(warn_at=150, reassign_pool="gone"), False),
        (EscalationLadder(reassign_step="loop"), False),
        (EscalationLadder(reassign_step="nowhere", priority_field="priority", priority_value="P9"), False),
        (EscalationLadder(clock="first_response"), False),
        (EscalationLadder(reassign_pool="desk"), True),
        (EscalationLadder(warn_at=80), False),
    ],
)
def test_the_editors_see_what_validation_says_of_the_ladder(ladder, on_step) -> None:
    bp, owner = desk(ladder, on_step)
    codes = {"ladder", "escalation_target_invalid", "unknown_field"}
    whole = [d for d in validate(bp) if owner.id in d.ids and any(d.code.startswith(c) for c in codes)]
    found = ladder_problems(owner, bp)
    assert [(d.code, d.ids, d.params) for d in found] == [(d.code, d.ids, d.params) for d in whole]
    assert bool(found) == (ladder != EscalationLadder(warn_at=80))
