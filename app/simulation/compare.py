"""`CompareDock`: pick scenarios A and B, run them with common random numbers, and read a table of
KPI differences (B − A) with the 95 % interval of each, real differences marked, for the current
document only (it says which, and when). Runs nothing itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.app.shell.kpi_words import kpi_figure, kpi_label
from blueprint_studio.app.simulation.results_cards import mix

if TYPE_CHECKING:  # types only: the comparison code loads with the first comparison, not at start
    from blueprint_studio.model.sim.compare import Comparison, Difference

SHOWN = (
    "resolution_elapsed_mean",
    "resolution_elapsed_p90",
    "first_response_sla_mean",
    "fcr_rate",
    "escalation_rate",
    "sla_first_response_breach_rate",
    "sla_resolution_breach_rate",
    "reopen_rate",
    "satisfaction_rate",
    "deflection_rate",  # when the model has steps done by the customer or the system
    "resolved",
    "in_progress",
    "cost_total",
)


def row_texts(key: str, d: Difference) -> tuple[str, str, str]:
    """A and B in one unit, and B − A with its interval in one unit ("+2.7 h [+1.8 ; +3.6] h"), in
    the window's number style (model.sim.compare.row_texts, as the report words them)."""
    from blueprint_studio.model.sim import compare

    return compare.row_texts(key, d, kpi_figure)


class CompareDock(QDockWidget):
    sig_compare_requested = Signal(object, object)  # scenario ids A, B
    sig_show_on_canvas = Signal(bool)  # the heat map shows the difference

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
        self.header = QLabel(body)
        self.header.setObjectName("compare_header")
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.note = QLabel(
            self.tr(
                "Both run with the same random numbers (common random numbers): "
                "B takes A's seed and replications, so a difference comes from the "
                "scenarios, not from chance. Marked ✔: the 95 % interval excludes zero."
            ),
            body,
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 5, body)
        self.table.setObjectName("compare_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("KPI"), self.tr("A"), self.tr("B"), self.tr("B − A (95 % interval)"), self.tr("Real?")]
        )
        self.table.horizontalHeaderItem(4).setToolTip(self.note.text())
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
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

    def show_empty(self, title: str) -> None:
        """The current document has no comparison yet: an empty table that says so."""
        self.comparison = None
        self.table.setRowCount(0)
        self.on_canvas.setEnabled(False)
        self.header.setText(
            self.tr("No comparison for {title} yet: pick A and B, then Compare.").format(title=title)
            if title
            else ""
        )
        self.note.show()

    def show_comparison(self, comparison: Comparison, title: str = "", when: Any = None) -> None:
        from blueprint_studio.app.simulation.results import when_text

        self.comparison = comparison
        self.header.setText(
            self.tr("{title}: compared {when}.").format(title=title, when=when_text(when)) if title else ""
        )
        self.header.setToolTip(self.note.text())
        self.note.hide()  # the table needs the room; the note stays as tooltip of the header and "Real?"
        keys = [k for k in SHOWN if k in comparison.kpis]
        self.table.setRowCount(len(keys))
        bold = QFont()
        bold.setBold(True)
        base = self.palette().color(self.palette().ColorRole.Base)
        real_colour = mix(base, QColor("#43a047"), 0.22)
        for row, key in enumerate(keys):
            d = comparison.kpis[key]
            cells = [kpi_label(key), *row_texts(key, d), "✔" if d.real else ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(Qt.ItemDataRole.UserRole, key)
                if d.real:
                    item.setFont(bold)
                    item.setBackground(real_colour)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.on_canvas.setEnabled(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new theme: the marked rows take the new palette's tint."""
        if event.type() == QEvent.Type.PaletteChange and self.comparison is not None:
            header, tip = self.header.text(), self.header.toolTip()
            self.show_comparison(self.comparison)
            self.header.setText(header)
            self.header.setToolTip(tip)
        super().changeEvent(event)

    def real_rows(self) -> list[str]:
        return [
            self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            for r in range(self.table.rowCount())
            if self.table.item(r, 4).text() == "✔"
        ]

    def rows(self) -> list[list[str]]:
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]


def difference_heat(comparison: Comparison, revision: int, names: dict[str, str] | None = None) -> Any:
    """Heat data whose 'difference' metric is the change in mean wait per step (B − A);
    `names`: step id -> title, for the tooltips."""
    from blueprint_studio.canvas.overlays.heatmap import HeatData

    data = HeatData(revision)
    for step, change in comparison.steps.items():
        d = change.wait_mean
        data.steps[step] = {"difference": d.mean, "visits": change.visits.b}
        figure = kpi_figure("resolution_elapsed_mean", d.mean, d.ci_low, d.ci_high, signed=True)
        data.details[step] = (
            f"{(names or {}).get(step, step)}: {figure.value}"
            + (f" {figure.bracket}" if figure.has_interval else "")
            + (" ✔" if d.real else "")
        )
    return data
