"""Running the engine: replications in parallel through an executor, progress and cancellation,
plain JSON-serialisable results, memory that does not grow with the number of tickets."""

from __future__ import annotations

import json
import tracemalloc
from concurrent.futures import ProcessPoolExecutor

import pytest

from blueprint_studio import resources
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.schema import Pool
from blueprint_studio.model.sim import Cancelled, SimulationSettings, compiled_loop, replicate, simulate
from blueprint_studio.model.sim.engine import Engine
from blueprint_studio.model.sim.replications import CompileFailed, compile_for, simulate_blueprint

TEMPLATE = resources.template_path("tiered_support", "en")


@pytest.fixture(scope="module")
def model():
    return compile_for(load(TEMPLATE))


def test_replications_in_a_process_pool_match_in_process_runs(model):
    settings = SimulationSettings(horizon_minutes=3 * 1440, seed=11, replications=3)
    with ProcessPoolExecutor(max_workers=2) as pool:
        parallel = replicate(model, settings, executor=pool)
    local = [simulate(model, settings, r) for r in range(3)]
    assert [r.to_dict() for r in parallel.runs] == [r.to_dict() for r in local]
    summary = parallel.summary["resolution_elapsed_mean"]
    assert summary.n == 3 and summary.ci_low < summary.mean < summary.ci_high
    assert local[0].kpis != local[1].kpis  # replications use independent streams


def test_results_are_plain_json_with_dimensions_steps_pools_and_series(model):
    run = simulate(model, SimulationSettings(horizon_minutes=7 * 1440, warmup_minutes=1440, seed=2))
    data = json.loads(json.dumps(run.to_dict()))
    assert set(data["by_dimension"]) >= {"category", "priority", "channel"}
    p1 = data["by_dimension"]["priority"]["P1"]
    assert p1["arrived"] > 0 and p1["resolution_elapsed_mean"] is not None
    total = sum(v["arrived"] for v in data["by_dimension"]["priority"].values())
    assert total == data["kpis"]["arrived"]
    assert all("utilisation" in p for p in data["pools"].values())
    assert all("wait_mean" in s and "queue_mean" in s for s in data["steps"].values())
    assert len(data["backlog"]) >= 400 and data["backlog"][0][0] == 0
    assert set(data["levels"]) >= {"1", "2"}


def test_progress_is_reported_and_cancel_stops_the_run(model):
    seen = []
    simulate(model, SimulationSettings(horizon_minutes=60 * 1440), progress=seen.append)
    assert seen and seen == sorted(seen) and 0 < seen[-1] <= 1
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        simulate(model, SimulationSettings(horizon_minutes=365 * 1440), cancel=cancel)


def test_documents_with_errors_do_not_run():
    bp = load(TEMPLATE)
    bp = bp.model_copy(
        update={
            "lanes": [
                ln.model_copy(update={"pool": Pool(id=ln.pool.id, agents=0)}) if ln.pool else ln
                for ln in bp.lanes
            ],
            "pools": [Pool(id=p.id, agents=0) for p in bp.pools],
        }
    )
    with pytest.raises(CompileFailed) as info:
        simulate_blueprint(bp)
    # the pools lost their shifts too; the SLA policies' calendars are their own and keep their hours
    codes = {d.code for d in info.value.diagnostics}
    assert codes == {"pool_without_agents"}


def test_memory_does_not_grow_with_tickets(model):
    def python_peak(tickets: int) -> int:
        tracemalloc.start()
        Engine(
            model, SimulationSettings(horizon_minutes=None, tickets=tickets, seed=4), allow_compiled=False
        ).run()
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    # Histogram bins fill up towards a fixed bound (log-spaced, 1 % wide); a record per ticket
    # would grow eight-fold here.
    small, large = python_peak(3_000), python_peak(24_000)
    assert large < small * 3, (small, large)
    if compiled_loop.available():  # the compiled loop's own tables follow the open tickets only

        def compiled_bytes(tickets: int) -> int:
            engine = Engine(model, SimulationSettings(horizon_minutes=None, tickets=tickets, seed=4))
            engine.run()
            assert engine.ran_compiled
            return engine.core_bytes

        small, large = compiled_bytes(20_000), compiled_bytes(320_000)
        assert 0 < large < small * 1.5, (small, large)


def test_scenario_settings_and_pool_overrides_are_used():
    bp = load(resources.template_path("helpdesk_flow", "en"))
    staffed = next(s for s in bp.scenarios if s.pool_agents)

    def week(scenario):
        return SimulationSettings.from_scenario(scenario).with_(
            horizon_minutes=7 * 1440, warmup_minutes=0, replications=1, seed=1
        )

    base = simulate_blueprint(bp, bp.scenarios[0].id, week(bp.scenarios[0]))
    more = simulate_blueprint(bp, staffed.id, week(staffed))
    assert more.runs[0].kpis["arrived"] > base.runs[0].kpis["arrived"] * 1.15  # arrivals x 1.3
    pool = next(iter(staffed.pool_agents))
    assert more.pools[pool].on_duty_hours.mean > base.pools[pool].on_duty_hours.mean


def test_resolution_histogram_counts_every_resolved_ticket(model):
    run = simulate(model, SimulationSettings(horizon_minutes=7 * 1440, seed=3))
    bins = run.resolution_histogram
    assert 10 <= len(bins) <= 45
    assert sum(n for _, _, n in bins) == run.kpis["resolved"]
    assert all(low <= high for low, high, _ in bins)
    assert all(a[1] <= b[0] + 1e-9 for a, b in zip(bins, bins[1:]))  # ordered, not overlapping
    assert bins[-1][1] == pytest.approx(run.kpis["resolution_elapsed_max"], rel=0.02)
