"""Never lose work: snapshots of modified documents in a recovery folder of the user's data
directory (never over the user's file), and a lock per running session (pid + host) that tells
a crashed session, whose snapshots are offered back, from another instance still running.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from blueprint_studio.model.fileformat import SUFFIX, LoadError, SaveError, load, os_reason, pid_alive, save
from blueprint_studio.model.schema import Blueprint

APP_DIR = "blueprint-studio"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR, appauthor=False))


def recovery_root() -> Path:
    return data_dir() / "recovery"


@dataclass(frozen=True)
class SessionLock:
    session: str
    pid: int
    hostname: str
    started: float
    path: Path

    def is_alive(self) -> bool:
        """Only a process on this machine can be checked; one elsewhere is presumed running."""
        return self.hostname != socket.gethostname() or pid_alive(self.pid)


@dataclass(frozen=True)
class RecoveredDocument:
    session: str
    key: str
    snapshot: Path
    original: Path | None
    title: str
    saved_at: float
    blueprint: Blueprint | None = None  # read when the snapshot was found


@dataclass(frozen=True)
class DamagedSnapshot:
    """A snapshot that cannot be read: moved aside (never deleted) and reported."""

    title: str
    moved_to: Path | None
    reason: LoadError


class RecoveryStore:
    """The recovery folder: `<session>.lock` files and a `<session>/` folder of snapshots each."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = Path(root) if root is not None else recovery_root()
        self.hostname = socket.gethostname()
        self.session = f"{self.hostname}-{os.getpid()}-{int(time.time() * 1000)}"
        self.folder = self.root / self.session
        self.lock_path = self.root / f"{self.session}.lock"
        self.locked = False

    # ------------------------------------------------------------ this session
    def acquire(self) -> bool:
        """Write this session's lock; False (never an exception: start-up must go on) when the
        recovery folder cannot be written. Autosave then reports why, at its first snapshot."""
        try:
            self._lock()
        except OSError:
            return False
        return True

    def _lock(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {
            "pid": os.getpid(),
            "hostname": self.hostname,
            "started": time.time(),
            "session": self.session,
        }
        _write_atomically(self.lock_path, json.dumps(payload))
        self.locked = True

    def release(self) -> None:
        """A clean exit: nothing to recover from this session."""
        shutil.rmtree(self.folder, ignore_errors=True)
        _unlink(self.lock_path)
        self.locked = False

    def write(self, key: str, blueprint: Blueprint, original: Path | None, title: str) -> Path:
        """Snapshot a document atomically; raises SaveError like any save."""
        target = self.folder / f"{key}{SUFFIX}"
        if not self.locked:
            try:  # never snapshots without a lock: another instance would take them for a crash's
                self._lock()
            except OSError as exc:
                raise SaveError(target.name, os_reason(exc)[1], os_reason(exc)[0]) from None
        save(blueprint, target, keep_backup=False)
        meta = {"original": str(original) if original else None, "title": title, "saved_at": time.time()}
        try:
            _write_atomically(self.folder / f"{key}.json", json.dumps(meta))
        except OSError as exc:
            raise SaveError(target.name, os_reason(exc)[1], os_reason(exc)[0]) from None
        return target

    def forget(self, key: str) -> None:
        _unlink(self.folder / f"{key}{SUFFIX}")
        _unlink(self.folder / f"{key}.json")

    def has(self, key: str) -> bool:
        return (self.folder / f"{key}{SUFFIX}").exists()

    # ------------------------------------------------------------ other sessions
    def other_sessions(self) -> list[SessionLock]:
        """Every other session's lock; an unreadable lock is told by its name (our sessions are
        `host-pid-milliseconds`) or, failing that, taken as crashed once a minute old."""
        found = []
        for path in _listing(self.root, "*.lock"):
            if path == self.lock_path:
                continue
            lock = _read_lock(path)
            if lock is not None:
                found.append(lock)
        known = {lock.session for lock in found} | {self.session}
        for folder in _listing(self.root, "*"):  # snapshots whose lock is gone
            if (
                folder.is_dir()
                and folder.name not in known
                and folder.name != DAMAGED
                and _older_than(folder, 60)
            ):
                found.append(
                    SessionLock(folder.name, 0, self.hostname, 0.0, self.root / f"{folder.name}.lock")
                )
        return found

    def running_instances(self) -> list[SessionLock]:
        return [lock for lock in self.other_sessions() if lock.is_alive()]

    def crashed_sessions(self) -> list[SessionLock]:
        return [lock for lock in self.other_sessions() if not lock.is_alive()]

    def crashed_documents(
        self, sessions: list[SessionLock] | None = None
    ) -> tuple[list[RecoveredDocument], list[DamagedSnapshot]]:
        """Readable snapshots of crashed sessions to offer, and the damaged ones, moved aside
        into `damaged/`. A bad side-car (title, time, original) only loses that detail."""
        docs, damaged = [], []
        for lock in self.crashed_sessions() if sessions is None else sessions:
            folder = self.root / lock.session
            for snapshot in _listing(folder, f"*{SUFFIX}"):
                key = snapshot.name.removesuffix(SUFFIX)
                meta = _read_json(folder / f"{key}.json")
                title = meta.get("title") if isinstance(meta.get("title"), str) and meta.get("title") else key
                try:
                    blueprint = load(snapshot)
                except LoadError as exc:
                    damaged.append(DamagedSnapshot(title, self._move_aside(snapshot, lock.session), exc))
                    continue
                docs.append(
                    RecoveredDocument(
                        lock.session,
                        key,
                        snapshot,
                        _original(meta),
                        title,
                        _saved_at(meta, snapshot),
                        blueprint,
                    )
                )
        return docs, damaged

    def _move_aside(self, snapshot: Path, session: str) -> Path | None:
        target = self.root / DAMAGED / f"{session}-{snapshot.name}"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(snapshot, target)
        except OSError:
            return None
        return target

    def discard_sessions(self, sessions: Iterable[str]) -> None:
        for session in set(sessions):
            shutil.rmtree(self.root / session, ignore_errors=True)
            _unlink(self.root / f"{session}.lock")


DAMAGED = "damaged"


def _listing(folder: Path, pattern: str) -> list[Path]:
    try:
        return sorted(folder.glob(pattern)) if folder.is_dir() else []
    except OSError:
        return []


def _older_than(path: Path, seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime > seconds
    except OSError:
        return False


def _unlink(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _write_atomically(path: Path, text: str) -> None:
    """Small JSON files (locks, side-cars): a reader sees the old or the new one, never half."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        _unlink(tmp)


def _original(meta: dict[str, Any]) -> Path | None:
    original = meta.get("original")
    if not isinstance(original, str) or not original or "\0" in original:
        return None
    return Path(original)


def _saved_at(meta: dict[str, Any], snapshot: Path) -> float:
    """The side-car's time when it is a plausible one, else the snapshot's own."""
    value = meta.get("saved_at")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < time.time() + 86_400:
        return float(value)
    try:
        return snapshot.stat().st_mtime
    except OSError:
        return time.time()


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def _read_lock(path: Path) -> SessionLock | None:
    data = _read_json(path)
    pid = data.get("pid")
    if (
        not isinstance(data.get("hostname"), str)
        or not data["hostname"]
        or not (isinstance(pid, int) and not isinstance(pid, bool) and 0 < pid < 2**31)
    ):
        return _lock_from_name(path)  # what a session of ours never writes
    try:
        pid, started = int(data["pid"]), float(data.get("started", 0))
        session = data.get("session") or path.stem
        if not isinstance(session, str) or session != path.stem:
            session = path.stem  # the lock names its own folder: trust the file's name
        return SessionLock(session, pid, str(data["hostname"]), started, path)
    except (KeyError, TypeError, ValueError, OverflowError):
        return _lock_from_name(path)


def _lock_from_name(path: Path) -> SessionLock | None:
    """An unreadable lock: `host-pid-ms` still says whose it was; any other name, once it is a
    minute old (a lock being written is never that old), counts as a crashed session."""
    host, _, rest = path.stem.rpartition("-")
    host, _, pid_text = host.rpartition("-")
    if host and pid_text.isdigit() and rest.isdigit():
        return SessionLock(path.stem, int(pid_text), host, 0.0, path)
    if _older_than(path, 60):
        return SessionLock(path.stem, 0, socket.gethostname(), 0.0, path)
    return None


__all__ = [
    "RecoveryStore",
    "RecoveredDocument",
    "DamagedSnapshot",
    "SessionLock",
    "SaveError",
    "data_dir",
    "pid_alive",
]
