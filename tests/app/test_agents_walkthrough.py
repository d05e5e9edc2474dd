"""Agents as individuals in the walkthrough: at a step the stepper says who takes the ticket, the
skill it needs with the pool's fallback wait, and that a ticket coming back goes to its owner; the
dock, driven by the keyboard, shows it under the step's guidance."""

from __future__ import annotations

from PySide6.QtCore import Qt

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.schema import (
    Agent,
    Blueprint,
    Edge,
    EndNode,
    Fixed,
    IntakeNode,
    Pool,
    StepNode,
    TicketCard,
)
from blueprint_studio.model.walkthrough.walker import Walkthrough
from tests.app.test_walkthrough_dock import Bench


def desk() -> Blueprint:
    roster = [Agent(name="Camille", skills=["Remote access"]), Agent(name="Léa")]
    return Blueprint(
        meta={"title": "Desk", "language": "en"},
        pools=[
            Pool(id="l1", name="Level 1", agents=2),
            Pool(
                id="l2",
                name="Technicians",
                agents=2,
                roster=roster,
                assignment="skills_first",
                skill_fallback=30.0,
                ownership=True,
            ),
        ],
        nodes=[
            IntakeNode(id="in", title="E-mail"),
            StepNode(id="triage", title="Triage", pool="l1", duration=Fixed(value=5), guidance="Read it."),
            StepNode(
                id="remote",
                title="Remote troubleshooting",
                pool="l2",
                duration=Fixed(value=30),
                guidance="Take control of the device.",
                required_skill="Remote access",
            ),
            EndNode(id="done", title="Resolved"),
        ],
        edges=[
            Edge(id="e1", source="in", target="triage"),
            Edge(id="e2", source="triage", target="remote"),
            Edge(id="e3", source="remote", target="done"),
        ],
        cards=[TicketCard(id="card", name="Printer offline", fields={})],
    )


SKILL = (
    "An agent with the skill “Remote access” takes this ticket; after 30 min of waiting, any agent "
    "of the pool."
)
OWNER = (
    "When the ticket comes back here, it goes to the agent who first worked it, if that agent is on shift."
)


def test_the_stepper_says_who_takes_the_ticket_at_a_step():
    bp = desk()
    w = Walkthrough(compile_blueprint(bp).model, bp.cards[0], "en")
    w.advance(w.choice_towards("triage"))
    assert w.state().agents == ()  # identical agents: nothing to say
    w.advance(w.choice_towards("remote"))
    assert w.state().agents == (SKILL, OWNER)


def test_the_dock_shows_it_under_the_guidance(qtbot):
    bench = Bench(qtbot, desk())
    bench.workspace.actions["training_start"].trigger()
    bench.key(Qt.Key.Key_Right)
    bench.key(Qt.Key.Key_Right)
    assert bench.node() == "remote"
    text = bench.dock.page.guidance_label.text()
    assert text.startswith("Take control of the device.") and SKILL in text and OWNER in text
