"""One task of a sweep: simulate one candidate for one replication and keep the few figures the
targets read. `evaluate` is a pure function of (blueprint JSON, scenario id, candidate, replication),
so a local process, a Dask worker or a resumed run give the same numbers for the same seeds.
"""

from __future__ import annotations

import hashlib
import math
from collections import OrderedDict
from typing import Any

from blueprint_studio.model.flow import WEEK_MINUTES, FlowModel
from blueprint_studio.model.schema import Blueprint, Scenario, SlaPolicy
from blueprint_studio.model.sim.replications import compile_for, simulate
from blueprint_studio.model.sim.results import RunResult
from blueprint_studio.model.sim.settings import SimulationSettings
from blueprint_studio.model.staffing.candidates import Candidate

# Figure names a task returns (and the targets read): overall SLA resolution breach rate, one per
# targeted policy ("breach_rate:<policy id>"), queue wait by statistic ("wait_mean", "wait_p90",
# "wait_p95": the worst step's), the busiest pool's utilisation and one per pool
# ("utilisation:<pool id>"), the share of tickets abandoned, and the plan's weekly cost.
BREACH = "breach_rate"
UTILISATION = "utilisation"
ABANDONMENT = "abandonment"
COST = "cost"
WAITS = ("wait_mean", "wait_p90", "wait_p95")


def fingerprint(blueprint_json: str, scenario_id: str | None) -> str:
    return hashlib.sha256(f"{scenario_id}\n{blueprint_json}".encode()).hexdigest()


def variant(
    blueprint: Blueprint, scenario_id: str | None, candidate: Candidate
) -> tuple[Blueprint, Scenario]:
    """The blueprint with its scenario changed to the candidate's staffing and arrivals."""
    base = next((s for s in blueprint.scenarios if s.id == scenario_id), None)
    if base is None:
        base = Scenario(id=scenario_id or "staffing")
    data = base.model_dump(warnings=False)
    data["pool_agents"] = {**base.pool_agents, **candidate.pool_agents}
    data["pool_shifts"] = {
        **{k: [s.model_dump() for s in v] for k, v in base.pool_shifts.items()},
        **{k: [s.model_dump() for s in v] for k, v in candidate.pool_shifts.items()},
    }
    data["arrival_multiplier"] = base.arrival_multiplier * candidate.arrival_multiplier
    scenario = Scenario.model_validate(data)
    others = [s for s in blueprint.scenarios if s.id != scenario.id]
    return blueprint.model_copy(update={"scenarios": [*others, scenario]}), scenario


def weekly_cost(model: FlowModel) -> float:
    """Agent-hours on duty in a week times each pool's cost per hour (in meta.currency)."""
    total = 0.0
    for pool in model.pools:
        starts, counts = pool.calendar.starts, pool.calendar.agents
        ends = (*starts[1:], WEEK_MINUTES)
        minutes = math.fsum((end - start) * n for start, end, n in zip(starts, ends, counts))
        total += minutes / 60.0 * pool.cost_per_hour
    return total


def measured(policies: list[SlaPolicy], policy_id: str) -> bool:
    """Whether a run measures the policy's resolution breach rate: the simulator counts every
    policy's tickets and breaches (RunResult.policies), so every policy with a resolution target."""
    return any(p.id == policy_id and p.resolution is not None for p in policies)


def policies_of(blueprint: Blueprint, scenario: Scenario | None) -> list[SlaPolicy]:
    return list(scenario.sla) if scenario is not None and scenario.sla is not None else list(blueprint.sla)


def figures_of(run: RunResult, blueprint: Blueprint, scenario: Scenario, cost: float) -> dict[str, float]:
    """The figures of one run the targets and the tables read (NaN where nothing was measured)."""
    nan = math.nan
    out: dict[str, float] = {COST: cost, BREACH: run.kpis.get("sla_resolution_breach_rate", nan)}
    for policy_id in blueprint.targets.breach_rate:  # the policy's own tickets (NaN: none decided)
        out[f"{BREACH}:{policy_id}"] = run.policies.get(policy_id, {}).get("sla_resolution_breach_rate", nan)
    # queue waits of steps done by agents: a wait for the customer is no queue
    queued = {
        n.id for n in blueprint.nodes if n.kind == "step" and getattr(n, "performer", "agent") == "agent"
    }
    agent_steps = [s for k, s in run.steps.items() if k in queued and (s.served or s.visits)]
    for name in WAITS:
        values = [getattr(s, name) for s in agent_steps if hasattr(s, name)]
        values = [v for v in values if v == v]
        out[name] = max(values) if values else nan
    utilisations = {p: f.utilisation for p, f in run.pools.items()}
    for pool_id, value in utilisations.items():
        out[f"{UTILISATION}:{pool_id}"] = value
    measured = [v for v in utilisations.values() if v == v]
    out[UTILISATION] = max(measured) if measured else nan
    arrived = run.kpis.get("arrived", 0.0)
    out[ABANDONMENT] = run.kpis.get("abandoned", 0.0) / arrived if arrived else nan
    return out


# Per worker process: the documents and compiled variants last seen, so that the replications of
# one candidate compile it once (tasks stay pure: the cache only saves work).
_BLUEPRINTS: OrderedDict[str, Blueprint] = OrderedDict()
_MODELS: OrderedDict[tuple[str, str], tuple[Blueprint, Scenario, FlowModel, float]] = OrderedDict()


def _remember(cache: OrderedDict, key: Any, make: Any, size: int) -> Any:
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    value = cache[key] = make()
    while len(cache) > size:
        cache.popitem(last=False)
    return value


def evaluate(
    blueprint_json: str, scenario_id: str | None, candidate: dict, replication: int
) -> dict[str, Any]:
    """Simulate `candidate` (Candidate.to_json) for `replication` of the scenario's seed: the
    figures, NaN written as None (the result travels as JSON)."""
    digest = fingerprint(blueprint_json, scenario_id)
    blueprint = _remember(_BLUEPRINTS, digest, lambda: Blueprint.model_validate_json(blueprint_json), 4)
    plan = Candidate.from_json(candidate)

    def build() -> tuple[Blueprint, Scenario, FlowModel, float]:
        changed, scenario = variant(blueprint, scenario_id, plan)
        model = compile_for(changed, scenario.id)
        return changed, scenario, model, weekly_cost(model)

    changed, scenario, model, cost = _remember(_MODELS, (digest, plan.key), build, 16)
    run = simulate(model, SimulationSettings.from_scenario(scenario).with_(replications=1), replication)
    figures = figures_of(run, changed, scenario, cost)
    status = run.status.get("status", "complete")
    return {
        "figures": {
            k: (v if isinstance(v, float) and math.isfinite(v) else None) for k, v in figures.items()
        },
        "status": status,
    }


def evaluate_many(
    blueprint_json: str, scenario_id: str | None, candidate: dict, replications: list[int]
) -> list[dict[str, Any]]:
    """`evaluate` for several replications of one candidate: one task to send instead of several,
    each result the same as alone."""
    return [evaluate(blueprint_json, scenario_id, candidate, r) for r in replications]
