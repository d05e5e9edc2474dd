"""Overlays survive the deletion of the items they mark: a badged node deleted by click + Delete,
or a pasted badged node undone, leaves the diagnostics list live; the heat map likewise."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from canvas.diagnostics import DiagnosticsOverlay, DiagnosticsPanel
from canvas.items.badge import BadgeItem
from canvaskit import click, shown_editor


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
    return {i.parentItem().node_id for i in editor.scene.items()
            if isinstance(i, BadgeItem) and hasattr(i.parentItem(), "node_id")}


def centre(editor, key: str):
    return editor.scene.nodes[key].scene_rect().center()


def press(editor, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(editor.view.viewport(), key, modifiers)


def test_deleting_a_badged_node_by_click_and_delete_keeps_the_list_live(editor, diagnostics, qtbot):
    overlay, panel = diagnostics
    assert ("fix",) in listed(panel) and "fix" in badged(editor)     # a step without a pool
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
    assert any("in" in ids for ids in rows)       # the intake now leads nowhere
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
    assert all("fix" not in ids for ids in listed(panel)) and not badged(editor) - {"in", "dec"}
    QGuiApplication.clipboard().clear()


def test_the_heat_map_survives_deleting_a_tinted_step_and_its_undo(editor, qtbot):
    from canvas.overlays.heatmap import HeatData, HeatMapOverlay, StepHeatItem
    overlay = HeatMapOverlay(editor.scene, editor.view)
    rows = {"triage": {"wait": 4.0, "visits": 10.0}, "fix": {"wait": 30.0, "visits": 4.0}}
    overlay.show_data(HeatData(editor.document.revision, steps=rows, drawing=editor.document.blueprint))
    click(editor.view, centre(editor, "fix"))
    press(editor, Qt.Key.Key_Delete)
    assert editor.document.element("fix") is None and overlay.stale
    press(editor, Qt.Key.Key_Right)            # nothing selected: any further change redraws too
    click(editor.view, centre(editor, "triage"))
    press(editor, Qt.Key.Key_Right)
    tinted = {i.parentItem().node_id for i in editor.scene.items() if isinstance(i, StepHeatItem)}
    assert tinted == {"triage"} and overlay.colour_of("fix") is None
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    tinted = {i.parentItem().node_id for i in editor.scene.items() if isinstance(i, StepHeatItem)}
    assert tinted == {"triage", "fix"} and not overlay.stale
