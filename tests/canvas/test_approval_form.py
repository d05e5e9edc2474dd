"""Approvals and transfers in the properties panel: an edge's approval (who approves, the share
rejected, where rejected tickets go, the approval time) ticked and typed from the keyboard, each
edit one undo step; a re-assignment's reason typed in the edge's actions; the panel never shows
them as raw data; the saved file holds them and reads back equal."""

from __future__ import annotations

import pytest
from canvaskit import dump, select, small_blueprint
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from blueprint_studio.canvas.properties.approval_form import ApprovalEditor
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load, save
from blueprint_studio.model.schema import Approval, Exponential, Reassign


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


def _type(box, text: str) -> None:
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, text)


def test_an_edges_approval_edited_in_the_panel_one_undo_step_each(dock, tmp_path):
    select(dock, "e5")  # Fix -> Done
    editor = dock.fields["approval"].widget
    assert isinstance(editor, ApprovalEditor)
    assert not isinstance(editor, QPlainTextEdit)  # not the raw-data editor of unknown structures
    labels = [label.text() for label in dock.form_host.findChildren(QLabel) if label.buddy() is editor]
    assert labels == ["Approval"]
    before = dump(dock.document)
    editor.enabled.setFocus()
    QTest.keyClick(editor.enabled, Qt.Key.Key_Space)
    assert dock.document.element("e5").approval == Approval()
    _type(editor.role, "Team lead")  # typed letter by letter: one undo step
    _type(editor.reject, "25")
    editor.reject.clearFocus()
    editor.rejected_to.setFocus()
    assert editor.rejected_to.currentText() == "the step it comes from, again"
    QTest.keyClick(editor.rejected_to, Qt.Key.Key_Down)  # the first node, by its name
    assert editor.rejected_to.currentText() == "Triage"
    _type(editor.time.spins["mean"], "45")
    editor.time.spins["mean"].clearFocus()
    assert dock.document.element("e5").approval == Approval(
        role="Team lead", time=Exponential(mean=45.0), reject=25.0, rejected_to="triage"
    )
    stack = dock.editor.undo_stack
    assert stack.count() == 5  # on, the role, the share, the rejection path, the time
    path = tmp_path / "desk.blueprint.json"
    save(dock.document.blueprint, path)
    saved = load(path)
    assert next(e for e in saved.edges if e.id == "e5").approval.rejected_to == "triage"
    assert saved == dock.document.blueprint
    stack.undo()
    assert dock.document.element("e5").approval.time == Exponential(mean=60.0)
    assert editor.time.spins["mean"].value() == 60.0  # the panel follows
    for _ in range(4):
        stack.undo()
    assert dump(dock.document) == before
    assert not editor.enabled.isChecked()
    assert '"approval"' not in before.decode()  # an edge without one is written as before


def test_a_re_assignments_reason_typed_in_the_edges_actions(dock, tmp_path):
    select(dock, "e2")  # Triage -> Known?
    actions = dock.fields["after"].widget
    add = next(b for b in actions.findChildren(QPushButton) if b.objectName() == "add_row")
    QTest.mouseClick(add, Qt.MouseButton.LeftButton)
    kind = actions.findChildren(QComboBox)[0]
    kind.setCurrentIndex(kind.findData("reassign"))
    reason = next(w for w in actions.findChildren(QLineEdit) if w.objectName() == "action_reason")
    assert reason.isVisibleTo(actions)
    _type(reason, "Needs expertise")
    assert dock.document.element("e2").after == [Reassign(pool="agents", reason="Needs expertise")]
    path = tmp_path / "desk.blueprint.json"
    save(dock.document.blueprint, path)
    assert '"reason": "Needs expertise"' in path.read_text("utf-8")
    assert load(path) == dock.document.blueprint
    stack = dock.editor.undo_stack
    stack.undo()  # the reason, typed as one step
    assert dock.document.element("e2").after == [Reassign(pool="agents")]
