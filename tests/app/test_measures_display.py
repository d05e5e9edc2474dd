"""The measures of issue 17 where people read them: after a run through the window's worker, the
results table names the new figures in words (elapsed and SLA-clock times, time averages, breaches
still open), repeats the queue wait for each value of a field («Queue wait, mean — Priority: P1»,
never the field's id), explains first-contact resolution in a tooltip; the help and the PDF report
(English and French) define FCR, breaches and the two clocks; the report's step table gives the
95th percentile of the wait."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio.app.shell.workers import SimulationWorker
from blueprint_studio.app.simulation.results import ResultsDock
from blueprint_studio.export.pdf_report import ReportData
from blueprint_studio.export.strings import Strings
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.kpis import KPI_NOTES
from blueprint_studio.model.sim.replications import compile_for, replicate
from blueprint_studio.model.sim.settings import DAY, SimulationSettings
from blueprint_studio.model.words import field_value, glossary

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from pdfkit import pdf_bytes, squeeze, template, text_of  # noqa: E402

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


@pytest.fixture(scope="module")
def record():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    blueprint = load(TEMPLATES / "tiered_support.en.blueprint.json")
    blueprint = blueprint.model_copy(
        update={
            "fields": [
                f.model_copy(update={"label": "Urgency", "labels": {}}) if f.name == "priority" else f
                for f in blueprint.fields
            ]
        }
    )
    worker = SimulationWorker()
    got = []
    worker.sig_finished.connect(got.append)
    worker.run_scenario(
        blueprint, None, revision=1, settings=SimulationSettings(horizon_minutes=5 * DAY, replications=2)
    )
    worker.wait(60_000)
    app.processEvents()
    worker.shutdown()
    assert got
    return got[0]


def _show(qtbot, record) -> ResultsDock:
    dock = ResultsDock()
    qtbot.addWidget(dock)
    bp = record.blueprint
    dock.show_record(
        record,
        {n.id: n.title for n in bp.nodes},
        {p.id: p.name for p in bp.all_pools()},
        [],
        "Test",
        bp.meta.title,
    )
    return dock


def test_the_table_names_the_new_figures_and_gives_queue_waits_per_field_value(qtbot, record):
    dock = _show(qtbot, record)
    labels = [dock.table.item(r, 0).text() for r in range(dock.table.rowCount())]
    for label in (
        "Resolution time (elapsed), mean",
        "Resolution time on the SLA clock, mean",
        "First response time (elapsed), mean",
        "First response time on the SLA clock, mean",
        "Time in the help desk, every outcome, mean",
        "Tickets in the help desk, time average",
        "Tickets waiting in a queue, time average",
        "Queue wait, mean",
        "Resolution SLA breached, still open at the end",
    ):
        assert label in labels, label
    assert not [text for text in labels if "_" in text]  # no key on screen
    per_value = [text for text in labels if text.startswith("Queue wait, mean — ")]
    assert "Queue wait, mean — Urgency: P1" in per_value, per_value
    urgency = [text for text in per_value if "Urgency" in text]
    assert len(urgency) == len(record.result.by_dimension["priority"])
    row = labels.index("Queue wait, mean — Urgency: P1")
    estimate = record.result.by_dimension["priority"]["P1"]["queue_wait_mean"]
    assert dock.table.item(row, 1).text() == dock.table_rows()[row + 1][1] and estimate.n == 2
    fcr = labels.index("First-contact resolution")
    assert dock.table.item(fcr, 0).toolTip() == KPI_NOTES["fcr_rate"]
    assert "not a feature request" in KPI_NOTES["fcr_rate"]


def test_the_help_defines_fcr_breaches_and_the_two_clocks(make_window):
    from blueprint_studio.app.shell.help import guide_html

    html = guide_html(make_window())
    assert "What the figures mean" in html and "First-contact resolution: A resolved ticket" in html
    for key in ("fcr_rate", "sla_resolution_breach_rate", "resolution_elapsed_mean", "resolution_sla_mean"):
        assert KPI_NOTES[key].replace("'", "&#x27;") in html or KPI_NOTES[key] in html, key


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_report_defines_the_indicators_and_gives_the_95th_percentile_of_waits(language):
    bp = template("tiered_support", language)
    settings = SimulationSettings(horizon_minutes=3 * DAY, replications=2)
    with ThreadPoolExecutor(2) as pool:
        result = replicate(compile_for(bp, None), settings, pool)
    text = squeeze(text_of(pdf_bytes(bp, report=ReportData(result, settings, None))))
    strings = Strings(language)
    for words in (
        strings("definitions"),
        # the start of the definition (a page may break inside it)
        strings("kpi_definition", label=strings.kpi_label("fcr_rate"), note=strings.kpi_note("fcr_rate"))[
            :120
        ],
        strings.kpi_label("in_system_mean"),
        strings("wait_p95"),
        strings("per_value"),  # queue waits and breaches for each field value, in words
        field_value(glossary(bp.fields, language), "priority", "P1", language),
    ):
        assert squeeze(words) in text, words


def test_a_chart_gives_each_steps_queue_wait(qtbot, record):
    """The "Queue waits" tab: one bar per step, as long as the step's mean wait."""
    import pyqtgraph as pg

    dock = _show(qtbot, record)
    titles = [dock.tabs.tabText(i) for i in range(dock.tabs.count())]
    assert "Queue waits" in titles
    chart = dock.charts["waits"]
    bars = [item for item in chart.getPlotItem().items if isinstance(item, pg.BarGraphItem)]
    widths = list(bars[0].opts["width"])
    steps = record.result.steps
    expected = [0.0 if v.wait_mean.mean != v.wait_mean.mean else v.wait_mean.mean for v in steps.values()]
    assert widths == pytest.approx(expected) and max(widths) > 0
    ticks = chart.getPlotItem().getAxis("left")._tickLevels[0]
    titles = [n.title for n in record.blueprint.nodes if n.id in steps]
    assert [text.rstrip("…") for _, text in ticks] == [t if len(t) <= 32 else t[:31] for t in titles]
