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
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import platformdirs

from model.fileformat import SUFFIX, SaveError, save
from model.schema import Blueprint

APP_DIR = "blueprint-studio"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR, appauthor=False))


def recovery_root() -> Path:
    return data_dir() / "recovery"


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes
        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)
        return bool(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True   # it exists, under another user
    except OSError:
        return False
    return True


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
    def acquire(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {"pid": os.getpid(), "hostname": self.hostname, "started": time.time(),
                   "session": self.session}
        self.lock_path.write_text(json.dumps(payload), encoding="utf-8")
        self.locked = True

    def release(self) -> None:
        """A clean exit: nothing to recover from this session."""
        shutil.rmtree(self.folder, ignore_errors=True)
        self.lock_path.unlink(missing_ok=True)
        self.locked = False

    def write(self, key: str, blueprint: Blueprint, original: Path | None, title: str) -> Path:
        """Snapshot a document atomically; raises SaveError like any save."""
        if not self.locked:
            self.acquire()
        target = self.folder / f"{key}{SUFFIX}"
        save(blueprint, target, keep_backup=False)
        meta = {"original": str(original) if original else None, "title": title, "saved_at": time.time()}
        (self.folder / f"{key}.json").write_text(json.dumps(meta), encoding="utf-8")
        return target

    def forget(self, key: str) -> None:
        (self.folder / f"{key}{SUFFIX}").unlink(missing_ok=True)
        (self.folder / f"{key}.json").unlink(missing_ok=True)

    def has(self, key: str) -> bool:
        return (self.folder / f"{key}{SUFFIX}").exists()

    # ------------------------------------------------------------ other sessions
    def other_sessions(self) -> list[SessionLock]:
        found = []
        for path in sorted(self.root.glob("*.lock")) if self.root.is_dir() else []:
            if path == self.lock_path:
                continue
            lock = _read_lock(path)
            if lock is not None:
                found.append(lock)
        return found

    def running_instances(self) -> list[SessionLock]:
        return [lock for lock in self.other_sessions() if lock.is_alive()]

    def crashed_sessions(self) -> list[SessionLock]:
        return [lock for lock in self.other_sessions() if not lock.is_alive()]

    def crashed_documents(self) -> list[RecoveredDocument]:
        docs = []
        for lock in self.crashed_sessions():
            folder = self.root / lock.session
            for snapshot in sorted(folder.glob(f"*{SUFFIX}")):
                key = snapshot.name.removesuffix(SUFFIX)
                meta = _read_json(folder / f"{key}.json")
                original = meta.get("original")
                docs.append(RecoveredDocument(lock.session, key, snapshot,
                                              Path(original) if original else None,
                                              str(meta.get("title") or key),
                                              float(meta.get("saved_at") or snapshot.stat().st_mtime)))
        return docs

    def discard_sessions(self, sessions: Iterable[str]) -> None:
        for session in set(sessions):
            shutil.rmtree(self.root / session, ignore_errors=True)
            (self.root / f"{session}.lock").unlink(missing_ok=True)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _read_lock(path: Path) -> SessionLock | None:
    data = _read_json(path)
    try:
        return SessionLock(str(data.get("session") or path.stem), int(data["pid"]),
                           str(data["hostname"]), float(data.get("started", 0)), path)
    except (KeyError, TypeError, ValueError):
        return None


__all__ = ["RecoveryStore", "RecoveredDocument", "SessionLock", "SaveError", "data_dir", "pid_alive"]
