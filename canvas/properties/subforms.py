"""Small forms for the complex fields of the properties dock: a distribution, shifts, a pool.

Each is a widget with `value()` (plain data pydantic validates), `set_value()` (no signal) and
`sig_edited(bool)`: True for typing (merged per field), False for a structural change. Never
touches the document; the dock turns each edit into one command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

CONTEXT = "Properties"
DISTRIBUTIONS = {  # kind -> (label, parameters)
    "exponential": (QT_TRANSLATE_NOOP("Properties", "Exponential"), ("mean",)),
    "fixed": (QT_TRANSLATE_NOOP("Properties", "Fixed"), ("value",)),
    "uniform": (QT_TRANSLATE_NOOP("Properties", "Uniform"), ("low", "high")),
    "triangular": (QT_TRANSLATE_NOOP("Properties", "Triangular"), ("low", "mode", "high")),
    "lognormal": (QT_TRANSLATE_NOOP("Properties", "Log-normal"), ("mean", "sd")),
    "gamma": (QT_TRANSLATE_NOOP("Properties", "Gamma"), ("shape", "scale")),
    "empirical": (QT_TRANSLATE_NOOP("Properties", "Empirical (samples)"), ("samples",)),
}
PARAMETERS = {
    "mean": QT_TRANSLATE_NOOP("Properties", "Mean"),
    "value": QT_TRANSLATE_NOOP("Properties", "Value"),
    "low": QT_TRANSLATE_NOOP("Properties", "Minimum"),
    "mode": QT_TRANSLATE_NOOP("Properties", "Most likely"),
    "high": QT_TRANSLATE_NOOP("Properties", "Maximum"),
    "sd": QT_TRANSLATE_NOOP("Properties", "Standard deviation"),
    "shape": QT_TRANSLATE_NOOP("Properties", "Shape"),
    "scale": QT_TRANSLATE_NOOP("Properties", "Scale"),
    "samples": QT_TRANSLATE_NOOP("Properties", "Samples, separated by commas"),
}
DAYS = (
    QT_TRANSLATE_NOOP("Properties", "Mon"),
    QT_TRANSLATE_NOOP("Properties", "Tue"),
    QT_TRANSLATE_NOOP("Properties", "Wed"),
    QT_TRANSLATE_NOOP("Properties", "Thu"),
    QT_TRANSLATE_NOOP("Properties", "Fri"),
    QT_TRANSLATE_NOOP("Properties", "Sat"),
    QT_TRANSLATE_NOOP("Properties", "Sun"),
)
SHIFT_TEXTS = {  # in a table: lupdate does not see the `tr` calls of this module's methods
    "day": QT_TRANSLATE_NOOP("Properties", "Whether this shift works on this weekday"),
    "start": QT_TRANSLATE_NOOP("Properties", "Start (hour)"),
    "end": QT_TRANSLATE_NOOP("Properties", "End (hour)"),
    "agents": QT_TRANSLATE_NOOP("Properties", "Agents on duty"),
    "from": QT_TRANSLATE_NOOP("Properties", "from "),
    "to": QT_TRANSLATE_NOOP("Properties", "to "),
    "agents_suffix": QT_TRANSLATE_NOOP("Properties", " agents"),
}
CHOICES = {
    "next_free": QT_TRANSLATE_NOOP("Properties", "Next free agent"),
    "least_loaded": QT_TRANSLATE_NOOP("Properties", "Least loaded agent"),
    # among the pool's named agents (its roster, edited in the Pools tab of the Blueprint settings)
    "fewest_owned": QT_TRANSLATE_NOOP("Properties", "Fewest open tickets owned"),
    "skills_first": QT_TRANSLATE_NOOP("Properties", "Skills first"),
    "round_robin": QT_TRANSLATE_NOOP("Properties", "Round-robin"),
    "fifo": QT_TRANSLATE_NOOP("Properties", "First in, first out"),
    "priority": QT_TRANSLATE_NOOP("Properties", "By priority"),
    "sla": QT_TRANSLATE_NOOP("Properties", "Earliest SLA deadline"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def spin(low: float, high: float, decimals: int = 2, suffix: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setKeyboardTracking(True)
    if suffix:
        box.setSuffix(suffix)
    return box


def int_spin(low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    return box


def choice_combo(values: list[Any], labels: list[str]) -> QComboBox:
    combo = QComboBox()
    for value, label in zip(values, labels):
        combo.addItem(label, value)
    return combo


def select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class SubForm(QWidget):
    sig_edited = Signal(bool)  # True: typing (merge), False: a structural change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False

    def typed(self, *_: Any) -> None:
        if not self._quiet:
            self.sig_edited.emit(True)

    def changed(self, *_: Any) -> None:
        if not self._quiet:
            self.sig_edited.emit(False)

    def set_value(self, value: Any) -> None:
        self._quiet = True
        try:
            self.show_value(value)
        finally:
            self._quiet = False

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError


def labelled(*rows: tuple[str, QWidget]) -> QWidget:
    """Labels above their fields: the panel is narrow."""
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    for text, widget in rows:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setBuddy(widget)
        box.addWidget(label)
        box.addWidget(widget)
    return holder


class OptionalForm(SubForm):
    """A sub-form a check box turns on (an approval, follow-ups, a merge rule): `enabled` above
    its `details`, which are greyed while it is off; `value()` is None then."""

    enabled: QCheckBox
    details: QWidget

    def _stack(self) -> None:
        """Lays out `enabled` above `details`; a tick or untick is one edit."""
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.enabled)
        box.addWidget(self.details)
        self.enabled.toggled.connect(self.changed)

    def _show_on(self, on: bool) -> None:
        self.enabled.setChecked(on)
        self.details.setEnabled(on)

    def _is_on(self) -> bool:
        on = self.enabled.isChecked()
        self.details.setEnabled(on)
        return on


class DistributionEditor(SubForm):
    """A kind combo and the kind's parameters in validated spin boxes (times in minutes)."""

    def __init__(
        self, optional: bool = False, unit: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("distribution_editor")
        suffix = " " + (unit if unit is not None else tr("min"))
        self.kind = QComboBox()
        if optional:
            self.kind.addItem(tr("None"), None)
        for kind, (label, _) in DISTRIBUTIONS.items():
            self.kind.addItem(tr(label), kind)
        self.spins = {name: spin(0.0, 1_000_000.0, 2, suffix) for name in PARAMETERS if name != "samples"}
        self.spins["shape"].setSuffix("")  # a gamma's shape has no unit: its mean is shape x scale
        self.spins["shape"].setToolTip(tr("The gamma's shape (no unit): the mean is shape × scale"))
        self.samples = QLineEdit()
        self.samples.setPlaceholderText("5, 8, 12")
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(tr("Distribution"), self.kind)
        for name, box in self.spins.items():
            self.form.addRow(tr(PARAMETERS[name]), box)
            box.valueChanged.connect(self.typed)
        self.form.addRow(tr(PARAMETERS["samples"]), self.samples)
        self.samples.textEdited.connect(self.typed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._show_rows()

    def _show_rows(self) -> None:
        kind = self.kind.currentData()
        wanted = set(DISTRIBUTIONS[kind][1]) if kind else set()
        for name in PARAMETERS:
            widget = self.samples if name == "samples" else self.spins[name]
            self.form.setRowVisible(widget, name in wanted)

    def _kind_changed(self, *_: Any) -> None:
        self._show_rows()
        kind = self.kind.currentData()
        if kind and not self._quiet:  # sensible starting values for the new kind's parameters
            values = [box.value() for box in self.spins.values() if box.value() > 0] or [10.0]
            base = max(values[0], 0.01)
            defaults = {
                "mean": base,
                "value": base,
                "low": base / 2,
                "mode": base,
                "high": base * 2,
                "sd": base / 2,
                "shape": 2.0,
                "scale": base / 2,  # a mean of `base`
            }
            self._quiet = True
            for name in DISTRIBUTIONS[kind][1]:
                if name in self.spins and (self.spins[name].value() <= 0 or name in ("low", "mode", "high")):
                    self.spins[name].setValue(defaults[name])
            if kind == "empirical" and not self.samples.text().strip():
                self.samples.setText(f"{base:g}")
            self._quiet = False
        self.changed()

    def show_value(self, value: Any) -> None:
        data = value.model_dump() if hasattr(value, "model_dump") else value
        select(self.kind, data["kind"] if data else None)
        for name, box in self.spins.items():
            box.setValue(float(data.get(name, 0.0)) if data else 0.0)
        self.samples.setText(", ".join(f"{v:g}" for v in data.get("samples", [])) if data else "")
        self._show_rows()

    def value(self) -> Any:
        kind = self.kind.currentData()
        if kind is None:
            return None
        if kind == "empirical":
            text = self.samples.text().replace(";", ",")
            return {"kind": kind, "samples": [float(v) for v in text.split(",") if v.strip()]}
        return {"kind": kind, **{n: self.spins[n].value() for n in DISTRIBUTIONS[kind][1]}}


class RowList(SubForm):
    """Rows with a remove button each and an add button below; subclasses make the rows."""

    add_text = QT_TRANSLATE_NOOP("Properties", "Add")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[QWidget, Callable[[], Any]]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QVBoxLayout()
        layout.addLayout(self.box)
        self.add_button = QPushButton(tr(self.add_text))
        self.add_button.setObjectName("add_row")
        self.add_button.clicked.connect(self._add_clicked)
        layout.addWidget(self.add_button)

    def make_row(self, data: Any) -> tuple[QWidget, Callable[[], Any]]:
        raise NotImplementedError

    def new_data(self) -> Any:
        raise NotImplementedError

    def _append(self, data: Any) -> None:
        widget, read = self.make_row(data)
        remove = QToolButton()
        remove.setText("✕")
        remove.setObjectName("remove_row")
        remove.setToolTip(tr("Remove"))
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(widget, 1)
        line.addWidget(remove)
        entry = (holder, read)
        self.rows.append(entry)
        self.box.addWidget(holder)
        remove.clicked.connect(lambda *_: self._remove(entry))

    def _add_clicked(self) -> None:
        self._append(self.new_data())
        self.changed()

    def _remove(self, entry: tuple[QWidget, Callable[[], Any]]) -> None:
        if entry not in self.rows:  # a row already replaced by a refresh
            return
        self.rows.remove(entry)
        entry[0].hide()
        entry[0].deleteLater()
        self.changed()

    def show_value(self, value: Any) -> None:
        for holder, _ in self.rows:
            holder.hide()
            holder.deleteLater()
        self.rows = []
        for item in value or []:
            self._append(item.model_dump() if hasattr(item, "model_dump") else item)

    def value(self) -> Any:
        return [read() for _, read in self.rows]


class ShiftsEditor(RowList):
    """Shifts as rows: weekday toggles, start and end hours, agents on duty."""

    add_text = QT_TRANSLATE_NOOP("Properties", "Add shift")

    def new_data(self) -> Any:
        return {"days": [0, 1, 2, 3, 4], "start": 9.0, "end": 17.0, "agents": 1}

    def make_row(self, data: Any) -> tuple[QWidget, Callable[[], Any]]:
        row = QWidget()
        row.setObjectName("shift_row")
        lines = QVBoxLayout(row)  # days above, hours and agents below: fits a narrow panel
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(2)
        line = QHBoxLayout()
        line.setSpacing(1)
        lines.addLayout(line)
        days = []
        for i, name in enumerate(DAYS):
            button = QToolButton()
            button.setText(tr(name))
            button.setCheckable(True)
            button.setChecked(i in data["days"])
            button.setToolTip(tr(SHIFT_TEXTS["day"]))
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(24)
            button.toggled.connect(self.changed)
            days.append(button)
            line.addWidget(button)
        start, end = spin(0, 24, 1, " h"), spin(0, 24, 1, " h")
        start.setToolTip(tr(SHIFT_TEXTS["start"]))
        end.setToolTip(tr(SHIFT_TEXTS["end"]))
        agents = int_spin(0, 100_000)
        agents.setToolTip(tr(SHIFT_TEXTS["agents"]))
        start.setValue(data["start"])
        end.setValue(data["end"])
        agents.setValue(data["agents"])
        start.setPrefix(tr(SHIFT_TEXTS["from"]))
        end.setPrefix(tr(SHIFT_TEXTS["to"]))
        agents.setSuffix(tr(SHIFT_TEXTS["agents_suffix"]))
        hours = QHBoxLayout()
        lines.addLayout(hours)
        for box in (start, end, agents):
            box.valueChanged.connect(self.typed)
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            box.setMinimumWidth(48)
            hours.addWidget(box)

        def read() -> dict:
            return {
                "days": [i for i, b in enumerate(days) if b.isChecked()],
                "start": start.value(),
                "end": end.value(),
                "agents": agents.value(),
            }

        return row, read


class PoolEditor(SubForm):
    """A lane's pool in a checkable group box: agents, cost, assignment, discipline, shifts."""

    def __init__(
        self,
        new_id: Callable[[], str],
        field_names: list[str],
        parent: QWidget | None = None,
        field_labels: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.new_id = new_id
        self.pool_id: str | None = None
        self.shown: Any = None  # the pool shown: what the form does not edit is kept from it
        self.group = QGroupBox(tr("This lane has its own pool of agents"))
        self.group.setCheckable(True)
        self.group.toggled.connect(self.changed)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.group)
        form = QFormLayout(self.group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit()
        self.agents = int_spin(0, 100_000)
        self.cost = spin(0, 1_000_000, 2)
        assignments = ["next_free", "least_loaded", "fewest_owned", "skills_first", "round_robin"]
        self.assignment = choice_combo(assignments, [tr(CHOICES[k]) for k in assignments])
        self.discipline = choice_combo(
            ["fifo", "priority", "sla"], [tr(CHOICES[k]) for k in ("fifo", "priority", "sla")]
        )
        self.priority = choice_combo([None, *field_names], [tr("No field"), *(field_labels or field_names)])
        self.shifts = ShiftsEditor()
        for label, widget in (
            (tr("Name"), self.name),
            (tr("Agents"), self.agents),
            (tr("Cost per agent hour"), self.cost),
            (tr("Assignment"), self.assignment),
            (tr("Queue discipline"), self.discipline),
            (tr("Priority field"), self.priority),
            (tr("Shifts"), self.shifts),
        ):
            form.addRow(label, widget)
        self.name.textEdited.connect(self.typed)
        self.agents.valueChanged.connect(self.typed)
        self.cost.valueChanged.connect(self.typed)
        for combo in (self.assignment, self.discipline, self.priority):
            combo.currentIndexChanged.connect(self.changed)
        self.shifts.sig_edited.connect(lambda merge: None if self._quiet else self.sig_edited.emit(merge))

    def show_value(self, value: Any) -> None:
        self.group.setChecked(value is not None)
        self.pool_id = value.id if value is not None else None
        self.shown = value
        if value is None:
            return
        self.name.setText(value.name)
        self.agents.setValue(value.agents)
        self.cost.setValue(value.cost_per_hour)
        select(self.assignment, value.assignment)
        select(self.discipline, value.discipline)
        select(self.priority, value.priority_field)
        self.shifts.set_value(value.shifts)

    def value(self) -> Any:
        if not self.group.isChecked():
            return None
        if self.pool_id is None:
            self.pool_id = self.new_id()
        # named agents, the skills fallback and ownership are edited in the Pools tab: kept
        kept = self.shown.model_dump() if self.shown is not None else {}
        return {
            **kept,
            "id": self.pool_id,
            "name": self.name.text(),
            "agents": self.agents.value(),
            "cost_per_hour": self.cost.value(),
            "assignment": self.assignment.currentData(),
            "discipline": self.discipline.currentData(),
            "priority_field": self.priority.currentData(),
            "shifts": self.shifts.value(),
        }
