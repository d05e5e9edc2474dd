"""The simulator bounds itself: a queue that grows without end, a loop no ticket leaves, too many
tickets open or events pending end the run with a status that says so, in both event loops
alike; ticket-count runs keep a bounded backlog series and count tickets after the warm-up.
Each run has a time budget, so that a hang fails the test instead of stalling the suite."""

from __future__ import annotations

import json

import pytest
from hangkit import within
from simkit import single_step

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    Exponential,
    IntakeNode,
    Meta,
    Pool,
    SatisfactionNode,
    StepNode,
    TicketField,
    WaitNode,
)
from blueprint_studio.model.sim import ReplicatedResult, SimulationSettings, compiled_loop, engine_state
from blueprint_studio.model.sim import engine as engine_module
from blueprint_studio.model.sim.engine import Engine
from blueprint_studio.model.validation import validate

BUDGET = 90.0  # seconds per run: generous on a loaded machine, far below a hang


def both_loops(bp: Blueprint, settings: SimulationSettings) -> tuple[dict, list[Engine]]:
    """One run's results from the compiled and the Python loop (each within the budget), checked
    equal, and the two engines."""
    result = compile_blueprint(bp)
    assert result.ok, [d.code for d in result.errors]
    engines = [Engine(result.model, settings), Engine(result.model, settings, allow_compiled=False)]
    outputs = [within(BUDGET, lambda e=e: json.dumps(e.run().to_dict(), sort_keys=True)) for e in engines]
    assert engines[0].ran_compiled is compiled_loop.available() and not engines[1].ran_compiled
    assert outputs[0] == outputs[1]
    return json.loads(outputs[0]), engines


def survey_loop(p_vip: float, condition: str | None = "vip") -> Blueprint:
    """work -> survey satisfied when the ticket is a VIP (or by even odds, without the
    condition); unsatisfied tickets go back to work. With no VIPs (a field drawn at arrival) no
    ticket ever leaves: validation cannot know."""
    return Blueprint(
        meta=Meta(title="Survey loop"),
        fields=[TicketField(name="vip", type="boolean", p_true=p_vip)],
        pools=[Pool(id="desk", agents=5)],
        nodes=[
            IntakeNode(id="in", rate_per_hour=10),
            StepNode(id="work", title="Fix it", pool="desk", duration=Exponential(mean=1)),
            SatisfactionNode(id="survey", title="Survey", condition=condition, p_satisfied=0.5),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="in", target="work"),
            Edge(id="e2", source="work", target="survey"),
            Edge(id="e3", source="survey", target="work", condition="satisfied == false"),
            Edge(id="e4", source="survey", target="done", default=True),
        ],
    )


def waiting(rate: float, response_days: float, patience_days: float | None = None) -> Blueprint:
    """intake -> quick step -> wait for the customer (long) -> end."""
    patience = Exponential(mean=patience_days * 1440) if patience_days else None
    return Blueprint(
        meta=Meta(title="Long waits"),
        pools=[Pool(id="desk", agents=50)],
        nodes=[
            IntakeNode(id="in", rate_per_hour=rate, patience=patience),
            StepNode(id="work", pool="desk", duration=Exponential(mean=1)),
            WaitNode(id="customer", response_time=Exponential(mean=response_days * 1440)),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="in", target="work"),
            Edge(id="e2", source="work", target="customer"),
            Edge(id="e3", source="customer", target="done"),
        ],
    )


def test_a_queue_that_grows_without_end_stops_the_run_as_unstable():
    bp = single_step(rate_per_hour=6000, service_mean=5, agents=1)
    assert {d.code for d in validate(bp)} == {"pool_overloaded"}  # warned, not refused
    result, engines = both_loops(bp, SimulationSettings(horizon_minutes=30 * 1440.0))
    status = result["status"]
    assert status["status"] == "unstable" and status["reason"] == "queue"
    assert status["node"] == "work" and status["limit"] == engine_state.MAX_QUEUE
    assert 0 < status["time"] < 1440 and result["end_time"] == status["time"]
    assert engines[1].steps[1].queue == engine_state.MAX_QUEUE + 1
    replicated = ReplicatedResult.from_runs(
        [e.run() for e in (Engine(engines[0].model, engines[0].settings),)]
    )
    assert replicated.status == status and replicated.to_dict()["status"] == status


def test_a_loop_no_ticket_leaves_stops_the_run_in_a_ticket_count_run():
    bp = survey_loop(p_vip=0.0)
    assert validate(bp) == []  # the answer depends on a field drawn at arrival
    result, _ = both_loops(bp, SimulationSettings(horizon_minutes=None, tickets=20))
    status = result["status"]
    assert status["status"] == "unstable" and status["reason"] == "loop"
    assert status["node"] in ("work", "survey") and status["limit"] == engine_state.MAX_VISITS
    # a loop that tickets do leave runs to its end
    done, _ = both_loops(
        survey_loop(p_vip=0.0, condition=None), SimulationSettings(horizon_minutes=None, tickets=20)
    )
    assert done["status"] == {"status": "complete"} and done["kpis"]["resolved"] == 20


def test_too_many_tickets_open_at_once_stop_the_run(monkeypatch):
    monkeypatch.setattr(engine_state, "MAX_OPEN", 500)
    result, engines = both_loops(
        waiting(rate=100, response_days=200), SimulationSettings(horizon_minutes=30 * 1440.0)
    )
    status = result["status"]
    assert status == {
        "status": "unstable",
        "reason": "open",
        "node": "in",
        "limit": 500,
        "time": status["time"],
    }
    assert engines[1].open == 501 and status["time"] < 10 * 60


def test_too_many_events_pending_stop_the_run(monkeypatch):
    monkeypatch.setattr(engine_state, "MAX_PENDING", 300)
    # every closed ticket leaves its customer's patience (200 days) pending in the event heap
    bp = single_step(rate_per_hour=100, service_mean=1, agents=5)
    bp = bp.model_copy(
        update={
            "nodes": [
                n.model_copy(update={"patience": Exponential(mean=200 * 1440)}) if n.id == "in" else n
                for n in bp.nodes
            ]
        }
    )
    result, engines = both_loops(bp, SimulationSettings(horizon_minutes=30 * 1440.0))
    status = result["status"]
    assert status["status"] == "unstable" and status["reason"] == "pending" and status["limit"] == 300
    assert len(engines[1].heap) > 300 and engines[1].open < 50


def test_a_ticket_count_run_keeps_a_bounded_backlog_series():
    # 100 tickets whose customers answer after 100 days on average: the run lasts years
    settings = SimulationSettings(horizon_minutes=None, tickets=100, backlog_points=50)
    result, _ = both_loops(waiting(rate=10, response_days=100), settings)
    run = result
    assert run["status"] == {"status": "complete"} and run["kpis"]["resolved"] == 100
    backlog = run["backlog"]
    assert 50 <= len(backlog) < 100
    times = [t for t, _ in backlog]
    assert times == sorted(times) and times[-1] > 0.5 * run["end_time"] > 100 * 1440
    gaps = {round(b - a, 6) for a, b in zip(times, times[1:])}
    assert len(gaps) == 1  # evenly spaced after every halving


def test_a_ticket_count_run_that_cannot_drain_says_unfinished(monkeypatch):
    monkeypatch.setattr(engine_state, "MAX_TIME", 600.0)  # instead of 200 years
    result, _ = both_loops(
        waiting(rate=10, response_days=300), SimulationSettings(horizon_minutes=None, tickets=30)
    )
    status = result["status"]
    assert status["status"] == "unfinished" and status["open"] == 30 - result["kpis"]["resolved"]
    assert status["open"] > 0


@pytest.mark.parametrize("warmup_days", [0.0, 1.0])
def test_tickets_are_counted_after_the_warm_up(warmup_days):
    settings = SimulationSettings(horizon_minutes=None, tickets=100, warmup_minutes=warmup_days * 1440)
    result, engines = both_loops(single_step(rate_per_hour=10, service_mean=5, agents=2), settings)
    assert result["kpis"]["arrived"] == 100 and result["kpis"]["resolved"] == 100
    assert engines[1].measured == 100
    assert engines[1].arrivals >= 100 + (200 if warmup_days else 0)  # ~240 in the warm-up day


@pytest.mark.parametrize("discipline", ["fifo", "priority"])
def test_queue_entries_left_by_escalated_tickets_do_not_pile_up(discipline):
    # the desk's only agent is busy for 300 days: every queued ticket escalates after a minute,
    # leaving its entry in the desk's queue (skipped when reached, never reached here)
    bp = Blueprint(
        meta=Meta(title="Escalate"),
        pools=[Pool(id="desk", agents=1, discipline=discipline), Pool(id="experts", agents=50)],
        nodes=[
            IntakeNode(id="in", rate_per_hour=600),
            StepNode(
                id="work",
                pool="desk",
                duration=Exponential(mean=300 * 1440),
                time_limit=1,
                escalate_to="expert",
            ),
            StepNode(id="expert", pool="experts", duration=Exponential(mean=1)),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="in", target="work"),
            Edge(id="e2", source="work", target="done"),
            Edge(id="e3", source="expert", target="done"),
        ],
    )
    result, engines = both_loops(bp, SimulationSettings(horizon_minutes=10 * 1440.0))
    assert result["status"] == {"status": "complete"} and result["kpis"]["arrived"] > 140_000
    desk = engines[1].pools[0]
    entries = len(desk.fifo) if discipline == "fifo" else len(desk.heap)
    assert entries <= 2 * desk.queued + engine_state.STALE_SLACK + 1  # not 144,000
    if engines[0].ran_compiled:  # the compiled loop's tables: about 100 kB, not 3.5 MB
        assert engines[0].core_bytes < 1_000_000
