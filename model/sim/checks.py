"""What validation can tell before a run about what the simulator is asked to do: values beyond
what it can compute (rates, durations, distributions that overflow), loops that the branch
probabilities or a survey's answer never let a ticket leave, and pools loaded beyond capacity
(the queueing estimate of model/sim/theory.py). Reports codes with parameters; never raises.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from blueprint_studio.model import expr
from blueprint_studio.model.build import build_flow
from blueprint_studio.model.schema import Empirical, IntakeNode, LogNormal, StepNode, WaitNode
from blueprint_studio.model.sim.cost import scenario_cost
from blueprint_studio.model.sim.distributions import lognormal_parameters, mean_of
from blueprint_studio.model.sim.theory import estimate

if TYPE_CHECKING:
    from blueprint_studio.model.validation import Analysis

MAX_RATE_PER_HOUR = 10_000.0  # about 240,000 tickets a day at one intake
MAX_DURATION_DAYS = 365.0  # a step, a wait, a limit: more than a year is a typo
MAX_ESTIMATE_NODES = 500  # the load estimate is skipped for larger flows,
MAX_ESTIMATE_COMBINATIONS = 1_024  # and for more combinations of field values (slower)
_EXP_LIMIT = 700.0  # exp() of more overflows a double (709.78)
_Z_MAX = 13.0  # the largest normal deviate random.lognormvariate draws (< 12.3)


def check_simulation_inputs(a: Analysis) -> None:
    """Every check of this module, in the order their messages read best."""
    _check_values(a)
    _check_certain_loops(a)
    if not any(d.is_error for d in a.diagnostics):
        _check_load(a)
        _check_scenarios(a)


# ---------------------------------------------------------------- values


def _distributions(a: Analysis) -> Iterator[tuple[str, str, Any]]:
    """(owner id, setting, distribution) of every distribution of the blueprint."""
    for node in a.blueprint.nodes:
        if isinstance(node, StepNode):
            yield node.id, "duration", node.duration
            for rule in node.duration_rules:
                yield node.id, "duration_rule", rule.duration
        elif isinstance(node, WaitNode):
            yield node.id, "response_time", node.response_time
        elif isinstance(node, IntakeNode):
            if node.interarrival is not None:
                yield node.id, "interarrival", node.interarrival
            if node.patience is not None:
                yield node.id, "patience", node.patience
    for f in a.blueprint.fields:
        if f.distribution is not None:
            yield f.name, "field_distribution", f.distribution


def overflows(dist: Any) -> bool:
    """True when drawing from `dist` can overflow a double (a log-normal with a huge spread,
    samples whose sum is infinite)."""
    try:
        if isinstance(dist, LogNormal):
            mu, sigma = lognormal_parameters(dist)
            return mu + _Z_MAX * sigma > _EXP_LIMIT
        if isinstance(dist, Empirical):
            return not math.isfinite(math.fsum(dist.samples))
        return not math.isfinite(mean_of(dist))
    except (OverflowError, ValueError, ZeroDivisionError):
        return True


def _check_values(a: Analysis) -> None:
    for owner, setting, dist in _distributions(a):
        if overflows(dist):
            a.report("distribution_overflow", (owner,), setting=setting)
        elif setting != "field_distribution" and mean_of(dist) > MAX_DURATION_DAYS * 1440.0:
            a.report(
                "duration_too_long",
                (owner,),
                setting=setting,
                days=_figure(mean_of(dist) / 1440.0),
                limit=round(MAX_DURATION_DAYS),
            )
    for node in a.blueprint.nodes:
        limits = (
            ("time_limit", getattr(node, "time_limit", None)),
            ("timeout", getattr(node, "timeout", None)),
        )
        for setting, minutes in limits:
            if minutes is not None and minutes > MAX_DURATION_DAYS * 1440.0:
                a.report(
                    "duration_too_long",
                    (node.id,),
                    setting=setting,
                    days=_figure(minutes / 1440.0),
                    limit=round(MAX_DURATION_DAYS),
                )
        if isinstance(node, IntakeNode):
            _check_rate(a, node)


def _check_rate(a: Analysis, node: IntakeNode) -> None:
    if node.interarrival is not None:
        if overflows(node.interarrival):
            return  # said already
        gap = mean_of(node.interarrival)
        endless = not gap > 0  # tickets without a gap between them
        rate = 60.0 / gap if gap > 0 else math.inf
        setting = "interarrival"
    else:
        rates = [r for row in node.schedule.rates for r in row] if node.schedule else [node.rate_per_hour]
        rate, setting = max(rates, default=0.0), "schedule" if node.schedule else "rate"
        endless = False
    if endless or rate > MAX_RATE_PER_HOUR:
        a.report(
            "rate_too_high",
            (node.id,),
            setting=setting,
            rate="∞" if endless else _figure(rate),
            limit=round(MAX_RATE_PER_HOUR),
        )


def _figure(value: float) -> int | str:
    """A figure for a message: whole below 10¹², else like 6.9e+303 (1e300 minutes is
    not worth three hundred digits on screen)."""
    return round(value) if value < 1e12 else f"{value:.1e}"


# ---------------------------------------------------------------- loops no ticket leaves


def _never_taken(a: Analysis, node: Any, edges: list) -> set[str]:
    """Ids of the flow edges out of `node` that no ticket can take: a probability of 0, a
    default after probabilities that always pick one, and after a survey that always (or never)
    satisfies, the branches its answer rules out or that come after one it always takes."""
    never = {e.id for e in edges if e.probability == 0}
    probable = [e for e in edges if e.choice == "probability"]
    if (
        probable
        and not any(e.before for e in probable)
        and abs(math.fsum(e.probability for e in probable) - 1) <= 1e-9
    ):
        never |= {e.id for e in edges if e.choice in ("default", "always")}
    if node.kind != "satisfaction" or node.condition is not None or node.p_satisfied not in (0.0, 1.0):
        return never
    answer = {"satisfied": node.p_satisfied == 1.0}
    order = (
        [e for e in edges if e.choice == "condition"]
        + probable
        + [e for e in edges if e.choice in ("default", "always")]
    )
    for i, edge in enumerate(order):
        if edge.choice != "condition":
            continue
        tree = a.trees.get((edge.id, "condition"))
        if tree is None or expr.field_names(tree) != {"satisfied"}:
            continue  # depends on other fields: may be taken
        if not expr.compile_expr(tree)(answer):
            never.add(edge.id)
        elif not edge.before:  # always taken: nothing after it ever is
            never |= {e.id for e in order[i + 1 :]}
            break
    return never


def _check_certain_loops(a: Analysis) -> None:
    import networkx as nx  # networkx loads with the first analysis, not at start

    taken = nx.DiGraph()
    taken.add_nodes_from(a.graph.nodes)
    for source, target, via in a.graph.edges(data="via"):
        if via == "escalation":  # time limits and timeouts always remain ways out
            taken.add_edge(source, target)
    for node_id in a.graph.nodes:
        node = a.nodes[node_id]
        if node.kind == "end":
            continue
        edges = a.flow_edges_from(node_id)
        never = _never_taken(a, node, edges)
        taken.add_edges_from((e.source, e.target) for e in edges if e.id not in never)
    can_end = _closure(taken.predecessors, [n for n in taken if a.nodes[n].kind == "end"])
    reached = _closure(taken.successors, [n for n in taken if a.nodes[n].kind == "intake"])
    for component in nx.strongly_connected_components(taken):
        first = next(iter(component))
        looped = len(component) > 1 or taken.has_edge(first, first)
        # a loop that cannot end even as drawn is reported as trapped_loop already
        if looped and component & reached and not component & can_end and component & a.can_end:
            ordered = [n.id for n in a.blueprint.nodes if n.id in component]  # as drawn
            a.report("loop_never_left", ordered, nodes=" → ".join(a.nodes[n].title or n for n in ordered))


def _closure(neighbours: Any, starts: list[str]) -> set[str]:
    """The nodes reached from any of `starts` (one walk for all of them)."""
    seen = set(starts)
    todo = list(starts)
    while todo:
        for other in neighbours(todo.pop()):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return seen


# ---------------------------------------------------------------- load and size


def _check_load(a: Analysis) -> None:
    """A pool whose work exceeds its agents: its queue grows without end (the run would stop
    as unstable). From the analytic estimate, for the flows it covers."""
    combinations = math.prod(
        len(f.values) if f.type == "choice" else 2 if f.type == "boolean" else 1 for f in a.blueprint.fields
    )
    if len(a.graph) > MAX_ESTIMATE_NODES or combinations > MAX_ESTIMATE_COMBINATIONS:
        return  # validation re-runs on every edit: keep it quick
    try:
        found = estimate(build_flow(a, None))
    except Exception:  # an estimate is a bonus; never fail validation
        return
    if found.reason != "unstable":
        return
    value = dict(found.params).get("utilisation", math.inf)  # a float (theory.estimate)
    utilisation = float(value) if isinstance(value, (int, float)) else math.inf
    if not math.isfinite(utilisation):
        return  # no agents at all: pool_without_agents says so
    pool_id = found.ids[0]
    pool = a.pools.get(pool_id)
    a.report(
        "pool_overloaded",
        found.ids,
        pool=(pool.name if pool else "") or pool_id,
        utilisation=round(utilisation * 100),
    )


def _check_scenarios(a: Analysis) -> None:
    """A scenario whose run would take hours (the cost the command line refuses without --force)."""
    for scenario in a.blueprint.scenarios:
        try:
            cost = scenario_cost(a.blueprint, scenario)
        except (ValueError, OverflowError, ZeroDivisionError):
            continue  # bad settings are said elsewhere
        if cost.too_large:
            a.report(
                "scenario_too_large",
                (scenario.id,),
                scenario=scenario.name or scenario.id,
                steps=cost.steps,
                limit=cost.limit,
            )
