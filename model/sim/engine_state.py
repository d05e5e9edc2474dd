"""The engine's mutable state: tickets in flight, agent pools with their queues and shifts, and
per-step counters. Owned by one `Engine`; nothing here schedules except through it.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import deque
from heapq import heapify, heappop, heappush
from typing import TYPE_CHECKING, Any

from blueprint_studio.model.flow import WEEK_MINUTES, FlowPool
from blueprint_studio.model.sim.stats import Histogram

if TYPE_CHECKING:
    from blueprint_studio.model.sim.engine import Engine

# Event kinds, in the order the engine's handler table uses; housekeeping kinds come last.
ARRIVAL, SERVICE_END, RELEASE, TIME_LIMIT, TIMEOUT, PATIENCE, SHIFT, SAMPLE, WARMUP = range(9)
# Node kinds, and the lanes above and below the line of visibility (the compiled loop uses the
# same codes: model/sim/_core.c).
STEP, DECISION, WAIT, SATISFACTION, ROADMAP, END, INTAKE = range(7)
KIND_CODES = {
    "step": STEP,
    "decision": DECISION,
    "wait": WAIT,
    "satisfaction": SATISFACTION,
    "roadmap": ROADMAP,
    "end": END,
    "intake": INTAKE,
}
VISIBLE_LANES = frozenset({"customer", "frontstage"})
BACKSTAGE_LANES = frozenset({"backstage", "support"})

# Bounds that end a run which would otherwise hang or exhaust memory (both loops, same checks
# at the same points): a queue at one step, node visits by one ticket (a loop it never leaves),
# tickets open at once, events pending. Far above any real help desk; each stop is a result
# ("unstable"), not an error. The stop codes are the compiled loop's too.
MAX_QUEUE = 100_000
MAX_VISITS = 10_000
MAX_OPEN = 200_000
MAX_PENDING = 1_000_000
STOP_QUEUE, STOP_LOOP, STOP_OPEN, STOP_PENDING = 1, 2, 3, 4
# Entries left in a queue by tickets that escalated or gave up are skipped when reached; a queue
# holding more than twice its live tickets plus this many drops them (a memory bound only: the
# live tickets keep their order, so results do not change).
STALE_SLACK = 1024
STOP_REASONS = {STOP_QUEUE: "queue", STOP_LOOP: "loop", STOP_OPEN: "open", STOP_PENDING: "pending"}


class Ticket:
    __slots__ = (
        "id",
        "fields",
        "arrival",
        "counted",
        "visit",
        "node",
        "state",
        "pool",
        "agent",
        "enabled",
        "started",
        "served",
        "sla",
        "clock",
        "paused",
        "pause_start",
        "responded_at",
        "fr_breached",
        "escalated",
        "reopened",
        "waited",
        "surveys",
        "satisfied",
        "levels",
        "visible",
        "backstage",
        "pool_override",
        "closed",
        "cell",
        "hops",
    )

    def __init__(self, ticket_id: int, fields: dict[str, Any], arrival: float, counted: bool) -> None:
        self.id = ticket_id
        self.fields = fields
        self.arrival = arrival
        self.counted = counted
        self.visit = 0
        self.node = -1
        self.state = 0  # 0 moving, 1 queued, 2 in service, 3 waiting for the customer
        self.pool = -1
        self.agent: int | None = None
        self.enabled = arrival
        self.started = arrival
        self.served = 0
        self.sla = None
        self.clock = None
        self.paused = 0.0
        self.pause_start: float | None = None
        self.responded_at: float | None = None
        self.fr_breached = False
        self.escalated = self.reopened = self.waited = False
        self.surveys = self.satisfied = 0  # answers to satisfaction surveys, and the happy ones
        self.levels = 0
        self.visible = 0.0
        self.backstage = 0.0
        self.pool_override: int | None = None
        self.closed = False
        self.cell: Any = None  # the statistics cell of its field values
        self.hops = 0  # nodes entered, to end a run a ticket loops in forever


class StepStats:
    __slots__ = (
        "visits",
        "wait",
        "waited",
        "service_total",
        "time_total",
        "breaches",
        "escalations",
        "queue",
        "queue_area",
        "queue_last",
        "queue_max",
        "since",
    )

    def __init__(self) -> None:
        self.queue = 0
        self.reset(0.0)

    def reset(self, now: float) -> None:
        self.visits = self.waited = self.breaches = self.escalations = 0
        self.wait = Histogram()
        self.service_total = self.time_total = 0.0
        self.queue_area = 0.0
        self.queue_last = now
        self.queue_max = self.queue
        self.since = now

    def add_wait(self, wait: float) -> None:
        self.wait.add(wait)
        if wait > 0:
            self.waited += 1

    def queue_change(self, now: float, delta: int) -> None:
        self.queue_area += self.queue * (now - self.queue_last)
        self.queue_last = now
        self.queue += delta
        if self.queue > self.queue_max:
            self.queue_max = self.queue

    def summary(self, end: float) -> dict[str, float]:
        served = self.wait.count
        span = end - self.since
        return {
            "visits": float(self.visits),
            "served": float(served),
            "wait_mean": self.wait.mean,
            "wait_p90": self.wait.quantile(0.9),
            "waited_share": self.waited / served if served else math.nan,
            "service_mean": self.service_total / served if served else math.nan,
            "time_mean": self.time_total / self.visits if self.visits else math.nan,
            "queue_mean": self.queue_area / span if span > 0 else math.nan,
            "queue_max": float(self.queue_max),
            "breaches": float(self.breaches),
            "escalations": float(self.escalations),
        }


class PoolState:
    """Agents on duty (from the weekly calendar), busy agents and the pool's single queue."""

    __slots__ = (
        "flow",
        "on_duty",
        "busy",
        "queued",
        "fifo",
        "heap",
        "discipline",
        "ranks",
        "free",
        "busy_time",
        "least_loaded",
        "last",
        "busy_area",
        "duty_area",
        "seq",
        "since",
        "calendar",
    )

    def __init__(self, flow: FlowPool) -> None:
        self.flow = flow
        self.calendar = flow.calendar
        self.on_duty = self.busy = self.queued = 0
        self.fifo: deque = deque()
        self.heap: list = []
        self.discipline = flow.discipline
        self.ranks = {value: rank for rank, value in enumerate(flow.priority_order)}
        peak = max(flow.calendar.peak, 1)
        self.free = list(range(peak))
        self.busy_time = [0.0] * peak
        self.least_loaded = flow.assignment == "least_loaded"
        self.last = self.busy_area = self.duty_area = self.since = 0.0
        self.seq = 0

    # time-weighted areas: busy agents and agents on duty
    def _advance(self, now: float) -> None:
        span = now - self.last
        if span:
            self.busy_area += self.busy * span
            self.duty_area += self.on_duty * span
            self.last = now

    def start(self, engine: Engine, now: float) -> None:
        self.on_duty = self.calendar.agents_at(now)
        self._schedule_next_shift(engine, now)

    def _schedule_next_shift(self, engine: Engine, now: float) -> None:
        starts = self.calendar.starts
        if len(starts) < 2:
            return
        week_start = now - now % WEEK_MINUTES
        k = bisect_right(starts, now - week_start)
        following = week_start + (starts[k] if k < len(starts) else WEEK_MINUTES)
        while following <= now:  # never at or before now: that would repeat forever
            k += 1
            following = week_start + (starts[k] if k < len(starts) else WEEK_MINUTES)
        engine.push(following, SHIFT, self.flow.index)

    def shift(self, engine: Engine, now: float) -> None:
        self._advance(now)
        self.on_duty = self.calendar.agents_at(now)
        self._schedule_next_shift(engine, now)
        self.dispatch(engine)  # agents who come on duty take waiting tickets

    def take_agent(self, now: float) -> int:
        span = now - self.last
        if span:
            self.busy_area += self.busy * span
            self.duty_area += self.on_duty * span
            self.last = now
        self.busy += 1
        free = self.free
        if self.least_loaded:
            best = min(range(len(free)), key=lambda i: self.busy_time[free[i]])
            return free.pop(best)
        return heappop(free)

    def release_agent(self, agent: int, now: float, started: float) -> None:
        span = now - self.last
        if span:
            self.busy_area += self.busy * span
            self.duty_area += self.on_duty * span
            self.last = now
        self.busy -= 1
        self.busy_time[agent] += now - started
        if self.least_loaded:
            self.free.append(agent)
        else:
            heappush(self.free, agent)

    def enqueue(self, engine: Engine, ticket: Any, index: int) -> None:
        ticket.state = 1
        self.queued += 1
        if self.discipline == "fifo":
            self.fifo.append((ticket, ticket.visit, index))
            if len(self.fifo) > 2 * self.queued + STALE_SLACK:
                self.fifo = deque(entry for entry in self.fifo if entry[0].visit == entry[1])
            return
        self.seq += 1
        if self.discipline == "priority":
            field = self.flow.priority_field
            key = self.ranks.get(ticket.fields.get(field), len(self.ranks)) if field else 0
        else:
            key = engine.deadline(ticket)
        heappush(self.heap, (key, self.seq, ticket, ticket.visit, index))
        if len(self.heap) > 2 * self.queued + STALE_SLACK:
            # keys are unique (key, number): the live entries pop in the same order after
            self.heap = [entry for entry in self.heap if entry[2].visit == entry[3]]
            heapify(self.heap)

    def _pop(self) -> tuple[Any, int] | None:
        if self.discipline == "fifo":
            fifo = self.fifo
            while fifo:
                ticket, visit, index = fifo.popleft()
                if ticket.visit == visit:
                    return ticket, index
            return None
        heap = self.heap
        while heap:
            _, _, ticket, visit, index = heappop(heap)
            if ticket.visit == visit:
                return ticket, index
        return None

    def dispatch(self, engine: Engine) -> None:
        while self.queued and self.busy < self.on_duty:
            popped = self._pop()
            if popped is None:
                self.queued = 0
                return
            ticket, index = popped
            self.queued -= 1
            engine.steps[index].queue_change(engine.now, -1)
            engine._start_service(ticket, index, self)

    def reset(self, now: float) -> None:
        self._advance(now)
        self.busy_area = self.duty_area = 0.0
        self.since = now

    def finish(self, end: float) -> None:
        self._advance(end)

    def cost(self) -> float:
        return self.duty_area / 60.0 * self.flow.cost_per_hour

    def summary(self) -> dict[str, float]:
        return {
            "utilisation": self.busy_area / self.duty_area if self.duty_area else math.nan,
            "busy_hours": self.busy_area / 60.0,
            "on_duty_hours": self.duty_area / 60.0,
            "cost": self.cost(),
        }
