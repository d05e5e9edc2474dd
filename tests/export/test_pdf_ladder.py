"""The escalation ladders in the simulation report: per SLA policy and step time limit, what the
ladder does in words (names and labels, never ids) and its counts in the run."""

from __future__ import annotations

from pdfkit import outline_titles, pdf_bytes, squeeze, text_of

from blueprint_studio.export.pdf_report import ReportData
from blueprint_studio.export.pdfdoc import PdfOptions
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
)
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import compile_for, replicate


def desk(ladder: EscalationLadder | None) -> Blueprint:
    """A ticket a minute, one agent for 20 minutes each: every ticket but the first breaches its
    10-minute target while queued and goes to level 2."""
    return Blueprint(
        meta={"title": "Desk"},
        pools=[Pool(id="pool_a", name="Level 1", agents=1), Pool(id="pool_b", name="Level 2", agents=50)],
        nodes=[
            IntakeNode(id="in", title="E-mail", interarrival=Fixed(value=1.0)),
            StepNode(id="l1", title="Qualify", pool="pool_a", duration=Fixed(value=20.0)),
            StepNode(id="l2", title="Expertise", pool="pool_b", duration=Fixed(value=2.0)),
            EndNode(id="done", title="Resolved"),
        ],
        edges=[
            Edge(id="e1", source="in", target="l1"),
            Edge(id="e2", source="l1", target="done"),
            Edge(id="e3", source="l2", target="done"),
        ],
        sla=[SlaPolicy(id="sla_std", name="Standard", resolution=10.0, ladder=ladder)],
    )


def report_text(bp: Blueprint) -> tuple[str, list[str], ReportData]:
    settings = SimulationSettings(horizon_minutes=60.0, replications=2, seed=3)
    data = ReportData(replicate(compile_for(bp, None), settings), settings)
    pdf = pdf_bytes(bp, report=data, blueprint_sheets=False, options=PdfOptions(language="en"))
    return squeeze(text_of(pdf)), outline_titles(pdf), data


def test_report_says_what_the_ladder_does_and_how_often():
    ladder = EscalationLadder(warn_at=80, notify="Team lead", reassign_step="l2", in_service="after")
    text, titles, data = report_text(desk(ladder))
    assert "Escalation ladders" in titles
    for sentence in (
        "Standard",
        "Resolution target: 10 min.",
        "At 80 % of the target (8 min): a warning.",
        "At the breach (10 min): Team lead is notified, the ticket goes to the step “Expertise” and a"
        " ticket already in service goes once the current piece of work is done.",
    ):
        assert squeeze(sentence) in text, sentence
    counts = data.result.ladder["sla_std"]
    assert counts.breaches.mean > 40 and counts.reassigned.mean == counts.breaches.mean
    line = (
        f"Standard: {counts.warnings.mean:g} warnings, {counts.breaches.mean:g} breaches,"
        f" {counts.notified.mean:g} notifications sent, 0 priorities raised,"
        f" {counts.reassigned.mean:g} re-assignments, of which 0 were interrupted"
    )
    assert squeeze(line) in text
    assert "sla_std" not in text and "l2" not in text.replace("Level2", "")


def test_no_ladder_no_section():
    bp = desk(None)
    bp = bp.model_copy(
        update={
            "nodes": [n for n in bp.nodes if n.id != "l2"],
            "edges": [e for e in bp.edges if e.id != "e3"],
        }
    )
    text, titles, _ = report_text(bp)
    assert "Escalation ladders" not in titles and squeeze("Escalation ladders") not in text


def test_the_handout_says_what_the_cards_ladder_does():
    from blueprint_studio.model.schema import TicketCard

    ladder = EscalationLadder(warn_at=50, notify="Team lead", reassign_pool="pool_b", in_service="interrupt")
    bp = desk(ladder)
    bp = bp.model_copy(
        update={
            "nodes": [n for n in bp.nodes if n.id != "l2"],
            "edges": [e for e in bp.edges if e.id != "e3"],
            "cards": [TicketCard(id="card_1", name="Password reset", expected_path=["in", "l1", "done"])],
        }
    )
    pdf = pdf_bytes(bp, handout=True, blueprint_sheets=False, options=PdfOptions(language="en"))
    text = squeeze(text_of(pdf))
    assert squeeze("Escalation ladder") in text
    assert (
        squeeze(
            "Resolution target: 10 min. At 50 % of the target (5 min): a warning. At the breach (10 min):"
            " Team lead is notified, the ticket goes to the pool “Level 2” and a ticket already in service"
            " is taken off its agent at once."
        )
        in text
    )
    assert "pool_b" not in text
