"""`CompareDock`: pick scenarios A and B, run them with common random numbers, and read a table of
KPI differences (B − A) with the 95 % interval of each, real differences marked. Runs nothing itself.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDockWidget, QHBoxLayout, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.messages import kpi_label, kpi_value
from model.kpis import kpi_unit
from model.sim.compare import Comparison, Difference

SHOWN = ("resolution_mean", "resolution_p90", "first_response_mean", "fcr_rate", "escalation_rate",
         "sla_first_response_breach_rate", "sla_resolution_breach_rate", "reopen_rate",
         "satisfaction_rate", "resolved", "in_progress", "cost_total")


def difference_text(key: str, d: Difference) -> str:
    if d.mean != d.mean:
        return "—"
    unit = kpi_unit(key)
    sign = "+" if d.mean > 0 else ("−" if d.mean < 0 else "±")
    if unit == "%":
        return f"{sign}{abs(d.mean) * 100:.1f} pt"
    return sign + kpi_value(key, abs(d.mean))


def _signed(key: str, value: float) -> str:
    sign = "+" if value > 0 else ("−" if value < 0 else "")
    if kpi_unit(key) == "%":
        return f"{sign}{abs(value) * 100:.1f}"
    return sign + kpi_value(key, abs(value))


def interval_text(key: str, d: Difference) -> str:
    if d.ci_low != d.ci_low:
        return "—"
    suffix = " pt" if kpi_unit(key) == "%" else ""
    return f"[{_signed(key, d.ci_low)} ; {_signed(key, d.ci_high)}]{suffix}"


class CompareDock(QDockWidget):
    sig_compare_requested = Signal(object, object)   # scenario ids A, B
    sig_show_on_canvas = Signal(bool)                 # the heat map shows the difference

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Compare scenarios"), parent)
        self.setObjectName("dock_compare")
        self.comparison: Comparison | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        pick = QHBoxLayout()
        self.a = QComboBox(body)
        self.b = QComboBox(body)
        self.run_button = QPushButton(self.tr("Compare"), body)
        self.run_button.setObjectName("compare_run")
        pick.addWidget(QLabel(self.tr("A:"), body))
        pick.addWidget(self.a, 1)
        pick.addWidget(QLabel(self.tr("B:"), body))
        pick.addWidget(self.b, 1)
        pick.addWidget(self.run_button)
        layout.addLayout(pick)
        self.note = QLabel(self.tr("Both run with the same random numbers (common random numbers): "
                                   "B takes A's seed and replications, so a difference comes from the "
                                   "scenarios, not from chance. Marked ✔: the 95 % interval excludes zero."), body)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 5, body)
        self.table.setObjectName("compare_table")
        self.table.setHorizontalHeaderLabels([self.tr("KPI"), self.tr("A"), self.tr("B"),
                                              self.tr("B − A (95 % interval)"), self.tr("Real?")])
        layout.addWidget(self.table, 1)
        self.on_canvas = QCheckBox(self.tr("Show the change in waits on the blueprint"), body)
        self.on_canvas.setEnabled(False)
        layout.addWidget(self.on_canvas)
        self.setWidget(body)
        self.run_button.clicked.connect(self._request)
        self.on_canvas.toggled.connect(self.sig_show_on_canvas)

    def set_scenarios(self, scenarios: list[tuple[str, str]]) -> None:
        """(id, name) pairs; keeps the choices that still exist."""
        for combo, fallback in ((self.a, 0), (self.b, 1)):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for sid, name in scenarios:
                combo.addItem(name or sid, sid)
            index = combo.findData(keep)
            combo.setCurrentIndex(index if index >= 0 else min(fallback, combo.count() - 1))
            combo.blockSignals(False)
        self.run_button.setEnabled(len(scenarios) >= 1)

    def select(self, scenario_a: str | None, scenario_b: str | None) -> None:
        """Show which scenarios a comparison is about (when it was started elsewhere)."""
        for combo, sid in ((self.a, scenario_a), (self.b, scenario_b)):
            index = combo.findData(sid)
            if index >= 0:
                combo.setCurrentIndex(index)

    def _request(self) -> None:
        self.sig_compare_requested.emit(self.a.currentData(), self.b.currentData())

    def set_busy(self, busy: bool) -> None:
        self.run_button.setEnabled(not busy)

    def show_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        keys = [k for k in SHOWN if k in comparison.kpis]
        self.table.setRowCount(len(keys))
        bold = QFont()
        bold.setBold(True)
        for row, key in enumerate(keys):
            d = comparison.kpis[key]
            cells = [kpi_label(key), kpi_value(key, d.a), kpi_value(key, d.b),
                     f"{difference_text(key, d)}  {interval_text(key, d)}",
                     "✔" if d.real else ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(Qt.ItemDataRole.UserRole, key)
                if d.real:
                    item.setFont(bold)
                    item.setBackground(QColor("#e8f5e9"))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.on_canvas.setEnabled(True)

    def real_rows(self) -> list[str]:
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.table.rowCount())
                if self.table.item(r, 4).text() == "✔"]

    def rows(self) -> list[list[str]]:
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]


def difference_heat(comparison: Comparison, revision: int) -> Any:
    """Heat data whose 'difference' metric is the change in mean wait per step (B − A)."""
    from canvas.overlays.heatmap import HeatData
    data = HeatData(revision)
    for step, diffs in comparison.steps.items():
        d = diffs["wait_mean"]
        data.steps[step] = {"difference": d.mean, "visits": diffs["visits"].b}
        data.details[step] = f"{step}: {d.mean:+.1f} min [{d.ci_low:+.1f} ; {d.ci_high:+.1f}]" + (
            " ✔" if d.real else "")
    return data
