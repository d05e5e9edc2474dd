"""A step's required skill, in the properties panel: an editable list of the skills the named agents
of the document's pools have (canvas/settings/agents_box.py), or none. With the pool's rule "skills
first" a ticket at this step goes to an agent with the skill (model/sim/agents.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from blueprint_studio.canvas.properties.subforms import SubForm
from blueprint_studio.model.schema import Blueprint


def tr(text: str) -> str:
    return QCoreApplication.translate("AgentsSkill", text)


def known_skills(blueprint: Blueprint) -> list[str]:
    """Every skill of a named agent of the document, in the order first met."""
    found: list[str] = []
    for pool in blueprint.all_pools():
        for agent in pool.roster:
            found += [s for s in agent.skills if s not in found]
    return found


class RequiredSkillEditor(SubForm):
    """An editable combo: "(no skill required)", then the document's skills; a new one may be
    typed (each keystroke merges into one undo step)."""

    def __init__(self, skills: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("required_skill_editor")
        self._skills = skills
        self.combo = QComboBox()
        self.combo.setObjectName("required_skill")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.lineEdit().setPlaceholderText(tr("(no skill required)"))
        self.combo.setToolTip(
            tr(
                "The skill an agent needs for this step, when its pool assigns by skills first; "
                "empty: any agent"
            )
        )
        self.combo.setAccessibleName(tr("Required skill"))
        self.combo.lineEdit().textEdited.connect(self.typed)
        self.combo.activated.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)

    def show_value(self, value: Any) -> None:
        self.combo.clear()
        self.combo.addItem("")
        self.combo.setItemData(0, tr("(no skill required)"), Qt.ItemDataRole.ToolTipRole)
        for skill in self._skills():
            self.combo.addItem(skill)
        if value and self.combo.findText(value) < 0:
            self.combo.addItem(value)
        self.combo.setCurrentIndex(max(0, self.combo.findText(value or "")))

    def value(self) -> Any:
        return self.combo.currentText().strip() or None
