"""Who does a step (issue 15): the properties dock's "Done by" picker speaks in words and edits
the document through one undoable command; the canvas draws a step done by the system or the
customer with its own icon (the PDF uses the same marks) and names it so in the tooltip."""

from __future__ import annotations

from canvaskit import dock, dump, select  # noqa: F401 - fixture
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from blueprint_studio.canvas.items import node as node_module
from blueprint_studio.model import geometry, style


def test_done_by_is_a_picker_in_words_and_one_undo_step(dock):
    select(dock, "triage")
    combo = dock.fields["performer"].widget
    words = [combo.itemText(i) for i in range(combo.count())]
    assert words == ["An agent", "The system (automation)", "The customer (self-service)"]
    assert combo.currentData() == "agent"
    before = dump(dock.document)
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # the keyboard, as a user would
    assert dock.document.element("triage").performer == "system"
    assert dock.editor.undo_stack.count() == 1
    QTest.keyClick(combo, Qt.Key.Key_Down)  # picks in a row on one field merge, as typing does
    assert dock.document.element("triage").performer == "customer"
    assert dock.editor.undo_stack.count() == 1
    dock.editor.undo_stack.undo()
    assert dump(dock.document) == before and combo.currentData() == "agent"
    dock.editor.undo_stack.redo()
    assert dock.document.element("triage").performer == "customer"


def test_a_step_without_agents_hides_the_agents_fields_while_they_are_empty(dock):
    select(dock, "fix")  # in a lane without a pool: its own pool is empty
    names = ("pool", "time_limit", "escalate_to")
    assert all(dock.fields[n].widget.isVisibleTo(dock) for n in names)
    combo = dock.fields["performer"].widget
    combo.setCurrentIndex(combo.findData("customer"))
    assert not any(dock.fields[n].widget.isVisibleTo(dock) for n in names)
    assert not dock.form_host.findChild(QLabel, "label_pool").isVisibleTo(dock)
    dock.editor.undo_stack.undo()
    assert all(dock.fields[n].widget.isVisibleTo(dock) for n in names)


def _icons_drawn(scene, monkeypatch) -> list[str]:
    drawn: list[str] = []
    real = node_module.draw_icon
    monkeypatch.setattr(node_module, "draw_icon", lambda p, name, *a: drawn.append(name) or real(p, name, *a))
    image = QImage(1200, 600, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    scene.render(painter)
    painter.end()
    return drawn


def test_a_step_without_agents_shows_who_does_it(dock, monkeypatch):
    doc, scene = dock.document, dock.editor.scene
    assert _icons_drawn(scene, monkeypatch).count("step") == 2  # triage and fix, by agents
    select(dock, "triage")
    combo = dock.fields["performer"].widget
    combo.setCurrentIndex(combo.findData("system"))
    select(dock, "fix")
    combo = dock.fields["performer"].widget
    combo.setCurrentIndex(combo.findData("customer"))
    assert doc.element("fix").performer == "customer"
    drawn = _icons_drawn(scene, monkeypatch)
    assert "system" in drawn and "self_service" in drawn and "step" not in drawn
    assert scene.nodes["triage"].toolTip() == "Automated step: Triage"
    assert scene.nodes["fix"].toolTip() == "Self-service step: Fix"
    # the marks exist (screen and paper draw the same ones) and differ from an agent's
    box = geometry.Rect(0, 0, 12, 12)
    marks = {name: geometry.icon_marks(name, box) for name in ("step", "system", "self_service")}
    assert all(marks.values()) and len({repr(m) for m in marks.values()}) == 3
    assert style.node_icon(doc.element("triage")) == "system"
