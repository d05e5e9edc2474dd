"""SLA clocks: wall-clock minutes, or only the business hours of a pool's weekly calendar."""

from __future__ import annotations

from bisect import bisect_right

from blueprint_studio.model.flow import WEEK_MINUTES, Calendar


class BusinessClock:
    """Counts the minutes during which the calendar has at least one agent on duty."""

    __slots__ = ("starts", "open", "cumulative", "per_week")

    def __init__(self, calendar: Calendar) -> None:
        self.starts = list(calendar.starts)
        self.open = [n > 0 for n in calendar.agents]
        ends = self.starts[1:] + [WEEK_MINUTES]
        self.cumulative, total = [], 0.0
        for start, end, is_open in zip(self.starts, ends, self.open):
            self.cumulative.append(total)
            if is_open:
                total += end - start
        self.per_week = total

    def at(self, minute: float) -> float:
        """Business minutes from time 0 (Monday 00:00 of the first week) to `minute`."""
        weeks, within = divmod(minute, WEEK_MINUTES)
        k = bisect_right(self.starts, within) - 1
        extra = within - self.starts[k] if self.open[k] else 0.0
        return weeks * self.per_week + self.cumulative[k] + extra

    def between(self, start: float, end: float) -> float:
        return self.at(end) - self.at(start)
