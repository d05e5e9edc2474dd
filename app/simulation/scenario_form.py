"""`ScenarioForm`: the fields of one scenario (run length, start date, warm-up, replications, seed,
arrival multiplier, agents and shifts per pool, SLA targets and each overriding policy's escalation
ladder). It emits changes; it never edits the document.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from blueprint_studio.app.shell.messages import diagnostic_text
from blueprint_studio.canvas.properties.branches import narrow
from blueprint_studio.canvas.properties.labels import display_name
from blueprint_studio.canvas.settings.ladder_box import LadderBox
from blueprint_studio.model.schema import Blueprint, Scenario, Shift, SlaPolicy

SHIFT_HELP = QT_TRANSLATE_NOOP(
    "ScenarioForm", "Weekdays (1 = Monday), hours, agents; e.g. 1-5 8-17 4; 6 9-13 2"
)
_SHIFT = re.compile(r"^\s*(\d)(?:-(\d))?\s+(\d{1,2}(?:[.:]\d\d)?)-(\d{1,2}(?:[.:]\d\d)?)\s+(\d+)\s*$")


def _hours(text: str) -> float:
    if ":" in text:
        h, m = text.split(":")
        return int(h) + int(m) / 60
    return float(text)


def _clock(hours: float) -> str:
    h, m = int(hours), round((hours - int(hours)) * 60)
    return f"{h}" if m == 0 else f"{h}:{m:02d}"


def format_shifts(shifts: list[Shift]) -> str:
    """'1-5 8-17 4; 6 9-13 2': weekdays (1 = Monday), hours, agents."""
    parts = []
    for s in shifts:
        days = sorted(d + 1 for d in s.days)
        span = (
            f"{days[0]}-{days[-1]}"
            if len(days) > 1 and days == list(range(days[0], days[-1] + 1))
            else f"{days[0]}"
        )
        parts.append(f"{span} {_clock(s.start)}-{_clock(s.end)} {s.agents}")
    return "; ".join(parts)


def parse_shifts(text: str) -> list[Shift]:
    """The inverse of `format_shifts`; raises ValueError naming the part it cannot read."""
    shifts = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        match = _SHIFT.match(part)
        if not match:
            raise ValueError(part)
        first, last, start, end, agents = match.groups()
        days = list(range(int(first) - 1, int(last or first)))
        shifts.append(Shift(days=days, start=_hours(start), end=_hours(end), agents=int(agents)))
    return shifts


def _fit_rows(table: QTableWidget) -> None:
    """Tall enough for every row: the form scrolls, not the table."""
    table.resizeRowsToContents()
    height = table.horizontalHeader().height() + 4
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setMinimumHeight(min(height, 400))


class ScenarioForm(QWidget):
    sig_changed = Signal(dict)  # field -> new value, for one undoable change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._blueprint: Blueprint | None = None
        self._sla_row = 0  # the policy whose escalation ladder is shown, kept across reloads
        form = QFormLayout(self)
        # a side panel about 330 px wide at 1366 px: a row too long beside its label goes under it
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name = QLineEdit(self)
        self.length_kind = QComboBox(self)
        self.length_kind.addItems([self.tr("Days of simulated time"), self.tr("Number of tickets")])
        narrow(self.length_kind)
        self.horizon = self._double(0.1, 3650, 1, self.tr(" days"))
        self.tickets = QSpinBox(self)
        self.tickets.setRange(1, 100_000_000)
        self.tickets.setToolTip(
            self.tr("Tickets measured: those arriving after the warm-up; the run then lets them reach an end")
        )
        self.dated = QCheckBox(self.tr("From the week of"), self)
        self.start_date = QDateEdit(QDate.currentDate(), self)
        self.start_date.setCalendarPopup(True)
        self.start_date.setDateRange(QDate(1900, 1, 1), QDate(9999, 12, 31))
        dated_help = self.tr(
            "A dated run: it starts at 00:00 on the Monday of this date's week, and the public "
            "holidays of the SLA calendars stop their clocks on those days. Unticked, the run is "
            "weeks without dates: no holiday counts."
        )
        for widget in (self.dated, self.start_date):
            widget.setToolTip(dated_help)
        dates = QWidget(self)
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        dates_row.addWidget(self.dated)
        dates_row.addWidget(self.start_date, 1)
        self.warmup = self._double(0, 3650, 1, self.tr(" days"))
        self.replications = QSpinBox(self)
        self.replications.setRange(1, 10_000)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2**31 - 1)
        self.multiplier = self._double(0, 1000, 2, " ×")
        self.pools = QTableWidget(0, 3, self)
        self.pools.setHorizontalHeaderLabels([self.tr("Pool"), self.tr("Agents"), self.tr("Shifts")])
        self.pools.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.sla_override = QCheckBox(self.tr("Override the SLA targets"), self)
        self.sla = QTableWidget(0, 3, self)
        self.sla.setHorizontalHeaderLabels(
            [self.tr("SLA"), self.tr("First response (h)"), self.tr("Resolution (h)")]
        )
        rows = [
            (self.tr("Name"), self.name),
            (self.tr("Run length"), self.length_kind),
            (self.tr("Horizon"), self.horizon),
            (self.tr("Tickets"), self.tickets),
            (self.tr("Calendar dates"), dates),
            (self.tr("Warm-up"), self.warmup),
            (self.tr("Replications"), self.replications),
            (self.tr("Seed"), self.seed),
            (self.tr("Arrival multiplier"), self.multiplier),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
        # The tables span the form's width: pool names and shift texts need the room.
        agents = QLabel(self.tr("Agents per pool (shifts: weekdays 1-7, hours, agents)"), self)
        agents.setWordWrap(True)
        form.addRow(agents)
        form.addRow(self.pools)
        form.addRow(self.sla_override)
        form.addRow(self.sla)
        # the escalation ladder of the policy selected above (the SLA policies tab's editor)
        self.ladder = LadderBox(self)
        self.ladder.text_of = diagnostic_text  # validation's words for what is wrong with it
        self.ladder.setObjectName("scenario_sla_ladder")
        self.ladder.setToolTip(self.tr("The escalation ladder of the SLA policy selected above"))
        form.addRow(self.ladder)
        for table in (self.pools, self.sla):
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.name.editingFinished.connect(lambda: self._emit(name=self.name.text()))
        self.length_kind.currentIndexChanged.connect(self._length_changed)
        self.horizon.valueChanged.connect(lambda v: self._emit(horizon_days=v, tickets=None))
        self.tickets.valueChanged.connect(lambda v: self._emit(tickets=v))
        self.dated.toggled.connect(self._dates_changed)
        self.start_date.dateChanged.connect(self._dates_changed)
        self.warmup.valueChanged.connect(lambda v: self._emit(warmup_days=v))
        self.replications.valueChanged.connect(lambda v: self._emit(replications=v))
        self.seed.valueChanged.connect(lambda v: self._emit(seed=v))
        self.multiplier.valueChanged.connect(lambda v: self._emit(arrival_multiplier=v))
        self.pools.itemChanged.connect(self._pools_changed)
        self.sla_override.toggled.connect(self._sla_changed)
        self.sla.itemChanged.connect(self._sla_changed)
        self.sla.currentCellChanged.connect(self._sla_row_changed)
        self.ladder.sig_changed.connect(self._ladder_changed)

    def _double(self, low: float, high: float, decimals: int, suffix: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(low, high)
        box.setDecimals(decimals)
        box.setSuffix(suffix)
        box.setKeyboardTracking(False)
        return box

    # ------------------------------------------------------------ loading
    def load(self, blueprint: Blueprint, scenario: Scenario | None) -> None:
        self._loading = True
        try:
            self._blueprint = blueprint
            self.setEnabled(scenario is not None)
            s = scenario or Scenario(id="none")
            self.name.setText(s.name)
            by_tickets = s.tickets is not None
            self.length_kind.setCurrentIndex(1 if by_tickets else 0)
            self.horizon.setValue(s.horizon_days or 30.0)
            self.tickets.setValue(s.tickets or 1000)
            self.horizon.setEnabled(not by_tickets)
            self.tickets.setEnabled(by_tickets)
            self.dated.setChecked(s.start_date is not None)
            if s.start_date is not None:
                self.start_date.setDate(QDate.fromString(s.start_date, Qt.DateFormat.ISODate))
            self.start_date.setEnabled(s.start_date is not None)
            self.warmup.setValue(s.warmup_days)
            self.replications.setValue(s.replications)
            self.seed.setValue(min(s.seed, 2**31 - 1))
            self.multiplier.setValue(s.arrival_multiplier)
            self._load_pools(blueprint, s)
            self._load_sla(blueprint, s)
        finally:
            self._loading = False

    def _load_pools(self, blueprint: Blueprint, s: Scenario) -> None:
        pools = blueprint.all_pools()
        self.pools.setRowCount(len(pools))
        for row, pool in enumerate(pools):
            name = QTableWidgetItem(display_name(pool, blueprint))  # never its id
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name.setData(Qt.ItemDataRole.UserRole, pool.id)
            agents = QTableWidgetItem(str(s.pool_agents.get(pool.id, pool.agents)))
            shifts = QTableWidgetItem(format_shifts(s.pool_shifts.get(pool.id, pool.shifts)))
            shifts.setToolTip(self.tr(SHIFT_HELP))
            for col, item in enumerate((name, agents, shifts)):
                self.pools.setItem(row, col, item)
        _fit_rows(self.pools)

    def _load_sla(self, blueprint: Blueprint, s: Scenario) -> None:
        policies = s.sla if s.sla is not None else blueprint.sla
        self.sla_override.setChecked(s.sla is not None)
        self.sla.setRowCount(len(policies))
        for row, p in enumerate(policies):
            name = QTableWidgetItem(display_name(p, blueprint))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name.setData(Qt.ItemDataRole.UserRole, p.model_dump())
            self.sla.setItem(row, 0, name)
            for col, value in ((1, p.first_response), (2, p.resolution)):
                self.sla.setItem(row, col, QTableWidgetItem("" if value is None else f"{value / 60:g}"))
        self.sla.setEnabled(s.sla is not None)
        _fit_rows(self.sla)
        if policies:
            self._sla_row = min(self._sla_row, len(policies) - 1)
            self.sla.setCurrentCell(self._sla_row, 0)
        self._show_ladder()

    def _row_policy(self, row: int) -> SlaPolicy | None:
        item = self.sla.item(row, 0) if 0 <= row < self.sla.rowCount() else None
        return SlaPolicy.model_validate(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _show_ladder(self) -> None:
        """The selected policy's ladder; editable when the scenario has its own policies."""
        self.ladder.show_ladder(self._row_policy(self._sla_row), self._blueprint or Blueprint())
        self.ladder.setEnabled(self.sla_override.isChecked() and self.sla.rowCount() > 0)

    def _sla_row_changed(self, row: int, *_: Any) -> None:
        if row >= 0 and not self._loading:
            self._sla_row = row
            self._show_ladder()

    def _ladder_changed(self, ladder: Any, text: str, merge: str) -> None:
        item = self.sla.item(self._sla_row, 0)
        if self._loading or item is None or not self.sla_override.isChecked():
            return
        data = dict(item.data(Qt.ItemDataRole.UserRole))
        data["ladder"] = ladder.model_dump() if ladder is not None else None
        self.sla.blockSignals(True)  # one change, emitted once below
        item.setData(Qt.ItemDataRole.UserRole, data)
        self.sla.blockSignals(False)
        self._sla_changed(undo=(text, merge))

    # ------------------------------------------------------------ emitting
    def _emit(self, **changes: Any) -> None:
        if not self._loading:
            self.sig_changed.emit(changes)

    def _length_changed(self, index: int) -> None:
        self.horizon.setEnabled(index == 0)
        self.tickets.setEnabled(index == 1)
        if index == 1:
            self._emit(tickets=self.tickets.value())
        else:
            self._emit(tickets=None, horizon_days=self.horizon.value())

    def _dates_changed(self, *_: Any) -> None:
        dated = self.dated.isChecked()
        self.start_date.setEnabled(dated)
        self._emit(start_date=self.start_date.date().toString(Qt.DateFormat.ISODate) if dated else None)

    def _pools_changed(self, *_: Any) -> None:
        if self._loading or self._blueprint is None:
            return
        defaults = {p.id: p for p in self._blueprint.all_pools()}
        agents: dict[str, int] = {}
        shifts: dict[str, list[Shift]] = {}
        for row in range(self.pools.rowCount()):
            pool_id = self.pools.item(row, 0).data(Qt.ItemDataRole.UserRole)
            pool = defaults[pool_id]
            try:
                count = int(self.pools.item(row, 1).text())
                parsed = parse_shifts(self.pools.item(row, 2).text())
            except ValueError:
                self.pools.item(row, 2).setToolTip(self.tr(SHIFT_HELP))
                return
            if count != pool.agents:
                agents[pool_id] = count
            if parsed != list(pool.shifts):
                shifts[pool_id] = parsed
        self._emit(pool_agents=agents, pool_shifts=shifts)

    def _sla_changed(self, *_: Any, undo: tuple[str, str] | None = None) -> None:
        if self._loading:
            return
        self.sla.setEnabled(self.sla_override.isChecked())
        self.ladder.setEnabled(self.sla_override.isChecked() and self.sla.rowCount() > 0)
        if not self.sla_override.isChecked():
            self._emit(sla=None)
            return
        policies = []
        for row in range(self.sla.rowCount()):
            data = dict(self.sla.item(row, 0).data(Qt.ItemDataRole.UserRole))
            try:
                for col, key in ((1, "first_response"), (2, "resolution")):
                    text = self.sla.item(row, col).text().strip().replace(",", ".")
                    data[key] = float(text) * 60 if text else None
                policies.append(SlaPolicy.model_validate(data))
            except ValueError:
                return
        if undo is not None:  # the ladder's undo text and merge key (ScenariosDock.change_current)
            self._emit(sla=[p.model_dump() for p in policies], _undo=undo)
        else:
            self._emit(sla=[p.model_dump() for p in policies])
