"""Benchmark of the staffing sweeps and search (issue 19) on the tiered-support template: about 60
candidate plans (the queueing theory's bounds per pool), 10 replications of 28 days each.

Runs the same sweep in one process, on the local pool of 2 processes, and on a Dask cluster of 1
and of 2 workers started as the README says (`dask scheduler` and `dask worker --nthreads 1`
processes with the README's settings, reached at their address as `--cluster` reaches them), each
configuration `--repeat` times (3), the configurations taking turns so that a change in the
machine's load falls on all of them alike. Prints each run, then per configuration the median
wall time with its spread (lowest-highest) and the CPU time (of this process and every process
under it: what the work costs whatever else the machine runs); the speed-up of 2 workers over 1
(target: at least 1.7x) and Dask's overhead per task against the local pool of 2 (target: under
10 %), both from the medians and from the runs of one turn paired; what an idle cluster costs;
whether every runner gave identical rows; and what the search's early stopping saved. Asserts
nothing. Processes are started and warmed before timing; measure on a machine otherwise idle
(the load average is printed before and after).

    .venv/bin/python bench/sweep.py [--replications 10] [--days 28] [--repeat 3] [--no-dask]
                                    [--dask-defaults]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from blueprint_studio import resources
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.kpis import format_figure
from blueprint_studio.model.money import currency_symbol
from blueprint_studio.model.schema import Blueprint, StaffingTargets
from blueprint_studio.model.staffing import (
    DaskRunner,
    LocalRunner,
    Runner,
    Task,
    Variations,
    find_staffing,
    pool_bounds,
    run_sweep,
    runner_for,
)
from blueprint_studio.model.staffing.runners import LEAN_DASK_CONFIG, chunks

DASK = Path(sys.executable).with_name("dask")


def blueprint(days: float, replications: int) -> tuple[Blueprint, str]:
    bp = load(resources.template_path("tiered_support", "en"))
    scenario = bp.scenarios[0]
    warmup = min(scenario.warmup_days, days / 4)
    changed = scenario.model_copy(
        update={"horizon_days": days, "warmup_days": warmup, "replications": replications}
    )
    # P1 tickets cross up to four levels in 4 hours: with every policy measured exactly (its own
    # breaches), about 10 % of them breach even at the bounds' largest plan, so the target is 25 %.
    targets = StaffingTargets(breach_rate={"sla_p1": 0.25}, utilisation_at_most=0.85)
    bp = bp.model_copy(update={"scenarios": [changed, *bp.scenarios[1:]], "targets": targets})
    return bp, scenario.id


def cpu_seconds() -> float:
    """CPU time of this process and of every process under it (pool workers, Dask's scheduler,
    nannies and workers): what a run costs whatever else the machine is doing."""
    import psutil

    me = psutil.Process()
    total = sum(me.cpu_times()[:2])
    for child in me.children(recursive=True):
        try:
            total += sum(child.cpu_times()[:2])
        except psutil.Error:
            continue
    return total


def dask_environment(defaults: bool) -> dict[str, str]:
    """The environment of the README's `dask scheduler` and `dask worker` commands: its DASK_*
    settings (runners.LEAN_DASK_CONFIG), or Dask's own defaults."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DASK_")}
    if not defaults:
        for key, value in LEAN_DASK_CONFIG.items():
            env["DASK_" + key.replace(".", "__").replace("-", "_").upper()] = str(value)
    return env


@contextmanager
def dask_cluster(workers: int, defaults: bool) -> Iterator[str]:
    """A scheduler and `workers` worker processes (each under its nanny, one thread each) on the
    loopback, started by the `dask` command as the README says; yields the scheduler's address."""
    env = dask_environment(defaults)
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env}
    with tempfile.TemporaryDirectory(prefix="bench-dask-") as folder:
        file = os.path.join(folder, "scheduler.json")
        scheduler = subprocess.Popen(
            [
                DASK,
                "scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--no-dashboard",
                "--scheduler-file",
                file,
            ],
            **quiet,
        )
        started = [scheduler]
        try:
            deadline = time.monotonic() + 60
            while not os.path.exists(file) and time.monotonic() < deadline:
                time.sleep(0.1)
            time.sleep(0.2)  # the file is written whole before the scheduler listens
            address = json.loads(Path(file).read_text())["address"]
            started.append(
                subprocess.Popen(
                    [DASK, "worker", address, "--nworkers", str(workers), "--nthreads", "1"]
                    + ["--host", "127.0.0.1", "--no-dashboard", "--local-directory", folder],
                    **quiet,
                )
            )
            yield address
        finally:
            for process in reversed(started):  # workers first, then the scheduler
                process.terminate()
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def warm(runner: Runner, bp: Blueprint, scenario: str, grid: Variations) -> None:
    """Processes up, modules imported, the document parsed: none of it in the times."""
    first = Variations(pool_agents={k: v[:1] for k, v in grid.pool_agents.items()})
    run_sweep(bp, scenario, first, runner=runner, replications=2)


def timed(runner: Runner, bp: Blueprint, scenario: str, grid: Variations) -> tuple[float, float, dict]:
    """Wall and CPU seconds of the sweep (workers warmed first), and its rows."""
    warm(runner, bp, scenario, grid)
    cpu, start = cpu_seconds(), time.perf_counter()
    result = run_sweep(bp, scenario, grid, runner=runner)
    return time.perf_counter() - start, cpu_seconds() - cpu, result.to_json()


def idle_cpu_rate(seconds: float = 4.0) -> float:
    """Cores' worth of CPU used by this process and its children while nothing runs."""
    time.sleep(0.5)
    start = cpu_seconds()
    time.sleep(seconds)
    return (cpu_seconds() - start) / seconds


# One run of a configuration: wall seconds, CPU seconds, the rows, and for a cluster its idle cost
Measure = Callable[[], tuple[float, float, dict, float | None]]


def configurations(
    args: argparse.Namespace, bp: Blueprint, scenario: str, grid: Variations
) -> dict[str, Measure]:
    """Each configuration: a fresh runner (and cluster) per run, closed after it."""

    def local(processes: int) -> Measure:
        def measure() -> tuple[float, float, dict, float | None]:
            with LocalRunner(processes) as runner:
                return (*timed(runner, bp, scenario, grid), None)

        return measure

    def dask(workers: int) -> Measure:
        def measure() -> tuple[float, float, dict, float | None]:
            with dask_cluster(workers, args.dask_defaults) as address, runner_for(address) as runner:
                assert isinstance(runner, DaskRunner)
                runner.client.wait_for_workers(workers, timeout=120)
                wall, cpu, rows = timed(runner, bp, scenario, grid)
                return wall, cpu, rows, idle_cpu_rate()  # heartbeats and monitors, no task

        return measure

    out = {"one process (no pool)": local(1), "local pool of 2 processes": local(2)}
    if not args.no_dask:
        out["Dask, 1 worker"] = dask(1)
        out["Dask, 2 workers"] = dask(2)
    return out


def load_average() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def summary(what: str, walls: list[float], cpus: list[float], tasks: int) -> str:
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    return (
        f"{what:<27} {wall:6.1f} s wall ({min(walls):.1f}-{max(walls):.1f}), "
        f"{1000 * wall / tasks:5.1f} ms/task; CPU {cpu:6.1f} s, {1000 * cpu / tasks:5.1f} ms/task"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replications", type=int, default=10)
    parser.add_argument("--days", type=float, default=28)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each configuration, taking turns")
    parser.add_argument("--no-dask", action="store_true", help="only this machine's runners and the search")
    parser.add_argument(
        "--dask-defaults",
        action="store_true",
        help="Dask's default settings instead of the README's (profiler every 10 ms, event-loop "
        "check every 20 ms, memory every 100 ms)",
    )
    args = parser.parse_args()
    bp, scenario = blueprint(args.days, args.replications)
    bounds = pool_bounds(bp, scenario)
    grid = Variations(pool_agents={b.pool: list(range(b.low, b.high + 1)) for b in bounds})
    candidates = grid.candidates()
    tasks = len(candidates) * args.replications
    print(
        f"tiered support: {len(candidates)} candidates x {args.replications} replications "
        f"of {args.days:g} days"
    )
    print("  bounds: " + ", ".join(f"{b.pool} {b.low}-{b.high} (load {b.load:.2f} Erl)" for b in bounds))
    jobs = {
        n: len(chunks([Task(c, r) for c in candidates for r in range(args.replications)], n)) for n in (1, 2)
    }
    settings = "Dask's defaults" if args.dask_defaults else "the README's (runners.LEAN_DASK_CONFIG)"
    print(f"  jobs: {jobs[1]} for 1 worker, {jobs[2]} for 2; Dask settings: {settings}")
    print(f"  cores on this machine: {os.cpu_count()}; load average before the runs: {load_average()}")

    measures = configurations(args, bp, scenario, grid)
    walls: dict[str, list[float]] = {k: [] for k in measures}
    cpus: dict[str, list[float]] = {k: [] for k in measures}
    idle: dict[str, list[float]] = {k: [] for k in measures}
    same: list[bool] = []
    reference = None
    for turn in range(1, args.repeat + 1):
        for what, measure in measures.items():
            wall, cpu, rows, idle_rate = measure()
            reference = rows if reference is None else reference
            same.append(rows == reference)
            walls[what].append(wall)
            cpus[what].append(cpu)
            if idle_rate is not None:
                idle[what].append(idle_rate)
            # "= 1.93 cores": the CPU a run got over its wall time. A sweep on 2 processes that gets
            # much less than 2 shared the machine with other work: its wall time says little.
            print(
                f"  turn {turn}: {what:<27} {wall:6.1f} s wall, CPU {cpu:6.1f} s = {cpu / wall:4.2f} cores"
                f"   (load average {load_average()})",
                flush=True,
            )

    print(f"medians of {args.repeat} run(s) (lowest-highest):")
    for what in measures:
        print("  " + summary(what, walls[what], cpus[what], tasks))
        if idle[what]:
            print(f"    the cluster idle uses {100 * statistics.median(idle[what]):.1f} % of a core")
    local = "local pool of 2 processes"
    if not args.no_dask:
        one, two = "Dask, 1 worker", "Dask, 2 workers"
        paired = [a / b for a, b in zip(walls[one], walls[two])]
        speed = statistics.median(walls[one]) / statistics.median(walls[two])
        print(
            f"speed-up 2 workers / 1 worker (wall): {speed:.2f}x "
            f"from the medians; per turn {', '.join(f'{x:.2f}x' for x in paired)} (target >= 1.7x)"
        )
        over = [(b - a) / a for a, b in zip(walls[local], walls[two])]
        wall_two, wall_local = statistics.median(walls[two]), statistics.median(walls[local])
        cpu_two, cpu_local = statistics.median(cpus[two]), statistics.median(cpus[local])
        print(
            "Dask overhead against the local pool of 2: "
            f"wall {100 * (wall_two - wall_local) / wall_local:+.1f} % "
            f"({1000 * (wall_two - wall_local) / tasks:+.2f} ms/task) from the medians; per turn "
            f"{', '.join(f'{100 * x:+.1f} %' for x in over)} (target < 10 %)"
        )
        print(
            f"  CPU {100 * (cpu_two - cpu_local) / cpu_local:+.1f} % "
            f"({1000 * (cpu_two - cpu_local) / tasks:+.2f} ms/task)"
        )
    print(f"identical rows on every runner and run: {'yes' if all(same) else 'NO'}")
    print(f"  load average after the sweeps: {load_average()}")

    with LocalRunner(2) as pool:
        warm(pool, bp, scenario, grid)
        start = time.perf_counter()
        found = find_staffing(bp, scenario, runner=pool)
        t_search = time.perf_counter() - start
    best = found.best.candidate.label(bp, "en") if found.best else "none"
    cost = (
        format_figure(
            "cost_total", found.best.cost, currency=currency_symbol(bp.meta.currency), unit="money"
        ).value
        if found.best
        else "—"
    )
    print(
        f"staffing search on the local pool: {t_search:.1f} s "
        f"(the full sweep: {statistics.median(walls[local]):.1f} s)"
    )
    print(f"  best plan: {best}, {cost} a week")
    total = found.candidates * found.replications
    print(
        f"  {found.dropped_early} of {found.candidates} candidates stopped early; "
        f"{found.replications_run} replications run, {found.replications_saved} of {total} saved "
        f"({100 * found.replications_saved / total:.0f} %)"
    )
    reasons: dict[str, int] = {}
    for row in found.rows:
        if row.stopped:
            reasons[row.stopped] = reasons.get(row.stopped, 0) + 1
    print("  stopped because: " + (", ".join(f"{k} {v}" for k, v in sorted(reasons.items())) or "none"))


if __name__ == "__main__":
    main()
