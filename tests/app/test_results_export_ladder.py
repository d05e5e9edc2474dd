"""Simulation › Export results as CSV carries each escalation ladder's counts, as the JSON does."""

from __future__ import annotations

import csv

from blueprint_studio.app.shell.workers import RunRecord
from blueprint_studio.app.simulation.results_export import write_results
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.schema import EscalationLadder
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import replicate
from tests.sim.test_ladder import two_levels


def test_the_results_csv_lists_each_ladders_counts(tmp_path):
    bp = two_levels(EscalationLadder(warn_at=80, notify="Superviseur", reassign_step="l2"))
    settings = SimulationSettings(horizon_minutes=None, tickets=2, replications=2, seed=1)
    result = replicate(compile_blueprint(bp).model, settings)
    record = RunRecord(result=result, scenario_id=None, settings=settings, revision=1, blueprint=bp)
    write_results(tmp_path / "results.csv", record)
    with open(tmp_path / "results.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    ladder = {row[2]: row[3:] for row in rows if row[0] == "ladder" and row[1] == "std"}
    # the hand-checked trace of tests/sim/test_ladder.py, the same in both replications
    names = ["warnings", "breaches", "notified", "priority_raised", "reassigned", "interrupted"]
    assert list(ladder) == names
    assert [float(ladder[k][0]) for k in ladder] == [2.0, 2.0, 2.0, 0.0, 1.0, 0.0]
    assert ladder["notified"][3] == "2"  # replications
    write_results(tmp_path / "results.json", record)
    import json

    data = json.loads((tmp_path / "results.json").read_text())
    assert data["ladder"]["std"]["notified"]["mean"] == float(ladder["notified"][0])
