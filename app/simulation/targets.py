"""`TargetsDock`: the document's staffing targets (`Blueprint.targets`), which the staffing finder
and the sweeps must meet: per SLA policy (by name) a breach-rate limit in %, the queue wait (mean or
a percentile, in minutes), utilisation and abandonment in %. Empty box: no target. Every change is
one undo command (canvas/commands/targets.py): a number applies as it is typed, and the keystrokes
of one visit to a box merge into one undo step; a wrong value is refused with a message naming it.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.app.simulation.document_dock import DocumentDock
from blueprint_studio.canvas.commands.targets import change_targets
from blueprint_studio.canvas.properties.labels import display_name
from blueprint_studio.model.document import DocumentEvent
from blueprint_studio.model.schema import StaffingTargets

STATISTICS = ("mean", "p90", "p95")


def tr(text: str) -> str:
    return QCoreApplication.translate("TargetsDock", text)


def statistic_name(key: str) -> str:
    return {
        "mean": tr("Mean"),
        "p90": tr("90th percentile"),
        "p95": tr("95th percentile"),
    }.get(key, key)


def percent_text(share: float | None) -> str:
    """0.05 -> '5'; None -> ''."""
    return "" if share is None else f"{share * 100:.4g}"


def read_number(text: str, low: float, high: float | None) -> float | None:
    """A number typed by a person ('2,5' as well as '2.5'; '5 %' too); None when empty. Raises
    ValueError when it is not a number in [low, high]."""
    text = text.strip().replace("\u202f", "").replace("\xa0", "").rstrip("%").strip().replace(",", ".")
    if not text:
        return None
    value = float(text)
    if value != value or value < low or (high is not None and value > high):
        raise ValueError(text)
    return value


class TargetsDock(DocumentDock):
    """Follows a canvas editor's document and pushes its changes on that editor's undo stack."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # A short title: it is also the dock's tab, beside three others on a 1366 px screen
        super().__init__(tr("Targets"), parent)
        self.setObjectName("dock_targets")
        self.setProperty(
            "tab_tooltip", tr("Staffing targets: what the staffing finder and the sweeps must meet")
        )
        self._loading = False
        self._typing: QLineEdit | None = None  # the box whose typing is being applied
        self._visit = 0  # a new visit to a box starts a new undo step
        body = QWidget(self)
        outer = QVBoxLayout(body)
        intro = QLabel(
            tr(
                "What the staffing finder and the sweeps must meet. "
                "Leave a box empty for no target. Costs come from each pool's cost per hour."
            ),
            body,
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        form = QFormLayout()
        self.statistic = QComboBox(body)
        self.statistic.setObjectName("targets_wait_statistic")
        self.statistic.setToolTip(tr("How the queue wait is measured: its mean, or a percentile"))
        for key in STATISTICS:
            self.statistic.addItem(statistic_name(key), key)
        self.wait = self._box("targets_wait", tr("Longest queue wait allowed, in minutes; empty: no target"))
        self.utilisation = self._box(
            "targets_utilisation", tr("Highest utilisation allowed for every pool, in %; empty: no target")
        )
        self.abandonment = self._box(
            "targets_abandonment", tr("Highest share of tickets abandoned, in %; empty: no target")
        )
        for text, widget in (
            (tr("Queue wait &measured by:"), self.statistic),
            (tr("&Queue wait at most (min):"), self.wait),
            (tr("&Utilisation at most (%):"), self.utilisation),
            (tr("&Abandonment at most (%):"), self.abandonment),
        ):
            label = QLabel(text, body)
            label.setBuddy(widget)
            form.addRow(label, widget)
        outer.addLayout(form)
        heading = QLabel(tr("SLA breach rate at most, per SLA policy (%):"), body)
        heading.setWordWrap(True)  # French is longer; the dock must not widen for it
        outer.addWidget(heading)
        self.breach = QTableWidget(0, 2, body)
        self.breach.setObjectName("targets_breach_rates")
        self.breach.setHorizontalHeaderLabels([tr("SLA policy"), tr("Breaches at most (%)")])
        self.breach.verticalHeader().hide()
        self.breach.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.breach.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.breach.setToolTip(
            tr("Highest share of the policy's tickets allowed to breach their resolution target, in %")
        )
        outer.addWidget(self.breach, 1)
        self.error = QLabel(body)
        self.error.setObjectName("targets_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        outer.addWidget(self.error)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.statistic.currentIndexChanged.connect(self._statistic_changed)
        for box, key in (
            (self.wait, "wait_at_most"),
            (self.utilisation, "utilisation_at_most"),
            (self.abandonment, "abandonment_at_most"),
        ):
            box.textEdited.connect(lambda _text, key=key: self._number_changed(key, typing=True))
            box.editingFinished.connect(lambda key=key: self._number_changed(key))
        self.breach.itemChanged.connect(self._breach_changed)
        self.set_editor(None)

    def _box(self, name: str, tip: str) -> QLineEdit:
        box = QLineEdit(self)
        box.setObjectName(name)
        box.setToolTip(tip)
        box.setPlaceholderText(tr("no target"))
        box.setAccessibleName(tip)
        return box

    # ------------------------------------------------------------ the document
    def _document_changed(self, event: DocumentEvent) -> None:
        # an edit, an undo or a redo: the boxes are rewritten from the document, so a refusal of
        # what one held is no longer true (a refusal of this very edit is said after it)
        self.error.hide()
        self.refresh()

    def refresh(self) -> None:
        """Show the document's targets (after an edit, an undo or a tab switch)."""
        self._loading = True
        try:
            editor = self.editor
            self.widget().setEnabled(editor is not None)
            targets = editor.document.blueprint.targets if editor is not None else StaffingTargets()
            self.statistic.setCurrentIndex(max(0, self.statistic.findData(targets.wait_statistic)))
            for box, text in (
                (self.wait, "" if targets.wait_at_most is None else f"{targets.wait_at_most:g}"),
                (self.utilisation, percent_text(targets.utilisation_at_most)),
                (self.abandonment, percent_text(targets.abandonment_at_most)),
            ):
                if box is not self._typing:  # never rewrite what the user is typing ("0,")
                    box.setText(text)
            policies = editor.document.blueprint.sla if editor is not None else []
            self.breach.setRowCount(len(policies))
            for row, policy in enumerate(policies):
                name = QTableWidgetItem(display_name(policy, editor.document.blueprint))  # never its id
                name.setFlags(Qt.ItemFlag.ItemIsEnabled)
                name.setData(Qt.ItemDataRole.UserRole, policy.id)
                self.breach.setItem(row, 0, name)
                self.breach.setItem(
                    row, 1, QTableWidgetItem(percent_text(targets.breach_rate.get(policy.id)))
                )
        finally:
            self._loading = False

    # ------------------------------------------------------------ changes
    def _statistic_changed(self, *_: Any) -> None:
        if not self._loading:
            self._push(tr("Change the queue-wait statistic"), wait_statistic=self.statistic.currentData())

    def _number_changed(self, key: str, typing: bool = False) -> None:
        """Apply a box's number: as it is typed (merged with the visit's earlier keystrokes), and
        when the box is left or Enter pressed (a wrong number is then refused and put back)."""
        if self._loading or self.editor is None:
            return
        box, label, scale, high = {
            "wait_at_most": (self.wait, tr("Queue wait"), 1.0, None),
            "utilisation_at_most": (self.utilisation, tr("Utilisation"), 0.01, 100.0),
            "abandonment_at_most": (self.abandonment, tr("Abandonment"), 0.01, 100.0),
        }[key]
        typed = box.text()
        try:
            value = read_number(typed, 0.0, high)
        except ValueError:
            if typing:  # "-" or "1e" on the way to a number: said, not put back yet
                self._say_refused(label, typed, high)
            else:
                self._take_back(("targets", key, self._visit))
                self._refuse(label, typed, high)
                self._visit += 1
            return
        value = None if value is None else value * scale
        self.error.hide()  # a number again; the schema may still refuse it (_push says so)
        if value != getattr(self.editor.document.blueprint.targets, key):
            text = tr("Change the {target} target").format(target=label.lower())
            self._typing = box if typing else None
            try:
                self._push(text, merge_key=("targets", key, self._visit), **{key: value})
            finally:
                self._typing = None
        if not typing:
            self._visit += 1

    def _breach_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.editor is None or item.column() != 1:
            return
        name_item = self.breach.item(item.row(), 0)
        policy_id = name_item.data(Qt.ItemDataRole.UserRole)
        try:
            value = read_number(item.text(), 0.0, 100.0)
        except ValueError:
            self._refuse(name_item.text(), item.text(), 100.0)
            return
        rates = dict(self.editor.document.blueprint.targets.breach_rate)
        if value is None:
            rates.pop(policy_id, None)
        else:
            rates[policy_id] = value / 100
        if rates != self.editor.document.blueprint.targets.breach_rate:
            self._push(
                tr("Change the breach-rate target of {policy}").format(policy=name_item.text()),
                breach_rate=rates,
            )

    def _push(self, text: str, merge_key: tuple | None = None, **changes: Any) -> None:
        if self.editor is None:
            return
        try:
            command = change_targets(self.editor.document, text, merge_key, **changes)
        except ValidationError as error:  # the boxes check first; the schema has the last word
            from blueprint_studio.canvas.commands.base import refusal

            self.error.setText(refusal(error))  # the catalogue's words, in the window's language
            self.error.show()
            return
        self.error.hide()
        self.editor.undo_stack.push(command)

    def _take_back(self, merge_key: tuple) -> None:
        """Undo and forget what this visit's typing applied ("15" on the way to a refused "150"):
        the document keeps the value it had before the box was entered."""
        stack = self.editor.undo_stack if self.editor is not None else None
        top = stack.command(stack.index() - 1) if stack is not None and stack.index() > 0 else None
        if top is not None and getattr(top, "merge_key", None) == merge_key:
            top.undo()
            top.setObsolete(True)  # the stack drops an obsolete command (without undoing it again)
            stack.undo()

    def _refuse(self, where: str, text: str, high: float | None) -> None:
        """Say which box holds what wrong value, and put the document's value back."""
        self._say_refused(where, text, high)
        QTimer.singleShot(0, self.refresh)  # not inside the table's own itemChanged

    def _say_refused(self, where: str, text: str, high: float | None) -> None:
        if high is None:
            message = tr("{where}: “{value}” is not a number of minutes (0 or more). It was not changed.")
        else:
            message = tr("{where}: “{value}” is not a percentage from 0 to 100. It was not changed.")
        self.error.setText(message.format(where=where, value=text.strip()))
        self.error.show()
