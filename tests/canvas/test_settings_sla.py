"""Calendars and SLA policies in the Blueprint settings, driven in a real window as a designer does
it: Edit › Blueprint settings…, a calendar "Heures ouvrées" open Monday to Friday 9:00–18:00 with
the French public holidays of 2027, an SLA policy "P1" for priority P1 made with the condition
builder (keys on its combo boxes), 1 h first response in business hours on that calendar, a wait
that stops pausing the clock; undo and redo from the Edit menu; File › Save; the saved file read."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from blueprint_studio.app.shell import actions as ids
from blueprint_studio.canvas.settings.calendars_tab import CalendarsTab
from blueprint_studio.canvas.settings.sla_tab import DurationEdit, SlaTab
from blueprint_studio.model.fileformat import save
from blueprint_studio.model.schema import Blueprint, EndNode, StepNode, TicketField, WaitNode
from tests.app.shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

FRENCH_HOLIDAYS_2027 = [
    "2027-01-01",
    "2027-03-29",
    "2027-05-01",
    "2027-05-06",
    "2027-05-08",
    "2027-05-17",
    "2027-07-14",
    "2027-08-15",
    "2027-11-01",
    "2027-11-11",
    "2027-12-25",
]


def blueprint() -> Blueprint:
    return Blueprint(
        meta={"title": "Assistance", "language": "fr"},
        fields=[
            TicketField(name="category", labels={"fr": "Catégorie"}, values=["support", "feature"]),
            TicketField(
                name="priority",
                labels={"fr": "Priorité", "en": "Priority"},
                values=["P1", "P2", "P3"],
                value_labels={"P1": {"fr": "Critique"}, "P2": {"fr": "Haute"}, "P3": {"fr": "Normale"}},
            ),
        ],
        nodes=[
            StepNode(id="step_1", title="Qualifier la demande"),
            WaitNode(id="wait_1", title="Attendre la réponse du client", x=200),
            EndNode(id="end_1", title="Résolu", x=400),
        ],
    )


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(line, text: str) -> None:
    """Select what the box holds, type over it and press Enter, as a person does."""
    line.setFocus()
    QTest.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(line, Qt.Key.Key_Delete)
    for char in text:  # QTest.keyClicks knows ASCII only: "é" is a key event carrying its text
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(line, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    QTest.keyClick(line, Qt.Key.Key_Return)


def menu(window, key: str) -> None:
    action = window.findChild(QAction, key)
    assert action is not None and action.isEnabled(), key
    action.trigger()


def open_tab(dialog, cls):
    page = dialog.tab(cls)
    bar = dialog.tabs.tabBar()
    index = dialog.tabs.indexOf(page)
    QTest.mouseClick(
        bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, bar.tabRect(index).center()
    )
    assert dialog.tabs.currentWidget() is page
    return page


@pytest.fixture
def opened(make_window, tmp_path, qtbot):
    path = tmp_path / "assistance.blueprint.json"
    save(blueprint(), path)
    window = make_window([path])
    window.show()
    menu(window, ids.EDIT_BLUEPRINT_SETTINGS)
    dialog = window.blueprint_settings
    qtbot.waitUntil(dialog.isVisible)
    return window, dialog, path


def make_calendar(dialog) -> None:
    tab = open_tab(dialog, CalendarsTab)
    click(tab.add)
    type_into(tab.name, "Heures ouvrées")
    click(tab.always)  # 24/7 first, then the weekday preset
    click(tab.weekdays)
    QTest.keyClicks(tab.preset, "Fr")
    assert tab.preset.currentText() == "France"
    type_into(tab.first_year, "2027")
    type_into(tab.last_year, "2027")
    click(tab.add_preset)
    assert tab.holidays.count() == 11
    assert "Ascension" in tab.holidays.item(3).text()  # named, by date order: 6 May 2027


def make_policy(dialog, doc) -> None:
    tab = open_tab(dialog, SlaTab)
    click(tab.add)
    type_into(tab.name, "P1")
    click(tab.when.add)
    row = tab.when._rows[0]
    assert row.field.currentText() == "Catégorie"
    QTest.keyClicks(row.field, "Prio")
    assert tab.when._rows[0] is row  # the edit went to the document; the line stays, focus and all
    QTest.keyClick(tab.when._rows[0].value, Qt.Key.Key_Home)  # the first value: Critique
    assert tab.when._rows[0].value.currentText() == "Critique"
    QTest.keyClick(tab.when._rows[0].value, Qt.Key.Key_Down)
    QTest.keyClick(tab.when._rows[0].value, Qt.Key.Key_Up)
    assert doc.blueprint.sla[0].when == 'priority == "P1"'
    assert tab.first_response.unit.currentText() == "hours" and tab.first_response.amount.value() == 4
    type_into(tab.first_response.amount, "1")
    click(tab.business)
    assert tab.calendar.currentText() == "Heures ouvrées"
    assert "9 h" in tab.first_response.unit.itemText(2)  # a business day of the calendar


def test_calendar_and_sla_policy_built_in_the_dialog_then_undone_redone_and_saved(opened, qtbot):
    window, dialog, path = opened
    doc = window.current_tab().document
    make_calendar(dialog)
    make_policy(dialog, doc)
    calendar = doc.blueprint.calendars[0]
    policy = doc.blueprint.sla[0]
    assert (policy.name, policy.first_response, policy.business_hours, policy.calendar) == (
        "P1",
        60.0,
        True,
        calendar.id,
    )

    pauses = dialog.tab(SlaTab).pauses
    texts = [pauses.item(i).text() for i in range(pauses.count())]
    assert texts == ["Attendre la réponse du client", "Qualifier la demande"]  # titles, waits first
    pauses.setFocus()
    pauses.setCurrentRow(0)
    QTest.keyClick(pauses, Qt.Key.Key_Space)
    assert doc.element("wait_1").pauses_sla is False

    menu(window, ids.EDIT_UNDO)
    assert doc.element("wait_1").pauses_sla is True
    menu(window, ids.EDIT_UNDO)
    assert doc.blueprint.sla[0].business_hours is False
    qtbot.waitUntil(lambda: not dialog.tab(SlaTab).business.isChecked())  # the tab follows
    menu(window, ids.EDIT_REDO)
    menu(window, ids.EDIT_REDO)
    assert doc.blueprint.sla[0].business_hours is True and doc.element("wait_1").pauses_sla is False

    menu(window, ids.FILE_SAVE)
    saved = json.loads(path.read_text("utf-8"))
    [calendar_file] = saved["calendars"]
    assert calendar_file["name"] == "Heures ouvrées"
    assert calendar_file["hours"] == [{"days": [0, 1, 2, 3, 4], "start": 9.0, "end": 18.0}]
    assert calendar_file["holidays"] == FRENCH_HOLIDAYS_2027
    [policy_file] = saved["sla"]
    assert policy_file["name"] == "P1" and policy_file["when"] == 'priority == "P1"'
    assert policy_file["first_response"] == 60.0 and policy_file.get("resolution") is None
    assert policy_file["business_hours"] is True and policy_file["calendar"] == calendar_file["id"]
    wait = next(n for n in saved["nodes"] if n["id"] == "wait_1")
    assert wait.get("pauses_sla", True) is False


def test_policies_are_tried_in_order_and_reordered_with_undo(opened, qtbot):
    window, dialog, _path = opened
    doc = window.current_tab().document
    tab = open_tab(dialog, SlaTab)
    click(tab.add)
    type_into(tab.name, "Toutes")
    click(tab.add)
    type_into(tab.name, "P1")
    assert [p.name for p in doc.blueprint.sla] == ["Toutes", "P1"]
    assert not tab.down.isEnabled() and tab.up.isEnabled()
    click(tab.up)
    assert [p.name for p in doc.blueprint.sla] == ["P1", "Toutes"]
    assert tab.list.currentItem().text() == "P1"  # the selection follows the policy
    menu(window, ids.EDIT_UNDO)
    assert [p.name for p in doc.blueprint.sla] == ["Toutes", "P1"]
    qtbot.waitUntil(lambda: tab.list.item(0).text() == "Toutes")
    tab.list.setCurrentRow(0)
    click(tab.remove)
    assert [p.name for p in doc.blueprint.sla] == ["P1"]


def test_a_calendar_in_use_is_not_removed_and_a_new_one_can_be_made_from_the_policy(opened):
    window, dialog, _path = opened
    doc = window.current_tab().document
    sla = open_tab(dialog, SlaTab)
    click(sla.add)
    click(sla.business)  # no calendar yet: one is made and used, in one undo step
    assert [c.name for c in doc.blueprint.calendars] == ["Business hours"]
    assert doc.blueprint.sla[0].calendar == doc.blueprint.calendars[0].id
    assert sla.calendar.currentText() == "Business hours"
    sla.calendar.setFocus()
    QTest.keyClick(sla.calendar, Qt.Key.Key_End)  # "New calendar…", the last entry
    assert [c.name for c in doc.blueprint.calendars] == ["Business hours", "Business hours 2"]
    assert doc.blueprint.sla[0].calendar == doc.blueprint.calendars[1].id
    assert sla.calendar.currentText() == "Business hours 2"
    menu(window, ids.EDIT_UNDO)  # one step: the calendar and its use go together
    assert len(doc.blueprint.calendars) == 1
    assert doc.blueprint.sla[0].calendar == doc.blueprint.calendars[0].id
    calendars = open_tab(dialog, CalendarsTab)
    click(calendars.remove)
    assert len(doc.blueprint.calendars) == 1
    assert calendars.list_error.isVisible() and "New policy" in calendars.list_error.text()
    menu(window, ids.EDIT_UNDO)
    assert doc.blueprint.calendars == [] and doc.blueprint.sla[0].business_hours is False


def test_wrong_opening_hours_are_refused_next_to_them(opened, qtbot):
    window, dialog, _path = opened
    doc = window.current_tab().document
    tab = open_tab(dialog, CalendarsTab)
    click(tab.add)
    row = tab.hours_rows[0]
    QTest.keyClicks(row.end, "8")  # 8:00, before the opening at 9:00
    assert tab.hours_error.isVisible() and "Line 1" in tab.hours_error.text()
    assert doc.blueprint.calendars[0].hours[0].end == 18.0
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not "818"
    QTest.keyClicks(row.end, "18")  # back to 18:00: accepted again
    assert row.end.currentText() == "18:00", row.end.currentText()
    assert not tab.hours_error.isVisible()
    for box in tab.hours_rows[0].days[:5]:
        click(box)
    assert "at least one day" in tab.hours_error.text()
    assert doc.blueprint.calendars[0].hours[0].days == [4]  # the last accepted edit: Friday only
    assert dialog.isVisible()


def test_holidays_from_a_preset_by_day_and_removed_with_the_delete_key(opened, qtbot):
    window, dialog, _path = opened
    doc = window.current_tab().document
    tab = open_tab(dialog, CalendarsTab)
    click(tab.add)
    tab.preset.setFocus()
    QTest.keyClicks(tab.preset, "Eng")
    type_into(tab.first_year, "2026")
    type_into(tab.last_year, "2027")
    click(tab.add_preset)
    days = doc.blueprint.calendars[0].holidays
    assert len(days) == 16 and "2027-12-27" in days and "2027-12-28" in days  # substitute days
    click(tab.add_preset)  # the same years again: nothing doubled, no empty undo step
    assert doc.blueprint.calendars[0].holidays == days
    assert window.current_tab().undo_stack.count() == 2

    tab.holiday_date.setDate(QDate(2027, 6, 1))
    click(tab.add_holiday)
    assert "2027-06-01" in doc.blueprint.calendars[0].holidays
    click(tab.add_holiday)
    assert tab.holidays_error.isVisible()

    tab.holidays.setFocus()
    tab.holidays.setCurrentRow(0)  # Thursday 1 January 2026
    QTest.keyClick(tab.holidays, Qt.Key.Key_Delete)
    assert "2026-01-01" not in doc.blueprint.calendars[0].holidays
    assert len(doc.blueprint.calendars[0].holidays) == 16
    menu(window, ids.EDIT_UNDO)
    assert doc.blueprint.calendars[0].holidays[0] == "2026-01-01"


@pytest.mark.parametrize(
    ("minutes", "business_day", "amount", "unit"),
    [
        (240.0, None, "4", "hours"),
        (15.0, None, "15", "minutes"),
        (90.0, None, "1.5", "hours"),
        (2880.0, None, "2", "days (24 h)"),
        (1080.0, 540.0, "2", "business days of 9 h"),
        (600.0, 540.0, "10", "hours"),
    ],
)
def test_targets_are_shown_in_the_unit_that_writes_them(qtbot, minutes, business_day, amount, unit):
    edit = DurationEdit("First response within", "")
    qtbot.addWidget(edit)
    edit.set_units(business_day)
    edit.set_minutes(minutes)
    assert (edit.amount.text(), edit.unit.currentText()) == (amount, unit)
    assert edit.minutes() == minutes


def test_a_target_typed_in_another_unit_is_kept_in_minutes(qtbot):
    edit = DurationEdit("Resolved within", "")
    qtbot.addWidget(edit)
    edit.show()
    edit.set_units(480.0)  # business days of 8 h
    edit.set_minutes(None)
    emitted = []
    edit.sig_changed.connect(emitted.append)
    assert not edit.amount.isEnabled()
    click(edit.enabled)
    assert emitted == [60.0] and edit.amount.isEnabled()
    QTest.keyClick(edit.unit, Qt.Key.Key_End)
    type_into(edit.amount, "3")
    assert emitted[-1] == 3 * 480.0
    click(edit.enabled)
    assert emitted[-1] is None


def test_names_must_say_which_calendar_or_policy_it_is(opened):
    window, dialog, _path = opened
    doc = window.current_tab().document
    calendars = open_tab(dialog, CalendarsTab)
    click(calendars.add)
    click(calendars.add)
    type_into(calendars.name, "Business hours")  # the first one's name
    assert calendars.name_error.isVisible() and "Business hours" in calendars.name_error.text()
    type_into(calendars.name, "")
    assert "name" in calendars.name_error.text()
    assert [c.name for c in doc.blueprint.calendars] == ["Business hours", "Business hours 2"]
    type_into(calendars.name, "Samedi matin")
    assert not calendars.name_error.isVisible()
    assert [c.name for c in doc.blueprint.calendars] == ["Business hours", "Samedi matin"]

    sla = open_tab(dialog, SlaTab)
    click(sla.add)
    click(sla.add)
    type_into(sla.name, "New policy")
    assert sla.name_error.isVisible()
    assert [p.name for p in doc.blueprint.sla] == ["New policy", "New policy 2"]
