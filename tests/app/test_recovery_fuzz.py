"""Recovery never locks the user out: whatever the recovery folder holds (hostile side-cars,
snapshots and lock files), start-up completes, bad entries are skipped, moved aside or reported,
and a good snapshot is still offered, even behind a garbage lock."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio import resources
from blueprint_studio.app.files.autosave import RecoveryStore, pid_alive, recovery_root
from blueprint_studio.app.files.recovery import recover
from blueprint_studio.model.fileformat import SUFFIX, dumps, load

GOOD = dumps(load(resources.template_path("service_blueprint", "en")))


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


DEAD = _dead_pid()
HOST = socket.gethostname()
JUNK = (
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.text(max_size=8)
    | st.floats()
    | st.just(1e300)
    | st.just("yesterday")
    | st.lists(st.integers(), max_size=2)
    | st.just({"a": 1})
)
SNAPSHOTS = st.sampled_from(
    [
        GOOD,
        b'{"meta": "x"}',
        b"",
        b"\xff\xfe",
        GOOD[:200],
        b"[]",
        b'{"cards": [{"id": "c", "fields": {"a": 1e400}}]}',
    ]
)
LOCK_TEXT = st.one_of(
    st.builds(
        lambda pid, host, started: json.dumps({"pid": pid, "hostname": host, "started": started}),
        st.sampled_from([DEAD, 0, -1, 2**40]) | JUNK,
        st.sampled_from([HOST]) | JUNK,
        JUNK,
    ),
    st.text(max_size=30),
    st.just(""),
    st.just("{"),
)


@st.composite
def recovery_folders(draw) -> list[tuple[str, str | None, bytes | None, dict | None]]:
    """Sessions: (name, lock text or None, snapshot bytes or None, side-car or None)."""
    sessions = []
    for k in range(draw(st.integers(1, 3))):
        name = draw(st.sampled_from([f"{HOST}-{DEAD}-{1000 + k}", f"odd name {k}", f"x-{k}"]))
        sidecar = draw(
            st.none()
            | st.fixed_dictionaries(
                {},
                optional={
                    "original": JUNK | st.just("/nowhere/a.blueprint.json"),
                    "title": JUNK,
                    "saved_at": JUNK,
                },
            )
        )
        sessions.append((name, draw(st.none() | LOCK_TEXT), draw(st.none() | SNAPSHOTS), sidecar))
    return sessions


def _plant(root, sessions) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for name, lock, snapshot, sidecar in sessions:
        folder = root / name
        folder.mkdir(exist_ok=True)
        if lock is not None:
            (root / f"{name}.lock").write_text(lock, encoding="utf-8")
        if snapshot is not None:
            (folder / f"doc1{SUFFIX}").write_bytes(snapshot)
        if sidecar is not None:
            (folder / "doc1.json").write_text(json.dumps(sidecar, default=str), encoding="utf-8")
        old = time.time() - 3600  # an hour old: no session is still being set up
        for path in [folder, *folder.iterdir(), root / f"{name}.lock"]:
            if path.exists():
                os.utime(path, (old, old))


class FakeWindow:
    def __init__(self, store) -> None:
        self.store, self.messages, self.opened = store, [], []

    def status_message(self, text, timeout=0) -> None:
        self.messages.append(text)

    def open_recovered(self, blueprint, original, title):
        self.opened.append((blueprint, original, title))
        return FakeTab(blueprint)


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    from blueprint_studio.app.shell import prompts

    monkeypatch.setattr(prompts, "show_error", lambda *args, **kwargs: None)


class FakeTab:
    def __init__(self, blueprint) -> None:
        self.recovery_key, self.path = "doc_restored", None
        self.document = type("D", (), {"blueprint": blueprint})()

    def display_name(self) -> str:
        return "restored"


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(recovery_folders())
@example(
    sessions=[
        (
            f"{HOST}-{DEAD}-1000",
            json.dumps({"pid": DEAD, "hostname": "elsewhere", "started": False}),
            b'{"meta": "x"}',
            None,
        )
    ]
)  # another machine's damaged snapshot: left alone
@example(
    sessions=[(f"{HOST}-{DEAD}-1000", json.dumps({"pid": 1, "hostname": HOST, "started": False}), None, None)]
)  # a lock of a process running here (found in CI)
def test_recovery_at_start_up_always_completes(tmp_path_factory, qapp, sessions):
    root = tmp_path_factory.mktemp("recovery")
    _plant(root, sessions)
    store = RecoveryStore(root)
    assert store.acquire()
    window = FakeWindow(store)
    offered = []

    def choose(parent, docs):
        offered.extend(docs)
        return [True] * len(docs)

    recover(window, store, choose)
    elsewhere = {name for name, lock, *_ in sessions if _other_machine(lock)}
    good = sum(1 for name, _, snapshot, _ in sessions if snapshot == GOOD and name not in elsewhere)
    names = {name for name, *_ in sessions} - elsewhere
    assert len(offered) == good == len(window.opened)
    for doc in offered:
        assert (
            doc.blueprint is not None and isinstance(doc.title, str) and doc.saved_at <= time.time() + 86_400
        )
        assert doc.original is None or isinstance(doc.original.name, str)
    damaged = list((root / "damaged").glob("*")) if (root / "damaged").exists() else []
    # a session of another machine is not read at all: its snapshot is neither moved nor said
    assert (
        len(damaged)
        == sum(
            1 for name, _, snapshot, _ in sessions if snapshot not in (None, GOOD) and name not in elsewhere
        )
        or window.messages
    )  # moved aside, or at least reported
    for name in names:  # every crashed session is gone once its documents are safe
        assert not (root / name).exists() and not (root / f"{name}.lock").exists()
    for name in elsewhere:  # a session of another machine sharing the folder is left alone
        assert (root / name).exists()
    store.release()


def _other_machine(lock: str | None) -> bool:
    """A well-formed lock of another host: that session may still be running there."""
    try:
        data = json.loads(lock or "")
        float(data.get("started", 0))
    except (ValueError, TypeError, KeyError, OverflowError, AttributeError):
        return False
    host, pid = data.get("hostname"), data.get("pid")
    if not (
        isinstance(host, str)
        and bool(host)
        and isinstance(pid, int)
        and not isinstance(pid, bool)
        and 0 < pid < 2**31
    ):
        return False
    return host != HOST or pid_alive(pid)  # on this host: only while that process still runs


def test_a_good_snapshot_behind_a_garbage_lock_is_offered_and_the_bad_ones_reported(make_window, answers):
    root = recovery_root()
    _plant(
        root,
        [
            (
                f"{HOST}-{DEAD}-1",
                "garbage{",
                GOOD,
                {"title": "My desk", "saved_at": "yesterday", "original": 5},
            ),
            (f"{HOST}-{DEAD}-2", None, b'{"meta": "x"}', {"title": "Broken", "saved_at": 1e300}),
        ],
    )
    offered = []

    def choose(parent, docs):
        offered.extend(docs)
        return [True] * len(docs)

    window = make_window(ask_recovery=choose)
    assert [d.title for d in offered] == ["My desk"] and offered[0].original is None
    assert [t.recovered for t in window.tabs()] == [True]
    ((title, text, detail),) = answers.errors
    assert title == "Unsaved Work Could Not Be Recovered"
    assert text.startswith(
        "1 unsaved document from the last session could not be read (“Broken”: "
        "must be an object); it was kept in "
    )
    assert text == window.statusBar().currentMessage()
    moved = list((root / "damaged").iterdir())
    assert len(moved) == 1 and moved[0].read_bytes() == b'{"meta": "x"}'
    assert sorted(p.name for p in root.iterdir() if p.name != "damaged") == sorted(
        [window.store.session, f"{window.store.session}.lock"]
    )


@pytest.mark.parametrize("lock", ['{"pid": 1e300, "hostname": "h"}', '{"pid": "x"}', "[]", "\x00\x01"])
def test_garbage_locks_never_stop_start_up(make_window, lock):
    root = recovery_root()
    _plant(root, [("weird", lock, GOOD, None)])
    window = make_window()
    assert any(t.recovered for t in window.tabs())
