"""`ResultsDock`: KPI cards with confidence intervals, the quick estimate beside the run, charts
(pyqtgraph) and the KPI table, with copy and PNG/CSV export. It shows a `RunRecord`; it runs nothing.
"""
from __future__ import annotations

import atexit
import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QLabel, QMenu,
                               QPushButton, QScrollArea, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QToolButton,
                               QVBoxLayout, QWidget)

from app.docks import results_charts as charts
from app.docks.simulation_panel import estimate_text
from app.messages import kpi_label, kpi_value
from app.results_export import kpi_rows, write_csv

CARD_KPIS = ("resolution_mean", "resolution_p90", "fcr_rate", "escalation_rate",
             "sla_resolution_breach_rate", "sla_first_response_breach_rate", "reopen_rate",
             "satisfaction_rate", "cost_total")
CARD_COLUMNS = 3
_clipboard_hook = False


def _release_clipboard_at_exit() -> None:
    """Give the clipboard back while Python lives (Qt frees it in a static destructor later)."""
    global _clipboard_hook
    if not _clipboard_hook:
        _clipboard_hook = True
        atexit.register(lambda: QGuiApplication.instance() and QGuiApplication.clipboard().clear())


class KpiCard(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"kpi_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("KpiCard { background: #ffffff; border: 1px solid #d0d0d0; border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("color: #555555;")
        self.value = QLabel("—", self)
        self.value.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.interval = QLabel(self)
        self.interval.setStyleSheet("color: #777777; font-size: 11px;")
        for label in (self.title, self.value, self.interval):
            layout.addWidget(label)

    def show_cell(self, title: str, key: str, cell: dict[str, float] | None) -> None:
        cell = cell or {}
        self.title.setText(title)
        self.value.setText(kpi_value(key, cell.get("mean")))
        low, high = cell.get("ci_low", math.nan), cell.get("ci_high", math.nan)
        if low == low and high == high:
            self.interval.setText(self.tr("95 % CI {low} – {high}").format(
                low=kpi_value(key, low), high=kpi_value(key, high)))
        else:
            self.interval.setText(self.tr("one run: no interval"))


class ResultsDock(QDockWidget):
    sig_export_results = Signal()       # the workspace asks for a file name and writes
    sig_export_log = Signal()
    sig_export_report = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Simulation results"), parent)
        self.setObjectName("dock_results")
        self.record: Any = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.header = QLabel(self.tr("No results yet: run a scenario (Ctrl+R)."), body)
        self.header.setWordWrap(True)
        self.stale = QLabel(self.tr("Results out of date: the drawing changed since this run."), body)
        self.stale.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.stale.hide()
        self.estimate = QLabel(body)
        self.estimate.setObjectName("quick_estimate")
        self.estimate.setWordWrap(True)
        for label in (self.header, self.stale, self.estimate):
            layout.addWidget(label)
        # Cards on the left, charts on the right: both visible in a wide bottom dock.
        split = QSplitter(Qt.Orientation.Horizontal, body)
        self.cards_box = QWidget()
        self.cards_grid = QGridLayout(self.cards_box)
        self.cards_grid.setContentsMargins(0, 0, 0, 0)
        self.cards: dict[str, KpiCard] = {}
        cards_scroll = QScrollArea(split)
        cards_scroll.setWidgetResizable(True)
        cards_scroll.setFrameShape(QFrame.Shape.NoFrame)
        cards_scroll.setWidget(self.cards_box)
        self.tabs = QTabWidget(split)
        self.charts: dict[str, pg.PlotWidget] = {}
        for key in charts.TITLES:
            widget = charts.new_plot(key)
            self.charts[key] = widget
            self.tabs.addTab(widget, self._tab_title(key))
        self.table = QTableWidget(0, 5, body)
        self.table.setObjectName("kpi_table")
        self.table.setHorizontalHeaderLabels([self.tr("KPI"), self.tr("Mean"), self.tr("95 % CI low"),
                                              self.tr("95 % CI high"), self.tr("Runs")])
        self.tabs.addTab(self.table, self.tr("All KPIs"))
        split.addWidget(cards_scroll)
        split.addWidget(self.tabs)
        cards_scroll.setMinimumSize(180, 60)
        self.table.setMinimumHeight(60)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([560, 840])
        layout.addWidget(split, 1)
        layout.addLayout(self._buttons(body))
        self.setWidget(body)
        self._set_enabled(False)

    def _tab_title(self, key: str) -> str:
        return {"resolution": self.tr("Resolution"), "backlog": self.tr("Backlog"),
                "utilisation": self.tr("Utilisation"), "states": self.tr("Time in steps"),
                "breaches": self.tr("Breaches")}[key]

    def _buttons(self, parent: QWidget) -> QHBoxLayout:
        """Three menu buttons, so the dock stays narrow enough for small windows."""
        row = QHBoxLayout()
        self.buttons: dict[str, QAction] = {}
        groups = (
            (self.tr("Chart"), (("copy_chart", self.tr("Copy chart"), self.copy_chart),
                                ("save_chart", self.tr("Save chart as PNG…"),
                                 lambda: self._ask_and(self.save_chart, "PNG (*.png)")))),
            (self.tr("KPI table"), (("copy_table", self.tr("Copy KPI table"), self.copy_table),
                                    ("save_table", self.tr("Save KPI table as CSV…"),
                                     lambda: self._ask_and(self.save_table, "CSV (*.csv)")))),
            (self.tr("Export"), (("export_results", self.tr("Export results…"), self.sig_export_results.emit),
                                 ("export_log", self.tr("Export event log…"), self.sig_export_log.emit),
                                 ("export_report", self.tr("Export simulation report (PDF)…"),
                                  self.sig_export_report.emit))),
        )
        for title, entries in groups:
            button = QToolButton(parent)
            button.setText(title)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(button)
            for key, text, slot in entries:
                action = menu.addAction(text)
                action.setObjectName(f"results_{key}")
                action.triggered.connect(lambda *_, f=slot: f())
                self.buttons[key] = action
            button.setMenu(menu)
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _set_enabled(self, on: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(on)

    # ------------------------------------------------------------ showing
    def show_record(self, record: Any, names: dict[str, str], pool_names: dict[str, str],
                    sla_targets: list[tuple[str, float]], scenario_name: str = "") -> None:
        """Show a RunRecord. `names`: step id -> title; `sla_targets`: (name, minutes) of resolution."""
        self.record = record
        result = record.result
        runs = len(result.runs)
        self.header.setText(self.tr("{scenario}: {runs} replication(s), {seconds:.1f} s, "
                                    "document revision {revision}").format(
            scenario=scenario_name or self.tr("Default settings"), runs=runs,
            seconds=record.seconds, revision=record.revision))
        self.set_stale(False)
        self._show_estimate(record, names)
        self._show_cards(result, pool_names)
        self._show_table(result)
        charts.draw_all(self.charts, result, names, pool_names, sla_targets)
        self._set_enabled(True)

    def set_stale(self, stale: bool) -> None:
        self.stale.setVisible(stale)
        self.cards_box.setEnabled(not stale)

    def _show_estimate(self, record: Any, names: dict[str, str]) -> None:
        """The analytic answer beside the simulated one (the estimate is per ticket in the system)."""
        text = estimate_text(record.estimate, names)
        est = record.estimate
        if est is not None and est.ok:
            simulated = record.result.summary.get("resolution_mean", {}).get("mean", math.nan)
            text += " " + self.tr("Simulated mean resolution: {simulated}.").format(
                simulated=kpi_value("resolution_mean", simulated))
        self.estimate.setText(text)

    def _show_cards(self, result: Any, pool_names: dict[str, str]) -> None:
        for card in self.cards.values():
            card.deleteLater()
        self.cards = {}
        entries = [(k, kpi_label(k), k, result.summary.get(k)) for k in CARD_KPIS]
        for pool, table in result.pools.items():
            title = self.tr("Utilisation: {pool}").format(pool=pool_names.get(pool, pool))
            entries.append((f"utilisation_{pool}", title, "fcr_rate", table.get("utilisation")))
        for i, (key, title, unit_key, cell) in enumerate(entries):
            card = KpiCard(key, self.cards_box)
            card.show_cell(title, unit_key, cell)
            self.cards_grid.addWidget(card, i // CARD_COLUMNS, i % CARD_COLUMNS)
            self.cards[key] = card

    def _show_table(self, result: Any) -> None:
        rows = kpi_rows(result.summary, kpi_label, kpi_value)[1:]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate([row[1], row[2], row[3], row[4], row[5]]):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    # ------------------------------------------------------------ copy and export
    def current_chart(self) -> QWidget:
        widget = self.tabs.currentWidget()
        return widget if widget is not self.table else self.charts["resolution"]

    def copy_chart(self) -> None:
        _release_clipboard_at_exit()
        QGuiApplication.clipboard().setPixmap(self.current_chart().grab())

    def save_chart(self, path: str) -> bool:
        return self.current_chart().grab().save(path, "PNG")

    def table_rows(self) -> list[list[str]]:
        if self.record is None:
            return []
        return kpi_rows(self.record.result.summary, kpi_label, kpi_value)

    def copy_table(self) -> None:
        _release_clipboard_at_exit()
        QGuiApplication.clipboard().setText("\n".join("\t".join(r) for r in self.table_rows()))

    def save_table(self, path: str) -> None:
        """Plain numbers (minutes, rates between 0 and 1) for spreadsheets."""
        if self.record is not None:
            write_csv(path, kpi_rows(self.record.result.summary, kpi_label,
                                     lambda _k, v: "" if v is None or v != v else f"{v:.6g}"))

    def _ask_and(self, action: Any, pattern: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save"), "", pattern)
        if path:
            action(path)
