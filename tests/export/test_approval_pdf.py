"""Approvals and transfers in the simulation report: each edge's approval in words (names, never
ids), the run's approval figures and the transfers per reason; no section without them."""

from __future__ import annotations

from pdfkit import outline_titles, pdf_bytes, squeeze, text_of

from blueprint_studio.export.pdf_report import ReportData
from blueprint_studio.export.pdfdoc import PdfOptions
from blueprint_studio.model.schema import (
    Approval,
    Blueprint,
    Edge,
    EndNode,
    Fixed,
    IntakeNode,
    Pool,
    Reassign,
    StepNode,
)
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import compile_for, replicate


def desk(approval: Approval | None, reason: str = "") -> Blueprint:
    """A ticket an hour: Refund (10 min) -> [approval] -> Pay (5 min, by level 2) -> Paid."""
    return Blueprint(
        meta={"title": "Refunds"},
        pools=[Pool(id="pool_a", name="Level 1", agents=1), Pool(id="pool_b", name="Level 2", agents=1)],
        nodes=[
            IntakeNode(id="in", title="E-mail", interarrival=Fixed(value=60.0)),
            StepNode(id="refund", title="Prepare the refund", pool="pool_a", duration=Fixed(value=10.0)),
            StepNode(id="pay", title="Pay", pool="pool_a", duration=Fixed(value=5.0)),
            EndNode(id="paid", title="Paid"),
        ],
        edges=[
            Edge(id="e1", source="in", target="refund"),
            Edge(
                id="e2",
                source="refund",
                target="pay",
                approval=approval,
                after=[Reassign(pool="pool_b", reason=reason)],
            ),
            Edge(id="e3", source="pay", target="paid"),
        ],
    )


def report_text(bp: Blueprint) -> tuple[str, list[str], ReportData]:
    settings = SimulationSettings(horizon_minutes=600.0, replications=2, seed=3)
    data = ReportData(replicate(compile_for(bp, None), settings), settings)
    pdf = pdf_bytes(bp, report=data, blueprint_sheets=False, options=PdfOptions(language="en"))
    return squeeze(text_of(pdf)), outline_titles(pdf), data


def test_the_report_says_what_each_approval_does_and_counts_transfers_by_reason():
    approval = Approval(role="Team lead", time=Fixed(value=30.0), reject=0.0)
    text, titles, data = report_text(desk(approval, reason="Payment by level 2"))
    assert "Approvals and transfers" in titles
    sentence = (
        "Prepare the refund → Pay: approved by Team lead in 30 min on average; 0% rejected, which go"
        " back to Prepare the refund to be done again."
    )
    assert squeeze(sentence) in text
    summary = data.result.summary
    asked = summary["approvals_asked"].mean
    assert asked >= 9 and summary["approvals_rejected"].mean == 0
    assert (
        squeeze(f"In the run: {asked:g} asked, {summary['approvals_granted'].mean:g} granted, 0 rejected.")
        in text
    )
    transfers = data.result.transfers["Payment by level 2"].mean
    assert squeeze(f"Transfers for “Payment by level 2”: {transfers:g}") in text
    assert squeeze("Approvals asked") in text  # and in the table of indicators, by its words
    assert "pool_b" not in text and "refund" not in text.replace("Preparetherefund", "")


def test_no_approval_nor_reason_no_section():
    text, titles, _ = report_text(desk(None))
    assert "Approvals and transfers" not in titles and squeeze("Approvals and transfers") not in text


def test_two_approval_links_each_say_their_own_figures():
    """Refund -> [team lead, never rejected] -> Pay -> [finance, always rejected: to Refused]: each
    approval's sentence is followed by its own link's counts, not the run's totals."""
    bp = desk(Approval(role="Team lead", time=Fixed(value=30.0), reject=0.0))
    bp = bp.model_copy(
        update={
            "nodes": [*bp.nodes, EndNode(id="refused", title="Refused")],
            "edges": [
                *bp.edges[:2],
                Edge(
                    id="e3",
                    source="pay",
                    target="paid",
                    approval=Approval(
                        role="Finance", time=Fixed(value=20.0), reject=100.0, rejected_to="refused"
                    ),
                ),
            ],
        }
    )
    text, _, data = report_text(bp)
    lead, finance = data.result.approvals["e2"], data.result.approvals["e3"]
    assert lead["approvals_rejected"].mean == 0 and finance["approvals_granted"].mean == 0
    assert lead["approvals_granted"].mean > 0 and finance["approvals_rejected"].mean > 0
    for figures, role in ((lead, "Team lead"), (finance, "Finance")):
        said = (
            f"approved by {role}",
            f"In the run: {figures['approvals_asked'].mean:g} asked, {figures['approvals_granted'].mean:g}"
            f" granted, {figures['approvals_rejected'].mean:g} rejected.",
        )
        assert squeeze(said[0]) in text and squeeze(said[1]) in text
    assert (
        text.index(squeeze("approved by Team lead"))
        < text.index(squeeze(f"In the run: {lead['approvals_asked'].mean:g} asked"))
        < text.index(squeeze("approved by Finance"))
    )
