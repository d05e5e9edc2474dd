"""The escalation ladder of a step's time limit, as a sub-form of the properties panel: a warning
at x % of the time limit, then at the limit a role notified, the priority raised, and whether a
ticket already in service goes to the step's escalation target (after the current piece of work,
or at once). Queued tickets escalate at the limit as always. Words shared with the SLA policies'
ladder (context "LadderBox"); the panel makes the undo command.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
from blueprint_studio.canvas.properties.subforms import OptionalForm
from blueprint_studio.model import words
from blueprint_studio.model.ladder_checks import WARN_MAX, WARN_MIN
from blueprint_studio.model.schema import EscalationLadder, TicketField

DEFAULT_WARNING = 80  # % of the limit or target, when the designer ticks the warning
# The undo steps of both ladder editors (this one and settings/ladder_box.py), one per user change
UNDO_TEXTS = {
    "on": QT_TRANSLATE_NOOP("LadderBox", "Add an escalation ladder"),
    "off": QT_TRANSLATE_NOOP("LadderBox", "Remove the escalation ladder"),
    "clock": QT_TRANSLATE_NOOP("LadderBox", "Change what the escalation ladder follows"),
    "warn": QT_TRANSLATE_NOOP("LadderBox", "Change the escalation warning"),
    "notify": QT_TRANSLATE_NOOP("LadderBox", "Change who is notified at the breach"),
    "priority": QT_TRANSLATE_NOOP("LadderBox", "Change the raised priority"),
    "reassign": QT_TRANSLATE_NOOP("LadderBox", "Change where late tickets are re-assigned"),
    "in_service": QT_TRANSLATE_NOOP("LadderBox", "Change what happens to tickets in service"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("LadderBox", text)


# ---------------------------------------------------------------- shared with settings/ladder_box.py
def fill_priority_fields(combo: QComboBox, fields: list[TicketField], lang: str) -> None:
    """ "no change", then the choice fields by name."""
    combo.clear()
    combo.addItem(tr("no change"), None)
    for f in fields:
        if f.type == "choice":
            combo.addItem(words.field_words(f, lang), f.name)


def fill_priority_values(
    combo: QComboBox, fields: list[TicketField], name: str | None, lang: str, value: Any
) -> None:
    """The values of the field `name` (none, and the combo off, without a field); `value` chosen,
    else the first (the highest)."""
    combo.clear()
    field = next((f for f in fields if f.name == name), None)
    for v in field.values if field is not None else ():
        combo.addItem(words.value_label(field, v, lang), v)
    combo.setEnabled(field is not None)
    combo.setCurrentIndex(max(0, combo.findData(value)))


def show_ladder_rows(form: Any, shown: EscalationLadder, fields: list[TicketField], lang: str) -> None:
    """Shows the rows both ladder editors have (`warn`, `warn_at`, `notify`, `priority_field`
    already filled, `priority_value`, `in_service`), the notified role kept while it is typed."""
    form.warn.setChecked(shown.warn_at is not None)
    form.warn_at.setEnabled(shown.warn_at is not None)
    form.warn_at.setValue(round(shown.warn_at) if shown.warn_at is not None else DEFAULT_WARNING)
    if not form.notify.hasFocus():
        form.notify.setText(shown.notify)
    form.priority_field.setCurrentIndex(max(0, form.priority_field.findData(shown.priority_field)))
    fill_priority_values(form.priority_value, fields, shown.priority_field, lang, shown.priority_value)
    form.in_service.setCurrentIndex(max(0, form.in_service.findData(shown.in_service)))


class StepLadderEditor(OptionalForm):
    """`value()`: the ladder, or None when "Escalate tickets that run late" is off; `undo_text`:
    what the last edit did, in the SLA policies' ladder's words (the panel names its command so)."""

    def __init__(self, fields: list[TicketField], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_ladder_editor")
        self.undo_text = ""
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
        fill_priority_fields(self.priority_field, self.fields, lang)
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
        self.warn.toggled.connect(lambda _: self._edited("warn"))
        self.warn_at.valueChanged.connect(lambda _: self._edited("warn", typed=True))
        self.notify.editingFinished.connect(lambda: self._edited("notify"))
        self.priority_field.activated.connect(self._field_chosen)
        self.priority_value.activated.connect(lambda _: self._edited("priority"))
        self.in_service.activated.connect(lambda _: self._edited("in_service"))

    def _edited(self, what: str, typed: bool = False) -> None:
        """One edit, named as the SLA policies' ladder names it; nudges of the warning merge."""
        self.undo_text = tr(UNDO_TEXTS[what])
        if typed:
            self.typed()
        else:
            self.changed()

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
        self._edited("on" if on else "off")

    def _field_chosen(self, _index: int) -> None:
        self._quiet = True
        try:
            fill_priority_values(  # its first value: the highest
                self.priority_value, self.fields, self.priority_field.currentData(), self.lang, None
            )
        finally:
            self._quiet = False
        self._edited("priority")

    def show_value(self, value: Any) -> None:
        ladder = value if isinstance(value, EscalationLadder) else None
        shown = ladder or EscalationLadder()
        self._show_on(ladder is not None)
        show_ladder_rows(self, shown, self.fields, self.lang)

    def value(self) -> EscalationLadder | None:
        self.warn_at.setEnabled(self.warn.isChecked())
        if not self._is_on():
            return None
        field = self.priority_field.currentData()
        return EscalationLadder(
            warn_at=float(self.warn_at.value()) if self.warn.isChecked() else None,
            notify=self.notify.text().strip(),
            priority_field=field,
            priority_value=self.priority_value.currentData() if field else None,
            in_service=self.in_service.currentData(),
        )
