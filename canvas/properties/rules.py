"""Sub-forms for the last two structured fields of the properties dock: an intake's weekly
arrival schedule (a 7 × 24 table of rates) and a step's duration rules (a condition and a
duration per row). They edit values only; the dock turns each edit into one undoable command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLineEdit,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.canvas.properties.subforms import DAYS, DistributionEditor, RowList, SubForm


def tr(text: str) -> str:
    return QCoreApplication.translate("Properties", text)


class WeeklyScheduleEditor(SubForm):
    """Off: the intake's constant rate applies. On: a rate per weekday (rows) and hour (columns)."""

    def __init__(self, default_rate: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_editor")
        self.default_rate = default_rate
        self.enabled = QCheckBox(tr("Rates by weekday and hour"))
        self.enabled.setObjectName("schedule_enabled")
        self.table = QTableWidget(7, 24)
        self.table.setObjectName("schedule_table")
        self.table.setVerticalHeaderLabels([tr(day) for day in DAYS])
        self.table.setHorizontalHeaderLabels([f"{h}" for h in range(24)])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(tr("Tickets per hour arriving in each hour of the week"))
        rows = 7 * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(
            rows
            + self.table.horizontalHeader().sizeHint().height()
            + self.table.horizontalScrollBar().sizeHint().height()
            + 6
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.table)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.enabled.toggled.connect(self._toggled)
        self.table.itemChanged.connect(self._cell_changed)

    def _toggled(self, on: bool) -> None:
        self.table.setVisible(on)
        if on and not self._quiet:
            self._fill([[self.default_rate()] * 24 for _ in range(7)])
        self.changed()

    def _fill(self, rates: list[list[float]]) -> None:
        quiet, self._quiet = self._quiet, True
        try:
            for day, row in enumerate(rates):
                for hour, rate in enumerate(row):
                    self.table.setItem(day, hour, QTableWidgetItem(f"{rate:g}"))
        finally:
            self._quiet = quiet

    def _cell_changed(self, *_: Any) -> None:
        self.typed()

    def show_value(self, value: Any) -> None:
        data = value.model_dump() if hasattr(value, "model_dump") else value
        self.enabled.setChecked(data is not None)
        self.table.setVisible(data is not None)
        if data is not None:
            self._fill(data["rates"])

    def value(self) -> Any:
        if not self.enabled.isChecked():
            return None
        rates = []
        for day in range(7):
            row = []
            for hour in range(24):
                item = self.table.item(day, hour)
                text = (item.text() if item is not None else "0").strip().replace(",", ".")
                row.append(float(text or 0))
            rates.append(row)
        return {"rates": rates}


class DurationRulesEditor(RowList):
    """Rows of 'when this condition holds, the duration is this instead' (first match wins)."""

    add_text = QT_TRANSLATE_NOOP("Properties", "Add a duration rule")

    def __init__(self, fields: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = fields

    def new_data(self) -> Any:
        choice = next((f for f in self.fields if f.type == "choice" and f.values), None)
        when = f'{choice.name} == "{choice.values[0]}"' if choice is not None else "true"
        return {"when": when, "duration": {"kind": "exponential", "mean": 30.0}}

    def make_row(self, data: Any) -> tuple[QWidget, Callable[[], Any]]:
        row = QWidget()
        row.setObjectName("duration_rule_row")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 4)
        when = QLineEdit(data["when"])
        when.setObjectName("duration_rule_when")
        when.setFont(QFont("DejaVu Sans Mono"))
        when.setPlaceholderText('priority == "P1"')
        when.setToolTip(tr("When this condition holds, the step takes the duration below"))
        duration = DistributionEditor()
        duration.set_value(data["duration"])
        layout.addWidget(when)
        layout.addWidget(duration)
        when.textEdited.connect(self.typed)
        duration.sig_edited.connect(lambda merge: self.typed() if merge else self.changed())
        return row, lambda: {"when": when.text(), "duration": duration.value()}
