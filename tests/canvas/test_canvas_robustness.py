"""Overlays survive the deletion of the items they mark: a badged node deleted by click + Delete,
or a pasted badged node undone, leaves the diagnostics list live; the heat map likewise."""

from __future__ import annotations

import pytest
from canvaskit import click, shown_editor
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from blueprint_studio.canvas.diagnostics import DiagnosticsOverlay, DiagnosticsPanel
from blueprint_studio.canvas.items.badge import BadgeItem


@pytest.fixture
def editor(qtbot):
    ed = shown_editor(qtbot)
    ed.view.activateWindow()
    QTest.qWaitForWindowActive(ed.view)
    return ed


@pytest.fixture
def diagnostics(editor, qtbot):
    overlay = DiagnosticsOverlay(editor.scene)
    panel = DiagnosticsPanel(overlay)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(overlay.sig_diagnostics, timeout=2000):
        pass
    return overlay, panel


def listed(panel: DiagnosticsPanel) -> list[tuple[str, ...]]:
    """The ids each row of the list points at (the "no problems" row points at none)."""
    return [tuple(panel.item(i).data(Qt.ItemDataRole.UserRole) or ()) for i in range(panel.count())]


def badged(editor) -> set[str]:
    return {
        i.parentItem().node_id
        for i in editor.scene.items()
        if isinstance(i, BadgeItem) and hasattr(i.parentItem(), "node_id")
    }


def centre(editor, key: str):
    return editor.scene.nodes[key].scene_rect().center()


def press(editor, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(editor.view.viewport(), key, modifiers)


def test_deleting_a_badged_node_by_click_and_delete_keeps_the_list_live(editor, diagnostics, qtbot):
    overlay, panel = diagnostics
    assert ("fix",) in listed(panel) and "fix" in badged(editor)  # a step without a pool
    click(editor.view, centre(editor, "fix"))
    assert editor.scene.selected_ids() == ["fix"]
    with qtbot.waitSignal(overlay.sig_diagnostics, timeout=2000):
        press(editor, Qt.Key.Key_Delete)
    assert editor.document.element("fix") is None
    assert all("fix" not in ids for ids in listed(panel))
    # Edit again: the list must follow (it froze before, on a dead badge).
    click(editor.view, centre(editor, "triage"))
    with qtbot.waitSignal(overlay.sig_diagnostics, timeout=2000):
        press(editor, Qt.Key.Key_Delete)
    assert editor.document.element("triage") is None
    rows = listed(panel)
    assert rows == [tuple(d.ids) for d in sorted(overlay.diagnostics, key=lambda d: (not d.is_error, d.code))]
    assert any("in" in ids for ids in rows)  # the intake now leads nowhere
    assert "in" in badged(editor)
    with qtbot.waitSignal(overlay.sig_diagnostics, timeout=2000):
        editor.undo_stack.undo()
        editor.undo_stack.undo()
    assert ("fix",) in listed(panel) and "fix" in badged(editor)


def test_undoing_the_paste_of_a_badged_node_keeps_the_list_live(editor, diagnostics, qtbot):
    overlay, panel = diagnostics
    click(editor.view, centre(editor, "fix"))
    press(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(overlay.sig_diagnostics, timeout=2000):
        press(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = editor.scene.selected_node_ids()
    assert len(pasted) == 1 and pasted[0] != "fix"
    assert {"fix", pasted[0]} <= badged(editor)
    with qtbot.waitSignal(overlay.sig_diagnostics, timeout=2000):
        press(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.document.element(pasted[0]) is None
    assert all(pasted[0] not in ids for ids in listed(panel))
    click(editor.view, centre(editor, "fix"))
    with qtbot.waitSignal(overlay.sig_diagnostics, timeout=2000):
        press(editor, Qt.Key.Key_Delete)
    assert all("fix" not in ids for ids in listed(panel)) and "fix" not in badged(editor)
    assert set(badged(editor)) == {
        key for d in overlay.diagnostics for key in d.ids if key in editor.scene.nodes
    }
    QGuiApplication.clipboard().clear()


def test_the_heat_map_survives_deleting_a_tinted_step_and_its_undo(editor, qtbot):
    from blueprint_studio.canvas.overlays.heatmap import HeatData, HeatMapOverlay, StepHeatItem

    overlay = HeatMapOverlay(editor.scene, editor.view)
    rows = {"triage": {"wait": 4.0, "visits": 10.0}, "fix": {"wait": 30.0, "visits": 4.0}}
    overlay.show_data(HeatData(editor.document.revision, steps=rows, drawing=editor.document.blueprint))
    click(editor.view, centre(editor, "fix"))
    press(editor, Qt.Key.Key_Delete)
    assert editor.document.element("fix") is None and overlay.stale
    press(editor, Qt.Key.Key_Right)  # nothing selected: any further change redraws too
    click(editor.view, centre(editor, "triage"))
    press(editor, Qt.Key.Key_Right)
    tinted = {i.parentItem().node_id for i in editor.scene.items() if isinstance(i, StepHeatItem)}
    assert tinted == {"triage"} and overlay.colour_of("fix") is None
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    tinted = {i.parentItem().node_id for i in editor.scene.items() if isinstance(i, StepHeatItem)}
    assert tinted == {"triage", "fix"} and not overlay.stale


# ---------------------------------------------------------------- paste placement
def rect_of(doc, key):
    n = doc.element(key)
    return (n.x, n.y, n.x + n.width, n.y + n.height)


def overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def copy_nodes(editor, *keys) -> None:
    click(editor.view, centre(editor, keys[0]))
    for key in keys[1:]:
        click(editor.view, centre(editor, key), Qt.KeyboardModifier.ShiftModifier)
    press(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def test_paste_lands_at_the_mouse_on_the_grid_in_the_lane_there(editor):
    from canvaskit import vp

    copy_nodes(editor, "triage")
    QTest.mouseMove(editor.view.viewport(), vp(editor.view, (603, 413)))  # in the backstage lane
    press(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (new,) = editor.scene.selected_node_ids()
    node = editor.document.element(new)
    assert (node.x + node.width / 2, node.y + node.height / 2) == pytest.approx((603, 413), abs=10)
    assert node.x % 10 == 0 and node.y % 10 == 0 and node.lane == "back"
    press(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # again, same spot
    (again,) = editor.scene.selected_node_ids()
    second = editor.document.element(again)
    assert (second.x, second.y) == (node.x + 20, node.y + 20)  # cascades, not stacked
    QGuiApplication.clipboard().clear()


def test_paste_from_the_menu_lands_clear_of_the_original_and_cascades(editor):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from blueprint_studio.canvas import actions

    copy_nodes(editor, "triage", "dec")  # two nodes and the edge between them
    QApplication.sendEvent(editor.view.viewport(), QEvent(QEvent.Type.Leave))  # pointer to the menu bar
    originals = [rect_of(editor.document, n.id) for n in editor.document.blueprint.nodes]
    pasted_before: list[tuple] = []
    for _ in range(3):
        editor.actions[actions.PASTE].trigger()
        new = editor.scene.selected_node_ids()
        assert len(new) == 2 and len(editor.scene.selected_ids()) == 3  # with their edge
        rects = [rect_of(editor.document, k) for k in new]
        assert all(r[0] % 10 == 0 and r[1] % 10 == 0 for r in rects)
        assert not any(overlap(r, o) for r in rects for o in originals + pasted_before)
        assert all(editor.document.element(k).lane == "front" for k in new)
        pasted_before += rects
    lefts = sorted(r[0] for r in pasted_before)
    assert lefts[0] > rect_of(editor.document, "dec")[0]  # to the right, in a row
    QGuiApplication.clipboard().clear()
