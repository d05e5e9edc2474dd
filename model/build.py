"""Build the immutable `FlowModel` from a blueprint's `Analysis` (the parsed expressions and graph
of `model.validation.analyse`, so nothing is parsed twice), the week calendar of a pool and the
business hours of an SLA calendar.

It needs the analysis only as data: it imports neither validation nor the compiler, so that the
simulation checks of validation can build a model too (`model.sim.checks`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from blueprint_studio.model import expr
from blueprint_studio.model.document import validated_copy
from blueprint_studio.model.flow import (
    WEEK_MINUTES,
    Arrival,
    Calendar,
    FlowAction,
    FlowApproval,
    FlowFollowUps,
    FlowLadder,
    FlowMerge,
    FlowModel,
    FlowNode,
    FlowPool,
    FlowSla,
    SlaCalendar,
    Transition,
    frozen_mapping,
)
from blueprint_studio.model.schema import (
    EXECUTABLE_KINDS,
    EscalationLadder,
    Pool,
    Shift,
    SlaPolicy,
    agents_in,
)
from blueprint_studio.model.schema import Calendar as CalendarSpec

if TYPE_CHECKING:
    from blueprint_studio.model.validation import Analysis

# The flow model's branch rules, by the name `Edge.choice` gives (the schema types it `str`).
Rule = Literal["condition", "probability", "default", "always"]
_RULES: dict[str, Rule] = {
    "condition": "condition",
    "probability": "probability",
    "default": "default",
    "always": "always",
}


def _on_grid(minute: float) -> float:
    """A shift change rounded to 1/1024 minute: week start + change is then exact in a double, so
    the engines find the change again at its own time (8:20 is 500.00000000000006 minutes: week 2
    began at 10080 + 500.0 and the pool waited forever for a change at that instant)."""
    return round(minute * 1024) / 1024


def calendar_of(agents: int, shifts: Iterable[Shift]) -> Calendar:
    """Sweep the week: each shift adds its agents from its start to its end on each of its days."""
    shifts = list(shifts)
    if not shifts:
        return Calendar((0.0,), (agents,))
    changes: dict[float, int] = {0.0: 0}
    for shift in shifts:
        for day in set(shift.days):
            start, end = _on_grid(day * 1440 + shift.start * 60), _on_grid(day * 1440 + shift.end * 60)
            changes[start] = changes.get(start, 0) + shift.agents
            if end < WEEK_MINUTES:
                changes[end] = changes.get(end, 0) - shift.agents
    starts: list[float] = []
    counts: list[int] = []
    level = 0
    for minute in sorted(changes):
        level += changes[minute]
        if counts and counts[-1] == level:
            continue
        starts.append(minute)
        counts.append(level)
    return Calendar(tuple(starts), tuple(counts))


def first_monday(start_date: str) -> date:
    """Simulated minute 0: 00:00 on the Monday of the week of the scenario's start date (shifts,
    weekly arrivals and opening hours count weeks from a Monday)."""
    day = date.fromisoformat(start_date)
    return day - timedelta(days=day.weekday())


def sla_calendar(calendar: CalendarSpec, start_date: str | None) -> SlaCalendar:
    """The clock's calendar: open wherever some opening hours are (overlaps count once), and on
    each holiday on or after the run's first Monday, closed all day. Without a start date the run
    has no dates, so no holiday applies."""
    week = calendar_of(0, (Shift(days=h.days, start=h.start, end=h.end, agents=1) for h in calendar.hours))
    starts: list[float] = []
    opens: list[bool] = []
    for start, agents in zip(week.starts, week.agents):
        if opens and opens[-1] == (agents > 0):
            continue
        starts.append(start)
        opens.append(agents > 0)
    holidays: tuple[int, ...] = ()
    if start_date is not None:
        monday = first_monday(start_date)
        days = {(date.fromisoformat(h) - monday).days for h in calendar.holidays}
        holidays = tuple(sorted(d for d in days if d >= 0))
    return SlaCalendar(calendar.id, tuple(starts), tuple(opens), holidays)


def _predicate(analysis: Analysis, owner: str, slot: str):
    tree = analysis.trees.get((owner, slot))
    return _compiled(tree) if tree is not None else None


@lru_cache(maxsize=4096)
def _compiled(tree: expr.Expr) -> expr.Predicate:
    """Closures are pure, so identical conditions share one."""
    return expr.compile_expr(tree)


def _action(action: Any, pools: dict[str, int]) -> FlowAction:
    if action.kind == "set":
        return FlowAction("set", field=action.field, value=action.value)
    if action.kind == "send_template":
        return FlowAction("send_template", text=action.text)
    if action.kind == "notify":
        return FlowAction("notify", text=action.target)
    return FlowAction("reassign", pool=pools[action.pool], reason=action.reason.strip())


def _approval(edge: Any, index: dict[str, int]) -> FlowApproval | None:
    """An edge's approval, its rejection path resolved (the edge's source when it names none)."""
    approval = edge.approval
    if approval is None:
        return None
    back = approval.rejected_to if approval.rejected_to in index else edge.source
    return FlowApproval(approval.role.strip(), approval.time, approval.reject / 100.0, index[back])


def _pools(analysis: Analysis, scenario: Any) -> tuple[FlowPool, ...]:
    result = []
    for i, pool in enumerate(analysis.pools.values()):
        agents = agents_in(pool, scenario)
        shifts = scenario.pool_shifts.get(pool.id, pool.shifts) if scenario else pool.shifts
        if (
            scenario
            and pool.id in scenario.pool_agents
            and pool.shifts
            and pool.id not in scenario.pool_shifts
        ):
            shifts = _scale_shifts(pool, agents)
        field = analysis.schema.get(pool.priority_field) if pool.priority_field else None
        result.append(
            FlowPool(
                index=i,
                id=pool.id,
                name=pool.name or pool.id,
                calendar=calendar_of(agents, shifts),
                cost_per_hour=pool.cost_per_hour,
                assignment=pool.assignment,
                discipline=pool.discipline,
                priority_field=pool.priority_field,
                priority_order=field.values if field is not None else (),
                roster=tuple((a.name, frozenset(a.skills), a.speed) for a in pool.roster),
                skill_fallback=pool.skill_fallback,
                ownership=pool.ownership,
            )
        )
    return tuple(result)


def _scale_shifts(pool: Pool, agents: int) -> list[Shift]:
    """A scenario's head count for a pool with shifts scales every shift in proportion to the
    pool's peak, so a 'one more agent' scenario keeps the shape of the week."""
    peak = calendar_of(pool.agents, pool.shifts).peak or 1
    return [validated_copy(s, agents=max(0, round(s.agents * agents / peak))) for s in pool.shifts]


def _ladder(
    analysis: Analysis,
    ladder: EscalationLadder | None,
    trigger: str,
    clock: str,
    index: dict[str, int],
    pools: dict[str, int],
) -> FlowLadder | None:
    """The ladder as the simulator runs it; None when there is none. References that do not
    resolve are validation's errors: the model is not built then."""
    if ladder is None:
        return None
    field = analysis.schema.get(ladder.priority_field) if ladder.priority_field else None
    return FlowLadder(
        trigger=trigger,
        warn_at=ladder.warn_at / 100.0 if ladder.warn_at is not None else None,
        clock=clock,
        notify=ladder.notify.strip(),
        priority_field=ladder.priority_field if field is not None else None,
        priority_value=ladder.priority_value,
        priority_rank=tuple(field.values) if field is not None else (),
        reassign_pool=pools.get(ladder.reassign_pool) if ladder.reassign_pool else None,
        reassign_step=index.get(ladder.reassign_step) if ladder.reassign_step else None,
        in_service=ladder.in_service,
    )


def _sla(
    analysis: Analysis,
    policies: Iterable[SlaPolicy],
    start_date: str | None,
    index: dict[str, int] | None = None,
    pools: dict[str, int] | None = None,
) -> tuple[FlowSla, ...]:
    calendars = {c.id: c for c in analysis.blueprint.calendars}
    made: dict[str, SlaCalendar] = {}
    result = []
    for p in policies:
        spec = calendars.get(p.calendar) if p.business_hours and p.calendar else None
        clock = None
        if spec is not None:
            clock = made.get(spec.id) or made.setdefault(spec.id, sla_calendar(spec, start_date))
        result.append(
            FlowSla(
                id=p.id,
                name=p.name or p.id,
                when=_predicate(analysis, p.id, "when"),
                first_response=p.first_response,
                resolution=p.resolution,
                business_hours=p.business_hours,
                calendar=clock,
                ladder=_ladder(
                    analysis, p.ladder, p.id, p.ladder.clock if p.ladder else "", index or {}, pools or {}
                ),
            )
        )
    return tuple(result)


def build_flow(analysis: Analysis, scenario_id: str | None) -> FlowModel:
    bp = analysis.blueprint
    scenario = next((s for s in bp.scenarios if s.id == scenario_id), None)
    if scenario_id is not None and scenario is None:
        raise KeyError(scenario_id)
    pools = _pools(analysis, scenario)
    pool_index = {p.id: p.index for p in pools}
    executable = [n for n in bp.nodes if n.kind in EXECUTABLE_KINDS]
    index = {n.id: i for i, n in enumerate(executable)}
    outgoing: dict[str, list[Transition]] = {n.id: [] for n in executable}
    reopening = reopening_edges(bp, index)
    for edge in bp.edges:
        if edge.kind != "flow" or edge.source not in index or edge.target not in index:
            continue
        outgoing[edge.source].append(
            Transition(
                edge_id=edge.id,
                target=index[edge.target],
                label=edge.label,
                rule=_RULES[edge.choice],
                condition=_predicate(analysis, edge.id, "condition"),
                condition_text=edge.condition,
                probability=edge.probability,
                guard=_predicate(analysis, edge.id, "before"),
                guard_text=edge.before,
                mandatory=tuple(edge.during),
                actions=tuple(_action(a, pool_index) for a in edge.after),
                reopens=edge.id in reopening,
                approval=_approval(edge, index),
            )
        )
    evidence: dict[str, list[str]] = {}
    for edge in bp.edges:
        if edge.kind == "association":
            for here, there in ((edge.source, edge.target), (edge.target, edge.source)):
                other = analysis.nodes.get(there)
                if here in index and other is not None and other.kind == "evidence":
                    evidence.setdefault(here, []).append(other.title or other.id)
    nodes = tuple(
        _node(analysis, n, i, index, pool_index, tuple(outgoing[n.id]), tuple(evidence.get(n.id, ())))
        for i, n in enumerate(executable)
    )
    import networkx as nx  # networkx loads with the first analysis, not at start

    graph = nx.freeze(analysis.graph.copy())
    policies = scenario.sla if scenario is not None and scenario.sla is not None else bp.sla
    return FlowModel(
        title=bp.meta.title,
        nodes=nodes,
        pools=pools,
        intakes=tuple(n.index for n in nodes if n.kind == "intake"),
        fields=tuple(bp.fields),
        sla=_sla(
            analysis, policies, scenario.start_date if scenario is not None else None, index, pool_index
        ),
        scenarios=tuple(bp.scenarios),
        index=frozen_mapping(index),
        graph=graph,
        source=bp,
        scenario_id=scenario_id,
    )


def reopening_edges(bp: Any, index: dict[str, int]) -> set[str]:
    """The flow edges that re-open a ticket, whatever their drawing: an edge that goes back to
    a node from which its source can be reached again (it closes a loop), leaving a choice made
    after the customer's answer: a satisfaction survey, a wait with more than one way out
    besides its timeout, or a decision reached only from those (or from such decisions)."""
    kinds = {n.id: n.kind for n in bp.nodes if n.id in index}
    answered = [n for n, kind in kinds.items() if kind in ("satisfaction", "wait")]
    if not answered:
        return set()
    flow = [e for e in bp.edges if e.kind == "flow" and e.source in index and e.target in index]
    successors: dict[str, list[str]] = {n: [] for n in kinds}
    predecessors: dict[str, list[str]] = {n: [] for n in kinds}
    for e in flow:
        successors[e.source].append(e.target)
        predecessors[e.target].append(e.source)
    after = set(answered)
    todo = list(answered)
    while todo:  # decisions whose every way in comes after the customer's answer
        for n in successors[todo.pop()]:
            if kinds[n] == "decision" and n not in after and all(p in after for p in predecessors[n]):
                after.add(n)
                todo.append(n)
    timeouts = {n.id: n.timeout_target for n in bp.nodes if n.kind == "wait"}
    answers: dict[str, int] = {}  # a wait's ways out other than its timeout
    for e in flow:
        if kinds[e.source] == "wait" and e.target != timeouts.get(e.source):
            answers[e.source] = answers.get(e.source, 0) + 1
    candidates = [
        e
        for e in flow
        if e.source in after
        and not (
            kinds[e.source] == "wait" and (answers.get(e.source, 0) < 2 or e.target == timeouts.get(e.source))
        )
    ]
    if not candidates:
        return set()
    # an edge u -> v closes a loop when v reaches u again: when both are in one strongly
    # connected component (one pass over the graph, not a search per edge)
    component = _components(successors)
    return {e.id for e in candidates if component[e.target] == component[e.source]}


def _components(successors: dict[str, list[str]]) -> dict[str, int]:
    """Each node's strongly connected component (Tarjan's algorithm, without recursion)."""
    number: dict[str, int] = {}
    low: dict[str, int] = {}
    component: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    for root in successors:
        if root in number:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                number[node] = low[node] = len(number)
                stack.append(node)
                on_stack.add(node)
            following = successors[node]
            if i < len(following):
                work.append((node, i + 1))
                nxt = following[i]
                if nxt not in number:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], number[nxt])
                continue
            if low[node] == number[node]:
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component[member] = number[node]
                    if member == node:
                        break
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return component


def _node(
    analysis: Analysis,
    n: Any,
    i: int,
    index: dict[str, int],
    pools: dict[str, int],
    transitions: tuple[Transition, ...],
    evidence: tuple[str, ...],
) -> FlowNode:
    lane = analysis.lanes.get(n.lane) if n.lane else None
    common: dict[str, Any] = dict(
        index=i,
        id=n.id,
        kind=n.kind,
        title=n.title or n.id,
        lane=n.lane,
        lane_kind=lane.kind if lane else None,
        transitions=transitions,
        evidence=evidence,
    )
    if n.kind == "step":
        # a step done by the system or the customer has no pool, even in a lane that has one
        pool = analysis.pool_of(n) if n.performer == "agent" else None
        rules = tuple(
            (_predicate(analysis, n.id, f"duration_rules[{k}]"), r.duration)
            for k, r in enumerate(n.duration_rules)
        )
        common.update(
            performer=n.performer,
            pool=pools[pool.id] if pool else None,
            duration=n.duration,
            duration_rules=rules,
            time_limit=n.time_limit,
            escalate_to=index.get(n.escalate_to) if n.escalate_to else None,
            ladder=_ladder(analysis, n.ladder, n.id, "time_limit", index, pools) if n.time_limit else None,
            first_response=n.first_response
            or bool(n.template_response)
            or (lane is not None and lane.kind == "frontstage"),
            pauses_sla=n.pauses_sla,
            level=n.level,
            template_response=n.template_response,
            guidance=n.guidance,
            mandatory=tuple(n.mandatory_fields),
            actions=tuple(_action(a, pools) for a in n.actions),
            merge=FlowMerge(n.merge.detect / 100.0, n.merge.detection_time) if n.merge else None,
            required_skill=n.required_skill or None,
        )
    elif n.kind == "wait":
        common.update(
            response_time=n.response_time,
            p_response=n.p_response,
            timeout=n.timeout,
            timeout_target=index.get(n.timeout_target) if n.timeout_target else None,
            pauses_sla=n.pauses_sla,
        )
    elif n.kind == "decision":
        common["question"] = n.question
    elif n.kind == "satisfaction":
        common.update(p_satisfied=n.p_satisfied, satisfied_when=_predicate(analysis, n.id, "condition"))
    elif n.kind == "intake":
        weekly = tuple(tuple(row) for row in n.schedule.rates) if n.schedule else None
        values = {f.name: f.values for f in analysis.blueprint.fields if f.type == "choice"}
        weights = {  # this intake's own shares, one per value of the field (validation checked them)
            name: tuple(float(shares.get(value, 0.0)) for value in values[name])
            for name, shares in n.field_shares.items()
            if name in values and any(shares.get(value, 0.0) > 0 for value in values[name])
        }
        common["arrival"] = Arrival(
            n.rate_per_hour,
            weekly,
            frozen_mapping(n.set_fields),
            n.patience,
            n.interarrival,
            frozen_mapping(weights),
        )
        follow = n.follow_ups
        if follow is not None and follow.share > 0:  # through this intake when `via` names none
            target = analysis.nodes.get(follow.via) if follow.via else None
            via = index[target.id] if target is not None and target.kind == "intake" else i
            common["follow_ups"] = FlowFollowUps(follow.share / 100.0, follow.after, via)
    elif n.kind == "roadmap":
        common["backlog"] = n.backlog
    elif n.kind == "end":
        common["outcome"] = n.outcome
    return FlowNode(**common)
