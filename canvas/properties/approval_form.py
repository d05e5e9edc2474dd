"""An edge's approval as a sub-form of the properties panel (as in Zoho Blueprint): who approves,
how long the answer takes, the share rejected and where a rejected ticket goes (by default back
to the step the edge leaves). Never touches the document: the panel turns each edit into one undo
command (model/sim/approvals.py runs it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from blueprint_studio.canvas.properties.branches import narrow
from blueprint_studio.canvas.properties.subforms import (
    DistributionEditor,
    OptionalForm,
    labelled,
    select,
    spin,
)
from blueprint_studio.model.schema import Approval, Exponential


def tr(text: str) -> str:
    return QCoreApplication.translate("ApprovalForm", text)


class ApprovalEditor(OptionalForm):
    """`value()`: the approval as data, or None when "Needs approval" is off. `targets()` gives
    the (id, name) of the nodes a rejected ticket may go to, read when the form is shown."""

    def __init__(self, targets: Callable[[], list[tuple[str, str]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approval_editor")
        self.targets = targets
        self.enabled = QCheckBox(tr("Needs &approval"))
        self.enabled.setObjectName("approval_enabled")
        self.enabled.setToolTip(
            tr("Tickets taking this transition wait for someone's approval first; a share is rejected")
        )
        self.role = QLineEdit()
        self.role.setObjectName("approval_role")
        self.role.setPlaceholderText(tr("e.g. Team lead"))
        self.role.setToolTip(
            tr("Who approves: a role, not a person (the approval takes no agent of the flow)")
        )
        self.time = DistributionEditor()
        self.time.setObjectName("approval_time")
        self.time.setToolTip(tr("Minutes from asking for the approval to its answer"))
        self.reject = spin(0.0, 100.0, 1, "\u00a0%")
        self.reject.setObjectName("approval_reject")
        self.reject.setToolTip(tr("Share of the approvals rejected, in %"))
        self.rejected_to = QComboBox()
        self.rejected_to.setObjectName("approval_rejected_to")
        self.rejected_to.setToolTip(
            tr("Where a rejected ticket goes; by default back to the step it comes from, to be done again")
        )
        narrow(self.rejected_to)
        self.details = labelled(
            (tr("Approved &by:"), self.role),
            (tr("&Rejected:"), self.reject),
            (tr("Rejected tickets &go to:"), self.rejected_to),
            (tr("Approval time (minutes):"), self.time),
        )
        self._stack()
        self.role.textEdited.connect(self.typed)
        self.reject.setKeyboardTracking(False)  # one undo step per value, not per digit
        self.reject.valueChanged.connect(self.changed)
        self.time.sig_edited.connect(lambda merge: self.typed() if merge else self.changed())
        self.rejected_to.activated.connect(self.changed)

    def _fill_targets(self, value: str | None) -> None:
        self.rejected_to.clear()
        self.rejected_to.addItem(tr("the step it comes from, again"), None)
        for key, name in self.targets():
            self.rejected_to.addItem(name, key)
        if value is not None and self.rejected_to.findData(value) < 0:
            self.rejected_to.addItem(tr("(missing element)"), value)  # validation names it
        select(self.rejected_to, value)

    def show_value(self, value: Any) -> None:
        approval = value if isinstance(value, Approval) else None
        shown = approval or Approval()
        self._show_on(approval is not None)
        if self.role.text() != shown.role:
            self.role.setText(shown.role)
        self.reject.setValue(shown.reject)
        self.time.set_value(shown.time)
        self._fill_targets(shown.rejected_to)

    def value(self) -> dict[str, Any] | None:
        if not self._is_on():
            return None
        time = self.time.value() or Exponential(mean=60.0).model_dump()
        return {
            "role": self.role.text().strip(),
            "time": time,
            "reject": self.reject.value(),
            "rejected_to": self.rejected_to.currentData(),
        }
