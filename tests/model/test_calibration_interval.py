"""The 95 % interval of a fitted duration's mean uses Student's t with n - 1 degrees of freedom:
a calibration from few durations must not claim the normal quantile's narrower interval."""

from __future__ import annotations

import math

import pytest

from blueprint_studio.model.calibrate.fit import fit_durations


def test_five_durations_get_students_t_interval_of_the_mean() -> None:
    fit = fit_durations([10.0, 20.0, 30.0, 40.0, 50.0])
    assert fit is not None and fit.n == 5 and fit.sample_mean == 30.0
    sd = math.sqrt(250.0)  # sum of squared deviations 1000, over n - 1 = 4
    t_975_4 = 2.7764451051977987  # the table's t(0.975; 4)
    half = t_975_4 * sd / math.sqrt(5)
    assert fit.mean_low == pytest.approx(30.0 - half, rel=1e-9)
    assert fit.mean_high == pytest.approx(30.0 + half, rel=1e-9)


def test_many_durations_come_close_to_the_normal_interval() -> None:
    values = [float(v % 97 + 1) for v in range(1, 2001)]
    fit = fit_durations(values)
    assert fit is not None
    n = len(values)
    mean = sum(values) / n
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (n - 1))
    normal = 1.959963984540054 * sd / math.sqrt(n)
    assert fit.mean_high - fit.sample_mean == pytest.approx(normal, rel=2e-3)
    assert fit.mean_high - fit.sample_mean > normal  # t's quantile is always the wider


def test_a_few_arrivals_get_the_exact_poisson_interval_of_their_rate() -> None:
    """3 tickets in 10 hours: the exact (Garwood) 95 % interval of a count of 3 is 0.619 to 8.767
    (tables of the Poisson distribution), not the normal approximation's -0.39 to 6.39."""
    from blueprint_studio.model.calibrate.fit import weekly_rates

    rates = weekly_rates([30.0, 200.0, 500.0], 0.0, 600.0)
    assert rates.total == 3 and rates.hours == 10.0
    low, high = rates.mean_rate_interval()
    assert low == pytest.approx(0.06187, abs=1e-4) and high == pytest.approx(0.87673, abs=1e-4)
    none = weekly_rates([], 0.0, 600.0).mean_rate_interval()
    assert none[0] == 0.0 and none[1] == pytest.approx(0.36889, abs=1e-4)  # 3.689 / 10 h
