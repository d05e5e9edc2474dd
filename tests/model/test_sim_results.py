"""Typed results (model/sim/results.py): figure sets per step and pool, Estimates over replications,
the JSON they write, and the one source of edge volumes."""

from __future__ import annotations

import dataclasses
import math

import pytest

from blueprint_studio import resources
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.sim.replications import compile_for, replicate
from blueprint_studio.model.sim.results import PoolFigures, ReplicatedResult, StepFigures
from blueprint_studio.model.sim.settings import DAY, SimulationSettings
from blueprint_studio.model.sim.stats import Estimate, confidence_interval


@pytest.fixture(scope="module")
def result() -> ReplicatedResult:
    bp = load(resources.template_path("tiered_support", "en"))
    return replicate(compile_for(bp), SimulationSettings(horizon_minutes=3 * DAY, replications=3), workers=1)


def test_steps_and_pools_are_frozen_figure_sets_of_estimates(result):
    step = next(iter(result.steps.values()))
    pool = next(iter(result.pools.values()))
    assert isinstance(step, StepFigures) and isinstance(pool, PoolFigures)
    assert isinstance(step.wait_mean, Estimate) and isinstance(pool.utilisation, Estimate)
    with pytest.raises(dataclasses.FrozenInstanceError):
        step.wait_mean = pool.utilisation  # type: ignore[misc]


def test_an_estimate_is_the_interval_of_the_runs_figures(result):
    for step_id, step in result.steps.items():
        expected = confidence_interval([run.steps[step_id].wait_mean for run in result.runs])
        assert step.wait_mean == expected or (math.isnan(expected.mean) and math.isnan(step.wait_mean.mean))
    for pool_id, pool in result.pools.items():
        assert pool.utilisation.mean == pytest.approx(
            sum(run.pools[pool_id].utilisation for run in result.runs) / len(result.runs)
        )
    assert result.summary["arrived"].n == 3


def test_json_keeps_the_figures_names_in_their_order_and_writes_nan_as_null(result):
    data = result.to_dict()
    step_id = next(iter(result.steps))
    assert list(data["steps"][step_id]) == [
        "visits",
        "served",
        "wait_mean",
        "wait_p50",
        "wait_p90",
        "wait_p95",
        "waited_share",
        "service_mean",
        "time_mean",
        "queue_mean",
        "queue_max",
        "breaches",
        "escalations",
    ]
    assert list(data["steps"][step_id]["wait_mean"]) == ["mean", "ci_low", "ci_high", "half_width", "n"]
    pool_id = next(iter(result.pools))
    assert list(data["runs"][0]["pools"][pool_id]) == ["utilisation", "busy_hours", "on_duty_hours", "cost"]
    assert list(data["runs"][0]["states"][step_id]) == ["visits", "time_total", "time_per_ticket"]
    assert result.steps[step_id].table() == {
        f.name: getattr(result.steps[step_id], f.name) for f in dataclasses.fields(StepFigures)
    }


def test_edge_volumes_are_the_mean_count_per_edge_or_none_without_counts(result):
    volumes = result.edge_volumes()
    assert volumes
    edge = next(iter(volumes))
    assert volumes[edge] == sum(run.edges.get(edge, 0) for run in result.runs) / 3
    bare = ReplicatedResult.from_runs([dataclasses.replace(run, edges={}) for run in result.runs])
    assert bare.edge_volumes() is None
