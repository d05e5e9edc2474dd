"""Helpers for simulator tests: small queueing blueprints, and the statistics to compare
replications with theory (t-based confidence intervals, Welch's test) written here, apart from
the engine's own `model.sim.stats`, so that a bug there cannot hide a bug in the engine.
"""

from __future__ import annotations

import importlib.util
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.flow import FlowModel
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    Exponential,
    IntakeNode,
    Meta,
    Pool,
    SatisfactionNode,
    StepNode,
    TicketField,
)

# ---------------------------------------------------------------- the benchmark's SimPy model

BENCH = Path(__file__).resolve().parents[2] / "bench"


def simpy_reference() -> ModuleType:
    """bench/simpy_reference.py, loaded from its file: putting bench/ on sys.path would let its
    scripts (bench/canvas.py…) shadow the packages of the same name."""
    name = "_bench_simpy_reference"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, BENCH / "simpy_reference.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def run_simpy(spec: dict[str, Any], tickets: int, seed: int, warmup: float) -> dict[str, Any]:
    """A picklable entry point for worker processes (they import simkit, not bench/)."""
    return simpy_reference().run_simpy(spec, tickets, seed, warmup)


# ---------------------------------------------------------------- blueprints


def compiled(bp: Blueprint) -> FlowModel:
    result = compile_blueprint(bp)
    assert result.ok, [d.code for d in result.errors]
    return result.model


def single_step(
    rate_per_hour: float,
    service_mean: float,
    agents: int,
    discipline: str = "fifo",
    fields: Sequence[TicketField] = (),
    priority_field: str | None = None,
) -> Blueprint:
    """intake -> work (pool desk, exponential) -> done: an M/M/c queue."""
    return Blueprint(
        meta=Meta(title=f"M/M/{agents}"),
        fields=list(fields),
        pools=[Pool(id="desk", agents=agents, discipline=discipline, priority_field=priority_field)],
        nodes=[
            IntakeNode(id="in", rate_per_hour=rate_per_hour),
            StepNode(id="work", pool="desk", duration=Exponential(mean=service_mean)),
            EndNode(id="done"),
        ],
        edges=[Edge(id="e_in", source="in", target="work"), Edge(id="e_out", source="work", target="done")],
    )


@dataclass(frozen=True)
class Tier:
    step: str
    agents: int
    mean: float


def escalation_network(
    rate_per_hour: float, tiers: Sequence[Tier], p_up: Sequence[float], p_reopen: float
) -> Blueprint:
    """tier 1 -(p_up[0])-> tier 2 -(p_up[1])-> tier 3 ...; a ticket not escalated goes to a
    satisfaction survey that re-opens it to tier 1 with `p_reopen`, else it ends. One pool per
    tier, FIFO, exponential: a textbook open Jackson network."""
    nodes: list = [
        IntakeNode(id="in", rate_per_hour=rate_per_hour),
        SatisfactionNode(id="survey", p_satisfied=1.0 - p_reopen),
        EndNode(id="done"),
    ]
    pools = []
    edges = [
        Edge(id="e_in", source="in", target=tiers[0].step),
        Edge(id="e_reopen", source="survey", target=tiers[0].step, condition="satisfied == false"),
        Edge(id="e_close", source="survey", target="done", default=True),
    ]
    for k, tier in enumerate(tiers):
        pools.append(Pool(id=f"pool_{tier.step}", agents=tier.agents))
        nodes.append(
            StepNode(
                id=tier.step, pool=f"pool_{tier.step}", level=k + 1, duration=Exponential(mean=tier.mean)
            )
        )
        if k < len(p_up) and k + 1 < len(tiers):
            edges.append(
                Edge(id=f"e_up_{k}", source=tier.step, target=tiers[k + 1].step, probability=p_up[k])
            )
            edges.append(Edge(id=f"e_down_{k}", source=tier.step, target="survey", default=True))
        else:
            edges.append(Edge(id=f"e_down_{k}", source=tier.step, target="survey"))
    return Blueprint(meta=Meta(title="Jackson network"), pools=pools, nodes=nodes, edges=edges)


def escalation_routing(tiers: int, p_up: Sequence[float], p_reopen: float) -> list[list[float]]:
    """The routing matrix of `escalation_network` between its steps, written from the
    description (not from the blueprint): r[k][k+1] = up_k, r[k][0] += (1 - up_k)·p_reopen."""
    r = [[0.0] * tiers for _ in range(tiers)]
    for k in range(tiers):
        up = p_up[k] if k < len(p_up) and k + 1 < tiers else 0.0
        if up:
            r[k][k + 1] = up
        r[k][0] += (1.0 - up) * p_reopen
    return r


# ---------------------------------------------------------------- event logs


class EventRecorder:
    """An event sink keeping every argument it receives (the ticket's fields with their order),
    to compare the event logs of both loops."""

    def __init__(self) -> None:
        self.rows: list[tuple] = []

    def record(self, ticket, node, pool, agent, enabled, start, end, status) -> None:
        self.rows.append(
            (
                ticket.id,
                ticket.arrival,
                dict(ticket.fields),
                list(ticket.fields),
                node.id if node is not None else None,
                pool,
                agent,
                enabled,
                start,
                end,
                status,
            )
        )


# ---------------------------------------------------------------- statistics


def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction of the regularised incomplete beta (Numerical Recipes, 6.4)."""
    tiny, qab, qap, qam = 1e-300, a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        for aa in (
            m * (b - m) * x / ((qam + m2) * (a + m2)),
            -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)),
        ):
            d = 1.0 + aa * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + aa / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < 3e-16:
            break
    return h


def incomplete_beta(a: float, b: float, x: float) -> float:
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    if x < (a + 1) / (a + b + 2):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """Student's t distribution function, for any real df > 0."""
    tail = 0.5 * incomplete_beta(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


def t_quantile(p: float, df: float) -> float:
    """Inverse of `t_cdf` by bisection (60 halvings: far below any tolerance used here)."""
    lo, hi = -1e4, 1e4
    for _ in range(100):
        mid = (lo + hi) / 2.0
        lo, hi = (mid, hi) if t_cdf(mid, df) < p else (lo, mid)
    return (lo + hi) / 2.0


@dataclass(frozen=True)
class Interval:
    mean: float
    half_width: float
    n: int

    @property
    def low(self) -> float:
        return self.mean - self.half_width

    @property
    def high(self) -> float:
        return self.mean + self.half_width

    def __str__(self) -> str:
        return f"{self.mean:.4g} ± {self.half_width:.3g} (n={self.n})"


def interval(values: Iterable[float], level: float = 0.99) -> Interval:
    """Two-sided t confidence interval of the mean of independent replications."""
    xs = [float(v) for v in values]
    n = len(xs)
    assert n >= 2 and all(math.isfinite(x) for x in xs), xs
    mean = math.fsum(xs) / n
    sd = math.sqrt(math.fsum((x - mean) ** 2 for x in xs) / (n - 1))
    return Interval(mean, t_quantile(0.5 + level / 2.0, n - 1) * sd / math.sqrt(n), n)


def assert_theory_in_ci(
    values: Iterable[float],
    theory: float,
    what: str,
    *,
    bias: float = 0.01,
    precision: float = 0.1,
    level: float = 0.99,
) -> None:
    """The theory value must lie in the replications' `level` t-interval widened by `bias`·theory
    on each side: runs start empty, and what warm-up leaves of that start-up bias (and the
    horizon's cut of tickets still open) is a small relative error that no number of
    replications removes. `precision` keeps the test sharp: a half-width above
    `precision`·theory means the run was too short to say anything, which fails too."""
    ci = interval(values, level)
    slack = bias * abs(theory)
    assert ci.half_width <= precision * abs(theory), (
        f"{what}: CI {ci} too wide to test theory {theory:.4g} (allowed ±{precision:.0%})"
    )
    assert ci.low - slack <= theory <= ci.high + slack, (
        f"{what}: theory {theory:.4g} outside the {level:.0%} CI {ci} widened by ±{slack:.3g}"
    )


def welch_p_value(a: Sequence[float], b: Sequence[float]) -> float:
    """Two-sided p-value of Welch's unequal-variance t-test for equal means
    (Welch–Satterthwaite degrees of freedom)."""
    na, nb = len(a), len(b)
    ma, mb = math.fsum(a) / na, math.fsum(b) / nb
    va = math.fsum((x - ma) ** 2 for x in a) / (na - 1)
    vb = math.fsum((x - mb) ** 2 for x in b) / (nb - 1)
    se2 = va / na + vb / nb
    if se2 == 0:
        return 1.0 if ma == mb else 0.0
    t = (ma - mb) / math.sqrt(se2)
    df = se2**2 / ((va / na) ** 2 / (na - 1) + (vb / nb) ** 2 / (nb - 1))
    return 2.0 * (1.0 - t_cdf(abs(t), df))
