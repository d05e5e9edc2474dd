"""SLA clocks: wall-clock minutes, or only the business hours of a calendar (weekly opening hours,
closed on its public holidays). The compiled loop (_core.c `business_at`) repeats `at` operation
for operation, so both loops measure the same minutes to the last bit.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from blueprint_studio.model.flow import WEEK_MINUTES, SlaCalendar

DAY_MINUTES = 1440.0


class BusinessClock:
    """Counts the minutes inside the calendar's opening hours, except on its holidays."""

    __slots__ = ("starts", "open", "cumulative", "per_week", "holidays", "lost")

    def __init__(self, calendar: SlaCalendar) -> None:
        self.starts = list(calendar.starts)
        self.open = list(calendar.open)
        ends = self.starts[1:] + [float(WEEK_MINUTES)]
        self.cumulative: list[float] = []
        total = 0.0
        for start, end, is_open in zip(self.starts, ends, self.open):
            self.cumulative.append(total)
            if is_open:
                total += end - start
        self.per_week = total
        # lost[j]: the business minutes the holidays before the j-th took away (the days' whole
        # opening hours); a holiday of a day with no opening hours takes nothing
        self.holidays = [float(day) for day in calendar.holidays]
        self.lost: list[float] = []
        lost = 0.0
        for day in self.holidays:
            self.lost.append(lost)
            start = day * DAY_MINUTES
            lost += self.weekly(start + DAY_MINUTES) - self.weekly(start)
        self.lost.append(lost)

    def weekly(self, minute: float) -> float:
        """Business minutes from time 0 (Monday 00:00 of the first week) to `minute`, holidays aside."""
        weeks, within = divmod(minute, WEEK_MINUTES)
        k = bisect_right(self.starts, within) - 1
        extra = within - self.starts[k] if self.open[k] else 0.0
        return weeks * self.per_week + self.cumulative[k] + extra

    def at(self, minute: float) -> float:
        """Business minutes from time 0 to `minute`: on a holiday the clock stands still all day."""
        if not self.holidays:
            return self.weekly(minute)
        day = minute // DAY_MINUTES
        j = bisect_left(self.holidays, day)
        if j < len(self.holidays) and self.holidays[j] == day:
            minute = day * DAY_MINUTES
        return self.weekly(minute) - self.lost[j]

    def between(self, start: float, end: float) -> float:
        return self.at(end) - self.at(start)

    def reached(self, start: float, business: float) -> float:
        """The first minute at which `business` minutes have passed on this clock since `start`
        (when a target counted from `start` runs out); infinity when the calendar never opens."""
        if business <= 0:
            return start
        if self.per_week <= 0:
            return float("inf")
        goal = self.at(start) + business
        low, high = start, start + WEEK_MINUTES
        while self.at(high) < goal:  # holidays may close whole weeks
            low, high = high, high + WEEK_MINUTES
        for _ in range(100):  # bisection down to the resolution of a double
            middle = (low + high) / 2
            if middle in (low, high):
                break
            if self.at(middle) < goal:
                low = middle
            else:
                high = middle
        return high
