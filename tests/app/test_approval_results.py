"""The results dock gives the approval figures (asked, granted, rejected, mean approval time) and
the transfers per reason, with their words, in its table (All KPIs: copy and save)."""

from __future__ import annotations

from blueprint_studio.app.shell.workers import RunRecord
from blueprint_studio.app.simulation.results import ResultsDock
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import replicate
from tests.sim.test_approvals import refund_desk, transfer_desk


def shown(qtbot, bp) -> ResultsDock:
    settings = SimulationSettings(horizon_minutes=None, tickets=3, replications=2, seed=1)
    result = replicate(compile_blueprint(bp).model, settings)
    dock = ResultsDock()
    qtbot.addWidget(dock)
    record = RunRecord(result=result, scenario_id=None, settings=settings, revision=1, blueprint=bp)
    dock.show_record(record, {n.id: n.title for n in bp.nodes}, {}, [], "Test", "Desk")
    return dock


def test_the_dock_lists_the_approval_figures(qtbot):
    dock = shown(qtbot, refund_desk(reject=100.0))  # every refund rejected: tests/sim/test_approvals.py
    rows = {row[0]: row for row in dock.table_rows()}
    assert rows["Approvals asked"][1] == "3"
    assert rows["Approvals rejected"][1] == "3" and rows["Approvals granted"][1] == "0"
    assert rows["Approval time, mean"][1] == "30\u00a0min"


def test_the_dock_lists_the_transfers_per_reason(qtbot):
    dock = shown(qtbot, transfer_desk("Needs expertise"))
    rows = {row[0]: row for row in dock.table_rows()}
    assert rows["Transfers with a reason"][1] == "3"
    assert rows["Transfers with a reason — Needs expertise"][1:4] == ["3", "3", "3"]  # mean and interval
    assert not any("approval" in row[0].lower() for row in dock.table_rows())


def test_the_command_line_prints_the_transfers_per_reason(tmp_path):
    from blueprint_studio.model.fileformat import save
    from tests.app.test_cli import run

    path = tmp_path / "desk.blueprint.json"
    save(transfer_desk("Needs expertise"), path)
    result = run("simulate", str(path), "--tickets", "3", "--warmup", "0", "--replications", "1")
    assert result.returncode == 0, result.stderr
    assert "  Transfers for “Needs expertise”: 3" in result.stdout
    assert "Transfers with a reason" in result.stdout  # and the total among the indicators


def two_approvals():
    """Refund -> [Manager] -> Pay, every refund rejected and explained; Explain -> [Finance,
    never rejected] -> Closed; the nodes titled after their ids."""
    from blueprint_studio.model.schema import Approval, Fixed

    bp = refund_desk(reject=100.0)
    nodes = [n.model_copy(update={"title": n.id.capitalize()}) for n in bp.nodes]
    explain = bp.edges[3].model_copy(
        update={"approval": Approval(role="Finance", time=Fixed(value=10.0), reject=0.0)}
    )
    return bp.model_copy(update={"nodes": nodes, "edges": [*bp.edges[:3], explain]})


def test_the_dock_tells_two_approval_links_apart_by_their_names(qtbot):
    """Each link's figures in rows of its own, named by its ends' titles."""
    rows = {row[0]: row for row in shown(qtbot, two_approvals()).table_rows()}
    assert rows["Approvals asked"][1] == "6"  # the totals stay
    assert rows["Approvals rejected — Refund → Pay"][1] == "3"
    assert rows["Approvals granted — Refund → Pay"][1] == "0"
    assert rows["Approvals rejected — Explain → Closed"][1] == "0"
    assert rows["Approvals granted — Explain → Closed"][1] == "3"
    assert rows["Approval time, mean — Explain → Closed"][1] == "10\u00a0min"
    assert not any("e2" in row[0] or "e4" in row[0] for row in rows.values())


def test_the_command_line_prints_each_approval_links_figures(tmp_path):
    from blueprint_studio.model.fileformat import save
    from tests.app.test_cli import run

    path = tmp_path / "desk.blueprint.json"
    save(two_approvals(), path)
    result = run("simulate", str(path), "--tickets", "3", "--warmup", "0", "--replications", "1")
    assert result.returncode == 0, result.stderr
    assert "  Approval of Refund → Pay: 3 asked, 0 granted, 3 rejected" in result.stdout
    assert "  Approval of Explain → Closed: 3 asked, 3 granted, 0 rejected" in result.stdout


def test_the_results_csv_and_json_carry_each_approval_links_figures(tmp_path):
    import csv
    import json

    from blueprint_studio.app.simulation.results_export import write_results

    bp = two_approvals()
    settings = SimulationSettings(horizon_minutes=None, tickets=3, replications=2, seed=1)
    result = replicate(compile_blueprint(bp).model, settings)
    record = RunRecord(result=result, scenario_id=None, settings=settings, revision=1, blueprint=bp)
    write_results(tmp_path / "results.csv", record)
    with open(tmp_path / "results.csv", encoding="utf-8") as handle:
        rows = [row for row in csv.reader(handle) if row[0] == "approval"]
    said = {(row[1], row[2]): float(row[3]) for row in rows}
    assert said[("e2", "approvals_rejected")] == 3.0 and said[("e2", "approvals_granted")] == 0.0
    assert said[("e4", "approvals_granted")] == 3.0 and said[("e4", "approval_time")] == 10.0
    write_results(tmp_path / "results.json", record)
    data = json.loads((tmp_path / "results.json").read_text())
    assert data["approvals"]["e4"]["approvals_granted"]["mean"] == 3.0
    assert data["runs"][0]["approvals"]["e2"]["approvals_rejected"] == 3.0
