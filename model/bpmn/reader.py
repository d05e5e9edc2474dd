"""BPMN 2.0 (with BPSim and DI) -> a Blueprint and the diagnostics of what changed on the way.

Lanes and participants become lanes, tasks steps, exclusive gateways decisions, start events
intakes, end events ends, boundary timers time limits, message catches waits, data objects and
annotations evidence and notes; BPSim gives rates, durations, shares and pools; DI gives the
layout. What has no equal is mapped to the nearest thing and reported, never dropped silently.
"""

from __future__ import annotations

import os
from typing import Any

from blueprint_studio.model.bpmn import guess
from blueprint_studio.model.bpmn.flow_import import FlowImporter
from blueprint_studio.model.bpmn.names import BPMN, LANE_HEADER, IdMaker, local
from blueprint_studio.model.bpmn.safe_xml import BpmnError, parse, read_bytes
from blueprint_studio.model.bpmn.sources import Bounds, LaneSource, Sources
from blueprint_studio.model.diagnostics import Diagnostic
from blueprint_studio.model.schema import LANE_KINDS, MAX_EDGES, MAX_NODES, Blueprint, Lane, Meta, Pool
from blueprint_studio.model.validation import Analysis, field_schema


def read(
    source: str | os.PathLike[str] | bytes, language: str | None = None
) -> tuple[Blueprint, list[Diagnostic]]:
    """The blueprint a BPMN file describes, and what the import changed or guessed."""
    data, name = read_bytes(source)
    root = parse(data, name)
    if local(root.tag) != "definitions" or not root.tag.startswith("{" + BPMN):
        raise BpmnError("bpmn_not_bpmn", name, root=local(root.tag) or "?")
    sources = Sources.of(root)
    if not sources.processes:
        raise BpmnError("bpmn_no_process", name)
    try:
        return _Importer(sources, language, name).run()
    except ValueError as exc:  # a value the mapping let through and the schema refuses: said
        errors = getattr(exc, "errors", None)
        reason = errors()[0].get("msg", "") if callable(errors) and errors() else str(exc)
        raise BpmnError("bpmn_unusable", name, reason=str(reason)[:200]) from None


def with_lane_kinds(
    blueprint: Blueprint, notes: list[Diagnostic], kinds: dict[str, str]
) -> tuple[Blueprint, list[Diagnostic]]:
    """The mapping step: the lanes with the kinds people chose (lane id -> kind) in place of the
    guesses, whose notes are no longer listed (the window's dialog and `import --lane-kind`)."""
    lanes = [lane.model_copy(update={"kind": kinds.get(lane.id, lane.kind)}) for lane in blueprint.lanes]
    reviewed = [d for d in notes if not (d.code == "bpmn_lane_kind" and d.ids and d.ids[0] in kinds)]
    return blueprint.model_copy(update={"lanes": lanes}), reviewed


class _Importer:
    def __init__(self, sources: Sources, language: str | None, name: str = "") -> None:
        self.s = sources
        self.name = name
        self.language = language
        self.ids = IdMaker()
        self.notes: list[tuple[str, tuple[str, ...], dict[str, Any]]] = []
        self.lane_of: dict[str, str] = {}  # BPMN lane or participant -> our lane
        self.dropped: set[str] = set()  # nodes merged into others (the flow importer's)

    def note(self, code: str, ids: tuple[str, ...] = (), **params: Any) -> None:
        self.notes.append((code, ids, params))

    def run(self) -> tuple[Blueprint, list[Diagnostic]]:
        fields = self.s.ticket_fields()
        lane_sources = self.s.lanes()
        lanes = self._lanes(lane_sources)
        flow = FlowImporter(self.s, self.ids, fields, self.note)
        flow.read_processes()
        for count, limit in ((len(flow.nodes), MAX_NODES), (len(flow.flows), MAX_EDGES)):
            if count > limit:
                raise BpmnError("bpmn_too_many", self.name, count=count, limit=limit)
        self._place(flow, lane_sources, lanes)
        flow.lane_of = self.lane_of
        flow.connect()
        self.dropped = flow.dropped
        lanes, pools = self._pools(flow, lanes)
        names = [
            name for name in (*(ln.title for ln in lanes), *(n["title"] for n in flow.nodes.values())) if name
        ]
        parts = self.s.document_parts()
        simulation = self.s.simulation() if "scenarios" not in parts else {}
        if simulation:  # BPSim's run, unless we wrote ours
            parts["scenarios"] = [{"id": self.ids.fresh("bpsim_scenario"), **simulation}]
        meta: dict[str, Any] = {"title": self._title(), "language": guess.language(names)}
        meta.update(parts.pop("meta", None) or {})
        if self.language:
            meta["language"] = self.language
        flow_parts: dict[str, Any] = {"fields": fields, "lanes": lanes, "pools": pools}
        flow_parts.update(nodes=flow.built_nodes(), edges=flow.built_edges())
        try:
            blueprint = Blueprint.model_validate({"meta": meta, **flow_parts, **parts})
        except ValueError:  # our own extension, edited by hand or by another tool: the flow alone
            meta = {"title": self._title(), "language": self.language or guess.language(names)}
            blueprint = Blueprint(meta=Meta.model_validate(meta), **flow_parts)
        return blueprint, self._diagnostics(blueprint)

    def _title(self) -> str:
        for element in (
            self.s.root,
            *(p for p, _ in self.s.participants if p is not None),
            *self.s.processes,
        ):
            name = (element.get("name") or "").strip()
            if name:
                return " ".join(name.split())[:500]
        return ""

    # ------------------------------------------------------------ lanes and layout
    def _lanes(self, sources: list[LaneSource]) -> list[Lane]:
        lanes = []
        for source in sources:
            element_id = source.element.get("id", "lane") if source.element is not None else "lane"
            lane_id = self.ids.claim(element_id)
            self.lane_of[element_id] = lane_id
            if source.kind in LANE_KINDS:
                kind = source.kind
            else:
                kind = guess.lane_kind(source.title)
                self.note("bpmn_lane_kind", (lane_id,), kind=kind)
            height = source.bounds[3] if source.bounds else 160.0
            lanes.append(
                Lane.model_validate(
                    {"id": lane_id, "kind": kind, "title": source.title, "height": _clamp(height, 20, 10_000)}
                )
            )
        return lanes

    def _place(self, flow: FlowImporter, sources: list[LaneSource], lanes: list[Lane]) -> None:
        """Lanes and nodes where the diagram has them, relative to the top-left of the lanes."""
        lane_of: dict[str, int] = {}
        for i, source in enumerate(sources):
            for ref in source.refs:
                lane_of.setdefault(ref, i)
        tops, top = [], 0.0
        for lane in lanes:
            tops.append(top)
            top += lane.height
        left = self._left(sources, flow)
        with_bounds = [s for s in sources if s.bounds is not None]
        top_y = min((s.bounds[1] for s in with_bounds), default=0.0)  # type: ignore[index]

        def to_ours(x: float, y: float, index: int | None = None) -> tuple[float, float]:
            if index is None and with_bounds:
                index = _lane_at(sources, y)
            lane_bounds = sources[index].bounds if index is not None else None
            if lane_bounds is not None and index is not None:
                return x - left, y - lane_bounds[1] + tops[index]
            return x - left, y - top_y

        for key, node in flow.nodes.items():
            bounds: Bounds | None = flow.bounds.get(key)
            index = lane_of.get(flow.origin[key])
            if index is None and bounds is not None and with_bounds:
                index = _lane_at(sources, bounds[1] + bounds[3] / 2)
            if lanes and index is None and node["kind"] not in ("note", "evidence"):
                index = 0
            if index is not None:
                node["lane"] = lanes[index].id
            if bounds is None:
                continue
            x, y = to_ours(
                bounds[0], bounds[1], index if index is not None and sources[index].bounds else None
            )
            node.update(
                x=_clamp(x, -1e6, 1e6),
                y=_clamp(y, -1e6, 1e6),
                width=_clamp(bounds[2], 10, 10_000),
                height=_clamp(bounds[3], 10, 10_000),
            )
        flow.to_ours = to_ours
        flow.lay_out_missing([ln.id for ln in lanes], tops, [ln.height for ln in lanes])

    def _left(self, sources: list[LaneSource], flow: FlowImporter) -> float:
        """Where lanes' content starts: right of their title band (a lane's, or a participant's
        standing for a lane), which the canvas draws left of x = 0."""
        lanes = [s.bounds[0] for s in sources if s.bounds is not None and not _is_participant(s)]
        participants = [s.bounds[0] for s in sources if s.bounds is not None and _is_participant(s)]
        lefts = lanes or participants or [b[0] for b in self.s.participant_bounds()]
        if lefts:
            return min(lefts) + LANE_HEADER
        return 0.0  # a plain flow diagram keeps the diagram's own coordinates

    # ------------------------------------------------------------ pools
    def _pools(self, flow: FlowImporter, lanes: list[Lane]) -> tuple[list[Lane], list[Pool]]:
        """BPSim's resources become pools: owned by the lane whose steps use them, else free."""
        resources = flow.resources()
        used: dict[str, list[str | None]] = {}  # resource -> lanes of its steps, in order
        for node in flow.agent_steps():
            resource = node.get("resource")
            if resource is not None:
                lanes_of = used.setdefault(resource, [])
                if node.get("lane") not in lanes_of:
                    lanes_of.append(node.get("lane"))
        owner: dict[str, Pool] = {}
        free: list[Pool] = []
        made: dict[str, str] = {}  # resource -> pool id
        lane_id: str | None
        shared: Pool | None = None  # for the steps of a flow without lanes that name no resource
        for resource, lanes_of in used.items():
            pool_id = self.ids.claim(resource)
            made[resource] = pool_id
            pool = self._pool(pool_id, resource, resources.get(resource, {}))
            lane_id = lanes_of[0]
            if lane_id is not None and lane_id not in owner:
                owner[lane_id] = pool
            else:
                free.append(pool)
        for node in flow.agent_steps():
            resource = node.pop("resource", None)
            lane_id = node.get("lane")
            if resource is not None and not (lane_id in owner and owner[lane_id].id == made[resource]):
                node["pool"] = made[resource]
            elif resource is None and lane_id is not None and lane_id not in owner:
                lane = next(ln for ln in lanes if ln.id == lane_id)
                # some modellers (Bizagi) give the quantity to the lane itself
                origin = next((k for k, v in self.lane_of.items() if v == lane_id), "")
                found = {"name": lane.title, **resources.get(origin, {})}
                owner[lane_id] = self._pool(self.ids.fresh(f"{lane_id}_pool"), "", found)
            elif resource is None and lane_id is None:
                if shared is None:
                    shared = self._pool(self.ids.fresh("agents"), "", {})
                    free.insert(0, shared)
                node["pool"] = shared.id
        for node in flow.nodes.values():
            node.pop("resource", None)
        lanes = [ln.model_copy(update={"pool": owner.get(ln.id)}) for ln in lanes]
        return lanes, free

    def _pool(self, pool_id: str, resource: str, found: dict[str, Any]) -> Pool:
        agents = found.get("agents")
        if agents is None:
            self.note("bpmn_pool_assumed", (pool_id,))
        fields: dict[str, Any] = {
            "id": pool_id,
            "name": str(found.get("name") or "")[:500],
            "agents": int(min(max(round(agents if agents is not None else 1), 0), 100_000)),
            "cost_per_hour": max(float(found.get("cost_per_hour") or 0.0), 0.0),
        }
        extra = {
            k: v for k, v in (found.get("extra") or {}).items() if k in Pool.model_fields and k not in fields
        }
        try:
            return Pool.model_validate({**fields, **extra})
        except ValueError:
            return Pool.model_validate(fields)

    # ------------------------------------------------------------ diagnostics
    def _diagnostics(self, blueprint: Blueprint) -> list[Diagnostic]:
        if not self.notes:
            return []
        # only the names of the elements (the validation's own findings come later, on its own)
        analysis = Analysis(
            blueprint=blueprint,
            schema=field_schema(blueprint.fields),
            nodes={n.id: n for n in blueprint.nodes},
            lanes={ln.id: ln for ln in blueprint.lanes},
            pools={p.id: p for p in blueprint.all_pools()},
        )
        out = []
        gone = self.dropped
        for code, ids, params in self.notes:
            if ids and set(ids) <= gone:  # about a node merged into another: said there
                continue
            names = analysis.names_of((*ids, params.get("target")))
            names.update(analysis.field_names_of(f for f in (params.get("field"),) if isinstance(f, str)))
            out.append(Diagnostic(code, ids, params, names))
        return out


def _is_participant(source: LaneSource) -> bool:
    return source.element is not None and local(source.element.tag) == "participant"


def _lane_at(sources: list[LaneSource], y: float) -> int | None:
    for i, source in enumerate(sources):
        if source.bounds is not None and source.bounds[1] <= y < source.bounds[1] + source.bounds[3]:
            return i
    return None


def _clamp(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)
