"""Follow-up contacts and merges in the walkthrough: at the intake the stepper says in words how
often and when the customer writes again and through which channel, and at triage what the
merge rule does (share recognised, detection time), with names, never ids; the dock, driven by
the keyboard, shows them under the step's guidance."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    Exponential,
    Fixed,
    FollowUps,
    IntakeNode,
    MergeRule,
    Pool,
    StepNode,
    TicketCard,
)
from blueprint_studio.model.walkthrough.walker import Walkthrough
from tests.app.test_walkthrough_dock import Bench


def desk() -> Blueprint:
    return Blueprint(
        meta={"title": "Desk", "language": "en"},
        pools=[Pool(id="desk", name="Front desk", agents=2)],
        nodes=[
            IntakeNode(
                id="in",
                title="E-mail",
                follow_ups=FollowUps(share=25.0, after=Exponential(mean=240.0), via="chat_in"),
            ),
            IntakeNode(id="chat_in", title="Chat"),
            StepNode(
                id="triage",
                title="Triage",
                pool="desk",
                duration=Fixed(value=5),
                guidance="Read the message.",
                merge=MergeRule(detect=80.0, detection_time=2.0),
            ),
            EndNode(id="done", title="Resolved"),
        ],
        edges=[
            Edge(id="e1", source="in", target="triage"),
            Edge(id="e2", source="chat_in", target="triage"),
            Edge(id="e3", source="triage", target="done"),
        ],
        cards=[TicketCard(id="card", name="Password reset", fields={})],
    )


FOLLOW_UP = (
    "Follow-ups: for 25% of the tickets that open here, the customer writes again while the ticket "
    "is open, about 4 h after it opened, through “Chat”."
)
MERGE = (
    "Merge: check whether the customer already has an open ticket. 80% of follow-ups are recognised "
    "here and merged into it, which takes 2 min more; the others go on as duplicate tickets, worked, "
    "then merged when they are done."
)


def test_the_stepper_says_the_follow_ups_at_the_intake_and_the_merge_at_triage():
    bp = desk()
    w = Walkthrough(compile_blueprint(bp).model, bp.cards[0], "en")
    assert w.state().node_id == "in"
    said = w.state().contacts
    assert said[0] == FOLLOW_UP
    assert "duplicate of the customer's open ticket" in said[1]
    w.advance(w.choice_towards("triage"))
    assert w.state().contacts == (MERGE,)
    w.advance(w.choice_towards("done"))
    assert w.state().contacts == ()
    assert not any("chat_in" in text for text in (*said, MERGE))


@pytest.fixture
def bench(qtbot) -> Bench:
    b = Bench(qtbot, desk())
    b.workspace.actions["training_start"].trigger()
    assert b.dock.isVisible()
    return b


def test_the_dock_shows_the_follow_ups_and_the_merge_under_the_guidance(bench):
    page = bench.dock.page
    assert FOLLOW_UP in page.guidance_label.text()
    bench.key(Qt.Key.Key_Right)
    assert bench.node() == "triage"
    text = page.guidance_label.text()
    assert text.startswith("Read the message.") and MERGE in text
