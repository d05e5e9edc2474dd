"""Queueing theory for checking the simulator and for a quick analytic estimate beside it.

Pure functions on the standard library (plus the project's condition parser, for `estimate`),
no simulation and no Qt. Units: every rate is per MINUTE and every service time is a mean in
MINUTES (the document's per-hour rates are divided by 60 before they come here). Formulas follow
Gross, Shortle, Thompson & Harris, *Fundamentals of Queueing Theory* (4th ed., Wiley 2008), cited
as [GH] with the chapter, and Kleinrock, *Queueing Systems* vol. 1 (Wiley 1975), cited as [K].
The formulas are in queueing.py (published here), the traffic of a flow model in traffic.py; here
the estimate puts the traffic to queues.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from blueprint_studio.model.sim.distributions import mean_of
from blueprint_studio.model.sim.queueing import (
    JacksonResult,
    Queue,
    erlang_b,
    erlang_c,
    jackson,
    mg1_priority_waits,
    mm1,
    mm1_priority_waits,
    mmc,
    mmc_priority_waits,
    solve_linear,
    traffic_rates,
)
from blueprint_studio.model.sim.traffic import GiveUp, Traffic

if TYPE_CHECKING:
    from blueprint_studio.model.flow import FlowModel

__all__ = [
    "Queue",
    "JacksonResult",
    "erlang_b",
    "erlang_c",
    "mmc",
    "mm1",
    "mg1_priority_waits",
    "mm1_priority_waits",
    "mmc_priority_waits",
    "solve_linear",
    "traffic_rates",
    "jackson",
    "Estimate",
    "StepEstimate",
    "estimate",
    "distribution_mean",
]


# ---------------------------------------------------------------- quick estimate of a flow model


@dataclass(frozen=True)
class StepEstimate:
    """Analytic figures for one step (rates per minute, times in minutes). A step done by the
    system or the customer is an infinite-server delay: no pool (""), no servers, no wait."""

    node: str
    pool: str
    arrival_rate: float  # λ, visits per minute
    visits: float  # mean visits per ticket
    service_mean: float
    servers: int
    utilisation: float  # of the step's pool
    p_wait: float
    wq: float

    @property
    def arrival_rate_per_hour(self) -> float:
        return self.arrival_rate * 60.0


@dataclass(frozen=True)
class Estimate:
    """The result of `estimate`: figures when `ok`, else a reason code with the ids at fault.

    Reason codes (the app words them): weekly_schedule (non-constant arrivals), patience
    (abandonment), shifts (head count changes over the week), time_limit (escalation on a
    queue's time limit), reassign, wait_timeout (a timeout on a response time that is neither
    exponential nor fixed), mixed_rules (conditions and probabilities on one node),
    field_not_choice (a condition reads a number or text field), opaque_condition (a duration
    rule or satisfaction condition with number or text fields in the schema), too_many_classes,
    no_exit (some tickets find no way out), trapped (a loop tickets never leave), no_arrivals,
    unstable (a pool at utilisation ≥ 1; `params` holds it).
    `approximations` lists why the figures are not exact: non_exponential (an M/M/c with the
    mean duration), class_service (durations differ by ticket field or between the steps of a
    pool), shared_pool (one FIFO queue per pool assumed), discipline (priority order with
    unequal service), weekly_average (a weekly arrival schedule taken at its mean rate),
    time_limits_ignored (queued tickets are not escalated), reassign_ignored (re-assignment
    actions are left out), follow_ups (follow-up contacts: made only while their ticket is open,
    estimated with the ticket's time in system taken as exponential, and with the fields their
    ticket had on arrival).
    Follow-up contacts are extra load, not tickets: `throughput` and `time_in_system` are the
    tickets' own; the steps' rates and visits include the follow-ups'."""

    reason: str | None = None
    ids: tuple[str, ...] = ()
    params: tuple[tuple[str, object], ...] = ()
    steps: tuple[StepEstimate, ...] = ()
    time_in_system: float | None = None
    throughput: float | None = None  # tickets arriving per minute
    approximations: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.reason is None

    @property
    def exact(self) -> bool:
        return self.ok and not self.approximations

    def step(self, node_id: str) -> StepEstimate:
        return next(s for s in self.steps if s.node == node_id)


FOLLOW_UP_ROUNDS = 50  # fixed-point rounds on the tickets' time in system (follow-up contacts)


def estimate(model: FlowModel, arrival_multiplier: float = 1.0) -> Estimate:
    """Analytic estimate of a compiled `FlowModel`, treated as an open Jackson-type network.

    Applies when pools keep a constant head count and routing depends on probabilities and on choice or
    boolean ticket fields only. Routing is exact: the traffic equations are solved over states (node,
    values of the fields that conditions read), so a field tested twice routes a ticket consistently. Each
    pool is then an M/M/c queue at its total rate and mean duration (exact for exponential
    durations, FIFO, one step per pool: Jackson 1963, Kelly 1975 for several ticket classes).
    Time in system = Σ_steps λ·(Wq + E[S]) + Σ_waits λ·E[R], divided by Σγ (Little's law).

    Follow-up contacts (an intake's `follow_ups`, model/sim/contacts.py) add load: a ticket gets a
    follow-up with probability s, due after a drawn time A, and made only while the ticket is still
    open; each follow-up has the same chance of another. With the ticket's time open T taken as
    exponential, the k-th is made with probability (s·E[e^{-A/T}])^k, so a ticket makes
    q/(1 − q) follow-ups on average (geometric), q = s·E[e^{-A/T}]. They enter the flow at their
    intake with their ticket's fields; at a step with a merge rule a share `detect` is recognised
    (its work lengthened by the detection time) and leaves, the others go on as duplicates,
    worked along the flow. T is the tickets' own time in system, found by fixed-point rounds (the
    lowest point where they agree: a desk whose backlog, once formed, breeds follow-ups faster than
    it clears them can run away in a simulation although this point is stable)."""
    try:
        return _Estimator(model, arrival_multiplier).solve()
    except GiveUp as stop:
        return Estimate(reason=stop.reason, ids=stop.ids, params=stop.params)


distribution_mean = mean_of  # kept under its published name


class _Estimator(Traffic):
    """The estimate: the traffic's rates put to an M/M/c queue per pool (or a delay), with
    follow-up contacts the rounds on the tickets' time open."""

    def solve(self) -> Estimate:
        """`run`, and with follow-up contacts the rounds that make their number agree with the
        tickets' time open (none at first, then q from the time found; it settles as q grows
        with T and T with the load)."""
        result = self.run()
        if not any(n.follow_ups is not None for n in self.model.nodes):
            return result
        self.approximations.add("follow_ups")
        for _ in range(FOLLOW_UP_ROUNDS):
            before = self.open_time
            result = self.run()
            if abs(self.open_time - before) <= 1e-9 * max(before, 1.0):
                break
        return result

    # ------------------------------------------------ queues
    def duration(self, node, values: tuple):
        ticket = self.ticket(values)
        for when, dist in node.duration_rules:
            if when(ticket):
                return dist
        return node.duration

    def run(self) -> Estimate:
        m = self.model
        per_node, own, means_seen = self.loads()
        steps, in_system, waits = self.queues(per_node, means_seen)
        in_system += math.fsum(w for i, (_, w) in per_node.items() if m.nodes[i].kind == "wait")
        steps.sort(key=lambda s: m.index[s.node])
        if len(own) < len(per_node) or any(own[i] != per_node[i] for i in own):  # follow-up contacts
            in_system = math.fsum(lam * waits.get(i, 0.0) + work for i, (lam, work) in own.items())
        self.open_time = in_system / self.throughput
        return Estimate(
            steps=tuple(steps),
            time_in_system=in_system / self.throughput,
            throughput=self.throughput,
            approximations=tuple(sorted(self.approximations)),
        )

    def loads(self) -> tuple[dict[int, list[float]], dict[int, list[float]], dict[int, set[float]]]:
        """Per step or wait: [λ, Σ λ·E[S]] of everything, the same of the tickets alone (no
        follow-up contacts), and the mean durations seen (one per ticket class)."""
        m = self.model
        per_node: dict[int, list[float]] = {}  # node -> [λ, Σ λ·E[S]]
        own: dict[int, list[float]] = {}  # the same for the tickets alone (no follow-up contacts)
        means_seen: dict[int, set[float]] = {}
        for (i, values), lam in self.rates().items():
            node = m.nodes[i]
            if node.kind not in ("step", "wait") or lam <= 0:
                continue
            if node.kind == "step":
                dist = self.duration(node, values)
                if dist.kind != "exponential" and node.performer == "agent":  # M/G/inf is exact
                    self.approximations.add("non_exponential")
                mean = distribution_mean(dist)
                if node.merge is not None and self.is_follow_up(values):
                    mean += node.merge.detect * node.merge.detection_time  # recognised: detection time
                    if node.merge.detect * node.merge.detection_time > 0 and node.performer == "agent":
                        self.approximations.add("non_exponential")
            else:
                mean = self.wait_mean(node)
            means_seen.setdefault(i, set()).add(mean)
            acc = per_node.setdefault(i, [0.0, 0.0])
            acc[0] += lam
            acc[1] += lam * mean
            if not self.is_follow_up(values):
                mine = own.setdefault(i, [0.0, 0.0])
                mine[0] += lam
                mine[1] += lam * mean
        return per_node, own, means_seen

    def queues(
        self, per_node: dict[int, list[float]], means_seen: dict[int, set[float]]
    ) -> tuple[list[StepEstimate], float, dict[int, float]]:
        """Each step's figures: a delay for the system or the customer, else its pool as one M/M/c
        queue; Σ λ·(Wq + E[S]) over the steps; each agent step's wait in queue."""
        m = self.model
        pools: dict[int, list[int]] = {}
        steps, in_system = [], 0.0
        waits: dict[int, float] = {}  # an agent step -> its pool's mean wait in queue
        for i in per_node:
            if m.nodes[i].kind == "step" and m.nodes[i].performer != "agent":
                # the system or the customer: an infinite-server delay (M/G/inf), no wait
                node_lam, node_work = per_node[i]
                steps.append(
                    StepEstimate(
                        m.nodes[i].id,
                        "",
                        node_lam,
                        node_lam / self.throughput,
                        node_work / node_lam,
                        0,
                        0.0,
                        0.0,
                        0.0,
                    )
                )
                in_system += node_work
            elif m.nodes[i].kind == "step":
                pool_index = m.nodes[i].pool
                if pool_index is None:
                    raise ValueError(f"step {m.nodes[i].id} has no pool")  # validation refuses it
                pools.setdefault(pool_index, []).append(i)
        for p, members in pools.items():
            pool = m.pools[p]
            lam = math.fsum(per_node[i][0] for i in members)
            work = math.fsum(per_node[i][1] for i in members)
            if len(members) > 1:
                self.approximations.add("shared_pool")
            if len({x for i in members for x in means_seen[i]}) > 1:
                self.approximations.add("class_service")
                if pool.discipline != "fifo":
                    self.approximations.add("discipline")
            servers = pool.calendar.agents[0]
            try:
                queue = mmc(lam, work / lam, servers)
            except ValueError:
                raise GiveUp(
                    "unstable",
                    pool.id,
                    *(m.nodes[i].id for i in members),
                    utilisation=work / servers if servers else math.inf,
                ) from None
            for i in members:
                node_lam, node_work = per_node[i]
                steps.append(
                    StepEstimate(
                        m.nodes[i].id,
                        pool.id,
                        node_lam,
                        node_lam / self.throughput,
                        node_work / node_lam,
                        servers,
                        queue.utilisation,
                        queue.p_wait,
                        queue.wq,
                    )
                )
                in_system += node_lam * queue.wq + node_work
                waits[i] = queue.wq
        return steps, in_system, waits
