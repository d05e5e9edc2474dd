"""Navigation and arranging (pytest-qt): pinch, middle-button and Space+drag panning, the
straight-edge toggle, align and distribute, stage snapping, lane kinds, and the minimap."""

from __future__ import annotations

import pytest
from canvaskit import drag, dump, shown_editor, vp
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGestureEvent, QPinchGesture

from blueprint_studio.canvas import actions
from blueprint_studio.canvas.menus import ADD_LANE_OF, lane_context_menu
from blueprint_studio.canvas.minimap import MinimapWidget


@pytest.fixture
def editor(qtbot):
    return shown_editor(qtbot, 900, 600)


def scroll(view) -> tuple[int, int]:
    return view.horizontalScrollBar().value(), view.verticalScrollBar().value()


def test_native_pinch_zooms(editor):
    view = editor.view
    pos = QPointF(400, 300)
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        pos,
        pos,
        view.viewport().mapToGlobal(pos),
        0.5,
        QPointF(),
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() == pytest.approx(1.5)


def test_pinch_gesture_zooms(editor):
    view = editor.view
    pinch = QPinchGesture()
    pinch.setScaleFactor(0.5)
    QApplication.sendEvent(view.viewport(), QGestureEvent([pinch]))
    assert view.zoom() == pytest.approx(0.5)


def test_middle_button_drag_pans_without_editing(editor):
    view, viewport = editor.view, editor.view.viewport()
    before, doc = scroll(view), dump(editor.document)
    start = vp(view, (300, 240))  # on a node: panning must not move it
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(-60, -40))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, start + QPoint(-60, -40)
    )
    assert scroll(view) == (before[0] + 60, before[1] + 40)
    assert dump(editor.document) == doc and editor.undo_stack.count() == 0


def test_space_drag_pans_and_releasing_space_ends_it(editor):
    view = editor.view
    before = scroll(view)
    QTest.keyPress(view, Qt.Key.Key_Space)
    drag(view, (300, 240), (250, 200))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    after = scroll(view)
    assert after != before and editor.undo_stack.count() == 0
    drag(view, (300, 240), (300, 400))  # without Space, the same drag moves the node
    assert editor.undo_stack.count() == 1


def test_straight_edges_toggle_reroutes_and_back(editor):
    action = editor.actions[actions.STRAIGHT_EDGES]
    bent = editor.scene.edges["e3"].points
    assert len(bent) > 2
    action.setChecked(True)
    assert len(editor.scene.edges["e3"].points) == 2
    action.setChecked(False)
    assert editor.scene.edges["e3"].points == bent


def test_align_and_distribute_are_one_undo_step_each(editor):
    doc = editor.document
    editor.scene.select_ids(["triage", "dec", "done"])
    before = dump(doc)
    editor.actions[actions.ALIGN["top"]].trigger()
    assert {doc.element(k).y for k in ("triage", "dec", "done")} == {200}
    editor.actions[actions.ALIGN["left"]].trigger()
    assert {doc.element(k).x for k in ("triage", "dec", "done")} == {260}
    assert editor.undo_stack.count() == 2
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert dump(doc) == before
    editor.actions[actions.DISTRIBUTE["horizontal"]].trigger()
    gaps = [
        doc.element("dec").x - (doc.element("triage").x + 150),
        doc.element("done").x - (doc.element("dec").x + 130),
    ]
    assert gaps[0] == pytest.approx(gaps[1])


def test_a_moved_node_snaps_inside_the_stage_column_under_it(editor):
    # s1 spans x 0-450: triage (260..410) dragged right by 40 would cross 450; it stays inside
    drag(editor.view, (300, 240), (340, 240))
    triage = editor.document.element("triage")
    assert triage.x + triage.width <= 450 - 6 + 0.01
    assert triage.x == pytest.approx(450 - 6 - 150)


def test_add_lane_offers_each_kind_and_round_trips(editor):
    menu = editor.actions[actions.ADD_LANE].menu()
    assert menu is not None
    names = {a.objectName() for a in menu.actions()}
    assert set(ADD_LANE_OF.values()) <= names
    support = next(a for a in menu.actions() if a.objectName() == ADD_LANE_OF["support"])
    support.trigger()
    lane = editor.document.blueprint.lanes[-1]
    assert lane.kind == "support"
    assert [line.code for line in editor.scene.lines][-1] == "internal_interaction"


def test_lane_context_menu_changes_kind_and_inserts(editor):
    doc = editor.document
    menu = lane_context_menu(editor, "back")
    change = menu.findChild(type(menu.actions()[0]), "canvas_lane_kind_evidence")
    before = dump(doc)
    change.trigger()
    assert doc.element("back").kind == "evidence"
    editor.undo_stack.undo()
    assert dump(doc) == before
    insert = menu.findChild(type(change), "canvas_insert_lane_customer_above")
    insert.trigger()
    after = dump(doc)
    new = doc.blueprint.lanes[2]
    assert new.kind == "customer" and new.id not in ("cust", "front", "back")
    assert doc.element("fix").y == 365 + 160 and doc.element("triage").y == 205  # room made below
    editor.undo_stack.undo()
    assert dump(doc) == before
    editor.undo_stack.redo()
    assert dump(doc) == after


def test_minimap_shows_the_visible_area_and_a_drag_pans(editor, qtbot):
    minimap = MinimapWidget(editor.view)
    qtbot.addWidget(minimap)
    minimap.resize(300, 180)
    minimap.show()
    qtbot.waitExposed(minimap)
    frame = minimap.visible_map_rect()
    assert not frame.isEmpty()
    centre = editor.view.mapToScene(editor.view.viewport().rect().center())
    target = frame.center() + QPointF(40, 10)
    QTest.mousePress(
        minimap, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, frame.center().toPoint()
    )
    QTest.mouseMove(minimap, target.toPoint())
    QTest.mouseRelease(minimap, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target.toPoint())
    moved = editor.view.mapToScene(editor.view.viewport().rect().center())
    assert moved.x() > centre.x() + 40 / minimap.scale * 0.5


def test_minimap_redraws_once_after_a_burst_of_edits(editor, qtbot):
    minimap = MinimapWidget(editor.view)
    qtbot.addWidget(minimap)
    minimap.resize(300, 180)
    count = []
    minimap.sig_refreshed.connect(lambda: count.append(1))
    with qtbot.waitSignal(minimap.sig_refreshed, timeout=2000):
        for _ in range(5):
            editor.scene.select_ids(["triage"])
            editor.nudge(10, 0)
    assert len(count) == 1
    assert minimap.pixmap.width() > 0
