"""Comparing two scenarios with common random numbers: paired differences per replication, the
confidence interval of each difference, and which differences are real. No Qt.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field, fields

from blueprint_studio.model.kpis import FigureText
from blueprint_studio.model.schema import Blueprint
from blueprint_studio.model.sim.results import FigureSet, ReplicatedResult, RunResult
from blueprint_studio.model.sim.settings import SimulationSettings
from blueprint_studio.model.sim.stats import confidence_interval


@dataclass(frozen=True)
class Difference:
    """B − A for one figure, paired per replication. `real` when the interval excludes zero."""

    key: str
    a: float
    b: float
    mean: float
    ci_low: float
    ci_high: float
    half_width: float
    n: int

    @property
    def real(self) -> bool:
        return self.n >= 2 and (self.ci_low > 0 or self.ci_high < 0)


@dataclass(frozen=True)
class StepChange(FigureSet):
    """B − A for the step figures (StepFigures fields) a comparison pairs."""

    wait_mean: Difference
    time_mean: Difference
    queue_mean: Difference
    breaches: Difference
    visits: Difference


@dataclass(frozen=True)
class PoolChange(FigureSet):
    """B − A for the pool figures (PoolFigures fields) a comparison pairs."""

    utilisation: Difference
    cost: Difference


STEP_METRICS = tuple(f.name for f in fields(StepChange))
POOL_METRICS = tuple(f.name for f in fields(PoolChange))


@dataclass
class Comparison:
    a: ReplicatedResult
    b: ReplicatedResult
    kpis: dict[str, Difference] = field(default_factory=dict)
    steps: dict[str, StepChange] = field(default_factory=dict)
    pools: dict[str, PoolChange] = field(default_factory=dict)

    def real_kpis(self) -> list[str]:
        return [k for k, d in self.kpis.items() if d.real]


def row_texts(key: str, d: Difference, figure: Callable[..., FigureText]) -> tuple[str, str, str]:
    """A and B in one unit, and B − A with its interval in one unit ("+2.7 h [+1.8 ; +3.6] h"), or
    "—" when there is no difference to give. `figure` is kpis.format_figure with the reader's
    number style (and currency) bound: the window's, the report's."""
    a = figure(key, d.a, reference=(d.b,)).value
    b = figure(key, d.b, reference=(d.a,)).value
    if d.mean != d.mean:
        return a, b, "—"
    diff = figure(key, d.mean, d.ci_low, d.ci_high, signed=True)
    return a, b, f"{diff.value}  {diff.bracket}" if diff.has_interval else diff.value


def paired(key: str, a: list[float], b: list[float]) -> Difference:
    """The difference of two paired series (replication r of A against replication r of B)."""
    pairs = [(x, y) for x, y in zip(a, b) if x == x and y == y]
    ci = confidence_interval([y - x for x, y in pairs])
    mean_a = math.fsum(x for x, _ in pairs) / len(pairs) if pairs else math.nan
    mean_b = math.fsum(y for _, y in pairs) / len(pairs) if pairs else math.nan
    half = ci.half_width
    if ci.n >= 2 and half != half:  # every difference equal: a zero-width interval
        half = 0.0
    low = ci.mean - half if ci.n >= 2 else math.nan
    high = ci.mean + half if ci.n >= 2 else math.nan
    return Difference(key, mean_a, mean_b, ci.mean, low, high, half, int(ci.n))


def _series(runs: list[RunResult], pick: Callable[[RunResult], float | None]) -> list[float]:
    out = []
    for run in runs:
        value = pick(run)
        out.append(math.nan if value is None else float(value))
    return out


def _kpi(key: str) -> Callable[[RunResult], float | None]:
    return lambda run: run.kpis.get(key)


def _step_figure(step: str, metric: str) -> Callable[[RunResult], float | None]:
    def pick(run: RunResult) -> float | None:
        figures = run.steps.get(step)
        return None if figures is None else getattr(figures, metric)

    return pick


def _pool_figure(pool: str, metric: str) -> Callable[[RunResult], float | None]:
    def pick(run: RunResult) -> float | None:
        figures = run.pools.get(pool)
        return None if figures is None else getattr(figures, metric)

    return pick


def compare_results(a: ReplicatedResult, b: ReplicatedResult) -> Comparison:
    """Pair replication r of A with replication r of B (they must share seeds to be CRN)."""
    n = min(len(a.runs), len(b.runs))
    ra, rb = a.runs[:n], b.runs[:n]
    result = Comparison(a, b)
    keys = list(dict.fromkeys([*ra[0].kpis, *rb[0].kpis]))
    for key in keys:
        result.kpis[key] = paired(key, _series(ra, _kpi(key)), _series(rb, _kpi(key)))
    for step in dict.fromkeys([*ra[0].steps, *rb[0].steps]):
        result.steps[step] = StepChange(
            **{
                m: paired(m, _series(ra, _step_figure(step, m)), _series(rb, _step_figure(step, m)))
                for m in STEP_METRICS
            }
        )
    for pool in dict.fromkeys([*ra[0].pools, *rb[0].pools]):
        result.pools[pool] = PoolChange(
            **{
                m: paired(m, _series(ra, _pool_figure(pool, m)), _series(rb, _pool_figure(pool, m)))
                for m in POOL_METRICS
            }
        )
    return result


def crn_settings(a: SimulationSettings, b: SimulationSettings) -> SimulationSettings:
    """B's settings with A's seed and replication count, so run r of both draws the same streams."""
    return b.with_(seed=a.seed, replications=a.replications)


def settings_of(blueprint: Blueprint, scenario_id: str | None) -> SimulationSettings:
    scenario = next((s for s in blueprint.scenarios if s.id == scenario_id), None)
    return SimulationSettings.from_scenario(scenario) if scenario else SimulationSettings()


def _share(progress: Callable[[float], None] | None, start: float) -> Callable[[float], None] | None:
    """Progress of one of two halves of the work, from `start`."""
    if progress is None:
        return None
    report = progress
    return lambda f: report(start + f / 2)


def compare(
    blueprint: Blueprint,
    scenario_a: str | None,
    scenario_b: str | None,
    *,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    executor: Executor | None = None,
) -> Comparison:
    """Run both scenarios with common random numbers (B takes A's seed and replications) and
    compare them; raises CompileFailed or Cancelled like `replicate`."""
    settings_a = settings_of(blueprint, scenario_a)
    settings_b = crn_settings(settings_a, settings_of(blueprint, scenario_b))
    # Imported here: the window shows the comparison's types at start, but runs none before it
    # first shows; the replications bring the engine, the compiler and the process pool.
    from blueprint_studio.model.sim.replications import compile_for, replicate

    model_a, model_b = compile_for(blueprint, scenario_a), compile_for(blueprint, scenario_b)
    half, rest = _share(progress, 0.0), _share(progress, 0.5)
    a = replicate(model_a, settings_a, executor, progress=half, cancel=cancel)
    b = replicate(model_b, settings_b, executor, progress=rest, cancel=cancel)
    return compare_results(a, b)
