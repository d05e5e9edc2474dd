"""A pool's weekly shifts as a grid to paint: 7 days × 48 half hours, each cell the number of agents
on duty. Converts to and from `list[Shift]` (the file keeps shifts); never touches the document: the
Pools tab turns each finished edit (a drag, a key, a button) into one undo command.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.canvas.items.edge import language
from blueprint_studio.model.schema import Shift
from blueprint_studio.model.words import agents_words

DAYS = 7
SLOTS_PER_HOUR = 2
SLOTS = 24 * SLOTS_PER_HOUR
MAX_AGENTS = 100_000
WEEKDAYS = (0, 1, 2, 3, 4)
DAY_NAMES = (  # the week starts on Monday in French and in English (ISO 8601), as `Shift.days`
    QT_TRANSLATE_NOOP("ShiftGrid", "Monday"),
    QT_TRANSLATE_NOOP("ShiftGrid", "Tuesday"),
    QT_TRANSLATE_NOOP("ShiftGrid", "Wednesday"),
    QT_TRANSLATE_NOOP("ShiftGrid", "Thursday"),
    QT_TRANSLATE_NOOP("ShiftGrid", "Friday"),
    QT_TRANSLATE_NOOP("ShiftGrid", "Saturday"),
    QT_TRANSLATE_NOOP("ShiftGrid", "Sunday"),
)

Cells = list[list[int]]


def tr(text: str) -> str:
    return QCoreApplication.translate("ShiftGrid", text)


# ---------------------------------------------------------------- shifts <-> cells (no widgets)


def empty_cells() -> Cells:
    return [[0] * SLOTS for _ in range(DAYS)]


def on_grid(shifts: Iterable[Shift]) -> bool:
    """Whether every shift starts and ends on a half hour (else the grid rounds it)."""
    return all(
        abs(hour * SLOTS_PER_HOUR - round(hour * SLOTS_PER_HOUR)) < 1e-9
        for shift in shifts
        for hour in (shift.start, shift.end)
    )


def cells_of(shifts: Iterable[Shift]) -> Cells:
    """Agents on duty per day and half hour: overlapping shifts add up, as in `calendar_of`."""
    cells = empty_cells()
    for shift in shifts:
        first, last = round(shift.start * SLOTS_PER_HOUR), round(shift.end * SLOTS_PER_HOUR)
        for day in set(shift.days):
            row = cells[day]
            for slot in range(first, last):
                row[slot] = min(MAX_AGENTS, row[slot] + shift.agents)
    return cells


def _runs(row: Sequence[int]) -> list[tuple[int, int, int]]:
    """(first slot, end slot, agents) of each stretch of equal non-zero cells."""
    runs = []
    slot = 0
    while slot < len(row):
        end = slot
        while end < len(row) and row[end] == row[slot]:
            end += 1
        if row[slot]:
            runs.append((slot, end, row[slot]))
        slot = end
    return runs


def shifts_of(cells: Sequence[Sequence[int]]) -> list[Shift]:
    """The fewest shifts this way: equal adjacent cells merge into one stretch, and stretches with
    the same hours and agents on several days become one shift with those days."""
    days_of: dict[tuple[int, int, int], list[int]] = {}
    for day, row in enumerate(cells):
        for run in _runs(row):
            days_of.setdefault(run, []).append(day)
    ordered = sorted(days_of.items(), key=lambda item: (item[1][0], item[0][0], item[0][1]))
    return [
        Shift(days=days, start=first / SLOTS_PER_HOUR, end=end / SLOTS_PER_HOUR, agents=agents)
        for (first, end, agents), days in ordered
    ]


def agent_hours(cells: Sequence[Sequence[int]]) -> float:
    return sum(sum(row) for row in cells) / SLOTS_PER_HOUR


def clock(slot: int) -> str:
    """A time of day as people write it: 9:30, « 9 h 30 » in French."""
    hour, minute = divmod(slot * 60 // SLOTS_PER_HOUR, 60)
    return tr("{hour}:{minute:02d}").format(hour=hour, minute=minute)


def hours_text(value: float) -> str:
    """Hours in the window's language: 120, 37.5 (« 37,5 » in French)."""
    return QLocale().toString(float(value), "f", 0 if value == int(value) else 1)


def agents_text(count: int) -> str:
    """'1 agent', '3 agents' in the window's language (model.words: « 0 agent » in French)."""
    return agents_words(count, language())


# ---------------------------------------------------------------- the grid widget


class ShiftGrid(QAbstractScrollArea):
    """The painted week. Left-drag paints `paint_value` over the dragged rectangle, right-drag
    erases; arrows move, Shift+arrows select, digits set the selected cells, Space paints, Delete
    erases. `sig_edited` follows each finished edit (the release of a drag, a key)."""

    sig_edited = Signal()
    MIN_CELL = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shift_grid")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setMouseTracking(False)
        self._cells = empty_cells()
        self.paint_value = 1
        self.cursor_cell = (0, 9 * SLOTS_PER_HOUR)
        self.anchor = self.cursor_cell
        self._drag: tuple[tuple[int, int], tuple[int, int], int] | None = None  # start, end, value
        self.setAccessibleName(tr("Weekly shifts"))
        self.setToolTip(
            tr(
                "Agents on duty for each half hour of the week. Drag to paint the number chosen in "
                "'Paint'; right-drag or 0 erases, Escape cancels. Arrows move, Shift+arrows select, "
                "digits set, Space paints the number of 'Paint', Delete erases."
            )
        )

    # ------------------------------------------------------------ data
    def cells(self) -> Cells:
        return [list(row) for row in self._cells]

    def set_cells(self, cells: Sequence[Sequence[int]]) -> None:
        self._cells = [list(row) for row in cells]
        self.viewport().update()

    def shifts(self) -> list[Shift]:
        return shifts_of(self._cells)

    def set_shifts(self, shifts: Iterable[Shift]) -> None:
        self.set_cells(cells_of(shifts))

    def fill(self, first: tuple[int, int], last: tuple[int, int], value: int) -> bool:
        """Set the rectangle of cells between two corners; whether anything changed."""
        (d0, s0), (d1, s1) = first, last
        changed = False
        for day in range(min(d0, d1), max(d0, d1) + 1):
            for slot in range(min(s0, s1), max(s0, s1) + 1):
                if self._cells[day][slot] != value:
                    self._cells[day][slot] = value
                    changed = True
        self.viewport().update()
        return changed

    def copy_day(self, day: int, to_days: Iterable[int]) -> bool:
        changed = False
        for other in to_days:
            if other != day and self._cells[other] != self._cells[day]:
                self._cells[other] = list(self._cells[day])
                changed = True
        self.viewport().update()
        return changed

    # ------------------------------------------------------------ geometry
    def _metrics(self) -> tuple[int, int, int, float]:
        """Label column width, header height, row height, cell width (in viewport pixels)."""
        fm = self.fontMetrics()
        label = max(fm.horizontalAdvance(tr(name)) for name in DAY_NAMES) + 12
        header = fm.height() + 6
        row = max(22, fm.height() + 8)
        cell = max(float(self.MIN_CELL), (self.viewport().width() - label - 1) / SLOTS)
        return label, header, row, cell

    def cell_rect(self, day: int, slot: int) -> QRect:
        label, header, row, cell = self._metrics()
        left = label + round(slot * cell)
        return QRect(left, header + day * row, label + round((slot + 1) * cell) - left, row)

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        label, header, row, cell = self._metrics()
        if point.x() < label or point.y() < header:
            return None
        day, slot = (point.y() - header) // row, int((point.x() - label) / cell)
        return (day, slot) if 0 <= day < DAYS and 0 <= slot < SLOTS else None

    def _clamped(self, point: QPoint) -> tuple[int, int]:
        label, header, row, cell = self._metrics()
        day = min(DAYS - 1, max(0, (point.y() - header) // row))
        slot = min(SLOTS - 1, max(0, int((point.x() - label) / cell)))
        return day, slot

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        label, header, row, _ = self._metrics()
        frame = 2 * self.frameWidth() + 2
        return QSize(label + SLOTS * 16 + frame, header + DAYS * row + frame)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        label, header, row, _ = self._metrics()
        frame = 2 * self.frameWidth() + 2
        return QSize(label + SLOTS * self.MIN_CELL + frame, header + DAYS * row + frame)

    # ------------------------------------------------------------ painting
    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self.viewport())
        palette = self.palette()
        label, header, row, cell = self._metrics()
        painter.fillRect(self.viewport().rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        painter.setPen(text)
        for hour in range(24):
            rect = QRect(self.cell_rect(0, hour * SLOTS_PER_HOUR).left(), 0, round(cell * 2), header)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(hour))
        for day, name in enumerate(DAY_NAMES):
            rect = QRect(4, header + day * row, label - 8, row)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, tr(name))
        self._paint_cells(painter, cell)
        self._paint_lines(painter, label, header, row)
        self._paint_selection(painter)

    def _shown(self) -> Cells:
        """The cells with the drag being made, so the user sees what the release will paint."""
        if self._drag is None:
            return self._cells
        shown = [list(r) for r in self._cells]
        (d0, s0), (d1, s1), value = self._drag
        for day in range(min(d0, d1), max(d0, d1) + 1):
            for slot in range(min(s0, s1), max(s0, s1) + 1):
                shown[day][slot] = value
        return shown

    def _paint_cells(self, painter: QPainter, cell: float) -> None:
        shown = self._shown()
        peak = max(1, max(max(r) for r in shown))
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        for day, cells in enumerate(shown):
            for first, end, value in _runs(cells):
                area = self.cell_rect(day, first).united(self.cell_rect(day, end - 1))
                colour = QColor(accent)
                colour.setAlphaF(0.25 + 0.75 * value / peak)
                painter.fillRect(area, colour)
                # The number once per stretch, at its start: legible where one per cell is noise.
                strong = value / peak > 0.5
                role = QPalette.ColorRole.HighlightedText if strong else QPalette.ColorRole.Text
                painter.setPen(self.palette().color(role))
                painter.drawText(
                    area.adjusted(3, 0, -1, 0),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    str(value),
                )

    def _paint_lines(self, painter: QPainter, label: int, header: int, row: int) -> None:
        mid = self.palette().color(QPalette.ColorRole.Mid)
        light = QColor(mid)
        light.setAlphaF(0.35)
        bottom = header + DAYS * row
        right = self.cell_rect(0, SLOTS - 1).right() + 1
        for slot in range(SLOTS + 1):
            x = self.cell_rect(0, min(slot, SLOTS - 1)).left() if slot < SLOTS else right
            painter.setPen(QPen(mid if slot % SLOTS_PER_HOUR == 0 else light, 1))
            painter.drawLine(x, header, x, bottom)
        painter.setPen(QPen(mid, 1))
        for day in range(DAYS + 1):
            y = header + day * row
            painter.drawLine(label, y, right, y)

    def _paint_selection(self, painter: QPainter) -> None:
        if not self.hasFocus() or self._drag is not None:
            return
        (d0, s0), (d1, s1) = self.anchor, self.cursor_cell
        area = self.cell_rect(min(d0, d1), min(s0, s1)).united(self.cell_rect(max(d0, d1), max(s0, s1)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 2, Qt.PenStyle.DashLine))
        painter.drawRect(area.adjusted(1, 1, -1, -1))

    # ------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        where = self.cell_at(event.position().toPoint())
        if where is None or event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return super().mousePressEvent(event)
        value = self.paint_value if event.button() == Qt.MouseButton.LeftButton else 0
        self._drag = (where, where, value)
        self.anchor = self.cursor_cell = where
        self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._drag is None:
            return super().mouseMoveEvent(event)
        start, _, value = self._drag
        self._drag = (start, self._clamped(event.position().toPoint()), value)
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._drag is None:
            return super().mouseReleaseEvent(event)
        start, _, value = self._drag
        end = self._clamped(event.position().toPoint())
        self._drag = None
        self.anchor, self.cursor_cell = start, end
        if self.fill(start, end, value):
            self.sig_edited.emit()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ToolTip:
            where = self.cell_at(event.pos())
            if where is not None:
                QToolTip.showText(event.globalPos(), self.describe(*where), self.viewport())
                return True
        return super().viewportEvent(event)

    def describe(self, day: int, slot: int) -> str:
        return tr("{day} {start}–{end}: {agents} on duty").format(
            day=tr(DAY_NAMES[day]),
            start=clock(slot),
            end=clock(slot + 1),
            agents=agents_text(self._cells[day][slot]),
        )

    # ------------------------------------------------------------ keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, text = event.key(), event.text()
        moves = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
            Qt.Key.Key_Home: (0, -SLOTS),
            Qt.Key.Key_End: (0, SLOTS),
        }
        if key == Qt.Key.Key_Escape and self._drag is not None:  # the drag paints nothing
            self._drag = None
            self.viewport().update()
        elif key in moves:
            self._move(*moves[key], extend=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        elif text.isdigit() and len(text) == 1:
            self._set_selection(int(text), advance=True)
        elif key == Qt.Key.Key_Space:
            self._set_selection(self.paint_value, advance=True)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._set_selection(0, advance=False)
        else:
            super().keyPressEvent(event)

    def _move(self, days: int, slots: int, extend: bool) -> None:
        day, slot = self.cursor_cell
        self.cursor_cell = (min(DAYS - 1, max(0, day + days)), min(SLOTS - 1, max(0, slot + slots)))
        if not extend:
            self.anchor = self.cursor_cell
        self.viewport().update()

    def _set_selection(self, value: int, advance: bool) -> None:
        single = self.anchor == self.cursor_cell
        changed = self.fill(self.anchor, self.cursor_cell, value)
        if single and advance:  # typing "3333" fills four half hours in a row
            self._move(0, 1, extend=False)
        if changed:
            self.sig_edited.emit()

    def focusInEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.viewport().update()


# ---------------------------------------------------------------- the grid with its tools


class ShiftGridEditor(QWidget):
    """The grid, the number to paint, copy-day-to-weekdays, clear, and the week's summary.
    `sig_shifts_edited(list[Shift])` follows each finished edit; `set_shifts` emits nothing."""

    sig_shifts_edited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agents = 1  # the pool's head count: on duty around the clock while there is no shift
        self.rounded = False  # the shifts shown were not on half hours: the grid rounded them
        self.grid = ShiftGrid()
        self.paint = QSpinBox()
        self.paint.setObjectName("shift_paint_value")
        self.paint.setRange(0, MAX_AGENTS)
        self.paint.setValue(1)
        self.paint.setToolTip(tr("Number of agents on duty that dragging on the grid paints (0 erases)"))
        self.paint.valueChanged.connect(self._paint_value_changed)
        self.copy = QPushButton(tr("Copy day to weekdays"))
        self.copy.setObjectName("shift_copy_day")
        self.copy.setToolTip(
            tr("Copy the hours of the selected day (the row of the cursor) to Monday to Friday")
        )
        self.copy.clicked.connect(self._copy_day)
        self.clear = QPushButton(tr("Clear week"))
        self.clear.setObjectName("shift_clear")
        self.clear.setToolTip(tr("Erase every shift: the pool's agents are then on duty around the clock"))
        self.clear.clicked.connect(self._clear)
        self.summary = QLabel()
        self.summary.setObjectName("shift_summary")
        self.summary.setWordWrap(True)
        tools = QHBoxLayout()
        heading = QLabel(tr("Shifts: agents on duty per half hour"))
        heading.setBuddy(self.grid)
        tools.addWidget(heading)
        tools.addStretch(1)
        paint_label = QLabel(tr("&Paint:"))
        paint_label.setBuddy(self.paint)
        tools.addWidget(paint_label)
        tools.addWidget(self.paint)
        tools.addWidget(QLabel(tr("agents")))
        tools.addWidget(self.copy)
        tools.addWidget(self.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.grid)
        layout.addWidget(self.summary)
        for first, second in ((self.paint, self.copy), (self.copy, self.clear), (self.clear, self.grid)):
            QWidget.setTabOrder(first, second)  # as they read, the tools above the grid first
        self.grid.sig_edited.connect(self._edited)
        self._show_summary()

    def set_shifts(self, shifts: Sequence[Shift], agents: int) -> None:
        self.agents = agents
        self.grid.set_shifts(shifts)
        self.rounded = not on_grid(shifts)
        self._show_summary()

    def shifts(self) -> list[Shift]:
        return self.grid.shifts()

    def _paint_value_changed(self, value: int) -> None:
        self.grid.paint_value = value

    def _copy_day(self) -> None:
        if self.grid.copy_day(self.grid.cursor_cell[0], WEEKDAYS):
            self._edited()

    def _clear(self) -> None:
        if self.grid.fill((0, 0), (DAYS - 1, SLOTS - 1), 0):
            self._edited()

    def _edited(self) -> None:
        self.rounded = False
        self._show_summary()
        self.sig_shifts_edited.emit(self.grid.shifts())

    def _show_summary(self) -> None:
        cells = self.grid.cells()
        if not any(any(row) for row in cells):
            text = tr(
                "No shifts: {agents} on duty around the clock ({hours} agent-hours "
                "per week). Paint the hours on duty to plan shifts."
            ).format(agents=agents_text(self.agents), hours=hours_text(self.agents * 24 * DAYS))
        else:
            peak = max(max(row) for row in cells)
            text = tr("{hours} agent-hours per week; at most {peak} on duty at once.").format(
                hours=hours_text(agent_hours(cells)), peak=agents_text(peak)
            )
            if peak > self.agents:
                more = tr("That is more than the pool's head count ({agents}).")
                text += " " + more.format(agents=agents_text(self.agents))
        if self.rounded:
            text += " " + tr("Some shifts did not start or end on the half hour: the grid rounds them.")
        self.summary.setText(text)
