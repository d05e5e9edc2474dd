"""The fast event loops (model/sim/fastloop.py, and model/sim/_core.c where built) give exactly the engine's own results: every KPI,
histogram bin, per-step and per-pool figure, series point and edge count, bit for bit, on the
bundled templates and their scenarios and on models that use every queue discipline, shifts,
waits, time limits, abandonment, warm-up and horizons. (The exact traces in test_sim_traces.py
compare the two loops too.)"""
from __future__ import annotations

import json

import pytest

from model.compiler import compile_blueprint
from model.fileformat import load
from model.schema import (
    Blueprint, Edge, EndNode, Exponential, IntakeNode, LogNormal, Pool, Shift, SlaPolicy, StepNode,
    TicketField, Triangular, Uniform, WaitNode,
)
from model.sim import SimulationSettings
from model.sim.engine import Engine
from resources import templates


def both(bp: Blueprint, settings: SimulationSettings, scenario: str | None = None) -> tuple[str, str]:
    """The fast loops' results (compiled where the model is covered, and Python) and the engine's
    own loop's; the two fast ones are checked equal here."""
    result = compile_blueprint(bp, scenario)
    assert result.ok, [d.code for d in result.errors]
    fast = Engine(result.model, settings)
    python = Engine(result.model, settings, compiled=False)
    plain = Engine(result.model, settings, fast=False)
    assert fast.fast and python.fast and not plain.fast
    fast_out, python_out = (json.dumps(e.run().to_dict(), sort_keys=True) for e in (fast, python))
    assert fast_out == python_out
    return fast_out, json.dumps(plain.run().to_dict(), sort_keys=True)


@pytest.mark.parametrize("template", templates(), ids=lambda t: f"{t.name}.{t.language}")
def test_templates_and_their_scenarios_give_identical_results(template):
    bp = load(template.path)
    for scenario in [None] + [s.id for s in bp.scenarios]:
        for settings in (SimulationSettings(horizon_minutes=7 * 1440, warmup_minutes=1440, seed=3),
                         SimulationSettings(horizon_minutes=None, tickets=400, seed=4)):
            fast, plain = both(bp, settings, scenario)
            assert fast == plain, (template.path.name, scenario, settings)


def _mixed(discipline: str, assignment: str) -> Blueprint:
    """Two intakes into a queue of the given discipline, a wait with a timeout, a step with a time
    limit, a night shift, impatient customers and an SLA: every path of the engine in one run."""
    fields = [TicketField(name="priority", values=["P1", "P2", "P3"], weights=[1, 3, 6])]
    pools = [Pool(id="desk", agents=3, discipline=discipline, priority_field="priority",
                  assignment=assignment),
             Pool(id="experts", shifts=[Shift(days=list(range(7)), start=0, end=12, agents=2),
                                        Shift(days=list(range(7)), start=12, end=24, agents=1)])]
    nodes = [IntakeNode(id="mail", rate_per_hour=9, patience=Exponential(mean=40)),
             IntakeNode(id="phone", rate_per_hour=4, channel="phone"),
             StepNode(id="triage", pool="desk", duration=Uniform(low=2, high=10), first_response=True,
                      time_limit=30, escalate_to="expert"),
             WaitNode(id="ask", response_time=LogNormal(mean=30, sd=20), p_response=0.8, timeout=90,
                      timeout_target="closed", pauses_sla=True),
             StepNode(id="expert", pool="experts", duration=Triangular(low=5, mode=15, high=60), level=2),
             EndNode(id="done"), EndNode(id="closed", outcome="closed")]
    edges = [Edge(id="m", source="mail", target="triage"), Edge(id="p", source="phone", target="triage"),
             Edge(id="t_ask", source="triage", target="ask", probability=0.3),
             Edge(id="t_exp", source="triage", target="expert", condition='priority == "P1"'),
             Edge(id="t_done", source="triage", target="done", default=True),
             Edge(id="a_exp", source="ask", target="expert"),
             Edge(id="x_done", source="expert", target="done")]
    sla = [SlaPolicy(id="p1", when='priority == "P1"', first_response=15, resolution=120),
           SlaPolicy(id="rest", first_response=60, resolution=600)]
    return Blueprint(fields=fields, pools=pools, nodes=nodes, edges=edges, sla=sla)


@pytest.mark.parametrize("discipline", ["fifo", "priority", "sla"])
@pytest.mark.parametrize("assignment", ["next_free", "least_loaded"])
def test_every_discipline_shift_wait_limit_and_abandonment_gives_identical_results(discipline, assignment):
    bp = _mixed(discipline, assignment)
    for settings in (SimulationSettings(horizon_minutes=5 * 1440, warmup_minutes=600, seed=7),
                     SimulationSettings(horizon_minutes=None, tickets=3000, seed=8, arrival_multiplier=1.4)):
        fast, plain = both(bp, settings)
        assert fast == plain
        assert json.loads(fast)["kpis"]["abandoned"] > 0     # the model does reach every path


def test_an_event_log_runs_the_engines_own_loop():
    result = compile_blueprint(_mixed("fifo", "next_free"))
    rows = []

    class Sink:
        def record(self, *args):
            rows.append(args)
    engine = Engine(result.model, SimulationSettings(horizon_minutes=600), event_log=Sink())
    assert not engine.fast
    engine.run()
    assert rows
