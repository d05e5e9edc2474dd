"""The start page stands in for the tabs when none is open: New blank blueprint, templates,
Open… and recent files, driven by mouse clicks and keys; and the template gallery dialog."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtTest import QTest
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio import resources
from blueprint_studio.app.shell import actions as ids
from blueprint_studio.app.shell import i18n
from blueprint_studio.app.shell.gallery import BLANK, TemplateGallery, template_choices, thumbnail
from blueprint_studio.model.fileformat import load


def empty_window(make_window, qtbot, files=()):
    window = make_window(files)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for tab in list(window.tabs()):
        window.controller.close(tab)
    assert not window.tabs()
    return window


def click_item(qtbot, view, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )
    qtbot.wait(450)  # the guard against the double click's second click lets go


def test_closing_the_last_tab_shows_the_start_page_and_a_tab_brings_the_docks_back(make_window, qtbot):
    window = empty_window(make_window, qtbot)
    page = window.start_page
    assert window.central.currentWidget() is page and page.isVisible()
    assert not window.palette_dock.isVisible() and not window.properties_dock.isVisible()
    QTest.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert len(window.tabs()) == 1
    assert window.central.currentWidget() is window.tab_widget
    assert window.palette_dock.isVisible() and window.properties_dock.isVisible()


def test_new_blank_blueprint_button_opens_an_empty_tab(make_window, qtbot):
    window = empty_window(make_window, qtbot)
    QTest.mouseClick(window.start_page.new_button, Qt.MouseButton.LeftButton)
    tab = window.current_tab()
    assert tab is not None and tab.path is None
    assert not tab.document.blueprint.nodes and not tab.document.blueprint.lanes


@pytest.mark.parametrize("name", resources.template_names())
def test_clicking_a_template_card_opens_that_template(make_window, qtbot, name):
    window = empty_window(make_window, qtbot)
    cards = window.start_page.templates
    assert cards.names()[0] == BLANK and name in cards.names()
    click_item(qtbot, cards, cards.names().index(name))
    tab = window.current_tab()
    assert tab is not None and tab.path is None
    assert tab.document.blueprint == load(resources.template_path(name, "en"))


def test_blank_card_opens_a_blank_blueprint(make_window, qtbot):
    window = empty_window(make_window, qtbot)
    click_item(qtbot, window.start_page.templates, 0)
    assert len(window.tabs()) == 1 and not window.current_tab().document.blueprint.nodes


def test_templates_are_chosen_with_arrow_keys_and_enter(make_window, qtbot):
    window = empty_window(make_window, qtbot)
    cards = window.start_page.templates
    cards.setFocus()
    cards.setCurrentRow(0)
    QTest.keyClick(cards, Qt.Key.Key_Right)
    QTest.keyClick(cards, Qt.Key.Key_Right)
    name = cards.chosen()
    assert name == cards.names()[2]
    QTest.keyClick(cards, Qt.Key.Key_Return)
    assert window.current_tab().document.blueprint == load(resources.template_path(name, "en"))


def test_recent_files_open_on_click_and_missing_ones_say_so(make_window, qtbot, answers, tmp_path):
    kept = tmp_path / "kept.blueprint.json"
    shutil.copy(resources.template_path("tiered_support", "en"), kept)
    gone = tmp_path / "gone.blueprint.json"
    shutil.copy(resources.template_path("helpdesk_flow", "en"), gone)
    window = make_window([gone, kept])
    window.show()
    for tab in list(window.tabs()):
        window.controller.close(tab)
    gone.unlink()
    window.start_page.set_recent(window.settings.recent_files())
    recent = window.start_page.recent
    texts = [recent.item(i).text() for i in range(recent.count())]
    assert texts[0].startswith("kept\n") and texts[1].startswith("gone (not found)\n")
    assert window.start_page.missing() == [str(gone.resolve())]
    click_item(qtbot, recent, 1)
    assert not window.tabs()
    ((_, text, _),) = answers.errors
    assert "gone.blueprint.json" in text and "cannot be found" in text
    recent.setFocus()
    recent.setCurrentRow(1)
    QTest.keyClick(recent, Qt.Key.Key_Delete)
    assert window.settings.recent_files() == [str(kept.resolve())]
    assert recent.count() == 1
    click_item(qtbot, recent, 0)
    assert window.current_tab().path == kept.resolve()
    assert window.current_tab().document.blueprint == load(kept)


def test_open_button_asks_for_a_file(make_window, qtbot, monkeypatch, tmp_path):
    from blueprint_studio.app.shell import prompts

    target = tmp_path / "mine.blueprint.json"
    shutil.copy(resources.template_path("service_blueprint", "en"), target)
    monkeypatch.setattr(prompts, "choose_open_paths", lambda parent, folder: [str(target)])
    window = empty_window(make_window, qtbot)
    QTest.mouseClick(window.start_page.open_button, Qt.MouseButton.LeftButton)
    assert window.current_tab().path == target.resolve()


def test_gallery_dialog_offers_blank_and_each_template_with_name_and_description(qapp):
    choices = template_choices("fr")
    assert choices[0].name == BLANK
    for choice in choices[1:]:
        assert choice.title == load(resources.template_path(choice.name, "fr")).meta.title
        assert choice.blurb and "\n" not in choice.blurb and len(choice.blurb) < 90


def test_new_from_template_dialog_by_keyboard(make_window, qtbot, monkeypatch):
    window = make_window()

    def drive(dialog: TemplateGallery) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        QTest.keyClick(dialog.list, Qt.Key.Key_Left)  # from the first template to Blank
        QTest.keyClick(dialog.list, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(TemplateGallery, "exec", drive)
    before = len(window.tabs())
    window.findChild(QAction, ids.FILE_NEW_FROM_TEMPLATE).trigger()
    assert len(window.tabs()) == before + 1 and not window.current_tab().document.blueprint.nodes

    def second(dialog: TemplateGallery) -> int:
        dialog.show()
        QTest.keyClick(dialog.list, Qt.Key.Key_Right)
        QTest.keyClick(dialog.list, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(TemplateGallery, "exec", second)
    window.findChild(QAction, ids.FILE_NEW_FROM_TEMPLATE).trigger()
    name = resources.template_names()[1]
    assert window.current_tab().document.blueprint == load(resources.template_path(name, "en"))


@pytest.mark.parametrize("name", resources.template_names())
def test_thumbnails_are_crisp(qapp, name):
    """Nodes keep their own stroke colours and dark outlines at thumbnail size (the old
    rendering faded every line to a pale grey)."""
    image = thumbnail(load(resources.template_path(name, "en")))
    dark = saturated = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = QColor(image.pixel(x, y))
            dark += colour.lightness() < 140
            saturated += colour.saturation() > 150 and colour.value() > 80
    total = image.width() * image.height() / 4
    assert dark / total > 0.01 and saturated / total > 0.003


def test_start_page_speaks_french(make_window, qtbot, isolated):
    from blueprint_studio.app.shell.settings import Settings

    settings = Settings()
    settings.set("ui/language", "fr")
    window = empty_window(lambda files: make_window(files, settings), qtbot)
    page = window.start_page
    assert page.new_button.text() == "Nouveau blueprint vierge"
    titles = [page.templates.item(i).text() for i in range(page.templates.count())]
    assert titles[0] == "Blueprint vierge"
    assert load(resources.template_path("tiered_support", "fr")).meta.title in titles
    i18n.install("en")
