"""The simulated vs actual page of the simulation report: for a run of a calibrated scenario, the
time per state, the resolution-time percentiles with the Kolmogorov-Smirnov distance, the SLA
breaches and the volume per day, in words (step names, never ids), in English and in French; no
page for a scenario drawn by hand."""

from __future__ import annotations

from pdfkit import outline_titles, pdf_bytes, squeeze, text_of

from blueprint_studio.export.eventlog import open_event_log
from blueprint_studio.export.pdf_report import ReportData
from blueprint_studio.export.pdfdoc import PdfOptions
from blueprint_studio.model.calibrate.compare import compare
from blueprint_studio.model.calibrate.importer import calibrate_file, calibrated_scenario, with_scenario
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    Exponential,
    IntakeNode,
    LogNormal,
    Pool,
    SlaPolicy,
    StepNode,
)
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import compile_for, replicate, simulate
from blueprint_studio.model.texts import translate

DAY = 24 * 60


def desk() -> Blueprint:
    return Blueprint(
        meta={"title": "Desk"},
        pools=[Pool(id="pool_a", name="Level 1", agents=3)],
        nodes=[
            IntakeNode(id="in_mail", title="E-mail", channel="email", rate_per_hour=4.0),
            StepNode(
                id="st_answer", title="Answer the customer", pool="pool_a", duration=LogNormal(mean=20, sd=10)
            ),
            StepNode(id="st_close", title="Close the ticket", pool="pool_a", duration=Exponential(mean=3)),
            EndNode(id="done", title="Resolved"),
        ],
        edges=[
            Edge(id="e1", source="in_mail", target="st_answer"),
            Edge(id="e2", source="st_answer", target="st_close"),
            Edge(id="e3", source="st_close", target="done"),
        ],
        sla=[SlaPolicy(id="sla_std", name="Standard", resolution=45.0)],
    )


def calibrated(tmp_path) -> tuple[Blueprint, str]:
    bp = desk()
    log = tmp_path / "desk-log.csv"
    with open_event_log(log, []) as sink:
        simulate(compile_for(bp), SimulationSettings(horizon_minutes=14 * DAY, seed=2), 0, event_log=sink)
    scenario = calibrated_scenario(bp, calibrate_file(bp, log))
    return with_scenario(bp, scenario), scenario.id


def report(bp: Blueprint, scenario_id: str | None, language: str) -> tuple[str, list[str], ReportData]:
    scenario = next((s for s in bp.scenarios if s.id == scenario_id), None)
    settings = SimulationSettings(horizon_minutes=7 * DAY, replications=2, seed=4)
    data = ReportData(replicate(compile_for(bp, scenario_id), settings, workers=1), settings, scenario)
    pdf = pdf_bytes(bp, report=data, blueprint_sheets=False, options=PdfOptions(language=language))
    return squeeze(text_of(pdf)), outline_titles(pdf), data


def test_the_report_of_a_calibrated_scenario_has_the_simulated_vs_actual_page(tmp_path):
    bp, scenario_id = calibrated(tmp_path)
    text, titles, data = report(bp, scenario_id, "en")
    assert "Simulated vs actual" in titles
    assert squeeze("calibrated from desk-log.csv") in text
    for words in ("Time per state", "Answer the customer", "Close the ticket", "Resolution time", "p90",
                  "Volume per hour of the week", "Monday", "SLA resolution breaches: actual"):  # fmt: skip
        assert squeeze(words) in text, words
    assert "st_answer" not in text and "in_mail" not in text
    comparison = compare(bp, bp.scenarios[-1], data.result)
    assert comparison is not None and comparison.ks is not None and comparison.ks < 0.1
    ks = f"{comparison.ks:.3f}"
    assert (
        squeeze(f"Kolmogorov-Smirnov distance between the actual and simulated resolution times: {ks}")
        in text
    )
    answer = next(row for row in comparison.states if row.node_id == "st_answer")
    assert abs(answer.actual - 20) < 2 and abs(answer.simulated_service - answer.actual) < 2


def test_the_page_is_in_the_reports_language_and_absent_for_a_scenario_drawn_by_hand(tmp_path):
    bp, scenario_id = calibrated(tmp_path)
    text, titles, _ = report(bp, scenario_id, "fr")
    # the one catalogue's words (French once the pending translations are merged)
    assert translate("Calibration", "Simulated vs actual", "fr") in titles
    assert squeeze(translate("Calibration", "Time per state", "fr")) in text
    assert squeeze(translate("Calibration", "Monday", "fr")) in text
    _, titles, _ = report(bp, None, "en")
    assert "Simulated vs actual" not in titles
