"""The Calendars tab of the Blueprint settings: calendars by name (add, remove, rename), their
weekly opening hours and their public holidays (by date, or from the French and English presets
of `model.holidays`). Each edit is one undo command; the tab never changes the document itself.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.canvas.commands.settings import add_item, remove_item
from blueprint_studio.canvas.settings import SettingsTab, error_label, fill_list, show_error, unused_name
from blueprint_studio.model.document import Document
from blueprint_studio.model.holidays import holiday_names, preset_holidays
from blueprint_studio.model.schema import Blueprint, Calendar, OpeningHours


def tr(text: str) -> str:
    return QCoreApplication.translate("CalendarsTab", text)


DAY_NAMES = (
    QT_TRANSLATE_NOOP("CalendarsTab", "Mon"),
    QT_TRANSLATE_NOOP("CalendarsTab", "Tue"),
    QT_TRANSLATE_NOOP("CalendarsTab", "Wed"),
    QT_TRANSLATE_NOOP("CalendarsTab", "Thu"),
    QT_TRANSLATE_NOOP("CalendarsTab", "Fri"),
    QT_TRANSLATE_NOOP("CalendarsTab", "Sat"),
    QT_TRANSLATE_NOOP("CalendarsTab", "Sun"),
)
HOLIDAY_NAMES = {
    "new_year": QT_TRANSLATE_NOOP("CalendarsTab", "New Year's Day"),
    "good_friday": QT_TRANSLATE_NOOP("CalendarsTab", "Good Friday"),
    "easter_monday": QT_TRANSLATE_NOOP("CalendarsTab", "Easter Monday"),
    "labour_day": QT_TRANSLATE_NOOP("CalendarsTab", "Labour Day"),
    "victory_1945": QT_TRANSLATE_NOOP("CalendarsTab", "Victory in Europe Day"),
    "ascension": QT_TRANSLATE_NOOP("CalendarsTab", "Ascension Day"),
    "whit_monday": QT_TRANSLATE_NOOP("CalendarsTab", "Whit Monday"),
    "national_day": QT_TRANSLATE_NOOP("CalendarsTab", "Bastille Day"),
    "assumption": QT_TRANSLATE_NOOP("CalendarsTab", "Assumption Day"),
    "all_saints": QT_TRANSLATE_NOOP("CalendarsTab", "All Saints' Day"),
    "armistice": QT_TRANSLATE_NOOP("CalendarsTab", "Armistice Day"),
    "christmas": QT_TRANSLATE_NOOP("CalendarsTab", "Christmas Day"),
    "boxing_day": QT_TRANSLATE_NOOP("CalendarsTab", "Boxing Day"),
    "early_may": QT_TRANSLATE_NOOP("CalendarsTab", "Early May bank holiday"),
    "spring": QT_TRANSLATE_NOOP("CalendarsTab", "Spring bank holiday"),
    "summer": QT_TRANSLATE_NOOP("CalendarsTab", "Summer bank holiday"),
    "jubilee": QT_TRANSLATE_NOOP("CalendarsTab", "Jubilee bank holiday"),
    "royal_wedding": QT_TRANSLATE_NOOP("CalendarsTab", "Royal wedding"),
    "state_funeral": QT_TRANSLATE_NOOP("CalendarsTab", "State funeral"),
    "coronation": QT_TRANSLATE_NOOP("CalendarsTab", "Coronation"),
    "millennium": QT_TRANSLATE_NOOP("CalendarsTab", "Millennium Eve"),
}
PRESETS = (
    ("fr", QT_TRANSLATE_NOOP("CalendarsTab", "France")),
    ("gb_ew", QT_TRANSLATE_NOOP("CalendarsTab", "England and Wales")),
)
WEEKDAYS_9_TO_18 = [OpeningHours(days=[0, 1, 2, 3, 4], start=9, end=18)]
ALWAYS_OPEN = [OpeningHours(days=list(range(7)), start=0, end=24)]


def clock(hours: float) -> str:
    """9.5 -> "9:30"; 24 -> "24:00"."""
    minutes = round(hours * 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def new_calendar(document: Document) -> Calendar:
    """A calendar open Monday to Friday, 9:00 to 18:00, with a name not yet taken."""
    names = {c.name for c in document.blueprint.calendars}
    name = unused_name(names, tr("Business hours"), lambda n: tr("Business hours {n}").format(n=n))
    return Calendar(id=document.new_id("calendar"), name=name, hours=list(WEEKDAYS_9_TO_18))


class HoursRow(QWidget):
    """One line of opening hours: the days it applies to, from, to."""

    sig_edited = Signal()
    sig_remove = Signal(object)

    def __init__(self, hours: OpeningHours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.days: list[QCheckBox] = []
        for day, name in enumerate(DAY_NAMES):
            box = QCheckBox(tr(name))
            box.setObjectName(f"hours_day_{day}")
            box.setChecked(day in hours.days)
            box.toggled.connect(self.sig_edited)
            layout.addWidget(box)
            self.days.append(box)
        self.start, self.end = self._time(hours.start, "hours_start"), self._time(hours.end, "hours_end")
        self.start.setToolTip(tr("Opening time on these days"))
        self.end.setToolTip(tr("Closing time on these days (24:00: midnight at the end of the day)"))
        self.start.setAccessibleName(tr("Opening time"))
        self.end.setAccessibleName(tr("Closing time"))
        layout.addWidget(QLabel(tr("from")))
        layout.addWidget(self.start)
        layout.addWidget(QLabel(tr("to")))
        layout.addWidget(self.end)
        remove = QToolButton()
        remove.setText("✕")
        remove.setObjectName("hours_remove")
        remove.setToolTip(tr("Remove these opening hours"))
        remove.setAccessibleName(tr("Remove these opening hours"))
        remove.clicked.connect(lambda: self.sig_remove.emit(self))
        layout.addWidget(remove)
        layout.addStretch(1)

    def _time(self, value: float, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for quarter in range(24 * 4 + 1):
            combo.addItem(clock(quarter / 4), quarter / 4)
        found = combo.findData(round(value * 4) / 4)
        combo.setCurrentIndex(max(found, 0))
        combo.currentIndexChanged.connect(self.sig_edited)
        return combo

    def hours(self) -> dict[str, Any]:
        """A plain draft (validated by the command): the schema words what is wrong."""
        days = [day for day, box in enumerate(self.days) if box.isChecked()]
        return {"days": days, "start": self.start.currentData(), "end": self.end.currentData()}


class CalendarsTab(SettingsTab):
    """Calendars of the document: the hours SLA clocks count when they count business hours."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("calendars_tab")
        self.key: str | None = None
        self._shown_hours: tuple[str, list[OpeningHours]] | None = None
        self.list = QListWidget()
        self.list.setObjectName("calendar_list")
        self.list.setToolTip(tr("The calendars of this blueprint, by name"))
        self.add = QPushButton(tr("Add"))
        self.add.setObjectName("calendar_add")
        self.add.setToolTip(tr("Add a calendar open Monday to Friday, 9:00 to 18:00"))
        self.remove = QPushButton(tr("Remove"))
        self.remove.setObjectName("calendar_remove")
        self.remove.setToolTip(tr("Remove the selected calendar (refused while an SLA policy uses it)"))
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        left_box.addLayout(buttons)
        self.list_error = error_label(left, "calendar_list_error")
        left_box.addWidget(self.list_error)
        self.form = self._build_form()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.list.currentItemChanged.connect(self._selected)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.show_blueprint(document.blueprint)

    def title(self) -> str:
        return tr("Calendars")

    # ------------------------------------------------------------ the form
    def _build_form(self) -> QWidget:
        form = QWidget()
        self.name = QLineEdit()
        self.name.setObjectName("calendar_name")
        self.name.setToolTip(tr("The calendar's name, shown where SLA policies pick a calendar"))
        self.name_error = error_label(form, "calendar_name_error")
        self.hours_box = QVBoxLayout()
        self.hours_rows: list[HoursRow] = []
        self.add_hours = QPushButton(tr("Add hours"))
        self.add_hours.setObjectName("hours_add")
        self.add_hours.setToolTip(tr("Add a line of opening hours (for example Saturday morning)"))
        self.weekdays = QPushButton(tr("Monday–Friday 9:00–18:00"))
        self.weekdays.setObjectName("hours_weekdays")
        self.weekdays.setToolTip(tr("Replace the opening hours by Monday to Friday, 9:00 to 18:00"))
        self.always = QPushButton(tr("24/7"))
        self.always.setObjectName("hours_always")
        self.always.setToolTip(tr("Replace the opening hours by every day, all day"))
        self.hours_error = error_label(form, "hours_error")
        hours_buttons = QHBoxLayout()
        for button in (self.add_hours, self.weekdays, self.always):
            hours_buttons.addWidget(button)
        hours_buttons.addStretch(1)
        hours_group = QGroupBox(tr("Opening hours"))
        hours_layout = QVBoxLayout(hours_group)
        hours_layout.addLayout(self.hours_box)
        hours_layout.addLayout(hours_buttons)
        hours_layout.addWidget(self.hours_error)
        holidays_group = QGroupBox(tr("Public holidays (closed all day)"))
        holidays_layout = QVBoxLayout(holidays_group)
        holidays_layout.addWidget(self._holiday_list())
        holidays_layout.addLayout(self._holiday_buttons())
        holidays_layout.addLayout(self._preset_row())
        self.holidays_error = error_label(form, "holidays_error")
        holidays_layout.addWidget(self.holidays_error)
        name_row = QFormLayout()
        name_label = QLabel(tr("&Name:"))
        name_label.setBuddy(self.name)
        name_row.addRow(name_label, self.name)
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(name_row)
        layout.addWidget(self.name_error)
        layout.addWidget(hours_group)
        layout.addWidget(holidays_group, 1)
        self.name.editingFinished.connect(self._rename)
        self.add_hours.clicked.connect(lambda: self._set_hours([*self._hours(), WEEKDAYS_9_TO_18[0]]))
        self.weekdays.clicked.connect(lambda: self._set_hours(list(WEEKDAYS_9_TO_18)))
        self.always.clicked.connect(lambda: self._set_hours(list(ALWAYS_OPEN)))
        return form

    def _holiday_list(self) -> QListWidget:
        self.holidays = QListWidget()
        self.holidays.setObjectName("holiday_list")
        self.holidays.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.holidays.setToolTip(tr("Days the calendar is closed; Delete removes the selected days"))
        return self.holidays

    def _holiday_buttons(self) -> QHBoxLayout:
        self.holiday_date = QDateEdit(QDate.currentDate())
        self.holiday_date.setObjectName("holiday_date")
        self.holiday_date.setCalendarPopup(True)
        self.holiday_date.setDisplayFormat("yyyy-MM-dd")
        self.holiday_date.setToolTip(tr("A day the calendar is closed"))
        self.add_holiday = QPushButton(tr("Add day"))
        self.add_holiday.setObjectName("holiday_add")
        self.remove_holidays = QPushButton(tr("Remove selected days"))
        self.remove_holidays.setObjectName("holiday_remove")
        row = QHBoxLayout()
        for widget in (self.holiday_date, self.add_holiday, self.remove_holidays):
            row.addWidget(widget)
        row.addStretch(1)
        self.add_holiday.clicked.connect(self._add_holiday)
        self.remove_holidays.clicked.connect(self._remove_holidays)
        return row

    def _preset_row(self) -> QHBoxLayout:
        self.preset = QComboBox()
        self.preset.setObjectName("holiday_preset")
        self.preset.setToolTip(tr("The country whose public holidays are added"))
        for code, name in PRESETS:
            self.preset.addItem(tr(name), code)
        year = date.today().year
        self.first_year, self.last_year = QSpinBox(), QSpinBox()
        for spin, name in ((self.first_year, "holiday_first_year"), (self.last_year, "holiday_last_year")):
            spin.setObjectName(name)
            spin.setRange(1970, 2200)
            spin.setValue(year)
            spin.setToolTip(tr("The years whose public holidays are added"))
        self.add_preset = QPushButton(tr("Add public holidays"))
        self.add_preset.setObjectName("holiday_preset_add")
        self.add_preset.setToolTip(
            tr("Add the country's public holidays of these years (days already listed stay)")
        )
        row = QHBoxLayout()
        label = QLabel(tr("&Country:"))
        label.setBuddy(self.preset)
        row.addWidget(label)
        row.addWidget(self.preset)
        row.addWidget(QLabel(tr("years")))
        row.addWidget(self.first_year)
        row.addWidget(QLabel(tr("to")))
        row.addWidget(self.last_year)
        row.addWidget(self.add_preset)
        row.addStretch(1)
        self.add_preset.clicked.connect(self._add_preset)
        return row

    # ------------------------------------------------------------ showing
    def calendar(self) -> Calendar | None:
        return self.document.element(self.key, "calendars") if self.key else None

    def show_blueprint(self, blueprint: Blueprint) -> None:
        with self.quietly():
            entries = [(c.id, c.name or tr("(unnamed calendar)"), "") for c in blueprint.calendars]
            self.key = fill_list(self.list, entries, self.key)
            self._show_calendar()

    def _show_calendar(self) -> None:
        calendar = self.calendar()
        self.form.setEnabled(calendar is not None)
        self.remove.setEnabled(calendar is not None)
        if not self.name.hasFocus() or calendar is None:
            self.name.setText(calendar.name if calendar else "")
        # Rebuilt when the document's hours changed and the lines do not show them yet: a line
        # just edited keeps its focus, a refused value stays under its message until changed.
        hours = (calendar.id, calendar.hours) if calendar else None
        if hours != self._shown_hours and (
            calendar is None or self._hours() != [h.model_dump() for h in calendar.hours]
        ):
            self._show_hours(calendar)
        self._shown_hours = hours
        self._show_holidays(calendar)

    def _show_hours(self, calendar: Calendar | None) -> None:
        for row in self.hours_rows:
            self.hours_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.hours_rows = []
        for hours in calendar.hours if calendar else []:
            row = HoursRow(hours)
            row.sig_edited.connect(self._hours_edited)
            row.sig_remove.connect(self._hours_removed)
            self.hours_box.addWidget(row)
            self.hours_rows.append(row)

    def _show_holidays(self, calendar: Calendar | None) -> None:
        self.holidays.clear()
        days = sorted(calendar.holidays) if calendar else []
        names = holiday_names(days)
        locale = QLocale()  # the window's language, like the holidays' names
        for day in days:
            shown = locale.toString(QDate.fromString(day, "yyyy-MM-dd"), QLocale.FormatType.LongFormat)
            code = names.get(day)
            item = QListWidgetItem(f"{shown} — {tr(HOLIDAY_NAMES[code])}" if code in HOLIDAY_NAMES else shown)
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.holidays.addItem(item)

    def _selected(self, current: QListWidgetItem | None, _previous: Any = None) -> None:
        if self.quiet or current is None:
            return
        self.key = current.data(Qt.ItemDataRole.UserRole)
        with self.quietly():
            self._show_calendar()

    # ------------------------------------------------------------ editing
    def _change(self, label: Any, text: str, merge: tuple | None = None, **changes: Any) -> None:
        """One command changing the selected calendar; nothing when the change changes nothing."""
        self.commit_change(self.calendar(), label, text, merge, **changes)

    def _add(self) -> None:
        calendar = new_calendar(self.document)
        if self.commit(lambda: add_item(self.document, calendar, tr("Add calendar")), self.list_error):
            self.key = calendar.id
            self.refresh()
            self.name.setFocus()
            self.name.selectAll()

    def _remove(self) -> None:
        calendar = self.calendar()
        if calendar is None:
            return
        users = [
            p.name or tr("(unnamed policy)") for p in self.document.blueprint.sla if p.calendar == calendar.id
        ]
        if users:
            show_error(
                self.list_error,
                tr(
                    "“{calendar}” is used by the SLA policies {policies}: pick another calendar there first."
                ).format(calendar=calendar.name, policies=", ".join(f"“{u}”" for u in users)),
            )
            return
        text = tr("Remove calendar “{name}”").format(name=calendar.name)
        if self.commit(lambda: remove_item(self.document, calendar.id, text), self.list_error):
            self.key = None

    def _rename(self) -> None:
        name = self.name.text().strip()
        others = {c.name for c in self.document.blueprint.calendars if c.id != self.key}
        if not name or name in others:
            # SLA policies pick calendars by name: a name must say which one it is.
            problem = (
                tr("Give the calendar a name.") if not name else tr("Another calendar is called “{name}”.")
            )
            show_error(self.name_error, problem.format(name=name))
            return
        self._change(self.name_error, tr("Rename calendar"), ("calendar_name", self.key), name=name)

    def _hours(self) -> list[Any]:
        return [row.hours() for row in self.hours_rows]

    def _set_hours(self, hours: list[Any]) -> None:
        for line, item in enumerate(hours, start=1):
            values = item if isinstance(item, dict) else item.model_dump()
            problem = (
                tr("Line {line}: tick at least one day.")
                if not values["days"]
                else tr("Line {line}: the closing time must come after the opening time.")
                if values["end"] <= values["start"]
                else ""
            )
            if problem:
                show_error(self.hours_error, problem.format(line=line))
                return
        self._change(self.hours_error, tr("Change opening hours"), None, hours=hours)

    def _hours_edited(self) -> None:
        if not self.quiet:
            self._set_hours(self._hours())

    def _hours_removed(self, row: HoursRow) -> None:
        self._set_hours([r.hours() for r in self.hours_rows if r is not row])

    def _add_holiday(self) -> None:
        calendar = self.calendar()
        if calendar is None:
            return
        day = self.holiday_date.date().toString("yyyy-MM-dd")
        if day in calendar.holidays:
            show_error(self.holidays_error, tr("This day is already listed."))
            return
        self._set_holidays([*calendar.holidays, day], tr("Add public holiday"))

    def _remove_holidays(self) -> None:
        calendar = self.calendar()
        chosen = {item.data(Qt.ItemDataRole.UserRole) for item in self.holidays.selectedItems()}
        if calendar is None or not chosen:
            return
        self._set_holidays([d for d in calendar.holidays if d not in chosen], tr("Remove public holidays"))

    def _add_preset(self) -> None:
        calendar = self.calendar()
        if calendar is None:
            return
        first, last = self.first_year.value(), self.last_year.value()
        if last < first:
            show_error(self.holidays_error, tr("The last year comes before the first."))
            return
        days = dict.fromkeys(
            h.day.isoformat() for h in preset_holidays(self.preset.currentData(), first, last)
        )
        text = tr("Add public holidays of {country}").format(country=self.preset.currentText())
        self._set_holidays([*calendar.holidays, *(d for d in days if d not in calendar.holidays)], text)

    def _set_holidays(self, days: list[str], text: str) -> None:
        self._change(self.holidays_error, text, None, holidays=sorted(days))

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Delete and self.holidays.hasFocus():
            self._remove_holidays()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Enter ends a field's edit; it must not press the dialog's Close
            return
        super().keyPressEvent(event)
