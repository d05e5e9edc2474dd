"""The engine against an independent implementation: the benchmark's tiered help desk written
directly in SimPy (bench/simpy_reference.py), from the same spec.

Both measure 30,000 tickets arriving after a warm-up of 1,000 minutes (≈ 1,000 tickets more),
drained at the end, 10 seeds each, with the same statistic definitions. For the mean time in system, each
step's mean wait and number of services, and the tickets counted, Welch's t-test on the
10 + 10 run means must not reject equality at the 1 % level. SimPy is a test dependency only:
without it the test is skipped.
"""

from __future__ import annotations

import pytest
from simkit import compiled, interval, run_simpy, simpy_reference, welch_p_value

from blueprint_studio.model.sim import SimulationSettings, replicate

pytest.importorskip("simpy")

pytestmark = pytest.mark.slow

TICKETS = 30_000
SEEDS = 10
WARMUP = 1_000.0  # minutes; λ = 1/min
ALPHA = 0.01


def test_engine_and_simpy_agree_on_the_tiered_help_desk(sim_executor):
    reference = simpy_reference()
    spec = reference.tiered_spec()
    settings = SimulationSettings(
        horizon_minutes=None, tickets=TICKETS, warmup_minutes=WARMUP, seed=401, replications=SEEDS
    )
    engine_runs = replicate(compiled(reference.build_blueprint(spec)), settings, sim_executor).runs
    simpy_runs = list(
        sim_executor.map(
            run_simpy, [spec] * SEEDS, [TICKETS] * SEEDS, range(1000, 1000 + SEEDS), [WARMUP] * SEEDS
        )
    )

    for run in engine_runs:  # a ticket-count run drains: every counted ticket is closed
        assert run.kpis["resolved"] == run.kpis["arrived"] == TICKETS
        assert run.kpis["in_progress"] == 0
    pairs = {
        "mean time in system": (
            [r.kpis["resolution_elapsed_mean"] for r in engine_runs],
            [s["time_in_system_mean"] for s in simpy_runs],
        ),
        "tickets counted": ([r.kpis["arrived"] for r in engine_runs], [s["arrived"] for s in simpy_runs]),
    }
    for step in reference.STEPS:
        pairs[f"{step} mean wait"] = (
            [r.steps[step].wait_mean for r in engine_runs],
            [s["wait_mean"][step] for s in simpy_runs],
        )
        pairs[f"{step} services"] = (
            [r.steps[step].served for r in engine_runs],
            [s["visits"][step] for s in simpy_runs],
        )
    report = {
        what: (str(interval(a)), str(interval(b)), round(welch_p_value(a, b), 4))
        for what, (a, b) in pairs.items()
    }
    rejected = {what: row for what, row in report.items() if row[2] < ALPHA}
    assert rejected == {}, f"engine vs SimPy (engine CI, SimPy CI, p): {report}"
