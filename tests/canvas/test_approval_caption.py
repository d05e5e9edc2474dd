"""A link that needs an approval says so in its caption, in one way on the canvas and on paper:
ticked in the properties panel, the link's label on the canvas gains "approval: Team lead" (or
"needs approval" before a role is typed), the PDF's drawing says the same words, and undo takes
them away again."""

from __future__ import annotations

import pytest
from canvaskit import select, small_blueprint
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from blueprint_studio.export.painter import BlueprintPainter
from blueprint_studio.export.strings import Strings
from blueprint_studio.model.document import Document


@pytest.fixture
def dock(qtbot):
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.canvas.properties.dock import PropertiesDock

    editor = CanvasEditor(Document(small_blueprint()))
    qtbot.addWidget(editor.view)
    panel = PropertiesDock(editor)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def on_canvas(dock, edge_id: str) -> list[str]:
    """The caption's parts, each as one line of words, as the canvas wraps them."""
    return [" ".join(part) for part in dock.editor.scene.edges[edge_id]._caption.parts]


def on_paper(dock, edge_id: str) -> list[str]:
    painter = BlueprintPainter(dock.document.blueprint, Strings("en"))
    placed = painter.label_places().get(edge_id)
    return [] if placed is None else [" ".join(part) for part in placed.parts]


def test_an_approval_ticked_and_typed_shows_on_the_canvas_and_on_paper(dock):
    select(dock, "e5")  # Fix -> Done
    before = on_canvas(dock, "e5")
    assert not any("approval" in part for part in before)
    editor = dock.fields["approval"].widget
    editor.enabled.setFocus()
    QTest.keyClick(editor.enabled, Qt.Key.Key_Space)
    assert on_canvas(dock, "e5") == [*before, "needs approval"]
    assert on_paper(dock, "e5") == on_canvas(dock, "e5")
    editor.role.setFocus()
    QTest.keyClicks(editor.role, "Team lead")
    editor.role.clearFocus()
    assert dock.document.element("e5").approval.role == "Team lead"
    assert on_canvas(dock, "e5") == [*before, "approval: Team lead"]
    assert on_paper(dock, "e5") == [*before, "approval: Team lead"]
    tip = dock.editor.scene.edges["e5"].toolTip()
    assert "e5" not in tip  # names, never ids
    stack = dock.editor.undo_stack
    stack.undo()  # the role
    assert on_canvas(dock, "e5") == [*before, "needs approval"]
    stack.undo()  # the approval
    assert on_canvas(dock, "e5") == before
    assert on_paper(dock, "e5") == before


def test_the_tooltip_of_a_link_that_needs_an_approval_says_who_how_long_and_the_share_rejected(dock):
    select(dock, "e5")  # Fix -> Done
    item = dock.editor.scene.edges["e5"]
    assert "approved" not in item.toolTip()
    editor = dock.fields["approval"].widget
    editor.enabled.setFocus()
    QTest.keyClick(editor.enabled, Qt.Key.Key_Space)
    editor.role.setFocus()
    QTest.keyClicks(editor.role, "Team lead")
    editor.role.clearFocus()
    approval = dock.document.element("e5").approval
    assert (approval.time.mean, approval.reject, approval.rejected_to) == (60.0, 10.0, None)
    edge = dock.document.element("e5")
    title, done = dock.document.element(edge.source).title, dock.document.element(edge.target).title
    assert item.toolTip().splitlines()[-1] == (
        f"{title} → {done}: approved by Team lead in 60 min on average; 10% rejected, "
        f"which go back to {title} to be done again."
    )
    dock.editor.undo_stack.undo()
    dock.editor.undo_stack.undo()
    assert "approved" not in item.toolTip()
