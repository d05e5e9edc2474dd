"""A calibrated scenario's values put in place of the blueprint's own, before validation and the
build, so that both event loops of the simulator run them without knowing about calibration.
Imports only the schema: the compiler calls it on every compile.
"""

from __future__ import annotations

from typing import Any

from blueprint_studio.model.schema import Blueprint, Scenario


def has_overrides(scenario: Scenario) -> bool:
    return bool(scenario.intake_rates or scenario.durations or scenario.edge_shares or scenario.field_weights)


def with_overrides(blueprint: Blueprint, scenario_id: str | None) -> Blueprint:
    """The blueprint as the scenario `scenario_id` runs it (the same object when it changes
    nothing): intakes arrive by the fitted weekly rates, steps and waits take the fitted
    durations (in place of their duration rules, which the fit already covers), decision edges
    the fitted shares, choice fields the fitted mix. Ids that are not in the blueprint are left."""
    scenario = next((s for s in blueprint.scenarios if s.id == scenario_id), None)
    if scenario is None or not has_overrides(scenario):
        return blueprint
    nodes = [_node(node, scenario) for node in blueprint.nodes]
    shared = _complete_decisions(blueprint, scenario)
    edges = [_edge(edge, scenario) if edge.source in shared else edge for edge in blueprint.edges]
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
