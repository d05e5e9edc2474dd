"""`ResultsDock`: the last run of the current document: which document, scenario and when, whether
the drawing changed since; KPI cards with intervals, the quick estimate, charts and the KPI table,
with copy and PNG/CSV export. Or, when the document has no run, an empty state with Run.
"""

from __future__ import annotations

import atexit
import math
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QFrame,
    QGraphicsOpacityEffect,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.app.shell.i18n import plural
from blueprint_studio.app.shell.kpi_words import (
    display_language,
    kpi_figure,
    kpi_label,
    kpi_note,
    kpi_value,
    run_status_text,
)
from blueprint_studio.app.simulation import leaderboard
from blueprint_studio.app.simulation.panel import estimate_text
from blueprint_studio.app.simulation.results_cards import KpiCard, is_dark, mix
from blueprint_studio.app.simulation.results_export import kpi_rows, write_csv

if TYPE_CHECKING:
    import pyqtgraph as pg

CARD_KPIS = (
    "resolution_elapsed_mean",
    "resolution_elapsed_p90",
    "fcr_rate",
    "escalation_rate",
    "sla_resolution_breach_rate",
    "sla_first_response_breach_rate",
    "reopen_rate",
    "satisfaction_rate",
    "cost_total",
)
# Figures the table repeats for each value of each choice field, under the overall ones
PER_VALUE_KPIS = ("queue_wait_mean", "queue_wait_p90", "sla_resolution_breach_rate")
# the figures the table repeats for each SLA policy (RunResult.policies)
PER_POLICY_KPIS = ("sla_first_response_breach_rate", "sla_resolution_breach_rate")
CARD_COLUMNS = 3
_clipboard_hook = False


def tr(text: str) -> str:
    return QCoreApplication.translate("ResultsDock", text)


def _release_clipboard_at_exit() -> None:
    """Give the clipboard back while Python lives (Qt frees it in a static destructor later)."""
    global _clipboard_hook
    if not _clipboard_hook:
        _clipboard_hook = True
        atexit.register(lambda: QGuiApplication.instance() and QGuiApplication.clipboard().clear())


class ResultsDock(QDockWidget):
    sig_export_results = Signal()  # the workspace asks for a file name and writes
    sig_export_log = Signal()
    sig_export_report = Signal()
    sig_run_requested = Signal()  # the empty state's Run button

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Simulation results"), parent)
        self.setObjectName("dock_results")
        self.record: Any = None
        self.title = ""
        self._drawn: tuple = ()  # what the charts show, to redraw them in a new theme
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self._empty_state(body))
        self.content = QWidget(body)
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(self.content)
        self.header.setObjectName("results_header")
        self.header.setWordWrap(True)
        self.stale = QLabel(self.content)
        self.stale.setObjectName("results_freshness")
        self.stale.setWordWrap(True)
        self.estimate = QLabel(self.content)
        self.estimate.setObjectName("quick_estimate")
        self.estimate.setWordWrap(True)
        top = QHBoxLayout()  # which run, and whether it still matches the drawing, on one line
        top.addWidget(self.header, 3)
        top.addWidget(self.stale, 2)
        inner.addLayout(top)
        # how the run ended when it did not complete (unstable, unfinished, nothing measured)
        self.run_status = QLabel(self.content)
        self.run_status.setObjectName("results_status")
        self.run_status.setWordWrap(True)
        inner.addWidget(self.run_status)
        # alerts sent and escalations per escalation ladder (SLA policy or step), in words
        self.ladders = QLabel(self.content)
        self.ladders.setObjectName("results_ladders")
        self.ladders.setWordWrap(True)
        self.ladders.hide()
        inner.addWidget(self.ladders)
        # notifications sent by steps' and transitions' Notify actions, per role (model/notify_words.py)
        self.notifications = QLabel(self.content)
        self.notifications.setObjectName("results_notifications")
        self.notifications.setWordWrap(True)
        self.notifications.hide()
        inner.addWidget(self.notifications)
        inner.addWidget(self.estimate)
        inner.addWidget(self._figures(self.content), 1)
        inner.addLayout(self._buttons(self.content))
        layout.addWidget(self.content, 1)
        self.setWidget(body)
        self.show_empty("")

    def _empty_state(self, parent: QWidget) -> QWidget:
        self.empty = QWidget(parent)
        self.empty.setObjectName("results_empty")
        box = QVBoxLayout(self.empty)
        self.empty_text = QLabel(self.empty)
        self.empty_text.setObjectName("results_empty_text")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_run = QPushButton(self.tr("Run simulation"), self.empty)
        self.empty_run.setObjectName("results_run")
        self.empty_run.setToolTip(self.tr("Run the chosen scenario of this blueprint (Ctrl+R)"))
        self.empty_run.clicked.connect(self.sig_run_requested)
        box.addStretch(1)
        box.addWidget(self.empty_text)
        box.addWidget(self.empty_run, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(1)
        return self.empty

    def _figures(self, parent: QWidget) -> QSplitter:
        """Cards on the left, charts on the right: both visible in a wide bottom dock."""
        split = QSplitter(Qt.Orientation.Horizontal, parent)
        self.cards_box = QWidget()
        self.cards_grid = QGridLayout(self.cards_box)
        self.cards_grid.setContentsMargins(0, 0, 0, 0)
        self.cards: dict[str, KpiCard] = {}
        cards_scroll = QScrollArea(split)
        cards_scroll.setWidgetResizable(True)
        cards_scroll.setFrameShape(QFrame.Shape.NoFrame)
        cards_scroll.setWidget(self.cards_box)
        self.tabs = QTabWidget(split)
        self.charts: dict[str, pg.PlotWidget] = {}  # made with the first run shown (_make_charts)
        self.table = QTableWidget(0, 5, parent)
        self.table.setObjectName("kpi_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("KPI"),
                self.tr("Mean"),
                self.tr("95 % CI low"),
                self.tr("95 % CI high"),
                self.tr("Replications"),
            ]
        )
        self.table.verticalHeader().hide()
        self.tabs.addTab(self.table, self.tr("All KPIs"))
        split.addWidget(cards_scroll)
        split.addWidget(self.tabs)
        cards_scroll.setMinimumSize(180, 60)
        self.table.setMinimumHeight(60)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([560, 840])
        return split

    def _make_charts(self) -> None:
        """The chart tabs, before the KPI table's, made when a run is first shown: pyqtgraph
        loads then, not with the window (the figures stay hidden until there is a run)."""
        if self.charts:
            return
        from blueprint_studio.app.simulation import results_charts as charts

        charts.set_palette(self.palette())
        for index, key in enumerate(charts.TITLES):
            widget = charts.new_plot(key)
            self.charts[key] = widget
            self.tabs.insertTab(index, widget, self._tab_title(key))
            self.tabs.setTabToolTip(index, charts.tr(charts.TITLES[key]))
        self.tabs.setCurrentIndex(0)

    def _tab_title(self, key: str) -> str:
        return {
            "resolution": self.tr("Resolution"),
            "backlog": self.tr("Backlog"),
            "utilisation": self.tr("Utilisation"),
            "states": self.tr("Time in steps"),
            "waits": self.tr("Queue waits"),
            "breaches": self.tr("Breaches"),
        }[key]

    def _buttons(self, parent: QWidget) -> QHBoxLayout:
        """Three menu buttons, so the dock stays narrow enough for small windows."""
        row = QHBoxLayout()
        self.buttons: dict[str, QAction] = {}
        groups = (
            (
                self.tr("Chart"),
                (
                    ("copy_chart", self.tr("Copy chart"), self.copy_chart),
                    (
                        "save_chart",
                        self.tr("Save chart as PNG…"),
                        lambda: self._ask_and(self.save_chart, "PNG (*.png)"),
                    ),
                ),
            ),
            (
                self.tr("KPI table"),
                (
                    ("copy_table", self.tr("Copy KPI table"), self.copy_table),
                    (
                        "save_table",
                        self.tr("Save KPI table as CSV…"),
                        lambda: self._ask_and(self.save_table, "CSV (*.csv)"),
                    ),
                ),
            ),
            (
                self.tr("Export"),
                (
                    ("export_results", self.tr("Export results…"), self.sig_export_results.emit),
                    ("export_log", self.tr("Export event log…"), self.sig_export_log.emit),
                    (
                        "export_report",
                        self.tr("Export simulation report (PDF)…"),
                        self.sig_export_report.emit,
                    ),
                ),
            ),
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
    def show_empty(self, title: str) -> None:
        """The current document has no run: say so, for it by name, and offer Run."""
        self.record, self.title = None, title
        self.empty_text.setText(
            self.tr("No simulation run for {title} yet.").format(title=title)
            if title
            else self.tr("No blueprint is open.")
        )
        self.empty_run.setEnabled(bool(title))
        self.empty.show()
        self.content.hide()
        self._clear_figures()
        self._set_enabled(False)

    def _clear_figures(self) -> None:
        for card in self.cards.values():
            card.deleteLater()
        self.cards = {}
        for widget in self.charts.values():
            widget.getPlotItem().clear()
        self._drawn = ()
        self.table.setRowCount(0)
        self.header.clear()
        self.estimate.clear()
        self.stale.clear()

    def show_record(
        self,
        record: Any,
        names: dict[str, str],
        pool_names: dict[str, str],
        sla_targets: list[tuple[str, float]],
        scenario_name: str = "",
        title: str = "",
    ) -> None:
        """Show a RunRecord of the document `title`. `names`: step id -> title; `sla_targets`:
        (name, minutes) of resolution."""
        from blueprint_studio.app.simulation import results_charts as charts

        self._make_charts()
        self.record, self.title = record, title
        self.empty.hide()
        self.content.show()
        runs = len(record.result.runs)
        scenario = scenario_name or self.tr("Default settings")
        heading = (
            self.tr("{title} — {scenario}").format(title=title, scenario=scenario) if title else scenario
        )
        self.header.setText(
            f"<b>{_escape(heading)}</b> · "
            + _escape(
                plural(
                    runs,
                    self.tr("{runs} replication, run {when}"),
                    self.tr("{runs} replications, run {when}"),
                ).format(runs=runs, when=when_text(record.finished_at))
            )
        )
        self.set_stale(False)
        self._show_status(record.result, names)
        self._show_ladders(record)
        self._show_notifications(record)
        leaderboard.update_tab(self, record, pool_names)  # individual agents (leaderboard.py)
        self._show_estimate(record, names)
        self._show_cards(record.result, pool_names)
        self._show_table(record.result)
        self._drawn = (record.result, names, pool_names, sla_targets)
        charts.set_palette(self.palette())
        charts.draw_all(self.charts, *self._drawn)
        self._set_enabled(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new theme: the charts and the freshness line take the new palette's colours."""
        if event.type() == QEvent.Type.PaletteChange:
            if self.charts:  # none before the first run shown
                self._restyle_charts()
            for card in self.cards.values():  # a widget with a style sheet is not told itself
                card.restyle(self.palette())
            if self.record is not None:
                self._style_freshness(bool(self.stale.property("stale")))
        super().changeEvent(event)

    def _restyle_charts(self) -> None:
        from blueprint_studio.app.simulation import results_charts as charts

        charts.set_palette(self.palette())
        for widget in self.charts.values():
            charts.style_plot(widget)
        if self._drawn:
            charts.draw_all(self.charts, *self._drawn)

    def set_stale(self, stale: bool, edits: int = 0) -> None:
        """Say whether the drawing changed since the run shown (`edits`: revisions since); the
        figures dim when it did."""
        if self.record is None:
            return
        if not stale:
            text = self.tr("Up to date with the drawing.")
        elif edits == 1:
            text = self.tr("Run before your last edit: these figures may no longer match the drawing.")
        else:
            text = self.tr(
                "Run before your last {n} edits: these figures may no longer match the drawing."
            ).format(n=max(edits, 1))
        self.stale.setText(text)
        self.stale.setProperty("stale", stale)
        # a short "up to date" sits at the right; a warning reads from the left, as text does
        side = Qt.AlignmentFlag.AlignLeft if stale else Qt.AlignmentFlag.AlignRight
        self.stale.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)
        self._style_freshness(stale)
        for widget in (self.cards_box, self.tabs):  # dimmed, still readable and browsable
            widget.setGraphicsEffect(_faded(widget) if stale else None)

    def is_dimmed(self) -> bool:
        return self.cards_box.graphicsEffect() is not None

    def _style_freshness(self, stale: bool) -> None:
        p = self.palette()
        text = p.color(p.ColorRole.WindowText)
        if stale:
            warn = QColor("#ef9a9a") if is_dark(p) else QColor("#b71c1c")
            self.stale.setStyleSheet(f"color: {warn.name()}; font-weight: bold;")
        else:
            self.stale.setStyleSheet(f"color: {mix(text, p.color(p.ColorRole.Window), 0.35).name()};")

    def _show_status(self, result: Any, names: dict[str, str]) -> None:
        text = run_status_text(result.status, names)
        self.run_status.setText(text)
        self.run_status.setVisible(bool(text))
        warn = QColor("#ef9a9a") if is_dark(self.palette()) else QColor("#b71c1c")
        self.run_status.setStyleSheet(f"color: {warn.name()}; font-weight: bold;")

    def _show_ladders(self, record: Any) -> None:
        """One line per escalation ladder: warnings, breaches, notifications, priorities raised,
        re-assignments (model/ladder_words.py); hidden when the run had no ladder."""
        from blueprint_studio.model import ladder_words

        ladders, blueprint = record.result.ladder, record.blueprint
        lang = display_language()
        names = ladder_words.trigger_names(blueprint, lang) if blueprint is not None else {}
        lines = [
            ladder_words.figures_line(names.get(key, "—"), figures.table(), lang)
            for key, figures in ladders.items()
        ]
        self.ladders.setText("\n".join(lines))
        self.ladders.setVisible(bool(lines))

    def _show_notifications(self, record: Any) -> None:
        """Notifications per role, as typed; hidden when nothing in the run notified anybody."""
        from blueprint_studio.model import notify_words

        text = notify_words.line(record.result.notifications, display_language())
        self.notifications.setText(text)
        self.notifications.setVisible(bool(text))

    def _show_estimate(self, record: Any, names: dict[str, str]) -> None:
        """The analytic answer beside the simulated one (the estimate is per ticket in the system)."""
        text = estimate_text(record.estimate, names)
        est = record.estimate
        if est is not None and est.ok:
            resolution = record.result.summary.get("resolution_elapsed_mean")
            simulated = math.nan if resolution is None else resolution.mean
            text += " " + self.tr("Simulated mean resolution: {simulated}.").format(
                simulated=kpi_value("resolution_elapsed_mean", simulated)
            )
        self.estimate.setText(text)

    def _show_cards(self, result: Any, pool_names: dict[str, str]) -> None:
        for card in self.cards.values():
            card.deleteLater()
        self.cards = {}
        entries = [(k, kpi_label(k), k, result.summary.get(k)) for k in CARD_KPIS]
        if "deflection_rate" in result.summary:  # steps done by the customer or the system
            key = "deflection_rate"
            entries.insert(0, (key, kpi_label(key), key, result.summary[key]))
        for key in ("contacts_per_ticket", "duplicate_rate"):  # follow-ups (model/sim/contacts.py)
            if key in result.summary:
                entries.append((key, kpi_label(key), key, result.summary[key]))
        for pool, table in result.pools.items():
            title = self.tr("Utilisation: {pool}").format(pool=pool_names.get(pool, pool))
            entries.append((f"utilisation_{pool}", title, "fcr_rate", table.utilisation))
        for i, (key, title, unit_key, cell) in enumerate(entries):
            card = KpiCard(key, self.cards_box)
            card.show_cell(title, unit_key, cell, len(result.runs))
            card.setToolTip(kpi_note(key))
            self.cards_grid.addWidget(card, i // CARD_COLUMNS, i % CARD_COLUMNS)
            self.cards[key] = card

    def _show_table(self, result: Any) -> None:
        rows = self.table_rows()[1:]
        keys = [key for key, _, _ in self._figure_rows()]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if c == 0:
                    item.setToolTip(kpi_note(keys[r]))  # what it means, where the label is not enough
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _figure_rows(self) -> list[tuple[str, str, Any]]:
        """(KPI key, label, estimate) of each row of the table: every KPI of the results, then
        PER_VALUE_KPIS for each value of each choice field («Queue wait, mean — Priority : P1»)."""
        from blueprint_studio.model.words import field_value, glossary

        if self.record is None:
            return []
        result = self.record.result
        rows = [(key, kpi_label(key), cell) for key, cell in result.summary.items()]
        language = display_language()
        blueprint = self.record.blueprint
        said = glossary(blueprint.fields if blueprint is not None else (), language)
        for name, groups in result.by_dimension.items():
            for value, table in groups.items():
                for key in PER_VALUE_KPIS:
                    cell = table.get(key)
                    if cell is None or not cell.n:
                        continue
                    label = self.tr("{figure} — {value}").format(
                        figure=kpi_label(key), value=field_value(said, name, value, language)
                    )
                    rows.append((key, label, cell))
        rows += self._policy_rows(language)
        rows += self._ladder_rows(language)
        rows += self._notification_rows(language)
        rows += self._approval_rows(language)
        for reason, cell in result.transfers.items():  # transfers per reason (sim/approvals.py)
            label = self.tr("{figure} — {value}").format(figure=kpi_label("transfers"), value=reason)
            rows.append(("transfers", label, cell))
        return rows

    def _approval_rows(self, language: str) -> list[tuple[str, str, Any]]:
        """Each approval link's figures, by the link's name («Approvals rejected — Refund → Pay»),
        so that two approvals are told apart (model/sim/approvals.py)."""
        from blueprint_studio.model.approval_words import link_name

        blueprint = self.record.blueprint
        edges = {e.id: e for e in blueprint.edges} if blueprint is not None else {}
        rows: list[tuple[str, str, Any]] = []
        for edge_id, figures in self.record.result.approvals.items():
            edge = edges.get(edge_id)
            if edge is None or blueprint is None:  # a link deleted since: its figures are in the totals
                continue
            name = link_name(edge, blueprint, language)
            for key, cell in figures.items():
                if cell.n:
                    label = self.tr("{figure} — {value}").format(figure=kpi_label(key), value=name)
                    rows.append((key, label, cell))
        return rows

    def _policy_rows(self, language: str) -> list[tuple[str, str, Any]]:
        """Each SLA policy's breach rates, by its name («Resolution SLA breached — Priority 1»);
        a rate no ticket of the policy decided is left out."""
        from blueprint_studio.model import ladder_words

        blueprint = self.record.blueprint
        names = ladder_words.trigger_names(blueprint, language) if blueprint is not None else {}
        rows: list[tuple[str, str, Any]] = []
        for policy_id, table in self.record.result.policies.items():
            for key in PER_POLICY_KPIS:
                cell = table.get(key)
                if cell is None or not cell.n:
                    continue
                label = self.tr("{figure} — {value}").format(
                    figure=kpi_label(key), value=names.get(policy_id, "—")
                )
                rows.append((key, label, cell))
        return rows

    def _notification_rows(self, language: str) -> list[tuple[str, str, Any]]:
        """Each role's notifications («Notifications to Team lead»), as counts."""
        from blueprint_studio.model import notify_words

        return [
            ("arrived", notify_words.row_label(role, language), cell)  # a count, written as one
            for role, cell in self.record.result.notifications.items()
        ]

    def _ladder_rows(self, language: str) -> list[tuple[str, str, Any]]:
        """Each escalation ladder's counts («Notifications sent — Standard»), as counts."""
        from blueprint_studio.model import ladder_words

        ladders, blueprint = self.record.result.ladder, self.record.blueprint
        names = ladder_words.trigger_names(blueprint, language) if blueprint is not None else {}
        rows: list[tuple[str, str, Any]] = []
        for key, figures in ladders.items():
            for count, cell in figures.table().items():
                label = self.tr("{figure} — {value}").format(
                    figure=ladder_words.count_label(count, language), value=names.get(key, "—")
                )
                rows.append(("arrived", label, cell))  # a count of tickets, written as one
        return rows

    # ------------------------------------------------------------ copy and export
    def current_chart(self) -> QWidget:
        self._make_charts()
        widget = self.tabs.currentWidget()
        return widget if widget is not self.table else self.charts["resolution"]

    def copy_chart(self) -> None:
        from blueprint_studio.app.simulation.results_charts import chart_image

        _release_clipboard_at_exit()
        QGuiApplication.clipboard().setPixmap(chart_image(self.current_chart()))

    def save_chart(self, path: str) -> bool:
        from blueprint_studio.app.simulation.results_charts import chart_image

        return chart_image(self.current_chart()).save(path, "PNG")

    def table_rows(self) -> list[list[str]]:
        """Header and one row per KPI as shown: label, mean and bounds in one unit, runs."""
        if self.record is None:
            return []
        rows = [
            [
                self.tr("KPI"),
                self.tr("Mean"),
                self.tr("95 % CI low"),
                self.tr("95 % CI high"),
                self.tr("Replications"),
            ]
        ]
        for key, label, cell in self._figure_rows():
            figure = kpi_figure(key, cell.mean, cell.ci_low, cell.ci_high)
            rows.append(
                [
                    label,
                    figure.value,
                    figure.low or "—",
                    figure.high or "—",
                    str(int(cell.n)),
                ]
            )
        return rows

    def copy_table(self) -> None:
        _release_clipboard_at_exit()
        QGuiApplication.clipboard().setText("\n".join("\t".join(r) for r in self.table_rows()))

    def save_table(self, path: str) -> None:
        """Plain numbers (minutes, rates between 0 and 1) for spreadsheets."""
        if self.record is not None:
            write_csv(
                path,
                kpi_rows(
                    self.record.result.summary,
                    kpi_label,
                    lambda _k, v: "" if v is None or v != v else f"{v:.6g}",
                ),
            )

    def _ask_and(self, action: Any, pattern: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save"), "", pattern)
        if path:
            action(path)


def _faded(parent: QWidget) -> QGraphicsOpacityEffect:
    effect = QGraphicsOpacityEffect(parent)
    effect.setOpacity(0.45)
    return effect


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def when_text(moment: Any) -> str:
    """ "today at 14:32" or "on 02/12/2026 at 14:32", in the window's language."""
    if moment is None:
        return tr("earlier")
    stamp = QDateTime(moment)
    locale = QLocale()
    time = locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
    if stamp.date() == QDate.currentDate():
        return tr("today at {time}").format(time=time)
    return tr("on {date} at {time}").format(
        date=locale.toString(stamp.date(), QLocale.FormatType.ShortFormat), time=time
    )
