"""A step's required skill in the properties panel (canvas/properties/agents_skill.py): picked from
the skills of the document's named agents or typed, one undo step, labelled in words, saved."""

from __future__ import annotations

from canvaskit import dump, select, small_blueprint
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from blueprint_studio.canvas.properties.agents_skill import RequiredSkillEditor
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import dumps, loads
from blueprint_studio.model.schema import Agent, Lane, Pool


def test_a_steps_required_skill_is_picked_from_the_agents_skills_and_saved(qtbot):
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.canvas.properties.dock import PropertiesDock

    bp = small_blueprint()
    roster = [Agent(name="Ana", skills=["billing"]), Agent(name="Ben", skills=["billing", "network"])]
    pool = Pool(id="agents", agents=2, roster=roster, assignment="skills_first")
    lanes = [lane if lane.pool is None else Lane(**{**dict(lane), "pool": pool}) for lane in bp.lanes]
    editor = CanvasEditor(Document(bp.model_copy(update={"lanes": lanes})))
    qtbot.addWidget(editor.view)
    dock = PropertiesDock(editor)
    qtbot.addWidget(dock)
    dock.show()
    select(dock, "triage")
    skill = dock.fields["required_skill"].widget
    assert isinstance(skill, RequiredSkillEditor)
    labels = [label.text() for label in dock.form_host.findChildren(QLabel) if label.buddy() is skill]
    assert labels == ["Required skill"]
    combo = skill.combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "billing", "network"]
    before = dump(dock.document)
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # the first skill, from the keyboard
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert dock.document.element("triage").required_skill == "network"
    stack = dock.editor.undo_stack
    assert stack.count() == 2
    saved = loads(dumps(dock.document.blueprint))
    assert saved.nodes[1].required_skill == "network"
    stack.undo()
    stack.undo()
    assert dump(dock.document) == before and combo.currentText() == ""
