"""Results dock: after a template's run, the KPI cards show the engine's numbers with their
confidence intervals, the charts are drawn, and the KPI table and charts export."""

from __future__ import annotations

import csv
import math
import re
from pathlib import Path

import pytest

from blueprint_studio.app.shell.kpi_words import kpi_figure, kpi_value
from blueprint_studio.app.shell.workers import SimulationWorker
from blueprint_studio.app.simulation.results import PER_POLICY_KPIS, PER_VALUE_KPIS, ResultsDock
from blueprint_studio.app.simulation.results_export import write_event_log, write_results
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.sim.settings import DAY, SimulationSettings
from blueprint_studio.model.sim.stats import Estimate

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


@pytest.fixture(scope="module")
def record():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    blueprint = load(TEMPLATES / "tiered_support.en.blueprint.json")
    worker = SimulationWorker()
    got = []
    worker.sig_finished.connect(got.append)
    worker.run_scenario(
        blueprint, None, revision=3, settings=SimulationSettings(horizon_minutes=7 * DAY, replications=3)
    )
    worker.wait(60_000)
    app.processEvents()
    worker.shutdown()
    assert got
    return got[0]


def show(qtbot, record) -> ResultsDock:
    dock = ResultsDock()
    qtbot.addWidget(dock)
    bp = record.blueprint
    dock.show_record(
        record,
        {n.id: n.title for n in bp.nodes},
        {p.id: p.name for p in bp.all_pools()},
        [(p.name, p.resolution) for p in bp.sla if p.resolution],
        "Test",
        bp.meta.title,
    )
    return dock


UNIT = re.compile(r"\b(min|h|d)\b|%|€")


def units(text: str) -> set[str]:
    return {m.group(0) for m in UNIT.finditer(text)}


def test_cards_show_the_engines_numbers_in_one_unit(qtbot, record):
    dock = show(qtbot, record)
    summary = record.result.summary
    card = dock.cards["resolution_elapsed_mean"]
    cell = summary["resolution_elapsed_mean"]
    figure = kpi_figure("resolution_elapsed_mean", cell.mean, cell.ci_low, cell.ci_high)
    assert card.value.text() == kpi_value("resolution_elapsed_mean", cell.mean) == figure.value
    assert card.interval.text() == f"95 % CI {figure.span}"
    assert len(units(card.value.text() + figure.span)) == 1
    assert dock.cards["fcr_rate"].value.text() == kpi_value("fcr_rate", summary["fcr_rate"].mean)
    assert "€" in dock.cards["cost_total"].value.text()
    assert "utilisation_pool_l2" in dock.cards
    per_value = sum(  # issue 17: some figures per value of each field too
        1
        for groups in record.result.by_dimension.values()
        for table in groups.values()
        for key in PER_VALUE_KPIS
        if key in table and table[key].n
    )
    per_policy = sum(  # issue 19: the SLA breach rates per policy
        1
        for table in record.result.policies.values()
        for key in PER_POLICY_KPIS
        if key in table and table[key].n
    )
    notified = len(record.result.notifications)  # a row per role its Notify actions reach
    assert per_policy and notified
    assert dock.table.rowCount() == len(summary) + per_value + per_policy + notified
    for row in range(dock.table.rowCount()):  # mean and bounds of a row in one unit
        texts = "".join(dock.table.item(row, c).text() for c in (1, 2, 3))
        assert len(units(texts)) <= 1, texts
        assert not re.search("[-\u2212]0(?:[.,]0+)?(?![.,0-9])", texts), texts
    assert "Quick estimate" in dock.estimate.text() and dock.estimate.text().endswith(".")
    assert record.blueprint.meta.title in dock.header.text() and "Test" in dock.header.text()
    assert "run today at" in dock.header.text() and "revision" not in dock.header.text()
    assert dock.stale.text() == "Up to date with the drawing."
    dock.set_stale(True, 3)
    assert "before your last 3 edits" in dock.stale.text()
    assert dock.is_dimmed()


def test_a_card_says_why_it_has_no_interval(qtbot, record):
    dock = show(qtbot, record)
    card = dock.cards["resolution_elapsed_mean"]
    card.show_cell(
        "Resolution",
        "resolution_elapsed_mean",
        Estimate(mean=30.0, ci_low=math.nan, ci_high=math.nan, half_width=math.nan, n=1),
        5,
    )
    assert card.interval.text() == "measured in 1 of 5 runs: no interval"
    card.show_cell(
        "Resolution", "resolution_elapsed_mean", Estimate(30.0, math.nan, math.nan, math.nan, 1), 1
    )
    assert card.interval.text() == "one run: no interval"
    card.show_cell("Stuck", "stuck", Estimate(mean=0.0, ci_low=0.0, ci_high=0.0, half_width=0.0, n=5), 5)
    assert card.interval.text() == "the same in every run"
    card.show_cell("Survey", "satisfaction_rate", Estimate(math.nan, math.nan, math.nan, math.nan, 0), 5)
    assert (card.value.text(), card.interval.text()) == ("—", "not measured in these runs")


def test_no_run_says_so_for_the_document_by_name(qtbot):
    dock = ResultsDock()
    qtbot.addWidget(dock)
    dock.show_empty("Tiered support")
    assert dock.empty_text.text() == "No simulation run for Tiered support yet."
    assert dock.content.isHidden() and not dock.empty.isHidden() and dock.empty_run.isEnabled()
    with qtbot.waitSignal(dock.sig_run_requested, timeout=1000):
        dock.empty_run.click()


def test_charts_and_table_export(qtbot, record, tmp_path):
    dock = show(qtbot, record)
    for index in range(len(dock.charts)):
        dock.tabs.setCurrentIndex(index)
        path = tmp_path / f"chart{index}.png"
        assert dock.save_chart(str(path)) and path.stat().st_size > 1000
    dock.save_table(str(tmp_path / "kpis.csv"))
    rows = list(csv.reader(open(tmp_path / "kpis.csv", encoding="utf-8")))
    assert rows[0][0] == "kpi" and len(rows) == len(record.result.summary) + 1
    mean = dict((r[0], r[2]) for r in rows[1:])["resolution_elapsed_mean"]
    assert float(mean) == pytest.approx(record.result.summary["resolution_elapsed_mean"].mean, rel=1e-5)


def test_results_and_event_logs_export(record, tmp_path):
    write_results(tmp_path / "r.json", record)
    write_results(tmp_path / "r.csv", record)
    import json

    data = json.loads((tmp_path / "r.json").read_text())
    assert data["revision"] == 3 and len(data["runs"]) == 3
    write_event_log(tmp_path / "log.csv", record)
    write_event_log(tmp_path / "log.xes", record)
    assert (tmp_path / "log.csv").read_text().startswith("case_id")
    assert "<trace>" in (tmp_path / "log.xes").read_text()


def test_values_follow_the_window_language(qapp):
    from blueprint_studio.app.shell import i18n

    try:
        i18n.install("fr")
        assert kpi_value("resolution_elapsed_mean", 61.14) == "61,1\u00a0min"
        assert kpi_value("cost_total", 165360.0) == "165\u202f360\u00a0€"
        assert kpi_figure("resolution_elapsed_mean", 936.0, half=95.2).half == "±\u00a01,6\u00a0h"
    finally:
        i18n.install("en")
    assert kpi_value("resolution_elapsed_mean", 61.14) == "61.1\u00a0min"
    assert kpi_value("cost_total", 165360.0) == "€165,360"


def test_cards_and_charts_read_in_the_dark_theme(qtbot, record):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from blueprint_studio.app.shell.settings import apply_theme

    app = QApplication.instance()
    apply_theme(app, "dark")
    try:
        dock = show(qtbot, record)
        dock.resize(1200, 500)
        dock.show()
        qtbot.waitExposed(dock)
        card = dock.cards["resolution_elapsed_mean"]
        image = card.grab().toImage()
        box = card.value.geometry()
        background = QColor(image.pixel(box.right() - 2, box.center().y()))
        ink = max(
            QColor(image.pixel(x, y)).lightness()
            for x in range(box.left(), box.right(), 2)
            for y in range(box.top(), box.bottom(), 2)
        )
        assert background.lightness() < 100 and ink - background.lightness() > 120  # light on dark
        assert dock.charts["resolution"].backgroundBrush().color().lightness() < 100
        axis = dock.charts["resolution"].getPlotItem().getAxis("bottom")
        assert axis.textPen().color().lightness() > 180
    finally:
        apply_theme(app, "system")


def test_switching_to_the_dark_theme_recolours_the_shown_results(qtbot, record):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from blueprint_studio.app.shell.settings import apply_theme

    app = QApplication.instance()
    apply_theme(app, "system")
    dock = show(qtbot, record)
    assert dock.charts["backlog"].backgroundBrush().color().lightness() > 200
    try:
        apply_theme(app, "dark")  # what Preferences does while results are shown
        qtbot.wait(10)
        assert dock.charts["backlog"].backgroundBrush().color().lightness() < 100
        card = dock.cards["fcr_rate"]
        image = card.grab().toImage()
        assert QColor(image.pixel(card.width() // 2, card.height() - 4)).lightness() < 100
    finally:
        apply_theme(app, "system")
