"""Results dock: after a template's run, the KPI cards show the engine's numbers with their
confidence intervals, the charts are drawn, and the KPI table and charts export."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.docks.results import ResultsDock
from app.messages import kpi_value
from app.results_export import write_event_log, write_results
from app.workers import SimulationWorker
from model.fileformat import load
from model.sim.settings import DAY, SimulationSettings

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


@pytest.fixture(scope="module")
def record():
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])
    blueprint = load(TEMPLATES / "tiered_support.en.blueprint.json")
    worker = SimulationWorker()
    got = []
    worker.sig_finished.connect(got.append)
    worker.run_scenario(blueprint, None, revision=3,
                        settings=SimulationSettings(horizon_minutes=7 * DAY, replications=3))
    worker.wait(60_000)
    app.processEvents()
    worker.shutdown()
    assert got
    return got[0]


def show(qtbot, record) -> ResultsDock:
    dock = ResultsDock()
    qtbot.addWidget(dock)
    bp = record.blueprint
    dock.show_record(record, {n.id: n.title for n in bp.nodes}, {p.id: p.name for p in bp.all_pools()},
                     [(p.name, p.resolution) for p in bp.sla if p.resolution], "Test")
    return dock


def test_cards_show_the_engines_numbers(qtbot, record):
    dock = show(qtbot, record)
    summary = record.result.summary
    card = dock.cards["resolution_mean"]
    assert card.value.text() == kpi_value("resolution_mean", summary["resolution_mean"]["mean"])
    assert kpi_value("resolution_mean", summary["resolution_mean"]["ci_low"]) in card.interval.text()
    assert dock.cards["fcr_rate"].value.text() == kpi_value("fcr_rate", summary["fcr_rate"]["mean"])
    assert "utilisation_pool_l2" in dock.cards
    assert dock.table.rowCount() == len(summary)
    assert "Quick estimate" in dock.estimate.text() and dock.estimate.text().endswith(".")
    dock.set_stale(True)
    assert not dock.stale.isHidden()


def test_charts_and_table_export(qtbot, record, tmp_path):
    dock = show(qtbot, record)
    for index in range(len(dock.charts)):
        dock.tabs.setCurrentIndex(index)
        path = tmp_path / f"chart{index}.png"
        assert dock.save_chart(str(path)) and path.stat().st_size > 1000
    dock.save_table(str(tmp_path / "kpis.csv"))
    rows = list(csv.reader(open(tmp_path / "kpis.csv", encoding="utf-8")))
    assert rows[0][0] == "kpi" and len(rows) == len(record.result.summary) + 1
    mean = dict((r[0], r[2]) for r in rows[1:])["resolution_mean"]
    assert float(mean) == pytest.approx(record.result.summary["resolution_mean"]["mean"], rel=1e-5)


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
