"""Steps done by the system or by the customer (issue 15): no pool, no queue, no agent, no cost
(an infinite-server delay), and the deflection they bring: a ticket resolved having entered such
a step and no agent's step counts in `deflected` and the deflection rate, in no help-desk figure.
Every run here goes through both event loops and must give the same results."""

from __future__ import annotations

import json
import math

import pytest

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.schema import (
    Blueprint,
    DecisionNode,
    Edge,
    EndNode,
    Exponential,
    Fixed,
    IntakeNode,
    Pool,
    Reassign,
    StepNode,
    TicketField,
)
from blueprint_studio.model.sim import SimulationSettings, compiled_loop
from blueprint_studio.model.sim.engine import Engine
from blueprint_studio.model.sim.theory import estimate, mm1
from blueprint_studio.resources import templates


def run(bp: Blueprint, settings: SimulationSettings) -> dict:
    """Both loops (the compiled one where it is built), checked equal; the Python loop's result."""
    result = compile_blueprint(bp)
    assert result.ok, [d.code for d in result.errors]
    python = Engine(result.model, settings, allow_compiled=False)
    out = python.run().to_dict()
    if compiled_loop.available():
        fast = Engine(result.model, settings)
        assert json.dumps(fast.run().to_dict()) == json.dumps(out)
        assert fast.ran_compiled
    return out


def knowledge_base(agents: int = 3) -> Blueprint:
    """Every 10 minutes a ticket reads articles (the customer, 5 min); how-to questions end
    there, resolved; bugs go on to an agent (20 min)."""
    return Blueprint(
        fields=[TicketField(name="kind", values=["howto", "bug"], weights=[1, 1])],
        pools=[Pool(id="desk", agents=agents, cost_per_hour=60)],
        nodes=[
            IntakeNode(id="in", interarrival=Fixed(value=10)),
            StepNode(id="kb", performer="customer", duration=Fixed(value=5), level=0),
            DecisionNode(id="solved"),
            StepNode(id="fix", pool="desk", duration=Fixed(value=20), level=1),
            EndNode(id="self"),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e_in", source="in", target="kb"),
            Edge(id="e_kb", source="kb", target="solved"),
            Edge(id="e_self", source="solved", target="self", condition='kind == "howto"'),
            Edge(id="e_fix", source="solved", target="fix", default=True),
            Edge(id="e_done", source="fix", target="done"),
        ],
    )


def test_deflected_tickets_count_only_in_the_deflection_figures():
    out = run(knowledge_base(), SimulationSettings(horizon_minutes=None, tickets=400, seed=5))
    k, by_kind = out["kpis"], out["by_dimension"]["kind"]
    howto, bug = by_kind["howto"], by_kind["bug"]
    assert howto["deflected"] == out["edges"]["e_self"] > 100 and bug["deflected"] == 0
    assert k["deflected"] == howto["deflected"] and k["arrived"] == bug["arrived"] == out["edges"]["e_fix"]
    assert k["arrived"] + k["deflected"] == 400  # all contacts
    assert k["deflection_rate"] == k["deflected"] / 400
    # help-desk figures: bugs only (5 min of articles + 20 min of work, never a queue)
    assert howto["arrived"] == howto["resolved"] == 0 and howto["fcr_rate"] is None  # NaN in JSON
    assert k["resolved"] == k["arrived"] and k["fcr_rate"] == 1.0
    assert k["resolution_elapsed_mean"] == pytest.approx(25.0) and k[
        "resolution_elapsed_max"
    ] == pytest.approx(25.0)
    assert out["levels"] == {"0": 1.0, "1": 1.0}  # shares of the help desk's tickets
    # the customer's step: visited by every ticket, never a wait, no pool
    kb = out["steps"]["kb"]
    assert kb["visits"] == kb["served"] == 400 and kb["wait_mean"] == 0 and kb["queue_max"] == 0
    assert kb["service_mean"] == pytest.approx(5.0)
    assert set(out["pools"]) == {"desk"}


def test_the_event_log_names_the_customer_and_the_system_as_resources(tmp_path):
    import csv

    from blueprint_studio.export.eventlog import open_event_log

    bp = knowledge_base()
    flow = compile_blueprint(bp).model
    path = tmp_path / "log.csv"
    with open_event_log(path, ["kind"]) as log:
        Engine(flow, SimulationSettings(horizon_minutes=None, tickets=20, seed=5), event_log=log).run()
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    kb = [r for r in rows if r["node_id"] == "kb"]
    assert len(kb) == 20
    assert {(r["pool"], r["resource"], r["status"]) for r in kb} == {("", "customer", "completed")}
    assert all(r["resource"].startswith("desk#") for r in rows if r["node_id"] == "fix")


def test_a_model_without_such_steps_has_no_deflection_figures():
    bp = knowledge_base()
    kb = next(n for n in bp.nodes if n.id == "kb")
    agent_kb = StepNode.model_validate({**kb.model_dump(), "performer": "agent", "pool": "desk"})
    bp = bp.model_copy(update={"nodes": [agent_kb if n.id == "kb" else n for n in bp.nodes]})
    out = run(bp, SimulationSettings(horizon_minutes=None, tickets=200, seed=5))
    assert "deflected" not in out["kpis"] and "deflection_rate" not in out["kpis"]
    assert out["kpis"]["arrived"] == out["kpis"]["resolved"] == 200  # the desk's, how-to questions too


def test_a_system_step_is_an_infinite_server_delay_with_no_cost():
    bp = Blueprint(
        nodes=[
            IntakeNode(id="in", interarrival=Fixed(value=1)),
            StepNode(id="auto", performer="system", duration=Fixed(value=10)),
            EndNode(id="done"),
        ],
        edges=[Edge(id="a", source="in", target="auto"), Edge(id="b", source="auto", target="done")],
    )
    out = run(bp, SimulationSettings(horizon_minutes=None, tickets=200, seed=1))
    auto, k = out["steps"]["auto"], out["kpis"]
    # ten tickets at once in the step, none waits: each takes exactly its 10 minutes
    assert auto["served"] == 200 and auto["wait_mean"] == 0 and auto["queue_max"] == 0
    assert auto["time_mean"] == pytest.approx(10.0) and out["end_time"] == pytest.approx(
        200 + 10
    )  # the last arrives at 200
    assert out["pools"] == {} and k["cost_total"] == 0
    # resolved by automation alone: deflected too (no agent ever saw them)
    assert k["deflected"] == 200 and k["deflection_rate"] == 1.0 and k["arrived"] == k["resolved"] == 0


def test_a_reassignment_waits_for_the_next_step_done_by_an_agent():
    bp = Blueprint(
        pools=[Pool(id="desk", agents=1), Pool(id="experts", agents=1)],
        nodes=[
            IntakeNode(id="in", interarrival=Fixed(value=30)),
            StepNode(
                id="route",
                performer="system",
                duration=Fixed(value=1),
                actions=[Reassign(pool="experts")],
            ),
            StepNode(id="work", pool="desk", duration=Fixed(value=10)),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="a", source="in", target="route"),
            Edge(id="b", source="route", target="work"),
            Edge(id="c", source="work", target="done"),
        ],
    )
    out = run(bp, SimulationSettings(horizon_minutes=None, tickets=20, seed=1))
    assert out["pools"]["experts"]["busy_hours"] == pytest.approx(20 * 10 / 60)
    assert out["pools"]["desk"]["busy_hours"] == 0
    assert out["kpis"]["arrived"] == 20 and out["kpis"]["deflected"] == 0


def test_a_customer_still_gives_up_waiting_for_an_agent_after_self_service():
    bp = Blueprint(
        pools=[Pool(id="desk", agents=1)],
        nodes=[
            IntakeNode(id="in", interarrival=Fixed(value=1), patience=Fixed(value=8)),
            StepNode(id="kb", performer="customer", duration=Fixed(value=5)),
            StepNode(id="work", pool="desk", duration=Fixed(value=100)),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="a", source="in", target="kb"),
            Edge(id="b", source="kb", target="work"),
            Edge(id="c", source="work", target="done"),
        ],
    )
    out = run(bp, SimulationSettings(horizon_minutes=None, tickets=20, seed=1))
    # the first reaches the agent; the others queue at 5 min and give up at 8 (the articles
    # they read were no agent's answer)
    assert out["kpis"]["abandoned"] == 19 and out["kpis"]["resolved"] == 1


def test_the_quick_estimate_takes_a_system_step_as_a_delay():
    bp = Blueprint(
        pools=[Pool(id="desk", agents=1)],
        nodes=[
            IntakeNode(id="in", rate_per_hour=3),
            StepNode(id="auto", performer="system", duration=Fixed(value=4)),
            StepNode(id="work", pool="desk", duration=Exponential(mean=12)),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="a", source="in", target="auto"),
            Edge(id="b", source="auto", target="work"),
            Edge(id="c", source="work", target="done"),
        ],
    )
    found = estimate(compile_blueprint(bp).model)
    assert found.exact  # M/G/inf needs no exponential duration
    auto = found.step("auto")
    assert (auto.pool, auto.servers, auto.wq) == ("", 0, 0.0) and auto.service_mean == 4
    assert found.time_in_system == pytest.approx(4 + mm1(3 / 60, 12).w)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_tiered_support_reports_self_service_as_deflection(language):
    template = next(t for t in templates() if t.name == "tiered_support" and t.language == language)
    bp = load(template.path)
    pools = {p.id for p in bp.all_pools()}
    assert not pools & {"pool_selfservice", "pool_auto"}
    steps = {n.id: n for n in bp.nodes if n.kind == "step"}
    assert steps["step_selfservice"].performer == "customer" and steps["step_selfservice"].pool is None
    assert steps["step_assign"].performer == "system" and steps["step_assign"].pool is None
    assert not compile_blueprint(bp).diagnostics
    out = run(bp, SimulationSettings(horizon_minutes=7 * 1440, warmup_minutes=1440, seed=3))
    k = out["kpis"]
    # exactly the tickets that ended at "Solved by self-service" (every other way passes triage)
    assert k["deflected"] == out["edges"]["e_dec_selfservice__end_selfservice"] > 0
    assert 0 < k["deflection_rate"] < 0.5
    channels = out["by_dimension"]["channel"].values()
    assert k["arrived"] == sum(v["arrived"] for v in channels)
    assert k["deflected"] == sum(v["deflected"] for v in channels) == channels_portal(out)


def channels_portal(out: dict) -> float:
    """Only the portal offers articles: no other channel has deflected tickets."""
    by_channel = out["by_dimension"]["channel"]
    assert all(v["deflected"] == 0 for name, v in by_channel.items() if name != "portal")
    return by_channel["portal"]["deflected"]
