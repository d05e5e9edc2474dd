"""BPMN 2.0 export (model/bpmn): the file has the structure BPMN modellers read (definitions,
process, lane set, sequence flows with existing ends, a diagram with a shape and bounds for every
element and an edge with waypoints for every flow, BPSim data), and every bundled template
exported and imported again is the same flow: same nodes, edges, rules, shares, rates, durations,
lanes, pools and layout."""

from __future__ import annotations

import os
import re
import stat
import xml.etree.ElementTree as ET

import pytest

from blueprint_studio import resources
from blueprint_studio.model.bpmn import read, write, write_file
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.validation import validate

BPMN = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
BPMNDI = "{http://www.omg.org/spec/BPMN/20100524/DI}"
DC = "{http://www.omg.org/spec/DD/20100524/DC}"
DI = "{http://www.omg.org/spec/DD/20100524/DI}"
BPSIM = "{http://www.bpsim.org/schemas/1.0}"
BS = "{https://blueprint-studio.org/schema/bpmn/1}"
NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
FLOW_NODES = {
    "startEvent",
    "endEvent",
    "userTask",
    "serviceTask",
    "manualTask",
    "sendTask",
    "receiveTask",
    "exclusiveGateway",
    "intermediateCatchEvent",
    "boundaryEvent",
}

TEMPLATES = [(name, language) for name in resources.template_names() for language in resources.LANGUAGES]


def template(name: str, language: str):
    return load(resources.template_path(name, language))


@pytest.mark.parametrize("name, language", TEMPLATES)
def test_every_template_comes_back_as_the_same_flow(name, language):
    original = template(name, language)
    back, notes = read(write(original))
    assert notes == []  # nothing guessed: what BPMN has no word for rode along
    assert [d.code for d in validate(back) if d.is_error] == []
    assert back.meta.title == original.meta.title and back.meta.language == original.meta.language
    assert [(n.id, n.kind, n.title, n.lane) for n in back.nodes] == [
        (n.id, n.kind, n.title, n.lane) for n in original.nodes
    ]
    for ours, theirs in zip(back.nodes, original.nodes, strict=True):
        assert (ours.x, ours.y, ours.width, ours.height) == (theirs.x, theirs.y, theirs.width, theirs.height)
        assert ours == theirs, ours.id  # every field, rates and durations included
    assert {e.id: e for e in back.edges} == {e.id: e for e in original.edges}
    assert back.lanes == original.lanes  # kinds, titles, heights, pools (agents, cost, shifts)
    assert back.pools == original.pools and back.fields == original.fields


@pytest.mark.parametrize("name, language", TEMPLATES)
def test_the_standard_parts_alone_give_the_same_flow(name, language):
    """Without our own extension (as a modeller that drops unknown elements would save it), BPMN
    and BPSim still carry the kinds, titles, edges, shares, rates and durations."""
    original = template(name, language)
    data = re.sub(
        rb"<bpmn:extensionElements>\s*<bs:extra>.*?</bs:extra>\s*</bpmn:extensionElements>",
        b"",
        write(original),
        flags=re.S,
    )
    back, _ = read(data)
    assert [(n.id, n.kind, n.title) for n in back.nodes] == [(n.id, n.kind, n.title) for n in original.nodes]
    flows = {
        e.id: (e.source, e.target, e.kind, e.label, e.condition, e.default, round(e.probability or 0, 9))
        for e in original.edges
    }
    assert {
        e.id: (e.source, e.target, e.kind, e.label, e.condition, e.default, round(e.probability or 0, 9))
        for e in back.edges
    } == flows
    originals = {n.id: n for n in original.nodes}
    for node in back.nodes:
        theirs = originals[node.id]
        if node.kind == "intake":
            assert node.rate_per_hour == pytest.approx(theirs.rate_per_hour)
        if node.kind == "step":
            assert (node.duration, node.performer, node.time_limit, node.escalate_to) == (
                theirs.duration,
                theirs.performer,
                theirs.time_limit,
                theirs.escalate_to,
            )
    assert [(ln.id, ln.kind, ln.title, ln.height) for ln in back.lanes] == [
        (ln.id, ln.kind, ln.title, ln.height) for ln in original.lanes
    ]
    pools = [(p.id, p.name, p.agents, round(p.cost_per_hour, 6)) for p in back.all_pools()]
    assert pools == [(p.id, p.name, p.agents, round(p.cost_per_hour, 6)) for p in original.all_pools()]


@pytest.mark.parametrize("name, language", TEMPLATES)
def test_the_file_has_the_structure_bpmn_modellers_read(name, language):
    blueprint = template(name, language)
    root = ET.fromstring(write(blueprint))
    assert root.tag == f"{BPMN}definitions"
    assert [child.tag for child in root][-2:] == [f"{BPMNDI}BPMNDiagram", f"{BPMN}relationship"]
    ids = [el.get("id") for el in root.iter() if el.get("id") is not None]
    assert len(ids) == len(set(ids)) and all(NCNAME.match(i) for i in ids)
    process = root.find(f"{BPMN}process")
    elements = {el.get("id"): el for el in process}
    # the schema's order: extension elements, lane set, flow elements, then artifacts
    order = [el.tag.removeprefix(BPMN) for el in process]
    artifacts = [i for i, tag in enumerate(order) if tag in ("textAnnotation", "association")]
    assert artifacts == list(range(len(order) - len(artifacts), len(order)))
    head = ["extensionElements", "laneSet"] if blueprint.lanes else ["extensionElements"]
    assert order[: len(head)] == head
    lanes = process.findall(f"{BPMN}laneSet/{BPMN}lane")
    assert [lane.get("name") for lane in lanes] == [ln.title for ln in blueprint.lanes]
    in_lanes = {ref.text for lane in lanes for ref in lane.findall(f"{BPMN}flowNodeRef")}
    flows = process.findall(f"{BPMN}sequenceFlow")
    assert flows
    for flow in flows:
        assert flow.get("sourceRef") in elements and flow.get("targetRef") in elements
    boundaries = {b.get("id") for b in process.findall(f"{BPMN}boundaryEvent")}
    plane = root.find(f"{BPMNDI}BPMNDiagram/{BPMNDI}BPMNPlane")
    shapes = {s.get("bpmnElement"): s for s in plane.findall(f"{BPMNDI}BPMNShape")}
    edges = {e.get("bpmnElement"): e for e in plane.findall(f"{BPMNDI}BPMNEdge")}
    nodes = [
        el
        for el in process
        if el.tag.removeprefix(BPMN) in FLOW_NODES | {"dataObjectReference", "textAnnotation"}
    ]
    assert len(nodes) >= len(blueprint.nodes)
    for element in [*nodes, *lanes]:
        bounds = shapes[element.get("id")].find(f"{DC}Bounds")
        assert float(bounds.get("width")) > 0 and float(bounds.get("height")) > 0
    for element in nodes:
        if blueprint.lanes and element.tag.removeprefix(BPMN) in FLOW_NODES - {"boundaryEvent"}:
            assert element.get("id") in in_lanes
    for flow in [*flows, *process.findall(f"{BPMN}association")]:
        points = [
            (float(p.get("x")), float(p.get("y"))) for p in edges[flow.get("id")].findall(f"{DI}waypoint")
        ]
        assert len(points) >= 2
        if flow.get(f"{BS}route") == "auto" and flow.get("sourceRef") not in boundaries:
            # drawn as on the canvas: every segment level or upright
            assert all(a[0] == b[0] or a[1] == b[1] for a, b in zip(points, points[1:])), flow.get("id")
    scenario = root.find(f"{BPMN}relationship/{BPMN}extensionElements/{BPSIM}BPSimData/{BPSIM}Scenario")
    refs = {p.get("elementRef") for p in scenario.findall(f"{BPSIM}ElementParameters")}
    starts = [el.get("id") for el in process.findall(f"{BPMN}startEvent")]
    assert set(starts) <= refs
    resources_ = [r.get("id") for r in root.findall(f"{BPMN}resource")]
    assert resources_ and set(resources_) <= refs


def test_shares_and_rates_are_bpsim_parameters():
    blueprint = template("tiered_support", "en")
    root = ET.fromstring(write(blueprint))
    scenario = root.find(f".//{BPSIM}Scenario")
    settings = scenario.find(f"{BPSIM}ScenarioParameters")
    first = blueprint.scenarios[0]
    assert settings.get("baseTimeUnit") == "min" and scenario.get("name") == first.name
    assert (settings.get("replication"), settings.get("seed")) == (str(first.replications), str(first.seed))
    duration = settings.find(f"{BPSIM}Duration/{BPSIM}FloatingParameter")
    assert float(duration.get("value")) == first.horizon_days * 1440
    params = {p.get("elementRef"): p for p in scenario.findall(f"{BPSIM}ElementParameters")}
    probability = params["e_dec_selfservice__end_selfservice"].find(
        f".//{BPSIM}Probability/{BPSIM}FloatingParameter"
    )
    assert float(probability.get("value")) == 0.25
    timer = params["intake_email"].find(f".//{BPSIM}InterTriggerTimer/{BPSIM}ExponentialDistribution")
    assert 60 / float(timer.get("mean")) == pytest.approx(1.73)
    quantity = params["pool_l1"].find(f".//{BPSIM}Quantity/{BPSIM}NumericParameter")
    assert quantity.get("value") == "5"
    selection = params["step_l1"].find(f".//{BPSIM}Selection/{BPSIM}ExpressionParameter")
    assert selection.get("value") == "getResource('pool_l1', 1)"
    boundary = root.find(f".//{BPMN}boundaryEvent[@attachedToRef='step_l1']")
    assert boundary.find(f".//{BPMN}timeDuration").text.startswith("PT")


def test_write_file_replaces_the_file_whole(tmp_path):
    target = tmp_path / "flow.bpmn"
    target.write_text("old")
    write_file(template("helpdesk_flow", "fr"), target)
    back, _ = read(target)
    assert back.meta.language == "fr" and back.nodes
    assert [p.name for p in tmp_path.iterdir()] == ["flow.bpmn"]  # no temporary left


def test_write_file_gives_the_permissions_of_a_saved_file(tmp_path):
    """A new file: 0666 less the umask, as any program writes it (not the temporary file's 0600);
    a replaced file keeps its own; a symbolic link stays a link to the file that gets the content."""
    mask = os.umask(0o022)
    os.umask(mask)
    new = tmp_path / "new.bpmn"
    write_file(template("helpdesk_flow", "en"), new)
    assert stat.S_IMODE(new.stat().st_mode) == 0o666 & ~mask
    kept = tmp_path / "kept.bpmn"
    kept.write_text("old")
    kept.chmod(0o640)
    write_file(template("helpdesk_flow", "en"), kept)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    link = tmp_path / "link.bpmn"
    link.symlink_to(kept)
    write_file(template("helpdesk_flow", "fr"), link)
    assert link.is_symlink()
    assert read(kept)[0].meta.language == "fr"
