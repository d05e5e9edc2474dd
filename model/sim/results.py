"""Simulation results as typed, JSON-serialisable data, and the streaming collectors behind them.

`RunResult` is one run; `ReplicatedResult` adds the mean and 95 % confidence interval (`Estimate`)
of every figure over replications. A step's figures are a `StepFigures`, a pool's a `PoolFigures`:
of numbers for one run, of `Estimate`s over replications. Collectors keep counts and histograms,
never one record per ticket.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any, Generic, TypeVar, cast

from blueprint_studio.model.sim.stats import Estimate, Histogram, confidence_interval

OUTCOMES_RESOLVED = frozenset({"resolved", "closed"})


class TicketStats:
    """Counts and distributions over the tickets closed (or open at the end) in one group.

    Deflection: a ticket that ends resolved having entered at least one step done by the
    customer or the system and no step done by an agent is *deflected* (resolved by
    self-service). It counts in `deflected` only, in no help-desk figure: not as an arrival, a
    resolution, a first-contact resolution, a closed ticket, nor in resolution times, SLA,
    escalation, re-open or survey figures. The deflection rate is deflected tickets over all
    contacts (arrivals after the warm-up, deflected or not). A first response (an automatic
    acknowledgement) is counted when it is sent, before anyone knows the ticket will be
    deflected.

    Two clocks: *elapsed* minutes (wall clock, from arrival) and *SLA-clock* minutes (the
    business minutes of the ticket's SLA calendar, or every minute without one, minus its
    pauses). `resolution` and `system` are elapsed, `first_response` and `res_sla` on the SLA
    clock, `fr_elapsed` elapsed.

    SLA breaches: a ticket counts as breached as soon as its SLA clock passes the target, however
    it ends (resolved, closed, abandoned) or if it is still open at the end of the run (the
    `*_breached_open` counts, made by the engine when the run ends). A ticket still open within
    its target is undecided and counts in neither the breaches nor the targets.

    First-contact resolution (`fcr`, in words in model.kpis.KPI_NOTES): resolved with no
    escalation, no re-open (an unsatisfied survey, or a transition the compiler marks as a
    re-open: flow.Transition), no wait for the customer, and not a feature request (it never
    entered a roadmap node).

    `queue_wait`: every wait in a step's queue of the group's tickets (zero when an agent was
    free), ended by service, escalation at a time limit or abandonment."""

    # The counts, in the order of the compiled loop's row of a cell (layout_spec.CELL_COUNTS is
    # made of them: one list for both loops), then the histograms and times.
    arrived: int
    resolved: int
    abandoned: int
    other_end: int
    stuck: int
    fcr: int
    escalated: int
    fr_targets: int
    fr_breaches: int
    res_targets: int
    res_breaches: int
    fr_breached_open: int
    res_breached_open: int
    reopened: int
    surveyed: int
    satisfied: int
    roadmap: int
    closed: int
    deflected: int
    resolution: Histogram
    first_response: Histogram
    queue_wait: Histogram
    visible: float
    backstage: float
    fr_elapsed: float
    res_sla: float
    system: float
    __slots__ = tuple(__annotations__)
    COUNTS = tuple(name for name, kind in __annotations__.items() if kind == "int")
    TIMES = tuple(name for name, kind in __annotations__.items() if kind == "float")

    def __init__(self) -> None:
        for name in self.COUNTS:
            setattr(self, name, 0)
        self.resolution = Histogram()
        self.first_response = Histogram()
        self.queue_wait = Histogram()
        for name in self.TIMES:
            setattr(self, name, 0.0)

    def merge(self, other: TicketStats) -> None:
        for name in self.__slots__:
            mine = getattr(self, name)
            if isinstance(mine, Histogram):
                mine.merge(getattr(other, name))
            else:
                setattr(self, name, mine + getattr(other, name))

    def kpis(self, open_at_end: int | None = None, deflection: bool = False) -> dict[str, float]:
        """The group's KPIs; with `deflection` (the model has steps done by the customer or the
        system), the deflected tickets and the deflection rate too."""

        def rate(n: int, d: int) -> float:
            return n / d if d else math.nan

        res, waits = self.resolution, self.queue_wait
        responses = self.first_response.count
        out = {
            "arrived": float(self.arrived - self.deflected),
            "resolved": float(self.resolved),
            "abandoned": float(self.abandoned),
            "resolution_elapsed_mean": res.mean,
            "resolution_elapsed_p50": res.quantile(0.5),
            "resolution_elapsed_p90": res.quantile(0.9),
            "resolution_elapsed_p95": res.quantile(0.95),
            "resolution_elapsed_max": res.maximum if res.count else math.nan,
            "resolution_sla_mean": self.res_sla / self.resolved if self.resolved else math.nan,
            "time_in_system_mean": self.system / self.closed if self.closed else math.nan,
            "first_response_elapsed_mean": self.fr_elapsed / responses if responses else math.nan,
            "first_response_sla_mean": self.first_response.mean,
            "queue_wait_mean": waits.mean,
            "queue_wait_p50": waits.quantile(0.5),
            "queue_wait_p90": waits.quantile(0.9),
            "queue_wait_p95": waits.quantile(0.95),
            "fcr_rate": rate(self.fcr, self.resolved),
            "escalation_rate": rate(self.escalated, self.closed),
            "sla_first_response_breach_rate": rate(self.fr_breaches, self.fr_targets),
            "sla_first_response_breached_open": float(self.fr_breached_open),
            "sla_resolution_breach_rate": rate(self.res_breaches, self.res_targets),
            "sla_resolution_breached_open": float(self.res_breached_open),
            "reopen_rate": rate(self.reopened, self.closed),
            "satisfaction_rate": rate(self.satisfied, self.surveyed),
            "roadmap_requests": float(self.roadmap),
            "visible_time_mean": self.visible / self.closed if self.closed else math.nan,
            "backstage_time_mean": self.backstage / self.closed if self.closed else math.nan,
        }
        if deflection:
            out["deflected"] = float(self.deflected)
            out["deflection_rate"] = rate(self.deflected, self.arrived)
        if open_at_end is not None:
            out["in_progress"] = float(open_at_end)
            out["stuck"] = float(self.stuck)
        return out


def policy_kpis(group: TicketStats) -> dict[str, float]:
    """One SLA policy's figures (RunResult.policies): its tickets (arrived after the warm-up, not
    deflected), then its first-response and resolution breaches as TicketStats counts them (breached
    as soon as the SLA clock passes the target, whatever the outcome; open at the end included),
    the tickets decided against each target, and the breach rates."""

    def rate(n: int, d: int) -> float:
        return n / d if d else math.nan

    return {
        "tickets": float(group.arrived - group.deflected),
        "first_response_breaches": float(group.fr_breaches),
        "first_response_decided": float(group.fr_targets),
        "sla_first_response_breach_rate": rate(group.fr_breaches, group.fr_targets),
        "resolution_breaches": float(group.res_breaches),
        "resolution_decided": float(group.res_targets),
        "sla_resolution_breach_rate": rate(group.res_breaches, group.res_targets),
    }


T = TypeVar("T")  # float for one run, Estimate over replications


class FigureSet:
    """A frozen dataclass of figures read by name (step.wait_mean), or all at once by `table()`."""

    def table(self) -> dict[str, Any]:
        """Figure name -> value, in the fields' order (the order of the JSON and CSV exports)."""
        return {f.name: getattr(self, f.name) for f in fields(cast(Any, self))}


@dataclass(frozen=True)
class StepFigures(FigureSet, Generic[T]):
    """One step's (or wait's) figures, in minutes and ticket counts (JSON keeps this order)."""

    visits: T
    served: T
    # the queue wait of every ticket that left the queue (served, escalated or abandoned)
    wait_mean: T
    wait_p50: T
    wait_p90: T
    wait_p95: T
    waited_share: T
    service_mean: T
    time_mean: T
    queue_mean: T
    queue_max: T
    breaches: T
    escalations: T


@dataclass(frozen=True)
class PoolFigures(FigureSet, Generic[T]):
    """One pool's figures: the share of on-duty time busy, hours, and its staff cost."""

    utilisation: T
    busy_hours: T
    on_duty_hours: T
    cost: T


@dataclass(frozen=True)
class LadderFigures(FigureSet, Generic[T]):
    """One escalation ladder's counts (an SLA policy's or a step's time limit, model/sim/ladder.py):
    warnings at x % of the target, breaches, notifications sent, priorities raised, tickets
    re-assigned, and of those the ones taken off their agent (interrupted)."""

    warnings: T
    breaches: T
    notified: T
    priority_raised: T
    reassigned: T
    interrupted: T


@dataclass(frozen=True)
class StateFigures(FigureSet):
    """One step's (or wait's) time in one run: tickets, minutes in all and per closed ticket."""

    visits: float
    time_total: float
    time_per_ticket: float


@dataclass
class RunResult:
    """One run. `kpis` is flat (name -> number); the rest is grouped by what it describes."""

    seed: int
    replication: int
    revision: int | None
    end_time: float
    events: int
    kpis: dict[str, float]
    by_dimension: dict[str, dict[str, dict[str, float]]]
    steps: dict[str, StepFigures[float]]
    pools: dict[str, PoolFigures[float]]
    levels: dict[str, float]
    states: dict[str, StateFigures]
    backlog: list[tuple[float, int]]
    # resolution times of resolved tickets: about 40 log-spaced bins (low, high, count) in minutes
    resolution_histogram: list[tuple[float, float, int]] = field(default_factory=list)
    # flow edge id -> tickets (arrived after the warm-up) that took it
    edges: dict[str, int] = field(default_factory=dict)
    cancelled: bool = False
    # why the run ended (Engine._status): {"status": "complete"}, or "unstable" / "unfinished"
    # with the reason, the node id, the bound and the time
    status: dict[str, Any] = field(default_factory=lambda: {"status": "complete"})
    # "compiled" or "python": how it ran, not what it computed (both loops give equal dicts)
    event_loop: str = field(default="python", compare=False)
    # per escalation ladder (SLA policy or step id): its counts; empty without ladders
    ladder: dict[str, LadderFigures[float]] = field(default_factory=dict)
    # re-assignments with a reason (model/sim/approvals.py): reason -> transfers; empty without
    transfers: dict[str, float] = field(default_factory=dict)
    # approvals on links (model/sim/approvals.py): edge id -> its approvals_asked, _granted,
    # _rejected and approval_time (as the totals of `kpis`); empty without approvals
    approvals: dict[str, dict[str, float]] = field(default_factory=dict)
    # agents as individuals (model/sim/agents.py): pool id -> agent name -> figures; empty without
    agents: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)
    # Notify actions of steps and transitions (model/sim/notify.py): role -> notifications; empty without
    notifications: dict[str, float] = field(default_factory=dict)
    # per SLA policy (by id, in the model's order): results.policy_kpis; empty without policies
    policies: dict[str, dict[str, float]] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return self.status.get("status") == "complete"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        del data["event_loop"]
        if not self.ladder:  # a model without ladders gives the figures it gave before them
            del data["ladder"]
        if not self.transfers:
            del data["transfers"]
        if not self.approvals:
            del data["approvals"]
        if not self.agents:
            del data["agents"]
        if not self.notifications:
            del data["notifications"]
        if not self.policies:
            del data["policies"]
        return _clean(data)


@dataclass
class ReplicatedResult:
    runs: list[RunResult]
    summary: dict[str, Estimate] = field(default_factory=dict)
    steps: dict[str, StepFigures[Estimate]] = field(default_factory=dict)
    pools: dict[str, PoolFigures[Estimate]] = field(default_factory=dict)
    by_dimension: dict[str, dict[str, dict[str, Estimate]]] = field(default_factory=dict)
    ladder: dict[str, LadderFigures[Estimate]] = field(default_factory=dict)
    transfers: dict[str, Estimate] = field(default_factory=dict)  # per reason
    approvals: dict[str, dict[str, Estimate]] = field(default_factory=dict)  # per edge with one
    agents: dict[str, dict[str, dict[str, Estimate]]] = field(default_factory=dict)  # pool, agent
    notifications: dict[str, Estimate] = field(default_factory=dict)  # per role (sim/notify.py)
    policies: dict[str, dict[str, Estimate]] = field(default_factory=dict)  # per SLA policy id

    @classmethod
    def from_runs(cls, runs: list[RunResult]) -> ReplicatedResult:
        result = cls(runs=runs)
        result.summary = _summarise([r.kpis for r in runs])
        result.steps = {
            k: StepFigures(**_estimates(StepFigures, [r.steps.get(k) for r in runs])) for k in runs[0].steps
        }
        result.pools = {
            k: PoolFigures(**_estimates(PoolFigures, [r.pools.get(k) for r in runs])) for k in runs[0].pools
        }
        result.ladder = {
            k: LadderFigures(**_estimates(LadderFigures, [r.ladder.get(k) for r in runs]))
            for k in runs[0].ladder
        }
        if runs[0].transfers:
            result.transfers = _summarise([r.transfers for r in runs])
        result.approvals = {
            edge: _summarise([r.approvals.get(edge, {}) for r in runs]) for edge in runs[0].approvals
        }
        if runs[0].notifications:
            result.notifications = _summarise([r.notifications for r in runs])
        result.policies = {
            policy: _summarise([r.policies.get(policy, {}) for r in runs]) for policy in runs[0].policies
        }
        result.agents = {
            pool: {name: _summarise([r.agents.get(pool, {}).get(name, {}) for r in runs]) for name in agents}
            for pool, agents in runs[0].agents.items()
        }
        result.by_dimension = {
            name: {
                value: _summarise([r.by_dimension.get(name, {}).get(value, {}) for r in runs])
                for value in groups
            }
            for name, groups in runs[0].by_dimension.items()
        }
        return result

    @property
    def status(self) -> dict[str, Any]:
        """The first replication that did not complete says why (Engine._status), else complete."""
        return next((r.status for r in self.runs if not r.complete), {"status": "complete"})

    @property
    def event_loop(self) -> str:
        """ "compiled" when every replication ran in the compiled loop, else "python"."""
        return "compiled" if all(r.event_loop == "compiled" for r in self.runs) else "python"

    def edge_volumes(self) -> dict[str, float] | None:
        """Mean tickets per flow edge over the replications, from the engine's exact counts; None
        when no run counted any (the one place edge volumes come from in results)."""
        if not any(r.edges for r in self.runs):
            return None
        keys = dict.fromkeys(k for r in self.runs for k in r.edges)
        return {k: sum(r.edges.get(k, 0) for r in self.runs) / len(self.runs) for k in keys}

    def to_dict(self) -> dict[str, Any]:
        return _clean(
            {
                "status": self.status,
                "summary": self.summary,
                "steps": self.steps,
                "pools": self.pools,
                "by_dimension": self.by_dimension,
                **({"ladder": self.ladder} if self.ladder else {}),
                **({"transfers": self.transfers} if self.transfers else {}),
                **({"approvals": self.approvals} if self.approvals else {}),
                **({"agents": self.agents} if self.agents else {}),
                **({"notifications": self.notifications} if self.notifications else {}),
                **({"policies": self.policies} if self.policies else {}),
                "runs": [r.to_dict() for r in self.runs],
            }
        )


def _summarise(rows: list[dict[str, float]]) -> dict[str, Estimate]:
    keys = list(dict.fromkeys(k for row in rows for k in row))
    return {k: confidence_interval([row.get(k, math.nan) for row in rows]) for k in keys}


def _estimates(kind: type, rows: list[Any]) -> dict[str, Estimate]:
    """Each field of the figure set `kind` over the runs' sets (None where a run has none)."""
    return {
        f.name: confidence_interval([math.nan if row is None else getattr(row, f.name) for row in rows])
        for f in fields(kind)
    }


def _clean(value: Any) -> Any:
    """JSON has no NaN or infinity: they become null."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if is_dataclass(value) and not isinstance(value, type):
        return _clean(asdict(value))
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value
