"""The SLA escalation ladder in the Python event loop: a warning at x % of a target, then at the
breach a role notified (counted), the priority raised, the ticket re-assigned to another pool or
step, for tickets queued at once and for tickets in service after their current piece of work or
interrupting it. Ladders belong to SLA policies (`FlowSla.ladder`, on the policy's SLA clock) and
to steps' time limits (`FlowNode.ladder`, wall-clock minutes from entering the step).

It owns the ladder's events and its counts; it changes the engine's state only through the
engine's own methods and the pools' queues. The compiled loop (_core.c, "escalation ladders")
repeats it operation for operation; both push the same events in the same order.
"""

from __future__ import annotations

from dataclasses import fields
from heapq import heapify
from typing import TYPE_CHECKING

from blueprint_studio.model.flow import FlowLadder, FlowModel, FlowNode
from blueprint_studio.model.sim.layout_spec import (
    EV_LADDER,
    NO_INDEX,
    PH_IN_SERVICE,
    PH_QUEUED,
    PH_WAITING,
    RUNG_BREACH,
    RUNG_WARN,
)
from blueprint_studio.model.sim.results import LadderFigures

if TYPE_CHECKING:
    from blueprint_studio.model.sim.engine import Engine
    from blueprint_studio.model.sim.engine_state import PoolState, Ticket

# The ladder's events are layout_spec.EV_LADDER (Engine._loop hands them to `Ladders.on_event`),
# with (rung, NO_INDEX) for an SLA policy's warning or breach, (rung, visit) for a step's warning.
WARN, BREACH = RUNG_WARN, RUNG_BREACH
# What is counted per trigger (an SLA policy's or a step's id), in the order of results.LadderFigures
COUNTS = tuple(f.name for f in fields(LadderFigures))
_WARNINGS, _BREACHES, _NOTIFIED, _RAISED, _REASSIGNED, _INTERRUPTED = range(len(COUNTS))
_EPSILON = 1e-9  # minutes: a clock this close to its goal has reached it (rounding of the bisection)


def has_ladder(model: FlowModel) -> bool:
    """Whether any SLA policy or step time limit of the model has a ladder."""
    return any(p.ladder is not None for p in model.sla) or any(n.ladder is not None for n in model.nodes)


class Ladders:
    """The ladders of one run: schedules their events, handles them and counts per trigger."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.counts: dict[str, list[int]] = {}
        for policy in engine.model.sla:
            if policy.ladder is not None:
                self.counts[policy.id] = [0] * len(COUNTS)
        for node in engine.model.nodes:
            if node.ladder is not None:
                self.counts[node.id] = [0] * len(COUNTS)

    # ------------------------------------------------------------ SLA policies
    def start(self, ticket: Ticket) -> None:
        """A ticket arrives under a policy with a ladder: its first rung is scheduled."""
        policy = ticket.sla
        assert policy is not None and policy.ladder is not None
        target = self._target(ticket)
        if target is None:
            return
        ladder = policy.ladder
        rung = WARN if ladder.warn_at is not None else BREACH
        goal = target * ladder.warn_at if ladder.warn_at is not None else target
        self.engine.push(self._wall(ticket, ticket.arrival, goal), EV_LADDER, ticket, (rung, NO_INDEX))

    def _target(self, ticket: Ticket) -> float | None:
        policy = ticket.sla
        assert policy is not None and policy.ladder is not None
        return policy.first_response if policy.ladder.clock == "first_response" else policy.resolution

    def _wall(self, ticket: Ticket, start: float, business: float) -> float:
        """The time at which `business` minutes of the ticket's SLA clock have passed since `start`."""
        clock = ticket.clock
        return start + business if clock is None else clock.reached(start, business)

    def _elapsed(self, ticket: Ticket, now: float) -> float:
        """SLA minutes on the ticket's clock now: business minutes when counted so, pauses off."""
        measure = self.engine.measure
        elapsed = measure(ticket, ticket.arrival, now) - ticket.paused
        if ticket.pause_start is not None:
            elapsed -= measure(ticket, ticket.pause_start, now)
        return elapsed

    def on_event(self, ticket: Ticket, payload: tuple[int, int]) -> None:
        rung, visit = payload
        if ticket.closed:
            return
        if visit != NO_INDEX:  # a step's time limit
            self._step_warning(ticket, visit)
            return
        policy = ticket.sla
        assert policy is not None and policy.ladder is not None
        ladder = policy.ladder
        if ladder.clock == "first_response" and ticket.responded_at is not None:
            return  # the clock it watches has stopped
        target = self._target(ticket)
        assert target is not None
        goal = target * ladder.warn_at if rung == WARN and ladder.warn_at is not None else target
        now = self.engine.now
        elapsed = self._elapsed(ticket, now)
        if elapsed < goal - _EPSILON:  # paused on the way: not there yet
            self.engine.push(self._wall(ticket, now, goal - elapsed), EV_LADDER, ticket, payload)
            return
        if rung == WARN:
            self._count(ticket, ladder, _WARNINGS)
            self.engine.push(self._wall(ticket, now, target - elapsed), EV_LADDER, ticket, (BREACH, NO_INDEX))
            return
        self.breach(ticket, ladder, self.engine.nodes[ticket.node] if ticket.node >= 0 else None)

    # ------------------------------------------------------------ steps' time limits
    def enter_step(self, ticket: Ticket, node: FlowNode) -> None:
        """A ticket enters a step whose time limit has a ladder with a warning."""
        ladder = node.ladder
        assert ladder is not None and node.time_limit is not None
        if ladder.warn_at is not None:
            when = self.engine.now + node.time_limit * ladder.warn_at
            self.engine.push(when, EV_LADDER, ticket, (WARN, ticket.visit))

    def _step_warning(self, ticket: Ticket, visit: int) -> None:
        if ticket.visit != visit:
            return  # it has left the step
        ladder = self.engine.nodes[ticket.node].ladder
        assert ladder is not None
        self._count(ticket, ladder, _WARNINGS)

    def step_breach(self, ticket: Ticket, node: FlowNode) -> bool:
        """A ticket reaches its step's time limit: count, notify, raise its priority; a ticket in
        service goes to the step's escalation target as the ladder says. True when it left the
        step (a queued one is left to the time limit's own escalation)."""
        ladder = node.ladder
        assert ladder is not None
        self._count(ticket, ladder, _BREACHES)
        self._notify_and_raise(ticket, ladder)
        if ticket.phase == PH_QUEUED or node.escalate_to is None:
            return False
        return self._reassign(ticket, ladder, node, node.escalate_to, None)

    # ------------------------------------------------------------ the breach
    def breach(self, ticket: Ticket, ladder: FlowLadder, node: FlowNode | None) -> None:
        """An SLA policy's target passes: count, notify, raise the priority and re-assign."""
        self._count(ticket, ladder, _BREACHES)
        self._notify_and_raise(ticket, ladder)
        step, pool = ladder.reassign_step, ladder.reassign_pool
        if node is not None and (step is not None or pool is not None):
            self._reassign(ticket, ladder, node, step, pool)

    def _reassign(
        self, ticket: Ticket, ladder: FlowLadder, node: FlowNode, step: int | None, pool: int | None
    ) -> bool:
        """Send the ticket to `step` (or to `pool`'s queue at the same step): a queued ticket at
        once, one in service or waiting for the customer as `in_service` says. True when it left
        the node it was in. A ticket already at that step, or with that pool, stays as it is."""
        if (step is not None and step == node.index) or (step is None and pool == ticket.pool):
            return False
        phase = ticket.phase
        if phase == PH_QUEUED:
            self._count(ticket, ladder, _REASSIGNED)
            ticket.escalated = True
            if step is not None:
                self.engine.leave_queue(ticket, node)
                self.engine.enter(ticket, step)
                return True
            assert pool is not None
            self._requeue(ticket, self.engine.pools[ticket.pool], self.engine.pools[pool])
            return False
        if phase not in (PH_IN_SERVICE, PH_WAITING) or ladder.in_service == "stay":
            return False
        self._count(ticket, ladder, _REASSIGNED)
        ticket.escalated = True
        # a pool can only take over from an agent: a ticket in a wait or a step done by the
        # system or the customer gets it for its next step done by an agent
        if ladder.in_service == "after" or (step is None and (phase != PH_IN_SERVICE or ticket.pool < 0)):
            if step is not None:
                ticket.divert = step  # Engine._route sends it there instead of on
            else:
                ticket.pool_override = pool  # the next step done by an agent
            return False
        self._count(ticket, ladder, _INTERRUPTED)
        if step is None:
            ticket.pool_override = pool
            step = node.index  # queues again at the same step, for the other pool
        self.engine.interrupt(ticket, node, step)
        return True

    def _notify_and_raise(self, ticket: Ticket, ladder: FlowLadder) -> None:
        if ladder.notify:
            self._count(ticket, ladder, _NOTIFIED)
        field = ladder.priority_field
        if field is None:
            return
        ranks = ladder.priority_rank
        current = ticket.fields.get(field)
        value = ladder.priority_value
        if value not in ranks or (current in ranks and ranks.index(current) <= ranks.index(value)):
            return  # already as high or higher
        ticket.fields[field] = value
        self._count(ticket, ladder, _RAISED)
        if ticket.phase == PH_QUEUED:
            pool = self.engine.pools[ticket.pool]
            if pool.discipline == "priority" and pool.flow.priority_field == field:
                self._requeue(ticket, pool, pool)

    def _requeue(self, ticket: Ticket, old: PoolState, new: PoolState) -> None:
        """Take the ticket's live entry out of `old`'s queue and queue it in `new` with its fields
        as they are now (same step, same visit: its time limit still holds)."""
        index = _unqueue(old, ticket)
        ticket.pool = new.flow.index
        new.enqueue(self.engine, ticket, index)
        if new.busy < new.on_duty:
            new.dispatch(self.engine)

    def _count(self, ticket: Ticket, ladder: FlowLadder, what: int) -> None:
        if ticket.counted:
            self.counts[ladder.trigger][what] += 1

    def figures(self) -> dict[str, dict[str, float]]:
        return {trigger: dict(zip(COUNTS, map(float, row))) for trigger, row in self.counts.items()}


def _unqueue(pool: PoolState, ticket: Ticket) -> int:
    """Remove the ticket's live entry from the pool's queue; the step it queued for."""
    if pool.individual:  # agents as individuals keep their own queue (model/sim/agents.py)
        return pool.unqueue(ticket)  # type: ignore[attr-defined]
    if pool.discipline == "fifo":
        for k, entry in enumerate(pool.fifo):
            if entry[0] is ticket and entry[1] == ticket.visit:
                del pool.fifo[k]
                pool.queued -= 1
                return entry[2]
    else:
        for k, item in enumerate(pool.heap):
            if item[2] is ticket and item[3] == ticket.visit:
                pool.heap[k] = pool.heap[-1]
                pool.heap.pop()
                heapify(pool.heap)
                pool.queued -= 1
                return item[4]
    raise AssertionError("a queued ticket is in its pool's queue")
