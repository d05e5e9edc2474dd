"""The walkthrough shows an edge's approval: the step offers the approved edge and, as a second
choice, its rejection; the trainer takes either answer; the clock moves by the approval's mean
time; a rejected ticket skips the edge's actions; in a quiz either answer of the right edge is
right. (Their French is in the catalogue, resources/translations/blueprint_studio_fr.ts.)"""

from __future__ import annotations

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.schema import (
    Approval,
    Blueprint,
    Edge,
    EndNode,
    Fixed,
    IntakeNode,
    Pool,
    SetField,
    StepNode,
    TicketCard,
    TicketField,
)
from blueprint_studio.model.walkthrough.views import REJECTED
from blueprint_studio.model.walkthrough.walker import Walkthrough


def refund_model():
    bp = Blueprint(
        pools=[Pool(id="desk", agents=1)],
        fields=[TicketField(name="status", values=["open", "paid"])],
        nodes=[
            IntakeNode(id="mail", title="E-mail"),
            StepNode(id="refund", title="Prepare the refund", pool="desk", duration=Fixed(value=10.0)),
            StepNode(id="pay", title="Pay", pool="desk", duration=Fixed(value=5.0)),
            EndNode(id="paid", title="Paid"),
        ],
        edges=[
            Edge(id="e1", source="mail", target="refund"),
            Edge(
                id="e2",
                source="refund",
                target="pay",
                label="Refund",
                approval=Approval(role="Team lead", time=Fixed(value=30.0), reject=20.0),
                after=[SetField(field="status", value="paid")],
            ),
            Edge(id="e3", source="pay", target="paid"),
        ],
    )
    result = compile_blueprint(bp)
    assert result.ok, result.diagnostics
    return result.model, TicketCard(id="card", name="Refund", fields={"status": "open"})


def at_refund(lang: str = "en", quiz: bool = False) -> Walkthrough:
    model, card = refund_model()
    w = Walkthrough(model, card, lang, quiz=quiz)
    w.advance(0)  # the intake -> Prepare the refund
    assert w.state().node_id == "refund"
    return w


def test_the_step_offers_both_answers_of_the_approval_in_words() -> None:
    choices = at_refund().state().choices
    assert [(c.key, c.target_id, c.approval) for c in choices] == [
        ("e2", "pay", "granted"),
        ("e2" + REJECTED, "refund", "rejected"),
    ]
    assert choices[0].label == "Refund — Approved by Team lead"
    assert choices[1].label == "Refund — Rejected by Team lead"
    assert choices[0].duration == choices[1].duration == 40.0  # the step's 10 and the answer's 30
    assert [a.kind for a in choices[0].actions] == ["set"] and choices[1].actions == ()


def test_the_trainer_takes_the_rejection_then_the_approval() -> None:
    w = at_refund()
    w.advance("e2" + REJECTED)
    view = w.state()
    assert view.node_id == "refund"  # back to the step it came from, to be done again
    assert view.sla.wall == 40.0
    assert dict((f.name, f.value) for f in view.fields)["status"] == "open"  # no action applied
    w.advance("e2")
    view = w.state()
    assert view.node_id == "pay" and view.sla.wall == 80.0
    assert dict((f.name, f.value) for f in view.fields)["status"] == "paid"
    assert [p.node_id for p in w.summary().path] == ["mail", "refund", "refund", "pay"]


def test_in_a_quiz_either_answer_of_the_approval_is_right() -> None:
    w = at_refund(quiz=True)
    feedback = w.advance("e2" + REJECTED)
    assert feedback is not None and feedback.correct
    assert w.state().node_id == "refund"
