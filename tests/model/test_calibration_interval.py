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
