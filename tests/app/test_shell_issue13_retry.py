"""Issue 13 tried again from the outside, in the window and on the command line: a folder or a
pipe opened is said to be unreadable in words (never an errno, never a hang), recovery skips a
pipe or a folder in place of a snapshot, and a run where nothing arrives says so."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio import resources
from blueprint_studio.app.files.autosave import RecoveryStore, recovery_root
from blueprint_studio.app.shell.kpi_words import run_status_text
from blueprint_studio.model.fileformat import SUFFIX, dumps, load, save

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
GOOD = dumps(load(resources.template_path("helpdesk_flow", "en")))


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "blueprint_studio.app.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def in_thread(seconds: float, work):
    """`work()` in a daemon thread; fails when it has not returned after `seconds` (a hang)."""
    box: dict = {}
    thread = threading.Thread(target=lambda: box.setdefault("value", work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"took more than {seconds} s: a hang"
    return box["value"]


@needs_fifo
def test_opening_a_folder_or_a_pipe_says_it_cannot_be_read_in_words(tmp_path, make_window, answers):
    window = make_window()
    folder = tmp_path / "folder.blueprint.json"
    folder.mkdir()
    pipe = tmp_path / "pipe.blueprint.json"
    os.mkfifo(pipe)
    for path, reason in (
        (folder, "it is a folder, not a file"),
        (pipe, "it is not a file (a device, a pipe or a socket)"),
    ):
        answers.errors.clear()
        # Before: "[Errno 21] Is a directory: '/full/path'"; and the window froze on a pipe.
        assert in_thread(20, lambda p=path: window.controller.open_path(p)) is None
        ((title, text, detail),) = answers.errors
        assert title == "Cannot Open the File"
        assert text == f"“{path.name}” cannot be read."
        assert detail == f"Problem found: {reason}. The file itself is unchanged."
        assert "Errno" not in detail and str(tmp_path) not in detail
    assert len(window.tabs()) == 0 or all(t.path not in (folder, pipe) for t in window.tabs())


def _plant_session(root: Path, name: str, make_snapshot) -> None:
    folder = root / name
    folder.mkdir(parents=True)
    make_snapshot(folder / f"doc{SUFFIX}")
    (root / f"{name}.lock").write_text(
        json.dumps({"pid": 2**31 - 2, "hostname": socket.gethostname(), "started": 0}), encoding="utf-8"
    )


@needs_fifo
def test_a_pipe_in_place_of_a_snapshot_does_not_block_start_up(isolated):
    root = recovery_root()
    host = socket.gethostname()
    _plant_session(root, f"{host}-2147483646-1", os.mkfifo)
    _plant_session(root, f"{host}-2147483646-2", lambda p: p.write_bytes(GOOD))
    docs, damaged = in_thread(20, lambda: RecoveryStore(root).crashed_documents())
    assert [d.blueprint.meta.title for d in docs] == ["Help-desk flow diagram"]
    assert [d.reason.code for d in damaged] == ["not_a_file"]


def test_a_folder_in_place_of_a_snapshot_is_reported_and_the_good_one_restored(make_window, answers):
    root = recovery_root()
    host = socket.gethostname()
    _plant_session(root, f"{host}-2147483646-1", Path.mkdir)
    _plant_session(root, f"{host}-2147483646-2", lambda p: p.write_bytes(GOOD))
    window = make_window()
    assert [t.recovered for t in window.tabs()] == [True]
    ((title, text, detail),) = answers.errors
    assert title == "Unsaved Work Could Not Be Recovered"
    assert "(“doc”: it is a folder, not a file)" in text


@needs_fifo
def test_validate_and_simulate_refuse_a_pipe_at_once(tmp_path):
    pipe = tmp_path / "pipe.blueprint.json"
    os.mkfifo(pipe)
    for command in ("validate", "simulate"):
        done = cli(command, str(pipe))  # before: blocked until killed
        assert done.returncode == 2
        assert done.stderr.strip() == (
            "blueprint-studio: cannot read pipe.blueprint.json: "
            "it is not a file (a device, a pipe or a socket)"
        )


def test_a_run_where_nothing_arrives_blames_the_arrivals_not_the_warm_up(tmp_path):
    data = json.loads(GOOD)
    for node in data["nodes"]:
        if node["kind"] == "intake":
            node["rate_per_hour"] = 0.0
            node.pop("schedule", None)
    path = tmp_path / "quiet.blueprint.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    done = cli("simulate", str(path), "--horizon", "2d", "--warmup", "0d", "--replications", "1", "--json")
    assert done.returncode == 3
    assert json.loads(done.stdout)["status"] == {"status": "empty", "warmup": 0.0, "arrived": 0}
    assert (
        "No ticket arrived during the run. Check the arrival rates of the intakes, or use a longer horizon."
    ) in done.stderr
    assert "warm-up" not in done.stderr.splitlines()[-1]


def test_a_run_whose_tickets_all_came_in_the_warm_up_still_says_so():
    text = run_status_text({"status": "empty", "warmup": 1440.0, "arrived": 12})
    assert text.startswith("No ticket was measured: every ticket arrived during the warm-up")


def test_saving_through_a_link_into_another_folder_keeps_the_link(tmp_path, make_window, answers):
    real = tmp_path / "shared" / "desk.blueprint.json"
    real.parent.mkdir()
    save(load(resources.template_path("helpdesk_flow", "en")), real, keep_backup=False)
    link = tmp_path / "mine" / "desk.blueprint.json"
    link.parent.mkdir()
    link.symlink_to(real)
    window = make_window([link])
    tab = window.current_tab()
    tab.set_forced_dirty(True)
    assert window.controller.save(tab) and answers.errors == []
    assert link.is_symlink() and link.resolve() == real
    assert sorted(p.name for p in real.parent.iterdir()) == ["desk.blueprint.json", "desk.blueprint.json.bak"]
    assert sorted(p.name for p in link.parent.iterdir()) == ["desk.blueprint.json"]


def test_an_event_log_that_cannot_be_written_is_said_in_words_before_the_run(tmp_path):
    path = tmp_path / "desk.blueprint.json"
    path.write_bytes(GOOD)
    for log, reason in (
        (tmp_path, "it is a folder, not a file"),
        (tmp_path / "missing" / "events.csv", "the file or folder does not exist"),
    ):
        done = cli("simulate", str(path), "--replications", "1", "--log", str(log))
        assert done.returncode == 2  # before: "[Errno 21] Is a directory: '/tmp/…'"
        assert done.stderr.strip().endswith(f"cannot write the event log “{log.name}”: {reason}")
        assert "Errno" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "changes, reason",
    [
        ({"warmup_days": 5, "horizon_days": 5}, "the warm-up must be shorter than the horizon"),
        ({"horizon_days": None}, "a scenario needs a horizon or a number of tickets"),
    ],
)
def test_a_scenario_the_simulator_cannot_run_is_refused_by_name_not_by_a_traceback(tmp_path, changes, reason):
    data = json.loads(GOOD)
    data["scenarios"] = [{"id": "s", "name": "Week", **changes}]
    path = tmp_path / "odd.blueprint.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    for command in ("validate", "simulate"):
        done = cli(command, str(path))  # before: validate said 0 errors, simulate a traceback
        assert done.returncode == 2 and "Traceback" not in done.stderr
        assert (
            done.stderr.strip() == f"blueprint-studio: cannot read odd.blueprint.json: scenarios[0]: {reason}"
        )
