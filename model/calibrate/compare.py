"""Simulated vs actual: a run of a calibrated scenario beside the export it was fitted from (the
figures kept in the scenario's `calibration`): time per state, the resolution-time distribution
with the Kolmogorov-Smirnov distance between them, the SLA breach rate, and the volume per hour
of the week. Pure figures for the window and the PDF; no Qt, no scipy (the distances come from
the quantile table and the run's histogram).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from blueprint_studio.model.schema import Blueprint, Scenario

PERCENTILES = (10, 25, 50, 75, 90, 95)


@dataclass(frozen=True)
class StateRow:
    node_id: str
    step: str  # the step's title
    state: str  # the export's state, level or group
    actual: float  # mean minutes in the export
    simulated_time: float | None  # mean minutes in the step (queue wait and service)
    simulated_service: float | None  # mean minutes of service


@dataclass(frozen=True)
class Comparison:
    source: str
    tickets: int
    states: list[StateRow]
    percentiles: list[tuple[int, float, float | None]]  # (p, actual, simulated) minutes
    ks: float | None  # between the actual and the simulated resolution times
    breach_actual: float | None
    breach_simulated: float | None
    weekly_actual: list[float]  # tickets per hour, 168 hours from Monday 00:00
    weekly_simulated: list[float]  # the rates the run drew arrivals from (its intakes, x multiplier)
    actual_quantiles: list[float] = field(default_factory=list)  # 101, minutes
    simulated_bins: list[tuple[float, float, int]] = field(default_factory=list)
    # (p50, p90, p95, longest, mean) of the resolution time in minutes: actual, simulated
    summary_actual: tuple[float, float, float, float, float] | None = None
    summary_simulated: tuple[float, float, float, float, float] | None = None

    def simulated_cdf(self) -> list[tuple[float, float]]:
        """(minutes, share of simulated tickets resolved by then) at each bin edge."""
        edges = sorted({b[0] for b in self.simulated_bins} | {b[1] for b in self.simulated_bins})
        return [(x, histogram_cdf(self.simulated_bins, x)) for x in edges]

    def daily(self) -> list[tuple[float, float]]:
        """Tickets per day of the week (Monday first): actual and simulated."""
        return [
            (
                sum(self.weekly_actual[d * 24 : (d + 1) * 24]),
                sum(self.weekly_simulated[d * 24 : (d + 1) * 24]),
            )
            for d in range(7)
        ]


def actual_cdf(quantiles: list[float], x: float) -> float:
    """The share of actual resolution times up to `x`, from the table of 101 quantiles."""
    n = len(quantiles) - 1
    if n < 1 or x < quantiles[0]:
        return 0.0
    if x >= quantiles[-1]:
        return 1.0
    lo, hi = 0, n
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if quantiles[mid] <= x:
            lo = mid
        else:
            hi = mid
    a, b = quantiles[lo], quantiles[hi]
    within = (x - a) / (b - a) if b > a else 1.0
    return (lo + within) / n


def histogram_cdf(bins: list[tuple[float, float, int]], x: float) -> float:
    total = sum(count for _, _, count in bins)
    if total <= 0:
        return math.nan
    below = 0.0
    for low, high, count in bins:
        if x >= high:
            below += count
        elif x > low:
            below += count * (x - low) / (high - low) if high > low else count
    return below / total


def histogram_quantile(bins: list[tuple[float, float, int]], p: float) -> float | None:
    if not bins or sum(c for *_, c in bins) <= 0:
        return None
    low, high = min(b[0] for b in bins), max(b[1] for b in bins)
    for _ in range(60):
        mid = (low + high) / 2
        if histogram_cdf(bins, mid) < p:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def ks_distance(quantiles: list[float], bins: list[tuple[float, float, int]]) -> float | None:
    """The largest gap between the two distributions' CDFs, at every quantile and bin edge."""
    if len(quantiles) < 2 or not bins:
        return None
    points = sorted({*quantiles, *(b[0] for b in bins), *(b[1] for b in bins)})
    return max(abs(actual_cdf(quantiles, x) - histogram_cdf(bins, x)) for x in points)


def compare(blueprint: Blueprint, scenario: Scenario, result: Any) -> Comparison | None:
    """The run `result` (a ReplicatedResult or a RunResult) of the calibrated `scenario` beside
    its export; None when the scenario is not calibrated."""
    record = scenario.calibration
    if record is None:
        return None
    runs = getattr(result, "runs", None) or [result]
    bins = [b for run in runs for b in run.resolution_histogram]
    names = {n.id: n.title or n.id for n in blueprint.nodes}
    states = []
    for node_id, fitted in record.fitted.items():
        figures = [run.steps.get(node_id) for run in runs]
        found = [f for f in figures if f is not None]
        time = _mean([f.time_mean for f in found])
        service = _mean([f.service_mean for f in found])
        actual = record.actual.state_means.get(fitted.state, fitted.mean)
        states.append(StateRow(node_id, names.get(node_id, node_id), fitted.state, actual, time, service))
    quantiles = list(record.actual.resolution_quantiles)
    percentiles = [
        (p, quantiles[p], histogram_quantile(bins, p / 100)) for p in PERCENTILES if len(quantiles) == 101
    ]
    breach = _mean([run.kpis.get("sla_resolution_breach_rate", math.nan) for run in runs])
    return Comparison(
        source=record.source,
        tickets=record.actual.tickets,
        states=states,
        percentiles=percentiles,
        ks=ks_distance(quantiles, bins),
        breach_actual=record.actual.breach_rate,
        breach_simulated=breach,
        weekly_actual=list(record.actual.weekly_volume),
        weekly_simulated=simulated_weekly(blueprint, scenario),
        actual_quantiles=quantiles,
        simulated_bins=bins,
        summary_actual=_actual_summary(quantiles),
        summary_simulated=_simulated_summary(runs),
    )


def _actual_summary(quantiles: list[float]) -> tuple[float, float, float, float, float] | None:
    if len(quantiles) != 101:
        return None
    # the mean of the quantile function, linear between the table's points
    mean = sum((a + b) / 2 for a, b in zip(quantiles, quantiles[1:], strict=False)) / 100
    return quantiles[50], quantiles[90], quantiles[95], quantiles[100], mean


def _simulated_summary(runs: list[Any]) -> tuple[float, float, float, float, float] | None:
    keys = (
        "resolution_elapsed_p50",
        "resolution_elapsed_p90",
        "resolution_elapsed_p95",
        "resolution_elapsed_max",
        "resolution_elapsed_mean",
    )
    values = [_mean([run.kpis.get(key, math.nan) for run in runs]) for key in keys]
    if any(v is None for v in values):
        return None
    p50, p90, p95, longest, mean = (float(v) for v in values if v is not None)
    return p50, p90, p95, longest, mean


def simulated_weekly(blueprint: Blueprint, scenario: Scenario) -> list[float]:
    """Tickets per hour of the week the scenario's intakes arrive by (fitted or drawn)."""
    total = [0.0] * 168
    for node in blueprint.nodes:
        if node.kind != "intake":
            continue
        schedule = scenario.intake_rates.get(node.id) or node.schedule
        cells = (
            [r for row in schedule.rates for r in row] if schedule is not None else [node.rate_per_hour] * 168
        )
        for k, rate in enumerate(cells):
            total[k] += rate * scenario.arrival_multiplier
    return total


def _mean(values: list[float]) -> float | None:
    finite = [v for v in values if v is not None and math.isfinite(v)]
    return sum(finite) / len(finite) if finite else None
