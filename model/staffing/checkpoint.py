"""A sweep's checkpoint: one JSON line per finished task, appended by a single write and synced,
so an interrupted sweep (Ctrl+C, a crash, a power cut) resumes with the tasks it had finished.
The first line names the sweep (document, scenario and what varies); another sweep's file is
refused rather than mixed. A last line cut short by the interruption is ignored.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

VERSION = 1


class CheckpointError(ValueError):
    """`code`: checkpoint.other_sweep (the file belongs to another sweep), checkpoint.unreadable
    (not a checkpoint: `line`), with `path`."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code} {params}")
        self.code, self.params = code, params


class Checkpoint:
    """Results by task key, read from `path` if it exists, and appended to it as tasks finish."""

    def __init__(self, path: str | os.PathLike[str], sweep: str) -> None:
        self.path = Path(path)
        self.sweep = sweep
        self.results: dict[str, dict[str, Any]] = {}
        self._fd: int | None = None
        if self.path.exists() and self.path.stat().st_size > 0:
            self._read()

    def _read(self) -> None:
        with open(self.path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        try:
            head = json.loads(lines[0])
        except ValueError:
            raise CheckpointError("checkpoint.unreadable", path=str(self.path), line=1) from None
        if not isinstance(head, dict) or head.get("checkpoint") != VERSION:
            raise CheckpointError("checkpoint.unreadable", path=str(self.path), line=1)
        if head.get("sweep") != self.sweep:
            raise CheckpointError("checkpoint.other_sweep", path=str(self.path))
        for number, line in enumerate(lines[1:], start=2):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                self.results[record["task"]] = record["result"]
            except (ValueError, KeyError, TypeError):
                if number == len(lines):  # the last line, cut short when the sweep was stopped
                    break
                raise CheckpointError("checkpoint.unreadable", path=str(self.path), line=number) from None

    def _append(self, record: dict[str, Any]) -> None:
        if self._fd is None:
            fresh = not self.path.exists() or self.path.stat().st_size == 0
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            if fresh:
                self._write({"checkpoint": VERSION, "sweep": self.sweep})
            elif not self._ends_with_newline():
                os.write(self._fd, b"\n")  # after a line cut short, start a new one
        self._write(record)

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as f:
            f.seek(-1, os.SEEK_END)
            return f.read(1) == b"\n"

    def _write(self, record: dict[str, Any]) -> None:
        assert self._fd is not None
        os.write(self._fd, (json.dumps(record, separators=(",", ":")) + "\n").encode())
        os.fsync(self._fd)

    def add(self, task: str, result: dict[str, Any]) -> None:
        self.results[task] = result
        self._append({"task": task, "result": result})

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
