"""A calibrated scenario's values put in place of the blueprint's own, before validation and the
build, so that both event loops of the simulator run them without knowing about calibration.
Imports only the schema: the compiler calls it on every compile.
"""

from __future__ import annotations

from typing import Any

from blueprint_studio.model.schema import Blueprint, Scenario


def has_overrides(scenario: Scenario) -> bool:
    fitted = scenario.intake_rates or scenario.durations or scenario.edge_shares or scenario.field_weights
    return bool(fitted) or scenario.reopen_share is not None or scenario.escalation_share is not None


def with_overrides(blueprint: Blueprint, scenario_id: str | None) -> Blueprint:
    """The blueprint as the scenario `scenario_id` runs it (the same object when it changes
    nothing): intakes arrive by the fitted weekly rates, steps and waits take the fitted
    durations (in place of their duration rules, which the fit already covers), decision edges
    the fitted shares, choice fields the fitted mix; surveys without a condition and waits'
    re-opening ways out (`reopen_branches`) the fitted re-open share, and the blueprint's one
    escalation branch the fitted escalation share (`escalation_branch`). Ids that are not in the
    blueprint are left (validation warns)."""
    scenario = next((s for s in blueprint.scenarios if s.id == scenario_id), None)
    if scenario is None or not has_overrides(scenario):
        return blueprint
    nodes = [_node(node, scenario) for node in blueprint.nodes]
    shared = _complete_decisions(blueprint, scenario)
    edges = [_edge(edge, scenario) if edge.source in shared else edge for edge in blueprint.edges]
    branch = escalation_branch(blueprint, shared) if scenario.escalation_share is not None else None
    if branch is not None:
        edges = _take_share(edges, branch, float(scenario.escalation_share or 0.0))
    if scenario.reopen_share is not None:
        for reopen, timeout in reopen_branches(blueprint, shared):
            edges = _take_share(edges, reopen, float(scenario.reopen_share), leave=timeout)
    fields = [_field(f, scenario) for f in blueprint.fields]
    return blueprint.model_copy(update={"nodes": nodes, "edges": edges, "fields": fields})


def _node(node: Any, scenario: Scenario) -> Any:
    update: dict[str, Any] = {}
    if node.kind == "intake":
        schedule = scenario.intake_rates.get(node.id)
        if schedule is not None:
            cells = [rate for row in schedule.rates for rate in row]
            update.update(schedule=schedule, interarrival=None, rate_per_hour=sum(cells) / len(cells))
        dropped = {k: v for k, v in node.field_shares.items() if k not in scenario.field_weights}
        if dropped != node.field_shares:
            update["field_shares"] = dropped
    elif node.kind == "step" and node.id in scenario.durations:
        update.update(duration=scenario.durations[node.id], duration_rules=[])
    elif node.kind == "wait" and node.id in scenario.durations:
        update["response_time"] = scenario.durations[node.id]
    elif node.kind == "satisfaction" and node.condition is None and scenario.reopen_share is not None:
        update["p_satisfied"] = 1.0 - scenario.reopen_share  # the unsatisfied answer re-opens
    return node.model_copy(update=update) if update else node


def _complete_decisions(blueprint: Blueprint, scenario: Scenario) -> set[str]:
    """Decisions whose every outgoing flow edge has a fitted share: only those take the shares
    (an edge drawn after the calibration would leave the shares short of a whole)."""
    outgoing: dict[str, list[str]] = {}
    for edge in blueprint.edges:
        if edge.kind == "flow":
            outgoing.setdefault(edge.source, []).append(edge.id)
    return {
        source
        for source, ids in outgoing.items()
        if any(i in scenario.edge_shares for i in ids) and all(i in scenario.edge_shares for i in ids)
    }


def escalation_branch(blueprint: Blueprint, fitted: set[str] | frozenset[str] = frozenset()) -> Any:
    """The one flow edge that escalates a ticket to a higher level: from a step, or a decision
    right after steps, that has other ways out, into a step of a higher level than them. None when
    there is none or more than one (one fitted share cannot be split), or when its decision took
    fitted shares already (`fitted`)."""
    nodes = {n.id: n for n in blueprint.nodes}
    flows = [e for e in blueprint.edges if e.kind == "flow"]
    before: dict[str, list[int]] = {}
    for e in flows:
        level = getattr(nodes.get(e.source), "level", None)
        if level is not None and nodes[e.source].kind == "step":
            before.setdefault(e.target, []).append(level)
    ways_out: dict[str, int] = {}
    for e in flows:
        ways_out[e.source] = ways_out.get(e.source, 0) + 1
    found = []
    for e in flows:
        source, target = nodes.get(e.source), nodes.get(e.target)
        higher = getattr(target, "level", None)  # only a step has a level
        if source is None or higher is None:
            continue
        if source.kind == "step" and source.level is not None:
            level = source.level
        elif source.kind == "decision" and before.get(source.id):
            level = max(before[source.id])
        else:
            continue
        if higher > level and ways_out[source.id] > 1:
            found.append(e)
    if len(found) != 1 or found[0].source in fitted:
        return None
    return found[0]


def reopen_branches(
    blueprint: Blueprint, fitted: set[str] | frozenset[str] = frozenset()
) -> list[tuple[Any, str | None]]:
    """The ways out of waits that re-open the ticket (the customer's answer sends it back:
    build.reopening_edges), each with the id of its wait's timeout edge (left as drawn): only a
    wait with one such way out, whose ways out took no fitted shares (`fitted`)."""
    from blueprint_studio.model.build import reopening_edges  # the compiler's own definition

    waits = {n.id: n for n in blueprint.nodes if n.kind == "wait"}
    if not waits:
        return []
    reopening = reopening_edges(blueprint, {n.id: i for i, n in enumerate(blueprint.nodes)})
    found: dict[str, list[Any]] = {}
    for e in blueprint.edges:
        if e.id in reopening and e.source in waits and e.source not in fitted:
            found.setdefault(e.source, []).append(e)
    branches = []
    for wait_id, reopens in found.items():
        if len(reopens) != 1:
            continue
        target = waits[wait_id].timeout_target
        ways_out = [e for e in blueprint.edges if e.kind == "flow" and e.source == wait_id]
        timeout = next((e.id for e in ways_out if e.target == target), None)
        branches.append((reopens[0], timeout if target else None))
    return branches


def _take_share(edges: list[Any], branch: Any, share: float, leave: str | None = None) -> list[Any]:
    """The branch taken by `share` of the tickets; the other ways out of its source share the rest,
    in proportion to their probabilities when they all have one, else equally (the last one as the
    default, so that the shares add up to a whole); `leave`: an edge left as drawn (a wait's
    timeout)."""
    others = [
        e for e in edges if e.kind == "flow" and e.source == branch.source and e.id not in (branch.id, leave)
    ]
    weights = [e.probability for e in others]
    if not all(w is not None and w > 0 for w in weights):
        weights = [1.0] * len(others)
    total = sum(float(w or 0.0) for w in weights)
    update: dict[str, dict[str, Any]] = {
        branch.id: {"probability": share, "condition": None, "default": False},
    }
    for k, (e, w) in enumerate(zip(others, weights, strict=True)):
        last = k == len(others) - 1
        p = None if last else (1.0 - share) * float(w or 0.0) / total
        update[e.id] = {"probability": p, "condition": None, "default": last}
    return [e.model_copy(update=update[e.id]) if e.id in update else e for e in edges]


def _edge(edge: Any, scenario: Scenario) -> Any:
    share = scenario.edge_shares.get(edge.id)
    if share is None:
        return edge
    return edge.model_copy(update={"probability": share, "condition": None, "default": False})


def _field(field: Any, scenario: Scenario) -> Any:
    shares = scenario.field_weights.get(field.name)
    if shares is None or field.type != "choice":
        return field
    weights = [float(shares.get(value, 0.0)) for value in field.values]
    if not any(weights):
        return field
    return field.model_copy(update={"weights": weights})
