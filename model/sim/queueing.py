"""Queueing formulas: M/M/c (Erlang B and C), non-preemptive priority queues and open Jackson
networks. Pure functions on the standard library, no simulation. Units: every rate is per MINUTE and
every service time is a mean in MINUTES. Formulas follow Gross, Shortle, Thompson & Harris,
*Fundamentals of Queueing Theory* (4th ed., Wiley 2008), cited as [GH] with the chapter, and
Kleinrock, *Queueing Systems* vol. 1 (Wiley 1975), cited as [K]. theory.py publishes them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

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
