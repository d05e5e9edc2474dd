"""The discrete-event engine: runs a compiled `FlowModel` for one seed and replication, in the
compiled loop (compiled_loop.py) when it can, else in the Python loop here: its arrivals, routing
between nodes, shifts, samples and warm-up; steps, agents and waits in engine_service.py, closing
tickets and the run's result in engine_results.py. The run's set-up and state are `EngineState`
(engine_state.py), which both loops advance.

A heap of (time, sequence, kind, a, b) tuples orders events, so ties are deterministic; each
random source has its own stream. Progress goes through a callback and cancellation through a
function the caller passes; the engine never prints, and never keeps a record per closed ticket.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable
from heapq import heappop
from typing import Any

from blueprint_studio.model.flow import WEEK_MINUTES, FlowAction, FlowModel, FlowNode, Transition
from blueprint_studio.model.sim.agents import EV_AGENTS, Agents, has_agents
from blueprint_studio.model.sim.approvals import EV_APPROVAL, Approvals, has_approvals
from blueprint_studio.model.sim.compiled_loop import run_core
from blueprint_studio.model.sim.contacts import EV_CONTACT, Contacts, has_contacts
from blueprint_studio.model.sim.distributions import mean_of
from blueprint_studio.model.sim.engine_service import EngineService
from blueprint_studio.model.sim.engine_state import (
    ARRIVAL,
    END,
    PATIENCE,
    ROADMAP,
    SAMPLE,
    SATISFACTION,
    SERVICE_END,
    SHIFT,
    STEP,
    STOP_LOOP,
    STOP_OPEN,
    STOP_PENDING,
    WAIT,
    WARMUP,
    Cancelled,
    EventSink,
    Ticket,
    intake_arrival,
)
from blueprint_studio.model.sim.ladder import EV_LADDER, Ladders, has_ladder
from blueprint_studio.model.sim.notify import Notifications, has_notify
from blueprint_studio.model.sim.results import RunResult, TicketStats
from blueprint_studio.model.sim.settings import SimulationSettings

__all__ = ["PROGRESS_EVERY", "Cancelled", "Engine", "EventSink"]

PROGRESS_EVERY = 1 << 15


class Engine(EngineService):
    """Runs the model: in the compiled loop when `allow_compiled` and it is built and covers the
    model (model/sim/compiled_loop.py), else in `_loop` here. Results and event logs are the same, bit
    for bit; `ran_compiled` says which loop ran."""

    def __init__(
        self,
        model: FlowModel,
        settings: SimulationSettings,
        replication: int = 0,
        event_log: EventSink | None = None,
        progress: Callable[[float], None] | None = None,
        cancel: Callable[[], bool] | None = None,
        allow_compiled: bool = True,
    ) -> None:
        self.allow_compiled = allow_compiled
        self.ran_compiled = False
        super().__init__(model, settings, replication, event_log, progress, cancel)
        self.ladders = Ladders(self) if has_ladder(model) else None  # model/sim/ladder.py
        self.notifications = Notifications(model) if has_notify(model) else None  # sim/notify.py
        self.contacts = Contacts(self) if has_contacts(model) else None  # model/sim/contacts.py
        self.approvals = Approvals(self) if has_approvals(model) else None  # model/sim/approvals.py
        self.agents = Agents(self) if has_agents(model) else None  # model/sim/agents.py

    # ---------------------------------------------------------------- running
    def run(self) -> RunResult:
        for i in self.model.intakes:
            self._schedule_arrival(i, 0.0)
        for pool in self.pools:
            pool.start(self, 0.0)
        interval = self._backlog_interval()
        if interval:
            self.push(0.0, SAMPLE, interval)
        if self.warmup > 0:
            self.push(self.warmup, WARMUP)
        if self.allow_compiled and run_core(self, PROGRESS_EVERY):
            self.ran_compiled = True
        else:
            self._loop()
        return self._result()

    def _backlog_interval(self) -> float:
        if self.settings.horizon_minutes is not None:
            return self.settings.horizon_minutes / self.settings.backlog_points
        limit = self.ticket_limit
        assert limit is not None  # settings give a horizon or a ticket count
        rate = sum(
            state[3]
            if state[6] is None
            else 1.0 / max(mean_of(intake_arrival(self.nodes[i]).interarrival), 1e-9)
            for i, state in self.intake_state.items()
        )
        return (self.warmup + limit / rate) / self.settings.backlog_points if rate > 0 else 0.0

    def _loop(self) -> None:
        heap, horizon = self.heap, self.horizon
        handlers = (
            self._on_arrival,
            self._on_service_end,
            self._on_release,
            self._on_time_limit,
            self._on_timeout,
            self._on_patience,
            self._on_shift,
            self._on_sample,
            self._on_warmup,
        )
        on_service_end = self._on_service_end
        on_arrival = self._on_arrival
        events = 0
        progress, cancel = self.progress, self.cancel
        stopped = self.stopped
        while heap:
            time, _, kind, a, b = heappop(heap)
            if time > horizon:
                break
            if kind >= SHIFT and self._drained():
                break  # a ticket-count run is over once the last ticket has closed
            self.now = time
            if kind == SERVICE_END:
                on_service_end(a, b)
            elif kind == ARRIVAL:
                on_arrival(a, b)
            elif kind == EV_LADDER:
                self.ladders.on_event(a, b)  # type: ignore[union-attr]  # only a ladder pushes one
            elif kind == EV_CONTACT:
                self.contacts.on_event(a, b)  # type: ignore[union-attr]  # only contacts push one
            elif kind == EV_APPROVAL:
                self.approvals.on_event(a, b)  # type: ignore[union-attr]  # only approvals push one
            elif kind == EV_AGENTS:
                self.agents.on_event(a, b)  # type: ignore[union-attr]  # only agents push one
            else:
                handlers[kind](a, b)
            events += 1
            if stopped:
                break
            if not events & (PROGRESS_EVERY - 1):
                if cancel is not None and cancel():
                    raise Cancelled()
                if progress is not None:
                    progress(self.progress_fraction())
        self.events = events
        self.end_time = horizon if self.settings.horizon_minutes is not None and not stopped else self.now

    def _drained(self) -> bool:
        return self.ticket_limit is not None and self.measured >= self.ticket_limit and self.open == 0

    # ---------------------------------------------------------------- arrivals
    def _schedule_arrival(self, intake: int, after: float) -> None:
        draw, _, _, peak, weekly, _, renewal = self.intake_state[intake]
        if renewal is not None:
            multiplier = self.settings.arrival_multiplier
            if multiplier > 0:
                self.push(after + renewal() / multiplier, ARRIVAL, intake)
            return
        if peak <= 0:
            return
        t = after
        while True:
            t -= math.log(1.0 - draw()) / peak
            if weekly is None:
                break
            # thinning: keep the candidate with probability rate(t) / peak rate
            within = t % WEEK_MINUTES
            rate = weekly[int(within // 1440)][int(within % 1440 // 60)]
            if draw() * peak * 60.0 <= rate * self.settings.arrival_multiplier:
                break
            if t > self.horizon:
                break
        self.push(t, ARRIVAL, intake)

    def _on_arrival(self, intake: int, _: Any) -> None:
        limit = self.ticket_limit
        if limit is not None and self.measured >= limit:
            return
        now = self.now
        self.arrivals += 1
        counted = now >= self.warmup
        if counted:
            self.measured += 1
        if limit is None or self.measured < limit:
            self._schedule_arrival(intake, now)
        fields = self._draw_fields(intake)
        policy = self.model.sla_for(fields) if self.has_sla else None
        # the cell: the choice-field values, then the SLA policy's index (None without one)
        key = (*map(fields.get, self.dimension_names), self.policy_index.get(id(policy)))
        cell = self.cells.get(key)
        if cell is None:
            cell = self.cells[key] = TicketStats()
        ticket = Ticket(self.next_ticket_id, fields, now, counted, cell)
        if not self.open_ticket(ticket, intake) and len(self.heap) > self.limits[STOP_PENDING]:
            self._halt(STOP_PENDING, intake)
        if policy is not None:
            ticket.sla = policy
            if policy.calendar is not None:
                ticket.clock = self.clocks[policy.calendar.id]
            if policy.ladder is not None and self.ladders is not None:
                self.ladders.start(ticket)
        if ticket.counted:
            cell.arrived += 1
        patience = self.intake_state[intake][5]
        if patience is not None:
            self.push(now + patience(), PATIENCE, ticket)
        if self.log is not None:  # the ticket's first row: its arrival, at its intake
            self.log.record(ticket, self.nodes[intake], None, None, now, now, now, "arrived")
        if self.contacts is not None:
            self.contacts.opened(ticket, intake)
        self._route(ticket, intake)

    def open_ticket(self, ticket: Ticket, node: int) -> bool:
        """A new ticket (or, for contacts.py, a follow-up) opens now at `node`: in flight and
        counted open. True when it is one too many: the run is halted (STOP_OPEN)."""
        now = self.now
        self.in_flight[ticket.id] = ticket
        self.next_ticket_id += 1
        self.open_area += self.open * (now - self.open_last)
        self.open_last = now
        self.open += 1
        if self.open > self.limits[STOP_OPEN]:
            self._halt(STOP_OPEN, node)
            return True
        return False

    def _draw_fields(self, intake: int) -> dict[str, Any]:
        _, draw, numbers = self.intake_state[intake][:3]
        fields: dict[str, Any] = {"responded": False, "satisfied": False}
        for name, kind, spec, cumulative in self.intake_field_draws[intake]:
            if kind == "choice":
                fields[name] = spec[
                    bisect_right(cumulative, draw() * cumulative[-1]) if cumulative[-1] > 0 else 0
                ]
            elif kind == "boolean":
                fields[name] = draw() < spec
            elif kind == "number":
                fields[name] = numbers[name]() if name in numbers else 0.0
            else:
                fields[name] = spec
        fields.update(self.intake_set_fields[intake])
        return fields

    # ---------------------------------------------------------------- moving between nodes
    def _route(self, ticket: Ticket, index: int) -> None:
        """Leave node `index` by its chosen transition and enter the nodes that follow until the
        ticket must wait (a step, a wait) or closes (an end)."""
        if ticket.divert is not None:  # the ladder sends it elsewhere after this piece of work
            target, ticket.divert = ticket.divert, None
            self._enter(ticket, target)
            return
        choosers, arrive = self.choosers, self._arrive
        while True:
            chosen = choosers[index]
            # a Transition when the way out never depends on the ticket, else its chooser
            transition = chosen if chosen is None or isinstance(chosen, Transition) else chosen(ticket.fields)
            if transition is None:
                self._close(ticket, None)
                return
            if transition.approval is not None:  # it waits for the answer (model/sim/approvals.py)
                self.approvals.ask(ticket, transition)  # type: ignore[union-attr]
                return
            if transition.actions:
                self._apply(ticket, transition.actions)
            if transition.reopens:
                ticket.reopened = True
            if ticket.counted:
                counts = self.edge_counts
                counts[transition.edge_id] = counts.get(transition.edge_id, 0) + 1
            index = transition.target
            if arrive(ticket, index):
                return

    def _arrive(self, ticket: Ticket, index: int) -> bool:
        """Enter node `index`; True when the ticket stops there (a step, a wait, an end), False
        when it passes straight through (decision, survey, roadmap) and must move on."""
        ticket.visit += 1
        ticket.hops += 1
        if ticket.hops > self.max_visits:  # a loop it never leaves: it stays where it is
            self._halt(STOP_LOOP, index)
            return True
        ticket.node = index
        kind = self.kinds[index]
        if kind == STEP:
            self._arrive_at_step(ticket, index)
        elif kind == END:
            self._close(ticket, self.nodes[index].outcome)
        elif kind == WAIT:
            self._start_wait(ticket, index)
        else:
            if kind == SATISFACTION:
                self._survey(ticket, self.nodes[index])
            elif kind == ROADMAP:
                ticket.roadmap = True
                if ticket.counted:
                    ticket.cell.roadmap += 1
            return False
        return True

    def _apply(self, ticket: Ticket, actions: tuple[FlowAction, ...]) -> None:
        for action in actions:
            kind = action.kind
            if kind == "set":
                field = action.field
                assert field is not None  # a "set" action names its field (validation)
                ticket.fields[field] = action.value
            elif kind == "send_template":
                self._first_response(ticket)
            elif kind == "notify":
                if self.notifications is not None:  # None: only empty roles, nobody notified
                    self.notifications.count(ticket, action.text)
            elif kind == "reassign":
                ticket.pool_override = action.pool
                if action.reason:  # a transfer, counted per reason (model/sim/approvals.py)
                    self.approvals.transfer(ticket, action.reason)  # type: ignore[union-attr]

    def _survey(self, ticket: Ticket, node: FlowNode) -> None:
        if node.satisfied_when is not None:
            satisfied = bool(node.satisfied_when(ticket.fields))
        else:
            draw = self.choice_rng[node.index]
            assert draw is not None  # every survey has its choice stream (EngineState._prepare)
            satisfied = draw() < node.p_satisfied
        ticket.fields["satisfied"] = satisfied
        ticket.surveys += 1
        ticket.satisfied += satisfied
        if not satisfied:
            ticket.reopened = True

    # ---------------------------------------------------------------- pools, samples, warm-up
    def _on_shift(self, pool_index: int, _: Any) -> None:
        self.pools[pool_index].shift(self, self.now)

    def _on_sample(self, interval: float, _: Any) -> None:
        backlog = self.backlog
        backlog.append((self.now, self.open))
        if len(backlog) >= 2 * self.settings.backlog_points:
            # a ticket-count run that goes on: keep every other point, sample half as often
            del backlog[::2]
            interval *= 2.0
        self.push(self.now + interval, SAMPLE, interval)

    def _on_warmup(self, _: Any, __: Any) -> None:
        now = self.now
        for stats in self.steps:
            stats.reset(now)
        for pool in self.pools:
            pool.reset(now)
        self.open_area = 0.0
        self.open_last = now
