"""The staffing finder: the cheapest plan (agents per pool) that meets every target, with intervals,
and the frontier of cost against breach rate. Queueing theory (model/sim/theory.py) bounds the head
counts worth trying; candidates are simulated in rounds of replications with common random numbers,
and a candidate stops as soon as its intervals rule it in or out, or it costs more than a plan
already known to meet the targets (the replications this saves are counted).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from threading import Event

from blueprint_studio.model.build import calendar_of
from blueprint_studio.model.schema import Blueprint, Pool, Scenario, agents_in
from blueprint_studio.model.sim import theory
from blueprint_studio.model.sim.replications import compile_for
from blueprint_studio.model.staffing.candidates import Candidate, Variations
from blueprint_studio.model.staffing.figures import BREACH, variant
from blueprint_studio.model.staffing.runners import LocalRunner, Runner, Task
from blueprint_studio.model.staffing.sweep import Execution, Progress, Row, check_compiles, figure_order
from blueprint_studio.model.staffing.targets import Target, targets_of

FIRST_ROUND = 3  # replications every candidate gets before any is judged
# Undecided candidates refined at once, cheapest first. A constant, not the runner's size: the
# search then takes the same steps, and gives the same answer, on any runner.
WINDOW = 8


class StaffingError(ValueError):
    """`code`: staffing.no_targets (the document sets none), staffing.no_pools (no pool to staff)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code, self.params = code, params


@dataclass
class PoolBounds:
    """The head counts tried for one pool, from the offered load (Erlangs) the theory gives."""

    pool: str
    low: int
    high: int
    load: float | None  # None: the estimate does not apply; the bounds surround today's head count


@dataclass
class StaffingResult:
    best: Row | None
    frontier: list[Row]
    evaluated: int  # candidates simulated at least once
    dropped_early: int  # candidates stopped before the full replications
    candidates: int
    rows: list[Row]
    replications_run: int = 0
    replications_saved: int = 0  # against every candidate run to the full replications
    replications: int = 0  # the full count for one candidate
    bounds: list[PoolBounds] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    frontier_figure: str = BREACH  # the figure the frontier sets against cost

    def to_json(self) -> dict:
        return {
            "best": self.best.to_json() if self.best else None,
            "frontier": [self.rows.index(r) for r in self.frontier],
            "frontier_figure": self.frontier_figure,
            "evaluated": self.evaluated,
            "dropped_early": self.dropped_early,
            "candidates": self.candidates,
            "replications": self.replications,
            "replications_run": self.replications_run,
            "replications_saved": self.replications_saved,
            "bounds": [vars(b) for b in self.bounds],
            "rows": [r.to_json() for r in self.rows],
        }


def _duty_share(pool: Pool) -> float:
    """Mean head count over the week as a share of the peak (1 without shifts)."""
    cal = calendar_of(pool.agents, pool.shifts)
    peak = max(cal.agents) if cal.agents else 0
    if not pool.shifts or peak == 0:
        return 1.0
    ends = (*cal.starts[1:], 7 * 1440.0)
    mean = math.fsum((e - s) * n for s, e, n in zip(cal.starts, ends, cal.agents)) / (7 * 1440.0)
    return mean / peak


def pool_bounds(blueprint: Blueprint, scenario_id: str | None) -> list[PoolBounds]:
    """Per pool: the least head count that keeps it stable (and under the utilisation and mean
    wait targets, by Erlang C for a pool on duty around the clock), up to half as many again.
    Shifts are set aside for the estimate (it needs a constant head count) and brought back by
    the share of the week a pool is on duty."""
    scenario = next((s for s in blueprint.scenarios if s.id == scenario_id), None)
    pools = blueprint.all_pools()
    flat = Candidate(pool_shifts={p.id: [] for p in pools})
    changed, sc = variant(blueprint, scenario_id, flat)
    estimate = theory.estimate(compile_for(changed, sc.id), sc.arrival_multiplier)
    targets = blueprint.targets
    most = targets.utilisation_at_most or 1.0
    out: list[PoolBounds] = []
    for pool in pools:
        today = agents_in(pool, scenario)  # 0 is a head count too (a pool closed in the scenario)
        steps = [s for s in estimate.steps if s.pool == pool.id] if estimate.ok else []
        if not estimate.ok:
            low = max(1, today - 1)
            out.append(PoolBounds(pool.id, low, max(low + 1, today + 1), None))
            continue
        if not steps:
            continue  # no step of the flow uses it: nothing to staff
        rate = math.fsum(s.arrival_rate for s in steps)
        load = math.fsum(s.arrival_rate * s.service_mean for s in steps)
        share = _duty_share(pool)
        low = max(1, math.floor(load / (share * most)) + 1)
        if (
            targets.wait_at_most is not None
            and targets.wait_statistic == "mean"
            and share == 1.0
            and rate > 0
        ):
            while low < 10_000 and theory.mmc(rate, load / rate, low).wq > targets.wait_at_most:
                low += 1
        out.append(PoolBounds(pool.id, low, low + max(1, math.ceil(low / 2)), load))
    return out


def _schedule(total: int) -> list[int]:
    """Replications reached after each round: 3, 6, 12 … up to the full count."""
    rounds, n = [], min(FIRST_ROUND, total)
    while n < total:
        rounds.append(n)
        n *= 2
    return [*rounds, total]


def frontier_figure(rows: list[Row], targets: list[Target]) -> str:
    """The figure the frontier sets against cost: the SLA breach rate, or when no run measured
    one (no SLA policy), the first target's figure."""
    if any(r.breach_rate.n for r in rows) or not targets:
        return BREACH
    return targets[0].figure


def frontier_of(rows: list[Row], figure: str = BREACH) -> list[Row]:
    """Rows no other row beats on both cost and `figure`, cheapest first."""

    def value(row: Row) -> float:
        e = row.estimates.get(figure)
        return e.mean if e is not None else math.nan

    measured = [r for r in rows if r.replications and value(r) == value(r)]
    out: list[Row] = []
    best = math.inf
    for row in sorted(measured, key=lambda r: (r.cost, value(r))):
        if value(row) < best:
            out.append(row)
            best = value(row)
    return out


class _Search:
    """The rounds of a search. Every candidate gets the first round (the frontier spans the whole
    grid with intervals); then the cheapest undecided candidates, `window` at a time, get more
    replications until each is ruled in or out, or reaches the full count. Once a plan is ruled
    in, every costlier one stops: it cannot be the cheapest."""

    def __init__(
        self,
        execution: Execution,
        candidates: list[Candidate],
        targets: list[Target],
        total: int,
        window: int,
    ) -> None:
        self.execution, self.candidates, self.targets = execution, candidates, targets
        self.total, self.window = total, window
        self.rows: dict[str, Row] = {}
        self.stopped: dict[str, str] = {}  # in, out, costlier, or done (ran every replication)

    def run(self) -> None:
        levels = _schedule(self.total)
        self._round({c: levels[0] for c in self.candidates})
        while True:
            live = sorted(
                (c for c in self.candidates if c.key not in self.stopped), key=lambda c: self.rows[c.key].cost
            )
            if not live:
                return
            batch = live[: self.window]
            self._round({c: next(n for n in levels if n > self.rows[c.key].replications) for c in batch})

    def _round(self, batch: dict[Candidate, int]) -> None:
        """Bring each candidate of `batch` to its number of replications, then judge it."""
        self.execution.run([Task(c, r) for c, n in batch.items() for r in range(n)])
        for c, n in batch.items():
            row = self.rows[c.key] = self.execution.row(c, n, self.targets)
            if any(check.met is False for check in row.checks):
                self.stopped[c.key] = "out"
            elif row.meets:
                self.stopped[c.key] = "in"
            elif n >= self.total:
                self.stopped[c.key] = "done"
        cheapest = min((r.cost for r in self.rows.values() if r.meets), default=math.inf)
        for c in self.candidates:
            if c.key not in self.stopped and self.rows[c.key].cost > cheapest:
                self.stopped[c.key] = "costlier"
        left = sum(
            self.total - self.rows[c.key].replications for c in self.candidates if c.key not in self.stopped
        )
        self.execution.total = self.execution.done + left


def find_staffing(
    blueprint: Blueprint,
    scenario_id: str | None,
    *,
    runner: Runner | None = None,
    progress: Progress | None = None,
    cancel: Event | None = None,
    checkpoint: str | None = None,
    variations: Variations | None = None,
    replications: int | None = None,
) -> StaffingResult:
    """Search the head counts of `variations` (default: the theory's bounds per pool). Raises
    StaffingError, CompileFailed, Cancelled (the checkpoint keeps what finished)."""
    scenario: Scenario | None = next((s for s in blueprint.scenarios if s.id == scenario_id), None)
    targets = targets_of(blueprint, scenario)
    if not targets:
        raise StaffingError("staffing.no_targets")
    bounds: list[PoolBounds] = []
    if variations is None or not (variations.pool_agents or variations.shift_plans or variations.plans):
        bounds = pool_bounds(blueprint, scenario_id)
        if not bounds:
            raise StaffingError("staffing.no_pools")
        grid = Variations(
            arrival_multipliers=list(variations.arrival_multipliers) if variations else [],
            pool_agents={b.pool: list(range(b.low, b.high + 1)) for b in bounds},
        )
    else:
        grid = variations
    candidates = grid.candidates()
    check_compiles(blueprint, scenario_id, candidates)
    total = replications or (scenario.replications if scenario else 5)
    own = runner is None
    active = runner or LocalRunner()
    execution = Execution(
        blueprint, scenario_id, active, kind="staff", progress=progress, cancel=cancel, checkpoint=checkpoint
    )
    execution.total = len(candidates) * total
    search = _Search(execution, candidates, targets, total, window=WINDOW)
    try:
        search.run()
    finally:
        execution.close()
        if own:
            active.close()
    rows, stopped = search.rows, search.stopped
    ordered = [rows[c.key] for c in candidates if c.key in rows]
    for row in ordered:
        reason = stopped.get(row.candidate.key, "")
        row.stopped = reason if row.replications < total and reason != "done" else ""
    winners = sorted((r for r in ordered if r.meets), key=lambda r: (r.cost, r.breach_rate.mean))
    run = sum(r.replications for r in ordered)
    figure = frontier_figure(ordered, targets)
    return StaffingResult(
        best=winners[0] if winners else None,
        frontier=frontier_of(ordered, figure),
        frontier_figure=figure,
        evaluated=len(ordered),
        dropped_early=sum(r.replications < total for r in ordered),
        candidates=len(candidates),
        rows=ordered,
        replications_run=run,
        replications_saved=len(candidates) * total - run,
        replications=total,
        bounds=bounds,
        figures=figure_order(ordered),
    )
