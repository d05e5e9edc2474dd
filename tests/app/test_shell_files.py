"""Opening, saving and closing from the window: round trip, Close with Save / Discard / Cancel,
a failed save that keeps the document modified, files refused with one clear message, drops,
recent files, and a file changed on disk by someone else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio import resources
from blueprint_studio.app.files import documents
from blueprint_studio.model.fileformat import SaveError, dumps, load, save


def _file(folder: Path, name: str = "desk.blueprint.json", template: str = "helpdesk_flow") -> Path:
    target = folder / name
    save(load(resources.template_path(template, "en")), target, keep_backup=False)
    return target


def test_open_and_save_round_trip(tmp_path, make_window):
    path = _file(tmp_path)
    window = make_window([path])
    tab = window.current_tab()
    lane = tab.editor.add_lane()
    assert tab.modified and "desk.blueprint.json *" == window.tab_widget.tabText(0)
    assert window.controller.save(tab)
    assert not tab.modified and not window.isWindowModified()
    assert load(path) == tab.document.blueprint and any(l.id == lane for l in load(path).lanes)
    assert (tmp_path / "desk.blueprint.json.bak").exists()
    assert str(path.resolve()) in window.settings.recent_files()


def test_save_as_adds_the_suffix_and_moves_the_tab(tmp_path, make_window, answers):
    window = make_window()
    tab = window.current_tab()
    answers.save_path.append(str(tmp_path / "copy"))
    assert window.controller.save(tab)
    assert tab.path == (tmp_path / "copy.blueprint.json").resolve()
    assert load(tab.path) == tab.document.blueprint


@pytest.mark.parametrize(
    "answer, closed, saved", [("save", True, True), ("discard", True, False), ("cancel", False, False)]
)
def test_close_modified_asks_save_discard_cancel(tmp_path, make_window, answers, answer, closed, saved):
    path = _file(tmp_path)
    window = make_window([path])
    tab = window.current_tab()
    tab.editor.add_lane()
    answers.save_changes.append(answer)
    assert window.controller.close(tab) is closed
    assert answers.asked == ["save_changes"]
    assert (tab not in window.tabs()) is closed
    assert (load(path) == tab.document.blueprint) is saved


def test_failed_save_keeps_the_document_modified_and_says_why(tmp_path, make_window, answers, monkeypatch):
    path = _file(tmp_path)
    before = path.read_bytes()
    window = make_window([path])
    tab = window.current_tab()
    tab.editor.add_lane()

    def refuse(*args, **kwargs):
        raise SaveError("desk.blueprint.json", "the disk is full", "os.ENOSPC")

    monkeypatch.setattr(documents, "save", refuse)
    assert not window.controller.save(tab)
    assert tab.modified and window.isWindowModified()
    assert path.read_bytes() == before
    ((title, text, detail),) = answers.errors
    assert "was not saved" in text and detail == "The disk is full. The file on disk is unchanged."


def _newer(folder: Path) -> Path:
    data = json.loads(dumps(load(resources.template_path("helpdesk_flow", "en"))))
    data.update(format_version=99, min_reader_version=99, generator="Blueprint Studio 9.0")
    target = folder / "future.blueprint.json"
    target.write_text(json.dumps(data))
    return target


def _drop(window, path: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_newer_version_file_is_refused_with_the_same_message_on_every_path(tmp_path, make_window, answers):
    future = _newer(tmp_path)
    window = make_window([future])  # command line
    window.controller.open_path(future)  # dialog and recent files use open_path
    _drop(window, future)  # drag and drop
    window.settings.add_recent(str(future))
    from blueprint_studio.app.shell import menus

    menus.fill_recent(window)
    window.menus["menu_recent"].actions()[0].trigger()  # recent files
    assert len(answers.errors) == 4 and len({e for e in answers.errors}) == 1
    title, text, detail = answers.errors[0]
    assert "newer version" in text and "future.blueprint.json" in text and "Update" in detail
    assert all(t.path != future.resolve() for t in window.tabs())


def test_corrupt_file_is_refused_with_where_and_why(tmp_path, make_window, answers):
    bad = tmp_path / "bad.blueprint.json"
    bad.write_text('{"format_version": 1, "nodes": [{"kind": "step", "id": "a", "width": "wide"}]}')
    window = make_window()
    assert window.controller.open_path(bad) is None
    ((title, text, detail),) = answers.errors
    assert "damaged" in text and "nodes[0].width" in detail


def test_drop_opens_the_file(tmp_path, make_window):
    path = _file(tmp_path, template="ticket_states")
    window = make_window()
    _drop(window, path)
    assert window.current_tab().path == path.resolve()


def test_file_changed_on_disk_is_noticed_and_asked_about_before_saving(tmp_path, make_window, answers, qtbot):
    path = _file(tmp_path)
    window = make_window([path])
    tab = window.current_tab()
    tab.editor.add_lane()
    theirs = load(resources.template_path("ticket_states", "en"))
    save(theirs, path)  # someone else, by atomic rename
    qtbot.waitUntil(lambda: tab.changed_on_disk, timeout=5000)
    answers.disk_conflict.append("cancel")
    assert not window.controller.save(tab)
    assert load(path) == theirs and tab.modified
    answers.disk_conflict.append("overwrite")
    assert window.controller.save(tab)
    assert load(path) == tab.document.blueprint and not tab.changed_on_disk
    save(theirs, path)  # the watch was re-armed after our save
    qtbot.waitUntil(lambda: tab.changed_on_disk, timeout=5000)
    answers.disk_conflict.append("reload")
    assert not window.controller.save(tab)
    assert tab.document.blueprint == theirs and not tab.modified


def test_opening_an_open_file_shows_its_tab(tmp_path, make_window):
    path = _file(tmp_path)
    window = make_window([path])
    window.controller.new_blank()
    tab = window.controller.open_path(path)
    assert window.current_tab() is tab and len(window.tabs()) == 2
