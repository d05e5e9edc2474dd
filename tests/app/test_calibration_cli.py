"""`blueprint-studio calibrate FILE --tickets EXPORT`, run as a user runs it: the calibrated
scenario added to FILE, what was fitted printed in words, a mapping given on the command line, a
dry run, and refusals on stderr without a traceback and without touching FILE."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from blueprint_studio import resources
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.fileformat import load


def run(*args: str, lang: str = "en_GB.UTF-8") -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": lang, "LANGUAGE": lang[:2]}
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    return subprocess.run(
        [sys.executable, "-m", "blueprint_studio.app.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def tiered(tmp_path: Path) -> Path:
    target = tmp_path / "desk.blueprint.json"
    shutil.copy(resources.template_path("tiered_support", "en"), target)
    return target


def export(tmp_path: Path) -> Path:
    """An export in a layout of no known tool: the mapping is given on the command line."""
    lines = ["Ref;Opened on;Done on;Queue;Origin"]
    for k in range(60):
        day = 6 + k % 5
        queue = ("Level 2 — Technicians", "Level 3 — Product specialists")[k % 2]
        lines.append(f"T{k};{day:02d}/01/2025 09:{k:02d};{day:02d}/01/2025 1{k % 7 + 1}:00;{queue};Phone")
    path = tmp_path / "tickets.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_calibrate_adds_a_scenario_that_runs_with_the_fitted_values(tmp_path):
    file, tickets = tiered(tmp_path), export(tmp_path)
    before = load(file)
    result = run(
        "calibrate", str(file), "--tickets", str(tickets),
        "--mapping", "id=Ref", "--mapping", "created=Opened on", "--mapping", "solved=Done on",
        "--mapping", "group=Queue", "--mapping", "channel=Origin",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Read from tickets.csv: 60 tickets" in result.stdout
    assert "Remote troubleshooting (level 2): " in result.stdout
    assert "Kolmogorov-Smirnov distance" in result.stdout
    assert (
        f"scenario “Calibrated from tickets.csv” added; run it with: blueprint-studio simulate {file}"
        in result.stdout
    )
    after = load(file)
    assert len(after.scenarios) == len(before.scenarios) + 1
    scenario = after.scenarios[-1]
    assert (scenario.id, scenario.name) == ("sc_calibrated", "Calibrated from tickets.csv")
    assert set(scenario.durations) == {"step_l2", "step_l3"}
    assert set(scenario.intake_rates) == {"intake_phone"}
    assert scenario.replications == before.scenarios[0].replications  # the first scenario's settings
    assert compile_blueprint(after, scenario.id).ok
    assert (tmp_path / "desk.blueprint.json.bak").read_bytes() == resources.template_path(
        "tiered_support", "en"
    ).read_bytes()


def test_dry_run_prints_json_in_french_and_leaves_the_file(tmp_path):
    file, tickets = tiered(tmp_path), export(tmp_path)
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps({"id": "Ref", "created": "Opened on", "solved": "Done on", "group": "Queue"})
    )
    original = file.read_bytes()
    result = run(
        "calibrate", str(file), "--tickets", str(tickets), "--mapping", str(mapping), "--dry-run", "--json",
        lang="fr_FR.UTF-8",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["written"] is False and report["tickets"] == 60
    assert report["durations"]["step_l2"]["family"] in ("exponential", "lognormal", "gamma", "empirical")
    assert file.read_bytes() == original


def test_an_export_that_cannot_be_read_is_refused_and_the_file_is_untouched(tmp_path):
    file = tiered(tmp_path)
    original = file.read_bytes()
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("Id,Created at\n1,2025-01-06 09:00\n2,Hier à midi\n".encode("latin-1"))
    result = run("calibrate", str(file), "--tickets", str(bad))
    assert result.returncode == 2
    assert "cannot calibrate from latin1.csv: line 3 is not UTF-8 text (byte 0xE0)" in result.stderr
    assert "Traceback" not in result.stderr
    assert file.read_bytes() == original
    result = run("calibrate", str(file), "--tickets", str(tmp_path / "missing.csv"))
    assert result.returncode == 2 and "the file does not exist" in result.stderr
    result = run("calibrate", str(file), "--tickets", str(bad), "--mapping", "colour=Id")
    assert result.returncode == 2 and "“colour” is not a role" in result.stderr
    assert file.read_bytes() == original
