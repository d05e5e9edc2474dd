"""Holiday presets of calendars: Easter, the French public holidays and the bank holidays of
England and Wales with their substitute days, against the official lists."""

from __future__ import annotations

from datetime import date

import pytest

from blueprint_studio.model.holidays import (
    easter_sunday,
    england_and_wales,
    france,
    holiday_names,
    preset_holidays,
)


def iso(holidays) -> list[str]:
    return [h.day.isoformat() for h in holidays]


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1943, date(1943, 4, 25)),  # the latest possible
        (2008, date(2008, 3, 23)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2038, date(2038, 4, 25)),
        (2285, date(2285, 3, 22)),  # the earliest possible
    ],
)
def test_easter_sunday(year, expected):
    assert easter_sunday(year) == expected


def test_french_holidays_2027():
    assert iso(france(2027)) == [
        "2027-01-01",
        "2027-03-29",  # Easter Monday
        "2027-05-01",
        "2027-05-06",  # Ascension
        "2027-05-08",
        "2027-05-17",  # Whit Monday
        "2027-07-14",
        "2027-08-15",
        "2027-11-01",
        "2027-11-11",
        "2027-12-25",
    ]
    assert [h.code for h in france(2027)][:4] == ["new_year", "easter_monday", "labour_day", "ascension"]


def test_french_holidays_keep_both_reasons_of_a_coinciding_day():
    # 2008: Ascension fell on 1 May; the list keeps both entries (one day off, two reasons).
    days = iso(france(2008))
    assert days.count("2008-05-01") == 2 and len(days) == 11


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (  # Christmas on a Saturday, Boxing Day on a Sunday: Monday and Tuesday instead
            2027,
            [
                "2027-01-01",
                "2027-03-26",
                "2027-03-29",
                "2027-05-03",
                "2027-05-31",
                "2027-08-30",
                "2027-12-27",
                "2027-12-28",
            ],
        ),
        (  # Boxing Day on a Saturday: Monday 28
            2026,
            [
                "2026-01-01",
                "2026-04-03",
                "2026-04-06",
                "2026-05-04",
                "2026-05-25",
                "2026-08-31",
                "2026-12-25",
                "2026-12-28",
            ],
        ),
        (  # New Year on a Sunday: Monday 2; the coronation
            2023,
            [
                "2023-01-02",
                "2023-04-07",
                "2023-04-10",
                "2023-05-01",
                "2023-05-08",
                "2023-05-29",
                "2023-08-28",
                "2023-12-25",
                "2023-12-26",
            ],
        ),
        (  # Spring moved, Jubilee, state funeral; Christmas on a Sunday: Tuesday 27, after Boxing Day
            2022,
            [
                "2022-01-03",
                "2022-04-15",
                "2022-04-18",
                "2022-05-02",
                "2022-06-02",
                "2022-06-03",
                "2022-08-29",
                "2022-09-19",
                "2022-12-26",
                "2022-12-27",
            ],
        ),
        (  # VE Day: the early May bank holiday moved to Friday 8 May
            2020,
            [
                "2020-01-01",
                "2020-04-10",
                "2020-04-13",
                "2020-05-08",
                "2020-05-25",
                "2020-08-31",
                "2020-12-25",
                "2020-12-28",
            ],
        ),
    ],
)
def test_bank_holidays_of_england_and_wales(year, expected):
    assert iso(england_and_wales(year)) == expected


def test_substitute_days_are_marked():
    christmas = [h for h in england_and_wales(2022) if h.code == "christmas"]
    assert christmas[0].day == date(2022, 12, 27) and christmas[0].substitute
    assert not [h for h in england_and_wales(2024) if h.substitute]


def test_preset_over_a_range_of_years():
    days = preset_holidays("fr", 2026, 2028)
    assert len(days) == 33
    assert days == sorted(days)
    assert days[0].day == date(2026, 1, 1) and days[-1].day == date(2028, 12, 25)
    assert len(preset_holidays("gb_ew", 2027, 2027)) == 8


@pytest.mark.parametrize(("preset", "first", "last"), [("de", 2027, 2027), ("fr", 2028, 2027), ("fr", 1, 2)])
def test_bad_preset_or_years_are_refused(preset, first, last):
    with pytest.raises(ValueError):
        preset_holidays(preset, first, last)


def test_holiday_names_of_calendar_dates():
    names = holiday_names(["2027-05-06", "2027-12-28", "2027-06-01", "garbage"])
    assert names == {"2027-05-06": "ascension", "2027-12-28": "boxing_day"}
