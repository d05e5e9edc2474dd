"""Actions are found by object name, each with a text, a tooltip and an accessible name; the
undo group drives Edit > Undo/Redo for the current tab; menus and toolbar are complete."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio.app.shell import actions as ids
from blueprint_studio.canvas import actions as ca


def _placed_actions(window) -> list[QAction]:
    found = []
    for menu in window.menus.values():
        found += [a for a in menu.actions() if not a.isSeparator() and a.menu() is None]
    found += [a for a in window.toolbar.actions() if not a.isSeparator()]
    return found


def test_every_window_action_is_found_by_object_name(make_window):
    window = make_window()
    for key in ids.SPECS:
        action = window.findChild(QAction, key)
        assert action is not None, key
        assert action.text() and action.toolTip() and action.property("accessibleName"), key
    for key in (ca.CUT, ca.COPY, ca.PASTE, ca.DELETE, ca.ZOOM_FIT, ca.ADD_LANE):
        assert window.findChild(QAction, key) is not None, key


def test_every_action_in_menus_and_toolbar_is_named_and_described(make_window):
    window = make_window()
    for action in _placed_actions(window):
        assert action.objectName(), action.text()
        assert action.text(), action.objectName()
        assert action.toolTip(), action.objectName()
        assert action.property("accessibleName"), action.objectName()


def test_toolbar_buttons_have_accessible_names(make_window):
    window = make_window()
    buttons = [window.toolbar.widgetForAction(a) for a in window.toolbar.actions() if not a.isSeparator()]
    assert buttons and all(isinstance(b, QToolButton) and b.accessibleName() for b in buttons)


def test_standard_shortcuts(make_window):
    window = make_window()
    save = window.findChild(QAction, ids.FILE_SAVE)
    assert save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.findChild(QAction, ids.FILE_QUIT).shortcut().toString()
    assert window.findChild(QAction, ids.EDIT_UNDO).shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)


def test_simulation_and_training_menus_hold_their_workspaces_actions(make_window):
    window = make_window()
    simulation = {a.objectName() for a in window.menus["menu_simulation"].actions()}
    training = {a.objectName() for a in window.menus["menu_training"].actions()}
    assert {"simulation_run", "simulation_compare", "simulation_watch"} <= simulation
    assert {"training_start", "training_presenter", "training_quiz", "training_handout"} <= training
    run = window.findChild(QAction, ids.SIMULATION_RUN)
    assert run.isEnabled() and run.shortcut().toString() == "Ctrl+R"
    assert len([a for a in window.findChildren(QAction) if a.objectName() == "simulation_run"]) == 1


def test_undo_group_follows_the_current_tab(make_window):
    window = make_window()
    first = window.current_tab()
    first.editor.add_lane()
    assert first.modified and window.isWindowModified()
    second = window.controller.new_blank()
    undo = window.findChild(QAction, ids.EDIT_UNDO)
    assert not undo.isEnabled() and not window.isWindowModified()
    window.show_tab(first)
    assert undo.isEnabled()
    undo.trigger()
    assert not first.modified and not window.isWindowModified()
    assert second.undo_stack.count() == 0


def test_docks_are_reachable_by_keyboard(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.palette_dock.hide()
    window.findChild(QAction, ids.VIEW_FOCUS_PALETTE).trigger()
    assert window.palette_dock.isVisible()
    window.findChild(QAction, ids.VIEW_FOCUS_CANVAS).trigger()
    assert window.findChild(QAction, "view_dock_diagnostics").toolTip()


def test_insert_menu_arms_placement_on_the_canvas(make_window):
    window = make_window()
    window.findChild(QAction, "insert_step").trigger()
    assert window.current_tab().editor.interaction is not None


def _menu_items(menu, path=()):
    for action in menu.actions():
        if action.isSeparator() or action.objectName().startswith("file_recent_"):
            continue
        if action.menu() is not None:
            yield from _menu_items(action.menu(), (*path, action.text()))
        else:
            yield path, action


def _all_menu_items(window):
    for top in window.menuBar().actions():
        yield from _menu_items(top.menu(), (top.text(),))


def test_no_menu_lists_a_command_twice(make_window):
    window = make_window()
    for top in window.menuBar().actions():
        for menu in [top.menu(), *top.menu().findChildren(type(top.menu()))]:
            words = [ids.plain(a.text()).lower() for a in menu.actions() if not a.isSeparator()]
            assert len(words) == len(set(words)), (top.text(), words)
    simulation = [
        ids.plain(a.text()) for a in window.menus["menu_simulation"].actions() if not a.isSeparator()
    ]
    assert simulation.count("Compare scenarios") == 1
    panels = {a.objectName() for a in window.menus["menu_docks"].actions()}
    assert {"toggle_dock_compare", "toggle_dock_results", "toggle_dock_walkthrough"} <= panels


PROPER = {"Blueprint", "Studio", "PDF", "SVG", "PNG", "CSV", "XES", "SLA", "BPMN"}


def test_english_menus_use_sentence_case(make_window):
    window = make_window()
    for path, action in _all_menu_items(window):
        for text in (*path, action.text()):
            words = ids.plain(text).replace("(", " ").replace(")", " ").split()
            capitals = [w for w in words[1:] if w[:1].isupper() and w not in PROPER]
            assert not capitals, f"{' › '.join(path)} › {action.text()}: {capitals}"


def test_getting_started_covers_the_four_jobs_with_the_real_menus_and_keys(make_window):
    from blueprint_studio.app.shell.help import CommandIndex, guide_html

    window = make_window()
    for with_tab in (True, False):
        if not with_tab:
            for tab in list(window.tabs()):
                window.controller.close(tab)
        html = guide_html(window)
        index = CommandIndex(window)
        for key in (
            ids.FILE_NEW,
            ids.FILE_NEW_FROM_TEMPLATE,
            ca.CONNECT_TO,
            ca.ADD_LANE,
            ids.SIMULATION_RUN,
            "simulation_compare",
            "training_start",
            "training_quiz",
            "training_handout",
            ids.FILE_EXPORT,
        ):
            assert index.ref(key) in html, key
        run = window.findChild(QAction, ids.SIMULATION_RUN)
        assert "<b>Simulation › Run simulation</b> (Ctrl+R)" in html
        assert f"<b>Insert › Connect to…</b> ({QKeySequence('Ctrl+K').toString()})" in html
        for title in ("Design a blueprint", "Simulate it", "Train new agents", "Export and share"):
            assert f"<h3>{title}</h3>" in html
        keyed = [a for _, a in _all_menu_items(window) if not a.shortcut().isEmpty()]
        assert keyed and all(a.shortcut().toString() in html for a in keyed)
    run.setShortcut(QKeySequence("Ctrl+Alt+R"))  # generated: it follows the actions
    assert "<b>Simulation › Run simulation</b> (Ctrl+Alt+R)" in guide_html(window)


def test_help_menu_opens_the_guide(make_window, monkeypatch):
    from blueprint_studio.app.shell.help import GuideDialog

    shown = []
    monkeypatch.setattr(GuideDialog, "exec", lambda self: shown.append(self.browser.toPlainText()) or 0)
    window = make_window()
    window.findChild(QAction, ids.HELP_GUIDE).trigger()
    assert "Simulation › Run simulation (Ctrl+R)" in shown[0]
    assert "Training › Start walkthrough" in shown[0] and "File › Export… (Ctrl+E)" in shown[0]


def test_getting_started_in_french_names_the_french_menus(make_window):
    from blueprint_studio.app.shell import i18n
    from blueprint_studio.app.shell.help import guide_html
    from blueprint_studio.app.shell.settings import Settings

    settings = Settings()
    settings.set("ui/language", "fr")
    window = make_window(settings=settings)
    try:
        html = guide_html(window)
        assert "<h3>Concevoir un blueprint</h3>" in html and "<h3>Le simuler</h3>" in html
        assert "<b>Simulation › Lancer la simulation</b> (Ctrl+R)" in html
        assert "<b>Formation › Démarrer le parcours guidé</b>" in html
        assert "<b>Fichier › Exporter…</b> (Ctrl+E)" in html
        assert "Run simulation" not in html and "Getting started" not in html
    finally:
        i18n.install("en")


def test_french_menus_use_sentence_case(make_window):
    from blueprint_studio.app.shell import i18n
    from blueprint_studio.app.shell.settings import Settings

    settings = Settings()
    settings.set("ui/language", "fr")
    window = make_window(settings=settings)
    try:
        for path, action in _all_menu_items(window):
            words = ids.plain(action.text()).replace("(", " ").replace(")", " ").split()
            capitals = [w for w in words[1:] if w[:1].isupper() and w not in PROPER]
            assert not capitals, f"{' › '.join(path)} › {action.text()}: {capitals}"
    finally:
        i18n.install("en")
