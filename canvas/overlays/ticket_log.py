"""`TicketLog`: an in-memory `EventSink` keeping compact records of one run for the replay and for
per-edge ticket counts. Capped in size; no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

DEFAULT_LIMIT = 400_000


@dataclass(frozen=True, slots=True)
class Activity:
    node: str
    enabled: float
    start: float | None
    end: float
    status: str


@dataclass(slots=True)
class TicketTrace:
    ticket: int
    arrival: float
    fields: dict[str, Any]
    activities: list[Activity]

    @property
    def first(self) -> float:
        return self.activities[0].enabled if self.activities else self.arrival

    @property
    def last(self) -> float:
        return self.activities[-1].end if self.activities else self.arrival


class TicketLog:
    """Records what the engine reports, ticket by ticket, up to `limit` activities."""

    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        self.limit = limit
        self.count = 0
        self.truncated = False
        self.traces: dict[int, TicketTrace] = {}

    def record(
        self,
        ticket: Any,
        node: Any,
        pool: str | None,
        agent: int | None,
        enabled: float,
        start: float | None,
        end: float,
        status: str,
    ) -> None:
        if self.count >= self.limit:
            self.truncated = True
            return
        self.count += 1
        trace = self.traces.get(ticket.id)
        if trace is None:
            trace = self.traces[ticket.id] = TicketTrace(ticket.id, ticket.arrival, {}, [])
        trace.fields.update(ticket.fields)
        # an approval's rows (model/sim/approvals.py) name a link, not a node: the replay moves
        # the ticket along the link from its source to where it goes after the answer
        if node is not None and node.kind != "approval":
            trace.activities.append(Activity(node.id, enabled, start, end, status))

    # ------------------------------------------------------------ reading
    @property
    def end_time(self) -> float:
        return max((t.last for t in self.traces.values()), default=0.0)

    def field_values(self, name: str) -> list[str]:
        return sorted({str(t.fields.get(name)) for t in self.traces.values() if name in t.fields})


class TimeIndex:
    """Which traces are alive at a time: each trace is filed in every bucket its span touches."""

    def __init__(self, traces: list[TicketTrace], buckets: int = 2000) -> None:
        self.traces = traces
        self.start = min((t.first for t in traces), default=0.0)
        self.end = max((t.last for t in traces), default=0.0)
        self.width = max((self.end - self.start) / buckets, 1e-6)
        self.buckets: list[list[int]] = [[] for _ in range(buckets + 1)]
        for i, t in enumerate(traces):
            lo, hi = self._bucket(t.first), self._bucket(t.last)
            for b in range(lo, hi + 1):
                self.buckets[b].append(i)

    def _bucket(self, time: float) -> int:
        return max(0, min(len(self.buckets) - 1, int((time - self.start) / self.width)))
