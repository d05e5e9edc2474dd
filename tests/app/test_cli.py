"""The command line, run as a user runs it: exit statuses, stdout, stderr without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from flowkit_app import broken_file

from blueprint_studio import resources
from blueprint_studio.model.fileformat import load, save
from blueprint_studio.model.schema import Pool


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "blueprint_studio.app.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd,
    )


def test_validate_clean_template_exits_zero():
    result = run("validate", str(resources.template_path("helpdesk_flow", "en")))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors" in result.stdout


def test_validate_names_elements_in_words_and_gives_ids_in_json_exit_one(tmp_path):
    bp = load(resources.template_path("helpdesk_flow", "en"))
    step = next(n for n in bp.nodes if n.kind == "step" and n.pool)
    bp = bp.model_copy(
        update={
            "pools": [
                p.model_copy(update={"agents": 0, "shifts": []}) if p.id == step.pool else p for p in bp.pools
            ]
        }
    )
    path = tmp_path / "zero.blueprint.json"
    save(bp, path)
    human = run("validate", str(path))
    assert human.returncode == 1
    pool = next(p for p in bp.pools if p.id == step.pool)
    # people read names: the pool and the step by their titles, no code and no id
    assert f"“{pool.name}” has no agents" in human.stdout and f"“{step.title}”" in human.stdout
    assert "pool_without_agents" not in human.stdout and step.pool not in human.stdout
    machine = run("validate", str(path), "--json")
    assert machine.returncode == 1
    report = json.loads(machine.stdout)
    assert report["errors"] >= 1
    found = [d for d in report["diagnostics"] if d["code"] == "pool_without_agents"]
    assert found and found[0]["severity"] == "error" and step.pool in found[0]["ids"]
    assert "no agents" in found[0]["message"]


def test_unreadable_file_exits_two_with_location_and_no_traceback(tmp_path):
    result = run("validate", str(broken_file(tmp_path)))
    assert result.returncode == 2
    assert "lanes[0].pool.agents: must be ≥ 0" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    missing = run("validate", str(tmp_path / "nope.blueprint.json"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_templates_lists_every_bundled_template_in_both_languages():
    result = run("templates")
    assert result.returncode == 0
    for name in ("helpdesk_flow", "service_blueprint", "tiered_support", "ticket_states"):
        line = next(line for line in result.stdout.splitlines() if line.startswith(name))
        assert "fr:" in line and "en:" in line


def test_new_creates_a_copy_and_refuses_to_overwrite(tmp_path):
    out = tmp_path / "ours"
    result = run("new", "--template", "tiered_support", "--lang", "fr", str(out))
    assert result.returncode == 0, result.stderr
    created = tmp_path / "ours.blueprint.json"
    assert load(created) == load(resources.template_path("tiered_support", "fr"))
    again = run("new", "--template", "tiered_support", str(created))
    assert again.returncode == 2 and "already exists" in again.stderr
    unknown = run("new", "--template", "nope", str(tmp_path / "x"))
    assert unknown.returncode == 2 and "helpdesk_flow" in unknown.stderr
    assert "Traceback" not in unknown.stderr


def test_bad_usage_is_reported_by_argparse():
    result = run("validate")
    assert result.returncode == 2 and "usage" in result.stderr


def run_without_display(*args: str, **env_changes: str) -> subprocess.CompletedProcess:
    """As a user on a machine without a display: the command must end on its own (timeout)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(env_changes)
    return subprocess.run(
        [sys.executable, "-m", "blueprint_studio.app.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


@pytest.mark.parametrize(
    "word, suggestion",
    [("simualte", "simulate"), ("valdate", "validate"), ("exprot", "export"), ("templtes", "templates")],
)
def test_a_mistyped_command_is_refused_with_a_suggestion(tmp_path, word, suggestion):
    target = tmp_path / "ours.blueprint.json"
    save(load(resources.template_path("helpdesk_flow", "en")), target)
    result = run(word, str(target))
    assert result.returncode == 2
    assert f"unknown command '{word}' — did you mean '{suggestion}'?" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_an_unknown_command_without_a_close_match_lists_the_commands():
    result = run("frobnicate", "--help")
    assert result.returncode == 2
    assert "unknown command 'frobnicate'" in result.stderr and "did you mean" not in result.stderr
    assert all(
        name in result.stderr for name in ("validate", "simulate", "export", "compare", "sweep", "staff")
    )


def test_a_missing_file_or_a_folder_is_refused_before_any_window(tmp_path):
    missing = run(str(tmp_path / "gone.blueprint.json"))
    assert missing.returncode == 2
    assert "gone.blueprint.json: no such file" in missing.stderr
    folder = run(str(tmp_path))
    assert folder.returncode == 2 and "is a folder" in folder.stderr


def test_without_a_display_the_window_says_so_and_exits(tmp_path):
    target = tmp_path / "ours.blueprint.json"
    save(load(resources.template_path("helpdesk_flow", "en")), target)
    for args in ((), (str(target),)):
        result = run_without_display(*args)
        assert result.returncode == 2, result.stderr
        assert "cannot open the window: no display" in result.stderr
        assert "validate" in result.stderr and "Traceback" not in result.stderr
    offscreen = run_without_display(str(target), QT_QPA_PLATFORM="offscreen")
    assert offscreen.returncode == 2 and "shows no window" in offscreen.stderr


def test_display_problem_reads_the_environment():
    from blueprint_studio.app.cli.main import display_problem

    assert display_problem({}, "linux") == "no display (DISPLAY is not set)"
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "wayland"}, "linux") == "WAYLAND_DISPLAY is not set"
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None
    assert "shows no window" in display_problem({"QT_QPA_PLATFORM": "offscreen"}, "win32")
