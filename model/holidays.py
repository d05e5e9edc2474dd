"""Public holidays of France and of England and Wales, computed for a range of years, for the
holiday presets of calendars. Returns dates with codes (the window words them); no Qt, no I/O.
Computed rather than taken from the `holidays` package: two countries, Easter and a few
substitute-day rules, and no dependency whose data must be kept up to date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

PRESETS: tuple[str, ...] = ("fr", "gb_ew")  # France; England and Wales
FIRST_YEAR = 1970
LAST_YEAR = 2200


@dataclass(frozen=True, order=True)
class Holiday:
    day: date
    code: str  # what the day is: "easter_monday", "armistice" …
    substitute: bool = False  # a weekday off in place of a holiday falling on a weekend


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_shift) // 433
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


def france(year: int) -> list[Holiday]:
    """The eleven public holidays of metropolitan France (Alsace-Moselle has two more)."""
    easter = easter_sunday(year)
    days = [
        Holiday(date(year, 1, 1), "new_year"),
        Holiday(easter + timedelta(days=1), "easter_monday"),
        Holiday(date(year, 5, 1), "labour_day"),
        Holiday(date(year, 5, 8), "victory_1945"),
        Holiday(easter + timedelta(days=39), "ascension"),
        Holiday(easter + timedelta(days=50), "whit_monday"),
        Holiday(date(year, 7, 14), "national_day"),
        Holiday(date(year, 8, 15), "assumption"),
        Holiday(date(year, 11, 1), "all_saints"),
        Holiday(date(year, 11, 11), "armistice"),
        Holiday(date(year, 12, 25), "christmas"),
    ]
    return sorted(days)


# Bank holidays moved by proclamation (gov.uk): year -> {code: the day it moved to}.
_EW_MOVED: dict[int, dict[str, date]] = {
    1995: {"early_may": date(1995, 5, 8)},
    2002: {"spring": date(2002, 6, 4)},
    2012: {"spring": date(2012, 6, 4)},
    2020: {"early_may": date(2020, 5, 8)},
    2022: {"spring": date(2022, 6, 2)},
}
_EW_EXTRA: dict[int, list[Holiday]] = {
    1999: [Holiday(date(1999, 12, 31), "millennium")],
    2002: [Holiday(date(2002, 6, 3), "jubilee")],
    2011: [Holiday(date(2011, 4, 29), "royal_wedding")],
    2012: [Holiday(date(2012, 6, 5), "jubilee")],
    2022: [Holiday(date(2022, 6, 3), "jubilee"), Holiday(date(2022, 9, 19), "state_funeral")],
    2023: [Holiday(date(2023, 5, 8), "coronation")],
}


def _first_monday(year: int, month: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(7 - first.weekday()) % 7)


def _last_monday(year: int, month: int) -> date:
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=last.weekday())


def england_and_wales(year: int) -> list[Holiday]:
    """The bank holidays of England and Wales, with the weekday given in place of a holiday
    that falls on a weekend (New Year, Christmas, Boxing Day) and the one-off changes known."""
    easter = easter_sunday(year)
    fixed = [
        Holiday(easter - timedelta(days=2), "good_friday"),
        Holiday(easter + timedelta(days=1), "easter_monday"),
        Holiday(_first_monday(year, 5), "early_may"),
        Holiday(_last_monday(year, 5), "spring"),
        Holiday(_last_monday(year, 8), "summer"),
    ]
    moved = _EW_MOVED.get(year, {})
    days = [Holiday(moved.get(h.code, h.day), h.code) for h in fixed] + _EW_EXTRA.get(year, [])
    taken = {h.day for h in days}
    movable = [
        (date(year, 1, 1), "new_year"),
        (date(year, 12, 25), "christmas"),
        (date(year, 12, 26), "boxing_day"),
    ]
    taken |= {day for day, _ in movable if day.weekday() < 5}
    for day, code in movable:
        if day.weekday() < 5:
            days.append(Holiday(day, code))
            continue
        substitute = day
        while substitute.weekday() >= 5 or substitute in taken:
            substitute += timedelta(days=1)
        taken.add(substitute)
        days.append(Holiday(substitute, code, substitute=True))
    return sorted(days)


_BY_PRESET = {"fr": france, "gb_ew": england_and_wales}


def preset_holidays(preset: str, first_year: int, last_year: int) -> list[Holiday]:
    """The holidays of `preset` ("fr" or "gb_ew") from `first_year` to `last_year`, in date order.
    Raises ValueError for an unknown preset or a range outside FIRST_YEAR..LAST_YEAR."""
    if preset not in _BY_PRESET:
        raise ValueError(f"unknown holiday preset '{preset}'")
    if not FIRST_YEAR <= first_year <= last_year <= LAST_YEAR:
        raise ValueError(f"years must run from {FIRST_YEAR} to {LAST_YEAR}, first before last")
    return [h for year in range(first_year, last_year + 1) for h in _BY_PRESET[preset](year)]


def holiday_names(days: list[str]) -> dict[str, str]:
    """For ISO dates of a calendar, the code of the holiday each is in either preset (French
    first), so that a list of dates can say "Ascension"; dates of no preset are left out."""
    found: dict[str, str] = {}
    years = sorted({int(day[:4]) for day in days if day[:4].isdigit()})
    wanted = set(days)
    for preset in PRESETS:
        for year in years:
            if not FIRST_YEAR <= year <= LAST_YEAR:
                continue
            for holiday in _BY_PRESET[preset](year):
                iso = holiday.day.isoformat()
                if iso in wanted:
                    found.setdefault(iso, holiday.code)
    return found
