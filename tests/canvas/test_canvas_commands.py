"""Every command: redo -> undo -> redo leaves the document dump identical, and does what it says."""

from __future__ import annotations

import pytest
from canvaskit import assert_round_trip, dump, scene_in_sync, small_document
from PySide6.QtGui import QUndoStack

from blueprint_studio.canvas import commands
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.model.schema import Edge, Lane, Stage, StepNode


@pytest.fixture
def setup(qapp):
    doc = small_document()
    scene = BlueprintScene(doc)
    yield doc, QUndoStack(), scene
    scene.close()


def test_add_node_and_edge_round_trip(setup):
    doc, stack, scene = setup
    node = StepNode(id="new", lane="front", x=100, y=200)
    edge = Edge(id="e_new", source="triage", target="new")
    assert_round_trip(stack, doc, commands.add_elements(doc, [node, edge]))
    assert doc.element("e_new").target == "new"
    scene_in_sync(scene, doc)


def test_delete_node_takes_its_edges_in_one_step(setup):
    doc, stack, scene = setup
    assert_round_trip(stack, doc, commands.remove_elements(doc, ["dec"]))
    assert doc.element("e3") is None and doc.element("e4") is None and doc.element("e2") is None
    assert stack.count() == 1
    stack.undo()
    assert [e.id for e in doc.blueprint.edges] == ["e1", "e2", "e3", "e4", "e5", "a1"]
    scene_in_sync(scene, doc)


def test_delete_lane_takes_its_nodes_and_lanes_below_close_the_gap(setup):
    doc, stack, scene = setup
    fix_y = doc.element("fix").y
    assert_round_trip(stack, doc, commands.remove_elements(doc, ["front"]))
    assert doc.element("triage") is None and doc.element("done") is None
    assert doc.element("fix").y == fix_y - 160
    scene_in_sync(scene, doc)


def test_move_into_another_lane_changes_the_lane(setup):
    doc, stack, scene = setup
    assert_round_trip(stack, doc, commands.move_nodes(doc, {"triage": (260, 360)}))
    assert doc.element("triage").lane == "back"
    scene_in_sync(scene, doc)


def test_resize_lane_moves_the_nodes_below(setup):
    doc, stack, scene = setup
    assert_round_trip(stack, doc, commands.resize_band(doc, "cust", 200))
    assert doc.element("cust").height == 200
    assert doc.element("triage").y == 245 and doc.element("in").y == 50
    scene_in_sync(scene, doc)
    assert scene.lanes["front"].pos().y() == 200


def test_reorder_lanes_carries_nodes(setup):
    doc, stack, scene = setup
    assert_round_trip(stack, doc, commands.reorder_band(doc, "back", 0))
    assert [lane.id for lane in doc.blueprint.lanes] == ["back", "cust", "front"]
    assert doc.element("fix").y == 365 - 320
    assert doc.element("in").y == 50 + 160
    scene_in_sync(scene, doc)


def test_reorder_and_resize_stages_carry_nodes(setup):
    doc, stack, scene = setup
    assert_round_trip(stack, doc, commands.reorder_band(doc, "s2", 0))
    assert doc.element("triage").x == 260 + 650
    assert_round_trip(stack, doc, commands.resize_band(doc, "s2", 700))
    scene_in_sync(scene, doc)


def test_insert_lane_and_stage(setup):
    doc, stack, scene = setup
    assert_round_trip(stack, doc, commands.insert_band(doc, Lane(id="l_new", kind="support"), 1))
    assert doc.element("triage").y == 205 + 160
    assert_round_trip(stack, doc, commands.insert_band(doc, Stage(id="st_new", title="New")))
    scene_in_sync(scene, doc)


def test_property_edits_merge_per_field(setup):
    doc, stack, scene = setup
    before = dump(doc)
    for text in ("T", "Tr", "Tri", "Triage!"):
        stack.push(commands.update_element(doc, "triage", merge_key=("triage", "title"), title=text))
    assert stack.count() == 1 and doc.element("triage").title == "Triage!"
    stack.push(commands.update_element(doc, "triage", merge_key=("triage", "guidance"), guidance="Be kind"))
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert dump(doc) == before


def test_nudges_merge_and_a_nudge_back_to_start_disappears(setup):
    doc, stack, scene = setup
    key = ("nudge", ("triage",))
    stack.push(commands.move_nodes(doc, {"triage": (261, 205)}, merge_key=key))
    stack.push(commands.move_nodes(doc, {"triage": (262, 205)}, merge_key=key))
    assert stack.count() == 1 and doc.element("triage").x == 262
    stack.push(commands.move_nodes(doc, {"triage": (260, 205)}, merge_key=key))
    assert stack.count() == 0


def test_edge_property_round_trip(setup):
    doc, stack, scene = setup
    assert_round_trip(stack, doc, commands.update_element(doc, "e3", condition=None, probability=0.3))
    assert scene.edges["e3"].element.probability == 0.3
