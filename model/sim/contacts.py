"""Follow-up contacts and merges in the Python event loop: a customer writes again about a ticket
still open (an intake's `FlowFollowUps`); the follow-up enters the flow as a ticket of its own,
is recognised at a step with a merge rule (`FlowMerge`: merged into the open ticket, at the cost of
a detection time) or goes on as a duplicate ticket, worked, then merged when it closes.

It owns the follow-ups' events, their random streams and their counts; it changes the engine's
state only through the engine's own methods. The compiled loop repeats it operation for operation
(`_core.c`, section "follow-up contacts"), with the same streams (compiled_records.Records.follow_ups).
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from blueprint_studio.model.flow import FlowModel, FlowNode
from blueprint_studio.model.sim.distributions import Sampler, sampler, stream
from blueprint_studio.model.sim.engine_state import Ticket
from blueprint_studio.model.sim.layout_spec import EV_CONTACT

if TYPE_CHECKING:
    from blueprint_studio.model.sim.engine import Engine
    from blueprint_studio.model.sim.engine_state import PoolState

# A follow-up contact falls due: (time, seq, EV_CONTACT, the customer's open ticket, the intake
# whose follow-up settings apply); the compiled loop's "follow-up contacts" section repeats this.
MERGED = "merged"  # the outcome of a follow-up recognised and merged at triage


def has_contacts(model: FlowModel) -> bool:
    """Whether any intake of the model makes follow-up contacts."""
    return any(n.follow_ups is not None for n in model.nodes)


class Contacts:
    """The follow-up contacts of one run: schedules them, makes them tickets, decides the merges
    and counts: follow-ups made, merged at triage, duplicates worked then merged, and agent
    minutes on each (after the warm-up)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        seed, replication = engine.settings.seed, engine.replication
        self.draw: dict[int, Sampler] = {}
        self.after: dict[int, Sampler] = {}
        self.detect: dict[int, Sampler] = {}
        # the streams, by node, which the compiled loop continues (compiled_records.Records)
        self.streams: dict[tuple[str, int], random.Random] = {}
        for node in engine.model.nodes:  # one stream per source, as for every other draw
            if node.follow_ups is not None:
                draws = stream(seed, replication, f"follow-up/{node.id}")
                after = stream(seed, replication, f"follow-up-after/{node.id}")
                self.streams["follow", node.index] = draws
                self.streams["after", node.index] = after
                self.draw[node.index] = draws.random
                self.after[node.index] = sampler(node.follow_ups.after, after)
            if node.merge is not None:
                detect = self.streams["merge", node.index] = stream(seed, replication, f"merge/{node.id}")
                self.detect[node.index] = detect.random
        self.follow_ups = self.merged = self.duplicates = 0
        self.duplicate_minutes = self.merge_minutes = 0.0

    # ------------------------------------------------------------ follow-ups
    def opened(self, ticket: Ticket, intake: int) -> None:
        """A ticket opened at `intake`: its customer may write again while it is open."""
        if intake in self.draw:
            self._schedule(ticket, intake)

    def _schedule(self, parent: Ticket, intake: int) -> None:
        follow = self.engine.nodes[intake].follow_ups
        assert follow is not None  # only intakes with follow-ups have a stream
        if self.draw[intake]() < follow.share:
            engine = self.engine
            engine.push(engine.now + self.after[intake](), EV_CONTACT, parent, intake)

    def on_event(self, parent: Ticket, intake: int) -> None:
        """A follow-up falls due: made when its ticket is still open, as a ticket of its own at the
        follow-up's intake, with the open ticket's fields and the intake's own."""
        if parent.closed:
            return
        engine = self.engine
        now = engine.now
        follow = engine.nodes[intake].follow_ups
        assert follow is not None
        via = follow.via
        fields = dict(parent.fields)
        fields.update(responded=False, satisfied=False)
        fields.update(engine.intake_set_fields[via])
        # not counted in the tickets' figures: a follow-up is a contact, not a ticket
        ticket = Ticket(engine.next_ticket_id, fields, now, False, parent.cell)
        ticket.follow_up = parent.id
        ticket.duplicate = True  # until recognised at triage
        ticket.sla, ticket.clock = parent.sla, parent.clock  # the queues' deadline order
        engine.open_ticket(ticket, via)
        if now >= engine.warmup:
            self.follow_ups += 1
        if engine.log is not None:
            engine.log.record(ticket, engine.nodes[via], None, None, now, now, now, "arrived")
        self._schedule(parent, intake)  # the customer may write yet again
        engine.enter(ticket, via)

    # ------------------------------------------------------------ merges
    def service_time(self, ticket: Ticket, node: FlowNode) -> float:
        """At the start of a piece of work on a follow-up: at a step with a merge rule, whether
        it is recognised; if so the detection time it adds, else nothing."""
        merge = node.merge
        if merge is None or ticket.merging:
            return 0.0
        if self.detect[node.index]() < merge.detect:
            ticket.merging = True
            ticket.duplicate = False
            return merge.detection_time
        return 0.0

    def after_service(self, ticket: Ticket, pool: PoolState | None, minutes: float) -> bool:
        """The end of a piece of work on a follow-up: its agent time counted, and True when it
        was recognised: it is then merged into its open ticket and closes."""
        engine = self.engine
        counted = ticket.arrival >= engine.warmup
        if pool is not None and counted:
            if ticket.merging:
                self.merge_minutes += minutes
            else:
                self.duplicate_minutes += minutes
        if not ticket.merging:
            return False
        engine.close(ticket, MERGED)
        if pool is not None and pool.queued and pool.busy < pool.on_duty:
            pool.dispatch(engine)
        return True

    def closed(self, ticket: Ticket) -> str:
        """A follow-up reaches an end: merged into its ticket, at triage or, a duplicate worked
        as a ticket of its own, now that it is done. The outcome it closes with."""
        if ticket.arrival >= self.engine.warmup:
            if ticket.duplicate:
                self.duplicates += 1
            else:
                self.merged += 1
        return MERGED

    # ------------------------------------------------------------ figures
    def kpis(self, tickets: int) -> dict[str, float]:
        """The contact figures (model.kpis.KPI_TEXTS) for `tickets` first contacts."""
        nan = float("nan")
        opened = tickets + self.duplicates
        return {
            "contacts_per_ticket": (tickets + self.follow_ups) / tickets if tickets else nan,
            "follow_ups": float(self.follow_ups),
            "merged_at_triage": float(self.merged),
            "duplicates_merged": float(self.duplicates),
            "duplicate_rate": self.duplicates / opened if opened else nan,
            "duplicate_minutes": self.duplicate_minutes,
            "merge_minutes": self.merge_minutes,
        }
