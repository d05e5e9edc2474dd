"""Validation of follow-up contacts and merge rules (schema.FollowUps, schema.MergeRule):
diagnostics as codes with parameters, worded by app/shell/messages.py. Called by
model.validation.analyse; it reports through the analysis and changes nothing else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from blueprint_studio.model.schema import IntakeNode, StepNode

if TYPE_CHECKING:
    from blueprint_studio.model.validation import Analysis


def check_contacts(a: Analysis) -> None:
    nodes = a.blueprint.nodes
    follow = [n for n in nodes if isinstance(n, IntakeNode) and n.follow_ups is not None]
    merges = [n for n in nodes if isinstance(n, StepNode) and n.merge is not None]
    for intake in follow:
        via = intake.follow_ups.via if intake.follow_ups is not None else None
        if via is None:
            continue
        target = a.nodes.get(via)
        if target is None:
            a.report("follow_up_via_unknown", (intake.id,))
        elif target.kind != "intake":
            a.report("follow_up_via_not_intake", (intake.id,), target=via)
    if any(n.follow_ups is not None and n.follow_ups.share > 0 for n in follow) and not merges:
        a.report("follow_ups_never_merged", tuple(n.id for n in follow))
    if merges and not follow:
        a.report("merge_without_follow_ups", tuple(n.id for n in merges))
