"""Actions are found by object name, each with a text, a tooltip and an accessible name; the
undo group drives Edit > Undo/Redo for the current tab; menus and toolbar are complete."""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolButton

from app import actions as ids
from canvas import actions as ca
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures


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
