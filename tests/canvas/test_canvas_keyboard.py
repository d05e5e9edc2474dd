"""A flow built from the keyboard alone: Insert next to the selection (placed, linked, named by
typing), Connect to… by name, Tab and Shift+Tab along the flow without leaving the canvas."""

from __future__ import annotations

import pytest
from canvaskit import click, dump, shown_editor
from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from blueprint_studio.canvas import actions as ca
from blueprint_studio.canvas import commands
from blueprint_studio.canvas.palette import PaletteWidget
from blueprint_studio.model.style import GRID

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def editor(qtbot):
    return shown_editor(qtbot)


def rect_of(node) -> QRectF:
    return QRectF(node.x, node.y, node.width, node.height)


def assert_clear_of_others(doc, key: str) -> None:
    mine = rect_of(doc.element(key))
    for n in doc.blueprint.nodes:
        if n.id != key:
            assert not mine.intersects(rect_of(n)), (n.title, mine)


def type_name(editor, text: str) -> None:
    QTest.keyClicks(editor.view.viewport(), text)
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_Return)


def edges_into(doc, key: str) -> list[tuple[str, str]]:
    return [(e.source, e.kind) for e in doc.blueprint.edges if e.target == key]


def test_insert_goes_right_of_the_selection_in_its_lane_linked_and_named_by_typing(editor):
    doc = editor.document
    click(editor.view, (335, 240))  # Triage, in the frontstage lane
    before = dump(doc)
    key = editor.insert_node("step")
    type_name(editor, "Check the account")
    node = doc.element(key)
    triage = doc.element("triage")
    assert node.title == "Check the account" and node.lane == "front"
    assert node.x >= triage.x + triage.width and node.x % GRID == 0 and node.y % GRID == 0
    # right of Triage is the decision, and a lane of 160 has no second row: the lane grows
    front = doc.element("front")
    assert front.height > 160 and 160 <= node.y and node.y + node.height <= 160 + front.height
    assert doc.element("fix").y == 365 + front.height - 160  # the lane below made room
    assert node.x < doc.element("dec").x + doc.element("dec").width  # the same column
    assert_clear_of_others(doc, key)
    assert edges_into(doc, key) == [("triage", "flow")]
    assert editor.scene.selected_node_ids() == [key]
    editor.undo_stack.undo()  # the name
    assert doc.element(key).title == ""
    editor.undo_stack.undo()  # the node and its link, in one step
    assert dump(doc) == before


def test_a_flow_from_blank_branches_stack_in_one_column(qtbot):
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.model.document import Document
    from blueprint_studio.model.schema import Blueprint, Meta

    editor = CanvasEditor(Document(Blueprint(meta=Meta(title="Blank"))))
    qtbot.addWidget(editor.view)
    editor.view.resize(1200, 700)
    editor.view.show()
    qtbot.waitExposed(editor.view)
    doc = editor.document
    intake = editor.insert_node("intake")
    type_name(editor, "Phone")
    first = editor.insert_node("decision")  # the new node stays selected: a chain
    type_name(editor, "Solved?")
    a = editor.insert_node("end")
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_Escape)  # keeps the name empty
    editor.scene.select_ids([first])
    b = editor.insert_node("step")
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_Escape)
    assert edges_into(doc, first) == [(intake, "flow")]
    assert edges_into(doc, a) == [(first, "flow")] and edges_into(doc, b) == [(first, "flow")]
    assert doc.element(first).x > doc.element(intake).x
    assert doc.element(a).x == doc.element(b).x  # same column, one above the other
    for key in (intake, first, a, b):
        assert_clear_of_others(doc, key)
    assert [n.title for n in doc.blueprint.nodes] == ["Phone", "Solved?", "", ""]


def test_no_link_where_no_flow_may_run(editor):
    doc = editor.document
    editor.scene.select_ids(["done"])  # nothing leaves an end
    step = editor.insert_node("step")
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_Escape)
    assert edges_into(doc, step) == []
    editor.scene.select_ids(["triage"])
    note = editor.insert_node("note")  # a note is not part of the flow
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_Escape)
    assert edges_into(doc, note) == []
    editor.scene.select_ids(["triage"])
    intake = editor.insert_node("intake")  # nothing flows into an intake
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_Escape)
    assert edges_into(doc, intake) == []


def test_insert_with_nothing_selected_goes_to_a_free_spot_in_view(editor):
    doc = editor.document
    editor.scene.clearSelection()
    key = editor.insert_node("step")
    type_name(editor, "Somewhere")
    visible = editor.view.mapToScene(editor.view.viewport().rect()).boundingRect()
    assert visible.contains(rect_of(doc.element(key)))
    assert_clear_of_others(doc, key)
    assert edges_into(doc, key) == []
    assert doc.element(key).lane in {"cust", "front", "back"}


def test_connect_to_picks_the_target_by_name_in_one_undo_step(editor, qtbot):
    doc = editor.document
    editor.scene.select_ids(["fix"])
    before = dump(doc)
    QTest.keyClick(editor.view, Qt.Key.Key_K, CTRL)
    dialog = editor.connect_dialog
    assert dialog is not None and dialog.isVisible()
    shown = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert "Triage — Step · Frontstage" in shown
    assert not any("triage" in text or "fix" in text for text in shown)  # names, never ids
    QTest.keyClicks(dialog.filter, "TRI")
    QTest.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    new = [e for e in doc.blueprint.edges if (e.source, e.target) == ("fix", "triage")]
    assert len(new) == 1 and editor.scene.selected_ids() == [new[0].id]
    assert editor.view.hasFocus()
    editor.undo_stack.undo()
    assert dump(doc) == before


def test_connect_to_from_several_nodes_and_the_reasons_shown(editor, qtbot):
    doc = editor.document
    editor.scene.select_ids(["triage", "fix"])
    editor.actions[ca.CONNECT_TO].trigger()
    dialog = editor.connect_dialog
    QTest.keyClicks(dialog.filter, "mail")  # the intake: nothing flows into it
    assert dialog.target() is None and not dialog.ok.isEnabled()
    assert "intake" in dialog.reason.text()
    dialog.filter.clear()
    QTest.keyClicks(dialog.filter, "done")
    messages = []
    editor.sig_status.connect(messages.append)
    QTest.keyClick(dialog.filter, Qt.Key.Key_Return)
    pairs = [(e.source, e.target) for e in doc.blueprint.edges]
    assert pairs.count(("triage", "done")) == 1 and pairs.count(("fix", "done")) == 1
    assert messages == ["These two nodes are already connected."]
    assert editor.undo_stack.undoText() == "Connect"


def test_connect_to_filter_ignores_case_and_accents_and_arrows_move(editor):
    doc = editor.document
    editor.push(commands.update_element(doc, "done", "Rename", title="Résolu"))  # QTest types ASCII only
    editor.scene.select_ids(["fix"])
    dialog = editor.open_connect_dialog()
    QTest.keyClicks(dialog.filter, "resolu")
    assert dialog.target() is None  # fix -> done exists already
    dialog.filter.clear()
    first = dialog.target()
    QTest.keyClick(dialog.filter, Qt.Key.Key_Down)
    assert dialog.target() not in (None, first)
    QTest.keyClick(dialog.filter, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and doc.blueprint.edges[-1].id == "a1"


def test_connect_to_with_nothing_selected_says_what_to_do(editor):
    messages = []
    editor.sig_status.connect(messages.append)
    editor.scene.clearSelection()
    assert editor.open_connect_dialog() is None
    assert messages and "Connect to" in messages[0]


def test_tab_walks_the_flow_and_keeps_the_focus_on_the_canvas(qtbot):
    from canvaskit import small_document

    from blueprint_studio.canvas.editor import CanvasEditor

    editor = CanvasEditor(small_document())
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    layout.addWidget(QLineEdit())
    layout.addWidget(editor.view)
    layout.addWidget(QLineEdit())
    host.resize(520, 400)
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    editor.view.setFocus()
    assert editor.view.hasFocus()
    walked = []
    for _ in range(6):
        QTest.keyClick(editor.view, Qt.Key.Key_Tab)
        assert editor.view.hasFocus()
        walked += editor.scene.selected_node_ids()
    # along the flow; the decision's branches top to bottom; then the evidence
    assert walked == ["in", "triage", "dec", "done", "fix", "mail"]
    item = editor.scene.nodes["mail"]
    centre = editor.view.mapFromScene(item.sceneBoundingRect().center())
    assert editor.view.viewport().rect().adjusted(100, 60, -100, -60).contains(centre)
    QTest.keyClick(editor.view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.scene.selected_node_ids() == ["fix"] and editor.view.hasFocus()
    QTest.keyClick(editor.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.scene.selected_node_ids() == ["done"]


def test_tab_from_an_edge_goes_to_its_target_and_tab_ends_a_rename(editor):
    editor.scene.select_ids(["e3"])
    QTest.keyClick(editor.view, Qt.Key.Key_Tab)
    assert editor.scene.selected_node_ids() == ["fix"]
    QTest.keyClick(editor.view, Qt.Key.Key_F2)
    QTest.keyClicks(editor.view.viewport(), "Repair")
    QTest.keyClick(editor.view, Qt.Key.Key_Tab)
    assert editor.document.element("fix").title == "Repair"  # Tab ends the typing
    assert editor.scene.selected_node_ids() == ["fix"] and editor.view.hasFocus()


def test_enter_in_the_palette_asks_for_an_insert(qtbot):
    palette = PaletteWidget()
    qtbot.addWidget(palette)
    palette.show()
    asked = []
    palette.sig_insert_requested.connect(asked.append)
    palette.setCurrentRow(2)
    QTest.keyClick(palette, Qt.Key.Key_Return)
    assert asked == ["decision"]


def test_insert_into_a_selected_lane(editor):
    doc = editor.document
    editor.scene.select_ids(["back"])
    key = editor.insert_node("step")
    type_name(editor, "Investigate")
    node = doc.element(key)
    assert node.lane == "back" and 320 <= node.y and node.y + node.height <= 480
    assert_clear_of_others(doc, key)
    assert edges_into(doc, key) == []


def test_the_lane_growing_insert_round_trips(editor):
    from canvaskit import assert_round_trip

    from blueprint_studio.model.schema import StepNode

    doc = editor.document
    node = StepNode(id="step_x", title="Below", lane="front", x=480, y=300, width=150, height=70)
    command = commands.add_elements_growing_lane(doc, [node], "Insert", "front", 260.0)
    assert_round_trip(editor.undo_stack, doc, command)
    assert doc.element("front").height == 260 and doc.element("fix").y == 465


def test_alt_arrows_select_the_links_of_a_node_for_the_keyboard(editor):
    doc = editor.document
    before = dump(doc)
    editor.scene.select_ids(["dec"])
    alt = Qt.KeyboardModifier.AltModifier
    picked = []
    for _ in range(3):
        QTest.keyClick(editor.view, Qt.Key.Key_Right, alt)
        picked += editor.scene.selected_ids()
    assert picked == ["e3", "e4", "e3"]  # round its outgoing links
    QTest.keyClick(editor.view, Qt.Key.Key_Tab)
    assert editor.scene.selected_ids() == ["fix"]  # Tab follows the selected link
    editor.scene.select_ids(["triage"])
    QTest.keyClick(editor.view, Qt.Key.Key_Left, alt)
    assert editor.scene.selected_ids() == ["e1"]
    QTest.keyClick(editor.view, Qt.Key.Key_Left, alt)
    assert editor.scene.selected_ids() == ["a1"]
    assert dump(doc) == before  # selecting moved nothing
    messages = []
    editor.sig_status.connect(messages.append)
    editor.scene.select_ids(["done"])
    QTest.keyClick(editor.view, Qt.Key.Key_Right, alt)
    assert editor.scene.selected_ids() == ["done"] and messages == ["This node has no outgoing link."]


def test_insert_after_several_nodes_joins_them_and_keeps_a_name_being_typed(editor):
    doc = editor.document
    editor.scene.select_ids(["fix", "triage"])
    join = editor.insert_node("step")
    QTest.keyClicks(editor.view.viewport(), "Close")  # still typing when the next insert comes
    follow = editor.insert_node("end")
    assert doc.element(join).title == "Close"
    assert sorted(edges_into(doc, join)) == [("fix", "flow"), ("triage", "flow")]
    assert edges_into(doc, follow) == [(join, "flow")]
    assert doc.element(join).x > doc.element("fix").x + doc.element("fix").width  # right of both


def test_connect_to_says_when_nothing_matches_or_nothing_exists(qtbot):
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.model.document import Document
    from blueprint_studio.model.schema import Blueprint, Meta, StepNode

    editor = CanvasEditor(Document(Blueprint(meta=Meta(), nodes=[StepNode(id="s", title="Alone")])))
    qtbot.addWidget(editor.view)
    editor.scene.select_ids(["s"])
    dialog = editor.open_connect_dialog()
    assert dialog.list.count() == 0 and "no other node" in dialog.reason.text()
    dialog.reject()
    shown = shown_editor(qtbot)
    shown.scene.select_ids(["fix"])
    dialog = shown.open_connect_dialog()
    QTest.keyClicks(dialog.filter, "zzz")
    assert dialog.reason.text() == "No node has this name." and not dialog.ok.isEnabled()
