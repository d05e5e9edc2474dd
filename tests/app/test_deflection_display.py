"""Deflection where people read it (issue 15): after a run of the tiered-support template (whose
knowledge-base step is done by the customer), the results dock has a deflection-rate card that
explains itself, the KPI table lists the deflected tickets, the help defines deflection, and the
PDF report prints the definition under its KPI table; a model without such steps shows none."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio.app.shell.kpi_words import kpi_figure
from blueprint_studio.app.shell.workers import SimulationWorker
from blueprint_studio.app.simulation.results import ResultsDock
from blueprint_studio.export.pdf_report import ReportData
from blueprint_studio.export.strings import Strings
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.kpis import KPI_NOTES
from blueprint_studio.model.sim.replications import compile_for, replicate
from blueprint_studio.model.sim.settings import DAY, SimulationSettings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from pdfkit import pdf_bytes, squeeze, template, text_of  # noqa: E402

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


def _record(blueprint):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    worker = SimulationWorker()
    got = []
    worker.sig_finished.connect(got.append)
    settings = SimulationSettings(horizon_minutes=5 * DAY, replications=2)
    worker.run_scenario(blueprint, None, revision=1, settings=settings)
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


@pytest.fixture(scope="module")
def tiered():
    return _record(load(TEMPLATES / "tiered_support.en.blueprint.json"))


def test_the_results_show_the_deflection_rate_and_say_what_it_is(qtbot, tiered):
    dock = _show(qtbot, tiered)
    card = dock.cards["deflection_rate"]
    estimate = tiered.result.summary["deflection_rate"]
    assert 0 < estimate.mean < 0.5
    assert card.title.text() == "Deflection rate (self-service)"
    assert card.value.text() == kpi_figure("deflection_rate", estimate.mean).value
    assert card.value.text().endswith("%")
    tip = card.toolTip()
    assert tip == KPI_NOTES["deflection_rate"] and "never through a step done by an agent" in tip
    labels = [row[0] for row in dock.table_rows()]
    assert "Tickets resolved by self-service" in labels and "Tickets arrived" in labels


def test_without_self_service_there_is_no_deflection_card(qtbot):
    bp = load(TEMPLATES / "helpdesk_flow.en.blueprint.json")
    assert all(n.performer == "agent" for n in bp.nodes if n.kind == "step")
    dock = _show(qtbot, _record(bp))
    assert "deflection_rate" not in dock.cards
    assert "Tickets resolved by self-service" not in [row[0] for row in dock.table_rows()]


def test_the_help_defines_deflection(make_window):
    from blueprint_studio.app.shell.help import guide_html

    html = guide_html(make_window())
    assert "Self-service and automation" in html and "“Done by”" in html
    assert "The deflection rate is deflected contacts out of all contacts" in html


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_report_prints_the_definition_under_its_kpis(language):
    bp = template("tiered_support", language)
    settings = SimulationSettings(horizon_minutes=3 * DAY, replications=2)
    with ThreadPoolExecutor(2) as pool:
        result = replicate(compile_for(bp, None), settings, pool)
    text = squeeze(text_of(pdf_bytes(bp, report=ReportData(result, settings, None))))
    strings = Strings(language)
    for words in (
        strings("deflection_note"),
        strings.kpi_label("deflection_rate"),
        strings.kpi_label("deflected"),
    ):
        assert squeeze(words) in text, words


def test_comparing_scenarios_shows_the_deflection_rate(qtbot, tiered):
    from blueprint_studio.app.simulation.compare import CompareDock
    from blueprint_studio.model.sim.compare import compare_results

    result = tiered.result
    dock = CompareDock()
    qtbot.addWidget(dock)
    dock.show_comparison(compare_results(result, result))
    labels = [row[0] for row in dock.rows()]
    assert "Deflection rate (self-service)" in labels
