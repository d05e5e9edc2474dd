"""The Python event loop's steps, agents and waits: a ticket reaching a step (served at once,
queued, or done by the system or the customer), its service and its end, time limits, the moves
the escalation ladder, approvals and contacts ask for (ladder.py, approvals.py, contacts.py), and
waiting for the customer (answer, timeout, patience). Part of `Engine` (engine.py).
"""

from __future__ import annotations

from heapq import heappush
from typing import TYPE_CHECKING, Any

from blueprint_studio.model.flow import FlowAction, FlowNode, Transition
from blueprint_studio.model.sim.engine_results import EngineResults
from blueprint_studio.model.sim.engine_state import (
    BACKSTAGE_LANES,
    RELEASE,
    SERVICE_END,
    STOP_QUEUE,
    TIME_LIMIT,
    TIMEOUT,
    VISIBLE_LANES,
    PoolState,
    Ticket,
)
from blueprint_studio.model.sim.layout_spec import NO_INDEX, PH_IN_SERVICE, PH_MOVING, PH_QUEUED, PH_WAITING


class EngineService(EngineResults):
    """Steps, agents and waits, for `Engine`."""

    if TYPE_CHECKING:  # moving between nodes, in engine.py

        def _route(self, ticket: Ticket, index: int) -> None: ...

        def _arrive(self, ticket: Ticket, index: int) -> bool: ...

        def _apply(self, ticket: Ticket, actions: tuple[FlowAction, ...]) -> None: ...

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

    def _unqueue(self, ticket: Ticket, node: FlowNode, status: str) -> None:
        """A queued ticket leaves its queue now without service (escalated, or abandoned): its
        wait counts in the step's and its group's queue waits all the same; its queue entry goes
        stale; its row is logged as `status`."""
        now = self.now
        stats = self.steps[node.index]
        pool = self.pools[ticket.pool]
        pool.queued -= 1
        stats.queue_change(now, -1)
        wait = now - ticket.enabled
        stats.wait.add(wait)
        if ticket.counted:
            ticket.cell.queue_wait.add(wait)
        ticket.visit += 1
        self._leave_timed_node(ticket, node)
        if self.log is not None:
            self.log.record(ticket, node, pool.flow.id, None, ticket.enabled, None, now, status)

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
        self.steps[node.index].escalations += 1
        self._unqueue(ticket, node, "escalated")

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
        self._unqueue(ticket, self.nodes[ticket.node], "abandoned")
        self._close(ticket, "abandoned", logged=True)
