"""What the user sees when a file or the disk misbehaves: a file that cannot be saved is refused at
opening with its place named, autosave failures are announced once and stay visible, a file
deleted while open is announced and written again by Save."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio import resources
from blueprint_studio.app.files.autosave import recovery_root
from blueprint_studio.model.fileformat import dumps, load, save


def _file(folder, name="desk.blueprint.json"):
    path = folder / name
    save(load(resources.template_path("helpdesk_flow", "en")), path, keep_backup=False)
    return path


def _with_card_value(folder, spelling: str):
    data = json.loads(dumps(load(resources.template_path("helpdesk_flow", "en"))))
    data["cards"] = [{"id": "card_x", "name": "Reset", "fields": {"priority": "@@"}}]
    path = folder / "cards.blueprint.json"
    path.write_text(json.dumps(data).replace('"@@"', spelling), encoding="utf-8")
    return path


def test_a_card_value_no_file_can_hold_is_refused_at_opening_with_its_place(tmp_path, make_window, answers):
    window = make_window()
    for spelling, reason in (
        ("1e400", "must be a finite number"),
        ('"\\ud800"', "holds a broken character (U+D800"),
    ):
        answers.errors.clear()
        path = _with_card_value(tmp_path, spelling)
        assert window.controller.open_path(path) is None
        ((title, text, detail),) = answers.errors
        assert title == "Cannot Open the File"
        assert "“cards.blueprint.json” cannot be opened" in text
        assert detail.startswith("Problem found (cards[0].fields.priority): " + reason)
        assert detail.endswith("The file itself is unchanged.")
    assert all(t.path is None for t in window.tabs())


def test_autosave_failure_is_announced_once_and_stays_visible_until_it_works(tmp_path, make_window, qtbot):
    root = recovery_root()
    root.parent.mkdir(parents=True, exist_ok=True)
    root.write_text("not a folder")  # the recovery folder cannot be created
    window = make_window([_file(tmp_path)])  # start-up completes all the same
    failures = []
    window.autosaver.sig_failed.connect(failures.append)
    tab = window.current_tab()
    tab.editor.add_lane()
    window.autosaver.run()
    indicator = window.autosaver.indicator
    assert len(failures) == 1 and failures[0]
    assert window.statusBar().currentMessage() == f"Autosave failed: {failures[0]}"
    assert indicator.isVisibleTo(window) and indicator.text() == "Autosave is not working"
    assert str(root) in indicator.toolTip() and "File › Save" in indicator.toolTip()
    tab.editor.add_lane()
    window.autosaver.run()
    window.autosaver.run()
    assert len(failures) == 1  # not again every minute
    assert indicator.isVisibleTo(window)
    root.unlink()
    window.autosaver.run()
    assert not indicator.isVisibleTo(window)
    assert window.statusBar().currentMessage() == "Autosave works again."
    assert window.store.has(tab.recovery_key)


def test_clicking_the_autosave_warning_explains_it(tmp_path, make_window, answers):
    root = recovery_root()
    root.parent.mkdir(parents=True, exist_ok=True)
    root.write_text("not a folder")
    window = make_window()
    window.current_tab().editor.add_lane()
    window.autosaver.run()
    window.show()
    QTest.mouseClick(window.autosaver.indicator, Qt.MouseButton.LeftButton)
    ((title, text, detail),) = answers.errors
    assert title == "Autosave Is Not Working" and text.startswith("Autosave is not working: ")
    assert "a crash would lose them" in detail


def test_a_file_deleted_while_open_is_announced_and_save_writes_it_again(
    tmp_path, make_window, answers, qtbot
):
    path = _file(tmp_path)
    window = make_window([path])
    tab = window.current_tab()
    assert not tab.modified
    path.unlink()
    qtbot.waitUntil(
        lambda: "was deleted or moved on disk" in window.statusBar().currentMessage(), timeout=5000
    )
    assert "“desk.blueprint.json”" in window.statusBar().currentMessage()
    assert tab.modified and tab.changed_on_disk
    assert window.tab_widget.tabText(window.tab_widget.indexOf(tab)).endswith(" *")
    window.actions_by_id["file_save"].trigger()
    assert answers.asked == [] and answers.errors == []
    assert load(path) == tab.document.blueprint
    assert not tab.modified and not tab.changed_on_disk


def test_a_file_put_back_unchanged_is_no_longer_marked(tmp_path, make_window, qtbot):
    path = _file(tmp_path)
    content = path.read_bytes()
    window = make_window([path])
    tab = window.current_tab()
    path.unlink()
    qtbot.waitUntil(lambda: tab.changed_on_disk, timeout=5000)
    path.write_bytes(content)
    qtbot.waitUntil(lambda: not tab.changed_on_disk, timeout=5000)
    assert not tab.modified
    assert "is back on disk" in window.statusBar().currentMessage()


def test_the_reason_a_file_cannot_be_opened_is_worded_in_french(tmp_path, make_window, answers):
    from blueprint_studio.app.shell.settings import Settings

    settings = Settings()
    settings.set("ui/language", "fr")
    window = make_window(settings=settings)
    path = _with_card_value(tmp_path, "1e400")
    assert window.controller.open_path(path) is None
    ((title, text, detail),) = answers.errors
    assert (
        text == "Impossible d’ouvrir «\u00a0cards.blueprint.json\u00a0»\u00a0: le fichier est endommagé ou "
        "n’est pas un blueprint."
    )
    assert (
        detail == "Problème relevé (cards[0].fields.priority)\u00a0: doit être un nombre fini. "
        "Le fichier lui-même n’a pas été modifié."
    )


def test_the_autosave_warning_follows_a_change_of_language(tmp_path, make_window, qtbot):
    from blueprint_studio.app.shell import i18n

    root = recovery_root()
    root.parent.mkdir(parents=True, exist_ok=True)
    root.write_text("not a folder")
    window = make_window()
    window.current_tab().editor.add_lane()
    window.autosaver.run()
    i18n.install("fr")
    qtbot.waitUntil(
        lambda: window.autosaver.indicator.text() == "Enregistrement automatique en panne", timeout=2000
    )


def test_a_document_grown_past_the_limits_is_saved_with_a_warning(
    tmp_path, make_window, answers, monkeypatch
):
    from blueprint_studio.model import fileformat

    path = _file(tmp_path)
    window = make_window([path])
    tab = window.current_tab()
    count = len(tab.document.blueprint.nodes)
    monkeypatch.setitem(fileformat.LIMITS, "nodes", count)
    tab.editor.add_lane()
    assert window.controller.save(tab)
    assert answers.errors == []
    monkeypatch.setitem(fileformat.LIMITS, "nodes", count - 1)
    tab.editor.add_lane()
    assert window.controller.save(tab)  # saved all the same: nothing is lost
    ((title, text, detail),) = answers.errors
    assert title == "Too Large to Open Again"
    assert text == (
        f"“desk.blueprint.json” was saved, but it has {count} elements in “nodes”, more "
        f"than the {count - 1} Blueprint Studio opens."
    )
    assert "Split it into smaller blueprints" in detail
    assert not tab.modified
