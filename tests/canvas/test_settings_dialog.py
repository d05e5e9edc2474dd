"""The Blueprint settings dialog in a real window, used as a person does: opened from Edit ›
Blueprint settings…, the Document tab filled by typing and picking, each edit one step of the
window's Edit › Undo, a refused value shown next to its box with the document unchanged, the dialog
following the current blueprint and what undo gives back, and the saved file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

sys.path.insert(0, str(Path(__file__).parents[1] / "app"))
from shellkit import answers, isolated, make_window  # noqa: E402, F401 - fixtures

from blueprint_studio.app.shell import actions as ids  # noqa: E402
from blueprint_studio.canvas.settings.dialog import BlueprintSettingsDialog  # noqa: E402
from blueprint_studio.canvas.settings.document_tab import DocumentSettingsTab  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` as keys (accents included, which QTest.keyClicks refuses)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def replace_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, CTRL)
    type_text(widget, text)


def menu(window, key: str) -> None:
    action = window.findChild(QAction, key)
    assert action is not None and action.isEnabled(), key
    action.trigger()


def open_settings(window) -> BlueprintSettingsDialog:
    edit = window.menus["menu_edit"]
    action = next(a for a in edit.actions() if a.objectName() == ids.EDIT_BLUEPRINT_SETTINGS)
    assert action.isEnabled() and action.text() == "&Blueprint settings…"
    action.trigger()
    dialog = window.findChild(BlueprintSettingsDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    dialog.activateWindow()
    QTest.qWaitForWindowActive(dialog)
    return dialog


def test_the_document_tab_edits_by_typing_each_edit_undone_by_the_window(
    make_window, answers, qtbot, tmp_path
):
    window = make_window()
    menu(window, ids.FILE_NEW)
    doc = window.current_tab().document
    dialog = open_settings(window)
    page = dialog.tab(DocumentSettingsTab)
    assert dialog.tabs.currentWidget() is page

    replace_text(page.title_edit, "Support informatique")
    assert doc.blueprint.meta.title == "Support informatique"
    tabs = window.tab_widget
    assert tabs.tabText(tabs.currentIndex()).startswith("Support informatique")  # a new blueprint's name
    page.description.setFocus()
    type_text(page.description, "Deux niveaux")
    QTest.keyClick(page.description, Qt.Key.Key_Return)
    type_text(page.description, "et une file d'attente")
    assert doc.blueprint.meta.description == "Deux niveaux\net une file d'attente"
    page.language.setCurrentIndex(page.language.findData("fr"))
    page.language.activated.emit(page.language.currentIndex())
    assert doc.blueprint.meta.language == "fr"
    replace_text(page.author, "Équipe N2")
    replace_text(page.revision, "1.2")
    assert (doc.blueprint.meta.author, doc.blueprint.meta.revision) == ("Équipe N2", "1.2")

    # The currency: a code typed in lower case is taken, a wrong one is refused next to the box.
    replace_text(page.currency.lineEdit(), "chf")
    assert doc.blueprint.meta.currency == "CHF" and page.errors["currency"].isHidden()
    replace_text(page.currency.lineEdit(), "C1")
    assert doc.blueprint.meta.currency == "CHF"
    assert not page.errors["currency"].isHidden() and "ISO 4217" in page.errors["currency"].text()
    index = page.currency.findData("GBP")
    assert page.currency.itemText(index) == "Pound sterling (GBP)"
    page.currency.setCurrentIndex(index)
    page.currency.activated.emit(index)
    assert doc.blueprint.meta.currency == "GBP" and page.errors["currency"].isHidden()

    # Typing merges into one step per box; the window's Edit › Undo takes them back one by one and
    # the dialog shows what the document holds again.
    assert window.undo_group.undoText() == "Change currency"
    for _ in range(3):  # GBP, CHF, revision
        menu(window, ids.EDIT_UNDO)
    assert doc.blueprint.meta.currency == "EUR" and doc.blueprint.meta.revision == ""
    assert page.revision.text() == "" and page.currency.currentText() == "Euro (EUR)"
    menu(window, ids.EDIT_UNDO)  # author
    menu(window, ids.EDIT_UNDO)  # language
    assert doc.blueprint.meta.language == "en" and page.language.currentData() == "en"
    menu(window, ids.EDIT_UNDO)  # description
    menu(window, ids.EDIT_UNDO)  # title
    assert doc.blueprint.meta.title == "" and page.title_edit.text() == ""
    for _ in range(6):
        menu(window, ids.EDIT_REDO)
    assert page.title_edit.text() == "Support informatique" and doc.blueprint.meta.revision == "1.2"

    path = tmp_path / "support.blueprint.json"
    answers.save_path.append(str(path))
    menu(window, ids.FILE_SAVE_AS)
    meta = json.loads(path.read_text("utf-8"))["meta"]
    assert (
        meta["title"] == "Support informatique"
        and meta["description"] == "Deux niveaux\net une file d'attente"
    )
    assert (meta["language"], meta["author"], meta["revision"], meta["currency"]) == (
        "fr",
        "Équipe N2",
        "1.2",
        "CHF",
    )


def test_a_title_too_long_is_refused_next_to_the_box(make_window, qtbot):
    window = make_window()
    menu(window, ids.FILE_NEW)
    doc = window.current_tab().document
    page = open_settings(window).tab(DocumentSettingsTab)
    page.title_edit.setMaxLength(10_000)
    replace_text(page.title_edit, "x" * 501)
    assert doc.blueprint.meta.title == "x" * 500
    assert not page.errors["title"].isHidden() and "500" in page.errors["title"].text()


def test_the_dialog_follows_the_current_blueprint(make_window, qtbot):
    window = make_window()
    menu(window, ids.FILE_NEW)
    first = window.current_tab()
    dialog = open_settings(window)
    page = dialog.tab(DocumentSettingsTab)
    replace_text(page.title_edit, "Premier")
    menu(window, ids.FILE_NEW)
    second = window.current_tab()
    assert second is not first
    page = dialog.tab(DocumentSettingsTab)
    assert dialog.document is second.document and page.title_edit.text() == ""
    replace_text(page.title_edit, "Second")
    assert (
        second.document.blueprint.meta.title == "Second" and first.document.blueprint.meta.title == "Premier"
    )
    window.tab_widget.setCurrentWidget(first)
    assert (
        dialog.document is first.document and dialog.tab(DocumentSettingsTab).title_edit.text() == "Premier"
    )
    # Edit › Undo acts on the blueprint shown; the other keeps its title.
    menu(window, ids.EDIT_UNDO)
    assert first.document.blueprint.meta.title == "" and second.document.blueprint.meta.title == "Second"
    assert dialog.tab(DocumentSettingsTab).title_edit.text() == ""
    # With no blueprint open, the dialog says so and the menu entry is off.
    for tab in window.tabs():
        tab.undo_stack.setClean()
    for _ in window.tabs():
        menu(window, ids.FILE_CLOSE)
    assert window.current_tab() is None and dialog.document is None
    assert dialog.stack.currentWidget() is dialog.empty
    assert not window.findChild(QAction, ids.EDIT_BLUEPRINT_SETTINGS).isEnabled()


def test_the_shortcut_is_the_window_s_only_one_on_its_keys(make_window, qtbot):
    window = make_window()
    menu(window, ids.FILE_NEW)
    action = window.findChild(QAction, ids.EDIT_BLUEPRINT_SETTINGS)
    keys = action.shortcut()
    assert keys.toString() == "Ctrl+Shift+B"
    clashes = [
        a.objectName() for a in window.findChildren(QAction) if a is not action and keys in a.shortcuts()
    ]
    assert clashes == []
