"""The Python event loop's end of a ticket and of a run: closing a ticket (its figures counted in
its cell), the SLA figures of tickets still open at the end, the bound that stops a run, and the
run's result (RunResult) with its status. Part of `Engine` (engine.py); handles no event itself.
"""

from __future__ import annotations

import math
from typing import Any

from blueprint_studio.model.sim.agents import Agents
from blueprint_studio.model.sim.approvals import Approvals
from blueprint_studio.model.sim.contacts import Contacts
from blueprint_studio.model.sim.engine_state import STOP_REASONS, EngineState, Ticket
from blueprint_studio.model.sim.ladder import Ladders
from blueprint_studio.model.sim.notify import Notifications
from blueprint_studio.model.sim.results import (
    OUTCOMES_RESOLVED,
    LadderFigures,
    RunResult,
    StateFigures,
    TicketStats,
    policy_kpis,
)


class EngineResults(EngineState):
    """Closing tickets and the run's result, for `Engine`."""

    # set by Engine.__init__ (engine.py): the helpers of the features a model uses, or None
    ran_compiled: bool
    ladders: Ladders | None
    notifications: Notifications | None
    contacts: Contacts | None
    approvals: Approvals | None
    agents: Agents | None

    def _halt(self, code: int, node: int) -> None:
        """A bound is passed: the first one is the run's reason to stop."""
        if not self.stopped:
            self.stopped.append((code, node))

    def _measure(self, ticket: Ticket, start: float, end: float) -> float:
        clock = ticket.clock
        return end - start if clock is None else clock.between(start, end)

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
            approvals=self.approvals.per_edge() if self.approvals is not None else {},
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
