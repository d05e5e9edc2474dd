"""Issue 19 on paper: the report gains a page comparing two scenarios side by side (common random
numbers) and a staffing-recommendation page (plan by pool name, weekly cost in the document's
currency, each target with its interval, candidates saved, the frontier chart), read back with pypdf."""

from __future__ import annotations

import pytest
from pdfkit import outline_titles, pdf_bytes, reader, squeeze, text_of
from reportlab.graphics.shapes import Circle, PolyLine

from blueprint_studio.export.pdf_report import ReportData, simulate_report
from blueprint_studio.export.pdf_staffing import frontier_chart, simulate_comparison
from blueprint_studio.export.pdfdoc import PdfOptions
from blueprint_studio.export.publish import context
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    Exponential,
    IntakeNode,
    Meta,
    Pool,
    Scenario,
    SlaPolicy,
    StaffingTargets,
    StepNode,
)
from blueprint_studio.model.staffing import LocalRunner, find_staffing


def tiny_blueprint() -> Blueprint:
    """intake (6 an hour) -> Answer (Service desk agents, 15 min) -> end; SLA 'Standard' 1 h."""
    quick = dict(horizon_days=2, warmup_days=0, replications=3, seed=11)
    return Blueprint(
        meta=Meta(title="Tiny desk", currency="EUR"),
        pools=[Pool(id="pool_desk", name="Service desk", agents=2, cost_per_hour=30)],
        nodes=[
            IntakeNode(id="in", title="E-mail", rate_per_hour=6),
            StepNode(id="answer", title="Answer", pool="pool_desk", duration=Exponential(mean=15)),
            EndNode(id="done", title="Resolved"),
        ],
        edges=[Edge(id="e1", source="in", target="answer"), Edge(id="e2", source="answer", target="done")],
        sla=[SlaPolicy(id="sla_std", name="Standard", resolution=60)],
        scenarios=[
            Scenario(id="quick", name="Two agents", **quick),
            Scenario(id="more", name="Four agents", pool_agents={"pool_desk": 4}, **quick),
        ],
        targets=StaffingTargets(breach_rate={"sla_std": 0.25}, utilisation_at_most=0.9),
    )


@pytest.fixture(scope="module")
def finished():
    bp = tiny_blueprint()
    report = simulate_report(bp, bp.scenarios[0])
    comparison = simulate_comparison(bp, "quick", "more")
    with LocalRunner(processes=1) as runner:
        staffing = find_staffing(bp, "quick", runner=runner)
    return bp, report, comparison, staffing


def test_the_report_prints_the_comparison_and_the_recommendation(finished):
    bp, report, comparison, staffing = finished
    assert staffing.best is not None  # a plan of the range meets both targets
    data = ReportData(
        report.result, report.settings, report.scenario, comparison=comparison, staffing=staffing
    )
    pdf = pdf_bytes(bp, report=data, options=PdfOptions(invariant=True, language="en"))
    text = squeeze(text_of(pdf))
    for words in (
        "Comparison of two scenarios",
        "A · Two agents",
        "B · Four agents",
        "B − A (95 % interval)",
        "Agents per pool",
        "Staffing recommendation",
        "“Two agents”",  # the scenario searched
        "Service desk",
        "Standard: resolution SLA breached for",  # the target by the policy's name, with its value
        "Utilisation of the busiest pool",
        "Cost per week",
        "Cost against SLA breaches",
        f"Plans simulated: {staffing.evaluated} of {staffing.candidates} considered",
        f"replications not run: {staffing.replications_saved}.",
    ):
        assert squeeze(words) in text, words
    agents = staffing.best.candidate.pool_agents["pool_desk"]
    assert squeeze(f"Service desk {agents} agents") in text or squeeze(f"{agents} agents") in text
    assert "€" in text and "sla_std" not in text and "pool_desk" not in text  # names, never ids
    titles = outline_titles(pdf)
    assert "Comparison of two scenarios" in titles and "Staffing recommendation" in titles


def test_without_them_the_report_is_as_before(finished):
    bp, report, _, _ = finished
    pdf = pdf_bytes(bp, report=report, options=PdfOptions(invariant=True, language="en"))
    text = squeeze(text_of(pdf))
    assert squeeze("Staffing recommendation") not in text
    assert squeeze("Comparison of two scenarios") not in text
    with_pages = ReportData(report.result, report.settings, report.scenario, comparison=finished[2])
    assert len(reader(pdf_bytes(bp, report=with_pages)).pages) == len(reader(pdf).pages) + 1


def test_the_frontier_chart_draws_every_plan_and_circles_the_recommendation(finished):
    bp, _, _, staffing = finished
    ctx = context(bp, PdfOptions(invariant=True, language="en"))
    drawing = frontier_chart(staffing, ctx, 400, "EUR")
    circles = [s for s in drawing.contents if isinstance(s, Circle)]
    plotted = [r for r in staffing.rows if r.breach_rate.mean == r.breach_rate.mean]  # not NaN
    assert len(circles) == len(plotted) + 1  # a dot per plan, and the ring of the recommendation
    assert any(isinstance(s, PolyLine) for s in drawing.contents) == (len(staffing.frontier) > 1)


def test_the_comparison_page_words_each_row_as_the_window_does(finished):
    """One wording of A, B and B − A for the window and the paper (model/sim/compare.row_texts), in
    the report's language and the document's currency; a difference that cannot be given is "—"."""
    from dataclasses import replace
    from functools import partial

    from blueprint_studio.model.kpis import format_figure, number_style
    from blueprint_studio.model.sim.compare import row_texts

    bp, report, comparison, _ = finished
    kpis = dict(comparison.comparison.kpis)
    kpis["reopen_rate"] = replace(kpis["cost_total"], key="reopen_rate", mean=float("nan"))
    changed = replace(comparison, comparison=replace(comparison.comparison, kpis=kpis))
    data = ReportData(report.result, report.settings, report.scenario, comparison=changed)
    pages = reader(pdf_bytes(bp, report=data, options=PdfOptions(invariant=True, language="fr")))
    page = squeeze(pages.pages[-1].extract_text())
    figure = partial(format_figure, style=number_style("fr"), currency="€")
    for key in ("cost_total", "sla_resolution_breach_rate", "resolution_elapsed_mean"):
        a, b, diff = row_texts(key, kpis[key], figure)
        assert squeeze(a + b) in page and squeeze(diff) in page, key
    assert row_texts("cost_total", kpis["cost_total"], figure)[0].endswith("€")
    assert row_texts("reopen_rate", kpis["reopen_rate"], figure)[2] == "—"
