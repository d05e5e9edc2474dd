"""Validation: every cross-element rule of the notation, reported as `Diagnostic`s.

`analyse` also keeps what the compiler reuses (the flow graph, parsed expressions, pools), so a
document is parsed and walked once. It never changes the blueprint and never raises on bad input.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from blueprint_studio.model import expr
from blueprint_studio.model.agent_checks import check_agents
from blueprint_studio.model.approval_checks import add_approval_edges, check_approvals
from blueprint_studio.model.calibrate.stale import check_calibrations
from blueprint_studio.model.contact_checks import check_contacts
from blueprint_studio.model.diagnostics import Diagnostic
from blueprint_studio.model.ladder_checks import add_ladder_edges, check_ladder, check_ladders
from blueprint_studio.model.schema import (
    ANNOTATION_KINDS,
    BUILTIN_FIELDS,
    EXECUTABLE_KINDS,
    Blueprint,
    Edge,
    Lane,
    Pool,
    Reassign,
    SetField,
    SlaPolicy,
    StepNode,
    TicketField,
    WaitNode,
    value_fits,
)

if TYPE_CHECKING:
    import networkx as nx

LANE_RANK = {"customer": 0, "frontstage": 1, "backstage": 2, "support": 3}
MAX_COVERAGE_CASES = 20_000
_EPS = 1e-6


@lru_cache(maxsize=4096)
def _parsed(text: str) -> expr.Expr | expr.ExprError:
    """The tree of `text`, or why it has none (kept in the cache too)."""
    try:
        return expr.parse(text)
    except expr.ExprError as exc:
        return exc


def field_schema(fields: Iterable[TicketField]) -> dict[str, expr.FieldSpec]:
    schema = {name: expr.FieldSpec(kind) for name, kind in BUILTIN_FIELDS.items()}
    for f in fields:
        schema[f.name] = expr.FieldSpec(f.type, tuple(f.values))
    return schema


@dataclass
class Analysis:
    blueprint: Blueprint
    schema: dict[str, expr.FieldSpec]
    nodes: dict[str, Any]
    lanes: dict[str, Lane]
    pools: dict[str, Pool]
    graph: nx.DiGraph = field(default_factory=lambda: _new_graph())
    trees: dict[tuple[str, str], expr.Expr] = field(default_factory=dict)
    can_end: set[str] = field(default_factory=set)
    coverage: dict[tuple, dict | None] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    _indexed: dict[str, tuple[str, int, Any]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def report(self, code: str, ids: Iterable[str] = (), **params: Any) -> None:
        ids = tuple(ids)
        names = self.names_of((*ids, params.get("pool"), params.get("target")))
        named_fields = [params.get("field"), *(params.get("example") or {})]
        names.update(self.field_names_of(f for f in named_fields if isinstance(f, str)))
        self.diagnostics.append(Diagnostic(code, ids, params, names))

    def field_names_of(self, names: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The words of the ticket fields a diagnostic names ("field:NAME" -> its label, its
        labels per language and its values' labels), so that the words use labels, not names."""
        fields = {f.name: f for f in self.blueprint.fields}
        found: dict[str, dict[str, Any]] = {}
        for name in names:
            f = fields.get(name)
            if f is not None:
                found["field:" + name] = {
                    "kind": "field",
                    "title": f.label,
                    "labels": dict(f.labels),
                    "values": {value: dict(labels) for value, labels in f.value_labels.items()},
                }
            elif name in BUILTIN_FIELDS:
                found["field:" + name] = {"kind": "field", "title": "", "builtin": True}
        return found

    def names_of(self, keys: Iterable[Any]) -> dict[str, dict[str, Any]]:
        """What people call each element a diagnostic is about (kind, title, number among its
        kind), so that the words can name it instead of showing its id."""
        found: dict[str, dict[str, Any]] = {}
        for key in keys:
            if isinstance(key, str) and key not in found:
                entry = self.name_of(key)
                if entry is not None:
                    found[key] = entry
        return found

    def flow_edges_from(self, node_id: str) -> list[Edge]:
        """The flow edges leaving `node_id` between executable nodes, in the order drawn."""
        return _flow_edges_from(self, node_id)

    def name_of(self, key: str) -> dict[str, Any] | None:
        index = self._index()
        if key not in index:
            return None
        kind, number, element = index[key]
        if kind == "edge":
            ends = {
                end: self.name_of(getattr(element, end)) if getattr(element, end) in self.nodes else None
                for end in ("source", "target")
            }
            return {"kind": "edge", "title": element.label, "number": number, **ends}
        title = getattr(element, "title", None)
        entry = {
            "kind": kind,
            "title": getattr(element, "name", "") if title is None else title,
            "number": number,
        }
        if kind == "lane":
            entry["lane_kind"] = element.kind
        if kind == "pool":  # an untitled lane pool is called after its lane
            lanes = self.blueprint.lanes
            lane = next((ln for ln in lanes if ln.pool is not None and ln.pool.id == key), None)
            if lane is not None:
                entry["lane"] = self.name_of(lane.id)
        return entry

    def _index(self) -> dict[str, tuple[str, int, Any]]:
        """Each element by id with its kind and its place among those of its kind (1, 2, …),
        which tells untitled ones apart. Built once, when a first diagnostic names something."""
        if self._indexed is None:
            bp = self.blueprint
            groups: list[tuple[str, Any]] = [(n.kind, n) for n in bp.nodes]
            groups += [("edge", e) for e in bp.edges] + [("lane", ln) for ln in bp.lanes]
            groups += [("pool", p) for p in self.pools.values()]
            groups += [("scenario", s) for s in bp.scenarios] + [("card", c) for c in bp.cards]
            groups += [("calendar", c) for c in bp.calendars]
            groups += [("sla", p) for p in list(bp.sla) + [p for s in bp.scenarios for p in s.sla or ()]]
            indexed: dict[str, tuple[str, int, Any]] = {}
            counts: dict[str, int] = {}
            for kind, element in groups:
                counts[kind] = counts.get(kind, 0) + 1
                indexed.setdefault(element.id, (kind, counts[kind], element))
            self._indexed = indexed
        return self._indexed

    def executable(self, node_id: str | None) -> bool:
        node = self.nodes.get(node_id) if node_id else None
        return node is not None and node.kind in EXECUTABLE_KINDS

    def pool_of(self, step: StepNode) -> Pool | None:
        if step.pool:
            return self.pools.get(step.pool)
        lane = self.lanes.get(step.lane) if step.lane else None
        return lane.pool if lane else None

    def expression(self, owner: str, slot: str, text: str | None) -> expr.Expr | None:
        """Parse and type-check once; report problems against `owner`; remember good trees."""
        if text is None or (slot == "when" and not text.strip()):
            return None
        tree = _parsed(text)
        problems = [tree] if isinstance(tree, expr.ExprError) else expr.check(tree, self.schema)
        for problem in problems:
            code = {
                "expr.unknown_field": "condition_unknown_field",
                "expr.unknown_value": "condition_unknown_value",
                "expr.type_mismatch": "condition_type",
                "expr.not_boolean": "condition_type",
            }.get(problem.code, "condition_syntax")
            self.report(
                code,
                (owner,),
                slot=slot,
                text=text,
                column=problem.column,
                reason=problem.code,
                **problem.params,
            )
        if problems or isinstance(tree, expr.ExprError):
            return None
        self.trees[(owner, slot)] = tree
        return tree


def _analysis(blueprint: Blueprint) -> Analysis:
    """An analysis with nothing found yet: the blueprint's fields, nodes, lanes and pools."""
    return Analysis(
        blueprint=blueprint,
        schema=field_schema(blueprint.fields),
        nodes={n.id: n for n in blueprint.nodes},
        lanes={ln.id: ln for ln in blueprint.lanes},
        pools={p.id: p for p in blueprint.all_pools()},
    )


def analyse(blueprint: Blueprint) -> Analysis:
    a = _analysis(blueprint)
    _check_references(a)
    _check_edges(a)
    _check_expressions(a)
    _check_fields(a)
    _build_graph(a)
    _check_structure(a)
    _check_exits(a)
    _check_steps(a)
    _check_lanes(a)
    _check_sla_and_intakes(a)
    check_ladders(a)
    check_contacts(a)
    check_agents(a)
    check_approvals(a)
    check_calibrations(a)  # calibrated values for deleted elements (model/calibrate/stale.py)
    _check_cards(a)
    # Imported here: the simulation checks bring the flow model and the engine's cost code, which
    # the window does not need before it first shows (bench/startup.py); validation runs after.
    from blueprint_studio.model.sim.checks import check_simulation_inputs

    check_simulation_inputs(a)
    return a


def validate(blueprint: Blueprint) -> list[Diagnostic]:
    return analyse(blueprint).diagnostics


def ladder_problems(owner: SlaPolicy | StepNode, blueprint: Blueprint) -> list[Diagnostic]:
    """What validation says of `owner`'s escalation ladder alone (model/ladder_checks.py), for its
    editors to show as it is edited; a scenario's policy need not be among the document's."""
    if owner.ladder is None:
        return []
    a = _analysis(blueprint)  # only the ladder's checks: the whole analysis takes a second at 5,000 nodes
    if owner.ladder.reassign_step:
        _build_graph(a)  # whether the step it re-assigns to can reach an end
    check_ladder(a, owner, owner.ladder)
    return a.diagnostics


# ---------------------------------------------------------------- references and edge kinds


def _check_references(a: Analysis) -> None:
    for node in a.blueprint.nodes:
        if node.lane is not None and node.lane not in a.lanes:
            a.report("unknown_lane", (node.id,), lane=node.lane)
        if isinstance(node, StepNode):
            if node.pool is not None and node.pool not in a.pools:
                a.report("unknown_pool", (node.id,), pool=node.pool)
            for action in node.actions:
                if isinstance(action, Reassign) and action.pool not in a.pools:
                    a.report("unknown_pool", (node.id,), pool=action.pool)
    for edge in a.blueprint.edges:
        for end in (edge.source, edge.target):
            if end not in a.nodes:
                a.report("unknown_node", (edge.id,), node=end)
        for action in edge.after:
            if isinstance(action, Reassign) and action.pool not in a.pools:
                a.report("unknown_pool", (edge.id,), pool=action.pool)
    calendars = {c.id for c in a.blueprint.calendars}
    for policy in list(a.blueprint.sla) + [p for s in a.blueprint.scenarios for p in s.sla or ()]:
        if policy.calendar is not None and policy.calendar not in calendars:
            a.report("unknown_calendar", (policy.id,))
    for scenario in a.blueprint.scenarios:
        for pool_id in list(scenario.pool_agents) + list(scenario.pool_shifts):
            if pool_id not in a.pools:
                a.report("unknown_pool", (scenario.id,), pool=pool_id)
    for pool in a.pools.values():
        if pool.priority_field is not None and pool.priority_field not in a.schema:
            a.report("unknown_field", (pool.id,), field=pool.priority_field)


def _check_edges(a: Analysis) -> None:
    for edge in a.blueprint.edges:
        src, dst = a.nodes.get(edge.source), a.nodes.get(edge.target)
        if src is None or dst is None:
            continue
        annotated = src.kind in ANNOTATION_KINDS or dst.kind in ANNOTATION_KINDS
        if edge.kind == "flow" and annotated:
            a.report("flow_touches_annotation", (edge.id, edge.source, edge.target))
        elif edge.kind == "association" and not annotated:
            a.report("association_between_executables", (edge.id, edge.source, edge.target))
        elif edge.kind == "association" and src.kind in ANNOTATION_KINDS and dst.kind in ANNOTATION_KINDS:
            a.report("association_without_annotation", (edge.id,))


def _check_expressions(a: Analysis) -> None:
    for edge in a.blueprint.edges:
        if edge.kind == "flow":
            a.expression(edge.id, "condition", edge.condition)
            a.expression(edge.id, "before", edge.before)
    for node in a.blueprint.nodes:
        if node.kind == "satisfaction":
            a.expression(node.id, "condition", node.condition)
        elif isinstance(node, StepNode):
            for i, rule in enumerate(node.duration_rules):
                a.expression(node.id, f"duration_rules[{i}]", rule.when)
    for policy in list(a.blueprint.sla) + [p for s in a.blueprint.scenarios for p in s.sla or ()]:
        a.expression(policy.id, "when", policy.when)


def _check_value(a: Analysis, owner: str, name: str, value: Any) -> None:
    spec = a.schema.get(name)
    if spec is None:
        a.report("unknown_field", (owner,), field=name)
    elif not value_fits(spec, value):
        a.report("bad_value", (owner,), field=name, value=value, allowed=list(spec.values))


def _check_shares(a: Analysis, node: Any) -> None:
    """An intake's own shares name a choice field, its values, and give some value a share."""
    fields = {f.name: f for f in a.blueprint.fields}
    for name, shares in node.field_shares.items():
        field = fields.get(name)
        if name not in a.schema:
            a.report("unknown_field", (node.id,), field=name)
        elif field is None or field.type != "choice":
            a.report("shares_need_choice", (node.id,), field=name)
        else:
            for value in shares:
                _check_value(a, node.id, name, value)
            if not any(shares.get(v, 0) > 0 for v in field.values):
                a.report("shares_all_zero", (node.id,), field=name)


def _check_fields(a: Analysis) -> None:
    def actions(owner: str, items: Iterable[Any]) -> None:
        for action in items:
            if isinstance(action, SetField):
                _check_value(a, owner, action.field, action.value)

    for node in a.blueprint.nodes:
        if isinstance(node, StepNode):
            for name in node.mandatory_fields:
                if name not in a.schema:
                    a.report("unknown_field", (node.id,), field=name)
            actions(node.id, node.actions)
        elif node.kind == "intake":
            for name, value in node.set_fields.items():
                _check_value(a, node.id, name, value)
            _check_shares(a, node)
    for edge in a.blueprint.edges:
        for name in edge.during:
            if name not in a.schema:
                a.report("unknown_field", (edge.id,), field=name)
        actions(edge.id, edge.after)


# ---------------------------------------------------------------- the flow graph


def _new_graph() -> nx.DiGraph:
    import networkx as nx  # loaded with the first analysis, not at start (a window opens faster)

    return nx.DiGraph()


def _build_graph(a: Analysis) -> None:
    import networkx as nx

    g = a.graph
    for node in a.blueprint.nodes:
        if node.kind in EXECUTABLE_KINDS:
            g.add_node(node.id, kind=node.kind)
    for edge in a.blueprint.edges:
        if edge.kind == "flow" and a.executable(edge.source) and a.executable(edge.target):
            g.add_edge(edge.source, edge.target, via="flow", edge=edge.id)
    for node in a.blueprint.nodes:
        target = getattr(node, "escalate_to", None) or getattr(node, "timeout_target", None)
        if target and a.executable(target) and not g.has_edge(node.id, target):
            g.add_edge(node.id, target, via="escalation")
    add_ladder_edges(a, g)
    add_approval_edges(a, g)
    ends = [n for n, kind in g.nodes(data="kind") if kind == "end"]
    a.can_end = set(ends).union(*(nx.ancestors(g, e) for e in ends)) if ends else set()


def _flow_edges_from(a: Analysis, node_id: str) -> list[Edge]:
    return [a.blueprint.edges[i] for i in _out_index(a).get(node_id, ())]


def _out_index(a: Analysis) -> dict[str, list[int]]:
    cached = getattr(a, "_out", None)
    if cached is None:
        cached = {}
        for i, edge in enumerate(a.blueprint.edges):
            if edge.kind == "flow" and a.executable(edge.source) and a.executable(edge.target):
                cached.setdefault(edge.source, []).append(i)
        a._out = cached  # type: ignore[attr-defined]
    return cached


def _check_structure(a: Analysis) -> None:
    import networkx as nx

    g = a.graph
    intakes = [n for n, kind in g.nodes(data="kind") if kind == "intake"]
    if not intakes:
        a.report("no_intake")
    if not any(kind == "end" for _, kind in g.nodes(data="kind")):
        a.report("no_end")
    reached = set(intakes).union(*(nx.descendants(g, i) for i in intakes)) if intakes else set()
    for node_id, kind in g.nodes(data="kind"):
        if kind == "intake" and g.in_degree(node_id):
            sources = [s for s in g.predecessors(node_id)]
            a.report("flow_into_intake", (node_id, *sources))
        if intakes and node_id not in reached:
            a.report("unreachable", (node_id,))
        exits = _flow_edges_from(a, node_id)
        if kind == "end" and exits:
            a.report("end_has_exit", (node_id,))
        elif kind != "end" and not exits:
            a.report("dead_end", (node_id,))
    for component in nx.strongly_connected_components(g):
        node_id = next(iter(component))
        looped = len(component) > 1 or g.has_edge(node_id, node_id)
        if looped and not component & a.can_end:
            a.report("trapped_loop", sorted(component))


# ---------------------------------------------------------------- how tickets leave a node


def _check_exits(a: Analysis) -> None:
    for node_id in a.graph.nodes:
        edges = _flow_edges_from(a, node_id)
        if not edges:
            continue
        rules = [e.choice for e in edges]
        fallbacks = rules.count("default") + rules.count("always")
        if fallbacks > 1:
            a.report("ambiguous_exit", (node_id, *[e.id for e in edges if e.choice in ("default", "always")]))
        probabilities = [e.probability for e in edges if e.probability is not None]
        if probabilities and "condition" in rules:
            a.report("mixed_rules", (node_id,))
        total = math.fsum(probabilities)
        if probabilities and (total > 1 + _EPS or (not fallbacks and abs(total - 1) > _EPS)):
            a.report(
                "probabilities_sum",
                (node_id, *[e.id for e in edges if e.probability is not None]),
                total=round(total, 6),
            )
        guarded = any(e.before for e in edges)
        if fallbacks and not guarded or (probabilities and abs(total - 1) <= _EPS and not guarded):
            continue
        _check_coverage(a, node_id, edges)


def _check_coverage(a: Analysis, node_id: str, edges: list[Edge]) -> None:
    """Without a default, every ticket must find an offered and chosen way out. Nodes with the
    same rules (common in large blueprints) share one answer."""
    key = tuple((e.before, e.condition, e.probability is not None and e.probability > 0) for e in edges)
    if key not in a.coverage:
        a.coverage[key] = _uncovered(a, edges)
    outcome = a.coverage[key]
    if outcome is None:
        return
    if "example" in outcome:
        a.report("decision_not_covered", (node_id, *[e.id for e in edges]), **outcome)
    else:
        a.report("decision_coverage_unknown", (node_id,), **outcome)


def _uncovered(a: Analysis, edges: list[Edge]) -> dict | None:
    """None when every case finds a way out; else {"example": ...} or {"field": ...} (unknown)."""
    checks: list[tuple[expr.Expr | None, expr.Expr | Literal[False] | None]] = []  # False: never taken
    for edge in edges:
        guard = a.trees.get((edge.id, "before")) if edge.before else None
        cond: expr.Expr | Literal[False] | None = (
            a.trees.get((edge.id, "condition")) if edge.condition else None
        )
        if (edge.before and guard is None) or (edge.condition and cond is None):
            return None  # the broken expression is reported already
        if edge.probability is not None:
            cond = None if edge.probability > 0 else False
        checks.append((guard, cond))
    names = sorted(
        set().union(
            *(expr.field_names(t) for pair in checks for t in pair if t is not None and t is not False)
        )
    )
    domains: list[tuple[bool | str, ...]] = []
    for name in names:
        spec = a.schema[name]
        if spec.type == "boolean":
            domains.append((True, False))
        elif spec.type == "choice":
            domains.append(spec.values)
        else:
            return {"field": name}
    if math.prod(len(d) for d in domains) > MAX_COVERAGE_CASES:
        return {"field": names[0] if names else ""}
    compiled = [
        (
            None if g is None else expr.compile_expr(g),
            cond if cond is None or cond is False else expr.compile_expr(cond),
        )
        for g, cond in checks
    ]
    for combo in itertools.product(*domains):
        ticket = dict(zip(names, combo))
        if not any(
            (g is None or g(ticket)) and c is not False and (c is None or c(ticket)) for g, c in compiled
        ):
            return {"example": ticket}
    return None


# ---------------------------------------------------------------- steps, waits, lanes, SLA


def _has_agents(pool: Pool) -> bool:
    return any(s.agents > 0 for s in pool.shifts) if pool.shifts else pool.agents > 0


def _check_target(a: Analysis, owner: str, target: str) -> None:
    node = a.nodes.get(target)
    if node is None:
        a.report("escalation_target_invalid", (owner,), target=target, reason="unknown")
    elif node.kind not in EXECUTABLE_KINDS:
        a.report("escalation_target_invalid", (owner, target), target=target, reason="not_executable")
    elif target not in a.can_end:
        a.report("escalation_target_invalid", (owner, target), target=target, reason="no_way_to_end")


def _check_steps(a: Analysis) -> None:
    receives = set(a.graph.nodes) - {n for n in a.graph.nodes if a.graph.in_degree(n) == 0}
    for node in a.blueprint.nodes:
        if isinstance(node, StepNode) and node.performer != "agent":
            _check_unstaffed(a, node)
        elif isinstance(node, StepNode):
            pool = a.pool_of(node)
            if pool is None and node.pool is None:
                a.report("step_without_pool", (node.id,))
            elif pool is not None and node.id in receives and not _has_agents(pool):
                a.report("pool_without_agents", (pool.id, node.id), pool=pool.id)
            if node.time_limit is not None and not node.escalate_to:
                a.report("escalation_target_missing", (node.id,))
            elif node.escalate_to:
                _check_target(a, node.id, node.escalate_to)
        elif isinstance(node, WaitNode):
            if node.timeout is not None and not node.timeout_target:
                a.report("wait_timeout_target_missing", (node.id,))
            elif node.timeout_target:
                _check_target(a, node.id, node.timeout_target)


def _check_unstaffed(a: Analysis, node: StepNode) -> None:
    """A step done by the system or the customer: no agent, so a pool named on it is not used
    and a time limit never escalates (nothing queues); a customer's step belongs in the
    customer's lane. Warnings: the run is right, the drawing misleads."""
    if node.pool is not None:
        a.report("performer_pool_unused", (node.id,), pool=node.pool, performer=node.performer)
    if node.time_limit is not None:
        a.report("performer_time_limit", (node.id,), performer=node.performer)
    elif node.escalate_to:
        _check_target(a, node.id, node.escalate_to)
    lane = a.lanes.get(node.lane) if node.lane else None
    if node.performer == "customer" and lane is not None and lane.kind != "customer":
        a.report("performer_customer_lane", (node.id, lane.id))


def _check_lanes(a: Analysis) -> None:
    ranked = [(LANE_RANK[ln.kind], ln) for ln in a.blueprint.lanes if ln.kind in LANE_RANK]
    for (rank_above, above), (rank_below, below) in zip(ranked, ranked[1:]):
        if rank_below < rank_above:
            a.report("lane_order", (above.id, below.id), above=above.kind, below=below.kind)
            break
    for edge in a.blueprint.edges:
        if edge.kind != "flow":
            continue
        src, dst = a.nodes.get(edge.source), a.nodes.get(edge.target)
        src_lane = a.lanes.get(src.lane) if src and src.lane else None
        dst_lane = a.lanes.get(dst.lane) if dst and dst.lane else None
        if src_lane and dst_lane and src_lane.kind == "customer" and dst_lane.kind == "support":
            a.report("customer_to_support", (edge.id, edge.source, edge.target))


def _check_sla_and_intakes(a: Analysis) -> None:
    calendars = {c.id: c for c in a.blueprint.calendars}
    for policy in list(a.blueprint.sla) + [p for s in a.blueprint.scenarios for p in s.sla or ()]:
        if policy.business_hours:
            # counted every hour, or none: the breaches would come out wrong either way
            calendar = calendars.get(policy.calendar) if policy.calendar else None
            if policy.calendar is None:
                a.report("business_hours_without_calendar", (policy.id,))
            elif calendar is not None and not calendar.hours:
                a.report("calendar_without_hours", (policy.id, calendar.id))
    _check_holidays_have_dates(a)
    _check_first_response_given(a)
    for node in a.blueprint.nodes:
        if node.kind == "intake":
            rates = node.schedule.rates if node.schedule else [[node.rate_per_hour]]
            if node.interarrival is None and not any(r > 0 for row in rates for r in row):
                a.report("intake_without_arrivals", (node.id,))


def _check_first_response_given(a: Analysis) -> None:
    """A first-response target needs a step that counts as the first response: otherwise the
    first response is only taken when the ticket ends, and the target reads as a resolution one."""
    bp = a.blueprint
    if any(n.kind == "step" and n.first_response for n in bp.nodes):
        return
    for policy in list(bp.sla) + [p for s in bp.scenarios for p in s.sla or ()]:
        if policy.first_response is not None:
            a.report("first_response_never_given", (policy.id,))


def _check_holidays_have_dates(a: Analysis) -> None:
    """Holidays are dates: a run counts them only from a scenario's start date."""
    bp = a.blueprint
    if any(s.start_date is not None for s in bp.scenarios):
        return
    policies = list(bp.sla) + [p for s in bp.scenarios for p in s.sla or ()]
    used = {p.calendar for p in policies if p.business_hours and p.calendar}
    for calendar in bp.calendars:
        if calendar.id in used and calendar.holidays:
            a.report("holidays_without_dates", (calendar.id,))


def _check_cards(a: Analysis) -> None:
    for card in a.blueprint.cards:
        for name, value in card.fields.items():
            _check_value(a, card.id, name, value)
        path = card.expected_path
        if not path:
            continue
        steps_ok = all(a.graph.has_edge(u, v) for u, v in zip(path, path[1:]))
        starts = a.nodes.get(path[0]) is not None and a.nodes[path[0]].kind == "intake"
        if not (steps_ok and starts):
            a.report("card_path_invalid", (card.id,))
