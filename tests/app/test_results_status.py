"""How a run ended is shown with its results: a run stopped as unstable names the step whose
queue passed the bound, one that measured no ticket says so, a complete run shows nothing."""

from __future__ import annotations

from blueprint_studio.app.shell.workers import SimulationWorker
from blueprint_studio.app.simulation.results import ResultsDock
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    Exponential,
    IntakeNode,
    Meta,
    Pool,
    StepNode,
)
from blueprint_studio.model.sim.settings import DAY, SimulationSettings


def one_step(rate: float, agents: int) -> Blueprint:
    return Blueprint(
        meta=Meta(title="One step"),
        pools=[Pool(id="desk", name="Desk", agents=agents)],
        nodes=[
            IntakeNode(id="in", title="Mail", rate_per_hour=rate),
            StepNode(id="work", title="Fix it", pool="desk", duration=Exponential(mean=5)),
            EndNode(id="done", title="Done"),
        ],
        edges=[Edge(id="e1", source="in", target="work"), Edge(id="e2", source="work", target="done")],
    )


def run_and_show(qtbot, blueprint: Blueprint, settings: SimulationSettings) -> ResultsDock:
    worker = SimulationWorker()
    with qtbot.waitSignal(worker.sig_finished, timeout=120_000) as finished:
        worker.run_scenario(blueprint, None, revision=1, settings=settings)
    worker.shutdown()
    record = finished.args[0]
    dock = ResultsDock()
    qtbot.addWidget(dock)
    dock.show_record(
        record,
        {n.id: n.title for n in blueprint.nodes},
        {p.id: p.name for p in blueprint.all_pools()},
        [],
        "Base",
        blueprint.meta.title,
    )
    dock.resize(900, 500)
    dock.show()
    return dock


def test_an_unstable_run_says_which_queue_passed_the_bound(qtbot):
    dock = run_and_show(
        qtbot, one_step(rate=6000, agents=1), SimulationSettings(horizon_minutes=30 * DAY, replications=1)
    )
    assert dock.run_status.isVisible()
    assert dock.run_status.text().startswith("Unstable: the queue at Fix it passed 100,000 tickets")


def test_a_run_with_nothing_measured_says_so_and_a_complete_run_says_nothing(qtbot):
    settings = SimulationSettings(horizon_minutes=DAY, warmup_minutes=DAY - 1, replications=1)
    dock = run_and_show(qtbot, one_step(rate=0.5, agents=1), settings)  # all in the warm-up
    assert dock.run_status.isVisible() and dock.run_status.text().startswith("No ticket was measured")
    fine = run_and_show(
        qtbot, one_step(rate=10, agents=2), SimulationSettings(horizon_minutes=DAY, replications=1)
    )
    assert not fine.run_status.isVisible() and fine.run_status.text() == ""
