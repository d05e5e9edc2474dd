"""The SLA policies tab of the Blueprint settings: policies in order (the first whose tickets match
applies), each with the tickets it covers (condition builder), its targets with units, whether it
counts business hours and on which calendar, and which waits pause the clock. One undo command
per edit; the tab never changes the document itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.canvas.commands import update_element
from blueprint_studio.canvas.commands.base import AddOp, replace_op
from blueprint_studio.canvas.commands.settings import (
    SettingsCommand,
    add_item,
    move_item,
    remove_item,
)
from blueprint_studio.canvas.properties.labels import display_name
from blueprint_studio.canvas.settings import SettingsTab, error_label, fill_list, show_error, unused_name
from blueprint_studio.canvas.settings.calendars_tab import new_calendar
from blueprint_studio.canvas.settings.condition_builder import ConditionBuilder
from blueprint_studio.canvas.settings.ladder_box import LadderBox
from blueprint_studio.model.document import Document, validated_copy
from blueprint_studio.model.schema import Blueprint, Calendar, SlaPolicy, StepNode, WaitNode
from blueprint_studio.model.walkthrough.words import duration_words


def tr(text: str) -> str:
    return QCoreApplication.translate("SlaTab", text)


NEW_CALENDAR = "__new_calendar__"  # the calendar picker's "New calendar…" entry


def business_day(calendar: Calendar | None) -> float | None:
    """Minutes of one open day when every open weekday of `calendar` is open as long; else None."""
    if calendar is None:
        return None
    per_day = [0.0] * 7
    for hours in calendar.hours:
        for day in set(hours.days):
            per_day[day] += (hours.end - hours.start) * 60
    lengths = {length for length in per_day if length > 0}
    return lengths.pop() if len(lengths) == 1 else None


class AmountBox(QDoubleSpinBox):
    """A spin box that writes 4 as "4" and 1.5 as "1.5", not "4.00"."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return self.locale().toString(round(value, self.decimals()), "g", 12)


class DurationEdit(QWidget):
    """A target: on/off, an amount and a unit (minutes, hours, days or business days); stored in
    minutes, shown in the largest unit that writes it exactly ("4 h", not "240")."""

    sig_changed = Signal(object)  # minutes, or None for no target

    def __init__(self, label: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label)
        self.enabled.setToolTip(tooltip)
        self.amount = AmountBox()
        self.amount.setRange(0.25, 1_000_000)
        self.amount.setDecimals(2)
        self.amount.setKeyboardTracking(False)
        self.amount.setToolTip(tooltip)
        self.amount.setAccessibleName(label)
        self.unit = QComboBox()
        self.unit.setToolTip(tr("The unit of the target; it is kept in minutes"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit)
        layout.addStretch(1)
        self._quiet = False
        self._day: float | None = None
        self.set_units(None)
        self.enabled.toggled.connect(self._edited)
        self.amount.valueChanged.connect(self._edited)
        self.unit.currentIndexChanged.connect(self._edited)

    def set_units(self, business_day_minutes: float | None) -> None:
        """Days of 24 h, or business days of the calendar's open day when the policy counts
        business hours on a calendar whose open days are all as long."""
        self._day = business_day_minutes
        self._quiet = True
        try:
            self.unit.clear()
            self.unit.addItem(tr("minutes"), 1.0)
            self.unit.addItem(tr("hours"), 60.0)
            if business_day_minutes:
                hours = f"{business_day_minutes / 60:g}"
                self.unit.addItem(tr("business days of {hours} h").format(hours=hours), business_day_minutes)
            else:
                self.unit.addItem(tr("days (24 h)"), 1440.0)
        finally:
            self._quiet = False

    def set_minutes(self, minutes: float | None) -> None:
        self._quiet = True
        try:
            self.enabled.setChecked(minutes is not None)
            self.amount.setEnabled(minutes is not None)
            self.unit.setEnabled(minutes is not None)
            shown = minutes if minutes is not None else 60.0
            for index in range(self.unit.count() - 1, -1, -1):
                size = self.unit.itemData(index)
                amount = shown / size
                if (amount >= 1 and round(amount, 2) * size == shown) or index == 0:
                    self.unit.setCurrentIndex(index)
                    self.amount.setValue(amount)
                    break
        finally:
            self._quiet = False

    def minutes(self) -> float | None:
        if not self.enabled.isChecked():
            return None
        return round(self.amount.value() * self.unit.currentData(), 6)

    def _edited(self, *_: Any) -> None:
        self.amount.setEnabled(self.enabled.isChecked())
        self.unit.setEnabled(self.enabled.isChecked())
        if not self._quiet:
            self.sig_changed.emit(self.minutes())


class SlaTab(SettingsTab):
    """SLA policies of the document, in the order they are tried."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("sla_tab")
        self.key: str | None = None
        self._shown_key: str | None = None
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        order = QLabel(tr("A ticket gets the first policy that matches it: put the most specific first."))
        order.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("sla_list")
        self.list.setToolTip(tr("SLA policies in the order they are tried"))
        left_box.addWidget(order)
        left_box.addWidget(self.list, 1)
        self.add = self._button(tr("Add"), "sla_add", tr("Add a policy for every ticket: 4 h first response"))
        self.remove = self._button(tr("Remove"), "sla_remove", tr("Remove the selected policy"))
        self.up = self._button(tr("Move up"), "sla_up", tr("Try this policy before the one above"))
        self.down = self._button(tr("Move down"), "sla_down", tr("Try this policy after the one below"))
        for pair in ((self.add, self.remove), (self.up, self.down)):
            row = QHBoxLayout()
            for button in pair:
                row.addWidget(button)
            left_box.addLayout(row)
        self.list_error = error_label(left, "sla_list_error")
        left_box.addWidget(self.list_error)
        self.form = self._build_form()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(splitter)
        self.list.currentItemChanged.connect(self._selected)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.show_blueprint(document.blueprint)

    def title(self) -> str:
        return tr("SLA policies")

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Enter ends a field's edit; it must not press the dialog's Close
            return
        super().keyPressEvent(event)

    @staticmethod
    def _button(text: str, name: str, tooltip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tooltip)
        return button

    # ------------------------------------------------------------ the form
    def _build_form(self) -> QWidget:
        form = QWidget()
        blueprint = self.document.blueprint
        self.name = QLineEdit()
        self.name.setObjectName("sla_name")
        self.name.setToolTip(tr("The policy's name, as reports show it"))
        self.name_error = error_label(form, "sla_name_error")
        self.when = ConditionBuilder(blueprint.fields, blueprint.meta.language, builtins=False)
        self.when.setObjectName("sla_when")
        self.when_error = error_label(form, "sla_when_error")
        self.first_response = DurationEdit(
            tr("First response within"),
            tr("Time from arrival to the end of the first step that answers the customer"),
        )
        self.first_response.setObjectName("sla_first_response")
        self.resolution = DurationEdit(
            tr("Resolved within"), tr("Time from arrival to the end of the ticket (resolved or closed)")
        )
        self.resolution.setObjectName("sla_resolution")
        self.targets_error = error_label(form, "sla_targets_error")
        self.business = QCheckBox(tr("Count business hours only"))
        self.business.setObjectName("sla_business_hours")
        self.business.setToolTip(
            tr("The clock runs only while the calendar is open (not at night, weekends, holidays)")
        )
        self.calendar = QComboBox()
        self.calendar.setObjectName("sla_calendar")
        self.calendar.setToolTip(tr("The calendar whose opening hours the clock counts"))
        self.pauses = QListWidget()
        self.pauses.setObjectName("sla_pauses")
        self.pauses.setToolTip(
            tr("Ticked steps and waits stop every policy's clock while a ticket is in them")
        )
        self.pauses_error = error_label(form, "sla_pauses_error")
        calendar_row = QHBoxLayout()
        calendar_row.addWidget(self.business)
        calendar_row.addWidget(self.calendar, 1)
        fields = QFormLayout()
        name_label = QLabel(tr("&Name:"))
        name_label.setBuddy(self.name)
        fields.addRow(name_label, self.name)
        tickets = QGroupBox(tr("Which tickets (empty: every ticket)"))
        QVBoxLayout(tickets).addWidget(self.when)
        tickets.layout().addWidget(self.when_error)
        targets = QGroupBox(tr("Targets"))
        targets_box = QVBoxLayout(targets)
        for widget in (self.first_response, self.resolution, self.targets_error):
            targets_box.addWidget(widget)
        targets_box.addLayout(calendar_row)
        pauses = QGroupBox(tr("Steps and waits that pause the clock (for every policy)"))
        QVBoxLayout(pauses).addWidget(self.pauses)
        pauses.layout().addWidget(self.pauses_error)
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(fields)
        layout.addWidget(self.name_error)
        self.ladder = LadderBox()
        for group in (tickets, targets, self.ladder, pauses):
            layout.addWidget(group)
        self.ladder.sig_changed.connect(self._ladder_changed)
        layout.addStretch(1)
        self.name.editingFinished.connect(self._rename)
        self.when.sig_changed.connect(self._when_changed)
        self.first_response.sig_changed.connect(lambda m: self._target("first_response", m))
        self.resolution.sig_changed.connect(lambda m: self._target("resolution", m))
        self.business.toggled.connect(self._business_toggled)
        self.calendar.activated.connect(self._calendar_chosen)
        self.pauses.itemChanged.connect(self._pause_toggled)
        return form

    # ------------------------------------------------------------ showing
    def policy(self) -> SlaPolicy | None:
        return self.document.element(self.key, "sla") if self.key else None

    def show_blueprint(self, blueprint: Blueprint) -> None:
        with self.quietly():
            lang = blueprint.meta.language
            entries = [
                (p.id, p.name or tr("(unnamed policy)"), self._summary(p, lang)) for p in blueprint.sla
            ]
            self.key = fill_list(self.list, entries, self.key)
            self.when.set_fields(blueprint.fields, lang)
            self._show_policy(blueprint)
            self._show_pauses(blueprint)

    def _summary(self, policy: SlaPolicy, lang: str) -> str:
        parts = []
        if policy.first_response is not None:
            parts.append(tr("first response {time}").format(time=duration_words(policy.first_response, lang)))
        if policy.resolution is not None:
            parts.append(tr("resolution {time}").format(time=duration_words(policy.resolution, lang)))
        return ", ".join(parts) or tr("no target")

    def _show_policy(self, blueprint: Blueprint) -> None:
        policy = self.policy()
        self.form.setEnabled(policy is not None)
        index = self.list.currentRow()
        self.remove.setEnabled(policy is not None)
        self.up.setEnabled(policy is not None and index > 0)
        self.down.setEnabled(policy is not None and index < self.list.count() - 1)
        if not self.name.hasFocus() or policy is None:
            self.name.setText(policy.name if policy else "")
        if self._shown_key != self.key or not self.when.text.hasFocus():
            self.when.set_condition(policy.when if policy else "")
        self._shown_key = self.key
        calendar = next((c for c in blueprint.calendars if policy and c.id == policy.calendar), None)
        day = business_day(calendar) if policy is not None and policy.business_hours else None
        for edit, minutes in (
            (self.first_response, policy.first_response if policy else None),
            (self.resolution, policy.resolution if policy else None),
        ):
            edit.set_units(day)
            edit.set_minutes(minutes)
        self.business.setChecked(bool(policy and policy.business_hours))
        self.calendar.clear()
        for item in blueprint.calendars:
            self.calendar.addItem(item.name or tr("(unnamed calendar)"), item.id)
        self.calendar.addItem(tr("New calendar…"), NEW_CALENDAR)
        self.calendar.setCurrentIndex(
            self.calendar.findData(policy.calendar) if policy and policy.calendar else -1
        )
        self.calendar.setEnabled(bool(policy and policy.business_hours))
        self.ladder.show_ladder(policy, blueprint)

    def _show_pauses(self, blueprint: Blueprint) -> None:
        row = self.pauses.currentRow()
        self.pauses.clear()
        nodes = [n for n in blueprint.nodes if isinstance(n, WaitNode)]
        nodes += [n for n in blueprint.nodes if isinstance(n, StepNode)]
        for node in nodes:
            item = QListWidgetItem(display_name(node, blueprint))
            item.setData(Qt.ItemDataRole.UserRole, node.id)
            item.setCheckState(Qt.CheckState.Checked if node.pauses_sla else Qt.CheckState.Unchecked)
            self.pauses.addItem(item)
        self.pauses.setCurrentRow(min(row, self.pauses.count() - 1))

    def _selected(self, current: QListWidgetItem | None, _previous: Any = None) -> None:
        if self.quiet or current is None:
            return
        self.key = current.data(Qt.ItemDataRole.UserRole)
        self.refresh()

    # ------------------------------------------------------------ editing
    def _change(self, label: Any, text: str, merge: tuple | None = None, **changes: Any) -> bool:
        """One command changing the selected policy; nothing when it changes nothing."""
        return self.commit_change(self.policy(), label, text, merge, **changes)

    def _rename(self) -> None:
        name = self.name.text().strip()
        others = {p.name for p in self.document.blueprint.sla if p.id != self.key}
        if not name or name in others:
            # Reports and results name policies: a name must say which one it is.
            problem = tr("Give the policy a name.") if not name else tr("Another policy is called “{name}”.")
            show_error(self.name_error, problem.format(name=name))
            return
        self._change(self.name_error, tr("Rename SLA policy"), ("sla_name", self.key), name=name)

    def _when_changed(self, text: str) -> None:
        self._change(
            self.when_error,
            tr("Change which tickets an SLA policy covers"),
            ("sla_when", self.key),
            when=text,
        )

    def _target(self, name: str, minutes: float | None) -> None:
        self._change(
            self.targets_error, tr("Change SLA target"), (f"sla_{name}", self.key), **{name: minutes}
        )

    def _ladder_changed(self, ladder: Any, text: str, merge: str) -> None:
        self._change(
            self.ladder.error, text, (f"sla_ladder_{merge}", self.key) if merge else None, ladder=ladder
        )

    def _business_toggled(self, on: bool) -> None:
        if self.quiet:
            return
        policy = self.policy()
        if policy is None:
            return
        calendar = policy.calendar
        if on and calendar is None:
            if not self.document.blueprint.calendars:
                self._with_new_calendar(policy, business_hours=True)
                return
            calendar = self.document.blueprint.calendars[0].id
        self._change(
            self.targets_error, tr("Count business hours"), None, business_hours=on, calendar=calendar
        )

    def _calendar_chosen(self, index: int) -> None:
        policy = self.policy()
        chosen = self.calendar.itemData(index)
        if policy is None or chosen is None:
            return
        if chosen == NEW_CALENDAR:
            self._with_new_calendar(policy, business_hours=True)
            return
        self._change(self.targets_error, tr("Choose SLA calendar"), None, calendar=chosen)

    def _with_new_calendar(self, policy: SlaPolicy, **changes: Any) -> None:
        """Create a calendar (Monday to Friday, 9:00 to 18:00) and use it: one undo step."""
        calendar = new_calendar(self.document)

        def build() -> Any:
            after = validated_copy(policy, calendar=calendar.id, **changes)
            ops = [AddOp([validated_copy(calendar)]), replace_op(self.document, [after])]
            return SettingsCommand(self.document, tr("New calendar for an SLA policy"), ops)

        self.commit(build, self.targets_error)

    def _pause_toggled(self, item: QListWidgetItem) -> None:
        if self.quiet:
            return
        node = self.document.element(item.data(Qt.ItemDataRole.UserRole), "nodes")
        on = item.checkState() == Qt.CheckState.Checked
        if node is None or node.pauses_sla == on:
            return
        text = (tr("Pause SLA clocks in “{node}”") if on else tr("Run SLA clocks in “{node}”")).format(
            node=display_name(node, self.document.blueprint)
        )
        self.commit(lambda: update_element(self.document, node.id, text, pauses_sla=on), self.pauses_error)

    def _add(self) -> None:
        names = {p.name for p in self.document.blueprint.sla}
        name = unused_name(names, tr("New policy"), lambda n: tr("New policy {n}").format(n=n))
        policy = SlaPolicy(id=self.document.new_id("sla"), name=name, first_response=240.0)
        if self.commit(lambda: add_item(self.document, policy, tr("Add SLA policy")), self.list_error):
            self.key = policy.id
            self.refresh()
            self.name.setFocus()
            self.name.selectAll()

    def _remove(self) -> None:
        policy = self.policy()
        if policy is None:
            return
        text = tr("Remove SLA policy “{name}”").format(name=policy.name)
        if self.commit(lambda: remove_item(self.document, policy.id, text), self.list_error):
            self.key = None

    def _move(self, step: int) -> None:
        policy = self.policy()
        if policy is None:
            return
        index = self.list.currentRow() + step
        if 0 <= index < self.list.count():
            self.commit(
                lambda: move_item(self.document, policy.id, index, tr("Reorder SLA policies")),
                self.list_error,
            )
        show_error(self.list_error, "")
