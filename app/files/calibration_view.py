"""The "Simulated vs actual" page of the results dock, for a run of a calibrated scenario: time
per state, resolution-time percentiles with the Kolmogorov-Smirnov distance, SLA breaches and the
volume per day of the week, beside the export the scenario was fitted from. The figures are
model/calibrate/compare.py's, the words model/calibrate/words.py's (as on the PDF page).
"""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from blueprint_studio.app.files.calibration_dialog import ui_language
from blueprint_studio.app.simulation import results_charts as charts
from blueprint_studio.model.calibrate.compare import Comparison, compare
from blueprint_studio.model.calibrate.words import comparison_lines, comparison_rows, day_name, page_words

PAGE_NAME = "calibration_page"


def tr(text: str) -> str:
    return QCoreApplication.translate("Calibration", text)


class CalibrationPage(QScrollArea):
    """Three tables and their sentences; `show_comparison` fills them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(PAGE_NAME)
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.labels: dict[str, QLabel] = {}
        self.tables: dict[str, QTableWidget] = {}
        for key in ("intro", "states", "states_table", "states_note", "resolution", "resolution_table",
                    "ks", "breach", "volume", "volume_table", "volume_note"):  # fmt: skip
            if key.endswith("_table"):
                table = QTableWidget()
                table.setObjectName(f"calibration_{key}")
                table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
                table.verticalHeader().hide()
                table.horizontalHeader().setStretchLastSection(True)
                self.tables[key.removesuffix("_table")] = table
                layout.addWidget(table)
            else:
                label = QLabel()
                label.setObjectName(f"calibration_{key}")
                label.setWordWrap(True)
                if key in ("states", "resolution", "volume"):
                    label.setStyleSheet("font-weight: bold")
                self.labels[key] = label
                layout.addWidget(label)
        self.chart = charts.new_plot("calibration_resolution")
        self.chart.setMinimumHeight(180)
        self.chart.setToolTip(tr("Share of tickets resolved within each time: actual and simulated"))
        layout.insertWidget(layout.indexOf(self.tables["resolution"]), self.chart)
        self.week = charts.new_plot("calibration_week")
        self.week.setMinimumHeight(150)
        self.week.setToolTip(tr("Tickets per hour over the week, Monday first: actual and simulated"))
        layout.insertWidget(layout.indexOf(self.tables["volume"]), self.week)
        layout.addStretch(1)
        self.setWidget(body)
        self.comparison: Comparison | None = None

    def show_comparison(self, comparison: Comparison, scenario_name: str) -> None:
        self.comparison = comparison
        language = ui_language()
        lines = comparison_lines(comparison, scenario_name, language)
        for key, label in self.labels.items():
            label.setText(lines.get(key, ""))
        for key, rows in comparison_rows(comparison, language).items():
            table = self.tables[key]
            table.setColumnCount(len(rows[0]))
            table.setRowCount(len(rows) - 1)
            table.setHorizontalHeaderLabels(rows[0])
            for r, row in enumerate(rows[1:]):
                for c, text in enumerate(row):
                    table.setItem(r, c, QTableWidgetItem(text))
            table.resizeColumnsToContents()
            table.setMinimumHeight(min(32 + 26 * len(rows), 320))
        self._draw_resolution(comparison, language)
        self._draw_week(comparison, language)

    def _draw_week(self, comparison: Comparison, language: str) -> None:
        plot = self.week.getPlotItem()
        plot.clear()
        words = page_words(language)
        if plot.legend is None:
            plot.addLegend(offset=(10, 10))
        plot.legend.clear()
        hours = list(range(168))
        if len(comparison.weekly_actual) == 168:
            plot.plot(
                hours,
                comparison.weekly_actual,
                pen=pg.mkPen(charts.INK["text"], width=1.5),
                name=words["actual"],
            )
        if len(comparison.weekly_simulated) == 168:
            dashed = pg.mkPen(charts.INK["bar"], width=1.5, style=Qt.PenStyle.DashLine)
            plot.plot(hours, comparison.weekly_simulated, pen=dashed, name=words["simulated"])
        plot.getAxis("bottom").setTicks([[(24 * d, day_name(d, language)) for d in range(7)]])

    def _draw_resolution(self, comparison: Comparison, language: str) -> None:
        """The two distributions of resolution times as cumulative shares on a log time axis."""
        plot = self.chart.getPlotItem()
        plot.clear()
        words = page_words(language)
        if plot.legend is None:
            plot.addLegend(offset=(10, 10))
        plot.legend.clear()
        quantiles = [q for q in comparison.actual_quantiles if q > 0]
        if quantiles:
            xs = [math.log10(q) for q in quantiles]
            share = [
                (len(comparison.actual_quantiles) - len(quantiles) + k) / 100 for k in range(len(quantiles))
            ]
            plot.plot(xs, share, pen=pg.mkPen(charts.INK["text"], width=2), name=words["actual"])
        points = [(math.log10(x), y) for x, y in comparison.simulated_cdf() if x > 0]
        if points:
            plot.plot(
                [x for x, _ in points],
                [y for _, y in points],
                pen=pg.mkPen(charts.INK["bar"], width=2, style=Qt.PenStyle.DashLine),
                name=words["simulated"],
            )
        every = [x for x, _ in points] + ([math.log10(q) for q in quantiles] if quantiles else [])
        if every:
            plot.getAxis("bottom").setTicks([charts.time_ticks(min(every), max(every))])
        plot.setYRange(0, 1)


def show_for_record(dock: Any, record: Any, blueprint: Any) -> CalibrationPage | None:
    """Add, refresh or remove the page in the results dock's tabs for the run `record`."""
    tabs = dock.tabs
    page = next(
        (tabs.widget(i) for i in range(tabs.count()) if tabs.widget(i).objectName() == PAGE_NAME), None
    )
    scenario = next((s for s in blueprint.scenarios if s.id == getattr(record, "scenario_id", None)), None)
    comparison = compare(blueprint, scenario, record.result) if scenario is not None else None
    if comparison is None:
        if page is not None:
            tabs.removeTab(tabs.indexOf(page))
            page.deleteLater()
        return None
    if page is None:
        page = CalibrationPage(tabs)
        tabs.addTab(page, comparison_lines(comparison, "", ui_language())["title"])
    page.show_comparison(comparison, scenario.name or scenario.id)  # type: ignore[union-attr]
    return page  # type: ignore[return-value]
