"""Comparison with common random numbers: 4 against 2 agents is a real difference; the same
scenario twice gives exactly zero; the compare dock marks the real rows; the worker runs it."""

from __future__ import annotations

import pytest

from blueprint_studio.app.shell.workers import SimulationWorker
from blueprint_studio.app.simulation.compare import CompareDock, difference_heat, row_texts
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    Exponential,
    IntakeNode,
    Meta,
    Pool,
    Scenario,
    StepNode,
)
from blueprint_studio.model.sim.compare import Comparison, Difference, compare, paired


def two_staffings() -> Blueprint:
    """An M/M/c desk at 90 % load with 2 agents, and the same desk with 4."""
    pool = "desk"
    bp = Blueprint(
        meta=Meta(title="M/M/c"),
        pools=[Pool(id=pool, agents=2)],
        nodes=[
            IntakeNode(id="in", rate_per_hour=10.8),
            StepNode(id="work", pool=pool, duration=Exponential(mean=10.0)),
            EndNode(id="done"),
        ],
        edges=[Edge(id="e_in", source="in", target="work"), Edge(id="e_out", source="work", target="done")],
    )
    return bp.model_copy(
        update={
            "scenarios": [
                Scenario(
                    id="two",
                    name="Two agents",
                    horizon_days=20,
                    replications=5,
                    seed=11,
                    pool_agents={pool: 2},
                ),
                Scenario(
                    id="four",
                    name="Four agents",
                    horizon_days=20,
                    replications=5,
                    seed=99,
                    pool_agents={pool: 4},
                ),
            ]
        }
    )


def test_four_agents_against_two_is_a_real_difference():
    result = compare(two_staffings(), "two", "four")
    wait = result.kpis["resolution_elapsed_mean"]
    assert wait.real and wait.mean < 0 and wait.ci_high < 0
    assert "resolution_elapsed_mean" in result.real_kpis()
    assert result.steps and all(len(v.table()) for v in result.steps.values())


def test_the_same_scenario_twice_differs_by_exactly_zero():
    result = compare(two_staffings(), "two", "two")
    for key, d in result.kpis.items():
        assert d.mean == 0 or d.mean != d.mean, key
        assert not d.real
    assert result.real_kpis() == []


def test_paired_difference_interval():
    d = paired("x", [1.0, 2.0, 3.0], [2.0, 3.0, 4.5])
    assert d.mean == pytest.approx(7 / 6) and d.real and d.n == 3
    same = paired("x", [1.0, 2.0], [1.0, 2.0])
    assert same.mean == 0 and same.half_width == 0 and not same.real


def test_the_dock_marks_real_rows_after_a_worker_run(qtbot):
    worker = SimulationWorker()
    dock = CompareDock()
    qtbot.addWidget(dock)
    bp = two_staffings()
    dock.set_scenarios([(s.id, s.name) for s in bp.scenarios])
    assert (dock.a.currentData(), dock.b.currentData()) == ("two", "four")
    with qtbot.waitSignal(worker.sig_finished, timeout=60_000) as blocker:
        worker.run_comparison(bp, "two", "four")
    comparison = blocker.args[0]
    assert isinstance(comparison, Comparison)
    dock.show_comparison(comparison)
    assert "resolution_elapsed_mean" in dock.real_rows()
    heat = difference_heat(comparison, 0)
    assert all(row["difference"] <= 0 for row in heat.steps.values())
    worker.shutdown()


def test_a_row_writes_each_cell_in_one_unit():
    # the comparison used to read "+2.7 h [+105.2 min ; +3.6 h]" and "-0.0 %"
    d = Difference("resolution_elapsed_mean", 138.0, 91.2, 162.0, 105.2, 216.0, 55.4, 5)
    assert row_texts("resolution_elapsed_mean", d) == (
        "2.3\u00a0h",
        "1.5\u00a0h",
        "+2.7\u00a0h  [+1.8 ; +3.6]\u00a0h",
    )
    rate = Difference("fcr_rate", 0.811, 0.809, -0.002, -0.004, -0.00004, 0.002, 5)
    assert row_texts("fcr_rate", rate)[2] == "\u22120.2\u00a0pt  [\u22120.4 ; 0.0]\u00a0pt"
    one = Difference("cost_total", 1000.0, 1200.0, 200.0, float("nan"), float("nan"), float("nan"), 1)
    assert row_texts("cost_total", one)[2] == "+€200"
