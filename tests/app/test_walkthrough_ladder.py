"""The SLA clock on its escalation ladder in the walkthrough: the stepper says where the clock
stands (on time, warned at 50 %, past the target) and what the ladder does, in English and French
words with names and labels, never ids; the dock, driven by the keyboard, turns the clock amber at
the warning and red at the breach."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    EscalationLadder,
    Fixed,
    IntakeNode,
    Pool,
    SlaPolicy,
    StepNode,
    TicketCard,
    TicketField,
)
from blueprint_studio.model.walkthrough.walker import Walkthrough
from tests.app.test_walkthrough_dock import Bench


def desk() -> Blueprint:
    """in -> qualify (5 h) -> answer (3 h 20 min) -> done; level 2 reached by the ladder only; every
    ticket resolved within 8 h: warned at 50 % (4 h), escalated at 8 h."""
    ladder = EscalationLadder(
        warn_at=50,
        notify="Chef d'équipe",
        priority_field="priority",
        priority_value="P1",
        reassign_step="level2",
        in_service="after",
    )
    return Blueprint(
        meta={"title": "Desk", "language": "fr"},
        fields=[
            TicketField(
                name="priority",
                labels={"fr": "Priorité", "en": "Priority"},
                values=["P1", "P2"],
                value_labels={"P1": {"fr": "Critique", "en": "Critical"}},
            )
        ],
        pools=[Pool(id="desk", name="Accueil", agents=1)],
        nodes=[
            IntakeNode(id="in", title="Courriel"),
            StepNode(id="qualify", title="Qualifier", pool="desk", duration=Fixed(value=300)),
            StepNode(id="answer", title="Répondre", pool="desk", duration=Fixed(value=200)),
            StepNode(id="level2", title="Expertise niveau 2", pool="desk", duration=Fixed(value=60)),
            EndNode(id="done", title="Résolu"),
        ],
        edges=[
            Edge(id="e1", source="in", target="qualify"),
            Edge(id="e2", source="qualify", target="answer"),
            Edge(id="e3", source="answer", target="done"),
            Edge(id="e4", source="level2", target="done"),
        ],
        sla=[SlaPolicy(id="std", name="Standard", resolution=480, ladder=ladder)],
        cards=[TicketCard(id="card", name="Mot de passe", fields={"priority": "P2"})],
    )


def walk(lang: str) -> Walkthrough:
    bp = desk()
    return Walkthrough(compile_blueprint(bp).model, bp.cards[0], lang)


def test_the_stepper_says_where_the_clock_stands_on_the_ladder_and_what_happens():
    w = walk("en")
    w.advance(w.choice_towards("qualify"))
    sla = w.state().sla
    assert sla.ladder_state == "on_time"
    assert sla.ladder_words == (
        "On time: no escalation yet.",
        "Resolution target: 8 h.",
        "At 50 % of the target (4 h): a warning.",
        "At the breach (8 h): Chef d'équipe is notified, Priority goes up to Critical, the ticket goes"
        " to the step “Expertise niveau 2” and a ticket already in service goes once the current piece"
        " of work is done.",
    )
    w.advance(w.choice_towards("answer"))  # 5 h on the clock
    assert w.state().sla.ladder_state == "warned"
    assert w.state().sla.ladder_words[0] == "Warning: 50 % of the target has passed."
    w.advance(w.choice_towards("done"))  # 8 h 20 min
    assert w.state().sla.ladder_state == "breached"
    assert w.state().sla.ladder_words[0] == "Target passed: the ticket is escalated."
    assert not any("level2" in text or "priority" in text for text in w.state().sla.ladder_words)


def test_a_policy_without_ladder_says_nothing_of_one():
    bp = desk()
    bp = bp.model_copy(
        update={
            "sla": [SlaPolicy(id="std", name="Standard", resolution=480)],
            "nodes": [n for n in bp.nodes if n.id != "level2"],
            "edges": [e for e in bp.edges if e.id != "e4"],
        }
    )
    w = Walkthrough(compile_blueprint(bp).model, bp.cards[0], "en")
    assert (w.state().sla.ladder_state, w.state().sla.ladder_words) == ("", ())


def bar_colour(bench: Bench) -> str:
    return bench.dock.page.sla_bar.palette().color(QPalette.ColorRole.Highlight).name()


@pytest.fixture
def bench(qtbot) -> Bench:
    b = Bench(qtbot, desk())
    b.workspace.actions["training_start"].trigger()
    assert b.dock.isVisible()
    return b


def test_the_dock_turns_the_clock_amber_at_the_warning_and_red_at_the_breach(bench):
    page = bench.dock.page
    bench.key(Qt.Key.Key_Right)
    assert bench.node() == "qualify"
    assert bar_colour(bench) == "#2e7d32"
    assert "On time: no escalation yet." in page.sla_label.text()
    assert "Chef d&#x27;équipe is notified" in page.sla_label.text()  # the role, escaped as typed
    bench.key(Qt.Key.Key_Right)
    assert bench.node() == "answer"
    assert bar_colour(bench) == "#ef6c00"
    assert (
        "<span style='color:#ef6c00'>Warning: 50 % of the target has passed.</span>" in page.sla_label.text()
    )
    bench.key(Qt.Key.Key_Right)
    assert bench.node() == "done"
    assert bar_colour(bench) == "#c62828"
    assert (
        "<span style='color:#c62828'>Target passed: the ticket is escalated.</span>" in page.sla_label.text()
    )


def test_a_steps_time_limit_ladder_is_said_at_the_step():
    bp = desk()
    limited = {
        "time_limit": 60.0,
        "escalate_to": "level2",
        "ladder": EscalationLadder(warn_at=50, notify="Chef d'équipe", in_service="interrupt"),
    }
    bp = bp.model_copy(
        update={"nodes": [n.model_copy(update=limited) if n.id == "qualify" else n for n in bp.nodes]}
    )
    w = Walkthrough(compile_blueprint(bp).model, bp.cards[0], "en")
    w.advance(w.choice_towards("qualify"))
    assert w.state().time_limit_ladder == (
        "Time limit: 1 h.",
        "At 50 % of the time limit (30 min): a warning.",
        "At the breach (1 h): Chef d'équipe is notified, the ticket goes to the step “Expertise niveau 2”"
        " and a ticket already in service is taken off its agent at once.",
    )
    w.advance(w.choice_towards("answer"))
    assert w.state().time_limit_ladder == ()


def test_the_dock_shows_the_time_limit_ladder_on_the_escalate_button(qtbot):
    bp = desk()
    limited = {"time_limit": 60.0, "escalate_to": "level2", "ladder": EscalationLadder(notify="Lead")}
    bp = bp.model_copy(
        update={"nodes": [n.model_copy(update=limited) if n.id == "qualify" else n for n in bp.nodes]}
    )
    b = Bench(qtbot, bp)
    b.workspace.actions["training_start"].trigger()
    b.key(Qt.Key.Key_Right)
    assert b.node() == "qualify"
    button = b.dock.page.escalate_button
    assert button.isVisible()
    assert button.toolTip() == "Time limit: 1 h.\nAt the breach (1 h): Lead is notified."
