"""The discrete-event engine: runs a compiled `FlowModel` for one seed and replication, in the
compiled loop (compiled_loop.py) when it can, else in the Python loop and event handlers here; the run's
set-up and state are `EngineState` (engine_state.py), which both loops advance.

A heap of (time, sequence, kind, a, b) tuples orders events, so ties are deterministic; each
random source has its own stream. Progress goes through a callback and cancellation through a
function the caller passes; the engine never prints, and never keeps a record per closed ticket.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable
from heapq import heappop, heappush
from typing import Any

from blueprint_studio.model.flow import WEEK_MINUTES, FlowAction, FlowModel, FlowNode, Transition
from blueprint_studio.model.sim.agents import EV_AGENTS, Agents, has_agents
from blueprint_studio.model.sim.approvals import EV_APPROVAL, Approvals, has_approvals
from blueprint_studio.model.sim.compiled_loop import run_core
from blueprint_studio.model.sim.contacts import EV_CONTACT, Contacts, has_contacts
from blueprint_studio.model.sim.distributions import mean_of
from blueprint_studio.model.sim.engine_state import (
    ARRIVAL,
    BACKSTAGE_LANES,
    END,
    PATIENCE,
    RELEASE,
    ROADMAP,
    SAMPLE,
    SATISFACTION,
    SERVICE_END,
    SHIFT,
    STEP,
    STOP_LOOP,
    STOP_OPEN,
    STOP_PENDING,
    STOP_QUEUE,
    STOP_REASONS,
    TIME_LIMIT,
    TIMEOUT,
    VISIBLE_LANES,
    WAIT,
    WARMUP,
    Cancelled,
    EngineState,
    EventSink,
    PoolState,
    StepStats,
    Ticket,
    intake_arrival,
)
from blueprint_studio.model.sim.ladder import EV_LADDER, Ladders, has_ladder
from blueprint_studio.model.sim.layout_spec import NO_INDEX, PH_IN_SERVICE, PH_MOVING, PH_QUEUED, PH_WAITING
from blueprint_studio.model.sim.notify import Notifications, has_notify
from blueprint_studio.model.sim.results import (
    OUTCOMES_RESOLVED,
    LadderFigures,
    RunResult,
    StateFigures,
    TicketStats,
    policy_kpis,
)
from blueprint_studio.model.sim.settings import SimulationSettings

__all__ = ["PROGRESS_EVERY", "Cancelled", "Engine", "EventSink"]

PROGRESS_EVERY = 1 << 15


class Engine(EngineState):
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

    def _halt(self, code: int, node: int) -> None:
        """A bound is passed: the first one is the run's reason to stop."""
        if not self.stopped:
            self.stopped.append((code, node))

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

    # ---------------------------------------------------------------- steps and agents
    def _arrive_at_step(self, ticket: Ticket, index: int) -> None:
        node = self.nodes[index]
        now = self.now
        ticket.enabled = now
        stats = self.steps[index]
        stats.visits += 1
        if node.level is not None:
            ticket.levels |= 1 << node.level
        if node.pauses_sla:
            ticket.pause_start = now
        if node.time_limit is not None:  # a step done without an agent never queues: a breach only
            self.push(now + node.time_limit, TIME_LIMIT, ticket, ticket.visit)
            if node.ladder is not None and self.ladders is not None:
                self.ladders.enter_step(ticket, node)
        if self.unstaffed[index]:
            # done by the system or the customer: no queue, no agent, no cost; it takes its
            # drawn duration at once (an infinite-server delay). A re-assignment waits for the
            # next step done by an agent.
            ticket.self_served = True
            ticket.pool = NO_INDEX
            stats.served += 1
            stats.wait.add(0.0)
            if ticket.counted:
                ticket.cell.queue_wait.add(0.0)
            ticket.phase = PH_IN_SERVICE
            ticket.started = now
            heappush(
                self.heap,
                (now + self._service_time(index, ticket), next(self.seq), SERVICE_END, ticket, ticket.visit),
            )
            return
        ticket.assisted = True
        pool_index = node.pool
        if ticket.pool_override is not None:
            pool_index, ticket.pool_override = ticket.pool_override, None
        assert pool_index is not None  # every step done by an agent has a pool (validation)
        ticket.pool = pool_index
        pool = self.pools[pool_index]
        if pool.busy < pool.on_duty and not pool.queued and not pool.individual:
            # served at once: no wait to record beyond a zero (inlined for speed)
            stats.served += 1
            stats.wait.add(0.0)
            if ticket.counted:
                ticket.cell.queue_wait.add(0.0)
            self._serve(ticket, index, pool, now)
        else:
            pool.enqueue(self, ticket, index)
            stats.queue_change(now, 1)
            if stats.queue > self.max_queue:
                self._halt(STOP_QUEUE, index)
            if pool.individual:  # its rule picks the agent, maybe at once (model/sim/agents.py)
                pool.dispatch(self)

    def _duration(self, index: int, ticket: Ticket) -> float:
        """The step's duration for this ticket: its first duration rule that holds, else its own."""
        duration = self.durations[index]
        rules = self.rules[index]
        if rules:
            fields = ticket.fields
            for predicate, rule_sampler in rules:
                if predicate(fields):
                    duration = rule_sampler
                    break
        return duration()

    def start_service(self, ticket: Ticket, index: int, pool: PoolState) -> None:
        """A queued ticket reaches an agent."""
        now = self.now
        wait = now - ticket.enabled
        self.steps[index].add_wait(wait)
        if ticket.counted:
            ticket.cell.queue_wait.add(wait)
        self._serve(ticket, index, pool, now)

    def _serve(self, ticket: Ticket, index: int, pool: PoolState, now: float) -> None:
        ticket.phase = PH_IN_SERVICE
        ticket.started = now
        ticket.agent = pool.take_agent(now)
        service = self._service_time(index, ticket)
        if pool.individual:  # the agent's speed factor (model/sim/agents.py)
            service /= pool.speed[ticket.agent]  # type: ignore[attr-defined]
        heappush(self.heap, (now + service, next(self.seq), SERVICE_END, ticket, ticket.visit))

    def _service_time(self, index: int, ticket: Ticket) -> float:
        """The piece of work's length: the step's duration, and for a follow-up recognised at a
        merge rule the detection time (model/sim/contacts.py)."""
        duration = self._duration(index, ticket)
        if ticket.follow_up is None:
            return duration
        return duration + self.contacts.service_time(ticket, self.nodes[index])  # type: ignore[union-attr]

    def _on_service_end(self, ticket: Ticket, visit: int) -> None:
        """The end of a step, by an agent or (pool NO_INDEX) by the system or the customer: the
        latter frees no agent and is not `served`, so a customer may still give up waiting
        for an agent."""
        if ticket.visit != visit:
            return  # an escalation ladder took it off its agent (ladder.py)
        index = ticket.node
        node = self.nodes[index]
        pool = self.pools[ticket.pool] if ticket.pool >= 0 else None
        self._end_piece(ticket, node, pool, True, "completed")
        minutes = self.now - ticket.started
        if ticket.follow_up is not None and self.contacts.after_service(ticket, pool, minutes):  # type: ignore[union-attr]
            return  # recognised: merged into the customer's open ticket (model/sim/contacts.py)
        if node.first_response:
            self._first_response(ticket)
        if node.actions:
            self._apply(ticket, node.actions)
        self._route(ticket, index)
        if pool is not None and pool.queued and pool.busy < pool.on_duty:
            pool.dispatch(self)

    def _end_piece(
        self, ticket: Ticket, node: FlowNode, pool: PoolState | None, served: bool, status: str
    ) -> None:
        """A piece of work at `node` ends now (`served`: in service, else out of the customer's
        wait): its agent freed (pool), its times counted, its row logged as `status`."""
        now = self.now
        stats = self.steps[node.index]
        if pool is not None:
            pool.release_agent(ticket.agent, now, ticket.started)
            ticket.served += 1
        if served:
            stats.service_total += now - ticket.started
        ticket.phase = PH_MOVING
        if node.pauses_sla or node.lane_kind is not None:
            self._leave_timed_node(ticket, node)
        else:
            stats.time_total += now - ticket.enabled
        if self.log is not None:
            pool_id, agent = (None, None) if pool is None else (pool.flow.id, ticket.agent)
            start = ticket.started if served else ticket.enabled
            self.log.record(ticket, node, pool_id, agent, ticket.enabled, start, now, status)

    def _leave_timed_node(self, ticket: Ticket, node: FlowNode) -> None:
        now = self.now
        spent = now - ticket.enabled
        self.steps[node.index].time_total += spent
        lane = node.lane_kind
        if lane in VISIBLE_LANES:
            ticket.visible += spent
        elif lane in BACKSTAGE_LANES:
            ticket.backstage += spent
        if node.pauses_sla and ticket.pause_start is not None:
            ticket.paused += self._measure(ticket, ticket.pause_start, now)
            ticket.pause_start = None

    def _measure(self, ticket: Ticket, start: float, end: float) -> float:
        clock = ticket.clock
        return end - start if clock is None else clock.between(start, end)

    def _first_response(self, ticket: Ticket) -> None:
        if ticket.responded_at is not None:
            return
        ticket.responded_at = self.now
        if not ticket.counted:
            return
        elapsed = self._measure(ticket, ticket.arrival, self.now) - ticket.paused
        ticket.cell.first_response.add(elapsed)
        ticket.cell.fr_elapsed += self.now - ticket.arrival
        target = ticket.sla.first_response if ticket.sla is not None else None
        if target is not None:
            ticket.fr_breached = elapsed > target

    def _on_time_limit(self, ticket: Ticket, visit: int) -> None:
        if ticket.visit != visit or ticket.closed:
            return
        index = ticket.node
        node = self.nodes[index]
        stats = self.steps[index]
        stats.breaches += 1
        if node.ladder is not None and self.ladders is not None and self.ladders.step_breach(ticket, node):
            return  # the ladder took it off its agent
        if ticket.phase == PH_IN_SERVICE:
            return  # already in service: the agent finishes; the breach is counted
        self.leave_queue(ticket, node)
        ticket.escalated = True
        assert node.escalate_to is not None  # a time limit goes with a step to escalate to (validation)
        self._enter(ticket, node.escalate_to)

    def _left_queue(self, ticket: Ticket, stats: StepStats) -> None:
        """A ticket leaves a queue without service (escalated at a time limit, or abandoned):
        its wait counts in the step's and its group's queue waits all the same."""
        wait = self.now - ticket.enabled
        stats.wait.add(wait)
        if ticket.counted:
            ticket.cell.queue_wait.add(wait)

    def _enter(self, ticket: Ticket, index: int) -> None:
        """Enter node `index` directly (escalation, timeout), then move on as usual."""
        if not self._arrive(ticket, index):
            self._route(ticket, index)

    # ---------------------------------------------------------------- for the ladder (ladder.py)
    def enter(self, ticket: Ticket, index: int) -> None:
        self._enter(ticket, index)

    def take(self, ticket: Ticket, transition: Transition) -> None:
        """For approvals.py: an approved transition is taken (its actions, its count), and the
        ticket moves on from its target."""
        if transition.actions:
            self._apply(ticket, transition.actions)
        if transition.reopens:
            ticket.reopened = True
        if ticket.counted:
            self.edge_counts[transition.edge_id] = self.edge_counts.get(transition.edge_id, 0) + 1
        self._enter(ticket, transition.target)

    def close(self, ticket: Ticket, outcome: str | None) -> None:  # and for contacts.py
        self._close(ticket, outcome)

    def measure(self, ticket: Ticket, start: float, end: float) -> float:
        return self._measure(ticket, start, end)

    def leave_queue(self, ticket: Ticket, node: FlowNode) -> None:
        """A queued ticket leaves the queue unserved, escalated (as at a time limit)."""
        stats = self.steps[node.index]
        pool = self.pools[ticket.pool]
        pool.queued -= 1
        stats.queue_change(self.now, -1)
        self._left_queue(ticket, stats)
        stats.escalations += 1
        ticket.visit += 1  # its queue entry is now stale
        self._leave_timed_node(ticket, node)
        if self.log is not None:
            self.log.record(ticket, node, pool.flow.id, None, ticket.enabled, None, self.now, "escalated")

    def interrupt(self, ticket: Ticket, node: FlowNode, target: int) -> None:
        """Take a ticket off its agent (or out of the customer's wait) now and enter `target`:
        the piece of work ends here, logged as escalated; the freed agent then takes the next
        ticket, as at the end of a service."""
        served = ticket.phase == PH_IN_SERVICE
        pool = self.pools[ticket.pool] if served and ticket.pool >= 0 else None
        self.steps[node.index].escalations += 1
        ticket.visit += 1  # its end of service (or of the wait) is now stale
        self._end_piece(ticket, node, pool, served, "escalated")
        self._enter(ticket, target)
        if pool is not None and pool.queued and pool.busy < pool.on_duty:
            pool.dispatch(self)

    # ---------------------------------------------------------------- waiting for the customer
    def _start_wait(self, ticket: Ticket, index: int) -> None:
        node = self.nodes[index]
        now = self.now
        ticket.enabled = now
        ticket.phase = PH_WAITING
        ticket.waited = True
        self.steps[index].visits += 1
        if node.pauses_sla:
            ticket.pause_start = now
        response_time, draw = self.durations[index]
        delay = response_time()
        responded = draw() < node.p_response
        if node.timeout is not None and (not responded or delay > node.timeout):
            self.push(now + node.timeout, TIMEOUT, ticket, ticket.visit)
        else:
            self.push(now + delay, RELEASE, ticket, (ticket.visit, responded))

    def _on_release(self, ticket: Ticket, payload: tuple[int, bool]) -> None:
        visit, responded = payload
        node = self._end_wait(ticket, visit, responded, "completed")
        if node is not None:
            self._route(ticket, node.index)

    def _on_timeout(self, ticket: Ticket, visit: int) -> None:
        node = self._end_wait(ticket, visit, False, "timeout")
        if node is None:
            return
        # A flow drawn from the wait to its timeout target is the timeout's own way out: its
        # after-actions (an automatic closing message, say) run on the way.
        for transition in node.transitions:
            if transition.target == node.timeout_target:
                if transition.actions:
                    self._apply(ticket, transition.actions)
                if ticket.counted:
                    self.edge_counts[transition.edge_id] = self.edge_counts.get(transition.edge_id, 0) + 1
                break
        assert node.timeout_target is not None  # a timeout goes with its target (validation)
        self._enter(ticket, node.timeout_target)

    def _end_wait(self, ticket: Ticket, visit: int, responded: bool, status: str) -> FlowNode | None:
        """The customer answered (or did not, in time): the wait node, or None if stale."""
        if ticket.visit != visit or ticket.closed:
            return None
        node = self.nodes[ticket.node]
        ticket.phase = PH_MOVING
        ticket.fields["responded"] = responded
        self._leave_timed_node(ticket, node)
        if self.log is not None:
            self.log.record(ticket, node, None, None, ticket.enabled, ticket.enabled, self.now, status)
        return node

    def _on_patience(self, ticket: Ticket, _: Any) -> None:
        """The customer gives up if still waiting for the first agent."""
        if ticket.closed or ticket.served or ticket.phase != PH_QUEUED:
            return
        index = ticket.node
        self.pools[ticket.pool].queued -= 1
        self.steps[index].queue_change(self.now, -1)
        self._left_queue(ticket, self.steps[index])
        ticket.visit += 1
        node = self.nodes[index]
        self._leave_timed_node(ticket, node)
        if self.log is not None:
            self.log.record(
                ticket,
                node,
                self.pools[ticket.pool].flow.id,
                None,
                ticket.enabled,
                None,
                self.now,
                "abandoned",
            )
        self._close(ticket, "abandoned", logged=True)

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

    # ---------------------------------------------------------------- closing
    def _close(self, ticket: Ticket, outcome: str | None, logged: bool = False) -> None:
        ticket.closed = True
        now = self.now
        self.open_area += self.open * (now - self.open_last)
        self.open_last = now
        self.open -= 1
        del self.in_flight[ticket.id]
        if self.agents is not None:  # its owners let it go; its last agent is credited
            self.agents.closed(ticket, outcome)
        if ticket.follow_up is not None and outcome is not None:
            outcome = self.contacts.closed(ticket)  # type: ignore[union-attr]  # merged (contacts.py)
        if self.log is not None and not logged:
            node = self.nodes[ticket.node] if ticket.node >= 0 else None
            self.log.record(ticket, node, None, None, now, now, now, outcome or "stuck")
        if ticket.follow_up is not None:  # a contact, not a ticket of its own
            return
        if not ticket.counted:
            return
        group = ticket.cell
        resolved = outcome in OUTCOMES_RESOLVED
        if resolved and ticket.self_served and not ticket.assisted:
            group.deflected += 1  # resolved by self-service: in no help-desk figure
            return
        group.closed += 1
        group.system += now - ticket.arrival
        escalated = ticket.escalated or ticket.levels > 3  # levels 2 and above
        sla = ticket.sla
        sla_elapsed = (
            self._measure(ticket, ticket.arrival, now) - ticket.paused if resolved or sla is not None else 0.0
        )
        if resolved:
            group.resolved += 1
            group.resolution.add(now - ticket.arrival)
            group.res_sla += sla_elapsed
            # first-contact resolution (model.kpis.KPI_NOTES["fcr_rate"])
            if not (escalated or ticket.reopened or ticket.waited or ticket.roadmap):
                group.fcr += 1
        elif outcome == "abandoned":
            group.abandoned += 1
        elif outcome is None:
            group.stuck += 1
        else:
            group.other_end += 1
        if escalated:
            group.escalated += 1
        if ticket.reopened:
            group.reopened += 1
        if ticket.surveys:
            group.surveyed += ticket.surveys
            group.satisfied += ticket.satisfied
        group.visible += ticket.visible
        group.backstage += ticket.backstage
        if sla is not None:
            if sla.first_response is not None:
                group.fr_targets += 1
                group.fr_breaches += (
                    ticket.fr_breached
                    if ticket.responded_at is not None
                    else sla_elapsed > sla.first_response
                )
            if sla.resolution is not None:  # breached whatever the outcome
                group.res_targets += 1
                group.res_breaches += sla_elapsed > sla.resolution
        if ticket.levels:
            masks = self.level_masks
            masks[ticket.levels] = masks.get(ticket.levels, 0) + 1

    def _open_breaches(self, ticket: Ticket, end: float) -> None:
        """A ticket still open when the run ends counts in the SLA figures once decided: breached
        when its SLA clock has passed a target (or it answered late); answered in time."""
        sla = ticket.sla
        if sla is None or not ticket.counted:
            return
        elapsed = self._measure(ticket, ticket.arrival, end) - ticket.paused
        if ticket.pause_start is not None:  # paused now: the pause so far does not count
            elapsed -= self._measure(ticket, ticket.pause_start, end)
        group = ticket.cell
        if sla.first_response is not None:
            responded = ticket.responded_at is not None
            breached = ticket.fr_breached if responded else elapsed > sla.first_response
            if responded or breached:
                group.fr_targets += 1
                group.fr_breaches += breached
                group.fr_breached_open += breached
        if sla.resolution is not None and elapsed > sla.resolution:
            group.res_targets += 1
            group.res_breaches += 1
            group.res_breached_open += 1

    def _level_counts(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        for mask, n in self.level_masks.items():
            for level in range(10):
                if mask >> level & 1:
                    counts[level] = counts.get(level, 0) + n
        return counts

    def _groups(self) -> tuple[TicketStats, dict[str, dict[str, TicketStats]]]:
        """Overall and per-field-value collectors, summed from the cells."""
        overall = TicketStats()
        dimensions = {f.name: {v: TicketStats() for v in f.values} for f in self.dimension_fields}
        for key, cell in self.cells.items():
            overall.merge(cell)
            for f, value in zip(self.dimension_fields, key):  # the policy index last: not a field
                group = dimensions[f.name].get(value)
                if group is not None:
                    group.merge(cell)
        return overall, dimensions

    def _policy_figures(self) -> dict[str, dict[str, float]]:
        """Per SLA policy (by id, in the model's order): its tickets and SLA breaches, from the
        cells (a cell's key ends with its tickets' policy index)."""
        policies = [TicketStats() for _ in self.model.sla]
        with_policy = len(self.dimension_names) + 1
        for key, cell in self.cells.items():
            if len(key) == with_policy and key[-1] is not None:
                policies[key[-1]].merge(cell)
        return {p.id: policy_kpis(g) for p, g in zip(self.model.sla, policies)}

    # ---------------------------------------------------------------- results
    def _result(self) -> RunResult:
        end = self.end_time
        for stats in self.steps:
            stats.queue_change(end, 0)
        for pool in self.pools:
            pool.finish(end)
        if not self.ran_compiled:  # the compiled loop counted its own open tickets
            for ticket in self.in_flight.values():
                self._open_breaches(ticket, end)
        overall, dimensions = self._groups()
        kpis = overall.kpis(open_at_end=self.open, deflection=self.has_self_service)
        # exact time averages since the warm-up: tickets in the system, and in the queues
        span = end - self.warmup
        in_queue = 0.0
        for stats in self.steps:
            in_queue += stats.queue_area
        open_area = self.open_area + self.open * (end - self.open_last)
        kpis["in_system_mean"] = open_area / span if span > 0 else math.nan
        kpis["in_queue_mean"] = in_queue / span if span > 0 else math.nan
        kpis["cost_total"] = sum(p.cost() for p in self.pools)
        if self.contacts is not None:
            kpis.update(self.contacts.kpis(overall.arrived))
        if self.approvals is not None:
            kpis.update(self.approvals.kpis())
        closed = overall.closed
        contacts = closed + overall.deflected  # tickets that closed, deflected or not
        steps = {n.id: self.steps[n.index].summary(end) for n in self.nodes if n.kind in ("step", "wait")}
        states = {
            n.id: StateFigures(
                visits=float(self.steps[n.index].visits),
                time_total=self.steps[n.index].time_total,
                time_per_ticket=self.steps[n.index].time_total / contacts if contacts else math.nan,
            )
            for n in self.nodes
            if n.kind in ("step", "wait")
        }
        return RunResult(
            seed=self.settings.seed,
            replication=self.replication,
            revision=None,
            end_time=end,
            events=self.events,
            kpis=kpis,
            by_dimension={
                name: {value: g.kpis(deflection=self.has_self_service) for value, g in groups.items()}
                for name, groups in dimensions.items()
            },
            steps=steps,
            pools={p.flow.id: p.summary() for p in self.pools},
            levels={
                str(level): n / closed if closed else math.nan
                for level, n in sorted(self._level_counts().items())
            },
            states=states,
            backlog=self.backlog,
            resolution_histogram=overall.resolution.coarse(),
            edges=dict(sorted(self.edge_counts.items())),  # one order for both loops
            status=self._status(),
            ladder={trigger: LadderFigures(**counts) for trigger, counts in self.ladders.figures().items()}
            if self.ladders is not None
            else {},
            event_loop="compiled" if self.ran_compiled else "python",
            notifications=self.notifications.figures() if self.notifications is not None else {},
            transfers=dict(self.approvals.transfers) if self.approvals is not None else {},
            agents=self.agents.figures() if self.agents is not None else {},
            policies=self._policy_figures(),
        )

    def _status(self) -> dict[str, Any]:
        """Why the run ended: {"status": "complete"}, or "unstable" with the bound passed, the
        node it was passed at and the time, "unfinished" when a ticket-count run ended (at the
        200-year limit, or with no event left) with tickets that never reached an end, or
        "empty" when no ticket arrived after the warm-up."""
        if self.stopped:
            code, node = self.stopped[0]
            return {
                "status": "unstable",
                "reason": STOP_REASONS[code],
                "node": self.nodes[node].id,
                "limit": self.limits[code],
                "time": self.now,
            }
        if self.ticket_limit is not None and self.open:
            return {"status": "unfinished", "open": self.open, "time": self.now}
        if not self.measured:  # `arrived`: none at all (no arrivals) or all in the warm-up
            return {"status": "empty", "warmup": self.warmup, "arrived": self.arrivals}
        return {"status": "complete"}
