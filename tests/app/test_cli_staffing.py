"""`blueprint-studio compare`, `sweep` and `staff` as a user runs them, down to the CSV and JSON
files they write."""

from __future__ import annotations

import csv
import json
import subprocess

import pytest
from test_cli import run

from blueprint_studio.app.cli.main import main
from blueprint_studio.model.fileformat import save
from blueprint_studio.model.schema import Scenario
from blueprint_studio.model.staffing import LocalRunner, parse_vary, run_sweep
from tests.model.staffkit import mmc_desk


@pytest.fixture
def cli(capsys):
    """The command in this process (a new process costs seconds): exit status, stdout, stderr."""

    def call(*args: str) -> subprocess.CompletedProcess:
        status = main(list(args))
        out = capsys.readouterr()
        return subprocess.CompletedProcess(args, status, out.out, out.err)

    return call


def _desk_file(tmp_path, **kwargs) -> tuple[str, object]:
    bp = mmc_desk(**kwargs)
    five = Scenario(
        id="five", name="Five agents", horizon_days=bp.scenarios[0].horizon_days, pool_agents={"desk": 5}
    )
    bp = bp.model_copy(update={"scenarios": [*bp.scenarios, five]})
    path = tmp_path / "desk.blueprint.json"
    save(bp, path, keep_backup=False)
    return str(path), bp


def test_sweep_writes_the_csv_and_json_of_every_variation(tmp_path):
    path, bp = _desk_file(tmp_path, days=2, replications=3)
    out = tmp_path / "sweep.csv"
    args = ("sweep", path, "--scenario", "A week", "--vary", "Service desk=4..5", "--vary", "arrivals=1,1.1")
    result = run(*args, "--csv", str(out), "--json", "--processes", "1")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [r["label"] for r in data["rows"]] == [
        "Service desk: 4 agents",
        "Service desk: 4 agents, arrivals × 1.1",
        "Service desk: 5 agents",
        "Service desk: 5 agents, arrivals × 1.1",
    ]
    rows = list(csv.DictReader(out.open()))
    assert [(r["agents:desk"], r["arrival_multiplier"], r["replications"]) for r in rows] == [
        ("4", "1.0", "3"),
        ("4", "1.1", "3"),
        ("5", "1.0", "3"),
        ("5", "1.1", "3"),
    ]
    # the command line's figures are the model's, for the same seeds
    grid = parse_vary(["desk=4..5", "arrivals=1,1.1"], bp)
    assert out.read_text() == run_sweep(bp, "week", grid, runner=LocalRunner(1)).to_csv()
    table = run(*args, "--processes", "2")
    assert table.returncode == 0, table.stderr
    assert "Service desk: 5 agents, arrivals × 1.1" in table.stdout and "desk=" not in table.stdout


def test_staff_finds_the_erlang_c_answer_and_resumes_from_its_checkpoint(tmp_path, cli):
    path, _ = _desk_file(tmp_path)
    checkpoint = tmp_path / "staff.jsonl"
    args = (
        "staff",
        path,
        "--scenario",
        "week",
        "--json",
        "--processes",
        "1",
        "--checkpoint",
        str(checkpoint),
    )
    first = cli(*args)
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert data["best"]["candidate"]["pool_agents"] == {"desk": 5}
    assert data["best"]["label"] == "Service desk: 5 agents"
    assert data["replications_saved"] > 0 and data["evaluated"] == data["candidates"]
    lines = len(checkpoint.read_text().splitlines())
    assert lines == 1 + data["replications_run"]
    again = cli(*args)  # everything comes from the checkpoint: same answer, nothing appended
    assert json.loads(again.stdout) == data
    assert len(checkpoint.read_text().splitlines()) == lines


def test_staff_says_so_when_no_plan_meets_the_targets(tmp_path, cli):
    path, _ = _desk_file(tmp_path, days=2)
    result = cli("staff", path, "--vary", "desk=3..4", "--target", "wait=1m", "--processes", "1")
    assert result.returncode == 3, result.stderr
    assert "No plan tried meets every target" in result.stdout
    assert "Cheapest plan" not in result.stdout


def test_staff_reads_targets_from_the_command_line(tmp_path, cli):
    path, _ = _desk_file(tmp_path)
    result = cli("staff", path, "--target", "wait=20s", "--processes", "1")
    assert result.returncode == 2 and "cannot read the target “wait=20s”" in result.stderr
    result = cli("staff", path, "--target", "utilisation=65%", "--vary", "desk=4..6", "--processes", "1")
    assert result.returncode == 0, result.stderr
    assert "Cheapest plan that meets every target: Service desk: 5 agents, €25,200 a week" in result.stdout
    assert "Utilisation of the busiest pool" in result.stdout and "(at most 65.0 %)" in result.stdout
    # no SLA policy: the frontier sets cost against the target's figure, named in words
    assert "Cost against mean queue wait at the slowest step (plans no other beats on both):" in result.stdout


def test_compare_prints_both_scenarios_by_name_and_the_paired_differences(tmp_path, cli):
    path, _ = _desk_file(tmp_path, days=2, replications=4)
    result = cli("compare", path, "--scenario", "A week", "--scenario", "Five agents", "--processes", "1")
    assert result.returncode == 0, result.stderr
    assert "“A week” against “Five agents”, 4 paired replications" in result.stdout
    wait = next(line for line in result.stdout.splitlines() if line.strip().startswith("Queue wait, mean"))
    assert "real difference" in wait and "[−" in wait
    data = json.loads(
        cli("compare", path, "--scenario", "week", "--scenario", "five", "--json", "--processes", "1").stdout
    )
    assert data["kpis"]["queue_wait_mean"]["real"] is True and data["kpis"]["queue_wait_mean"]["mean"] < 0
    one = cli("compare", path, "--scenario", "week")
    assert one.returncode == 2 and "compare needs two scenarios" in one.stderr


def test_bad_variations_and_unreachable_clusters_are_said_in_words(tmp_path, cli):
    path, _ = _desk_file(tmp_path)
    bad = cli("sweep", path, "--vary", "Level 9=1..3")
    assert bad.returncode == 2
    assert "no pool “Level 9” in this blueprint (pools: Service desk)" in bad.stderr
    assert "Traceback" not in bad.stderr
    empty = cli("sweep", path, "--vary", "desk=5..2")
    assert empty.returncode == 2 and "the range “5..2” is empty" in empty.stderr
    far = cli("sweep", path, "--vary", "desk=4..5", "--cluster", "tcp://127.0.0.1:9")
    assert far.returncode == 2 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in far.stderr


def test_export_report_adds_the_comparison_and_staffing_pages(tmp_path, cli):
    path, _ = _desk_file(tmp_path, days=1, replications=3)
    out = tmp_path / "desk.pdf"
    args = ("export", path, "--pdf", str(out), "--report", "--scenario", "week")
    plain = cli(*args)
    assert plain.returncode == 0, plain.stderr
    from pypdf import PdfReader

    before = len(PdfReader(out).pages)
    result = cli(*args, "--compare", "Five agents", "--staffing", "--target", "utilisation=65%")
    assert result.returncode == 0, result.stderr
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) == before + 2
    assert "Comparison of two scenarios" in pages[-2] and "Five agents" in pages[-2]
    assert "Staffing recommendation" in pages[-1] and "Service desk" in pages[-1]


def test_sweep_tries_a_list_of_plans_and_needs_something_to_vary(tmp_path, cli):
    path, _ = _desk_file(tmp_path, days=2, replications=3)
    result = cli(
        "sweep", path, "--plan", "Service desk=4", "--plan", "Service desk=6; arrivals=1.1", "--json"
    )
    assert result.returncode == 0, result.stderr
    assert [r["label"] for r in json.loads(result.stdout)["rows"]] == [
        "Service desk: 4 agents",
        "Service desk: 6 agents, arrivals × 1.1",
    ]
    nothing = cli("sweep", path)
    assert nothing.returncode == 2 and "sweep needs what to vary" in nothing.stderr


def test_sweep_csv_gets_the_usual_permissions_not_a_temporary_files(tmp_path, cli):
    """A new table gets 0666 less the umask, like every other file the product writes; a table
    written over another keeps that file's permissions; no temporary file is left beside it."""
    import os
    import stat

    path, _ = _desk_file(tmp_path, days=1, replications=2)
    out = tmp_path / "sweep.csv"
    args = ("sweep", path, "--vary", "desk=4..5", "--csv", str(out), "--processes", "1")
    mask = os.umask(0o022)
    try:
        assert cli(*args).returncode == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o644
        out.chmod(0o640)  # the user narrowed it: a new run keeps that
        assert cli(*args).returncode == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o640
    finally:
        os.umask(mask)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["desk.blueprint.json", "sweep.csv"]
    assert out.read_text().startswith("agents:desk,")
