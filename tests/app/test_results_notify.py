"""The notifications of steps' and transitions' Notify actions, per role as typed, where a run's
results are read: the results dock (its line and the All KPIs table), the command line's simulate
output and the results CSV. The run is the hand-checked one of tests/sim/test_notify.py."""

from __future__ import annotations

import csv

from blueprint_studio.app.shell.workers import RunRecord
from blueprint_studio.app.simulation.results import ResultsDock
from blueprint_studio.app.simulation.results_export import write_results
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import replicate
from tests.sim.test_notify import desk

# the first ten tickets: e-mail at 2, 4, 6, 8, 10, 12 and phone at 3, 6, 9, 12
SETTINGS = SimulationSettings(horizon_minutes=None, tickets=10, replications=2, seed=1)


def record(bp=None) -> RunRecord:
    bp = bp or desk()
    result = replicate(compile_blueprint(bp).model, SETTINGS)
    return RunRecord(result=result, scenario_id=None, settings=SETTINGS, revision=1, blueprint=bp)


def test_the_dock_says_who_was_notified_and_how_often(qtbot):
    dock = ResultsDock()
    qtbot.addWidget(dock)
    dock.show_record(record(), {}, {}, [], "Test", "Desk")
    assert not dock.notifications.isHidden()
    assert dock.notifications.text() == (
        "Notifications sent by steps and transitions: Team lead (10), Superviseur (4)"
    )
    rows = {row[0]: row for row in dock.table_rows()}
    assert rows["Notifications to Team lead"][1:] == ["10", "10", "10", "2"]
    assert rows["Notifications to Superviseur"][1] == "4"


def test_no_notify_no_line(qtbot):
    bp = desk()
    bp = bp.model_copy(
        update={
            "nodes": [n.model_copy(update={"actions": []}) if n.id == "triage" else n for n in bp.nodes],
            "edges": [e.model_copy(update={"after": []}) for e in bp.edges],
        }
    )
    dock = ResultsDock()
    qtbot.addWidget(dock)
    dock.show_record(record(bp), {}, {}, [], "Test", "Desk")
    assert dock.notifications.isHidden() and dock.notifications.text() == ""
    assert not any(row[0].startswith("Notifications to") for row in dock.table_rows())


def test_the_results_csv_lists_each_roles_notifications(tmp_path):
    write_results(tmp_path / "results.csv", record())
    with open(tmp_path / "results.csv", encoding="utf-8") as handle:
        rows = [row for row in csv.reader(handle) if row[0] == "notifications"]
    assert [(row[2], float(row[3]), row[6]) for row in rows] == [
        ("Team lead", 10.0, "2"),
        ("Superviseur", 4.0, "2"),
    ]


def test_the_command_line_prints_who_was_notified(tmp_path):
    from blueprint_studio.model.fileformat import save
    from tests.app.test_cli import run

    path = tmp_path / "desk.blueprint.json"
    save(desk(), path)
    result = run("simulate", str(path), "--tickets", "10", "--warmup", "0", "--replications", "1")
    assert result.returncode == 0, result.stderr
    assert "  Notifications sent by steps and transitions: Team lead (10), Superviseur (4)" in result.stdout
