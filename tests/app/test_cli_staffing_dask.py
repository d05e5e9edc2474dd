"""`sweep --cluster` and `staff --cluster` against a Dask LocalCluster on the loopback: the same CSV
and answer as on this machine."""

from __future__ import annotations

import json
import subprocess

import pytest

from blueprint_studio.app.cli.main import main
from blueprint_studio.model.fileformat import save
from tests.model.staffkit import mmc_desk

distributed = pytest.importorskip("distributed")
import dask  # noqa: E402

from blueprint_studio.model.staffing.runners import LEAN_DASK_CONFIG  # noqa: E402


@pytest.fixture
def cli(capsys):
    def call(*args: str) -> subprocess.CompletedProcess:
        status = main(list(args))
        out = capsys.readouterr()
        return subprocess.CompletedProcess(args, status, out.out, out.err)

    return call


def test_sweep_and_staff_on_a_cluster_give_what_this_machine_gives(tmp_path, cli):
    path = tmp_path / "desk.blueprint.json"
    save(mmc_desk(days=2, replications=3), path, keep_backup=False)
    here, there = tmp_path / "here.csv", tmp_path / "there.csv"
    sweep = ("sweep", str(path), "--vary", "desk=4..6", "--vary", "arrivals=1,1.1")
    assert cli(*sweep, "--csv", str(here), "--processes", "1").returncode == 0
    staff = ("staff", str(path), "--vary", "desk=3..7", "--json")
    local = cli(*staff, "--processes", "1")
    with (
        dask.config.set(LEAN_DASK_CONFIG),  # the README's settings
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster,
    ):
        result = cli(*sweep, "--csv", str(there), "--cluster", cluster.scheduler_address)
        assert result.returncode == 0, result.stderr
        remote = cli(*staff, "--cluster", cluster.scheduler_address)
    assert there.read_text() == here.read_text()
    assert json.loads(remote.stdout) == json.loads(local.stdout)
    assert json.loads(remote.stdout)["best"]["label"].startswith("Service desk: ")  # words, not ids
