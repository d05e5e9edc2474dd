"""The statistics of a calibration, with scipy.stats: a duration fitted by maximum likelihood as
exponential, log-normal and gamma, and an empirical histogram, the one with the lowest AIC kept
with its Kolmogorov-Smirnov distance; arrival rates per hour of the week; shares with their
confidence intervals. Figures only: what they apply to is model/calibrate/mapping.py's.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import stats  # type: ignore[import-untyped]

from blueprint_studio.model.schema import Empirical, Exponential, Gamma, LogNormal

FAMILIES: tuple[str, ...] = ("exponential", "lognormal", "gamma", "empirical")
MIN_SAMPLES = 5  # fewer durations than this are reported, not fitted
QUANTILES = 500  # points of the table that carries a gamma or an empirical fit into the simulator
Z95 = 1.959963984540054  # the normal quantile of a 95 % interval, for shares (Wilson)
HOURS_OF_WEEK = 7 * 24


@dataclass(frozen=True)
class DurationFit:
    """The family kept for a set of durations (minutes) and how well it fits."""

    family: str
    params: dict[str, float]
    n: int
    mean: float  # of the fitted distribution
    sample_mean: float
    mean_low: float  # 95 % confidence interval of the mean of the durations
    mean_high: float
    ks: float  # Kolmogorov-Smirnov distance between the durations and the kept distribution
    aic: dict[str, float]
    zeros: int = 0  # durations of zero, left out of the fit (instant changes of state)
    quantiles: tuple[float, ...] = field(default=(), repr=False)

    def distribution(self) -> Exponential | LogNormal | Gamma | Empirical:
        """The fit as the simulator draws it: an empirical one as a table of quantiles."""
        if self.family == "exponential":
            return Exponential(mean=self.params["mean"])
        if self.family == "lognormal":
            return LogNormal(mean=self.params["mean"], sd=self.params["sd"])
        if self.family == "gamma":
            return Gamma(shape=self.params["shape"], scale=self.params["scale"])
        return Empirical(samples=[round(q, 6) for q in self.quantiles])


def _probabilities(count: int) -> np.ndarray:
    return (np.arange(count) + 0.5) / count


def fit_durations(values: Sequence[float] | np.ndarray) -> DurationFit | None:
    """The best of the four families by AIC, or None with fewer than MIN_SAMPLES durations."""
    data = np.asarray(values, dtype=float)
    data = data[np.isfinite(data) & (data >= 0)]
    positive = np.sort(data[data > 0])
    n = len(positive)
    if n < MIN_SAMPLES:
        return None
    candidates: dict[str, tuple[float, dict[str, float], object]] = {}
    scale = float(positive.mean())
    expon = stats.expon(scale=scale)
    candidates["exponential"] = (_aic(expon.logpdf(positive), 1), {"mean": scale}, expon)
    if np.ptp(positive) > 0:
        s, _, sc = stats.lognorm.fit(positive, floc=0)
        logn = stats.lognorm(s, scale=sc)
        mean, sd = float(logn.mean()), float(logn.std())
        params = {"mean": mean, "sd": sd, "mu": math.log(sc), "sigma": float(s)}
        candidates["lognormal"] = (_aic(logn.logpdf(positive), 2), params, logn)
        a, _, sc = stats.gamma.fit(positive, floc=0)
        gam = stats.gamma(a, scale=sc)
        params = {
            "shape": float(a),
            "scale": float(sc),
            "mean": float(a * sc),
            "sd": float(math.sqrt(a) * sc),
        }
        candidates["gamma"] = (_aic(gam.logpdf(positive), 2), params, gam)
    candidates["empirical"] = _empirical(positive)
    aic = {family: value[0] for family, value in candidates.items()}
    best = min(aic, key=lambda family: (aic[family], FAMILIES.index(family)))
    _, params, frozen = candidates[best]
    if best == "empirical":
        quantiles = tuple(float(q) for q in np.quantile(positive, _probabilities(QUANTILES)))
        ks = float(stats.ks_2samp(positive, np.asarray(quantiles)).statistic)
        mean = float(np.mean(quantiles))
    else:
        dist = frozen
        quantiles = tuple(float(q) for q in dist.ppf(_probabilities(QUANTILES))) if best == "gamma" else ()  # type: ignore[attr-defined]
        ks = float(stats.kstest(positive, dist.cdf).statistic)  # type: ignore[attr-defined]
        mean = float(params["mean"])
    sample_mean = float(positive.mean())
    # Student's t with n - 1 degrees of freedom: the spread is estimated from as few as 5 values
    half = float(stats.t.ppf(0.975, n - 1)) * float(positive.std(ddof=1)) / math.sqrt(n)
    return DurationFit(
        family=best,
        params={k: float(v) for k, v in params.items()},
        n=n,
        mean=mean,
        sample_mean=sample_mean,
        mean_low=max(0.0, sample_mean - half),
        mean_high=sample_mean + half,
        ks=ks,
        aic={k: float(v) for k, v in aic.items()},
        zeros=int(len(data) - n),
        quantiles=quantiles,
    )


def _aic(logpdf: np.ndarray, parameters: int) -> float:
    loglik = float(np.sum(logpdf))
    return 2 * parameters - 2 * loglik if math.isfinite(loglik) else math.inf


def _empirical(positive: np.ndarray) -> tuple[float, dict[str, float], object]:
    """A histogram's likelihood (density constant on each bin), its bins counted as parameters,
    so that the table wins only when no family describes the durations."""
    n = len(positive)
    bins = int(min(200, max(5, math.ceil(2 * n ** (1 / 3)))))
    counts, edges = np.histogram(positive, bins=bins)
    widths = np.diff(edges)
    used = counts > 0
    loglik = float(np.sum(counts[used] * np.log(counts[used] / (n * widths[used]))))
    return 2 * (bins - 1) - 2 * loglik, {"bins": float(bins), "mean": float(positive.mean())}, None


@dataclass(frozen=True)
class WeeklyRates:
    """Tickets per hour for each hour of the week (Monday 00:00 first), with the hours observed."""

    rates: tuple[tuple[float, ...], ...]  # 7 rows of 24
    counts: tuple[int, ...]  # 168 cells
    exposure: tuple[int, ...]  # hours of each cell covered by the export
    total: int
    hours: float

    @property
    def mean_rate(self) -> float:
        return self.total / self.hours if self.hours > 0 else 0.0

    def mean_rate_interval(self) -> tuple[float, float]:
        """95 % interval of the mean rate: the exact (Garwood) interval of a Poisson count, which a
        few tickets need (the normal approximation even goes below zero there)."""
        if self.hours <= 0:
            return 0.0, 0.0
        k = self.total
        low = float(stats.chi2.ppf(0.025, 2 * k)) / 2 if k > 0 else 0.0
        high = float(stats.chi2.ppf(0.975, 2 * k + 2)) / 2
        return low / self.hours, high / self.hours


def weekly_rates(created: Sequence[float] | np.ndarray, start: float, end: float) -> WeeklyRates:
    """Arrivals per hour of the week over the hours from `start` to `end` (minutes from a Monday
    00:00): each cell's count divided by how many times that hour was observed."""
    first, last = int(math.floor(start / 60)), max(int(math.ceil(end / 60)), int(math.floor(start / 60)) + 1)
    hours = np.arange(first, last)
    exposure = np.bincount(hours % HOURS_OF_WEEK, minlength=HOURS_OF_WEEK)
    times = np.asarray(created, dtype=float)
    cells = (np.floor(times / 60).astype(np.int64)) % HOURS_OF_WEEK
    counts = np.bincount(cells, minlength=HOURS_OF_WEEK)
    rates = np.where(exposure > 0, counts / np.maximum(exposure, 1), 0.0)
    unseen = exposure == 0
    if unseen.any():  # an export shorter than a week: its hours of the day stand for the others
        by_hour = (np.arange(HOURS_OF_WEEK) % 24)[~unseen]
        seen_counts = np.bincount(by_hour, weights=counts[~unseen], minlength=24)
        seen_hours = np.bincount(by_hour, weights=exposure[~unseen], minlength=24)
        overall = counts.sum() / max(exposure.sum(), 1)
        hourly = np.where(seen_hours > 0, seen_counts / np.maximum(seen_hours, 1), overall)
        rates = np.where(unseen, hourly[np.arange(HOURS_OF_WEEK) % 24], rates)
    rows = tuple(tuple(float(r) for r in rates[d * 24 : (d + 1) * 24]) for d in range(7))
    return WeeklyRates(
        rows,
        tuple(int(c) for c in counts),
        tuple(int(e) for e in exposure),
        int(len(times)),
        float(last - first),
    )


def share_interval(count: int, total: int) -> tuple[float, float, float]:
    """A share and its 95 % Wilson interval."""
    if total <= 0:
        return 0.0, 0.0, 0.0
    p = count / total
    denominator = 1 + Z95**2 / total
    centre = (p + Z95**2 / (2 * total)) / denominator
    half = Z95 * math.sqrt(p * (1 - p) / total + Z95**2 / (4 * total**2)) / denominator
    return p, max(0.0, centre - half), min(1.0, centre + half)


def quantile_table(values: Sequence[float] | np.ndarray, count: int = 101) -> list[float]:
    """`count` quantiles from 0 to 1 (the distribution kept without every value)."""
    data = np.asarray(values, dtype=float)
    if len(data) == 0:
        return []
    return [float(q) for q in np.quantile(data, np.linspace(0, 1, count))]
