"""A step's time-limit escalation ladder in the properties panel: ticked from the keyboard, a
warning at a share of the time limit, a role notified, a priority raised (field and value by
their labels), tickets in service sent on; each edit one undo step, typing in the warning merged;
the panel never shows the ladder as raw data."""

from __future__ import annotations

from canvaskit import dock, dump, select  # noqa: F401 - fixture
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from blueprint_studio.canvas.properties.ladder_form import StepLadderEditor
from blueprint_studio.model.schema import EscalationLadder


def test_step_ladder_edited_in_the_panel_one_undo_step_each(dock):
    select(dock, "triage")
    editor = dock.fields["ladder"].widget
    assert isinstance(editor, StepLadderEditor)
    assert not isinstance(editor, QPlainTextEdit)  # not the raw-data editor of unknown structures
    labels = [label.text() for label in dock.form_host.findChildren(QLabel) if label.buddy() is editor]
    assert labels == ["Escalation ladder"]
    before = dump(dock.document)
    editor.enabled.setFocus()
    QTest.keyClick(editor.enabled, Qt.Key.Key_Space)
    assert dock.document.element("triage").ladder == EscalationLadder(warn_at=80)
    editor.warn_at.setFocus()
    QTest.keyClick(editor.warn_at, Qt.Key.Key_Down)
    QTest.keyClick(editor.warn_at, Qt.Key.Key_Down)
    assert dock.document.element("triage").ladder.warn_at == 78
    editor.notify.setFocus()
    QTest.keyClicks(editor.notify, "Team lead")
    QTest.keyClick(editor.notify, Qt.Key.Key_Return)
    editor.priority_field.setFocus()
    QTest.keyClick(editor.priority_field, Qt.Key.Key_Down)  # no change -> Category
    assert editor.priority_value.currentText() == "support"  # its first value: the highest
    editor.in_service.setFocus()
    QTest.keyClick(editor.in_service, Qt.Key.Key_End)
    assert dock.document.element("triage").ladder == EscalationLadder(
        warn_at=78,
        notify="Team lead",
        priority_field="category",
        priority_value="support",
        in_service="interrupt",
    )
    stack = dock.editor.undo_stack
    editor.in_service.clearFocus()  # the panel keeps a field as it is while it has the focus
    assert stack.count() == 5  # on, the warning (two nudges), notify, priority, in service
    stack.undo()
    assert dock.document.element("triage").ladder.in_service == "stay"
    assert editor.in_service.currentData() == "stay"  # the panel follows
    for _ in range(4):
        stack.undo()
    assert dump(dock.document) == before
    assert not editor.enabled.isChecked()


# the undo steps of a ladder's edits, named alike in the panel and the SLA policies tab
# (tests/canvas/test_settings_ladder.py checks the tab's against the same list)
LADDER_UNDO_TEXTS = [
    "Add an escalation ladder",
    "Change the escalation warning",
    "Change who is notified at the breach",
    "Change the raised priority",
    "Change the raised priority",
    "Change what happens to tickets in service",
    "Change the escalation warning",
    "Remove the escalation ladder",
]


def test_the_panel_names_each_ladder_undo_step_as_the_sla_policies_tab_does(dock):
    select(dock, "triage")
    editor = dock.fields["ladder"].widget
    stack = dock.editor.undo_stack
    start = stack.count()
    editor.enabled.setFocus()
    QTest.keyClick(editor.enabled, Qt.Key.Key_Space)
    editor.warn_at.setFocus()
    for _ in range(3):  # nudges merge into one step
        QTest.keyClick(editor.warn_at, Qt.Key.Key_Down)
    editor.notify.setFocus()
    QTest.keyClicks(editor.notify, "Team lead")
    QTest.keyClick(editor.notify, Qt.Key.Key_Return)
    editor.priority_field.setFocus()
    QTest.keyClick(editor.priority_field, Qt.Key.Key_Down)
    editor.priority_value.setFocus()
    QTest.keyClick(editor.priority_value, Qt.Key.Key_Down)
    editor.in_service.setFocus()
    QTest.keyClick(editor.in_service, Qt.Key.Key_End)
    editor.warn.setFocus()
    QTest.keyClick(editor.warn, Qt.Key.Key_Space)  # no warning
    editor.enabled.setFocus()
    QTest.keyClick(editor.enabled, Qt.Key.Key_Space)
    assert [stack.text(i) for i in range(start, stack.count())] == LADDER_UNDO_TEXTS
