"""The engine's event loop with its hot handlers written out in one place.

`Engine._loop` dispatches every event to a method, and a ticket's service end goes through a
dozen small calls (route, arrive, serve, take and release an agent, queue counters, histogram).
Here the common paths (an arrival, a service end, entering a step, a FIFO queue, a survey, a close)
are written inline over the same state objects, and everything rarer (waits, time limits,
abandonment, shifts, priority queues, least-loaded assignment, after-actions) is handed to the
engine's own methods, so that the two loops can be mixed ticket by ticket.

The arithmetic is the engine's, operation for operation, and events are pushed in the same order
with the same sequence numbers: a run gives bit-identical results with either loop
(tests/model/test_sim_fastloop.py). The event log is written by the engine's loop only.
"""
from __future__ import annotations

from heapq import heappop, heappush
from math import log
from typing import TYPE_CHECKING, Any

from model.flow import Transition
from model.sim.engine_state import ARRIVAL, PATIENCE, SAMPLE, SERVICE_END, SHIFT, TIME_LIMIT, Ticket
from model.sim.results import OUTCOMES_RESOLVED, TicketStats
from model.sim.stats import _BINS, _INV_LOG_RATIO, _INV_MIN, _MIN

if TYPE_CHECKING:
    from model.sim.engine import Engine

# node kinds, as in model.sim.engine
STEP, DECISION, WAIT, SATISFACTION, ROADMAP, END, INTAKE = range(7)
_VISIBLE, _BACKSTAGE = 1, 2
_LANE_CODES = {"customer": _VISIBLE, "frontstage": _VISIBLE, "backstage": _BACKSTAGE, "support": _BACKSTAGE}


def run_fast(engine: Engine, progress_every: int) -> None:
    """Run `engine` to its end, as `Engine._loop` would."""
    from model.sim.engine import Cancelled

    heap, seq, horizon = engine.heap, engine.seq, engine.horizon
    nodes, kinds, pools, steps = engine.nodes, engine.kinds, engine.pools, engine.steps
    durations, rules, choosers, choice_rng = engine.durations, engine.rules, engine.choosers, engine.choice_rng
    edge_counts, cells, dimension_names = engine.edge_counts, engine.cells, engine.dimension_names
    level_masks, warmup, limit = engine.level_masks, engine.warmup, engine.ticket_limit
    has_sla, sla_for, clocks = engine.has_sla, engine.model.sla_for, engine.clocks
    intake_state, draw_fields, apply_actions = engine.intake_state, engine._draw_fields, engine._apply
    first_response, start_wait = engine._first_response, engine._start_wait
    handlers = (engine._on_arrival, engine._on_service_end, engine._on_release, engine._on_time_limit,
                engine._on_timeout, engine._on_patience, engine._on_shift, engine._on_sample,
                engine._on_warmup)
    # Per step: pool, level bit (0: none), pauses the SLA, time limit, lane code, first response,
    # after-actions. Per pool: True when its queue is FIFO and agents are taken in turn.
    step_facts: list[Any] = [None] * len(nodes)
    for n in nodes:
        if n.kind == "step":
            step_facts[n.index] = (n.pool, 0 if n.level is None else 1 << n.level, n.pauses_sla,
                                   n.time_limit, _LANE_CODES.get(n.lane_kind or "", 0),
                                   n.pauses_sla or n.lane_kind is not None, n.first_response, n.actions)
    plain_pool = [p.discipline == "fifo" and not p.least_loaded for p in pools]
    # Poisson intakes without a weekly schedule: the next arrival is one draw away.
    plain_intake = {i: s[4] is None and s[6] is None and s[3] > 0 for i, s in intake_state.items()}

    def serve(ticket: Ticket, index: int, pool: Any, now: float) -> None:
        ticket.state = 2
        ticket.started = now
        if plain_pool[ticket.pool]:
            span = now - pool.last
            if span:
                pool.busy_area += pool.busy * span
                pool.duty_area += pool.on_duty * span
                pool.last = now
            pool.busy += 1
            ticket.agent = heappop(pool.free)
        else:
            ticket.agent = pool.take_agent(now)
        duration = durations[index]
        step_rules = rules[index]
        if step_rules:
            fields = ticket.fields
            for predicate, rule_sampler in step_rules:
                if predicate(fields):
                    duration = rule_sampler
                    break
        heappush(heap, (now + duration(), next(seq), SERVICE_END, ticket, ticket.visit))

    def dispatch(pool: Any, now: float) -> None:
        """Queued tickets reach the agents who are free (Engine: PoolState.dispatch)."""
        fifo = pool.fifo
        while pool.queued and pool.busy < pool.on_duty:
            while fifo:
                ticket, visit, index = fifo.popleft()
                if ticket.visit == visit:
                    break
            else:
                pool.queued = 0
                return
            pool.queued -= 1
            stats = steps[index]
            stats.queue_area += stats.queue * (now - stats.queue_last)
            stats.queue_last = now
            stats.queue -= 1
            wait = now - ticket.enabled
            histogram = stats.wait
            histogram.count += 1
            histogram.total += wait
            if wait > histogram.maximum:
                histogram.maximum = wait
            k = 0 if wait <= _MIN else min(_BINS, 1 + int(log(wait * _INV_MIN) * _INV_LOG_RATIO))
            bins = histogram.bins
            bins[k] = bins.get(k, 0) + 1
            if wait > 0:
                stats.waited += 1
            serve(ticket, index, pool, now)

    def close(ticket: Ticket, outcome: str | None, now: float) -> None:
        """Engine._close without an event log."""
        ticket.closed = True
        engine.open -= 1
        if not ticket.counted:
            return
        group = ticket.cell
        group.closed += 1
        resolved = outcome in OUTCOMES_RESOLVED
        escalated = ticket.escalated or ticket.levels > 3
        if resolved:
            group.resolved += 1
            elapsed = now - ticket.arrival
            histogram = group.resolution
            histogram.count += 1
            histogram.total += elapsed
            if elapsed > histogram.maximum:
                histogram.maximum = elapsed
            k = 0 if elapsed <= _MIN else min(_BINS, 1 + int(log(elapsed * _INV_MIN) * _INV_LOG_RATIO))
            bins = histogram.bins
            bins[k] = bins.get(k, 0) + 1
            if not (escalated or ticket.reopened or ticket.waited):
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
        sla = ticket.sla
        if sla is not None:
            clock = ticket.clock
            sla_elapsed = (now - ticket.arrival if clock is None else clock.between(ticket.arrival, now)) \
                - ticket.paused
            if sla.first_response is not None:
                group.fr_targets += 1
                group.fr_breaches += ticket.fr_breached if ticket.responded_at is not None \
                    else sla_elapsed > sla.first_response
            if sla.resolution is not None and resolved:
                group.res_targets += 1
                group.res_breaches += sla_elapsed > sla.resolution
        if ticket.levels:
            level_masks[ticket.levels] = level_masks.get(ticket.levels, 0) + 1

    def route(ticket: Ticket, index: int, now: float) -> None:
        """Leave node `index` and move on until the ticket must wait or closes (Engine._route)."""
        while True:
            transition = choosers[index]
            if transition.__class__ is not Transition and transition is not None:
                transition = transition(ticket.fields)
            if transition is None:
                close(ticket, None, now)
                return
            if transition.actions:
                apply_actions(ticket, transition.actions)
            if ticket.counted:
                edge_counts[transition.edge_id] = edge_counts.get(transition.edge_id, 0) + 1
            index = transition.target
            ticket.visit += 1
            ticket.node = index
            kind = kinds[index]
            if kind == STEP:
                pool_index, level_bit, pauses, time_limit = step_facts[index][:4]
                if ticket.pool_override is not None:
                    pool_index, ticket.pool_override = ticket.pool_override, None
                ticket.pool = pool_index
                pool = pools[pool_index]
                ticket.enabled = now
                stats = steps[index]
                stats.visits += 1
                if level_bit:
                    ticket.levels |= level_bit
                if pauses:
                    ticket.pause_start = now
                if time_limit is not None:
                    heappush(heap, (now + time_limit, next(seq), TIME_LIMIT, ticket, ticket.visit))
                if pool.busy < pool.on_duty and not pool.queued:
                    histogram = stats.wait       # a zero wait: the total and maximum stay as they are
                    histogram.count += 1
                    bins = histogram.bins
                    bins[0] = bins.get(0, 0) + 1
                    serve(ticket, index, pool, now)
                else:
                    if plain_pool[pool_index]:
                        ticket.state = 1
                        pool.queued += 1
                        pool.fifo.append((ticket, ticket.visit, index))
                    else:
                        pool.enqueue(engine, ticket, index)
                    stats.queue_area += stats.queue * (now - stats.queue_last)
                    stats.queue_last = now
                    stats.queue += 1
                    if stats.queue > stats.queue_max:
                        stats.queue_max = stats.queue
                return
            if kind == END:
                close(ticket, nodes[index].outcome, now)
                return
            if kind == WAIT:
                start_wait(ticket, index)
                return
            if kind == SATISFACTION:
                node = nodes[index]
                fields = ticket.fields
                if node.satisfied_when is not None:
                    satisfied = bool(node.satisfied_when(fields))
                else:
                    satisfied = choice_rng[index]() < node.p_satisfied
                fields["satisfied"] = satisfied
                ticket.surveys += 1
                ticket.satisfied += satisfied
                if not satisfied:
                    ticket.reopened = True
            elif kind == ROADMAP and ticket.counted:
                ticket.cell.roadmap += 1

    events = 0
    progress, cancel = engine.progress, engine.cancel
    mask = progress_every - 1
    while heap:
        time, _, kind, a, b = heappop(heap)
        if time > horizon:
            break
        if kind >= SHIFT and limit is not None and engine.arrivals >= limit and engine.open == 0:
            break        # a ticket-count run is over once the last ticket has closed
        engine.now = time
        if kind == SERVICE_END:
            ticket = a
            index = ticket.node
            pool_index = ticket.pool
            pool = pools[pool_index]
            agent, started = ticket.agent, ticket.started
            if plain_pool[pool_index]:
                span = time - pool.last
                if span:
                    pool.busy_area += pool.busy * span
                    pool.duty_area += pool.on_duty * span
                    pool.last = time
                pool.busy -= 1
                pool.busy_time[agent] += time - started
                heappush(pool.free, agent)
            else:
                pool.release_agent(agent, time, started)
            stats = steps[index]
            stats.service_total += time - started
            ticket.state = 0
            ticket.served += 1
            _, _, pauses, _, lane, timed, responds, actions = step_facts[index]
            spent = time - ticket.enabled
            stats.time_total += spent
            if timed:
                if lane == _VISIBLE:
                    ticket.visible += spent
                elif lane == _BACKSTAGE:
                    ticket.backstage += spent
                if pauses and ticket.pause_start is not None:
                    ticket.paused += engine._measure(ticket, ticket.pause_start, time)
                    ticket.pause_start = None
            if responds:
                first_response(ticket)
            if actions:
                apply_actions(ticket, actions)
            route(ticket, index, time)
            if pool.queued and pool.busy < pool.on_duty:
                if plain_pool[pool_index]:
                    dispatch(pool, time)
                else:
                    pool.dispatch(engine)
        elif kind == ARRIVAL:
            arrivals = engine.arrivals
            if limit is None or arrivals < limit:
                arrivals = engine.arrivals = arrivals + 1
                state = intake_state[a]
                if limit is None or arrivals < limit:
                    if plain_intake[a]:
                        heappush(heap, (time - log(1.0 - state[0]()) / state[3], next(seq), ARRIVAL, a, None))
                    else:
                        engine._schedule_arrival(a, time)
                ticket = Ticket(engine.next_ticket_id, draw_fields(a), time, time >= warmup)
                engine.next_ticket_id += 1
                engine.open += 1
                fields = ticket.fields
                if has_sla:
                    policy = sla_for(fields)
                    if policy is not None:
                        ticket.sla = policy
                        if policy.business_hours and policy.calendar_pool is not None:
                            ticket.clock = clocks[policy.calendar_pool]
                key = tuple(map(fields.get, dimension_names))
                cell = cells.get(key)
                if cell is None:
                    cell = cells[key] = TicketStats()
                ticket.cell = cell
                if ticket.counted:
                    cell.arrived += 1
                if state[5] is not None:
                    engine.push(time + state[5](), PATIENCE, ticket)
                route(ticket, a, time)
        elif kind == SAMPLE:
            engine.backlog.append((time, engine.open))
            heappush(heap, (time + a, next(seq), SAMPLE, a, None))
        else:
            handlers[kind](a, b)
        events += 1
        if not events & mask:
            if cancel is not None and cancel():
                raise Cancelled()
            if progress is not None:
                progress(engine._fraction())
    engine.events = events
    engine.end_time = horizon if engine.settings.horizon_minutes is not None else engine.now
