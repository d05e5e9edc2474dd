"""`StaffingResultsView`: what a sweep or the staffing finder found, for the staffing dock: the
recommendation (plan, weekly cost, each target with its interval, candidates saved by early
stopping), a table of every plan coloured by target met, missed or undecided with the reasons in
words, and the frontier chart (weekly cost against SLA breach rate, pyqtgraph). Shows; edits nothing.
"""

from __future__ import annotations

import html
import math
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.app.shell.kpi_words import kpi_figure, number_style
from blueprint_studio.model.money import currency_symbol

# Row colours: met, missed, undecided (light, so that the text stays readable in both themes)
MET, MISSED, UNDECIDED = QColor("#dcefdc"), QColor("#f8d7d3"), QColor("#fbeecb")
COLUMNS = ("plan", "cost", "breach", "verdict", "why")


def tr(text: str) -> str:
    return QCoreApplication.translate("StaffingResults", text)


def language() -> str:
    return number_style().language


def money(value: float, currency: str) -> str:
    """A weekly cost with the document's currency, as the language writes it ("1 234 €")."""
    return kpi_figure("cost_total", value, currency=currency_symbol(currency)).value


def rate_text(estimate: Any) -> str:
    """A breach rate with its 95 % interval: "4.2 % ± 1.1 %"; "—" when unmeasured."""
    if estimate is None:
        return "—"
    figure = kpi_figure("sla_resolution_breach_rate", estimate.mean, half=estimate.half_width)
    return f"{figure.value} {figure.half}" if figure.has_interval else figure.value


def check_words(check: Any) -> str:
    """A target check in words (model/staffing/words.py, in the window's language)."""
    from blueprint_studio.model.staffing.words import check_text

    return check_text(check, language())


def verdict(row: Any) -> bool | None:
    """True when the plan meets every target, False when one is missed, None when undecided."""
    if row.meets:
        return True
    if any(c.met is False for c in row.checks):
        return False
    return None


def verdict_text(value: bool | None) -> str:
    return {True: tr("Met"), False: tr("Missed"), None: tr("Undecided")}[value]


class EndKept(QStyledItemDelegate):
    """A cell too narrow for its text cuts its start, not its end (the whole text is in the
    tooltip): every plan of a sweep starts with the same pool names."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class StaffingResultsView(QWidget):
    sig_open_row = Signal(int)  # the index of the row to open as a scenario

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._currency = "EUR"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(self)
        self.header.setObjectName("staffing_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)  # plain words escaped, the stale note in italics
        layout.addWidget(self.header)
        self.recommendation = QLabel(self)
        self.recommendation.setObjectName("staffing_recommendation")
        self.recommendation.setWordWrap(True)
        self.recommendation.setTextFormat(Qt.TextFormat.RichText)
        self.recommendation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.recommendation)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(COLUMNS), left)
        self.table.setObjectName("staffing_table")
        self.table.setHorizontalHeaderLabels(
            [tr("Plan"), tr("Cost per week"), tr("SLA breaches"), tr("Targets"), tr("Why")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(COLUMNS.index("plan"), QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(COLUMNS.index("why"), QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)  # one line a plan; the whole reasons are in the tooltip
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # a plan ends with what tells it from the others ("…: 2 agents"): its start goes instead
        self.table.setItemDelegateForColumn(COLUMNS.index("plan"), EndKept(self.table))
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(tr("&Open as scenario"), left)
        self.open_button.setObjectName("staffing_open")
        self.open_button.setToolTip(
            tr("Add the selected plan to the document's scenarios (Enter or double-click)")
        )
        self.export_button = QPushButton(tr("E&xport…"), left)
        self.export_button.setObjectName("staffing_export")
        self.export_button.setToolTip(tr("Write every row to a CSV or JSON file"))
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        split.addWidget(left)
        # The frontier chart is made with the first result shown (pyqtgraph and numpy load then,
        # not while the window opens); until then its place is held empty.
        self._chart: Any = None
        self._chart_place = QWidget(split)
        self._chart_place.setMinimumWidth(240)
        QVBoxLayout(self._chart_place).setContentsMargins(0, 0, 0, 0)
        split.addWidget(self._chart_place)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.open_button.clicked.connect(self._open_current)
        self.table.itemDoubleClicked.connect(lambda item: self._open(item.row()))
        self.table.installEventFilter(self)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.show_empty()

    @property
    def chart(self) -> Any:
        """The frontier chart (a pyqtgraph PlotWidget), made when first asked for."""
        if self._chart is None:
            import pyqtgraph as pg

            from blueprint_studio.app.simulation.results_charts import set_palette

            set_palette(self.palette())
            self._chart = pg.PlotWidget(self._chart_place)
            self._chart.setObjectName("chart_frontier")
            self._chart.setToolTip(
                tr("Weekly cost against the SLA breach rate: each dot a plan, the line the frontier")
            )
            self._chart_place.layout().addWidget(self._chart)
        return self._chart

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
        """Enter on the table opens the current plan (the table itself does nothing with it)."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open_current()
            return True
        return super().eventFilter(watched, event)

    def _open_current(self) -> None:
        self._open(self.table.currentRow())

    def _open(self, table_row: int) -> None:
        """Ask to open the plan shown on `table_row` (rows are shown cheapest first)."""
        item = self.table.item(table_row, 0) if table_row >= 0 else None
        if item is not None:
            self.sig_open_row.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(0 <= self.table.currentRow() < len(self._rows))

    # ------------------------------------------------------------ showing
    def show_empty(self) -> None:
        self._rows = []
        self.header.setText(
            tr(
                "No sweep yet. Say what to vary and run a sweep, or set staffing targets and let the "
                "finder search the cheapest plan that meets them."
            )
        )
        self.recommendation.hide()
        self.table.setRowCount(0)
        if self._chart is not None:
            from blueprint_studio.app.simulation.results_charts import style_plot

            self._chart.clear()
            style_plot(self._chart)
        self.open_button.setEnabled(False)
        self.export_button.setEnabled(False)

    def show_outcome(self, outcome: Any, blueprint: Any) -> None:
        result = outcome.result
        self._rows = list(result.rows)
        self._currency = outcome.blueprint.meta.currency
        scenario = next((s.name for s in outcome.blueprint.scenarios if s.id == outcome.scenario_id), "")
        when = outcome.finished_at.strftime("%H:%M")
        if outcome.kind == "find":
            self.header.setText(
                tr("Staffing search on “{scenario}”, finished at {time}: {count} plans simulated.").format(
                    scenario=scenario, time=when, count=len(self._rows)
                )
            )
            self.recommendation.setText(recommendation_html(result, outcome.blueprint))
            self.recommendation.show()
        else:
            self.header.setText(
                tr("Sweep of “{scenario}”, finished at {time}: {count} plans.").format(
                    scenario=scenario, time=when, count=len(self._rows)
                )
            )
            self.recommendation.hide()
        self._base_header = self.header.text()
        self._fill_table(outcome.blueprint)
        best = getattr(result, "best", None)
        if best is not None:  # the recommendation selected: Open as scenario opens it
            index = self._rows.index(best)
            for row in range(self.table.rowCount()):
                if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == index:
                    self.table.setCurrentCell(row, 0)
                    self.table.scrollToItem(self.table.item(row, 0))
        draw_frontier(self.chart, result, self._currency)
        self.export_button.setEnabled(hasattr(result, "to_json"))
        self._selection_changed()

    def set_stale(self, edits: int) -> None:
        """Results belong to the revision they were computed from: say when the drawing changed."""
        base = getattr(self, "_base_header", self.header.text())
        if edits > 0:
            note = (
                tr("Computed before your last edit.")
                if edits == 1
                else tr("Computed before your last {count} edits.").format(count=edits)
            )
            self.header.setText(f"{html.escape(base)} <i>{html.escape(note)}</i>")
        else:
            self.header.setText(html.escape(base))

    def _fill_table(self, blueprint: Any) -> None:
        lang = language()
        self.table.setRowCount(len(self._rows))
        cheapest_first = sorted(
            range(len(self._rows)),
            key=lambda i: (self._rows[i].cost != self._rows[i].cost, self._rows[i].cost),
        )
        for r, index in enumerate(cheapest_first):
            row = self._rows[index]
            state = verdict(row)
            said = [check_words(c) for c in row.checks]
            reasons = [text for text, c in zip(said, row.checks, strict=True) if c.met is not True] or said
            breach = row.estimates.get("breach_rate")
            texts = [
                row.candidate.label(blueprint, lang),
                money(row.cost, self._currency),
                rate_text(breach),
                verdict_text(state),
                "; ".join(reasons) or tr("No target set"),
            ]
            colour = {True: MET, False: MISSED, None: UNDECIDED}[state]
            tip = "\n".join([texts[0], *said])
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(colour))
                item.setForeground(QBrush(QColor("#1b1b1b")))
                item.setToolTip(tip)
                item.setData(Qt.ItemDataRole.UserRole, index)
                self.table.setItem(r, c, item)


def recommendation_html(result: Any, blueprint: Any) -> str:
    """The finder's answer in words: the plan, its weekly cost, each target with its interval,
    and what early stopping saved; or why there is none."""
    lang = language()
    saved = tr(
        "Plans settled early, before all their replications: {dropped} of {candidates}; "
        "replications not run: {saved}."
    ).format(dropped=result.dropped_early, candidates=result.candidates, saved=result.replications_saved)
    best = result.best
    if best is None:
        return "<b>{}</b><br>{}".format(tr("No plan met every target within the range searched."), saved)
    checks = "".join(f"<li>{html.escape(check_words(c), quote=False)}</li>" for c in best.checks)
    return "<b>{}</b> {}<br>{}<ul style='margin:0'>{}</ul>{}".format(
        tr("Recommended:"),
        html.escape(best.candidate.label(blueprint, lang), quote=False),
        tr("Cost: {cost} per week.").format(cost=money(best.cost, blueprint.meta.currency)),
        checks,
        saved,
    )


def draw_frontier(widget: Any, result: Any, currency: str) -> None:
    """Every plan as a dot (cost per week against SLA breach rate, coloured by verdict); the
    frontier, when the result has one, as a line; the recommendation circled. `widget`: a
    pyqtgraph PlotWidget."""
    import pyqtgraph as pg

    from blueprint_studio.app.simulation.results_charts import INK, style_plot

    widget.clear()
    style_plot(widget)
    plot = widget.getPlotItem()
    plot.setLabel("bottom", tr("Cost per week ({currency})").format(currency=currency))
    plot.setLabel("left", tr("SLA breaches (%)"))
    colours = {True: QColor("#2e7d32"), False: QColor("#c62828"), None: QColor("#f9a825")}
    for state, colour in colours.items():
        points = [
            (row.cost, 100 * row.estimates["breach_rate"].mean)
            for row in result.rows
            if verdict(row) is state and _finite_breach(row)
        ]
        if points:
            plot.addItem(
                pg.ScatterPlotItem(
                    x=[p[0] for p in points],
                    y=[p[1] for p in points],
                    size=9,
                    brush=colour,
                    pen=colour.darker(130),
                )
            )
    frontier = [row for row in getattr(result, "frontier", []) if _finite_breach(row)]
    if len(frontier) > 1:
        plot.addItem(
            pg.PlotDataItem(
                x=[row.cost for row in frontier],
                y=[100 * row.estimates["breach_rate"].mean for row in frontier],
                pen=pg.mkPen(INK["text"], width=1.5),
            )
        )
    best = getattr(result, "best", None)
    if best is not None and _finite_breach(best):
        plot.addItem(
            pg.ScatterPlotItem(
                x=[best.cost],
                y=[100 * best.estimates["breach_rate"].mean],
                size=18,
                brush=None,
                pen=pg.mkPen(INK["text"], width=2),
            )
        )


def _finite_breach(row: Any) -> bool:
    e = row.estimates.get("breach_rate")
    return e is not None and math.isfinite(e.mean) and math.isfinite(row.cost)
