"""Transfers and approvals in the Python event loop: a transition that needs an approval (as in
Zoho Blueprint) holds the ticket, with no agent of the flow, for the approval's drawn time; the
answer is drawn (a share is rejected): granted, the ticket takes the edge (its actions, its count)
as it would have; rejected, it enters the approval's rejection path, by default back to the edge's
source (the step is done again). A re-assignment with a reason is a transfer, counted per reason.

It owns the approvals' events, their random streams, their counts and their event-log rows (a
request, then the answer, each with the approving role as the resource); it changes the engine's
state only through the engine's own methods. The compiled loop does the same (_core.c: ask_approval,
approval_answer, A_TRANSFER) and hands its counts back here (compiled_loop._write_back).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from blueprint_studio.model.flow import FlowModel, Transition
from blueprint_studio.model.sim.distributions import Sampler, sampler, stream
from blueprint_studio.model.sim.engine_state import Ticket
from blueprint_studio.model.sim.layout_spec import EV_APPROVAL

if TYPE_CHECKING:
    from blueprint_studio.model.sim.engine import Engine

# An approval's answer falls due: (time, seq, EV_APPROVAL, ticket, (transition, visit, asked))

# The event log's statuses of an approval (EventSink.record): asked, then granted or rejected;
# the compiled loop writes the same rows (layout_spec.LOG_APPROVAL_*, in this order)
APPROVAL_STATUSES = ("approval_requested", "approval_granted", "approval_rejected")


@dataclass(frozen=True, slots=True)
class ApprovalActivity:
    """What the event log is told as the `node` of an approval's rows: the link (its id), an
    activity named after the role ("approval: Team lead"), the lane of the link's source, and
    the role, which the logs write as the resource (export/eventlog.py)."""

    id: str
    title: str
    lane: str | None
    role: str
    kind: str = "approval"


def approval_activities(model: FlowModel) -> dict[str, ApprovalActivity]:
    """Each approval's activity for the event log, by edge id."""
    activities: dict[str, ApprovalActivity] = {}
    for node in model.nodes:
        for transition in node.transitions:
            approval = transition.approval
            if approval is not None:
                role = approval.role.strip()
                title = f"approval: {role}" if role else "approval"
                activities[transition.edge_id] = ApprovalActivity(transition.edge_id, title, node.lane, role)
    return activities


def _transitions(model: FlowModel) -> list[Transition]:
    return [t for n in model.nodes for t in n.transitions]


def has_approvals(model: FlowModel) -> bool:
    """Whether the model has an approval on an edge or a re-assignment with a reason."""
    for transition in _transitions(model):
        if transition.approval is not None or any(a.reason for a in transition.actions):
            return True
    return any(a.reason for n in model.nodes for a in n.actions)


def transfer_reasons(model: FlowModel) -> list[str]:
    """The reasons of the model's re-assignments, each once, in the order of the flow."""
    actions = [a for n in model.nodes for a in n.actions]
    actions += [a for t in _transitions(model) for a in t.actions]
    return list(dict.fromkeys(a.reason for a in actions if a.kind == "reassign" and a.reason))


class Approvals:
    """The approvals and transfers of one run: holds tickets for their approval, draws the
    answers and counts (after the warm-up): approvals asked, granted, rejected, minutes waited
    for them, per edge; transfers per reason."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        seed, replication = engine.settings.seed, engine.replication
        self.time: dict[str, Sampler] = {}
        self.answer: dict[str, Sampler] = {}
        # the Random objects, for the compiled loop to take over (compiled_records.Records.approval)
        self.streams: dict[tuple[str, str], random.Random] = {}
        self.edges: dict[str, list[float]] = {}  # edge id -> [asked, granted, rejected, minutes]
        for transition in _transitions(engine.model):
            approval, edge = transition.approval, transition.edge_id
            if approval is not None:  # one stream per source, as for every other draw
                timing = self.streams["time", edge] = stream(seed, replication, f"approval-time/{edge}")
                answer = self.streams["answer", edge] = stream(seed, replication, f"approval/{edge}")
                self.time[edge] = sampler(approval.time, timing)
                self.answer[edge] = answer.random
                self.edges[edge] = [0.0, 0.0, 0.0, 0.0]
        self.transfers: dict[str, float] = dict.fromkeys(transfer_reasons(engine.model), 0.0)
        self.activities = approval_activities(engine.model)

    def _log(self, ticket: Ticket, edge: str, asked: float, status: int) -> None:
        """An approval's row in the event log: its request (at the time asked) or its answer."""
        log, now = self.engine.log, self.engine.now
        if log is not None:
            log.record(ticket, self.activities[edge], None, None, asked, None, now, APPROVAL_STATUSES[status])  # type: ignore[arg-type]  # an approval, not a node

    def transfer(self, ticket: Ticket, reason: str) -> None:
        """A re-assignment with a reason was made."""
        if ticket.counted:
            self.transfers[reason] += 1.0

    def ask(self, ticket: Ticket, transition: Transition) -> None:
        """The ticket takes an edge that needs an approval: it waits for the answer. Its visit
        moves on, so that its step's time limit no longer applies (it left the step)."""
        engine = self.engine
        ticket.visit += 1
        edge = transition.edge_id
        if ticket.counted:
            self.edges[edge][0] += 1.0
        self._log(ticket, edge, engine.now, 0)
        engine.push(
            engine.now + self.time[edge](), EV_APPROVAL, ticket, (transition, ticket.visit, engine.now)
        )

    def on_event(self, ticket: Ticket, payload: tuple[Transition, int, float]) -> None:
        """The answer: granted, the ticket takes the edge; rejected, its rejection path."""
        transition, visit, asked = payload
        if ticket.closed or ticket.visit != visit:
            return
        approval = transition.approval
        assert approval is not None  # only an edge with an approval asks
        engine = self.engine
        rejected = self.answer[transition.edge_id]() < approval.reject
        if ticket.counted:
            row = self.edges[transition.edge_id]
            row[2 if rejected else 1] += 1.0
            row[3] += engine.now - asked
        self._log(ticket, transition.edge_id, asked, 2 if rejected else 1)
        if rejected:
            engine.enter(ticket, approval.rejected_to)
        else:
            engine.take(ticket, transition)

    # ------------------------------------------------------------ figures
    def per_edge(self) -> dict[str, dict[str, float]]:
        """Each approval link's figures, by edge id, under the keys of the run's totals (kpis)."""
        return {edge: _figures(*row) for edge, row in self.edges.items()}

    def kpis(self) -> dict[str, float]:
        """The run's approval and transfer figures (model.kpis.KPI_TEXTS)."""
        figures: dict[str, float] = {}
        if self.edges:  # the links' counts and minutes added up, column by column
            figures.update(_figures(*(sum(column) for column in zip(*self.edges.values()))))
        if self.transfers:
            figures["transfers"] = sum(self.transfers.values())
        return figures


def _figures(asked: float, granted: float, rejected: float, minutes: float) -> dict[str, float]:
    """Approval figures (model.kpis.KPI_TEXTS) of counts and minutes: one link's or the run's."""
    answered = granted + rejected
    return {
        "approvals_asked": asked,
        "approvals_granted": granted,
        "approvals_rejected": rejected,
        "approval_time": minutes / answered if answered else float("nan"),
    }
