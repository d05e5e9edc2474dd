"""Settings persist in QSettings (an INI file under tmp_path here); the preferences dialog stores
them; switching the language to French translates the menus, Qt's own dialogs and diagnostics."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio.app.shell import actions as ids
from blueprint_studio.app.shell.preferences import PreferencesDialog
from blueprint_studio.app.shell.settings import Settings, apply_theme


def test_settings_persist(isolated):
    settings = Settings()
    assert settings.language == "system" and settings.autosave_ms == 60_000 and settings.page_size == "A4"
    settings.set("ui/language", "fr")
    settings.set("autosave/interval_minutes", 5)
    settings.set("export/page_size", "A3")
    settings.add_recent("/a.blueprint.json")
    settings.add_recent("/b.blueprint.json")
    settings.sync()
    again = Settings(QSettings())
    assert again.language == "fr" and again.autosave_ms == 300_000 and again.page_size == "A3"
    assert again.recent_files() == ["/b.blueprint.json", "/a.blueprint.json"]
    assert list(isolated.joinpath("settings").rglob("*.ini"))


def test_preferences_dialog_stores_and_window_applies(make_window):
    window = make_window()
    dialog = PreferencesDialog(window.settings, window)
    dialog.autosave.setValue(3)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.store()
    window.apply_settings()
    assert window.autosaver.timer.interval() == 180_000
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() < 128
    apply_theme(QApplication.instance(), "light")
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() > 128
    assert QApplication.instance().style().name().lower() == "fusion"
    dialog.deleteLater()


def test_window_state_and_tabs_are_restored(tmp_path, make_window, qtbot):
    from blueprint_studio import resources
    from blueprint_studio.model.fileformat import load, save

    path = tmp_path / "desk.blueprint.json"
    save(load(resources.template_path("ticket_states", "en")), path, keep_backup=False)
    window = make_window([path])
    window.show()
    qtbot.waitExposed(window)
    window.resize(780, 590)  # within the offscreen screen (800 x 600), above the docks' minimum
    window.diagnostics_dock.hide()
    qtbot.wait(20)
    size = window.size()
    window.close()
    again = make_window()
    again.show()
    qtbot.waitExposed(again)
    assert [t.path for t in again.tabs()] == [path.resolve()]
    assert again.diagnostics_dock.isHidden()
    assert again.size() == size


def test_switching_to_french_translates_the_window(make_window):
    window = make_window()
    window.settings.set("ui/language", "fr")
    window.apply_settings()
    assert window.language == "fr"
    assert window.menus["menu_file"].title() == "&Fichier"
    assert window.findChild(QAction, ids.FILE_SAVE_AS).text() == "Enregistrer &sous…"
    assert window.palette_dock.windowTitle() == "Palette"
    assert window.properties_dock.windowTitle() == "Propriétés"
    assert window.validation_label.text() == "Aucun problème"
    assert QCoreApplication.translate("Canvas", "Line of visibility") == "Ligne de visibilité"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"  # Qt's own French
    box.deleteLater()
    tab = window.current_tab()
    assert tab.editor.actions["canvas_delete"].text() == "Supprimer"
    window.settings.set("ui/language", "en")
    window.apply_settings()
    assert window.menus["menu_file"].title() == "&File"


def test_french_at_start_opens_the_french_template(isolated, make_window):
    settings = Settings()
    settings.set("ui/language", "fr")
    window = make_window(settings=settings)
    assert window.current_tab().document.blueprint.meta.language == "fr"
    assert window.menus["menu_edit"].title() == "É&dition"


def test_grid_size_and_snapping_reach_the_canvas(make_window):
    from blueprint_studio.canvas.geometry import Grid, snap

    window = make_window()
    try:
        window.settings.set("canvas/grid_size", 20)
        window.settings.set("canvas/snap", False)
        window.apply_settings()
        tab = window.current_tab()
        assert tab.view.grid_size == 20 and not tab.editor.snap_enabled
        assert snap(33.4) == 33
        window.settings.set("canvas/snap", True)
        window.apply_settings()
        assert snap(33.4) == 40
    finally:
        from blueprint_studio.model.style import GRID

        Grid.step, Grid.snapping = GRID, True


def test_undo_text_follows_a_language_switch(make_window):
    window = make_window()
    tab = window.current_tab()
    tab.editor.delete_ids([tab.document.blueprint.nodes[0].id])
    undo = window.findChild(QAction, ids.EDIT_UNDO)
    assert undo.isEnabled() and undo.text().startswith("&Undo ") and len(undo.text()) > 6
    window.settings.set("ui/language", "fr")
    window.apply_settings()
    assert undo.text().startswith("&Annuler ")
    window.settings.set("ui/language", "en")
    window.apply_settings()
    assert undo.text().startswith("&Undo")


# ---------------------------------------------------------------- the window fits the screen
def _on_screen(window) -> bool:
    available = window.screen().availableGeometry()
    return available.contains(window.frameGeometry())


def test_first_run_window_fits_the_available_screen(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()  # 800 x 800 offscreen: smaller than wished
    assert window.frameGeometry().height() <= available.height()
    assert _on_screen(window)


def test_a_geometry_saved_on_a_bigger_screen_is_pulled_back_onto_this_one(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.setGeometry(1400, 900, 1800, 1100)  # as on a 2560 x 1440 monitor, now detached
    window.close()
    again = make_window()
    again.show()
    qtbot.waitExposed(again)
    assert _on_screen(again)
    available = again.screen().availableGeometry().size()
    assert again.size().boundedTo(available) == again.size() and again.width() < 1800


def test_the_results_dock_leaves_the_canvas_most_of_the_window(make_window, qtbot):
    from blueprint_studio.app.shell.screen_fit import MIN_CANVAS_SHARE, bottom_dock_height

    assert bottom_dock_height(1000) == 320  # tall windows: the full height
    assert bottom_dock_height(732) < 732 * (1 - MIN_CANVAS_SHARE)  # 1366 x 768: the canvas first
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.simulation.results.show()
    window.simulation.results.raise_()
    qtbot.wait(50)
    canvas = window.current_tab().view
    assert canvas.height() >= 0.4 * window.height()
    assert window.simulation.results.height() >= 150  # still room for its figures


# ---------------------------------------------------------------- View › Minimap
def test_view_minimap_shows_an_overview_that_pans_and_is_remembered(make_window, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    toggle = window.findChild(QAction, ids.VIEW_MINIMAP)
    assert toggle in window.menus["menu_view"].actions()
    assert toggle.isCheckable() and not toggle.isChecked()
    assert toggle.shortcut() == QKeySequence("Ctrl+Shift+M")
    view = window.current_tab().view
    assert not view.show_minimap
    toggle.trigger()
    minimap = view.minimap
    assert minimap.isVisible() and window.settings.get("canvas/show_minimap") is True
    corner = view.viewport().geometry()
    assert corner.contains(minimap.geometry())  # over the canvas,
    assert minimap.geometry().right() > corner.center().x()  # in its bottom-right corner
    assert minimap.geometry().bottom() > corner.center().y()
    view.zoom_reset()
    view.centerOn(QPointF(0, 0))
    before = view.mapToScene(view.viewport().rect().center())
    target = minimap.to_map(before + QPointF(600, 200)).toPoint()
    QTest.mouseClick(minimap, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    after = view.mapToScene(view.viewport().rect().center())
    assert after.x() > before.x() + 300  # a click there pans the view
    window.controller.new_from_template("tiered_support")  # it follows the current tab
    assert window.current_tab().view.show_minimap
    window.close()
    again = make_window()
    again.show()
    qtbot.waitExposed(again)
    assert again.findChild(QAction, ids.VIEW_MINIMAP).isChecked()
    assert all(tab.view.show_minimap for tab in again.tabs())
    again.findChild(QAction, ids.VIEW_MINIMAP).trigger()
    assert not any(tab.view.show_minimap for tab in again.tabs())


def test_a_bottom_dock_saved_too_tall_gives_the_canvas_its_room_back(make_window, qtbot):
    from blueprint_studio.app.shell.screen_fit import MIN_CANVAS_SHARE

    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.resize(780, 760)
    qtbot.waitUntil(lambda: window.height() == 760)
    qtbot.wait(50)  # the dock layout follows the new height first
    window.resizeDocks([window.diagnostics_dock], [560], Qt.Orientation.Vertical)
    qtbot.waitUntil(
        lambda: window.centralWidget().height() < window.height() * MIN_CANVAS_SHARE, timeout=2000
    )  # as it was left
    window.close()
    again = make_window()
    again.show()
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: again.centralWidget().height() >= again.height() * MIN_CANVAS_SHARE, timeout=2000)
    assert again.diagnostics_dock.isVisible() and again.diagnostics_dock.height() >= 150
