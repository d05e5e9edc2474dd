"""Running the engine: one run, or R replications with independent seeds in parallel processes
through a `concurrent.futures` executor the caller may pass (default: a local process pool).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.flow import FlowModel
from blueprint_studio.model.schema import Blueprint
from blueprint_studio.model.sim.engine import Cancelled, Engine, EventSink
from blueprint_studio.model.sim.results import ReplicatedResult, RunResult
from blueprint_studio.model.sim.settings import SimulationSettings


class CompileFailed(Exception):
    """The blueprint has validation errors; `diagnostics` lists them."""

    def __init__(self, diagnostics) -> None:
        super().__init__(f"validation errors: {len(diagnostics)}")  # for logs; people read `diagnostics`
        self.diagnostics = diagnostics


def simulate(
    model: FlowModel,
    settings: SimulationSettings,
    replication: int = 0,
    *,
    event_log: EventSink | None = None,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> RunResult:
    """One run of `model` for `settings.seed` and `replication`."""
    return Engine(model, settings, replication, event_log, progress, cancel).run()


def compile_for(blueprint: Blueprint, scenario_id: str | None = None) -> FlowModel:
    result = compile_blueprint(blueprint, scenario_id)
    if result.model is None:
        raise CompileFailed(result.errors)
    return result.model


def _run_in_worker(
    blueprint: Blueprint, scenario_id: str | None, settings: SimulationSettings, replication: int
) -> RunResult:
    return simulate(compile_for(blueprint, scenario_id), settings, replication)


def default_executor(workers: int) -> Executor:
    # spawn, not fork: the app has Qt threads, and forking a threaded process is unsafe
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def _within(report: Callable[[float], None], r: int, count: int) -> Callable[[float], None]:
    """Progress of replication `r` of `count` as a share of them all."""
    return lambda f: report((r + f) / count)


def replicate(
    model: FlowModel,
    settings: SimulationSettings,
    executor: Executor | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    event_log: EventSink | None = None,
    workers: int | None = None,
) -> ReplicatedResult:
    """`settings.replications` runs, returned in replication order whatever the finishing order.

    In this process when there is one run, when `workers` is 1, or when only one core is there;
    else in parallel through `executor` (default: a local process pool of `workers`, or one per
    core). With `event_log`, replication 0 runs here and writes it. `cancel` is polled every
    32,768 events here and every 0.1 s while other processes work; on cancel their pending runs
    are dropped and, in a pool of our own, runs in flight are stopped."""
    count = settings.replications
    workers = min(count, workers or os.cpu_count() or 1)
    report = progress or (lambda fraction: None)
    if executor is None and workers <= 1:
        runs = []
        for r in range(count):
            runs.append(
                simulate(
                    model,
                    settings,
                    r,
                    progress=_within(report, r, count),
                    cancel=cancel,
                    event_log=event_log if r == 0 else None,
                )
            )
            report((r + 1) / count)
        return ReplicatedResult.from_runs(runs)
    if model.source is None:
        raise ValueError("this flow model was not compiled from a blueprint; replicate in-process")
    own = executor is None
    pool = executor or default_executor(workers)
    futures: dict[Future, int] = {}
    try:
        first = 1 if event_log is not None else 0
        futures = {
            pool.submit(_run_in_worker, model.source, model.scenario_id, settings, r): r
            for r in range(first, count)
        }
        results: dict[int, RunResult] = {}
        if first:
            results[0] = simulate(
                model, settings, 0, event_log=event_log, cancel=cancel, progress=lambda f: report(f / count)
            )
        pending = set(futures)
        while pending:
            done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in done:
                results[futures[future]] = future.result()
            report(len(results) / count)
            if cancel is not None and cancel():
                raise Cancelled()
        return ReplicatedResult.from_runs([results[r] for r in range(count)])
    except BaseException:
        for future in futures:
            future.cancel()
        if own:  # a run in flight never sees our flag: stop the processes we started
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.terminate()
        raise
    finally:
        if own:
            pool.shutdown(wait=True, cancel_futures=True)


def simulate_blueprint(
    blueprint: Blueprint,
    scenario_id: str | None = None,
    settings: SimulationSettings | None = None,
    executor: Executor | None = None,
    **kwargs,
) -> ReplicatedResult:
    """Compile (raising CompileFailed on errors) and replicate, with the scenario's settings
    unless `settings` is given."""
    model = compile_for(blueprint, scenario_id)
    if settings is None:
        scenario = next((s for s in blueprint.scenarios if s.id == scenario_id), None)
        settings = SimulationSettings.from_scenario(scenario) if scenario else SimulationSettings()
    return replicate(model, settings, executor, **kwargs)
