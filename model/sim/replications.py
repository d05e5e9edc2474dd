"""Running the engine: one run, or R replications with independent seeds in parallel processes
through a `concurrent.futures` executor the caller may pass (default: a local process pool).
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed
from typing import Callable

from model.compiler import compile_blueprint
from model.flow import FlowModel
from model.schema import Blueprint
from model.sim.engine import Cancelled, Engine, EventSink
from model.sim.results import ReplicatedResult, RunResult
from model.sim.settings import SimulationSettings


class CompileFailed(Exception):
    """The blueprint has validation errors; `diagnostics` lists them."""

    def __init__(self, diagnostics) -> None:
        super().__init__(f"{len(diagnostics)} validation error(s)")
        self.diagnostics = diagnostics


def simulate(model: FlowModel, settings: SimulationSettings, replication: int = 0, *,
             event_log: EventSink | None = None, progress: Callable[[float], None] | None = None,
             cancel: Callable[[], bool] | None = None) -> RunResult:
    """One run of `model` for `settings.seed` and `replication`."""
    return Engine(model, settings, replication, event_log, progress, cancel).run()


def compile_for(blueprint: Blueprint, scenario_id: str | None = None) -> FlowModel:
    result = compile_blueprint(blueprint, scenario_id)
    if result.model is None:
        raise CompileFailed(result.errors)
    return result.model


def _run_in_worker(blueprint: Blueprint, scenario_id: str | None, settings: SimulationSettings,
                   replication: int) -> RunResult:
    return simulate(compile_for(blueprint, scenario_id), settings, replication)


def default_executor(workers: int) -> Executor:
    # spawn, not fork: the app has Qt threads, and forking a threaded process is unsafe
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def replicate(model: FlowModel, settings: SimulationSettings, executor: Executor | None = None, *,
              progress: Callable[[float], None] | None = None,
              cancel: Callable[[], bool] | None = None,
              event_log: EventSink | None = None) -> ReplicatedResult:
    """`settings.replications` runs; in this process when there is one (or no parallelism),
    else in parallel. Results come back in replication order whatever the finishing order.
    With `event_log`, replication 0 runs here and writes it while the others run elsewhere."""
    count = settings.replications
    workers = min(count, os.cpu_count() or 1)
    if executor is None and (count == 1 or workers == 1):
        runs = []
        for r in range(count):
            step = (lambda f, r=r: progress((r + f) / count)) if progress else None
            runs.append(simulate(model, settings, r, progress=step, cancel=cancel,
                                 event_log=event_log if r == 0 else None))
        return ReplicatedResult.from_runs(runs)
    if model.source is None:
        raise ValueError("this flow model was not compiled from a blueprint; replicate in-process")
    own = executor is None
    pool = executor or default_executor(workers)
    try:
        first = 1 if event_log is not None else 0
        futures = {pool.submit(_run_in_worker, model.source, model.scenario_id, settings, r): r
                   for r in range(first, count)}
        results: dict[int, RunResult] = {}
        if first:
            results[0] = simulate(model, settings, 0, event_log=event_log, cancel=cancel,
                                  progress=(lambda f: progress(f / count)) if progress else None)
        for future in as_completed(futures):
            results[futures[future]] = future.result()
            if progress:
                progress(len(results) / count)
            if cancel is not None and cancel():
                for f in futures:
                    f.cancel()
                raise Cancelled()
        return ReplicatedResult.from_runs([results[r] for r in range(count)])
    finally:
        if own:
            pool.shutdown(wait=True, cancel_futures=True)


def simulate_blueprint(blueprint: Blueprint, scenario_id: str | None = None,
                       settings: SimulationSettings | None = None, executor: Executor | None = None,
                       **kwargs) -> ReplicatedResult:
    """Compile (raising CompileFailed on errors) and replicate, with the scenario's settings
    unless `settings` is given."""
    model = compile_for(blueprint, scenario_id)
    if settings is None:
        scenario = next((s for s in blueprint.scenarios if s.id == scenario_id), None)
        settings = SimulationSettings.from_scenario(scenario) if scenario else SimulationSettings()
    return replicate(model, settings, executor, **kwargs)
