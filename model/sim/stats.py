"""Streaming statistics: memory does not grow with the number of tickets. Quantiles come from
log-spaced histogram bins (relative error under 0.5 %); means and maxima are exact.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

_RATIO = 1.01
_LOG_RATIO = math.log(_RATIO)
_MIN = 1e-3  # minutes; anything shorter counts in the first bin
_BINS = 2400  # up to _MIN * 1.01**2400 ≈ 2.3e7 minutes (~44 years)
_INV_MIN = 1.0 / _MIN
_INV_LOG_RATIO = 1.0 / _LOG_RATIO
_log = math.log


class Histogram:
    __slots__ = ("bins", "count", "total", "maximum")

    def __init__(self) -> None:
        self.bins: dict[int, int] = {}
        self.count = 0
        self.total = 0.0
        self.maximum = 0.0

    def add(self, x: float) -> None:
        self.count += 1
        self.total += x
        if x > self.maximum:
            self.maximum = x
        k = 0 if x <= _MIN else min(_BINS, 1 + int(_log(x * _INV_MIN) * _INV_LOG_RATIO))
        bins = self.bins
        bins[k] = bins.get(k, 0) + 1

    @property
    def mean(self) -> float:
        return self.total / self.count if self.count else math.nan

    def quantile(self, q: float) -> float:
        if not self.count:
            return math.nan
        rank = q * self.count
        seen = 0
        for k in sorted(self.bins):
            seen += self.bins[k]
            if seen >= rank:
                if k == 0:
                    return 0.0
                value = _MIN * _RATIO ** (k - 0.5)
                return min(value, self.maximum)
        return self.maximum

    def coarse(self, count: int = 40) -> list[tuple[float, float, int]]:
        """About `count` log-spaced bins (low, high, tickets) spanning what was seen, for
        distribution charts; empty bins inside the range are kept so bars line up."""
        if not self.count:
            return []
        keys = sorted(self.bins)
        first, last = keys[0], keys[-1]
        width = max(1, -(-(last - first + 1) // count))
        out: list[tuple[float, float, int]] = []
        for start in range(first, last + 1, width):
            n = sum(self.bins.get(k, 0) for k in range(start, start + width))
            low = 0.0 if start == 0 else _MIN * _RATIO ** (start - 1)
            out.append((low, min(_MIN * _RATIO ** (start + width - 1), max(self.maximum, low)), n))
        return out

    def merge(self, other: Histogram) -> None:
        for k, n in other.bins.items():
            self.bins[k] = self.bins.get(k, 0) + n
        self.count += other.count
        self.total += other.total
        self.maximum = max(self.maximum, other.maximum)


def t_quantile(p: float, df: int) -> float:
    """Student's t quantile by the Cornish-Fisher expansion around the normal (accurate to
    about 1e-3 from df = 3; exact table values below)."""
    table_975 = {
        1: 12.706,
        2: 4.303,
        3: 3.182,
        4: 2.776,
        5: 2.571,
        6: 2.447,
        7: 2.365,
        8: 2.306,
        9: 2.262,
        10: 2.228,
    }
    table_995 = {
        1: 63.657,
        2: 9.925,
        3: 5.841,
        4: 4.604,
        5: 4.032,
        6: 3.707,
        7: 3.499,
        8: 3.355,
        9: 3.250,
        10: 3.169,
    }
    if abs(p - 0.975) < 1e-12 and df in table_975:
        return table_975[df]
    if abs(p - 0.995) < 1e-12 and df in table_995:
        return table_995[df]
    z = NormalDist().inv_cdf(p)
    g1 = (z**3 + z) / 4
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
    g4 = (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / 92160
    return z + g1 / df + g2 / df**2 + g3 / df**3 + g4 / df**4


@dataclass(frozen=True)
class Estimate:
    """A figure over replications: its mean and t-based confidence interval (NaN bounds with fewer
    than two measures), and `n`, how many replications measured it."""

    mean: float
    ci_low: float
    ci_high: float
    half_width: float
    n: int


UNMEASURED = Estimate(math.nan, math.nan, math.nan, math.nan, 0)  # no replication measured it


def confidence_interval(values: list[float], level: float = 0.95) -> Estimate:
    """Mean and t-based confidence interval over replications (NaN values ignored)."""
    xs = [v for v in values if v == v]
    n = len(xs)
    if n == 0:
        return UNMEASURED
    mean = math.fsum(xs) / n
    if n == 1:
        return Estimate(mean, math.nan, math.nan, math.nan, 1)
    var = math.fsum((x - mean) ** 2 for x in xs) / (n - 1)
    half = t_quantile(0.5 + level / 2, n - 1) * math.sqrt(var / n)
    return Estimate(mean, mean - half, mean + half, half, n)
