"""Real gestures on the viewport (pytest-qt): move, connect, reattach, resize, reorder, rename,
delete, undo and redo; every item kind is moved at least once."""

from __future__ import annotations

import pytest
from canvaskit import click, drag, dump, scene_in_sync, shown_editor, small_document, vp
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from blueprint_studio.canvas.editor import CanvasEditor
from blueprint_studio.model.document import validated_copy
from blueprint_studio.model.fileformat import dumps, load, save
from blueprint_studio.model.style import GRID


@pytest.fixture
def editor(qtbot):
    return shown_editor(qtbot)


def key(editor, k, mods=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(editor.view.viewport(), k, mods)


def test_move_a_node_into_another_lane(editor):
    doc = editor.document
    drag(editor.view, (300, 240), (300, 400))
    triage = doc.element("triage")
    assert triage.lane == "back" and triage.y == 365 and triage.x == 260
    assert editor.undo_stack.count() == 1
    scene_in_sync(editor.scene, doc)
    route = editor.scene.edges["e1"].points
    assert route[-1].y() == pytest.approx(365 + 35)  # the edge followed


def test_connect_two_nodes_by_dragging_from_the_handle(editor):
    drag(editor.view, (420, 240), (775, 400))
    edges = [e for e in editor.document.blueprint.edges if (e.source, e.target) == ("triage", "fix")]
    assert len(edges) == 1 and edges[0].kind == "flow"


def test_an_invalid_edge_is_refused_with_a_message(editor, qtbot):
    with qtbot.waitSignal(editor.sig_status) as status:
        drag(editor.view, (420, 240), (100, 80))  # triage -> intake
    assert "intake" in status.args[0]
    assert len(editor.document.blueprint.edges) == 6


def test_connecting_evidence_makes_an_association(editor):
    drag(editor.view, (1030, 238), (330, 400))  # done's handle -> evidence "mail"
    assert editor.document.blueprint.edges[-1].kind == "association"


def test_reattach_the_end_of_a_selected_edge(editor):
    doc = editor.document
    editor.scene.select_ids(["e5"])
    end = editor.scene.edges["e5"].points[-1]
    drag(editor.view, end, QPointF(545, 240))  # onto the decision
    assert doc.element("e5").target == "dec"


def test_resize_a_lane_by_its_lower_border(editor):
    doc = editor.document
    line_y = editor.scene.lines[0].pos().y()
    drag(editor.view, (500, 160), (500, 200))
    assert doc.element("cust").height == 200
    assert doc.element("triage").y == 245
    assert editor.scene.lines[0].pos().y() == line_y + 40  # the line of interaction followed


def test_reorder_lanes_by_dragging_the_header(editor):
    doc = editor.document
    drag(editor.view, (-75, 240), (-75, 30))
    assert [lane.id for lane in doc.blueprint.lanes] == ["front", "cust", "back"]
    assert doc.element("triage").y == 45
    assert (
        [line.code for line in editor.scene.lines] == ["visibility"]
        or editor.scene.lines == []
        or all(line.code != "interaction" for line in editor.scene.lines)
    )


def test_resize_and_reorder_stages(editor):
    doc = editor.document
    drag(editor.view, (449, -20), (500, -20))
    assert doc.element("s1").width == 500
    drag(editor.view, (800, -20), (100, -20))
    assert [s.id for s in doc.blueprint.stages] == ["s2", "s1"]


def test_resize_a_node_by_its_grip(editor):
    click(editor.view, (300, 240))
    drag(editor.view, (407, 272), (447, 292))
    triage = editor.document.element("triage")
    assert (triage.width, triage.height) == (190, 90)


def test_rename_in_place_with_double_click(editor, qtbot):
    QTest.mouseDClick(
        editor.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        vp(editor.view, (300, 240)),
    )
    assert editor.interaction is not None
    QTest.keyClicks(editor.view.viewport(), "Check the ticket")
    key(editor, Qt.Key.Key_Return)
    assert editor.document.element("triage").title == "Check the ticket"
    assert editor.undo_stack.count() == 1


def test_rename_with_f2_and_escape_cancels(editor):
    editor.scene.select_ids(["s1"])
    key(editor, Qt.Key.Key_F2)
    QTest.keyClicks(editor.view.viewport(), "Xyz")
    key(editor, Qt.Key.Key_Escape)
    assert editor.document.element("s1").title == "Contact"
    assert editor.undo_stack.count() == 0


def test_delete_takes_edges_in_the_same_undo_step_then_undo_redo(editor):
    doc = editor.document
    before = dump(doc)
    click(editor.view, (545, 240))
    key(editor, Qt.Key.Key_Delete)
    after = dump(doc)
    assert doc.element("dec") is None and doc.element("e3") is None and doc.element("e2") is None
    assert editor.undo_stack.count() == 1
    key(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dump(doc) == before
    key(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert dump(doc) == after
    scene_in_sync(editor.scene, doc)


def test_rubber_band_then_ctrl_click_and_shift(editor):
    drag(editor.view, (230, 180), (640, 300))  # triage and dec
    assert set(editor.scene.selected_node_ids()) == {"triage", "dec"}
    click(editor.view, (545, 240), Qt.KeyboardModifier.ControlModifier)
    assert editor.scene.selected_node_ids() == ["triage"]
    click(editor.view, (960, 238), Qt.KeyboardModifier.ShiftModifier)
    assert set(editor.scene.selected_node_ids()) == {"triage", "done"}


def test_arrows_nudge_and_merge_into_one_step(editor):
    click(editor.view, (300, 240))
    key(editor, Qt.Key.Key_Right)
    key(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert editor.document.element("triage").x == 271
    assert editor.undo_stack.count() == 1


def test_escape_cancels_a_drag(editor):
    viewport = editor.view.viewport()
    QTest.mousePress(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, vp(editor.view, (300, 240))
    )
    QTest.mouseMove(viewport, vp(editor.view, (400, 300)))
    QTest.mouseMove(viewport, vp(editor.view, (420, 320)))
    assert editor.scene.nodes["triage"].pos().x() != 260
    key(editor, Qt.Key.Key_Escape)
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, vp(editor.view, (420, 320))
    )
    assert editor.scene.nodes["triage"].pos() == QPointF(260, 205)
    assert editor.undo_stack.count() == 0


def test_tab_walks_the_nodes_in_flow_order(editor):
    key(editor, Qt.Key.Key_Tab)
    assert editor.scene.selected_node_ids() == ["in"]
    key(editor, Qt.Key.Key_Tab)
    assert editor.scene.selected_node_ids() == ["triage"]


def test_select_all_duplicate_copy_paste(editor):
    doc = editor.document
    click(editor.view, (300, 240))
    key(editor, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(doc.blueprint.nodes) == 7
    key(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    key(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    other = CanvasEditor(small_document())
    other.paste()
    assert len(other.document.blueprint.nodes) == 6 + 7
    assert len(other.document.blueprint.edges) == 6 + 6


def test_ctrl_wheel_zooms(editor, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent

    before = editor.view.zoom()
    pos = QPointF(700, 400)
    event = QWheelEvent(
        pos,
        editor.view.viewport().mapToGlobal(pos),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    editor.view.wheelEvent(event)
    assert editor.view.zoom() > before


def _saves_and_reopens(doc, tmp_path) -> None:
    """The document is written to a file that loads back to the same drawing."""
    path = tmp_path / "kept.blueprint"
    save(doc.blueprint, path)
    assert dumps(load(path)) == dump(doc)


def test_a_node_dragged_beyond_the_drawing_bounds_is_refused_and_the_file_reopens(editor, qtbot, tmp_path):
    doc = editor.document
    before = dump(doc)
    with qtbot.waitSignal(editor.sig_status) as status:
        drag(editor.view, (300, 240), (2e7, 240))  # x = 2·10⁷: beyond the schema's 10⁷
    assert "x:" in status.args[0]
    assert dump(doc) == before and editor.undo_stack.count() == 0
    scene_in_sync(editor.scene, doc)  # the node is back where the document says
    _saves_and_reopens(doc, tmp_path)


def test_a_nudge_past_the_drawing_bounds_is_refused_and_the_file_reopens(qtbot, tmp_path):
    doc = small_document()
    doc.replace(validated_copy(doc.element("done"), x=1e7 - 2 * GRID))  # at the right-hand edge
    editor = CanvasEditor(doc)
    qtbot.addWidget(editor.view)
    editor.scene.select_ids(["done"])
    shift = Qt.KeyboardModifier.ShiftModifier
    key(editor, Qt.Key.Key_Right, shift)
    key(editor, Qt.Key.Key_Right, shift)
    assert doc.element("done").x == 1e7  # the bound itself is allowed
    with qtbot.waitSignal(editor.sig_status) as status:
        key(editor, Qt.Key.Key_Right, shift)
    assert "x:" in status.args[0]
    assert doc.element("done").x == 1e7 and editor.undo_stack.count() == 1
    scene_in_sync(editor.scene, doc)
    _saves_and_reopens(doc, tmp_path)
    editor.undo_stack.undo()
    assert doc.element("done").x == 1e7 - 2 * GRID


def test_a_node_grown_past_the_schema_size_is_refused(editor, qtbot):
    doc = editor.document
    before = dump(doc)
    click(editor.view, (300, 240))
    with qtbot.waitSignal(editor.sig_status) as status:
        drag(editor.view, (407, 272), (12_407, 272))  # the grip dragged to a width over 10 000
    assert "width:" in status.args[0]
    assert dump(doc) == before and editor.undo_stack.count() == 0
    scene_in_sync(editor.scene, doc)
