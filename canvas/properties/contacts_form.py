"""Follow-up contacts and merges as sub-forms of the properties panel: an intake's follow-ups (the
share of its tickets whose customer writes again, when, through which channel) and a step's merge
rule (the share of follow-ups recognised at triage, the detection time). Never touches the
document: the panel turns each edit into one undo command (model/sim/contacts.py runs them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from blueprint_studio.canvas.properties.branches import narrow
from blueprint_studio.canvas.properties.subforms import (
    DistributionEditor,
    OptionalForm,
    labelled,
    select,
    spin,
)
from blueprint_studio.model.schema import Exponential, FollowUps, MergeRule


def tr(text: str) -> str:
    return QCoreApplication.translate("ContactsForm", text)


class FollowUpsEditor(OptionalForm):
    """`value()`: the follow-up settings as data, or None when "Customers write again" is off.
    `intakes()` gives the (id, name) of the document's intakes, read when the form is shown."""

    def __init__(self, intakes: Callable[[], list[tuple[str, str]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow_ups_editor")
        self.intakes = intakes
        self.enabled = QCheckBox(tr("Customers &write again"))
        self.enabled.setObjectName("follow_ups_enabled")
        self.enabled.setToolTip(
            tr("Some customers contact the help desk again while their ticket is still open: a follow-up")
        )
        self.share = spin(0.0, 100.0, 1, " %")
        self.share.setObjectName("follow_ups_share")
        self.share.setToolTip(
            tr(
                "Share of this intake's tickets, in %, whose customer writes again while the ticket "
                "is open; each follow-up has the same chance of another"
            )
        )
        self.after = DistributionEditor()
        self.after.setObjectName("follow_ups_after")
        self.after.setToolTip(tr("Minutes from the ticket's opening to the follow-up"))
        self.via = QComboBox()
        self.via.setObjectName("follow_ups_via")
        self.via.setToolTip(tr("The channel the follow-ups come through"))
        narrow(self.via)
        self.details = labelled(
            (tr("&Share of tickets:"), self.share),
            (tr("&Through:"), self.via),
            (tr("After (minutes since opening):"), self.after),
        )
        self._stack()
        self.share.valueChanged.connect(self.typed)
        self.after.sig_edited.connect(lambda merge: self.typed() if merge else self.changed())
        self.via.activated.connect(self.changed)

    def _fill_via(self, value: str | None) -> None:
        self.via.clear()
        self.via.addItem(tr("the same intake"), None)
        for key, name in self.intakes():
            self.via.addItem(name, key)
        if value is not None and self.via.findData(value) < 0:  # validation says it, by name
            self.via.addItem(tr("an intake that no longer exists"), value)
        select(self.via, value)

    def show_value(self, value: Any) -> None:
        follow = value if isinstance(value, FollowUps) else None
        shown = follow or FollowUps()
        self._show_on(follow is not None)
        self.share.setValue(shown.share)
        self.after.set_value(shown.after)
        self._fill_via(shown.via)

    def value(self) -> dict[str, Any] | None:
        if not self._is_on():
            return None
        after = self.after.value() or Exponential(mean=240.0).model_dump()
        return {"share": self.share.value(), "after": after, "via": self.via.currentData()}


class MergeRuleEditor(OptionalForm):
    """`value()`: the merge rule as data, or None when "Merge follow-ups here" is off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_rule_editor")
        self.enabled = QCheckBox(tr("&Merge follow-ups here"))
        self.enabled.setObjectName("merge_enabled")
        self.enabled.setToolTip(
            tr("At this step, follow-ups recognised as a customer's open ticket are merged into it")
        )
        self.detect = spin(0.0, 100.0, 1, " %")
        self.detect.setObjectName("merge_detect")
        self.detect.setToolTip(
            tr(
                "Share of follow-ups recognised here, in %; the others become duplicate tickets, "
                "worked, then merged when they are done"
            )
        )
        self.detection_time = spin(0.0, 100_000.0, 1, " " + tr("min"))
        self.detection_time.setObjectName("merge_detection_time")
        self.detection_time.setToolTip(
            tr("Minutes the agent spends to find and merge a recognised follow-up")
        )
        self.details = labelled(
            (tr("&Recognised:"), self.detect), (tr("&Detection time:"), self.detection_time)
        )
        self._stack()
        self.detect.valueChanged.connect(self.typed)
        self.detection_time.setKeyboardTracking(False)  # its own undo step, not merged with the share
        self.detection_time.valueChanged.connect(self.changed)

    def show_value(self, value: Any) -> None:
        rule = value if isinstance(value, MergeRule) else None
        shown = rule or MergeRule()
        self._show_on(rule is not None)
        self.detect.setValue(shown.detect)
        self.detection_time.setValue(shown.detection_time)

    def value(self) -> dict[str, Any] | None:
        if not self._is_on():
            return None
        return {"detect": self.detect.value(), "detection_time": self.detection_time.value()}
