"""The weekly arrival schedule and the duration rules get forms, not JSON: each edit one
undoable command, typing merged."""

from __future__ import annotations

from canvaskit import dock, dump, select, small_document  # noqa: F401 - fixture
from PySide6.QtWidgets import QLineEdit

from blueprint_studio.canvas.properties.rules import DurationRulesEditor, WeeklyScheduleEditor


def test_weekly_schedule_table(dock):
    intake = select(dock, "in")
    before = dump(dock.document)
    editor = dock.fields["schedule"].widget
    assert isinstance(editor, WeeklyScheduleEditor) and not editor.enabled.isChecked()
    editor.enabled.setChecked(True)
    schedule = dock.document.element("in").schedule
    assert schedule is not None and schedule.rates[2][10] == intake.rate_per_hour
    editor.table.item(0, 9).setText("12.5")  # Monday 09:00
    assert dock.document.element("in").schedule.rates[0][9] == 12.5
    stack = dock.editor.undo_stack
    stack.undo()
    stack.undo()
    assert dump(dock.document) == before
    stack.redo()
    stack.redo()
    assert dock.document.element("in").schedule.rates[0][9] == 12.5


def test_duration_rules_rows(dock):
    select(dock, "triage")
    before = dump(dock.document)
    editor = dock.fields["duration_rules"].widget
    assert isinstance(editor, DurationRulesEditor)
    editor.add_button.click()
    rules = dock.document.element("triage").duration_rules
    assert len(rules) == 1 and rules[0].when == 'category == "support"'
    assert rules[0].duration.mean == 30
    count = dock.editor.undo_stack.count()
    when = editor.rows[0][0].findChild(QLineEdit, "duration_rule_when")  # the rebuilt row
    when.setText('category == "feature"')
    when.textEdited.emit(when.text())
    assert dock.document.element("triage").duration_rules[0].when == 'category == "feature"'
    assert dock.editor.undo_stack.count() == count + 1
    while dock.editor.undo_stack.canUndo():
        dock.editor.undo_stack.undo()
    assert dump(dock.document) == before
