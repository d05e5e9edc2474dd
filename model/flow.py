"""The compiled flow model: immutable, index-based, with conditions compiled to callables.

It is what the simulator and the walkthrough execute; it is built only by `model.compiler` from
a blueprint that validated without errors, and never changes afterwards.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from blueprint_studio.model.schema import Distribution, Scenario, TicketField

if TYPE_CHECKING:
    import networkx as nx

Predicate = Callable[[Mapping[str, Any]], bool]
WEEK_MINUTES = 7 * 24 * 60


@dataclass(frozen=True, slots=True)
class FlowAction:
    kind: Literal["set", "send_template", "notify", "reassign"]
    field: str | None = None
    value: Any = None
    text: str = ""
    pool: int | None = None
    reason: str = ""  # a re-assignment's reason: counted per reason when given (sim/approvals.py)


@dataclass(frozen=True, slots=True)
class FlowApproval:
    """schema.Approval as the simulator runs it: `reject` from 0 to 1, `rejected_to` the index of
    the node a rejected ticket enters (the edge's source when the edge names none)."""

    role: str
    time: Distribution
    reject: float
    rejected_to: int


@dataclass(frozen=True, slots=True)
class Transition:
    edge_id: str
    target: int
    label: str
    rule: Literal["condition", "probability", "default", "always"]
    condition: Predicate | None
    condition_text: str | None
    probability: float | None
    guard: Predicate | None
    guard_text: str | None
    mandatory: tuple[str, ...]
    actions: tuple[FlowAction, ...]
    # a re-open: a choice made after the customer's answer (a survey, a wait, or decisions
    # reached only from them) that goes back to a node the ticket has been through
    # (build.reopening_edges); the ticket counts as re-opened, however the loop is drawn
    reopens: bool = False
    approval: FlowApproval | None = None  # the transition waits for an approval (sim/approvals.py)


@dataclass(frozen=True, slots=True)
class Arrival:
    rate_per_hour: float
    weekly_rates: tuple[tuple[float, ...], ...] | None  # 7 x 24, Monday first
    set_fields: Mapping[str, Any]
    patience: Distribution | None
    interarrival: Distribution | None = None
    # a choice field's weights for this intake's tickets, one per value of the field, in place
    # of the field's own
    field_weights: Mapping[str, tuple[float, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FlowLadder:
    """An escalation ladder as the simulator runs it (schema.EscalationLadder): `trigger` is the
    id of the SLA policy or step it belongs to; `warn_at` a fraction of the target (0-1);
    `priority_rank` the field's values in order, first served first; pools and steps by index."""

    trigger: str
    warn_at: float | None = None
    clock: str = "resolution"  # an SLA policy's target it watches; "time_limit" for a step
    notify: str = ""
    priority_field: str | None = None
    priority_value: Any = None
    priority_rank: tuple[Any, ...] = ()
    reassign_pool: int | None = None
    reassign_step: int | None = None
    in_service: str = "stay"  # or "after", "interrupt"


@dataclass(frozen=True, slots=True)
class FlowFollowUps:
    """schema.FollowUps as the simulator runs it: `share` from 0 to 1, `via` the index of the
    intake the follow-up contacts come through (model/sim/contacts.py)."""

    share: float
    after: Distribution
    via: int


@dataclass(frozen=True, slots=True)
class FlowMerge:
    """schema.MergeRule as the simulator runs it: `detect` from 0 to 1, minutes of detection."""

    detect: float
    detection_time: float


@dataclass(frozen=True, slots=True)
class FlowNode:
    index: int
    id: str
    kind: str
    title: str
    lane: str | None
    lane_kind: str | None
    transitions: tuple[Transition, ...]
    # step: who does it ("agent", or "system" and "customer", which need no pool: no queue, no
    # agent, no cost) and, for an agent, the pool
    performer: str = "agent"
    pool: int | None = None
    duration: Distribution | None = None
    duration_rules: tuple[tuple[Predicate, Distribution], ...] = ()
    time_limit: float | None = None
    escalate_to: int | None = None
    ladder: FlowLadder | None = None  # on the time limit
    merge: FlowMerge | None = None  # follow-up contacts recognised and merged here
    required_skill: str | None = None  # for a pool's skills_first assignment
    first_response: bool = False
    pauses_sla: bool = False
    level: int | None = None
    template_response: str = ""
    guidance: str = ""
    mandatory: tuple[str, ...] = ()
    actions: tuple[FlowAction, ...] = ()
    # wait
    response_time: Distribution | None = None
    p_response: float = 1.0
    timeout: float | None = None
    timeout_target: int | None = None
    # satisfaction
    p_satisfied: float = 1.0
    satisfied_when: Predicate | None = None
    # decision: the question asked; any node: titles of the physical evidence tied to it
    question: str = ""
    evidence: tuple[str, ...] = ()
    # intake, roadmap, end
    arrival: Arrival | None = None
    follow_ups: FlowFollowUps | None = None  # intake: customers writing again about their ticket
    backlog: str = ""
    outcome: str | None = None


@dataclass(frozen=True, slots=True)
class Calendar:
    """Agents on duty over the week as constant segments: `starts[i]` (minutes from Monday 00:00)
    begins a segment with `agents[i]` on duty, until the next start."""

    starts: tuple[float, ...]
    agents: tuple[int, ...]

    def agents_at(self, minute: float) -> int:
        return self.agents[bisect_right(self.starts, minute % WEEK_MINUTES) - 1]

    @property
    def always_open(self) -> bool:
        return all(n > 0 for n in self.agents)

    @property
    def peak(self) -> int:
        return max(self.agents)


@dataclass(frozen=True, slots=True)
class FlowPool:
    index: int
    id: str
    name: str
    calendar: Calendar
    cost_per_hour: float
    assignment: str
    discipline: str
    priority_field: str | None
    priority_order: tuple[Any, ...]
    # agents as individuals (model/sim/agents.py): (name, skills, speed) each; empty: identical
    roster: tuple[tuple[str, frozenset[str], float], ...] = ()
    skill_fallback: float | None = None
    ownership: bool = False


@dataclass(frozen=True, slots=True)
class SlaCalendar:
    """The business hours an SLA clock counts: the week as segments, `starts[i]` (minutes from
    Monday 00:00) beginning a segment open or not (`open[i]`) until the next start; and the public
    holidays, as day numbers from the run's first Monday (0 = the first day simulated), sorted,
    each closing its whole day. No holidays when the scenario has no start date."""

    id: str
    starts: tuple[float, ...]
    open: tuple[bool, ...]
    holidays: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class FlowSla:
    id: str
    name: str
    when: Predicate | None
    first_response: float | None
    resolution: float | None
    business_hours: bool
    calendar: SlaCalendar | None = None  # None: every minute counts
    ladder: FlowLadder | None = None


@dataclass(frozen=True)
class FlowModel:
    title: str
    nodes: tuple[FlowNode, ...]
    pools: tuple[FlowPool, ...]
    intakes: tuple[int, ...]
    fields: tuple[TicketField, ...]
    sla: tuple[FlowSla, ...]
    scenarios: tuple[Scenario, ...]
    index: Mapping[str, int]
    graph: nx.DiGraph
    # What it was compiled from, so that other processes can rebuild it (closures do not pickle).
    source: Any = None
    scenario_id: str | None = None

    def node(self, node_id: str) -> FlowNode:
        return self.nodes[self.index[node_id]]

    def sla_for(self, ticket: Mapping[str, Any]) -> FlowSla | None:
        for policy in self.sla:
            if policy.when is None or policy.when(ticket):
                return policy
        return None


def frozen_mapping(data: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(data))
