"""Named agents in the Pools tab (canvas/settings/agents_box.py): add agents, type their names,
skills and speed in the table, pick an assignment rule that uses them, the skill fallback and the
ticket ownership; each edit one undo step, down to the saved file."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from blueprint_studio.model.fileformat import dumps
from blueprint_studio.model.schema import Agent
from tests.canvas.test_settings_pools import LEFT, Harness, small_blueprint


def type_in_cell(table, row: int, column: int, text: str) -> None:
    table.setFocus()
    table.setCurrentCell(row, column)
    QTest.keyClick(table, Qt.Key.Key_F2)
    [editor] = [e for e in table.findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def test_named_agents_skills_rule_fallback_and_ownership_each_one_undo_step(qtbot):
    h = Harness(small_blueprint(), qtbot)
    h.select("Experts")
    box = h.tab.roster_box
    assert box.isVisible() and box.table.rowCount() == 0 and not box.remove_button.isEnabled()
    QTest.mouseClick(box.add_button, LEFT)
    QTest.mouseClick(box.add_button, LEFT)
    assert [a.name for a in h.pool("Experts").roster] == ["Agent 1", "Agent 2"]
    type_in_cell(box.table, 0, 0, "Ana")
    type_in_cell(box.table, 1, 0, "Ben")
    type_in_cell(box.table, 1, 1, "billing, refunds, billing")
    type_in_cell(box.table, 1, 2, "1,5")  # a French decimal comma is understood
    type_in_cell(box.table, 0, 2, "0")  # refused: a speed is above 0
    roster = h.pool("Experts").roster
    assert roster == [Agent(name="Ana"), Agent(name="Ben", skills=["billing", "refunds"], speed=1.5)]
    assert box.table.item(0, 2).text() == "1"  # the refused speed goes
    combo = h.tab.assignment
    combo.setCurrentIndex(combo.findText("Skills first"))
    box.fallback.setFocus()
    box.fallback.selectAll()
    QTest.keyClicks(box.fallback, "15")
    QTest.keyClick(box.fallback, Qt.Key.Key_Return)
    QTest.mouseClick(
        box.ownership, LEFT, pos=box.ownership.rect().topLeft() + box.ownership.rect().center() / 4
    )
    pool = h.pool("Experts")
    assert (pool.assignment, pool.skill_fallback, pool.ownership) == ("skills_first", 15.0, True)
    texts = [h.stack.text(i) for i in range(h.stack.count())]
    assert texts == [
        "Add a named agent",
        "Add a named agent",
        "Change a named agent",
        "Change a named agent",
        "Change a named agent",
        "Change a named agent",
        "Change the assignment rule",
        "Change the skill fallback",
        "Change the ticket ownership",
    ]
    saved = json.loads(dumps(h.doc.blueprint))["pools"][0]
    assert saved["roster"][1] == {"name": "Ben", "skills": ["billing", "refunds"], "speed": 1.5}
    assert saved["skill_fallback"] == 15.0 and saved["ownership"] is True
    h.undo_redo_undo_redo()
    h.stack.undo()
    assert not h.pool("Experts").ownership and not box.ownership.isChecked()  # the box follows
    QTest.mouseClick(box.remove_button, LEFT)  # the current row: Ben
    assert [a.name for a in h.pool("Experts").roster] == ["Ana"]
    assert h.stack.text(h.stack.index() - 1) == "Remove a named agent"


def test_a_pool_without_named_agents_is_saved_as_before(qtbot):
    h = Harness(small_blueprint(), qtbot)
    h.select("Experts")
    QTest.mouseClick(h.tab.roster_box.add_button, LEFT)
    h.stack.undo()
    assert "roster" not in dumps(h.doc.blueprint).decode()
