"""The escalation ladder of an SLA policy, in the SLA policies tab: a warning at x % of the target,
then at the breach a role notified, the priority raised, the ticket re-assigned to another pool or
step, and what happens to tickets already in service. It shows a policy's ladder and reports each
edit as the ladder wanted (`sig_changed`); the tab makes the undo command. No document access.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.canvas.diagnostics import TextOf, plain_text
from blueprint_studio.canvas.properties.branches import narrow
from blueprint_studio.canvas.properties.labels import display_name
from blueprint_studio.canvas.properties.ladder_form import (
    DEFAULT_WARNING,
    UNDO_TEXTS,
    fill_priority_fields,
    show_ladder_rows,
)
from blueprint_studio.canvas.settings import error_label, show_error
from blueprint_studio.model.ladder_checks import WARN_MAX, WARN_MIN
from blueprint_studio.model.schema import Blueprint, EscalationLadder, SlaPolicy, StepNode
from blueprint_studio.model.validation import ladder_problems


def tr(text: str) -> str:
    return QCoreApplication.translate("LadderBox", text)


NOBODY = ""  # the re-assignment picker's "nowhere"; others are "pool:ID" and "step:ID"


class LadderBox(QGroupBox):
    """The ladder's fields; `sig_changed` on each edit (nudges of the warning merge)."""

    sig_changed = Signal(object, str, str)  # the ladder or None, the undo text, a merge key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Escalation ladder"), parent)
        self.setObjectName("sla_ladder")
        self._quiet = False
        self._ladder: EscalationLadder | None = None
        self._blueprint = Blueprint()
        self._policy: SlaPolicy | None = None
        # the words of validation's findings (app/shell/messages.diagnostic_text, set by the app)
        self.text_of: TextOf = plain_text
        self.enabled = QCheckBox(tr("&Escalate tickets that run late"))
        self.enabled.setObjectName("ladder_enabled")
        self.enabled.setToolTip(
            tr("Warn before the target passes, then notify, raise the priority or re-assign")
        )
        self.clock = QComboBox()
        self.clock.setObjectName("ladder_clock")
        self.clock.addItem(tr("the resolution target"), "resolution")
        self.clock.addItem(tr("the first-response target"), "first_response")
        self.clock.setToolTip(tr("The target whose clock the ladder follows"))
        self.warn = QCheckBox(tr("&Warn at"))
        self.warn.setObjectName("ladder_warn")
        self.warn.setToolTip(tr("An alert when this share of the target has passed (1 to 99 %)"))
        self.warn_at = QSpinBox()
        self.warn_at.setObjectName("ladder_warn_at")
        self.warn_at.setRange(int(WARN_MIN), int(WARN_MAX))
        self.warn_at.setSuffix(tr(" % of the target"))
        self.warn_at.setKeyboardTracking(False)
        self.warn_at.setToolTip(tr("Share of the target, in % (1 to 99), at which the warning is sent"))
        self.warn_at.setAccessibleName(tr("Warn at, in % of the target"))
        self.notify = QLineEdit()
        self.notify.setObjectName("ladder_notify")
        self.notify.setPlaceholderText(tr("nobody (e.g. Team lead)"))
        self.notify.setToolTip(tr("The role notified when the target passes; each notification is counted"))
        self.priority_field = QComboBox()
        self.priority_field.setObjectName("ladder_priority_field")
        self.priority_field.setToolTip(tr("The ticket field that says its priority"))
        self.priority_value = QComboBox()
        self.priority_value.setObjectName("ladder_priority_value")
        self.priority_value.setToolTip(
            tr("The priority the ticket gets (never lowered); a priority queue serves it sooner")
        )
        self.reassign = QComboBox()
        self.reassign.setObjectName("ladder_reassign")
        self.reassign.setToolTip(tr("Where late tickets go: another pool for the same step, or another step"))
        self.in_service = QComboBox()
        self.in_service.setObjectName("ladder_in_service")
        self.in_service.addItem(tr("stay with their agent"), "stay")
        self.in_service.addItem(tr("escalate after the current piece of work"), "after")
        self.in_service.addItem(tr("escalate at once, interrupting the work"), "interrupt")
        self.in_service.setToolTip(tr("What a re-assignment does to a ticket an agent is already working on"))
        self.error = error_label(self, "ladder_error")
        self._build()

    def _build(self) -> None:
        warn_row = QHBoxLayout()
        warn_row.addWidget(self.warn)
        warn_row.addWidget(self.warn_at)
        warn_row.addStretch(1)
        priority_row = QHBoxLayout()
        priority_row.addWidget(self.priority_field, 1)
        priority_row.addWidget(QLabel(tr("to")))
        priority_row.addWidget(self.priority_value, 1)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        # The scenario form shows this box in a narrow side panel: combos shrink (their words whole
        # in their lists), and a label goes above its field when both do not fit side by side.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for combo in (self.clock, self.priority_field, self.priority_value, self.reassign, self.in_service):
            narrow(combo)
        rows = (
            (tr("&Follows:"), self.clock),
            (None, warn_row),
            (tr("At the breach, &notify:"), self.notify),
            (tr("&Raise priority:"), priority_row),
            (tr("Re-&assign to:"), self.reassign),
            (tr("Tickets in &service:"), self.in_service),
        )
        for text, widget in rows:
            if text is None:
                form.addRow(widget)
                continue
            label = QLabel(text)
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
            else:
                label.setBuddy(self.priority_field)
            form.addRow(label, widget)
        box = QVBoxLayout(self)
        box.addWidget(self.enabled)
        box.addWidget(self.fields)
        box.addWidget(self.error)
        self.enabled.toggled.connect(self._toggled)
        self.clock.activated.connect(lambda _: self._edit("clock"))
        self.warn.toggled.connect(lambda _: self._edit("warn"))
        self.warn_at.valueChanged.connect(lambda _: self._edit("warn", merge=True))
        self.notify.editingFinished.connect(lambda: self._edit("notify"))
        self.priority_field.activated.connect(self._field_chosen)
        self.priority_value.activated.connect(lambda _: self._edit("priority"))
        self.reassign.activated.connect(lambda _: self._edit("reassign"))
        self.in_service.activated.connect(lambda _: self._edit("in_service"))

    # ------------------------------------------------------------ showing
    def show_ladder(self, policy: SlaPolicy | None, blueprint: Blueprint) -> None:
        self._quiet = True
        try:
            ladder = policy.ladder if policy is not None else None
            self._ladder, self._blueprint, self._policy = ladder, blueprint, policy
            self.enabled.setChecked(ladder is not None)
            self.fields.setEnabled(ladder is not None)
            shown = ladder or EscalationLadder()
            self.clock.setCurrentIndex(max(0, self.clock.findData(shown.clock)))
            fill_priority_fields(self.priority_field, blueprint.fields, blueprint.meta.language)
            show_ladder_rows(self, shown, blueprint.fields, blueprint.meta.language)
            self._show_reassign(shown, blueprint)
            show_error(self.error, self._problem(policy, blueprint))
        finally:
            self._quiet = False

    def _show_reassign(self, ladder: EscalationLadder, blueprint: Blueprint) -> None:
        self.reassign.clear()
        self.reassign.addItem(tr("nowhere (they stay where they are)"), NOBODY)
        for pool in blueprint.all_pools():
            self.reassign.addItem(
                tr("the pool {name}").format(name=display_name(pool, blueprint)), f"pool:{pool.id}"
            )
        for node in blueprint.nodes:
            if isinstance(node, StepNode):
                self.reassign.addItem(
                    tr("the step {name}").format(name=display_name(node, blueprint)), f"step:{node.id}"
                )
        chosen = (
            f"pool:{ladder.reassign_pool}"
            if ladder.reassign_pool
            else f"step:{ladder.reassign_step}"
            if ladder.reassign_step
            else NOBODY
        )
        index = self.reassign.findData(chosen)
        if index < 0:  # a pool or step that no longer exists: said, and kept until changed
            self.reassign.addItem(tr("(missing)"), chosen)
            index = self.reassign.count() - 1
        self.reassign.setCurrentIndex(index)

    def _problem(self, policy: SlaPolicy | None, blueprint: Blueprint) -> str:
        """What validation finds wrong with the ladder shown (model/ladder_checks.py), in the
        same words as the diagnostics list."""
        if policy is None or policy.ladder is None:
            return ""
        return "\n".join(self.text_of(d) for d in ladder_problems(policy, blueprint))

    # ------------------------------------------------------------ editing
    def _toggled(self, on: bool) -> None:
        self.fields.setEnabled(on)
        if self._quiet:
            return
        if on:
            # it follows the resolution target, or the first response when that is the only one
            policy = self._policy
            only_first = (
                policy is not None and policy.resolution is None and policy.first_response is not None
            )
            ladder = EscalationLadder(
                warn_at=DEFAULT_WARNING, clock="first_response" if only_first else "resolution"
            )
            self.sig_changed.emit(ladder, tr(UNDO_TEXTS["on"]), "")
        else:
            self.sig_changed.emit(None, tr(UNDO_TEXTS["off"]), "")

    def _field_chosen(self, _index: int) -> None:
        if self._quiet or self._ladder is None:
            return
        name = self.priority_field.currentData()
        field = next((f for f in self._blueprint.fields if f.name == name), None)
        value = field.values[0] if field is not None and field.values else None  # the highest
        self.sig_changed.emit(
            self._ladder.model_copy(update={"priority_field": name, "priority_value": value}),
            tr(UNDO_TEXTS["priority"]),
            "",
        )

    def _edit(self, what: str, merge: bool = False) -> None:
        """One edit (UNDO_TEXTS' `what`); nudges of the warning merge into one undo step."""
        if self._quiet or self._ladder is None:
            return
        self.warn_at.setEnabled(self.warn.isChecked())
        kind, _, target = str(self.reassign.currentData() or "").partition(":")
        ladder = self._ladder.model_copy(
            update={
                "clock": self.clock.currentData(),
                "warn_at": float(self.warn_at.value()) if self.warn.isChecked() else None,
                "notify": self.notify.text().strip(),
                "priority_value": self.priority_value.currentData() if self._ladder.priority_field else None,
                "reassign_pool": target if kind == "pool" else None,
                "reassign_step": target if kind == "step" else None,
                "in_service": self.in_service.currentData(),
            }
        )
        if ladder != self._ladder:
            self.sig_changed.emit(ladder, tr(UNDO_TEXTS[what]), what if merge else "")
