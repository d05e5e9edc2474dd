"""Never lose work: autosave writes snapshots to the recovery folder (never the user's file),
a crashed session's documents are offered back, a running instance is told from a crash."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio import resources
from blueprint_studio.app.files.autosave import RecoveryStore, pid_alive, recovery_root
from blueprint_studio.model.fileformat import SUFFIX, load, save


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not pid_alive(child.pid)
    return child.pid


def _fake_session(
    root: Path, pid: int, name: str, snapshot_of: Path | None = None, original: Path | None = None
) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / f"{name}.lock").write_text(
        json.dumps({"pid": pid, "hostname": socket.gethostname(), "started": 0, "session": name})
    )
    folder = root / name
    folder.mkdir()
    if snapshot_of is not None:
        save(load(snapshot_of), folder / f"doc1{SUFFIX}", keep_backup=False)
        (folder / "doc1.json").write_text(
            json.dumps({"original": str(original) if original else None, "title": "My desk", "saved_at": 1.0})
        )


def test_recovery_folder_is_in_the_user_data_directory(isolated):
    assert recovery_root().is_relative_to(isolated / "data")


def test_autosave_writes_to_the_recovery_folder_and_never_the_users_file(tmp_path, make_window):
    user_file = tmp_path / "desk.blueprint.json"
    save(load(resources.template_path("helpdesk_flow", "en")), user_file, keep_backup=False)
    before = user_file.read_bytes()
    window = make_window([user_file])
    assert window.autosaver.timer.interval() == 60_000
    tab = window.current_tab()
    tab.editor.add_lane()
    window.autosaver.run()
    snapshot = window.store.folder / f"{tab.recovery_key}{SUFFIX}"
    assert snapshot.exists() and load(snapshot) == tab.document.blueprint
    assert user_file.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["desk.blueprint.json"]
    meta = json.loads((window.store.folder / f"{tab.recovery_key}.json").read_text())
    assert meta["original"] == str(user_file.resolve())
    assert window.controller.save(tab)
    window.autosaver.run()
    assert not snapshot.exists()


def test_a_clean_exit_leaves_nothing_to_recover(make_window):
    window = make_window()
    window.current_tab().editor.add_lane()
    window.autosaver.run()
    store = window.store
    window.current_tab().undo_stack.setClean()
    window.close()
    assert not store.folder.exists() and not store.lock_path.exists()


def test_crash_recovery_offers_the_document_back(tmp_path, make_window):
    original = tmp_path / "desk.blueprint.json"
    save(load(resources.template_path("tiered_support", "en")), original, keep_backup=False)
    _fake_session(
        recovery_root(), _dead_pid(), "crashed", resources.template_path("service_blueprint", "en"), original
    )
    offered = []

    def choose(parent, docs):
        offered.extend(docs)
        return [True] * len(docs)

    window = make_window(ask_recovery=choose)
    assert [d.title for d in offered] == ["My desk"] and offered[0].original == original
    tab = window.current_tab()
    assert tab.recovered and tab.modified and tab.path == original.resolve()
    assert tab.document.blueprint == load(resources.template_path("service_blueprint", "en"))
    assert not (recovery_root() / "crashed").exists() and not (recovery_root() / "crashed.lock").exists()
    assert window.store.has(tab.recovery_key)  # safe again in this session's folder


def test_discarded_recovery_is_removed(make_window):
    _fake_session(recovery_root(), _dead_pid(), "crashed", resources.template_path("service_blueprint", "en"))
    window = make_window(ask_recovery=lambda parent, docs: [False] * len(docs))
    assert [t.recovered for t in window.tabs()] == [False]
    assert not (recovery_root() / "crashed").exists()


def test_a_second_running_instance_is_not_taken_for_a_crash(make_window):
    _fake_session(recovery_root(), os.getpid(), "running", resources.template_path("service_blueprint", "en"))
    store = RecoveryStore()
    assert [lock.session for lock in store.running_instances()] == ["running"]
    assert store.crashed_documents() == ([], [])
    window = make_window(ask_recovery=lambda parent, docs: (_ for _ in ()).throw(AssertionError("asked")))
    assert "already running" in window.statusBar().currentMessage()
    assert (recovery_root() / "running").exists()
