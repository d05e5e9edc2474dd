"""What a parsed BPMN file offers before anything is mapped: elements by id, the diagram's shapes
and edges (BPMN DI), the BPSim parameters of each element, and the processes with their
participants and lanes. Read-only views of the tree; no blueprint is built here.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET  # noqa: S405 - walking a tree parsed by safe_xml
from dataclasses import dataclass, field
from typing import Any

from blueprint_studio.model.bpmn.bpsim import Reader
from blueprint_studio.model.bpmn.names import BPMN, BPMNDI, BPSIM, BS, local, q
from blueprint_studio.model.schema import TicketField

Bounds = tuple[float, float, float, float]
_GET_RESOURCE = re.compile(r"getResource\s*\(\s*['\"]([^'\"]+)['\"]")


def _float(text: str | None, default: float = 0.0) -> float:
    try:
        value = float(text) if text is not None else default
    except ValueError:
        return default
    return value if abs(value) < 1e7 else default


def text_of(element: ET.Element | None) -> str:
    return "".join(element.itertext()).strip() if element is not None else ""


def name_of(element: ET.Element | None) -> str:
    """An element's name on one line (modellers break long names with newlines)."""
    if element is None:
        return ""
    return re.sub(r"[ \t\r\n]+", " ", element.get("name") or "").strip()[:500]


@dataclass
class LaneSource:
    element: ET.Element | None  # the lane, or the participant that stands for one
    title: str
    refs: set[str]
    bounds: Bounds | None
    kind: str = ""  # from our extension attribute, when the file was written by us


@dataclass
class Sources:
    root: ET.Element
    by_id: dict[str, ET.Element] = field(default_factory=dict)
    shapes: dict[str, Bounds] = field(default_factory=dict)
    edges: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    params: dict[str, list[ET.Element]] = field(default_factory=dict)
    bpsim: Reader = field(default_factory=Reader)
    processes: list[ET.Element] = field(default_factory=list)
    participants: list[tuple[ET.Element | None, ET.Element | None]] = field(default_factory=list)
    message_flows: list[ET.Element] = field(default_factory=list)
    scenario: ET.Element | None = None  # the first BPSim scenario

    @classmethod
    def of(cls, root: ET.Element) -> Sources:
        s = cls(root)
        for element in root.iter():
            key = element.get("id")
            if key and key not in s.by_id:
                s.by_id[key] = element
        s._read_diagram()
        s._read_bpsim()
        s.processes = root.findall(q(BPMN, "process"))
        by_process = {p.get("id"): p for p in s.processes}
        for collaboration in root.findall(q(BPMN, "collaboration")):
            for participant in collaboration.findall(q(BPMN, "participant")):
                s.participants.append((participant, by_process.get(participant.get("processRef", ""))))
            s.message_flows.extend(collaboration.findall(q(BPMN, "messageFlow")))
        shown = {id(p) for _, p in s.participants if p is not None}
        s.participants.extend((None, p) for p in s.processes if id(p) not in shown)
        return s

    def _read_diagram(self) -> None:
        for shape in self.root.iter(q(BPMNDI, "BPMNShape")):
            ref = shape.get("bpmnElement", "")
            bounds = next((b for b in shape if local(b.tag) == "Bounds"), None)
            if ref and bounds is not None and ref not in self.shapes:
                self.shapes[ref] = (
                    _float(bounds.get("x")),
                    _float(bounds.get("y")),
                    max(_float(bounds.get("width"), 100.0), 1.0),
                    max(_float(bounds.get("height"), 80.0), 1.0),
                )
        for edge in self.root.iter(q(BPMNDI, "BPMNEdge")):
            ref = edge.get("bpmnElement", "")
            points = [(_float(p.get("x")), _float(p.get("y"))) for p in edge if local(p.tag) == "waypoint"]
            if ref and ref not in self.edges:
                self.edges[ref] = points

    def _read_bpsim(self) -> None:
        scenario = next(self.root.iter(q(BPSIM, "Scenario")), None)
        if scenario is None:
            return
        settings = scenario.find(q(BPSIM, "ScenarioParameters"))
        self.bpsim = Reader(settings.get("baseTimeUnit", "min") if settings is not None else "min")
        self.scenario = scenario
        for element in scenario.findall(q(BPSIM, "ElementParameters")):
            self.params.setdefault(element.get("elementRef", ""), []).append(element)

    # ------------------------------------------------------------ BPSim look-ups
    def parameter(self, element_id: str, group: str, name: str) -> ET.Element | None:
        """e.g. parameter(task, 'TimeParameters', 'ProcessingTime')."""
        for holder in self.params.get(element_id, ()):
            found = holder.find(f"{q(BPSIM, group)}/{q(BPSIM, name)}")
            if found is not None:
                return found
        return None

    def resource_of(self, element: ET.Element) -> str | None:
        """The resource a task uses: BPSim's selection, else BPMN's performer."""
        selection = self.parameter(element.get("id", ""), "ResourceParameters", "Selection")
        if selection is not None:
            for value in selection.iter():
                match = _GET_RESOURCE.search(value.get("value", "") or value.text or "")
                if match:
                    return match.group(1)
        for child in element:
            if local(child.tag) in ("performer", "humanPerformer", "potentialOwner"):
                ref = child.find(q(BPMN, "resourceRef"))
                if ref is not None and text_of(ref):
                    return text_of(ref)
        return None

    def simulation(self) -> dict[str, Any]:
        """The run the BPSim scenario describes, as a blueprint scenario's fields (none given:
        empty): its name, duration and warm-up in days, replications and seed."""
        if self.scenario is None:
            return {}
        settings = self.scenario.find(q(BPSIM, "ScenarioParameters"))
        if settings is None:
            return {}
        found: dict[str, Any] = {}
        duration = self.bpsim.first_value(settings.find(q(BPSIM, "Duration")), time=True)
        warmup = self.bpsim.first_value(settings.find(q(BPSIM, "Warmup")), time=True)
        if duration and 0 < duration / 1_440 <= 3_650:
            found["horizon_days"] = round(duration / 1_440, 6)
            if warmup and 0 < warmup < duration:
                found["warmup_days"] = round(warmup / 1_440, 6)
        for attribute, key, high in (("replication", "replications", 10_000), ("seed", "seed", 2**63 - 1)):
            value = _float(settings.get(attribute), -1.0)
            if value >= (1 if key == "replications" else 0):
                found[key] = int(min(value, high))
        if found:
            found["name"] = (self.scenario.get("name") or "BPSim")[:500]
        return found

    # ------------------------------------------------------------ ticket fields
    def ticket_fields(self) -> list[TicketField]:
        """The ticket fields the document declares: ours (written by `write`), and the choice and
        yes/no form fields of Camunda-style modellers."""
        found: dict[str, TicketField] = {}
        for holder in self.root.iter(q(BS, "ticketFields")):
            try:
                items = json.loads(text_of(holder))
            except ValueError:
                continue
            for item in items if isinstance(items, list) else ():
                try:
                    ticket_field = TicketField.model_validate(item)
                except ValueError:
                    continue
                found.setdefault(ticket_field.name, ticket_field)
        for form_field in self.root.iter():
            if local(form_field.tag) != "formField":
                continue
            name, kind = form_field.get("id", ""), form_field.get("type", "")
            values = [v.get("id", "") for v in form_field if local(v.tag) == "value" and v.get("id")]
            try:
                if kind == "enum" and values:
                    ticket_field = TicketField(
                        name=name,
                        label=form_field.get("label", "") or name,
                        values=list(dict.fromkeys(values)),
                    )
                elif kind == "boolean":
                    ticket_field = TicketField(
                        name=name, label=form_field.get("label", "") or name, type="boolean"
                    )
                else:
                    continue
            except ValueError:
                continue
            found.setdefault(name, ticket_field)
        return list(found.values())

    def document_parts(self) -> dict[str, Any]:
        """What Blueprint Studio wrote of the document besides the flow (SLA policies, scenarios,
        calendars, cards, stages, title block), when it wrote the file."""
        for holder in self.root.iter(q(BS, "document")):
            try:
                found = json.loads(text_of(holder))
            except ValueError:
                return {}
            return found if isinstance(found, dict) else {}
        return {}

    # ------------------------------------------------------------ lanes
    def lanes(self) -> list[LaneSource]:
        """Leaf lanes of every process, or the participants that have none; top to bottom."""
        lanes: list[LaneSource] = []
        several = len(self.participants) > 1
        for participant, process in self.participants:
            leaves = _leaf_lanes(process) if process is not None else []
            if leaves:
                for lane in leaves:
                    refs = {text_of(r) for r in lane.findall(q(BPMN, "flowNodeRef"))}
                    lanes.append(
                        LaneSource(
                            lane,
                            name_of(lane),
                            refs,
                            self.shapes.get(lane.get("id", "")),
                            lane.get(q(BS, "kind"), ""),
                        )
                    )
            elif participant is not None and (several or participant.get("id", "") in self.shapes):
                refs = {c.get("id", "") for c in process} if process is not None else set()
                lanes.append(
                    LaneSource(
                        participant,
                        name_of(participant),
                        refs,
                        self.shapes.get(participant.get("id", "")),
                        participant.get(q(BS, "kind"), ""),
                    )
                )
        if lanes and all(lane.bounds is not None for lane in lanes):
            lanes.sort(key=lambda lane: (lane.bounds[1], lane.bounds[0]))  # type: ignore[index]
        return lanes

    def participant_bounds(self) -> list[Bounds]:
        return [
            self.shapes[p.get("id", "")]
            for p, _ in self.participants
            if p is not None and p.get("id", "") in self.shapes
        ]


def _leaf_lanes(process: ET.Element) -> list[ET.Element]:
    leaves: list[ET.Element] = []

    def walk(lane_set: ET.Element) -> None:
        for lane in lane_set.findall(q(BPMN, "lane")):
            child = lane.find(q(BPMN, "childLaneSet"))
            if child is not None and child.findall(q(BPMN, "lane")):
                walk(child)
            else:
                leaves.append(lane)

    for lane_set in process.findall(q(BPMN, "laneSet")):
        walk(lane_set)
    return leaves
