"""Where a sweep's tasks run: `LocalRunner`, a pool of processes on this machine (spawned, not
forked: the window has threads), or `DaskRunner`, a Dask distributed scheduler. Both run the same
pure task (figures.evaluate) and hand each result back in the caller's thread; neither prints.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import queue
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from threading import Event
from typing import Any

from blueprint_studio.model.sim.engine import Cancelled
from blueprint_studio.model.staffing.candidates import Candidate
from blueprint_studio.model.staffing.figures import evaluate, evaluate_many

POLL = 0.05  # seconds between looks at the cancel flag while tasks run
# Replications of one candidate sent as one job to a process or a worker: the cost of sending a
# job (a round trip to the scheduler, the document to a process) is paid once for them all. Jobs
# are as large as leaves every process or worker JOBS_PER_WORKER of them (so that none waits
# idle at the end of a round while another finishes a long job), at most MAX_JOB replications
# (progress, a cancel or a killed worker's re-run are counted in jobs) and never more than one
# candidate's.
JOBS_PER_WORKER = 4
MAX_JOB = 10

# Dask settings that cost CPU for nothing when every core of a machine runs a task: each worker's
# statistical profiler samples the running task's stack every 10 ms (for the dashboard's profile
# page), every server checks its event loop's health every 20 ms, each worker and nanny its memory
# every 100 ms, the system monitor every 500 ms. Measured on 2 cores, an idle LocalCluster of 2
# workers used 12 % of a core with Dask's defaults, under 2 % with these; the README's worker and
# scheduler commands set the same (DASK_* variables), the tests and bench/sweep.py too.
LEAN_DASK_CONFIG: dict[str, object] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}


@dataclass(frozen=True)
class Task:
    """One replication of one candidate; the seed is the scenario's and `replication` picks the
    stream, the same for every candidate (common random numbers)."""

    candidate: Candidate
    replication: int

    @property
    def key(self) -> str:
        return f"{self.candidate.key}#{self.replication}"


OnResult = Callable[[Task, dict[str, Any]], None]


class Runner:
    """Runs tasks, calls `on_result(task, result)` as each finishes (in the caller's thread),
    raises Cancelled when `cancel` is set. A runner may be used for several runs; `close` it."""

    name = "runner"

    def run(
        self,
        blueprint_json: str,
        scenario_id: str | None,
        tasks: Sequence[Task],
        on_result: OnResult,
        cancel: Event | None = None,
    ) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> Runner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check(cancel: Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def chunks(tasks: Sequence[Task], workers: int = 1) -> list[list[Task]]:
    """The tasks grouped by candidate (in their order) into jobs for `workers` processes: at least
    JOBS_PER_WORKER jobs each when there are tasks enough, at most MAX_JOB tasks to a job."""
    groups: dict[str, list[Task]] = {}
    for task in tasks:
        groups.setdefault(task.candidate.key, []).append(task)
    size = min(MAX_JOB, max(1, len(tasks) // (JOBS_PER_WORKER * max(1, workers))))
    jobs: list[list[Task]] = []
    for group in groups.values():
        parts = -(-len(group) // size)  # a candidate's tasks in `parts` jobs of equal size, ±1
        jobs += [group[len(group) * i // parts : len(group) * (i + 1) // parts] for i in range(parts)]
    return jobs


def collect(futures: dict[Any, list[Task]], on_result: OnResult, cancel: Event | None) -> None:
    """Hand each job's results to `on_result` as it finishes (in this thread), looking at
    `cancel` at least every POLL seconds. Futures say they are done through a queue: no pass over
    the pending ones per look, which with hundreds of jobs would cost as much as a job."""
    finished: queue.SimpleQueue[Any] = queue.SimpleQueue()
    for future in futures:
        future.add_done_callback(finished.put)
    for _ in range(len(futures)):
        while True:
            _check(cancel)
            try:
                future = finished.get(timeout=POLL)
                break
            except queue.Empty:
                continue
        for task, result in zip(futures[future], future.result(), strict=True):
            on_result(task, result)
    _check(cancel)


class LocalRunner(Runner):
    """`processes` worker processes (2 by default); 1 runs the tasks in this process."""

    name = "local"

    def __init__(self, processes: int = 2, start_method: str = "spawn") -> None:
        self.processes = max(1, processes)
        self.start_method = start_method
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context(self.start_method)
            self._pool = ProcessPoolExecutor(max_workers=self.processes, mp_context=context)
        return self._pool

    def run(self, blueprint_json, scenario_id, tasks, on_result, cancel=None) -> None:
        if self.processes == 1:
            for task in tasks:
                _check(cancel)
                on_result(
                    task, evaluate(blueprint_json, scenario_id, task.candidate.to_json(), task.replication)
                )
            return
        pool = self._executor()
        futures: dict[Future, list[Task]] = {}
        try:
            for job in chunks(tasks, self.processes):
                replications = [t.replication for t in job]
                future = pool.submit(
                    evaluate_many, blueprint_json, scenario_id, job[0].candidate.to_json(), replications
                )
                futures[future] = job
            collect(futures, on_result, cancel)
        except BaseException:
            for future in futures:
                future.cancel()
            self._stop()  # a task in flight never sees the flag: stop the processes
            raise

    def _stop(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


class DaskRunner(Runner):
    """Submits the tasks to the Dask distributed scheduler at `address` ("tcp://host:8786"), or
    to a `distributed.Client` given as `client`. Each job carries the document itself (each worker
    parses it once, keyed by its hash): jobs then depend on no data, so the scheduler hands them
    out as workers free up, a worker's death loses nothing but its jobs, which Dask re-runs, with
    the same results. (A document scattered once made every job wait on the worker holding it and
    left the balancing to work stealing, one worker idle at the end; scattered again with
    broadcast=True for every round of a search, under the same key, it was lost mid-run within a
    few quick runs.) Job keys are fresh for every run: a key submitted again while the scheduler
    still forgets it from a cancelled run is a known way to hang Dask."""

    name = "dask"

    def __init__(self, address: str | None = None, *, client: Any = None, timeout: float = 10.0) -> None:
        if address is None and client is None:
            raise ValueError("give a scheduler address or a client")
        self.address, self.timeout = address, timeout
        self._client = client
        self._own = client is None

    @property
    def client(self) -> Any:
        if self._client is None:
            from distributed import Client

            self._client = Client(self.address, timeout=self.timeout)
        return self._client

    def workers(self) -> int:
        return len(self.client.scheduler_info().get("workers", {}))

    def run(self, blueprint_json, scenario_id, tasks, on_result, cancel=None) -> None:
        client = self.client
        digest = hashlib.sha256(f"{scenario_id}\n{blueprint_json}".encode()).hexdigest()
        prefix = f"staffing-{digest[:16]}-{uuid.uuid4().hex[:12]}"
        futures: dict[Any, list[Task]] = {}
        try:
            for number, job in enumerate(chunks(tasks, max(1, self.workers()))):
                replications = [t.replication for t in job]
                candidate = job[0].candidate.to_json()
                future = client.submit(
                    evaluate_many,
                    blueprint_json,
                    scenario_id,
                    candidate,
                    replications,
                    key=f"{prefix}-{number}",
                    pure=False,
                )
                futures[future] = job
            collect(futures, on_result, cancel)
        except BaseException:
            if futures:
                client.cancel(list(futures), force=True)
            raise

    def close(self) -> None:
        if self._own and self._client is not None:
            self._client.close()
            self._client = None


def runner_for(address: str | None, processes: int = 2) -> Runner:
    """A Dask runner for a scheduler address, else a local pool of `processes`."""
    if address and address.strip():
        return DaskRunner(address.strip())
    return LocalRunner(processes)
