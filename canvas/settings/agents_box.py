"""A pool's agents as individuals, in the Pools tab: a table of named agents (name, skills, speed
factor) with Add and Remove, whether a ticket coming back goes to its owner, and how long a ticket
waits for an agent with the skill its step needs before any agent takes it (model/sim/agents.py).
It shows a pool and reports each edit as the pool's changed fields (`sig_changed`); the tab makes
the undo command. No document access.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.canvas.settings import unused_name
from blueprint_studio.model.schema import Agent, Pool

NAME, SKILLS, SPEED = range(3)


def tr(text: str) -> str:
    return QCoreApplication.translate("AgentsBox", text)


def skills_text(skills: list[str]) -> str:
    return ", ".join(skills)


def parse_skills(text: str) -> list[str]:
    """ "Billing, refunds" -> ["Billing", "refunds"]: commas separate, blanks and repeats go."""
    out: list[str] = []
    for part in text.split(","):
        skill = part.strip()
        if skill and skill not in out:
            out.append(skill)
    return out


class AgentsBox(QGroupBox):
    """The pool's roster and its ownership and fallback; `sig_changed` on each edit."""

    sig_changed = Signal(object, str)  # the pool's changed fields, the key of the undo text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Named agents"), parent)
        self.setObjectName("pool_roster_box")
        self._pool: Pool | None = None
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("pool_roster")
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Skills"), tr("Speed")])
        self.table.horizontalHeaderItem(SKILLS).setToolTip(
            tr("What this agent can do, separated by commas; a step may require one skill")
        )
        self.table.horizontalHeaderItem(SPEED).setToolTip(
            tr(
                "How fast this agent works: 2 takes half the step's time, 0.5 twice as long "
                "(more than 0, at most 10)"
            )
        )
        self.table.setToolTip(
            tr(
                "The pool's agents by name: the first ones listed are on shift when the shifts "
                "put fewer agents on duty. Double-click or F2 to edit a cell."
            )
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(SKILLS, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(90)
        self.table.itemChanged.connect(self._cell_edited)
        self.add_button = QPushButton(tr("Add a&gent"))
        self.add_button.setObjectName("roster_add")
        self.add_button.setToolTip(tr("Name one more agent of this pool"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(tr("Remo&ve agent"))
        self.remove_button.setObjectName("roster_remove")
        self.remove_button.setToolTip(tr("Remove the selected agent from the list"))
        self.remove_button.clicked.connect(self._remove)
        self.ownership = QCheckBox(tr("A ticket coming back goes to its &owner"))
        self.ownership.setObjectName("pool_ownership")
        self.ownership.setToolTip(
            tr(
                "A re-opened ticket, or one the customer replied to, waits for the agent who first "
                "worked it while that agent is on shift; otherwise the assignment rule applies"
            )
        )
        self.ownership.toggled.connect(lambda on: self._emit({"ownership": on}, "ownership"))
        self.fallback = QDoubleSpinBox()
        self.fallback.setObjectName("pool_skill_fallback")
        self.fallback.setRange(0, 100_000)
        self.fallback.setDecimals(0)
        self.fallback.setSuffix(tr(" min"))
        self.fallback.setSpecialValueText(tr("never: wait for the skill"))
        self.fallback.setKeyboardTracking(False)
        self.fallback.setToolTip(
            tr(
                "With the rule “skills first”: minutes a ticket waits for an agent with the skill its "
                "step requires before any free agent takes it (0: it waits for the skill)"
            )
        )
        self.fallback.valueChanged.connect(
            lambda value: self._emit({"skill_fallback": value or None}, "skill_fallback")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.ownership)
        form.addRow(tr("Skill &fallback after:"), self.fallback)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)

    # ------------------------------------------------------------ showing
    def show_pool(self, pool: Pool) -> None:
        self._pool = pool
        with QSignalBlocker(self.table), QSignalBlocker(self.ownership), QSignalBlocker(self.fallback):
            self.table.setRowCount(len(pool.roster))
            for row, agent in enumerate(pool.roster):
                speed = QTableWidgetItem(f"{agent.speed:g}")
                self.table.setItem(row, NAME, QTableWidgetItem(agent.name))
                self.table.setItem(row, SKILLS, QTableWidgetItem(skills_text(agent.skills)))
                self.table.setItem(row, SPEED, speed)
            self.ownership.setChecked(pool.ownership)
            self.fallback.setValue(pool.skill_fallback or 0)
        self.remove_button.setEnabled(bool(pool.roster))

    # ------------------------------------------------------------ editing
    def _emit(self, changes: dict[str, Any], what: str) -> None:
        if self._pool is not None:
            self.sig_changed.emit(changes, what)

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        pool = self._pool
        if pool is None or item.row() >= len(pool.roster):
            return
        agent = pool.roster[item.row()]
        text = item.text().strip()
        if item.column() == NAME:
            changed = agent.model_copy(update={"name": text})
        elif item.column() == SKILLS:
            changed = agent.model_copy(update={"skills": parse_skills(text)})
        else:
            try:
                speed = float(text.replace(",", "."))
            except ValueError:
                speed = -1.0
            if not 0 < speed <= 10:
                self.show_pool(pool)  # the refused value goes
                return
            changed = agent.model_copy(update={"speed": speed})
        roster = list(pool.roster)
        roster[item.row()] = changed
        self._emit({"roster": roster}, "roster")

    def _add(self) -> None:
        pool = self._pool
        if pool is None:
            return

        def numbered(n: int) -> str:
            return tr("Agent {n}").format(n=n)

        n = len(pool.roster) + 1
        name = unused_name({a.name for a in pool.roster}, numbered(n), numbered, n + 1)
        self._emit({"roster": [*pool.roster, Agent(name=name)]}, "roster_add")

    def _remove(self) -> None:
        pool = self._pool
        row = self.table.currentRow()
        if pool is None or not pool.roster:
            return
        row = row if 0 <= row < len(pool.roster) else len(pool.roster) - 1
        self._emit({"roster": [a for i, a in enumerate(pool.roster) if i != row]}, "roster_remove")
