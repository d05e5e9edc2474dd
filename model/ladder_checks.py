"""Validation of escalation ladders (schema.EscalationLadder), on SLA policies and on steps' time
limits: diagnostics as codes with parameters, worded by app/shell/messages.py. Called by
model.validation.analyse; it reports through the analysis and changes nothing else.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from blueprint_studio.model.schema import EscalationLadder, SlaPolicy, StepNode

if TYPE_CHECKING:
    import networkx as nx

    from blueprint_studio.model.validation import Analysis

WARN_MIN, WARN_MAX = 1.0, 99.0  # % of the target


def ladders(a: Analysis) -> Iterator[tuple[SlaPolicy | StepNode, EscalationLadder]]:
    """Every ladder of the document with its owner: the SLA policies' (the document's and the
    scenarios'), then the steps'."""
    bp = a.blueprint
    for policy in list(bp.sla) + [p for s in bp.scenarios for p in s.sla or ()]:
        if policy.ladder is not None:
            yield policy, policy.ladder
    for node in bp.nodes:
        if isinstance(node, StepNode) and node.ladder is not None:
            yield node, node.ladder


def add_ladder_edges(a: Analysis, graph: nx.DiGraph) -> None:
    """A step an SLA ladder re-assigns to is reached from every intake: a ticket may breach
    anywhere on its way (a step's ladder escalates to the step's own target, already an edge)."""
    intakes = [n.id for n in a.blueprint.nodes if n.kind == "intake"]
    for owner, ladder in ladders(a):
        step = ladder.reassign_step
        if isinstance(owner, SlaPolicy) and step and graph.has_node(step):
            for intake in intakes:
                if not graph.has_edge(intake, step):
                    graph.add_edge(intake, step, via="ladder")


def check_ladders(a: Analysis) -> None:
    for owner, ladder in ladders(a):
        check_ladder(a, owner, ladder)


def check_ladder(a: Analysis, owner: SlaPolicy | StepNode, ladder: EscalationLadder) -> None:
    ids = (owner.id,)
    if ladder.warn_at is not None and not WARN_MIN <= ladder.warn_at <= WARN_MAX:
        a.report("ladder_warning_range", ids, percent=_number(ladder.warn_at))
    if ladder.reassign_step and ladder.reassign_pool:
        a.report("ladder_reassign_both", ids)
    if isinstance(owner, StepNode):
        if owner.time_limit is None:
            a.report("ladder_without_time_limit", ids)
        if ladder.reassign_step or ladder.reassign_pool:
            a.report("ladder_step_reassign", ids)
    else:
        if ladder.clock == "first_response" and owner.first_response is None:
            a.report("ladder_without_first_response_target", ids)
        elif ladder.clock == "resolution" and owner.resolution is None:
            a.report("ladder_without_resolution_target", ids)
        _check_reassign(a, owner, ladder)
    _check_priority(a, owner.id, ladder)


def _check_reassign(a: Analysis, owner: SlaPolicy, ladder: EscalationLadder) -> None:
    if ladder.reassign_pool and ladder.reassign_pool not in a.pools:
        a.report("ladder_pool_unknown", (owner.id,))
    step = ladder.reassign_step
    if not step:
        return
    node = a.nodes.get(step)
    if node is None:
        a.report("ladder_step_unknown", (owner.id,), target=step)
    elif not isinstance(node, StepNode):
        a.report("ladder_step_not_step", (owner.id, step), target=step)
    elif step not in a.can_end:
        a.report("escalation_target_invalid", (owner.id, step), target=step, reason="no_way_to_end")


def _check_priority(a: Analysis, owner: str, ladder: EscalationLadder) -> None:
    name = ladder.priority_field
    if name is None:
        return
    spec = a.schema.get(name)
    if spec is None:
        a.report("unknown_field", (owner,), field=name)
    elif spec.type != "choice" or ladder.priority_value not in spec.values:
        a.report(
            "ladder_priority_invalid",
            (owner,),
            field=name,
            value=ladder.priority_value,
            allowed=list(spec.values) if spec.type == "choice" else [],
        )


def _number(value: float) -> Any:
    return int(value) if float(value).is_integer() else value
