"""The flow of a BPMN file as blueprint nodes and edges: each flow element mapped to a node kind,
sequence flows to edges with their rules (translated conditions, BPSim shares or equal shares),
boundary timers to time limits, associations to association edges. Reports through `note`.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET  # noqa: S405 - walking a tree parsed by safe_xml
from collections.abc import Callable
from typing import Any

from blueprint_studio.model.bpmn import guess
from blueprint_studio.model.bpmn.bpsim import iso_minutes
from blueprint_studio.model.bpmn.names import BPMN, BS, IdMaker, local, q
from blueprint_studio.model.bpmn.sources import Bounds, Sources, name_of, text_of
from blueprint_studio.model.schema import MAX_TEXT, NODE_CLASSES, Edge, Exponential, Fixed, TicketField
from blueprint_studio.model.sim.distributions import mean_of

TASKS = {"task", "userTask", "manualTask", "serviceTask", "scriptTask", "sendTask", "businessRuleTask"}
SYSTEM_TASKS = {"serviceTask", "scriptTask", "sendTask", "businessRuleTask"}
SUB_PROCESSES = {"subProcess", "callActivity", "transaction", "adHocSubProcess"}
GATEWAYS = {"exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway"}
EVENTS = {"intermediateCatchEvent", "intermediateThrowEvent"}
SKIPPED = {
    "laneSet",
    "extensionElements",
    "documentation",
    "ioSpecification",
    "property",
    "dataObject",
    "sequenceFlow",
    "association",
    "boundaryEvent",
    "category",
}
# What the standard BPMN and BPSim parts carry; the rest may come from our `bs:extra` element.
COVERED = frozenset(
    {
        "id",
        "kind",
        "title",
        "lane",
        "x",
        "y",
        "width",
        "height",
        "duration",
        "performer",
        "channel",
        "rate_per_hour",
        "interarrival",
        "outcome",
        "guidance",
        "description",
        "question",
        "text",
        "p_response",
        "p_satisfied",
        "response_time",
        "time_limit",
        "escalate_to",
        "timeout",
        "timeout_target",
        "pool",
        "source",
        "target",
        "label",
        "condition",
        "probability",
        "default",
        "waypoints",
    }
)
DEFAULT_DURATION = 10.0  # minutes, when BPSim gives a step none
DEFAULT_RATE = 1.0  # tickets per hour, when BPSim gives an intake none
Note = Callable[..., None]


def _definitions(element: ET.Element) -> set[str]:
    return {local(c.tag) for c in element if local(c.tag).endswith("EventDefinition")}


class FlowImporter:
    def __init__(self, sources: Sources, ids: IdMaker, fields: list[TicketField], note: Note) -> None:
        self.s = sources
        self.ids = ids
        self.fields = fields
        self.note = note
        self.nodes: dict[str, dict[str, Any]] = {}  # our id -> the node's fields
        self.origin: dict[str, str] = {}  # our id -> BPMN id
        self.bounds: dict[str, Bounds] = {}  # our id -> BPMN DI bounds
        self.node_of: dict[str, str] = {}  # BPMN id -> our id
        self.edges: list[dict[str, Any]] = []
        self.flows: list[ET.Element] = []
        self.boundaries: list[ET.Element] = []
        self.associations: list[tuple[str, str, str]] = []  # BPMN source, target, own id or ""
        self.kinds: dict[str, str] = {}  # our id -> BPMN element name
        self.defaults: set[str] = set()  # BPMN ids of default flows
        self.to_ours: Callable[..., tuple[float, float]] = lambda x, y, index=None: (x, y)
        self.without_duration: list[str] = []
        self.lane_of: dict[str, str] = {}  # BPMN lane or participant -> our lane
        self.timers: set[str] = set()  # our ids of the steps made of intermediate timers
        self.dropped: set[str] = set()  # our ids of nodes merged into others (their notes go)

    # ------------------------------------------------------------ nodes
    def read_processes(self) -> None:
        for process in self.s.processes:
            for element in process:
                self._element(element)
            for parent in process.iter():
                for element in parent:
                    if local(element.tag) in ("dataInputAssociation", "dataOutputAssociation"):
                        self._data_association(element, parent.get("id", ""))
        if self.without_duration:
            self.note("bpmn_no_durations", tuple(self.without_duration), count=len(self.without_duration))

    def _add(self, element: ET.Element, kind: str, **fields: Any) -> str:
        bpmn_id = element.get("id") or f"{kind}_{len(self.nodes) + 1}"
        key = self.ids.claim(bpmn_id)
        documentation = text_of(element.find(q(BPMN, "documentation")))[:MAX_TEXT]
        node: dict[str, Any] = {"kind": kind, "id": key, "title": name_of(element), **fields}
        if documentation:
            slot = {"step": "guidance", "evidence": "description", "decision": "question"}.get(kind)
            if slot == "question":
                documentation = re.sub(r"[ \t\r\n]+", " ", documentation).strip()[:500]
            if slot:
                node[slot] = documentation
        self.nodes[key] = node
        self.origin[key] = bpmn_id
        self.node_of.setdefault(bpmn_id, key)  # a second element with the same id: not a target
        self.kinds[key] = local(element.tag)
        if bpmn_id in self.s.shapes:
            self.bounds[key] = self.s.shapes[bpmn_id]
        if element.get("default"):
            self.defaults.add(element.get("default", ""))
        node["_extra"] = _extra(element)
        return key

    def _element(self, el: ET.Element) -> None:
        name = local(el.tag)
        ours = el.get(q(BS, "kind"))
        if name in SKIPPED or not name:
            if name == "sequenceFlow":
                self.flows.append(el)
            elif name == "boundaryEvent":
                self.boundaries.append(el)
            elif name == "association":
                self.associations.append((el.get("sourceRef", ""), el.get("targetRef", ""), el.get("id", "")))
            return
        if ours in ("satisfaction", "roadmap"):
            self._ours(el, ours)
        elif name == "startEvent":
            self._intake(el)
        elif name == "endEvent":
            outcome = el.get(q(BS, "outcome"), "")
            if outcome not in ("resolved", "closed", "abandoned", "rejected"):
                outcome = guess.outcome(name_of(el))
            self._add(el, "end", outcome=outcome)
        elif name in TASKS:
            self._step(el, name)
        elif name == "receiveTask":
            self._wait(el)
        elif name in SUB_PROCESSES:
            key = self._step(el, name)
            inner = [c for c in el.iter() if c is not el and local(c.tag) not in SKIPPED and c.get("id")]
            self.note("bpmn_subprocess", (key,), count=len(inner))
        elif name in GATEWAYS:
            self._add(el, "decision")
        elif name == "intermediateCatchEvent" and "messageEventDefinition" in _definitions(el):
            self._wait(el)
        elif name == "intermediateCatchEvent" and "timerEventDefinition" in _definitions(el):
            minutes = iso_minutes(text_of(el.find(f".//{q(BPMN, 'timeDuration')}"))) or 0.0
            key = self._add(el, "step", performer="system", duration=Fixed(value=minutes))
            self.timers.add(key)
            self.note("bpmn_timer_wait", (key,), minutes=minutes)
        elif name in EVENTS or name.endswith("Event"):
            key = self._add(el, "step", performer="system", duration=Fixed(value=0.0))
            self.note("bpmn_passthrough", (key,))
        elif name in ("dataObjectReference", "dataStoreReference"):
            self._add(el, "evidence")
        elif name == "textAnnotation":
            self._add(el, "note", text=text_of(el.find(q(BPMN, "text")))[:20_000])
        elif name == "group":
            self.note("bpmn_group", (), name=name_of(el) or _category_name(self.s, el))
        elif el.get("id") and (el.find(q(BPMN, "incoming")) is not None or el.get("id") in self.s.shapes):
            key = self._add(el, "step", performer="system", duration=Fixed(value=0.0))
            self.note("bpmn_passthrough", (key,))

    def _ours(self, el: ET.Element, kind: str) -> None:
        if kind == "satisfaction":
            p = _fraction(el.get(q(BS, "pSatisfied")))
            self._add(el, "satisfaction", **({"p_satisfied": p} if p is not None else {}))
        else:
            self._add(el, "roadmap")

    def _intake(self, el: ET.Element) -> None:
        bpmn_id = el.get("id", "")
        timer = self.s.parameter(bpmn_id, "TimeParameters", "InterTriggerTimer")
        distribution, approximated = self.s.bpsim.distribution(timer)
        if distribution is None:  # a timer start event repeating every so often: as often
            cycle = text_of(el.find(f".//{q(BPMN, 'timeCycle')}"))
            every = iso_minutes(cycle.rsplit("/", 1)[-1]) if cycle.upper().startswith("R") else None
            distribution = Fixed(value=every) if every else None
        fields: dict[str, Any] = {"channel": el.get(q(BS, "channel")) or guess.channel(name_of(el))}
        if fields["channel"] not in ("email", "phone", "chat", "portal", "other"):
            fields["channel"] = "other"
        mean = mean_of(distribution) if distribution is not None else None
        if distribution is not None and mean:
            fields["rate_per_hour"] = round(60.0 / mean, 9)  # 60 / (60 / 1.46) is 1.4599999999999997
            if distribution.kind != "exponential":
                fields["interarrival"] = distribution
        key = self._add(el, "intake", **fields)
        if distribution is None or not mean:
            self.nodes[key]["rate_per_hour"] = DEFAULT_RATE
            self.note("bpmn_no_arrivals", (key,), rate=DEFAULT_RATE)
        if approximated and distribution is not None:
            self.note("bpmn_distribution_approximated", (key,), distribution=approximated)

    def _duration(self, el: ET.Element, name: str = "ProcessingTime") -> tuple[Any, str]:
        holder = self.s.parameter(el.get("id", ""), "TimeParameters", name)
        return self.s.bpsim.distribution(holder)

    def _step(self, el: ET.Element, name: str) -> str:
        performer = el.get(q(BS, "performer"))
        if performer not in ("agent", "system", "customer"):
            performer = "system" if name in SYSTEM_TASKS else "agent"
        distribution, approximated = self._duration(el)
        fields: dict[str, Any] = {"performer": performer, "resource": self.s.resource_of(el)}
        if distribution is not None:
            fields["duration"] = distribution
        key = self._add(el, "step", **fields)
        if distribution is None:
            self.nodes[key]["duration"] = Exponential(mean=DEFAULT_DURATION)
            if performer == "agent":
                self.without_duration.append(key)
        if approximated and distribution is not None:
            self.note("bpmn_distribution_approximated", (key,), distribution=approximated)
        return key

    def _wait(self, el: ET.Element) -> None:
        distribution, approximated = self._duration(el)
        if distribution is None:
            distribution, approximated = self._duration(el, "WaitTime")
        fields: dict[str, Any] = {}
        if distribution is not None:
            fields["response_time"] = distribution
        p = _fraction(el.get(q(BS, "pResponse")))
        if p is not None:
            fields["p_response"] = p
        key = self._add(el, "wait", **fields)
        if approximated and distribution is not None:
            self.note("bpmn_distribution_approximated", (key,), distribution=approximated)

    def _data_association(self, el: ET.Element, activity: str) -> None:
        """A task reading a data object (input) or producing one (output)."""
        source = text_of(el.find(q(BPMN, "sourceRef")))
        target = text_of(el.find(q(BPMN, "targetRef")))
        if local(el.tag) == "dataInputAssociation" and source and activity:
            self.associations.append((source, activity, ""))
        elif target and activity:
            self.associations.append((activity, target, ""))

    # ------------------------------------------------------------ layout of what DI left out
    def lay_out_missing(self, lane_ids: list[str], tops: list[float], heights: list[float]) -> None:
        """Nodes without a shape: in a row after the others, in their lane's middle."""
        right = max((n["x"] + n["width"] for k, n in self.nodes.items() if k in self.bounds), default=40.0)
        row = 0
        for key, node in self.nodes.items():
            if key in self.bounds:
                continue
            right += 60.0
            node["x"] = right
            right += 140.0
            if node.get("lane") in lane_ids:
                i = lane_ids.index(node["lane"])
                node["y"] = tops[i] + max(heights[i] / 2 - 35.0, 5.0)
            else:
                node["y"] = 40.0 + 100.0 * (row % 3)
                row += 1

    # ------------------------------------------------------------ edges
    def connect(self) -> None:
        boundary_ids = {b.get("id", "") for b in self.boundaries}
        leaving: dict[str, list[ET.Element]] = {}
        for flow in self.flows:
            leaving.setdefault(flow.get("sourceRef", ""), []).append(flow)
        for boundary in self.boundaries:
            self._boundary(boundary, leaving.get(boundary.get("id", ""), []))
        by_source: dict[str, list[dict[str, Any]]] = {}
        for flow in self.flows:
            source, target = flow.get("sourceRef", ""), flow.get("targetRef", "")
            if source in boundary_ids:
                continue
            if source not in self.node_of or target not in self.node_of:
                self.note(
                    "bpmn_flow_left_out",
                    tuple(self.node_of[k] for k in (source, target) if k in self.node_of),
                )
                continue
            edge = {
                "id": self.ids.claim(flow.get("id") or "flow"),
                "source": self.node_of[source],
                "target": self.node_of[target],
                "label": name_of(flow),
                "waypoints": self._waypoints(flow),
                "_flow": flow,
            }
            self.edges.append(edge)
        self._waits_with_timeout()
        for made in self.edges:
            by_source.setdefault(str(made["source"]), []).append(made)
        for source, edges in by_source.items():
            self._rules(source, edges)
        self._associations()
        self._message_flows()

    def _waits_with_timeout(self) -> None:
        """An event-based gateway between a message (the customer's reply) and a timer is what a
        blueprint calls a wait with a timeout: the three become that wait."""
        leaving: dict[str, list[dict[str, Any]]] = {}
        arriving: dict[str, list[dict[str, Any]]] = {}
        for edge in self.edges:
            leaving.setdefault(edge["source"], []).append(edge)
            arriving.setdefault(edge["target"], []).append(edge)
        for gate, kind in list(self.kinds.items()):
            branches = leaving.get(gate, [])
            if kind != "eventBasedGateway" or len(branches) != 2:
                continue
            ends = [self.nodes[e["target"]] for e in branches]
            wait = next((n for n in ends if n["kind"] == "wait"), None)
            timer = next((n for n in ends if n["kind"] == "step" and self.kinds[n["id"]] in EVENTS), None)
            if wait is None or timer is None:
                continue
            after = leaving.get(timer["id"], [])
            minutes = getattr(timer.get("duration"), "value", 0.0)
            lone = len(arriving.get(wait["id"], [])) == len(arriving.get(timer["id"], [])) == 1
            if timer["id"] not in self.timers or len(after) != 1 or not lone or not minutes:
                continue
            wait.update(timeout=minutes, timeout_target=after[0]["target"])
            for edge in arriving.get(gate, []):
                edge["target"] = wait["id"]
            gone = [*branches, *after]
            self.edges = [e for e in self.edges if not any(e is g for g in gone)]
            for key in (gate, timer["id"]):
                del self.nodes[key]
                self.dropped.add(key)
            self.note("bpmn_wait_timeout", (wait["id"],), minutes=minutes)

    def _waypoints(self, flow: ET.Element | None) -> list[tuple[float, float]]:
        """The bends of a flow's diagram edge, in blueprint coordinates (none when we computed
        them on export: the blueprint routes its edges itself)."""
        if flow is None or flow.get(q(BS, "route")) == "auto":
            return []
        points = self.s.edges.get(flow.get("id", ""), [])[1:-1]
        found = []
        for x, y in points[:200]:
            ox, oy = self.to_ours(x, y)
            found.append((max(min(ox, 1e7), -1e7), max(min(oy, 1e7), -1e7)))
        return found

    def _boundary(self, boundary: ET.Element, flows: list[ET.Element]) -> None:
        attached = self.node_of.get(boundary.get("attachedToRef", ""))
        target = next((self.node_of.get(f.get("targetRef", "")) for f in flows), None)
        if attached is None:
            return
        node = self.nodes[attached]
        if "timerEventDefinition" not in _definitions(boundary):
            self.note("bpmn_boundary_event", (attached,), name=name_of(boundary))
            return
        minutes = iso_minutes(text_of(boundary.find(f".//{q(BPMN, 'timeDuration')}")))
        if not minutes or target is None or node["kind"] not in ("step", "wait"):
            self.note("bpmn_timer_unread", (attached,))
            return
        if node["kind"] == "step":
            node.update(time_limit=minutes, escalate_to=target)
        else:
            node.update(timeout=minutes, timeout_target=target)

    def _rules(self, source: str, edges: list[dict[str, Any]]) -> None:
        kind = self.kinds.get(source, "")
        defaults = [e for e in edges if e["_flow"].get("id") in self.defaults]
        texts = {e["id"]: text_of(e["_flow"].find(q(BPMN, "conditionExpression"))) for e in edges}
        conditioned = [e for e in edges if texts[e["id"]] and e not in defaults]
        if len(edges) <= 1 and not conditioned:
            if defaults:
                edges[0]["default"] = True
            return
        translated = {e["id"]: guess.condition(texts[e["id"]], self.fields) for e in conditioned}
        if conditioned and all(translated.values()):
            for e in conditioned:
                e["condition"] = translated[e["id"]]
            rest = [e for e in edges if e not in conditioned]
            if rest:
                (defaults or rest)[0]["default"] = True
            if kind == "inclusiveGateway" or kind == "complexGateway":
                self.note("bpmn_inclusive_gateway", (source,))
            return
        for e in conditioned:
            self.note("bpmn_condition_untranslated", (e["id"],), condition=texts[e["id"]][:200])
        split = kind == "parallelGateway" or (kind not in GATEWAYS and not conditioned)
        self._shares(source, edges, quiet=split)
        if split:
            self.note("bpmn_parallel_split", (source,), count=len(edges))
        elif kind in ("inclusiveGateway", "complexGateway"):
            self.note("bpmn_inclusive_gateway", (source,))
        elif kind == "eventBasedGateway":
            self.note("bpmn_event_gateway", (source,))

    def _shares(self, source: str, edges: list[dict[str, Any]], quiet: bool = False) -> None:
        """BPSim's probabilities of the branches, scaled to add up to 1; equal shares where it has
        none (said, unless `quiet`: a parallel split says so itself)."""
        found = {}
        for e in edges:
            holder = self.s.parameter(e["_flow"].get("id", ""), "ControlParameters", "Probability")
            value = self.s.bpsim.first_value(holder)
            if value is not None and value >= 0:
                found[e["id"]] = value
        total = sum(found.values())
        missing = [e for e in edges if e["id"] not in found]
        if not found or total <= 0:
            for e in edges:
                e["probability"] = 1.0 / len(edges)
            if not quiet:
                self.note("bpmn_equal_shares", (source,), count=len(edges))
            return
        if missing:
            rest = max(1.0 - total, 0.0) / len(missing)
            for e in missing:
                found[e["id"]] = rest
            self.note("bpmn_equal_shares", tuple(e["id"] for e in missing), count=len(missing))
            total = sum(found.values())
        if abs(total - 1.0) > 1e-6:
            self.note("bpmn_shares_normalised", (source,), total=total)
        for e in edges:
            e["probability"] = found[e["id"]] / total

    def _associations(self) -> None:
        seen = set()
        for source, target, key in self.associations:
            a, b = self.node_of.get(source), self.node_of.get(target)
            if a is None or b is None or (a, b) in seen:
                continue
            seen.add((a, b))
            edge_id = self.ids.claim(key) if key else self.ids.fresh(f"assoc_{a}_{b}"[:56])
            waypoints = self._waypoints(self.s.by_id.get(key)) if key else []
            self.edges.append(
                {"id": edge_id, "kind": "association", "source": a, "target": b, "waypoints": waypoints}
            )

    def _message_flows(self) -> None:
        for flow in self.s.message_flows:
            refs = (flow.get("sourceRef", ""), flow.get("targetRef", ""))
            found = (self.node_of.get(k) or self.lane_of.get(k) for k in refs)  # a task, or a pool
            ends = tuple(key for key in found if key)
            self.note("bpmn_message_flow", ends, name=name_of(flow))

    # ------------------------------------------------------------ results
    def resources(self) -> dict[str, dict[str, Any]]:
        """BPSim's resources (and BPMN's resource elements): name, agents, cost per hour."""
        found: dict[str, dict[str, Any]] = {}
        for element in self.s.root.findall(q(BPMN, "resource")):
            found[element.get("id", "")] = {"name": name_of(element), "extra": _extra(element)}
        for ref in self.s.params:
            quantity = self.s.bpsim.first_value(self.s.parameter(ref, "ResourceParameters", "Quantity"))
            cost = self.s.bpsim.first_value(self.s.parameter(ref, "CostParameters", "UnitCost"))
            if quantity is None and cost is None:
                continue
            entry = found.setdefault(ref, {"name": name_of(self.s.by_id.get(ref))})
            if quantity is not None:
                entry["agents"] = quantity
            if cost is not None:
                entry["cost_per_hour"] = cost * 60.0 / self.s.bpsim.scale
        return found

    def agent_steps(self) -> list[dict[str, Any]]:
        return [n for n in self.nodes.values() if n["kind"] == "step" and n.get("performer") == "agent"]

    def built_nodes(self) -> list[Any]:
        return [_built(NODE_CLASSES[n["kind"]], n) for n in self.nodes.values()]

    def built_edges(self) -> list[Edge]:
        for edge in self.edges:
            if "_flow" in edge:
                edge["_extra"] = _extra(edge["_flow"])
        return [_built(Edge, e) for e in self.edges]


def _extra(element: ET.Element) -> dict[str, Any]:
    """What Blueprint Studio wrote for itself (rules, actions, SLA flags), when it did."""
    holder = element.find(f"{q(BPMN, 'extensionElements')}/{q(BS, 'extra')}")
    if holder is None:
        return {}
    try:
        found = json.loads(text_of(holder))
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _built(cls: Any, fields: dict[str, Any]) -> Any:
    """The element with what the BPMN said, and what our extension adds when it fits."""
    own = {k: v for k, v in fields.items() if not k.startswith("_") and k != "resource"}
    extra = {
        k: v
        for k, v in fields.get("_extra", {}).items()
        if k in cls.model_fields and k not in own and k not in COVERED
    }
    if extra:
        try:
            return cls(**own, **extra)
        except ValueError:
            pass
    return cls(**own)


def _fraction(text: str | None) -> float | None:
    try:
        value = float(text) if text is not None else None
    except ValueError:
        return None
    return value if value is not None and 0.0 <= value <= 1.0 else None


def _category_name(sources: Sources, group: ET.Element) -> str:
    value = sources.by_id.get(group.get("categoryValueRef", ""))
    return (value.get("value") or "") if value is not None else ""
