"""The agent leaderboard outside the window: Simulation › Export results as CSV has a row per named
agent and figure (scope "agent"), as the JSON has them; `blueprint-studio simulate` prints a short
table of the agents by name after the KPI table, most tickets resolved first."""

from __future__ import annotations

import csv
import json

from blueprint_studio.app.shell.workers import RunRecord
from blueprint_studio.app.simulation.results_export import write_results
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.fileformat import save
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import replicate
from tests.sim.test_agents import billing_desk, reply_desk


def named_desk():
    bp = billing_desk()
    return bp.model_copy(update={"pools": [bp.pools[0].model_copy(update={"name": "Billing desk"})]})


def test_the_results_csv_has_a_row_per_agent_and_figure(tmp_path):
    bp = named_desk()
    settings = SimulationSettings(horizon_minutes=None, tickets=3, replications=2, seed=1)
    result = replicate(compile_blueprint(bp).model, settings)
    record = RunRecord(result=result, scenario_id=None, settings=settings, revision=1, blueprint=bp)
    write_results(tmp_path / "results.csv", record)
    with open(tmp_path / "results.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    agents = {(row[1], row[2]): row[3:] for row in rows if row[0] == "agent"}
    assert {key[0] for key in agents} == {"desk/Ana", "desk/Ben"}
    # the hand-checked trace of tests/sim/test_agents.py: Ben resolves two tickets, Ana one
    assert float(agents["desk/Ben", "resolved"][0]) == 2.0
    assert float(agents["desk/Ana", "resolved"][0]) == 1.0
    assert float(agents["desk/Ben", "busy_minutes"][0]) == 60.0
    assert agents["desk/Ben", "resolved"][3] == "2"  # replications
    # one row per figure the engine counts, the same figures as the JSON
    write_results(tmp_path / "results.json", record)
    data = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    ben = data["agents"]["desk"]["Ben"]
    assert {figure for (who, figure) in agents if who == "desk/Ben"} == set(ben)
    assert ben["utilisation"]["mean"] == float(agents["desk/Ben", "utilisation"][0])
    # a run without named agents has no agent rows
    bp = reply_desk(ownership=False, named=False)
    settings = SimulationSettings(horizon_minutes=None, tickets=3, replications=1, seed=1)
    result = replicate(compile_blueprint(bp).model, settings)
    record = RunRecord(result=result, scenario_id=None, settings=settings, revision=1, blueprint=bp)
    write_results(tmp_path / "results.csv", record)
    with open(tmp_path / "results.csv", encoding="utf-8") as handle:
        assert not [row for row in csv.reader(handle) if row[0] == "agent"]


def test_simulate_prints_the_agents_by_name_after_the_kpis(tmp_path, capsys, qapp):
    from blueprint_studio.app.cli.main import main

    path = tmp_path / "desk.blueprint.json"
    save(named_desk(), path)
    args = ["simulate", str(path), "--tickets", "3", "--warmup", "0", "--replications", "2", "--seed", "1"]
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    heading = lines.index("  Agent leaderboard")
    assert heading > lines.index(next(line for line in lines if "Utilisation:" in line))
    columns, ben, ana = (line.split() for line in lines[heading + 1 : heading + 4])
    assert columns[:4] == ["Agent", "Pool", "Tickets", "resolved"]
    assert ben[:5] == ["Ben", "Billing", "desk", "2", "100"]  # 2 resolved, 100 % first contact
    assert ana[:4] == ["Ana", "Billing", "desk", "1"]
    assert len(lines) == heading + 4  # one line per agent, nothing else
    # no leaderboard for a run without named agents
    plain = tmp_path / "plain.blueprint.json"
    save(reply_desk(ownership=False, named=False), plain)
    assert main(["simulate", str(plain), "--tickets", "3", "--warmup", "0", "--replications", "1"]) == 0
    assert "Agent leaderboard" not in capsys.readouterr().out
