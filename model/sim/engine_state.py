"""The engine's mutable state: tickets in flight, agent pools with their queues and shifts,
per-step counters, and `EngineState`, the set-up of one run that both event loops read and write
(the Python loop in engine.py, the compiled one through compiled_loop.py). Nothing here handles events;
this module imports neither of them.
"""

from __future__ import annotations

import math
import random
from abc import ABC, abstractmethod
from bisect import bisect_right
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from heapq import heapify, heappop, heappush
from itertools import accumulate, count
from typing import Any, Protocol

from blueprint_studio.model.flow import (
    WEEK_MINUTES,
    Arrival,
    FlowModel,
    FlowNode,
    FlowPool,
    FlowSla,
    Predicate,
    Transition,
)
from blueprint_studio.model.sim.clocks import BusinessClock
from blueprint_studio.model.sim.distributions import Sampler, sampler, stream
from blueprint_studio.model.sim.layout_spec import (
    EV_ARRIVAL,
    EV_PATIENCE,
    EV_RELEASE,
    EV_SAMPLE,
    EV_SERVICE_END,
    EV_SHIFT,
    EV_TIME_LIMIT,
    EV_TIMEOUT,
    EV_WARMUP,
    K_DECISION,
    K_END,
    K_INTAKE,
    K_ROADMAP,
    K_SATISFACTION,
    K_STEP,
    K_WAIT,
    NO_INDEX,
    PH_MOVING,
    PH_QUEUED,
    STOP_LOOP,
    STOP_OPEN,
    STOP_PENDING,
    STOP_QUEUE,
)
from blueprint_studio.model.sim.results import PoolFigures, StepFigures, TicketStats
from blueprint_studio.model.sim.routing import Chooser, make_chooser
from blueprint_studio.model.sim.settings import SimulationSettings
from blueprint_studio.model.sim.stats import Histogram

# Event kinds, in the order the engine's handler table uses; housekeeping kinds come last. Node
# kinds, and the lanes above and below the line of visibility. The codes of both loops are
# model/sim/layout_spec.py's (the compiled loop reads them from the header generated from it).
ARRIVAL, SERVICE_END, RELEASE, TIME_LIMIT, TIMEOUT = (
    EV_ARRIVAL,
    EV_SERVICE_END,
    EV_RELEASE,
    EV_TIME_LIMIT,
    EV_TIMEOUT,
)
PATIENCE, SHIFT, SAMPLE, WARMUP = EV_PATIENCE, EV_SHIFT, EV_SAMPLE, EV_WARMUP
STEP, DECISION, WAIT, SATISFACTION, ROADMAP, END, INTAKE = (
    K_STEP,
    K_DECISION,
    K_WAIT,
    K_SATISFACTION,
    K_ROADMAP,
    K_END,
    K_INTAKE,
)
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
# Entries left in a queue by tickets that escalated or gave up are skipped when reached; a queue
# holding more than twice its live tickets plus this many drops them (a memory bound only: the
# live tickets keep their order, so results do not change).
STALE_SLACK = 1024
STOP_REASONS = {STOP_QUEUE: "queue", STOP_LOOP: "loop", STOP_OPEN: "open", STOP_PENDING: "pending"}
MAX_TIME = 200 * 365 * 1440.0  # a run that drains for two centuries is a model error

Draw = Callable[[], float]
# Per intake: its arrival and field draws, its number samplers, its peak rate (a minute, the
# multiplier applied), its weekly rates, its patience and its inter-arrival sampler.
IntakeState = tuple[
    Draw,
    Draw,
    dict[str, Sampler],
    float,
    "tuple[tuple[float, ...], ...] | None",
    "Sampler | None",
    "Sampler | None",
]
# Per ticket field, in the schema's order: name, type, then by type the choice values and the
# cumulative weights (none for other types), P(true), the number distribution, or the text's value.
FieldDraw = tuple[str, str, Any, list[float]]


class Cancelled(Exception):
    """The caller asked the run to stop."""


class TicketView(Protocol):
    """What an event sink reads of a ticket: its number, arrival time and fields at the time."""

    @property
    def id(self) -> int: ...

    @property
    def arrival(self) -> float: ...

    @property
    def fields(self) -> dict[str, Any]: ...


class EventSink(Protocol):
    """Receives one record per activity of a ticket, as it ends. `status` is "completed",
    "escalated" (left a queue at its time limit), "timeout", "abandoned", or an end's outcome
    ("stuck" when it closed with no way on); `node` is None for a ticket closed before it
    entered one."""

    def record(
        self,
        ticket: TicketView,
        node: FlowNode | None,
        pool: str | None,
        agent: int | None,
        enabled: float,
        start: float | None,
        end: float,
        status: str,
    ) -> None: ...


class Ticket:
    __slots__ = (
        "id",
        "fields",
        "arrival",
        "counted",
        "visit",
        "node",
        "phase",
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
        "assisted",
        "self_served",
        "divert",
        "roadmap",
        "follow_up",
        "duplicate",
        "merging",
    )

    def __init__(
        self, ticket_id: int, fields: dict[str, Any], arrival: float, counted: bool, cell: TicketStats
    ) -> None:
        self.id = ticket_id
        self.fields = fields
        self.arrival = arrival
        self.counted = counted
        self.visit = 0
        self.node = NO_INDEX
        self.phase = PH_MOVING  # or queued, in service, waiting for the customer (layout_spec.PH_*)
        self.pool = NO_INDEX
        self.agent = NO_INDEX  # the agent serving it, from its first service
        self.enabled = arrival
        self.started = arrival
        self.served = 0
        self.sla: FlowSla | None = None
        self.clock: BusinessClock | None = None
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
        self.cell = cell  # the statistics cell of its field values
        self.hops = 0  # nodes entered, to end a run a ticket loops in forever
        # entered a step done by an agent; entered one done by the system or the customer (a
        # ticket resolved with the second and not the first is deflected: results.TicketStats)
        self.assisted = self.self_served = False
        self.divert: int | None = None  # where an escalation ladder sends it after this piece of work
        self.roadmap = False  # entered a roadmap node: a feature request, never a first-contact resolution
        # a follow-up contact (model/sim/contacts.py): the id of the customer's open ticket;
        # `duplicate` while it is worked as a ticket of its own (agent time on duplicates),
        # `merging` once recognised at triage
        self.follow_up: int | None = None
        self.duplicate = self.merging = False


class StepStats:
    __slots__ = (
        "visits",
        "served",
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
        self.visits = self.served = self.waited = self.breaches = self.escalations = 0
        self.wait = Histogram()
        self.service_total = self.time_total = 0.0
        self.queue_area = 0.0
        self.queue_last = now
        self.queue_max = self.queue
        self.since = now

    def add_wait(self, wait: float) -> None:
        """A queued ticket reaches an agent after `wait` minutes."""
        self.served += 1
        self.wait.add(wait)
        if wait > 0:
            self.waited += 1

    def queue_change(self, now: float, delta: int) -> None:
        self.queue_area += self.queue * (now - self.queue_last)
        self.queue_last = now
        self.queue += delta
        if self.queue > self.queue_max:
            self.queue_max = self.queue

    def summary(self, end: float) -> StepFigures[float]:
        served = self.served
        span = end - self.since
        wait = self.wait
        return StepFigures(
            visits=float(self.visits),
            served=float(served),
            wait_mean=wait.mean,
            wait_p50=wait.quantile(0.5),
            wait_p90=wait.quantile(0.9),
            wait_p95=wait.quantile(0.95),
            waited_share=self.waited / served if served else math.nan,
            service_mean=self.service_total / served if served else math.nan,
            time_mean=self.time_total / self.visits if self.visits else math.nan,
            queue_mean=self.queue_area / span if span > 0 else math.nan,
            queue_max=float(self.queue_max),
            breaches=float(self.breaches),
            escalations=float(self.escalations),
        )


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
        "agents",
    )

    individual = False  # agents as individuals (model/sim/agents.py AgentPool)

    def __init__(self, flow: FlowPool) -> None:
        self.flow = flow
        self.calendar = flow.calendar
        self.on_duty = self.busy = self.queued = 0
        self.fifo: deque[tuple[Ticket, int, int]] = deque()  # ticket, its visit, step
        self.heap: list[tuple[float, int, Ticket, int, int]] = []  # key, number, then as fifo
        self.discipline = flow.discipline
        self.ranks = {value: rank for rank, value in enumerate(flow.priority_order)}
        peak = self.agents = max(flow.calendar.peak, 1)  # agent numbers 0 .. peak - 1
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

    def start(self, engine: EngineState, now: float) -> None:
        self.on_duty = self.calendar.agents_at(now)
        self._schedule_next_shift(engine, now)

    def _schedule_next_shift(self, engine: EngineState, now: float) -> None:
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

    def shift(self, engine: EngineState, now: float) -> None:
        self._advance(now)
        self.on_duty = self.calendar.agents_at(now)
        self._schedule_next_shift(engine, now)
        self.dispatch(engine)  # agents who come on duty take waiting tickets

    def take_agent(self, now: float) -> int:
        self._advance(now)
        self.busy += 1
        free = self.free
        if self.least_loaded:
            best = min(range(len(free)), key=lambda i: self.busy_time[free[i]])
            return free.pop(best)
        return heappop(free)

    def release_agent(self, agent: int, now: float, started: float) -> None:
        self._advance(now)
        self.busy -= 1
        self.busy_time[agent] += now - started
        if self.least_loaded:
            self.free.append(agent)
        else:
            heappush(self.free, agent)

    def enqueue(self, engine: EngineState, ticket: Ticket, index: int) -> None:
        ticket.phase = PH_QUEUED
        self.queued += 1
        if self.discipline == "fifo":
            self.fifo.append((ticket, ticket.visit, index))
            if len(self.fifo) > 2 * self.queued + STALE_SLACK:
                self.fifo = deque(entry for entry in self.fifo if entry[0].visit == entry[1])
            return
        self.seq += 1
        if self.discipline == "priority":
            field = self.flow.priority_field
            key: float = self.ranks.get(ticket.fields.get(field), len(self.ranks)) if field else 0
        else:
            key = engine.deadline(ticket)
        heappush(self.heap, (key, self.seq, ticket, ticket.visit, index))
        if len(self.heap) > 2 * self.queued + STALE_SLACK:
            # keys are unique (key, number): the live entries pop in the same order after
            self.heap = [entry for entry in self.heap if entry[2].visit == entry[3]]
            heapify(self.heap)

    def _pop(self) -> tuple[Ticket, int] | None:
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

    def dispatch(self, engine: EngineState) -> None:
        while self.queued and self.busy < self.on_duty:
            popped = self._pop()
            if popped is None:
                self.queued = 0
                return
            ticket, index = popped
            self.queued -= 1
            engine.steps[index].queue_change(engine.now, -1)
            engine.start_service(ticket, index, self)

    def reset(self, now: float) -> None:
        self._advance(now)
        self.busy_area = self.duty_area = 0.0
        self.since = now

    def finish(self, end: float) -> None:
        self._advance(end)

    def cost(self) -> float:
        return self.duty_area / 60.0 * self.flow.cost_per_hour

    def summary(self) -> PoolFigures[float]:
        return PoolFigures(
            utilisation=self.busy_area / self.duty_area if self.duty_area else math.nan,
            busy_hours=self.busy_area / 60.0,
            on_duty_hours=self.duty_area / 60.0,
            cost=self.cost(),
        )


class EngineState(ABC):
    """One run's set-up and state: the random streams and samplers of every source, the pools,
    per-step and per-cell counters, the pending events. The event loops advance it: Python's in
    `Engine`, the compiled one through compiled_loop.py, which reads it as its starting point and writes
    its results back."""

    def __init__(
        self,
        model: FlowModel,
        settings: SimulationSettings,
        replication: int,
        event_log: EventSink | None,
        progress: Callable[[float], None] | None,
        cancel: Callable[[], bool] | None,
    ) -> None:
        self.model = model
        self.core_bytes = 0  # memory of the compiled loop's tables, after a compiled run
        self.settings = settings
        self.replication = replication
        self.log = event_log
        self.progress = progress
        self.cancel = cancel
        self.heap: list[tuple[float, int, int, Any, Any]] = []  # time, number, kind, a, b
        self.seq = count()
        self.now = 0.0
        self.horizon = settings.horizon_minutes if settings.horizon_minutes is not None else MAX_TIME
        self.warmup = settings.warmup_minutes
        self.ticket_limit = settings.tickets  # tickets measured: arriving after the warm-up
        self.arrivals = 0
        self.measured = 0
        # (stop code, node index) once a bound of this module is passed: the run ends after
        # the event being handled. Read when the run is made, so that tests can lower them.
        self.stopped: list[tuple[int, int]] = []
        # A path without a loop enters each node once at most: a chain longer than the loop
        # bound (documents hold up to 20,000 nodes) is no loop, so the bound grows with it.
        visits = max(MAX_VISITS, 2 * len(model.nodes))
        self.limits = {
            STOP_QUEUE: MAX_QUEUE,
            STOP_LOOP: visits,
            STOP_OPEN: MAX_OPEN,
            STOP_PENDING: MAX_PENDING,
        }
        self.max_queue, self.max_visits = self.limits[STOP_QUEUE], self.limits[STOP_LOOP]
        self.open = 0
        # the time integral of open tickets since the warm-up, up to open_last (exact averages)
        self.open_area = 0.0
        self.open_last = 0.0
        self.in_flight: dict[int, Ticket] = {}  # open tickets by number (Python loop)
        self.next_ticket_id = 0
        self.backlog: list[tuple[float, int]] = []
        # Set by the loop that ran: events handled and the time the results are taken at.
        self.events: int
        self.end_time: float
        self._prepare()

    # ---------------------------------------------------------------- set-up
    def random_stream(self, source: str) -> random.Random:
        return stream(self.settings.seed, self.replication, source)

    def _prepare(self) -> None:
        m = self.model
        self.nodes = m.nodes
        self.kinds = [KIND_CODES[n.kind] for n in m.nodes]
        self.pools = [PoolState(p) for p in m.pools]
        self.steps = [StepStats() for _ in m.nodes]
        # steps done by the system or the customer: no pool, no queue, no agent (an
        # infinite-server delay); deflection figures appear when the model has one
        self.unstaffed = [n.kind == "step" and n.performer != "agent" for n in m.nodes]
        self.has_self_service = any(self.unstaffed)
        # a step's duration sampler; a wait's response-time sampler and its draw of an answer
        self.durations: list[Any] = [None] * len(m.nodes)
        self.rules: list[tuple[tuple[Predicate, Sampler], ...]] = [()] * len(m.nodes)
        self.choice_streams: list[random.Random | None] = [None] * len(m.nodes)
        self.choice_rng: list[Draw | None] = [None] * len(m.nodes)
        for n in m.nodes:
            if n.kind == "step":
                rng = self.random_stream(f"duration:{n.id}")
                self.durations[n.index] = sampler(n.duration, rng)
                self.rules[n.index] = tuple((pred, sampler(d, rng)) for pred, d in n.duration_rules)
            elif n.kind == "wait":
                rng = self.random_stream(f"wait:{n.id}")
                self.durations[n.index] = (sampler(n.response_time, rng), rng.random)
            if len(n.transitions) > 1 or n.kind == "satisfaction":
                choice = self.choice_streams[n.index] = self.random_stream(f"choice:{n.id}")
                self.choice_rng[n.index] = choice.random
        self.choosers: list[Transition | Chooser | None] = [
            make_chooser(n, self.choice_rng[n.index]) for n in m.nodes
        ]
        # one SLA clock per calendar, by its id (policies may share a calendar)
        self.clocks = {p.calendar.id: BusinessClock(p.calendar) for p in m.sla if p.calendar is not None}
        self._prepare_fields()
        # One collector per combination of choice-field values and SLA policy (a cell): a closing
        # ticket updates one cell; overall and per-field figures are sums of cells, made once at the end.
        self.dimension_fields = tuple(f for f in m.fields if f.type == "choice")
        self.dimension_names = tuple(f.name for f in self.dimension_fields)
        self.cells: dict[tuple[Any, ...], TicketStats] = {}
        self.has_sla = bool(m.sla)
        self.policy_index = {id(p): i for i, p in enumerate(m.sla)}  # a cell key's last part
        self.level_masks: dict[int, int] = {}  # set of levels a ticket reached -> tickets
        self.edge_counts: dict[str, int] = {}  # flow edge -> tickets that took it

    def _prepare_fields(self) -> None:
        self.field_draws: list[FieldDraw] = []
        for f in self.model.fields:
            if f.type == "choice":
                weights = f.weights or [1.0] * len(f.values)
                cumulative = list(accumulate(weights))
                self.field_draws.append((f.name, "choice", tuple(f.values), cumulative))
            elif f.type == "boolean":
                self.field_draws.append((f.name, "boolean", f.p_true, []))
            elif f.type == "number":
                self.field_draws.append((f.name, "number", f.distribution, []))
            else:
                self.field_draws.append((f.name, "text", "", []))
        self.intake_state: dict[int, IntakeState] = {}
        self.intake_streams: dict[int, tuple[random.Random, random.Random]] = {}  # arrivals, fields
        self.intake_field_draws: dict[int, list[FieldDraw]] = {}  # with the intake's own shares
        self.intake_set_fields: dict[int, dict[str, Any]] = {}  # values it sets after the draws
        for i in self.model.intakes:
            node = self.nodes[i]
            arrival = intake_arrival(node)
            self.intake_set_fields[i] = dict(arrival.set_fields)
            own = arrival.field_weights
            self.intake_field_draws[i] = [
                (name, kind, spec, list(accumulate(own[name])) if name in own else cumulative)
                for name, kind, spec, cumulative in self.field_draws
            ]
            fields_rng = self.random_stream(f"fields:{node.id}")
            numbers = {
                name: sampler(dist, fields_rng)
                for name, kind, dist, _ in self.field_draws
                if kind == "number" and dist is not None
            }
            weekly = arrival.weekly_rates
            peak = max(max(row) for row in weekly) if weekly else arrival.rate_per_hour
            patience = (
                sampler(arrival.patience, self.random_stream(f"patience:{node.id}"))
                if arrival.patience
                else None
            )
            arrivals_rng = self.random_stream(f"arrival:{node.id}")
            renewal = sampler(arrival.interarrival, arrivals_rng) if arrival.interarrival else None
            self.intake_streams[i] = (arrivals_rng, fields_rng)
            self.intake_state[i] = (
                arrivals_rng.random,
                fields_rng.random,
                numbers,
                peak * self.settings.arrival_multiplier / 60.0,
                weekly,
                patience,
                renewal,
            )

    def push(self, time: float, kind: int, a: Any = None, b: Any = None) -> None:
        heappush(self.heap, (time, next(self.seq), kind, a, b))

    def deadline(self, ticket: Ticket) -> float:
        """For earliest-deadline-first queues: the resolution deadline in simulated time, the
        minute its SLA clock (business minutes on the policy's calendar, minus its pauses so
        far) reaches the target."""
        sla = ticket.sla
        if sla is None or sla.resolution is None:
            return math.inf
        clock = ticket.clock
        if clock is None:
            return ticket.arrival + sla.resolution + ticket.paused
        return clock.reached(ticket.arrival, sla.resolution + ticket.paused)

    def progress_fraction(self) -> float:
        if self.settings.horizon_minutes is not None:
            return min(1.0, self.now / self.settings.horizon_minutes)
        assert self.ticket_limit is not None  # settings give a horizon or a ticket count
        return min(1.0, self.measured / self.ticket_limit)

    def compiled_setup(self) -> CompiledSetup:
        """What the compiled loop starts from, before any event: the random streams as set up
        (no draw taken yet), the field draws, the pending events and the run's bounds."""
        intakes = {
            i: IntakeStart(arrivals, fields, self.intake_state[i][3], self.intake_state[i][4])
            for i, (arrivals, fields) in self.intake_streams.items()
        }
        return CompiledSetup(
            intakes=intakes,
            field_draws=list(self.field_draws),
            intake_field_draws=dict(self.intake_field_draws),
            choice_streams=list(self.choice_streams),
            initial_events=list(self.heap),
            limits=dict(self.limits),
        )

    @abstractmethod
    def start_service(self, ticket: Ticket, index: int, pool: PoolState) -> None:
        """A queued ticket reaches an agent (`PoolState.dispatch`, in the Python loop)."""


@dataclass(frozen=True)
class IntakeStart:
    """An intake as a run starts: its streams of arrival times (and renewal gaps) and of field
    draws, its peak rate (tickets a minute, the multiplier applied) and its weekly rates."""

    arrivals: random.Random
    fields: random.Random
    peak: float
    weekly: tuple[tuple[float, ...], ...] | None


@dataclass(frozen=True)
class CompiledSetup:
    """`EngineState.compiled_setup`: the engine's public set-up for the compiled loop."""

    intakes: dict[int, IntakeStart]
    field_draws: list[FieldDraw]
    intake_field_draws: dict[int, list[FieldDraw]]
    choice_streams: list[random.Random | None]
    initial_events: list[tuple[float, int, int, Any, Any]]  # time, number, kind, a, b
    limits: dict[int, int]  # STOP_* code -> its bound


def intake_arrival(node: FlowNode) -> Arrival:
    """An intake's arrival process (the compiler gives every intake one, and no other node)."""
    arrival = node.arrival
    if arrival is None:
        raise ValueError(f"node {node.id} is not an intake")
    return arrival
