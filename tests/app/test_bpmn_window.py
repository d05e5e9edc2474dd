"""File › Import BPMN… and File › Export as BPMN… in the window, driven through the File menu with
the file dialogs answered by the test: the imported process opens as a new unsaved tab whose
document is the imported blueprint, with what the import guessed listed in the Diagnostics panel;
a refused file is one clear message; the export writes a file that imports back the same."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio.app.files import bpmn_files
from blueprint_studio.app.files.bpmn_mapping import LaneKindsDialog
from blueprint_studio.app.shell import actions as ids
from blueprint_studio.model.bpmn import read

sys.path.insert(0, str(Path(__file__).parents[1] / "model"))
from bpmn_files import help_desk  # noqa: E402 - the files written for the model's tests


def file_menu_action(window, key: str):
    menu = window.menus["menu_file"]
    found = [a for a in menu.actions() if a.objectName() == key]
    assert found, f"{key} is not in the File menu"
    assert found[0].isEnabled()
    return found[0]


def panel_lines(tab) -> list[str]:
    panel = tab.diagnostics_panel
    return [panel.item(i).text() for i in range(panel.count())]


def test_import_from_the_file_menu_opens_an_unsaved_tab_with_its_notes(
    tmp_path, make_window, monkeypatch, qtbot
):
    source = tmp_path / "desk.bpmn"
    source.write_bytes(help_desk())
    asked = []
    monkeypatch.setattr(
        bpmn_files, "choose_import_path", lambda parent, folder: asked.append(folder) or str(source)
    )
    reviewed = []

    def mapping_step(parent, lanes, name):
        reviewed.append([(lane.title, lane.kind) for lane in lanes])
        return {lane.id: "support" if lane.title == "Fournisseur" else lane.kind for lane in lanes}

    monkeypatch.setattr(bpmn_files, "choose_lane_kinds", mapping_step)
    window = make_window()
    before = len(window.tabs())
    file_menu_action(window, ids.FILE_IMPORT_BPMN).trigger()
    assert asked, "no file dialog was shown"
    assert reviewed and ("Support niveau 1", "frontstage") in reviewed[0]  # the guesses, to correct
    assert len(window.tabs()) == before + 1
    tab = window.current_tab()
    expected, notes = read(source)
    vendor = {"kind": "support"}
    lanes = [ln.model_copy(update=vendor) if ln.title == "Fournisseur" else ln for ln in expected.lanes]
    expected = expected.model_copy(update={"lanes": lanes})
    assert tab.document.blueprint == expected
    notes = [d for d in notes if d.code != "bpmn_lane_kind"]  # reviewed in the mapping step
    assert tab.path is None and tab.modified  # nothing on disk holds it: closing asks to save
    lines = panel_lines(tab)
    assert any("“En parallèle” sent each ticket down its 2 paths at once" in line for line in lines)
    assert any("“Diagnostic approfondi” was a sub-process" in line for line in lines)
    assert len([line for line in lines if line.startswith("▲")]) >= len(notes)
    assert window.diagnostics_dock.isVisibleTo(window)
    assert "Imported “desk.bpmn”" in window.statusBar().currentMessage()
    # the notes stay after an edit, next to the validation's own findings
    tab.editor.add_lane()
    qtbot.waitUntil(lambda: tab.overlay.revision == tab.document.revision, timeout=3000)
    assert any("sub-process" in line for line in panel_lines(tab))
    # undo works on the imported document like on any other
    tab.undo_stack.undo()
    assert tab.document.blueprint == expected


def test_a_refused_file_is_one_clear_message_and_no_tab(tmp_path, make_window, answers, monkeypatch):
    source = tmp_path / "broken.bpmn"
    source.write_text('<?xml version="1.0"?>\n<definitions>\n  <process>\n</definitions>\n')
    monkeypatch.setattr(bpmn_files, "choose_import_path", lambda parent, folder: str(source))
    window = make_window()
    before = len(window.tabs())
    file_menu_action(window, ids.FILE_IMPORT_BPMN).trigger()
    assert len(window.tabs()) == before
    (title, text, detail) = answers.errors[-1]
    assert title == "Cannot Import the File" and "“broken.bpmn” cannot be imported" in text
    assert "line 4, column 3" in detail


def test_cancelling_the_mapping_step_opens_nothing(tmp_path, make_window, monkeypatch):
    source = tmp_path / "desk.bpmn"
    source.write_bytes(help_desk())
    monkeypatch.setattr(bpmn_files, "choose_import_path", lambda parent, folder: str(source))
    monkeypatch.setattr(bpmn_files, "choose_lane_kinds", lambda parent, lanes, name: None)
    window = make_window()
    before = len(window.tabs())
    file_menu_action(window, ids.FILE_IMPORT_BPMN).trigger()
    assert len(window.tabs()) == before
    assert "cancelled" in window.statusBar().currentMessage()


def test_the_mapping_step_is_used_with_the_keyboard(qtbot):
    lanes = read(help_desk())[0].lanes
    dialog = LaneKindsDialog(lanes, "desk.bpmn")
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.choices[lanes[0].id]
    assert first.currentData() == "customer"  # the guess, selected
    assert first.accessibleName() == "Kind of the lane Client"
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Down)  # the next kind: frontstage
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # the default button: Import
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.kinds() == {**{ln.id: ln.kind for ln in lanes}, lanes[0].id: "frontstage"}


def test_cancelling_the_dialog_does_nothing(make_window, monkeypatch):
    monkeypatch.setattr(bpmn_files, "choose_import_path", lambda parent, folder: "")
    window = make_window()
    before = len(window.tabs())
    file_menu_action(window, ids.FILE_IMPORT_BPMN).trigger()
    assert len(window.tabs()) == before


def test_export_as_bpmn_from_the_file_menu_writes_a_file_that_imports_back(
    tmp_path, make_window, monkeypatch
):
    window = make_window()
    window.controller.new_from_template("tiered_support", "en")
    tab = window.current_tab()
    target = tmp_path / "tiered"
    suggested = []
    monkeypatch.setattr(
        bpmn_files,
        "choose_export_path",
        lambda parent, suggestion: suggested.append(suggestion) or str(target),
    )
    file_menu_action(window, ids.FILE_EXPORT_BPMN).trigger()
    assert suggested and suggested[0].endswith(".bpmn")
    written = tmp_path / "tiered.bpmn"  # the suffix added
    back, notes = read(written)
    assert notes == []
    original = tab.document.blueprint
    assert back.nodes == original.nodes and back.edges == original.edges and back.lanes == original.lanes
    assert "Exported “tiered.bpmn” as BPMN" in window.statusBar().currentMessage()


def test_a_failed_bpmn_export_is_said_as_a_failed_save(tmp_path, make_window, monkeypatch):
    """A folder that does not exist: the message gives the reason in words and says that nothing
    on disk changed, as Save does; no file appears."""
    window = make_window()
    window.controller.new_from_template("tiered_support", "en")
    target = tmp_path / "gone" / "tiered.bpmn"
    monkeypatch.setattr(bpmn_files, "choose_export_path", lambda parent, suggestion: str(target))
    shown = []
    monkeypatch.setattr(bpmn_files.prompts, "show_error", lambda *args: shown.append(args[1:]))
    file_menu_action(window, ids.FILE_EXPORT_BPMN).trigger()
    assert len(shown) == 1
    title, text, detail = shown[0]
    assert title == "Export Failed" and "“tiered.bpmn” was not written" in text
    assert detail.endswith("The file on disk is unchanged.")
    assert not target.parent.exists()


def test_a_bpmn_file_dropped_on_the_window_is_imported(tmp_path, make_window, monkeypatch):
    """A .bpmn file dropped on the window (or named to Open) is imported, with the mapping step."""
    source = tmp_path / "desk.bpmn"
    source.write_bytes(help_desk())
    steps = []
    monkeypatch.setattr(bpmn_files, "choose_lane_kinds", lambda parent, lanes, name: steps.append(name) or {})
    window = make_window()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(source))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    tab = window.current_tab()
    assert steps == ["desk.bpmn"]
    assert tab is window.current_tab() and tab.path is None
    assert tab.document.blueprint.nodes == read(source)[0].nodes


def test_the_guide_names_the_bpmn_commands_with_their_menu_and_shortcut(make_window):
    from blueprint_studio.app.shell.help import guide_html

    html = guide_html(make_window())
    assert "<b>File › Import BPMN…</b> (Ctrl+Shift+I)" in html
    assert "<b>File › Export as BPMN…</b>" in html


def test_the_import_shortcut_opens_the_dialog(make_window, monkeypatch, qtbot):
    asked = []
    monkeypatch.setattr(bpmn_files, "choose_import_path", lambda parent, folder: asked.append(folder) or "")
    window = make_window()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    target = QApplication.focusWidget() or window
    QTest.keySequence(target, "Ctrl+Shift+I")  # where the user's keys go
    qtbot.waitUntil(lambda: bool(asked), timeout=2000)


def test_an_imported_process_is_saved_as_a_blueprint(tmp_path, make_window, answers, monkeypatch):
    from blueprint_studio.model.fileformat import load

    source = tmp_path / "desk.bpmn"
    source.write_bytes(help_desk())
    monkeypatch.setattr(bpmn_files, "choose_import_path", lambda parent, folder: str(source))
    monkeypatch.setattr(bpmn_files, "choose_lane_kinds", lambda parent, lanes, name: {})
    window = make_window()
    file_menu_action(window, ids.FILE_IMPORT_BPMN).trigger()
    tab = window.current_tab()
    answers.save_path.append(str(tmp_path / "desk"))
    file_menu_action(window, ids.FILE_SAVE).trigger()
    assert answers.asked == ["save_path"]  # never saved: Save asks where
    assert not tab.modified and tab.path == (tmp_path / "desk.blueprint.json").resolve()
    assert load(tab.path) == tab.document.blueprint == read(source)[0]
