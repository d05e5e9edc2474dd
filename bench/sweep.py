"""Benchmark of the staffing sweeps and search (issue 19) on the tiered-support template: about 60
candidate plans (the queueing theory's bounds per pool), 10 replications of 28 days each.

Prints: the sweep's wall time and CPU time (of this process and every worker process: what the
work costs whatever else the machine runs) in one process, on the local pool of 2 processes, on a
Dask LocalCluster of 1 and of 2 process workers (target: 2 workers at least 1.7x faster than 1),
the overhead per task of Dask
against the local pool (target: under 10 %), whether every runner gave identical rows, and what
the search's early stopping saved. Asserts nothing. Workers are started and warmed before timing.

    .venv/bin/python bench/sweep.py [--replications 10] [--days 28] [--no-dask] [--no-profiler]
"""

from __future__ import annotations

import argparse
import os
import time

from blueprint_studio import resources
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.schema import Blueprint, StaffingTargets
from blueprint_studio.model.staffing import (
    DaskRunner,
    LocalRunner,
    Runner,
    Variations,
    find_staffing,
    pool_bounds,
    run_sweep,
)


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
    """CPU time of this process and of every process under it (pool workers, Dask's nannies and
    workers): what a run costs whatever else the machine is doing."""
    import psutil

    me = psutil.Process()
    total = sum(me.cpu_times()[:2])
    for child in me.children(recursive=True):
        try:
            total += sum(child.cpu_times()[:2])
        except psutil.Error:
            continue
    return total


def timed_sweep(runner: Runner, bp: Blueprint, scenario: str, grid: Variations) -> tuple[float, float, dict]:
    """Wall and CPU seconds of the sweep, and its rows; workers are started and warmed first."""
    warm = Variations(pool_agents={k: v[:1] for k, v in grid.pool_agents.items()})
    run_sweep(bp, scenario, warm, runner=runner, replications=2)  # processes up, modules imported
    cpu, start = cpu_seconds(), time.perf_counter()
    result = run_sweep(bp, scenario, grid, runner=runner)
    return time.perf_counter() - start, cpu_seconds() - cpu, result.to_json()


def idle_cpu_rate(seconds: float = 5.0) -> float:
    """Cores' worth of CPU used by this process and its children while nothing runs."""
    time.sleep(0.5)
    start = cpu_seconds()
    time.sleep(seconds)
    return (cpu_seconds() - start) / seconds


def line(what: str, wall: float, cpu: float, tasks: int) -> None:
    per_task = f"{1000 * wall / tasks:7.1f} ms/task   CPU {1000 * cpu / tasks:7.1f} ms/task"
    print(f"{what:<30} {wall:7.1f} s wall {per_task}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replications", type=int, default=10)
    parser.add_argument("--days", type=float, default=28)
    parser.add_argument("--no-dask", action="store_true", help="only the local pool and the search")
    parser.add_argument(
        "--no-profiler",
        action="store_true",
        help="Dask workers without their statistical profiler, which samples the running task's stack "
        "every 10 ms (DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False)",
    )
    args = parser.parse_args()
    if args.no_profiler:
        import dask

        dask.config.set({"distributed.worker.profile.enabled": False})
    bp, scenario = blueprint(args.days, args.replications)
    bounds = pool_bounds(bp, scenario)
    grid = Variations(pool_agents={b.pool: list(range(b.low, b.high + 1)) for b in bounds})
    candidates = len(grid.candidates())
    tasks = candidates * args.replications
    print(f"tiered support: {candidates} candidates x {args.replications} replications of {args.days:g} days")
    print("  bounds: " + ", ".join(f"{b.pool} {b.low}-{b.high} (load {b.load:.2f} Erl)" for b in bounds))
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"  cores on this machine: {os.cpu_count()}; load average before the runs: {load}")

    with LocalRunner(1) as alone:
        t_one, c_one, reference = timed_sweep(alone, bp, scenario, grid)
    line("one process (no pool)", t_one, c_one, tasks)
    with LocalRunner(2) as pool:
        t_local, c_local, local = timed_sweep(pool, bp, scenario, grid)
    line("local pool of 2 processes", t_local, c_local, tasks)
    same = [local == reference]

    if not args.no_dask:
        from distributed import Client, LocalCluster

        times, cpus, idle = {}, {}, {}
        for workers in (1, 2):
            with (
                LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                ) as cluster,
                Client(cluster) as client,
            ):
                client.wait_for_workers(workers)
                times[workers], cpus[workers], rows = timed_sweep(
                    DaskRunner(client=client), bp, scenario, grid
                )
                same.append(rows == reference)
                idle[workers] = idle_cpu_rate()  # the cluster's heartbeats and monitors, no task
            line(f"Dask LocalCluster, {workers} worker(s)", times[workers], cpus[workers], tasks)
            print(f"  the cluster idle uses {100 * idle[workers]:.1f} % of a core")
        print(f"speed-up 2 workers / 1 worker (wall): {times[1] / times[2]:.2f}x (target >= 1.7x)")
        overhead = (times[2] - t_local) / t_local
        per_task = 1000 * (times[2] - t_local) / tasks
        print(
            f"Dask overhead against the local pool of 2: wall {100 * overhead:+.1f} % "
            f"({per_task:+.1f} ms/task), CPU {100 * (cpus[2] - c_local) / c_local:+.1f} % (target < 10 %)"
        )
        net = cpus[2] - idle[2] * times[2]
        print(
            f"  CPU per task net of the idle cluster's cost: {1000 * net / tasks:.1f} ms, "
            f"{100 * (net - c_local) / c_local:+.1f} % against the local pool"
        )
    print(f"identical rows on every runner: {'yes' if all(same) else 'NO'}")
    print(f"  load average after the sweeps: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")

    with LocalRunner(2) as pool:
        pool_warm = Variations(pool_agents={k: v[:1] for k, v in grid.pool_agents.items()})
        run_sweep(bp, scenario, pool_warm, runner=pool, replications=2)
        start = time.perf_counter()
        found = find_staffing(bp, scenario, runner=pool)
        t_search = time.perf_counter() - start
    best = found.best.candidate.label(bp, "en") if found.best else "none"
    print(f"staffing search on the local pool: {t_search:.1f} s (the full sweep: {t_local:.1f} s)")
    print(f"  best plan: {best}, cost {found.best.cost if found.best else float('nan'):,.0f} a week")
    print(
        f"  {found.dropped_early} of {found.candidates} candidates stopped early; "
        f"{found.replications_run} replications run, {found.replications_saved} of "
        f"{found.candidates * found.replications} saved "
        f"({100 * found.replications_saved / (found.candidates * found.replications):.0f} %)"
    )
    reasons: dict[str, int] = {}
    for row in found.rows:
        if row.stopped:
            reasons[row.stopped] = reasons.get(row.stopped, 0) + 1
    print("  stopped because: " + (", ".join(f"{k} {v}" for k, v in sorted(reasons.items())) or "none"))


if __name__ == "__main__":
    main()
