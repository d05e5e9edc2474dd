"""Sweeps on a Dask cluster: a LocalCluster of two process workers on the loopback gives exactly
the rows of a local run for the same seeds, can be cancelled, loses nothing when a worker is
killed mid-sweep, and the staffing search gives the same answer there."""

from __future__ import annotations

import os
import re
import signal
import threading
import time
from pathlib import Path

import pytest
from staffkit import mmc_desk

distributed = pytest.importorskip("distributed")
import dask  # noqa: E402

from blueprint_studio.model.sim.engine import Cancelled  # noqa: E402
from blueprint_studio.model.staffing import (  # noqa: E402
    DaskRunner,
    LocalRunner,
    Variations,
    find_staffing,
    parse_vary,
    run_sweep,
    runner_for,
)
from blueprint_studio.model.staffing.runners import LEAN_DASK_CONFIG  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    """Two process workers with the README's settings (runners.LEAN_DASK_CONFIG)."""
    with (
        dask.config.set(LEAN_DASK_CONFIG),
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster,
    ):
        yield cluster


@pytest.fixture
def client(cluster):
    with distributed.Client(cluster) as client:
        client.wait_for_workers(2, timeout=60)
        yield client


def _grid() -> Variations:
    return Variations(arrival_multipliers=[0.9, 1.1], pool_agents={"desk": [4, 5]})


def test_a_local_cluster_of_two_workers_gives_the_rows_of_a_local_run(client):
    bp = mmc_desk(days=2, replications=3)
    local = run_sweep(bp, "week", _grid(), runner=LocalRunner(1))
    seen = []
    on_cluster = run_sweep(
        bp, "week", _grid(), runner=DaskRunner(client=client), progress=lambda d, t: seen.append((d, t))
    )
    assert on_cluster.to_json() == local.to_json()
    assert on_cluster.to_csv() == local.to_csv()
    assert seen[-1] == (12, 12)
    # both workers took part
    assert len(client.scheduler_info()["workers"]) == 2


def test_the_search_on_the_cluster_gives_the_local_answer(client):
    bp = mmc_desk()
    grid = parse_vary(["desk=3..7"], bp)
    local = find_staffing(bp, "week", runner=LocalRunner(1), variations=grid)
    remote = find_staffing(bp, "week", runner=DaskRunner(client=client), variations=grid)
    assert remote.to_json() == local.to_json()
    assert remote.best is not None and remote.best.candidate.pool_agents == {"desk": 5}


def test_a_sweep_on_the_cluster_can_be_cancelled(client):
    bp = mmc_desk(days=120, replications=3)
    cancel = threading.Event()
    done = []

    def progress(d, t):
        done.append(d)
        if d >= 1:
            cancel.set()

    with pytest.raises(Cancelled):
        run_sweep(bp, "week", _grid(), runner=DaskRunner(client=client), progress=progress, cancel=cancel)
    assert max(done) < 12
    # nothing of the sweep is left running or queued on the cluster (the scheduler hears of the
    # cancel in a moment)
    deadline = time.monotonic() + 10
    while any(client.processing().values()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(client.processing().values())


def test_a_worker_killed_mid_sweep_loses_nothing(client, tmp_path):
    bp = mmc_desk(days=150, replications=3)
    pids = client.run(os.getpid)
    victim = next(iter(pids.values()))
    killed = []

    def progress(d, t):
        if d >= 2 and not killed:
            os.kill(victim, signal.SIGKILL)  # the nanny starts a new worker; Dask re-runs its tasks
            killed.append(d)

    checkpoint = tmp_path / "sweep.jsonl"
    on_cluster = run_sweep(
        bp, "week", _grid(), runner=DaskRunner(client=client), progress=progress, checkpoint=str(checkpoint)
    )
    assert killed
    assert all(r.replications == 3 for r in on_cluster.rows)
    assert len(checkpoint.read_text().splitlines()) == 1 + 12
    assert on_cluster.to_json() == run_sweep(bp, "week", _grid(), runner=LocalRunner(1)).to_json()


def test_runner_for_picks_dask_for_an_address_and_the_local_pool_without(cluster):
    runner = runner_for(cluster.scheduler_address)
    try:
        assert isinstance(runner, DaskRunner)
        runner.client.wait_for_workers(2, timeout=60)  # the worker killed above may be starting again
        assert runner.workers() == 2
    finally:
        runner.close()
    assert isinstance(runner_for(None), LocalRunner) and isinstance(runner_for("  "), LocalRunner)


def test_the_readmes_worker_settings_are_the_lean_ones_and_reach_the_workers(client):
    """The README's `export DASK_…` lines set exactly runners.LEAN_DASK_CONFIG as Dask reads its
    environment (profiler off, slower event-loop, memory and system checks), and workers started
    with them run without the profiler."""
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    exported = dict(re.findall(r"^export (DASK_[A-Z_]+)=(\S+)$", readme, flags=re.MULTILINE))
    assert len(exported) == len(LEAN_DASK_CONFIG)
    read = dask.config.collect_env(exported)
    for key, value in LEAN_DASK_CONFIG.items():
        assert dask.config.get(key, config=read) == value, key
    assert set(client.run(dask.config.get, "distributed.worker.profile.enabled").values()) == {False}
    assert set(client.run(dask.config.get, "distributed.admin.tick.interval").values()) == {"1s"}


def test_sweeps_run_back_to_back_on_one_runner_all_finish(client):
    """A search runs round after round on one runner, the window one sweep after another: every
    run finishes with the local rows, and no task key is reused. (The document scattered again for
    every run, under the same key, was lost mid-run within a few quick runs: "lost
    dependencies".)"""
    bp = mmc_desk(days=0.5, replications=2)
    grid = Variations(pool_agents={"desk": [4, 5]})
    expected = run_sweep(bp, "week", grid, runner=LocalRunner(1)).to_json()
    runner = DaskRunner(client=client)
    for _ in range(25):
        assert run_sweep(bp, "week", grid, runner=runner).to_json() == expected
    other = mmc_desk(days=0.5, replications=2, rate_per_hour=20)  # another document, then back
    assert run_sweep(other, "week", grid, runner=runner).rows[0].estimates["wait_mean"].mean < 2
    assert run_sweep(bp, "week", grid, runner=runner).to_json() == expected
