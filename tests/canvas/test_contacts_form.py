"""Follow-up contacts and merges in the properties panel: an intake's follow-ups (share of its
tickets, the channel they come through, when) and a step's merge rule (share recognised,
detection time), ticked and typed from the keyboard; each edit one undo step, typing merged; the
panel never shows them as raw data; the saved file holds them and reads back equal."""

from __future__ import annotations

import pytest
from canvaskit import dump, select, small_blueprint
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from blueprint_studio.canvas.properties.contacts_form import FollowUpsEditor, MergeRuleEditor
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load, save
from blueprint_studio.model.schema import Edge, Exponential, FollowUps, IntakeNode, MergeRule


@pytest.fixture
def dock(qtbot):
    """A properties dock on the small blueprint with a second intake, a chat."""
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.canvas.properties.dock import PropertiesDock

    bp = small_blueprint()
    chat = IntakeNode(id="chat", title="Chat", lane="cust", x=40, y=100, channel="chat")
    bp = bp.model_copy(
        update={
            "nodes": [*bp.nodes, chat],
            "edges": [*bp.edges, Edge(id="e6", source="chat", target="triage")],
        }
    )
    editor = CanvasEditor(Document(bp))
    qtbot.addWidget(editor.view)
    panel = PropertiesDock(editor)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _type(box, text: str) -> None:
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, text)


def test_an_intakes_follow_ups_edited_in_the_panel_one_undo_step_each(dock, tmp_path):
    select(dock, "in")
    editor = dock.fields["follow_ups"].widget
    assert isinstance(editor, FollowUpsEditor)
    assert not isinstance(editor, QPlainTextEdit)  # not the raw-data editor of unknown structures
    labels = [label.text() for label in dock.form_host.findChildren(QLabel) if label.buddy() is editor]
    assert labels == ["Follow-up contacts"]
    before = dump(dock.document)
    editor.enabled.setFocus()
    QTest.keyClick(editor.enabled, Qt.Key.Key_Space)
    assert dock.document.element("in").follow_ups == FollowUps()
    _type(editor.share, "35")  # typed digit by digit: one undo step
    editor.via.setFocus()
    QTest.keyClick(editor.via, Qt.Key.Key_Down)  # the same intake -> Chat, by its name
    assert editor.via.currentText() == "Chat"
    _type(editor.after.spins["mean"], "90")
    assert dock.document.element("in").follow_ups == FollowUps(
        share=35.0, after=Exponential(mean=90.0), via="chat"
    )
    editor.after.spins["mean"].clearFocus()
    stack = dock.editor.undo_stack
    assert stack.count() == 4  # on, the share, the channel, the time
    path = tmp_path / "desk.blueprint.json"
    save(dock.document.blueprint, path)
    saved = load(path)
    assert next(n for n in saved.nodes if n.id == "in").follow_ups.via == "chat"
    assert saved == dock.document.blueprint
    stack.undo()
    assert dock.document.element("in").follow_ups.after == Exponential(mean=240.0)
    assert editor.after.spins["mean"].value() == 240.0  # the panel follows
    for _ in range(3):
        stack.undo()
    assert dump(dock.document) == before
    assert not editor.enabled.isChecked()


def test_a_steps_merge_rule_edited_in_the_panel_one_undo_step_each(dock):
    select(dock, "triage")
    editor = dock.fields["merge"].widget
    assert isinstance(editor, MergeRuleEditor)
    before = dump(dock.document)
    editor.enabled.setFocus()
    QTest.keyClick(editor.enabled, Qt.Key.Key_Space)
    assert dock.document.element("triage").merge == MergeRule()
    _type(editor.detect, "65")
    _type(editor.detection_time, "4")
    editor.detection_time.clearFocus()
    assert dock.document.element("triage").merge == MergeRule(detect=65.0, detection_time=4.0)
    stack = dock.editor.undo_stack
    assert stack.count() == 3
    stack.undo()
    stack.undo()
    assert dock.document.element("triage").merge == MergeRule()
    stack.undo()
    assert dump(dock.document) == before
    # the intake's form has no merge rule, the step's no follow-ups
    assert "follow_ups" not in dock.fields
    select(dock, "in")
    assert "merge" not in dock.fields


def test_follow_ups_through_an_intake_that_no_longer_exists_say_so(dock):
    from blueprint_studio.canvas import commands

    bp = dock.document.blueprint
    intake = next(n for n in bp.nodes if n.id == "in")
    dock.editor.push(
        commands.update_element(dock.document, "in", "Edit", follow_ups=FollowUps(via="gone").model_dump())
    )
    select(dock, "triage")
    select(dock, "in")
    editor = dock.fields["follow_ups"].widget
    assert editor.via.currentText() == "an intake that no longer exists"
    assert intake.follow_ups is None
