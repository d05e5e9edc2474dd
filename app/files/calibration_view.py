"""The "Simulated vs actual" page of the results dock, for a run of a calibrated scenario: time
per state, resolution-time percentiles with the Kolmogorov-Smirnov distance, SLA breaches and the
volume per day of the week, beside the export the scenario was fitted from. The figures are
model/calibrate/compare.py's, the words model/calibrate/words.py's (as on the PDF page).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QScrollArea, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from blueprint_studio.app.files.calibration_dialog import ui_language
from blueprint_studio.model.calibrate.compare import Comparison, compare
from blueprint_studio.model.calibrate.words import comparison_lines, comparison_rows

PAGE_NAME = "calibration_page"


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
