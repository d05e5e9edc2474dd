"""The scenarios dock edits the escalation ladder of a scenario's own SLA policies with the SLA
policies tab's editor: override the targets, pick a policy in the table, tick "Escalate tickets
that run late" and type who is notified, by mouse and keyboard; each edit is one undo step, and
the ladder reaches the saved file."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from shellkit import template_editor  # noqa: F401 - fixture

from blueprint_studio.app.simulation.scenarios import ScenariosDock
from blueprint_studio.model.fileformat import dumps, load, save


def click(box) -> None:
    """On a check box's indicator (its text may end before the middle of a wide box)."""
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def test_a_scenario_policy_gets_a_ladder_down_to_the_file(qtbot, template_editor, tmp_path):
    editor, doc = template_editor, template_editor.document
    dock = ScenariosDock()
    qtbot.addWidget(dock)
    dock.set_editor(editor)
    dock.show()
    form, sid = dock.form, dock.current_id()
    before = dumps(doc.blueprint)
    assert not form.ladder.isEnabled()  # the blueprint's own policies are edited in its settings
    form.sla_override.setFocus()
    QTest.keyClick(form.sla_override, Qt.Key.Key_Space)
    assert doc.element(sid, "scenarios").sla is not None and form.ladder.isEnabled()
    # the second policy, picked in the table by a click
    table = form.sla
    rect = table.visualItemRect(table.item(1, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    name = doc.element(sid, "scenarios").sla[1].name
    click(form.ladder.enabled)
    policies = doc.element(sid, "scenarios").sla
    assert policies[1].name == name and policies[1].ladder is not None
    assert policies[1].ladder.warn_at == 80 and policies[0].ladder is None
    assert form.ladder.enabled.isChecked() and table.currentRow() == 1  # the form follows
    form.ladder.notify.setFocus()
    QTest.keyClicks(form.ladder.notify, "Team lead")
    QTest.keyClick(form.ladder.notify, Qt.Key.Key_Return)
    assert doc.element(sid, "scenarios").sla[1].ladder.notify == "Team lead"
    path = tmp_path / "desk.blueprint.json"
    save(doc.blueprint, path)
    saved = next(s for s in load(path).scenarios if s.id == sid)
    assert saved.sla[1].ladder.notify == "Team lead" and saved.sla[1].ladder.warn_at == 80
    editor.undo_stack.undo()  # the role
    assert doc.element(sid, "scenarios").sla[1].ladder.notify == ""
    editor.undo_stack.undo()  # the ladder
    assert doc.element(sid, "scenarios").sla[1].ladder is None and not form.ladder.enabled.isChecked()
    editor.undo_stack.undo()  # the override
    assert dumps(doc.blueprint) == before
    dock.detach()
