"""Fixtures for the application-shell tests: settings and the data directory in tmp_path, every
prompt answered by the test (never a modal dialog), windows closed cleanly at the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from blueprint_studio.app.shell import i18n, prompts
from blueprint_studio.app.shell.gui import build_window, make_application
from blueprint_studio.app.shell.settings import Settings


class Answers:
    """What the prompts answer, and what they were asked."""

    def __init__(self) -> None:
        self.save_changes: list[str] = []
        self.disk_conflict: list[str] = []
        self.save_path: list[str] = []
        self.errors: list[tuple[str, str, str]] = []
        self.asked: list[str] = []

    def pop(self, queue: list[str], what: str) -> str:
        self.asked.append(what)
        assert queue, f"unexpected prompt: {what}"
        return queue.pop(0)


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch, qapp):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    make_application([])
    yield tmp_path
    i18n.install("en")


@pytest.fixture
def answers(monkeypatch) -> Answers:
    found = Answers()
    monkeypatch.setattr(
        prompts, "ask_save_changes", lambda parent, name: found.pop(found.save_changes, "save_changes")
    )
    monkeypatch.setattr(
        prompts, "ask_disk_conflict", lambda parent, name: found.pop(found.disk_conflict, "disk_conflict")
    )
    monkeypatch.setattr(
        prompts, "choose_save_path", lambda parent, suggestion: found.pop(found.save_path, "save_path")
    )
    monkeypatch.setattr(
        prompts,
        "show_error",
        lambda parent, title, text, detail="": found.errors.append((title, text, detail)),
    )
    return found


@pytest.fixture
def make_window(isolated, answers, qtbot):
    windows = []

    def make(files=(), settings: Settings | None = None, **options):
        options.setdefault("ask_recovery", lambda parent, docs: [True] * len(docs))
        window = build_window([str(f) for f in files], settings, **options)
        windows.append(window)
        return window

    yield make
    for window in windows:
        close_window(window)
    qtbot.wait(1)  # let Qt delete them while Python is alive


def close_window(window) -> None:
    """Close a test's window without asking about its changes, and release its recovery lock."""
    for tab in window.tabs():
        tab.set_forced_dirty(False)
        tab.undo_stack.setClean()
    window.close()
    window.store.release()
    window.deleteLater()


@pytest.fixture
def template_editor(qtbot):
    """A canvas editor on the English tiered-support template."""
    from blueprint_studio import resources
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.model.document import Document
    from blueprint_studio.model.fileformat import load

    editor = CanvasEditor(Document(load(resources.template_path("tiered_support", "en"))))
    qtbot.addWidget(editor.view)
    yield editor
    editor.scene.close()
