"""A Blueprint -> BPMN 2.0 XML with DI (shapes, edges with waypoints) and BPSim parameters (arrival
rates, durations, branch probabilities, resources), in the standard namespaces, which BPMN
modellers open and `read` turns back into the same flow. What BPMN has no word for (a lane's
kind, a step's performer, the ticket fields) rides along in Blueprint Studio's own namespace.
"""

from __future__ import annotations

import json
import os
import tempfile
import xml.etree.ElementTree as ET  # noqa: S405 - building a tree, never parsing
from pathlib import Path
from typing import Any

from blueprint_studio.model import __version__
from blueprint_studio.model.bpmn.bpsim import distribution_element, iso_duration, number
from blueprint_studio.model.bpmn.flow_import import COVERED
from blueprint_studio.model.bpmn.names import (
    BPMN,
    BPMNDI,
    BPSIM,
    BS,
    DC,
    DI,
    LANE_HEADER,
    PREFIXES,
    XSI,
    bpmn_ids,
    q,
)
from blueprint_studio.model.fileformat import SaveError, match_permissions, os_reason, write_target
from blueprint_studio.model.geometry import Rect
from blueprint_studio.model.layout import extent, lane_bands
from blueprint_studio.model.router import index, route
from blueprint_studio.model.schema import Blueprint, Edge, Exponential

DOCUMENT_PARTS = ("meta", "stages", "calendars", "sla", "scenarios", "cards")
BOUNDARY = 36.0  # a boundary timer's size on its step's lower edge
TASK_OF = {"agent": "userTask", "system": "serviceTask", "customer": "manualTask"}


class _Writer:
    def __init__(self, blueprint: Blueprint) -> None:
        self.b = blueprint
        self.ids = bpmn_ids()
        self.nodes = {n.id: n for n in blueprint.nodes}
        self.lane_pool = {ln.id: ln.pool.id for ln in blueprint.lanes if ln.pool is not None}
        self.boundaries: list[tuple[str, Any, str, str]] = []  # (boundary id, node, target, flow id)
        self.elements: dict[str, ET.Element] = {}
        for ref in ("Definitions", "Collaboration", "Participant", "Process", "LaneSet", "Diagram", "Plane"):
            self.ids(f"\0{ref}")  # reserved first so that no element takes them
        self.root = ET.Element(
            q(BPMN, "definitions"),
            {
                "id": self.ids("\0Definitions"),
                "name": blueprint.meta.title,
                "targetNamespace": "https://blueprint-studio.org/bpmn/export",
                "exporter": "Blueprint Studio",
                "exporterVersion": __version__,
            },
        )

    def write(self) -> bytes:
        for prefix, uri in PREFIXES.items():
            ET.register_namespace(prefix, uri)
        collaboration = None
        if self.b.lanes:
            collaboration = ET.SubElement(self.root, q(BPMN, "collaboration"), id=self.ids("\0Collaboration"))
        for pool in self.b.all_pools():
            resource = ET.SubElement(self.root, q(BPMN, "resource"), id=self.ids(pool.id))
            if pool.name:
                resource.set("name", pool.name)
            _extra(resource, pool, {"name", "agents", "cost_per_hour"})  # those are BPMN's and BPSim's
        process = ET.SubElement(
            self.root,
            q(BPMN, "process"),
            id=self.ids("\0Process"),
            name=self.b.meta.title,
            isExecutable="false",
        )
        if collaboration is not None:
            ET.SubElement(
                collaboration,
                q(BPMN, "participant"),
                id=self.ids("\0Participant"),
                name=self.b.meta.title,
                processRef=process.get("id", ""),
            )
        self._fields(process)
        self._lanes(process)
        for node in self.b.nodes:
            self._node(process, node)
        for edge in self.b.edges:
            self._edge(process, edge)
        self._boundaries(process)
        _artifacts_last(process)
        self._diagram(collaboration if collaboration is not None else process)
        self._bpsim()
        ET.indent(self.root, space="  ")
        return ET.tostring(self.root, encoding="utf-8", xml_declaration=True)

    # ------------------------------------------------------------ process
    def _fields(self, process: ET.Element) -> None:
        """The ticket fields, and the parts of the document BPMN has no place for (SLA policies,
        scenarios, calendars, ticket cards, stages, the title block), in our namespace."""
        holder = ET.SubElement(process, q(BPMN, "extensionElements"))
        if self.b.fields:
            fields = ET.SubElement(holder, q(BS, "ticketFields"))
            fields.text = json.dumps([f.model_dump(mode="json") for f in self.b.fields], ensure_ascii=False)
        parts = _changed(self.b, set(Blueprint.model_fields) - set(DOCUMENT_PARTS))
        if parts:
            ET.SubElement(holder, q(BS, "document")).text = json.dumps(
                parts, ensure_ascii=False, sort_keys=True
            )

    def _lanes(self, process: ET.Element) -> None:
        if not self.b.lanes:
            return
        lane_set = ET.SubElement(process, q(BPMN, "laneSet"), id=self.ids("\0LaneSet"))
        for lane in self.b.lanes:
            element = ET.SubElement(
                lane_set,
                q(BPMN, "lane"),
                {"id": self.ids(lane.id), "name": lane.title, q(BS, "kind"): lane.kind},
            )
            for node in self.b.nodes:
                if node.lane == lane.id and node.kind not in ("evidence", "note"):
                    ET.SubElement(element, q(BPMN, "flowNodeRef")).text = self.ids(node.id)

    def _node(self, process: ET.Element, node: Any) -> None:
        attrs: dict[str, str] = {"id": self.ids(node.id)}
        if node.title:
            attrs["name"] = node.title
        kind = node.kind
        if kind == "intake":
            tag, attrs[q(BS, "channel")] = "startEvent", node.channel
        elif kind == "end":
            tag, attrs[q(BS, "outcome")] = "endEvent", node.outcome
        elif kind == "step":
            tag, attrs[q(BS, "performer")] = TASK_OF[node.performer], node.performer
        elif kind == "decision":
            tag = "exclusiveGateway"
        elif kind == "wait":
            tag = "receiveTask" if node.timeout else "intermediateCatchEvent"
            attrs[q(BS, "pResponse")] = number(node.p_response)
        elif kind == "satisfaction":
            tag, attrs[q(BS, "kind")] = "userTask", "satisfaction"
            attrs[q(BS, "pSatisfied")] = number(node.p_satisfied)
        elif kind == "roadmap":
            tag, attrs[q(BS, "kind")] = "sendTask", "roadmap"
        elif kind == "evidence":
            tag = "dataObjectReference"
            data_object = ET.SubElement(process, q(BPMN, "dataObject"), id=self.ids(f"\0data {node.id}"))
            attrs["dataObjectRef"] = data_object.get("id", "")
        else:
            tag = "textAnnotation"
            attrs.pop("name", None)
        element = ET.SubElement(process, q(BPMN, tag), attrs)
        documentation = {"step": "guidance", "evidence": "description", "decision": "question"}.get(kind)
        if documentation and getattr(node, documentation):
            ET.SubElement(element, q(BPMN, "documentation")).text = getattr(node, documentation)
        _extra(element, node)
        if kind == "note":
            ET.SubElement(element, q(BPMN, "text")).text = node.text or node.title
        if tag == "intermediateCatchEvent":
            ET.SubElement(element, q(BPMN, "messageEventDefinition"), id=self.ids(f"\0message {node.id}"))
        self.elements[node.id] = element
        limit = getattr(node, "time_limit", None) or getattr(node, "timeout", None)
        target = getattr(node, "escalate_to", None) or getattr(node, "timeout_target", None)
        if limit and target in self.nodes:
            self.boundaries.append(
                (self.ids(f"\0timer {node.id}"), node, target, self.ids(f"\0escalate {node.id}"))
            )

    def _edge(self, process: ET.Element, edge: Edge) -> None:
        if edge.source not in self.nodes or edge.target not in self.nodes:
            return
        if edge.kind == "association":
            association = ET.SubElement(
                process,
                q(BPMN, "association"),
                id=self.ids(edge.id),
                sourceRef=self.ids(edge.source),
                targetRef=self.ids(edge.target),
            )
            if not edge.waypoints:
                association.set(q(BS, "route"), "auto")
            return
        attrs = {
            "id": self.ids(edge.id),
            "sourceRef": self.ids(edge.source),
            "targetRef": self.ids(edge.target),
        }
        if edge.label:
            attrs["name"] = edge.label
        if not edge.waypoints:
            attrs[q(BS, "route")] = "auto"  # the diagram's bends are computed: none to import
        flow = ET.SubElement(process, q(BPMN, "sequenceFlow"), attrs)
        _extra(flow, edge)
        if edge.condition is not None:
            condition = ET.SubElement(
                flow, q(BPMN, "conditionExpression"), {q(XSI, "type"): "bpmn:tFormalExpression"}
            )
            condition.text = edge.condition
        if edge.default and edge.source in self.elements:
            self.elements[edge.source].set("default", attrs["id"])

    def _boundaries(self, process: ET.Element) -> None:
        for boundary_id, node, target, flow_id in self.boundaries:
            limit = getattr(node, "time_limit", None) or getattr(node, "timeout", None)
            event = ET.SubElement(
                process,
                q(BPMN, "boundaryEvent"),
                id=boundary_id,
                attachedToRef=self.ids(node.id),
                cancelActivity="true",
            )
            timer = ET.SubElement(
                event, q(BPMN, "timerEventDefinition"), id=self.ids(f"\0timer def {node.id}")
            )
            duration = ET.SubElement(
                timer, q(BPMN, "timeDuration"), {q(XSI, "type"): "bpmn:tFormalExpression"}
            )
            duration.text = iso_duration(float(limit or 0.0))
            ET.SubElement(
                process,
                q(BPMN, "sequenceFlow"),
                id=flow_id,
                sourceRef=boundary_id,
                targetRef=self.ids(target),
            )

    # ------------------------------------------------------------ diagram (DI)
    def _diagram(self, owner: ET.Element) -> None:
        diagram = ET.SubElement(self.root, q(BPMNDI, "BPMNDiagram"), id=self.ids("\0Diagram"))
        plane = ET.SubElement(
            diagram, q(BPMNDI, "BPMNPlane"), id=self.ids("\0Plane"), bpmnElement=owner.get("id", "")
        )
        width = extent(self.b.nodes, self.b.stages)
        self.near = index(_rect(n) for n in self.b.nodes)
        if self.b.lanes:
            bands = lane_bands(self.b.lanes)
            height = sum(ln.height for ln in self.b.lanes)
            self._shape(
                plane,
                self.ids("\0Participant"),
                (-2 * LANE_HEADER, 0.0, width + 2 * LANE_HEADER, height),
                True,
            )
            for lane, band in zip(self.b.lanes, bands, strict=True):
                self._shape(
                    plane, self.ids(lane.id), (-LANE_HEADER, band.start, width + LANE_HEADER, band.size), True
                )
        for node in self.b.nodes:
            self._shape(plane, self.ids(node.id), (node.x, node.y, node.width, node.height))
        for boundary_id, node, _target, _flow in self.boundaries:
            box = (
                node.x + node.width - BOUNDARY - 4,
                node.y + node.height - BOUNDARY / 2,
                BOUNDARY,
                BOUNDARY,
            )
            self._shape(plane, boundary_id, box)
        for edge in self.b.edges:
            if edge.source in self.nodes and edge.target in self.nodes:
                self._edge_shape(
                    plane, self.ids(edge.id), self.nodes[edge.source], self.nodes[edge.target], edge.waypoints
                )
        for _boundary_id, node, target, flow_id in self.boundaries:
            start = (node.x + node.width - BOUNDARY / 2 - 4, node.y + node.height + BOUNDARY / 2)
            self._edge_shape(plane, flow_id, None, self.nodes[target], [], start)

    def _shape(
        self, plane: ET.Element, ref: str, box: tuple[float, float, float, float], horizontal: bool = False
    ) -> None:
        attrs = {"id": self.ids(f"\0shape {ref}"), "bpmnElement": ref}
        if horizontal:
            attrs["isHorizontal"] = "true"
        shape = ET.SubElement(plane, q(BPMNDI, "BPMNShape"), attrs)
        x, y, w, h = box
        ET.SubElement(shape, q(DC, "Bounds"), x=number(x), y=number(y), width=number(w), height=number(h))

    def _edge_shape(
        self,
        plane: ET.Element,
        ref: str,
        source: Any,
        target: Any,
        bends: list[tuple[float, float]],
        start: tuple[float, float] | None = None,
    ) -> None:
        shape = ET.SubElement(plane, q(BPMNDI, "BPMNEdge"), id=self.ids(f"\0edge {ref}"), bpmnElement=ref)
        if start is None and bends:
            # the user's bends as they are, so that importing the file gives them back
            inner = [(float(x), float(y)) for x, y in bends]
            points = [_border(source, inner[0]), *inner, _border(target, inner[-1])]
        elif start is None:
            # the route the canvas and the PDF draw: orthogonal, around the nodes in the way
            points = route(_rect(source), _rect(target), self.near)
        else:
            points = [start, _border(target, start)]
        for x, y in points:
            ET.SubElement(shape, q(DI, "waypoint"), x=number(x), y=number(y))

    # ------------------------------------------------------------ BPSim
    def _bpsim(self) -> None:
        relationship = ET.SubElement(self.root, q(BPMN, "relationship"), type="BPSimData")
        holder = ET.SubElement(relationship, q(BPMN, "extensionElements"))
        data = ET.SubElement(holder, q(BPSIM, "BPSimData"))
        scenario = ET.SubElement(
            data, q(BPSIM, "Scenario"), id="default", name="Blueprint Studio", author="Blueprint Studio"
        )
        self._scenario_parameters(scenario)
        for node in self.b.nodes:
            self._node_parameters(scenario, node)
        for edge in self.b.edges:
            if (
                edge.kind == "flow"
                and edge.probability is not None
                and edge.source in self.nodes
                and edge.target in self.nodes
            ):
                params = ET.SubElement(scenario, q(BPSIM, "ElementParameters"), elementRef=self.ids(edge.id))
                control = ET.SubElement(params, q(BPSIM, "ControlParameters"))
                probability = ET.SubElement(control, q(BPSIM, "Probability"))
                ET.SubElement(probability, q(BPSIM, "FloatingParameter"), value=number(edge.probability))
        for pool in self.b.all_pools():
            params = ET.SubElement(scenario, q(BPSIM, "ElementParameters"), elementRef=self.ids(pool.id))
            resource = ET.SubElement(params, q(BPSIM, "ResourceParameters"))
            quantity = ET.SubElement(resource, q(BPSIM, "Quantity"))
            ET.SubElement(quantity, q(BPSIM, "NumericParameter"), value=str(pool.agents))
            cost = ET.SubElement(ET.SubElement(params, q(BPSIM, "CostParameters")), q(BPSIM, "UnitCost"))
            ET.SubElement(cost, q(BPSIM, "FloatingParameter"), value=number(pool.cost_per_hour / 60.0))
        for ref in (self.ids("\0Definitions"),):
            ET.SubElement(relationship, q(BPMN, "source")).text = ref
            ET.SubElement(relationship, q(BPMN, "target")).text = ref

    def _scenario_parameters(self, scenario: ET.Element) -> None:
        """The first scenario's run (horizon, warm-up, replications, seed) for BPSim tools."""
        settings = ET.SubElement(scenario, q(BPSIM, "ScenarioParameters"), baseTimeUnit="min")
        if not self.b.scenarios:
            return
        first = self.b.scenarios[0]
        scenario.set("name", first.name or "Blueprint Studio")
        settings.set("replication", str(first.replications))
        settings.set("seed", str(first.seed))
        if first.horizon_days is not None:
            duration = ET.SubElement(settings, q(BPSIM, "Duration"))
            ET.SubElement(duration, q(BPSIM, "FloatingParameter"), value=number(first.horizon_days * 1_440))
            if first.warmup_days:
                warmup = ET.SubElement(settings, q(BPSIM, "Warmup"))
                ET.SubElement(warmup, q(BPSIM, "FloatingParameter"), value=number(first.warmup_days * 1_440))

    def _node_parameters(self, scenario: ET.Element, node: Any) -> None:
        time_kind, distribution = None, None
        if node.kind == "intake" and (node.interarrival is not None or node.rate_per_hour > 0):
            time_kind = "InterTriggerTimer"
            distribution = node.interarrival
            if distribution is None:
                distribution = Exponential(mean=60.0 / node.rate_per_hour)
        elif node.kind == "step":
            time_kind, distribution = "ProcessingTime", node.duration
        elif node.kind == "wait":
            time_kind, distribution = "ProcessingTime", node.response_time
        pool = (
            (node.pool or self.lane_pool.get(node.lane or ""))
            if node.kind == "step" and node.performer == "agent"
            else None
        )
        if time_kind is None and pool is None:
            return
        params = ET.SubElement(scenario, q(BPSIM, "ElementParameters"), elementRef=self.ids(node.id))
        if time_kind is not None:
            time = ET.SubElement(ET.SubElement(params, q(BPSIM, "TimeParameters")), q(BPSIM, time_kind))
            distribution_element(time, distribution)
        if pool is not None:
            selection = ET.SubElement(
                ET.SubElement(params, q(BPSIM, "ResourceParameters")), q(BPSIM, "Selection")
            )
            ET.SubElement(
                selection, q(BPSIM, "ExpressionParameter"), value=f"getResource('{self.ids(pool)}', 1)"
            )


def _extra(element: ET.Element, item: Any, covered: set[str] | frozenset[str] = frozenset()) -> None:
    """What BPMN has no place for (SLA flags, rules, actions, guards), as JSON in our namespace."""
    extra = _changed(item, set(COVERED) | set(covered))
    if extra:
        holder = ET.SubElement(element, q(BPMN, "extensionElements"))
        ET.SubElement(holder, q(BS, "extra")).text = json.dumps(extra, ensure_ascii=False, sort_keys=True)


def _changed(item: Any, leave_out: set[str]) -> dict[str, Any]:
    """The item's fields that differ from their defaults, whole (a nested element keeps its
    'kind', which pydantic's exclude_defaults would drop), as JSON values."""
    fields = type(item).model_fields
    changed = {k for k in fields if k not in leave_out and getattr(item, k) != fields[k].get_default()}
    return item.model_dump(mode="json", include=changed) if changed else {}


def _artifacts_last(process: ET.Element) -> None:
    """BPMN's schema wants a process's flow elements first, then its artifacts (annotations and
    associations): some modellers validate against it."""
    artifacts = [el for el in process if el.tag in (q(BPMN, "textAnnotation"), q(BPMN, "association"))]
    for element in artifacts:
        process.remove(element)
        process.append(element)


def _rect(node: Any) -> Rect:
    return Rect(node.x, node.y, node.width, node.height)


def _border(node: Any, towards: tuple[float, float]) -> tuple[float, float]:
    """Where the line from the node's centre towards a point leaves its box."""
    cx, cy = node.x + node.width / 2, node.y + node.height / 2
    dx, dy = towards[0] - cx, towards[1] - cy
    if dx == 0 and dy == 0:
        return cx, cy
    sx = (node.width / 2) / abs(dx) if dx else float("inf")
    sy = (node.height / 2) / abs(dy) if dy else float("inf")
    s = min(sx, sy, 1.0)
    return cx + dx * s, cy + dy * s


def write(blueprint: Blueprint) -> bytes:
    """The blueprint as a BPMN 2.0 file (UTF-8 bytes)."""
    return _Writer(blueprint).write()


def write_file(blueprint: Blueprint, path: str | os.PathLike[str]) -> None:
    """Write the BPMN file atomically (a temporary file beside it, then a rename): on failure the
    file on disk is as it was. Like a blueprint's save, a symbolic link stays a link and the file
    gets the permissions of the one it replaces (or the usual ones for a new file), not
    mkstemp's 0600. Raises SaveError."""
    target = write_target(Path(path))
    payload = write(blueprint)
    temporary = ""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        match_permissions(temporary, target)
        os.replace(temporary, target)
        temporary = ""
    except OSError as exc:
        code, reason = os_reason(exc)
        raise SaveError(Path(path).name, reason, code) from None
    finally:
        if temporary:
            try:
                os.unlink(temporary)
            except OSError:
                pass
