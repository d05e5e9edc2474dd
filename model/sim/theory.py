"""Queueing theory for checking the simulator and for a quick analytic estimate beside it.

Pure functions on the standard library (plus the project's condition parser, for `estimate`),
no simulation and no Qt. Units: every rate is per MINUTE and every service time is a mean in
MINUTES (the document's per-hour rates are divided by 60 before they come here). Formulas follow
Gross, Shortle, Thompson & Harris, *Fundamentals of Queueing Theory* (4th ed., Wiley 2008), cited
as [GH] with the chapter, and Kleinrock, *Queueing Systems* vol. 1 (Wiley 1975), cited as [K].
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from blueprint_studio.model import expr
from blueprint_studio.model.schema import BUILTIN_FIELDS
from blueprint_studio.model.sim.distributions import mean_of
from blueprint_studio.model.sim.engine_state import intake_arrival

if TYPE_CHECKING:
    from blueprint_studio.model.flow import FlowModel, Transition

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


# ---------------------------------------------------------------- M/M/c (Erlang)


def erlang_b(servers: int, load: float) -> float:
    """Erlang B blocking probability B(c, a) for offered load a = λ·E[S] (Erlangs), by the
    numerically stable recursion B(0) = 1, B(k) = a·B(k-1) / (k + a·B(k-1))
    [GH ch. 2, Erlang's loss formula]."""
    if servers < 0 or load < 0:
        raise ValueError(f"servers and load must be non-negative (got {servers}, {load})")
    b = 1.0
    for k in range(1, servers + 1):
        b = load * b / (k + load * b)
    return b


def erlang_c(servers: int, load: float) -> float:
    """Erlang C: probability that an arrival waits in M/M/c, from Erlang B:
    C(c, a) = c·B / (c − a·(1 − B)) [GH ch. 2, M/M/c; K §3.5].
    Needs a < c (utilisation ρ = a/c < 1)."""
    _check_stable(servers, load)
    if load == 0:
        return 0.0
    b = erlang_b(servers, load)
    return servers * b / (servers - load * (1.0 - b))


@dataclass(frozen=True)
class Queue:
    """Steady state of one M/M/c station (rates per minute, times in minutes)."""

    arrival_rate: float  # λ
    service_mean: float  # E[S] = 1/μ
    servers: int  # c
    utilisation: float  # ρ = λ·E[S]/c
    p_wait: float  # P(W_q > 0), Erlang C
    wq: float  # mean wait in queue
    lq: float  # mean number waiting = λ·Wq (Little)
    w: float  # mean time at the station = Wq + E[S]
    l: float  # mean number at the station = λ·W (Little)


def mmc(arrival_rate: float, service_mean: float, servers: int = 1) -> Queue:
    """M/M/c: Wq = C(c, a)·E[S] / (c − a) with a = λ·E[S] [GH ch. 2, M/M/c], i.e.
    C(c, a) / (cμ − λ); Lq = λ·Wq, W = Wq + E[S], L = λ·W (Little's law [GH ch. 1]).
    Raises ValueError when ρ = a/c ≥ 1 (no steady state)."""
    if arrival_rate < 0 or service_mean < 0:
        raise ValueError(f"rates and means must be non-negative (got λ={arrival_rate}, E[S]={service_mean})")
    load = arrival_rate * service_mean
    p_wait = erlang_c(servers, load)
    wq = p_wait * service_mean / (servers - load) if load > 0 else 0.0
    w = wq + service_mean
    return Queue(
        arrival_rate,
        service_mean,
        servers,
        load / servers,
        p_wait,
        wq,
        arrival_rate * wq,
        w,
        arrival_rate * w,
    )


def mm1(arrival_rate: float, service_mean: float) -> Queue:
    """M/M/1: P(wait) = ρ, Wq = ρ·E[S]/(1 − ρ) [GH ch. 2, M/M/1]; the c = 1 case of `mmc`."""
    return mmc(arrival_rate, service_mean, 1)


def _check_stable(servers: int, load: float) -> None:
    if servers < 1:
        raise ValueError(f"unstable queue: {servers} servers")
    if load < 0:
        raise ValueError(f"offered load must be non-negative (got {load})")
    if load >= servers:
        raise ValueError(
            f"unstable queue: utilisation ρ = {load / servers:.4g} ≥ 1 "
            f"(offered load {load:.4g} Erlangs on {servers} servers)"
        )


# ---------------------------------------------------------------- non-preemptive priority


def mg1_priority_waits(
    arrival_rates: Sequence[float], service_means: Sequence[float], second_moments: Sequence[float]
) -> tuple[float, ...]:
    """Cobham's formula for the M/G/1 queue with non-preemptive priority classes, class 0 the
    highest: W_k = W0 / ((1 − σ_{k−1})(1 − σ_k)), with σ_k = Σ_{i≤k} λ_i·E[S_i] and the mean
    residual work W0 = Σ_i λ_i·E[S_i²] / 2 [Cobham 1954; GH ch. 3, priority queues;
    Kleinrock vol. 2 ch. 3].
    Returns the mean wait in queue of each class; ValueError when the total ρ ≥ 1."""
    if not len(arrival_rates) == len(service_means) == len(second_moments):
        raise ValueError("one arrival rate, service mean and second moment per class")
    w0 = math.fsum(lam * s2 for lam, s2 in zip(arrival_rates, second_moments)) / 2.0
    _check_stable(1, math.fsum(lam * s for lam, s in zip(arrival_rates, service_means)))
    waits, sigma = [], 0.0
    for lam, mean in zip(arrival_rates, service_means):
        before, sigma = sigma, sigma + lam * mean
        waits.append(w0 / ((1.0 - before) * (1.0 - sigma)))
    return tuple(waits)


def mm1_priority_waits(arrival_rates: Sequence[float], service_means: Sequence[float]) -> tuple[float, ...]:
    """Cobham's formula with exponential service: E[S²] = 2·E[S]² (= 2/μ²)."""
    return mg1_priority_waits(arrival_rates, service_means, [2.0 * s * s for s in service_means])


def mmc_priority_waits(
    arrival_rates: Sequence[float], service_mean: float, servers: int
) -> tuple[float, ...]:
    """M/M/c with non-preemptive priority classes sharing one exponential service rate μ:
    W_k = [C(c, a) / (cμ)] / ((1 − σ_{k−1})(1 − σ_k)), σ_k = Σ_{i≤k} λ_i / (cμ)
    [Cobham 1954; GH ch. 3, non-preemptive priorities with several servers].
    With c = 1 it equals `mm1_priority_waits`."""
    total = math.fsum(arrival_rates)
    w0 = erlang_c(servers, total * service_mean) * service_mean / servers
    waits, sigma = [], 0.0
    for lam in arrival_rates:
        before, sigma = sigma, sigma + lam * service_mean / servers
        waits.append(w0 / ((1.0 - before) * (1.0 - sigma)))
    return tuple(waits)


# ---------------------------------------------------------------- open Jackson networks


def solve_linear(matrix: Sequence[Sequence[float]], rhs: Sequence[float]) -> list[float]:
    """Solve A·x = b by Gaussian elimination with partial pivoting (small dense systems).
    Raises ValueError when A is singular."""
    n = len(rhs)
    a = [list(map(float, row)) + [float(rhs[i])] for i, row in enumerate(matrix)]
    if len(a) != n or any(len(row) != n + 1 for row in a):
        raise ValueError("the matrix must be square and match the right-hand side")
    scale = max((abs(v) for row in a for v in row[:n]), default=0.0) or 1.0
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        if abs(a[pivot][col]) <= 1e-12 * scale:
            raise ValueError("singular system: some tickets can never leave the network")
        a[col], a[pivot] = a[pivot], a[col]
        head = a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / head[col]
            if factor:
                row = a[r]
                for k in range(col, n + 1):
                    row[k] -= factor * head[k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - math.fsum(a[r][k] * x[k] for k in range(r + 1, n))) / a[r][r]
    return x


def traffic_rates(external: Sequence[float], routing: Sequence[Sequence[float]]) -> list[float]:
    """Traffic equations of an open network: λ_j = γ_j + Σ_i λ_i·r_ij, solved as (I − Rᵀ)·λ = γ
    [Jackson 1957; GH ch. 4, open Jackson networks]. `routing[i][j]` is the probability of
    going from i to j; what a row lacks of 1 leaves the network."""
    n = len(external)
    if len(routing) != n or any(len(row) != n for row in routing):
        raise ValueError("the routing matrix must be n × n for n nodes")
    for i, row in enumerate(routing):
        if any(p < 0 for p in row) or math.fsum(row) > 1 + 1e-9:
            raise ValueError(f"routing row {i} must hold probabilities summing to at most 1")
    matrix = [[(1.0 if i == j else 0.0) - routing[j][i] for j in range(n)] for i in range(n)]
    return solve_linear(matrix, external)


@dataclass(frozen=True)
class JacksonResult:
    rates: tuple[float, ...]  # λ_i, total arrival rate at each node
    nodes: tuple[Queue, ...]  # each node as an M/M/c_i station at rate λ_i
    throughput: float  # Σ γ_i, tickets entering (= leaving) per minute
    in_system: float  # Σ L_i, mean number of tickets in the network
    time_in_system: float  # Σ L_i / Σ γ_i (Little's law)
    visits: tuple[float, ...]  # λ_i / Σ γ, mean visits per ticket


def jackson(
    external: Sequence[float],
    routing: Sequence[Sequence[float]],
    service_means: Sequence[float],
    servers: Sequence[int],
) -> JacksonResult:
    """Open Jackson network: solve the traffic equations, then each node behaves as an
    independent M/M/c_i queue at rate λ_i (product form, Jackson 1963 [GH ch. 4]);
    the network mean time in system is T = Σ L_i / Σ γ_i by Little's law.
    Raises ValueError naming the first node with ρ ≥ 1."""
    n = len(external)
    if not len(service_means) == len(servers) == n:
        raise ValueError("one service mean and one server count per node")
    rates = traffic_rates(external, routing)
    nodes = []
    for i, (lam, mean, c) in enumerate(zip(rates, service_means, servers)):
        try:
            nodes.append(mmc(max(lam, 0.0), mean, c))
        except ValueError as exc:
            raise ValueError(f"node {i}: {exc}") from None
    throughput = math.fsum(external)
    if throughput <= 0:
        raise ValueError("no external arrivals")
    in_system = math.fsum(q.l for q in nodes)
    return JacksonResult(
        tuple(rates),
        tuple(nodes),
        throughput,
        in_system,
        in_system / throughput,
        tuple(lam / throughput for lam in rates),
    )


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


class _GiveUp(Exception):
    def __init__(self, reason: str, *ids: str, **params: object) -> None:
        super().__init__(reason)
        self.reason, self.ids, self.params = reason, ids, tuple(sorted(params.items()))


MAX_CLASSES = 4096
MAX_STATES = 200_000
MAX_LOOP = 600
FOLLOW_UP = "follow-up"  # one more value after a follow-up contact's fields in the traffic states
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
    except _GiveUp as stop:
        return Estimate(reason=stop.reason, ids=stop.ids, params=stop.params)


distribution_mean = mean_of  # kept under its published name


class _Estimator:
    def __init__(self, model: FlowModel, multiplier: float) -> None:
        self.model, self.multiplier = model, multiplier
        self.approximations: set[str] = set()
        self.check_supported()
        self.fields = self.relevant_fields()
        self.slot = {name: i for i, name in enumerate(self.fields)}
        self.open_time = 0.0  # the tickets' own mean time in system, minutes

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

    def made_share(self, follow) -> float:
        """q = s·E[e^{-A/T}]: the chance that a follow-up is due, and due while its ticket is still
        open, for a time open T exponential of mean `open_time` (0 on the first round)."""
        if self.open_time <= 0:
            return 0.0
        after, t = follow.after, self.open_time
        kind = getattr(after, "kind", None)
        if kind == "exponential":
            still_open = 1.0 / (1.0 + after.mean / t)
        elif kind == "fixed":
            still_open = math.exp(-after.value / t)
        else:  # Jensen: E[e^{-A/T}] ≥ e^{-E[A]/T}, close for a not too spread A
            still_open = math.exp(-distribution_mean(after) / t)
        return follow.share * still_open

    def is_follow_up(self, values: tuple) -> bool:
        """A follow-up contact's state: its fields and one more value (a field may hold any text)."""
        return len(values) > len(self.fields)

    # ------------------------------------------------ what the estimate cannot represent
    def check_supported(self) -> None:
        m = self.model
        for i in m.intakes:
            node = m.nodes[i]
            arrival = intake_arrival(node)
            if arrival.weekly_rates is not None:
                self.approximations.add("weekly_average")  # the week's mean rate
            if arrival.patience is not None:
                raise _GiveUp("patience", node.id)
        for pool in m.pools:
            if len(set(pool.calendar.agents)) > 1:
                raise _GiveUp("shifts", pool.id)
        for node in m.nodes:
            actions = list(node.actions) + [a for t in node.transitions for a in t.actions]
            if any(a.kind == "reassign" for a in actions):
                self.approximations.add("reassign_ignored")
            if node.kind == "step" and node.time_limit is not None:
                self.approximations.add("time_limits_ignored")  # queued tickets never escalate
            if node.kind == "wait" and node.timeout is not None:
                response = node.response_time
                if response is None:
                    raise ValueError(f"wait {node.id} has no response time")  # the compiler gives one
                if response.kind not in ("exponential", "fixed"):
                    raise _GiveUp("wait_timeout", node.id)
            rules = {t.rule for t in node.transitions}
            if "probability" in rules and "condition" in rules:
                raise _GiveUp("mixed_rules", node.id)

    def relevant_fields(self) -> tuple[str, ...]:
        """Fields that conditions read; all fields when a compiled-only predicate (duration
        rule, satisfaction condition) may read any of them."""
        # name -> (type, its values: the choices, or true and false)
        self.specs: dict[str, tuple[str, tuple[Any, ...]]] = {
            name: ("boolean", (True, False)) for name in BUILTIN_FIELDS
        }
        self.specs.update({f.name: (f.type, tuple(f.values)) for f in self.model.fields})
        names: set[str] = set()
        opaque = False
        for node in self.model.nodes:
            opaque |= bool(node.duration_rules) or node.satisfied_when is not None
            for t in node.transitions:
                for text in (t.condition_text, t.guard_text):
                    if text:
                        names |= expr.field_names(expr.parse(text))
        if opaque:
            names |= set(self.specs)
        for name in sorted(names):
            if self.specs[name][0] not in ("choice", "boolean"):
                raise _GiveUp("opaque_condition" if opaque else "field_not_choice", field=name)
        return tuple(sorted(names))

    # ------------------------------------------------ states and their transitions
    def initial(self, node) -> list[tuple[tuple, float]]:
        """(values, probability) of the arriving tickets' relevant fields at one intake."""
        combos: list[tuple[tuple, float]] = [((), 1.0)]
        by_name = {f.name: f for f in self.model.fields}
        for name in self.fields:
            if name in node.arrival.set_fields:
                options = [(node.arrival.set_fields[name], 1.0)]
            elif name not in by_name:
                options = [(False, 1.0)]  # built-ins start false (as in the engine)
            elif by_name[name].type == "boolean":
                p = by_name[name].p_true
                options = [(v, q) for v, q in ((True, p), (False, 1 - p)) if q > 0]
            else:
                f = by_name[name]  # this intake's own shares first, as in the engine
                weights = node.arrival.field_weights.get(name) or f.weights or [1.0] * len(f.values)
                total = math.fsum(weights)
                options = [(v, w / total) for v, w in zip(f.values, weights) if w > 0]
            combos = [(vals + (v,), p * q) for vals, p in combos for v, q in options]
            if len(combos) > MAX_CLASSES:
                raise _GiveUp("too_many_classes", node.id, classes=len(combos))
        return combos

    def with_actions(self, values: tuple, actions) -> tuple:
        for action in actions:
            if action.kind == "set" and action.field in self.slot:
                values = (
                    values[: self.slot[action.field]]
                    + (action.value,)
                    + values[self.slot[action.field] + 1 :]
                )
        return values

    def ticket(self, values: tuple) -> dict:
        return dict(zip(self.fields, values))

    def successors(self, node, values: tuple) -> list[tuple[tuple[int, tuple], float]]:
        if node.kind == "end":
            return []
        branches = [(values, 1.0)]
        if node.kind == "step":
            branches = [(self.with_actions(values, node.actions), 1.0)]
            if node.merge is not None and self.is_follow_up(values):
                # recognised: merged into its open ticket, it leaves; the others go on as duplicates
                branches = [(values, 1.0 - node.merge.detect)] if node.merge.detect < 1 else []
                branches = [(self.with_actions(v, node.actions), p) for v, p in branches]
        elif node.kind == "wait":
            return self.wait_exits(node, values)
        elif node.kind == "satisfaction":
            if node.satisfied_when is not None:
                happy = node.satisfied_when(self.ticket(values))
                branches = [(self.set_builtin(values, "satisfied", happy), 1.0)]
            else:
                p = node.p_satisfied
                branches = [
                    (self.set_builtin(values, "satisfied", v), q)
                    for v, q in ((True, p), (False, 1 - p))
                    if q > 0
                ]
        out = []
        for vals, p in branches:
            out += [
                ((t.target, self.with_actions(vals, t.actions)), p * q) for t, q in self.route(node, vals)
            ]
        return out

    def wait_exits(self, node, values: tuple) -> list[tuple[tuple[int, tuple], float]]:
        """The customer answers with probability p_response after a drawn time; past the
        timeout (if any) the ticket goes to the timeout target with `responded` false."""
        answered, late = node.p_response, 0.0
        if node.timeout is not None:
            late = 1.0 - answered * self.wait_in_time(node)
            answered = 1.0 - late
        out = []
        for flag, q in ((True, answered), (False, 1.0 - answered - late)):
            if q > 1e-15:
                vals = self.set_builtin(values, "responded", flag)
                out += [
                    ((t.target, self.with_actions(vals, t.actions)), q * r) for t, r in self.route(node, vals)
                ]
        if late > 1e-15:
            out.append(((node.timeout_target, self.set_builtin(values, "responded", False)), late))
        return out

    @staticmethod
    def wait_in_time(node) -> float:
        """P(response time ≤ timeout)."""
        dist, limit = node.response_time, node.timeout
        if dist.kind == "fixed":
            return float(dist.value <= limit)
        return 1.0 - math.exp(-limit / dist.mean)

    @staticmethod
    def wait_mean(node) -> float:
        """Mean time held: E[min(R, T)] for answers, T for no answer (T = ∞ without timeout)."""
        dist, limit, p = node.response_time, node.timeout, node.p_response
        if limit is None:
            return distribution_mean(dist)
        if dist.kind == "fixed":
            held = min(dist.value, limit)
        else:
            held = dist.mean * (1.0 - math.exp(-limit / dist.mean))
        return p * held + (1.0 - p) * limit

    def set_builtin(self, values: tuple, name: str, value: bool) -> tuple:
        if name not in self.slot:
            return values
        k = self.slot[name]
        return values[:k] + (value,) + values[k + 1 :]

    def route(self, node, values: tuple) -> list[tuple[Transition, float]]:
        """The first offered edge that is chosen: a condition that holds, else by one draw
        against the offered edges' probabilities, else the first default (or plain) edge."""
        ticket = self.ticket(values)
        offered = [t for t in node.transitions if t.guard is None or t.guard(ticket)]
        fallback = next((t for t in offered if t.rule in ("default", "always")), None)
        chosen = next((t for t in offered if t.rule == "condition" and t.condition(ticket)), None)
        if chosen is not None:
            return [(chosen, 1.0)]
        out = [(t, t.probability) for t in offered if t.rule == "probability" and t.probability]
        rest = 1.0 - math.fsum(p for _, p in out)
        if rest > 1e-9:
            if fallback is None:
                raise _GiveUp("no_exit", node.id)
            out.append((fallback, rest))
        return out

    # ------------------------------------------------ traffic equations over states
    def rates(self) -> dict[tuple[int, tuple], float]:
        inflow: dict[tuple[int, tuple], float] = {}
        for i in self.model.intakes:
            node = self.model.nodes[i]
            arrival = intake_arrival(node)
            weekly = arrival.weekly_rates
            hourly = math.fsum(map(math.fsum, weekly)) / 168.0 if weekly else arrival.rate_per_hour
            per_minute = hourly * self.multiplier / 60.0
            for values, p in self.initial(node):
                if per_minute * p > 0:
                    inflow[(i, values)] = inflow.get((i, values), 0.0) + per_minute * p
        self.throughput = math.fsum(inflow.values())
        if self.throughput <= 0:
            raise _GiveUp("no_arrivals")
        for i in self.model.intakes:  # follow-up contacts, at their intake with their ticket's fields
            node = self.model.nodes[i]
            if node.follow_ups is None:
                continue
            q = min(self.made_share(node.follow_ups), 1.0 - 1e-9)  # 1: without end, overloading a pool
            via = self.model.nodes[node.follow_ups.via]
            arrival = intake_arrival(node)
            weekly = arrival.weekly_rates
            hourly = math.fsum(map(math.fsum, weekly)) / 168.0 if weekly else arrival.rate_per_hour
            per_minute = hourly * self.multiplier / 60.0 * q / (1.0 - q)
            for values, p in self.initial(node):
                for name, value in intake_arrival(via).set_fields.items():
                    if name in self.slot:
                        k = self.slot[name]
                        values = values[:k] + (value,) + values[k + 1 :]
                state = (via.index, values + (FOLLOW_UP,))
                if per_minute * p > 0:
                    inflow[state] = inflow.get(state, 0.0) + per_minute * p
        succ: dict[tuple, dict[tuple, float]] = {}
        todo = list(inflow)
        while todo:
            state = todo.pop()
            if state in succ:
                continue
            out = succ[state] = {}
            for target, p in self.successors(self.model.nodes[state[0]], state[1]):
                out[target] = out.get(target, 0.0) + p
                if target not in succ:
                    todo.append(target)
            if len(succ) > MAX_STATES:
                raise _GiveUp("too_many_classes", states=len(succ))
        rate: dict[tuple[int, tuple], float] = {}
        for members in _components(succ):  # upstream first: each loop solved once
            if len(members) > MAX_LOOP:
                raise _GiveUp("too_many_classes", states=len(members))
            where = {s: k for k, s in enumerate(members)}
            matrix = [[float(r == k) for k in range(len(members))] for r in range(len(members))]
            for s in members:
                for target, p in succ[s].items():
                    if target in where:
                        matrix[where[target]][where[s]] -= p
            try:
                solved = solve_linear(matrix, [inflow.get(s, 0.0) for s in members])
            except ValueError:
                raise _GiveUp("trapped", *sorted({self.model.nodes[s[0]].id for s in members})) from None
            for s, lam in zip(members, solved):
                rate[s] = lam
                for target, p in succ[s].items():
                    if target not in where:
                        inflow[target] = inflow.get(target, 0.0) + lam * p
        return rate

    # ------------------------------------------------ queues
    def duration(self, node, values: tuple):
        ticket = self.ticket(values)
        for when, dist in node.duration_rules:
            if when(ticket):
                return dist
        return node.duration

    def run(self) -> Estimate:
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
                raise _GiveUp(
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


def _components(succ: dict[tuple, dict[tuple, float]]) -> list[list[tuple]]:
    """Strongly connected components, upstream first (Tarjan 1972, iterative)."""
    index: dict[tuple, int] = {}
    low: dict[tuple, int] = {}
    stack: list[tuple] = []
    on_stack: set[tuple] = set()
    found: list[list[tuple]] = []
    for root in succ:
        if root in index:
            continue
        work = [(root, iter(succ[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(succ[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(component)
    found.reverse()  # Tarjan emits downstream components first
    return found
