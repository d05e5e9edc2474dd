"""The Pools tab of the Blueprint settings dialog: every pool (free-standing or owned by a lane) by
name; add, remove (refused, with the reason, while something uses the pool), rename; the selected
pool's agents, cost, queue discipline, assignment rule and weekly shifts (`shift_grid`).

It never changes the document itself: each edit is one undo command sent on `sig_commit`, built
with canvas/commands/settings.py; `show_blueprint` shows the document again after each change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.canvas.commands.settings import add_item, change_item, remove_item
from blueprint_studio.canvas.properties.labels import display_name
from blueprint_studio.canvas.settings import SettingsTab, error_label, fill_list, show_error, unused_name
from blueprint_studio.canvas.settings.agents_box import AgentsBox
from blueprint_studio.canvas.settings.shift_grid import ShiftGridEditor, agents_text
from blueprint_studio.model.document import Document, validated_copy
from blueprint_studio.model.schema import Blueprint, Lane, Pool, Reassign
from blueprint_studio.model.words import field_words

DISCIPLINES = {
    "fifo": QT_TRANSLATE_NOOP("PoolsTab", "First come, first served"),
    "priority": QT_TRANSLATE_NOOP("PoolsTab", "By priority"),
    "sla": QT_TRANSLATE_NOOP("PoolsTab", "By SLA deadline (earliest first)"),
}
ASSIGNMENTS = {
    "next_free": QT_TRANSLATE_NOOP("PoolsTab", "Next free agent"),
    "least_loaded": QT_TRANSLATE_NOOP("PoolsTab", "Least loaded agent"),
    # agents as individuals (model/sim/agents.py; named agents in canvas/settings/agents_box.py)
    "fewest_owned": QT_TRANSLATE_NOOP("PoolsTab", "Fewest open tickets owned"),
    "skills_first": QT_TRANSLATE_NOOP("PoolsTab", "Skills first"),
    "round_robin": QT_TRANSLATE_NOOP("PoolsTab", "Round-robin"),
}
CHANGE_TEXTS = {  # the undo text of each edit
    "name": QT_TRANSLATE_NOOP("PoolsTab", "Rename pool"),
    "agents": QT_TRANSLATE_NOOP("PoolsTab", "Change the number of agents"),
    "cost_per_hour": QT_TRANSLATE_NOOP("PoolsTab", "Change the cost per agent-hour"),
    "discipline": QT_TRANSLATE_NOOP("PoolsTab", "Change the queue discipline"),
    "priority_field": QT_TRANSLATE_NOOP("PoolsTab", "Change the priority field"),
    "assignment": QT_TRANSLATE_NOOP("PoolsTab", "Change the assignment rule"),
    "shifts": QT_TRANSLATE_NOOP("PoolsTab", "Change the shifts"),
    "roster": QT_TRANSLATE_NOOP("PoolsTab", "Change a named agent"),
    "roster_add": QT_TRANSLATE_NOOP("PoolsTab", "Add a named agent"),
    "roster_remove": QT_TRANSLATE_NOOP("PoolsTab", "Remove a named agent"),
    "ownership": QT_TRANSLATE_NOOP("PoolsTab", "Change the ticket ownership"),
    "skill_fallback": QT_TRANSLATE_NOOP("PoolsTab", "Change the skill fallback"),
}
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF", "CAD": "CA$"}
TYPED = ("name", "agents", "cost_per_hour")  # typing in these merges into one undo step


def tr(text: str) -> str:
    return QCoreApplication.translate("PoolsTab", text)


def owner_lane(blueprint: Blueprint, pool_id: str) -> Lane | None:
    return next((lane for lane in blueprint.lanes if lane.pool is not None and lane.pool.id == pool_id), None)


def pool_title(pool: Pool, blueprint: Blueprint) -> str:
    """'Level 1 (lane Support L1)' for a lane's pool, the pool's name for a free-standing one."""
    name = display_name(pool, blueprint)
    lane = owner_lane(blueprint, pool.id)
    if lane is None:
        return name
    return tr("{pool} (lane {lane})").format(pool=name, lane=display_name(lane, blueprint))


def pool_users(blueprint: Blueprint, pool_id: str) -> list[str]:
    """What uses the pool, in words ("the step “Triage”"): removing it would leave them without."""
    lane = owner_lane(blueprint, pool_id)
    users: list[str] = []
    for node in blueprint.nodes:
        if getattr(node, "kind", None) != "step":
            continue
        title = display_name(node, blueprint)
        in_lane = lane is not None and node.lane == lane.id and node.pool is None
        if node.performer == "agent" and (node.pool == pool_id or in_lane):
            users.append(tr("the step “{title}”").format(title=title))
        if any(isinstance(a, Reassign) and a.pool == pool_id for a in node.actions):
            users.append(tr("a re-assignment after the step “{title}”").format(title=title))
    for edge in blueprint.edges:
        if any(isinstance(a, Reassign) and a.pool == pool_id for a in getattr(edge, "after", ()) or ()):
            users.append(tr("a re-assignment on the link {link}").format(link=display_name(edge, blueprint)))
    for policy in blueprint.sla:
        if getattr(policy, "calendar_pool", None) == pool_id:  # older files: hours of a pool
            users.append(tr("the SLA policy “{name}”").format(name=display_name(policy, blueprint)))
    for scenario in blueprint.scenarios:
        if pool_id in scenario.pool_agents or pool_id in scenario.pool_shifts:
            users.append(tr("the scenario “{name}”").format(name=display_name(scenario, blueprint)))
    return users


def combo(values: dict[str, str]) -> QComboBox:
    box = QComboBox()
    for key, label in values.items():
        box.addItem(tr(label), key)
    return box


class PoolsTab(SettingsTab):
    """The pools and the selected pool's form above, its weekly shift grid below."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("pools_tab")
        self.blueprint = document.blueprint
        self.pool_id: str | None = None
        self._shown_id: str | None = None  # the pool the form shows
        self._build()
        self.show_blueprint(document.blueprint)

    def title(self) -> str:
        return tr("Pools")

    # ------------------------------------------------------------ widgets
    def _build(self) -> None:
        self.list = QListWidget()
        self.list.setObjectName("pool_list")
        self.list.setAccessibleName(tr("Pools"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setToolTip(tr("Every pool of agents; a lane's own pool says which lane. F2 renames."))
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemDoubleClicked.connect(lambda _item: self.rename())
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.installEventFilter(self)  # F2: rename in the name box
        self.add_button = QPushButton(tr("&Add pool"))
        self.add_button.setObjectName("pool_add")
        self.add_button.setToolTip(tr("Add a pool of agents that steps of any lane can use"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(tr("&Remove"))
        self.remove_button.setObjectName("pool_remove")
        self.remove_button.setToolTip(tr("Remove the selected pool (only when no step uses it)"))
        self.remove_button.clicked.connect(self._remove)
        column = QVBoxLayout()
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        column.addLayout(buttons)
        self.form_box = QWidget()
        self._build_form(self.form_box)
        self.empty = QLabel(tr("No pool yet. Add one: steps then pick it by its name."))
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        top.addLayout(column, 2)
        top.addWidget(self.empty, 3)
        # in a scroll area: the named agents (agents_box.py) make the form taller than a small screen
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(self.form_box)
        top.addWidget(self.form_scroll, 3)
        self.message = error_label(self, "pool_message")
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.shifts)
        layout.addWidget(self.message)

    def _build_form(self, box: QWidget) -> None:
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setObjectName("pool_name")
        self.name.setToolTip(tr("The name steps and reports show for this pool"))
        self.agents = QSpinBox()
        self.agents.setObjectName("pool_agents")
        self.agents.setRange(0, 100_000)
        self.agents.setToolTip(
            tr(
                "Head count. Without shifts, these agents are on duty around the clock; "
                "with shifts, the grid decides."
            )
        )
        self.cost = QDoubleSpinBox()
        self.cost.setObjectName("pool_cost")
        self.cost.setRange(0, 1_000_000)
        self.cost.setDecimals(2)
        self.discipline = combo(DISCIPLINES)
        self.discipline.setObjectName("pool_discipline")
        self.discipline.setToolTip(tr("Which waiting ticket an agent who becomes free takes next"))
        self.priority = QComboBox()
        self.priority.setObjectName("pool_priority_field")
        self.priority.setToolTip(
            tr("The choice field whose order of values ranks the queue (first value first)")
        )
        self.priority_label = QLabel(tr("Priority &field:"))
        self.priority_label.setBuddy(self.priority)
        self.assignment = combo(ASSIGNMENTS)
        self.assignment.setObjectName("pool_assignment")
        self.assignment.setToolTip(
            tr(
                "Which agent gets a ticket when several are free: the next one, the one who served "
                "least, the one owning fewest open tickets, one with the skill the step requires, "
                "or each in turn"
            )
        )
        self.shifts = ShiftGridEditor()
        self.shifts.setObjectName("pool_shifts")
        rows: list[tuple[str | QLabel, QWidget]] = [
            (tr("&Name:"), self.name),
            (tr("A&gents:"), self.agents),
            (tr("&Cost:"), self.cost),
            (tr("&Queue discipline:"), self.discipline),
            (self.priority_label, self.priority),
            (tr("A&ssignment:"), self.assignment),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
        self.roster_box = AgentsBox()  # agents as individuals (canvas/settings/agents_box.py)
        form.addRow(self.roster_box)
        self.roster_box.sig_changed.connect(self._commit)
        self.name.textEdited.connect(lambda text: self._edit("name", text))
        self.agents.valueChanged.connect(lambda value: self._edit("agents", value))
        self.cost.valueChanged.connect(lambda value: self._edit("cost_per_hour", value))
        self.discipline.currentIndexChanged.connect(self._discipline_changed)
        self.priority.currentIndexChanged.connect(
            lambda _: self._edit("priority_field", self.priority.currentData())
        )
        self.assignment.currentIndexChanged.connect(
            lambda _: self._edit("assignment", self.assignment.currentData())
        )
        self.shifts.sig_shifts_edited.connect(lambda shifts: self._edit("shifts", shifts))

    # ------------------------------------------------------------ showing
    def pool(self) -> Pool | None:
        return next((p for p in self.blueprint.all_pools() if p.id == self.pool_id), None)

    def show_blueprint(self, blueprint: Blueprint) -> None:
        """Show the document again, keeping the selected pool (by id) when it still exists."""
        self.blueprint = blueprint
        entries = [(p.id, pool_title(p, blueprint), self._summary(p)) for p in blueprint.all_pools()]
        with QSignalBlocker(self.list):
            self.pool_id = fill_list(self.list, entries, self.pool_id)
        self._show_pool()

    def _summary(self, pool: Pool) -> str:
        if not pool.shifts:
            return tr("{agents}, around the clock").format(agents=agents_text(pool.agents))
        return tr("{agents}, on shifts").format(agents=agents_text(pool.agents))

    def _show_pool(self) -> None:
        pool = self.pool()
        self.form_box.setVisible(pool is not None)
        self.form_scroll.setVisible(pool is not None)
        self.shifts.setVisible(pool is not None)
        self.empty.setVisible(pool is None)
        self.remove_button.setEnabled(pool is not None)
        if pool is None:
            return
        blockers = [
            QSignalBlocker(w)
            for w in (self.name, self.agents, self.cost, self.discipline, self.priority, self.assignment)
        ]
        if self.name.text() != pool.name:  # keeps the cursor where the user types
            self.name.setText(pool.name)
        self.name.setPlaceholderText(display_name(pool, self.blueprint))
        for box, value in ((self.agents, pool.agents), (self.cost, pool.cost_per_hour)):
            if box.value() != value:  # setting it anyway would move the cursor of someone typing
                box.setValue(value)
        if self.cost.suffix() != self._cost_suffix():
            self.cost.setSuffix(self._cost_suffix())
        self.cost.setToolTip(
            tr("What one agent of this pool costs per hour on duty, in {currency}").format(
                currency=self.blueprint.meta.currency
            )
        )
        self.discipline.setCurrentIndex(max(0, self.discipline.findData(pool.discipline)))
        self.assignment.setCurrentIndex(max(0, self.assignment.findData(pool.assignment)))
        self._fill_priority(pool)
        del blockers
        self.roster_box.show_pool(pool)
        if pool.id != self._shown_id:  # another pool: painting puts its whole team on duty
            self._shown_id = pool.id
            self.shifts.paint.setValue(max(1, pool.agents))
        self.shifts.set_shifts(pool.shifts, pool.agents)
        namesakes = [p for p in self.blueprint.all_pools() if p.id != pool.id and p.name == pool.name]
        if pool.name and namesakes:
            show_error(
                self.message,
                tr("Another pool is also called “{name}”: steps would show two pools of that name.").format(
                    name=pool.name
                ),
            )

    def _cost_suffix(self) -> str:
        code = self.blueprint.meta.currency
        return " " + tr("{currency} / agent-hour").format(currency=CURRENCY_SYMBOLS.get(code, code))

    def _fill_priority(self, pool: Pool) -> None:
        lang = self.blueprint.meta.language
        self.priority.clear()
        self.priority.addItem(tr("(choose a field)"), None)
        for field in self.blueprint.fields:
            if field.type == "choice":
                self.priority.addItem(field_words(field, lang), field.name)
        if pool.priority_field is not None and self.priority.findData(pool.priority_field) < 0:
            self.priority.addItem(tr("(missing field)"), pool.priority_field)
        self.priority.setCurrentIndex(max(0, self.priority.findData(pool.priority_field)))
        by_priority = pool.discipline == "priority"
        self.priority.setVisible(by_priority)
        self.priority_label.setVisible(by_priority)
        if by_priority and self.priority.count() == 1:
            show_error(
                self.message,
                tr("No choice field to rank by: add one (such as a priority) in the Ticket fields tab."),
            )

    # ------------------------------------------------------------ editing
    def _selected(self, current: QListWidgetItem | None, _previous: Any = None) -> None:
        self.pool_id = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        show_error(self.message, "")
        self._show_pool()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F2
        ):
            self.rename()
            return True
        return super().eventFilter(watched, event)

    def rename(self) -> None:
        """F2 or a double click on the list: the name, selected, to type over (the list shows the
        owning lane beside a lane's pool, so the name is edited in its own box)."""
        if self.pool() is not None:
            self.name.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.name.selectAll()

    def _discipline_changed(self, _index: int) -> None:
        pool = self.pool()
        discipline = self.discipline.currentData()
        changes: dict[str, Any] = {"discipline": discipline}
        if discipline == "priority" and pool is not None and pool.priority_field is None:
            choices = [f for f in self.blueprint.fields if f.type == "choice"]
            preferred = next((f for f in choices if f.name == "priority"), choices[0] if choices else None)
            if preferred is not None:  # a sensible default: the field named priority, else the first
                changes["priority_field"] = preferred.name
        self._commit(changes, "discipline")

    def _edit(self, name: str, value: Any) -> None:
        self._commit({name: value}, name)

    def _commit(self, changes: dict[str, Any], what: str) -> None:
        pool = self.pool()
        if pool is None:
            return
        merge = ("pool", pool.id, what) if what in TYPED else None

        def build() -> Any:
            changed = validated_copy(pool, **changes)
            lane = owner_lane(self.blueprint, pool.id)
            element = validated_copy(lane, pool=changed) if lane is not None else changed
            return change_item(self.document, element, tr(CHANGE_TEXTS[what]), merge)

        if not self.commit(build, self.message) and what != "name":
            self.show_blueprint(self.document.blueprint)  # the refused value goes, its reason stays

    def _add(self) -> None:
        pools = self.blueprint.all_pools()

        def numbered(n: int) -> str:
            return tr("Pool {number}").format(number=n)

        name = unused_name({p.name for p in pools}, numbered(len(pools) + 1), numbered, len(pools) + 2)
        pool = Pool(id=self.document.new_id("pool"), name=name, agents=1)
        self.pool_id = pool.id
        show_error(self.message, "")
        self.sig_commit.emit(add_item(self.document, pool, tr("Add pool")))
        self.name.setFocus()
        self.name.selectAll()

    def _remove(self) -> None:
        pool = self.pool()
        if pool is None:
            return
        users = pool_users(self.blueprint, pool.id)
        name = display_name(pool, self.blueprint)
        if users:
            show_error(
                self.message,
                tr(
                    "“{pool}” cannot be removed while it is used by {users}. Give them another pool first."
                ).format(pool=name, users=tr(", ").join(users)),
            )
            return
        show_error(self.message, "")
        lane = owner_lane(self.blueprint, pool.id)
        if lane is not None:  # a lane's own pool goes with the lane's shortcut
            command = change_item(self.document, validated_copy(lane, pool=None), tr("Remove pool"))
        else:
            command = remove_item(self.document, pool.id, tr("Remove pool"))
        self.pool_id = None
        self.sig_commit.emit(command)
