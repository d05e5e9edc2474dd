"""The escalation ladder of a step's time limit, as a sub-form of the properties panel: a warning
at x % of the time limit, then at the limit a role notified, the priority raised, and whether a
ticket already in service goes to the step's escalation target (after the current piece of work,
or at once). Queued tickets escalate at the limit as always. Words shared with the SLA policies'
ladder (context "LadderBox"); the panel makes the undo command.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.canvas.properties.branches import narrow
from blueprint_studio.canvas.properties.subforms import SubForm
from blueprint_studio.model import words
from blueprint_studio.model.ladder_checks import WARN_MAX, WARN_MIN
from blueprint_studio.model.schema import EscalationLadder, TicketField

DEFAULT_WARNING = 80


def tr(text: str) -> str:
    return QCoreApplication.translate("LadderBox", text)


class StepLadderEditor(SubForm):
    """`value()`: the ladder, or None when "Escalate tickets that run late" is off."""

    def __init__(self, fields: list[TicketField], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_ladder_editor")
        self.fields, self.lang = [f for f in fields if f.type == "choice"], lang
        self.enabled = QCheckBox(tr("&Escalate tickets that run late"))
        self.enabled.setObjectName("step_ladder_enabled")
        self.enabled.setToolTip(tr("Warn before the time limit passes, then notify or raise the priority"))
        self.warn = QCheckBox(tr("&Warn at"))
        self.warn.setObjectName("step_ladder_warn")
        self.warn_at = QSpinBox()
        self.warn_at.setObjectName("step_ladder_warn_at")
        self.warn_at.setRange(int(WARN_MIN), int(WARN_MAX))
        self.warn_at.setSuffix(tr(" % of the time limit"))
        self.warn_at.setKeyboardTracking(False)
        self.warn_at.setToolTip(tr("Share of the time limit, in % (1 to 99), at which the warning is sent"))
        self.notify = QLineEdit()
        self.notify.setObjectName("step_ladder_notify")
        self.notify.setPlaceholderText(tr("nobody (e.g. Team lead)"))
        self.notify.setToolTip(
            tr("The role notified when the time limit passes; each notification is counted")
        )
        self.priority_field = QComboBox()
        self.priority_field.setObjectName("step_ladder_priority_field")
        self.priority_field.addItem(tr("no change"), None)
        for f in self.fields:
            self.priority_field.addItem(words.field_words(f, lang), f.name)
        self.priority_value = QComboBox()
        self.priority_value.setObjectName("step_ladder_priority_value")
        self.priority_value.setToolTip(
            tr("The priority the ticket gets (never lowered); a priority queue serves it sooner")
        )
        self.in_service = QComboBox()
        self.in_service.setObjectName("step_ladder_in_service")
        self.in_service.addItem(tr("stay with their agent"), "stay")
        self.in_service.addItem(tr("go to the escalation target after the current piece of work"), "after")
        self.in_service.addItem(tr("go to the escalation target at once, interrupting the work"), "interrupt")
        self.in_service.setToolTip(
            tr("Queued tickets go to the escalation target at the time limit in any case")
        )
        self._layout()
        self.enabled.toggled.connect(self._enabled_toggled)
        self.warn.toggled.connect(self.changed)
        self.warn_at.valueChanged.connect(self.typed)
        self.notify.editingFinished.connect(self.changed)
        self.priority_field.activated.connect(self._field_chosen)
        self.priority_value.activated.connect(self.changed)
        self.in_service.activated.connect(self.changed)

    def _layout(self) -> None:
        """Labels above their fields, and combos that shrink: the panel is narrow."""
        for combo in (self.priority_field, self.priority_value, self.in_service):
            narrow(combo)
        warn_row = QHBoxLayout()
        warn_row.addWidget(self.warn)
        warn_row.addWidget(self.warn_at, 1)
        priority_row = QHBoxLayout()
        priority_row.addWidget(self.priority_field, 1)
        priority_row.addWidget(QLabel(tr("to")))
        priority_row.addWidget(self.priority_value, 1)
        self.details = QWidget()
        rows = QVBoxLayout(self.details)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(warn_row)
        for text, widget, buddy in (
            (tr("At the breach, &notify:"), self.notify, self.notify),
            (tr("&Raise priority:"), priority_row, self.priority_field),
            (tr("Tickets in &service:"), self.in_service, self.in_service),
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setBuddy(buddy)
            rows.addWidget(label)
            if isinstance(widget, QWidget):
                rows.addWidget(widget)
            else:
                rows.addLayout(widget)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.enabled)
        box.addWidget(self.details)

    def _enabled_toggled(self, on: bool) -> None:
        if on and not self._quiet:  # a new ladder warns at 80 % unless told otherwise
            self._quiet = True
            try:
                self.warn.setChecked(True)
            finally:
                self._quiet = False
        self.changed()

    def _fill_values(self, name: str | None, value: Any) -> None:
        self.priority_value.clear()
        field = next((f for f in self.fields if f.name == name), None)
        for v in field.values if field is not None else ():
            self.priority_value.addItem(words.value_label(field, v, self.lang), v)
        self.priority_value.setEnabled(field is not None)
        self.priority_value.setCurrentIndex(max(0, self.priority_value.findData(value)))

    def _field_chosen(self, _index: int) -> None:
        self._quiet = True
        try:
            self._fill_values(self.priority_field.currentData(), None)  # its first value: the highest
        finally:
            self._quiet = False
        self.changed()

    def show_value(self, value: Any) -> None:
        ladder = value if isinstance(value, EscalationLadder) else None
        shown = ladder or EscalationLadder()
        self.enabled.setChecked(ladder is not None)
        self.details.setEnabled(ladder is not None)
        self.warn.setChecked(shown.warn_at is not None)
        self.warn_at.setEnabled(shown.warn_at is not None)
        self.warn_at.setValue(round(shown.warn_at) if shown.warn_at is not None else DEFAULT_WARNING)
        if not self.notify.hasFocus():
            self.notify.setText(shown.notify)
        self.priority_field.setCurrentIndex(max(0, self.priority_field.findData(shown.priority_field)))
        self._fill_values(shown.priority_field, shown.priority_value)
        self.in_service.setCurrentIndex(max(0, self.in_service.findData(shown.in_service)))

    def value(self) -> EscalationLadder | None:
        on = self.enabled.isChecked()
        self.details.setEnabled(on)
        self.warn_at.setEnabled(self.warn.isChecked())
        if not on:
            return None
        field = self.priority_field.currentData()
        return EscalationLadder(
            warn_at=float(self.warn_at.value()) if self.warn.isChecked() else None,
            notify=self.notify.text().strip(),
            priority_field=field,
            priority_value=self.priority_value.currentData() if field else None,
            in_service=self.in_service.currentData(),
        )
