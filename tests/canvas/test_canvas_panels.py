"""Palette (drag and click-to-place), properties dock (undoable, merged typing, condition errors at
their column) and diagnostics (badges, list, click selects and centres)."""

from __future__ import annotations

import pytest
from canvaskit import click, dump, shown_editor, vp
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest

from blueprint_studio.canvas.diagnostics import DiagnosticsOverlay, DiagnosticsPanel
from blueprint_studio.canvas.items.badge import BadgeItem
from blueprint_studio.canvas.palette import PaletteWidget, mime_for
from blueprint_studio.canvas.properties.dock import PropertiesDock


@pytest.fixture
def editor(qtbot):
    return shown_editor(qtbot, focus=False)


def test_drop_from_the_palette_adds_a_node_in_the_lane_under_it(editor, qtbot):
    palette = PaletteWidget()
    qtbot.addWidget(palette)
    assert palette.count() == 9
    item = palette.item(2)
    data = palette.mimeData([item])
    point = vp(editor.view, (700, 240))
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    editor.view.dropEvent(drop)
    node = editor.document.blueprint.nodes[-1]
    assert node.kind == "decision" and node.lane == "front"
    assert editor.scene.selected_node_ids() == [node.id]
    editor.undo_stack.undo()
    assert len(editor.document.blueprint.nodes) == 6


def test_click_in_palette_then_click_on_canvas_places(editor, qtbot):
    palette = PaletteWidget()
    qtbot.addWidget(palette)
    palette.sig_place_requested.connect(editor.arm_placement)
    palette.show()
    rect = palette.visualItemRect(palette.item(1))
    QTest.mouseClick(
        palette.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )
    click(editor.view, (700, 400))
    node = editor.document.blueprint.nodes[-1]
    assert node.kind == "step" and node.lane == "back"


def test_properties_edit_merge_per_field_and_undo(editor, qtbot):
    dock = PropertiesDock(editor)
    qtbot.addWidget(dock)
    dock.show()
    before = dump(editor.document)
    editor.scene.select_ids(["triage"])
    title = dock.fields["title"].widget
    title.setFocus()
    QTest.keyClicks(title, " now")
    assert editor.document.element("triage").title == "Triage now"
    assert editor.undo_stack.count() == 1
    dock.fields["first_response"].widget.setChecked(True)
    assert editor.undo_stack.count() == 2
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert dump(editor.document) == before
    assert dock.fields["title"].widget.text() in ("Triage", "Triage now")


def test_a_bad_condition_shows_the_column_and_is_not_applied(editor, qtbot):
    dock = PropertiesDock(editor)
    qtbot.addWidget(dock)
    editor.scene.select_ids(["e3"])
    line = dock.fields["condition"].widget
    line.selectAll()
    QTest.keyClicks(line, "category == ")
    error = dock.fields["condition"].error
    assert not error.isHidden() and "Column 13" in error.text()
    assert editor.document.element("e3").condition == 'category == "support"'
    QTest.keyClicks(line, '"feature"')
    assert error.isHidden()
    assert editor.document.element("e3").condition == 'category == "feature"'


def test_setting_a_probability_clears_the_other_rules(editor, qtbot):
    dock = PropertiesDock(editor)
    qtbot.addWidget(dock)
    editor.scene.select_ids(["e4"])
    line = dock.fields["probability"].widget
    QTest.keyClicks(line, "0.4")
    edge = editor.document.element("e4")
    assert edge.probability == 0.4 and edge.default is False


def test_diagnostics_badge_faulty_elements_and_the_list_centres_them(editor, qtbot):
    overlay = DiagnosticsOverlay(editor.scene)
    panel = DiagnosticsPanel(overlay)
    qtbot.addWidget(panel)
    panel.sig_activated.connect(editor.select_and_centre)
    with qtbot.waitSignal(overlay.sig_diagnostics, timeout=2000):
        pass
    assert overlay.diagnostics
    assert any(isinstance(i, BadgeItem) for i in editor.scene.items())
    with qtbot.waitSignal(overlay.sig_diagnostics, timeout=2000):
        editor.connect_nodes("triage", "fix")  # any change re-runs validation, debounced
    first = panel.item(0)
    ids = first.data(Qt.ItemDataRole.UserRole)
    panel.itemClicked.emit(first)
    assert editor.scene.selected_ids() == [ids[0]]
