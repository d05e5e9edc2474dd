"""Every action of the window, found by walking its menu bar, toolbars and context menus (so a new
action is covered without editing this test), is triggered on every bundled template in English and
in French, with every modal dialog accepted in one pass and refused in the other. An exception
raised in any slot fails the test with the action's name and where it was found."""

from __future__ import annotations

import shutil
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)
from shellkit import close_window, isolated  # noqa: F401 - fixture

from blueprint_studio import resources
from blueprint_studio.app.shell.gui import build_window
from blueprint_studio.app.shell.settings import Settings
from blueprint_studio.app.shell.workers import SimulationWorker

TEMPLATES = [(t.name, t.language) for t in resources.templates()]
LAST = ("close", "quit", "exit")  # actions that end the tab or the window go last
MAX_ACCEPTS = 4  # a dialog that keeps coming back is refused after this


class DialogAnswerer(QObject):
    """Answers every modal dialog that opens while an action runs: accepts it (a file dialog gets a
    path in the test's folder) or refuses it. Popup menus left open are closed."""

    def __init__(self, accept: bool, folder: Path) -> None:
        super().__init__()
        self.accept, self.folder = accept, folder
        self.seen: list[str] = []
        self.accepted = 0
        self.answering: QWidget | None = None
        self.popup_request: tuple[str, ...] | None = None  # the entry to pick in the next popup
        self.popup_seen: list[tuple[str, list[tuple[str, ...]]]] = []
        self.timer = QTimer(self)
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.answer)
        self.timer.start()

    def reset(self) -> None:
        self.accepted = 0

    def answer(self) -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            self.answer_popup(popup)
            return
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            return
        if widget is self.answering:
            return
        self.answering = widget
        # Answer once this tick has returned: the answer may open a nested dialog (e.g. "replace
        # the file?") and Qt does not fire this timer again until its slot has returned.
        QTimer.singleShot(0, lambda: self.respond(widget))

    def answer_popup(self, popup: QWidget) -> None:
        if isinstance(popup, QMenu):
            if self.popup_request is None:
                self.popup_seen.append((popup.objectName(), leaf_paths(popup)))
            else:
                action = find_path(popup, self.popup_request)
                self.popup_request = None
                popup.hide()
                if action is not None and action.isEnabled():
                    action.trigger()
        popup.close()

    def respond(self, widget: QWidget) -> None:
        self.answering = None
        if not shiboken6.isValid(widget) or not widget.isVisible():
            return  # already answered and deleted (a static file dialog deletes itself)
        self.seen.append(f"{type(widget).__name__}: {widget.windowTitle()}")
        accept = self.accept and self.accepted < MAX_ACCEPTS
        self.accepted += accept
        if isinstance(widget, QFileDialog):
            self.answer_file_dialog(widget, accept)
        elif isinstance(widget, QMessageBox):
            yes = [
                b
                for b in widget.buttons()
                if widget.buttonRole(b) in (QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole)
            ]
            button = (yes[0] if yes else widget.defaultButton()) if accept else widget.escapeButton()
            if isinstance(button, QAbstractButton):
                button.click()
            else:
                widget.done(0)
        elif isinstance(widget, QDialog):
            widget.accept() if accept else widget.reject()
        else:
            widget.close()

    def answer_file_dialog(self, dialog: QFileDialog, accept: bool) -> None:
        if not accept:
            dialog.reject()
            return
        # The dialog lists its folder asynchronously: type the path, as a user would.
        line = dialog.findChild(QLineEdit, "fileNameEdit")
        if dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave:
            suggested = Path(line.text()).name or "out"
            line.setText(str(self.folder / suggested))
        else:
            line.setText(str(self.folder / "other.blueprint.json"))
        dialog.accept()


def walk(menu: QMenu, where: str) -> list[tuple[str, QAction]]:
    """Leaf actions of a menu and its submenus, each with the menu path that leads to it."""
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        label = f"{where} › {action.text().replace('&', '')}"
        if action.menu() is not None:
            found += walk(action.menu(), label)
        else:
            found.append((label, action))
    return found


def window_actions(window) -> list[tuple[str, QAction]]:
    found = []
    for top in window.menuBar().actions():
        if top.menu() is not None:
            found += walk(top.menu(), top.text().replace("&", ""))
    for bar in window.findChildren(QToolBar):
        for action in bar.actions():
            if action.isSeparator():
                continue
            label = f"toolbar {bar.objectName()} › {action.text().replace('&', '')}"
            found += walk(action.menu(), label) if action.menu() is not None else [(label, action)]
    unique, seen = [], set()
    for label, action in found:
        if id(action) not in seen:
            seen.add(id(action))
            unique.append((label, action))
    last = [(label, a) for label, a in unique if any(word in a.objectName().lower() for word in LAST)]
    return [pair for pair in unique if pair not in last] + last


def leaf_paths(menu: QMenu, where: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """The text path of every enabled leaf action of a menu and its submenus."""
    found = []
    for action in menu.actions():
        if action.isSeparator() or not action.isEnabled():
            continue
        path = (*where, action.text())
        found += leaf_paths(action.menu(), path) if action.menu() is not None else [path]
    return found


def find_path(menu: QMenu, path: tuple[str, ...]) -> QAction | None:
    for action in menu.actions():
        if action.text() == path[0]:
            if len(path) == 1:
                return action
            return find_path(action.menu(), path[1:]) if action.menu() is not None else None
    return None


class ContextMenus:
    """Right-clicks as a user does: a context menu pops up, and the answerer either reads its
    entries (first pass) or picks one of them (later passes)."""

    def __init__(self, window, answerer: DialogAnswerer) -> None:
        self.window, self.answerer = window, answerer

    def openers(self) -> list[tuple[str, Callable[[], None]]]:
        """One way to open each kind of context menu: every canvas element, every widget with one."""
        tab = self.window.current_tab()
        found = []
        if tab is not None:
            view = tab.view
            for item in view.scene().items():
                if item.isVisible():
                    found.append(
                        (
                            type(item).__name__,
                            lambda c=item.sceneBoundingRect().center(), v=view: right_click(v, c),
                        )
                    )
        for widget in self.window.findChildren(QWidget):
            if widget.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu and widget.isVisible():
                found.append(
                    (
                        widget.objectName() or type(widget).__name__,
                        lambda w=widget: w.customContextMenuRequested.emit(QPoint(5, 5)),
                    )
                )
        return found

    def entries(self) -> list[tuple[str, Callable[[], None], tuple[str, ...]]]:
        """(label, opener, path) for every entry of every distinct context menu."""
        found, menus_seen = [], set()
        for name, opener in self.openers():
            self.answerer.popup_request, self.answerer.popup_seen = None, []
            opener()
            QApplication.processEvents()
            for menu_name, paths in self.answerer.popup_seen:
                key = menu_name or tuple(paths)
                if key in menus_seen:  # one lane's menu stands for every lane's
                    continue
                menus_seen.add(key)
                found += [
                    (f"context menu of {name} › {' › '.join(p).replace('&', '')}", opener, p) for p in paths
                ]
        return found


def right_click(view, scene_point) -> None:
    view.centerOn(scene_point) if not view.viewport().rect().contains(
        view.mapFromScene(scene_point)
    ) else None
    point = view.mapFromScene(scene_point)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)


def close_stray_windows(window) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible() and not isinstance(widget, QMenu):
            widget.close()


def trigger(qtbot, answerer: DialogAnswerer, label: str, action: QAction, failures: list[str]) -> None:
    answerer.reset()
    times = 2 if action.isCheckable() else 1  # a toggle is tried both ways and left as it was
    for _ in range(times):
        if not action.isEnabled():
            return
        with qtbot.captureExceptions() as caught:
            action.trigger()
            QApplication.processEvents()
        for kind, value, tb in caught:
            failures.append(
                f"{label} [{action.objectName()}]: {kind.__name__}: {value}\n"
                + "".join(traceback.format_tb(tb)[-3:])
            )


def pick(qtbot, answerer: DialogAnswerer, label: str, opener, path, failures: list[str]) -> None:
    answerer.reset()
    answerer.popup_request = path
    with qtbot.captureExceptions() as caught:
        opener()
        QApplication.processEvents()
    answerer.popup_request = None
    for kind, value, tb in caught:
        failures.append(f"{label}: {kind.__name__}: {value}\n" + "".join(traceback.format_tb(tb)[-3:]))


def settle(window, qtbot) -> None:
    """Wait for the background work the actions started (simulations, exports) to finish, so that
    an exception it raises is caught here, and so that no thread outlives the window."""

    def idle() -> bool:
        return not any(worker.is_running() for worker in window.findChildren(SimulationWorker))

    qtbot.waitUntil(idle, timeout=60_000)


@pytest.mark.parametrize("accept", [True, False], ids=["accepted", "refused"])
@pytest.mark.parametrize("template,language", TEMPLATES, ids=[f"{n}-{l}" for n, l in TEMPLATES])
def test_every_action_runs_without_an_exception(isolated, qtbot, template, language, accept):
    folder = isolated / "work"
    folder.mkdir()
    source = resources.template_path(template, language)
    copy = folder / source.name
    shutil.copyfile(source, copy)
    shutil.copyfile(source, folder / "other.blueprint.json")  # what File › Open picks
    settings = Settings()
    settings.set("ui/language", language)
    settings.set("ui/theme", "light")
    answerer = DialogAnswerer(accept, folder)
    window = build_window([str(copy)], settings, restore_session=False, ask_recovery=lambda parent, docs: [])
    failures: list[str] = []
    try:
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        tab = window.current_tab()
        assert tab is not None and tab.path == copy
        triggered = 0
        for label, opener, path in ContextMenus(window, answerer).entries():
            pick(qtbot, answerer, label, opener, path, failures)
            triggered += 1
            close_stray_windows(window)
        actions = window_actions(window)
        for label, action in actions:
            if action.isEnabled():
                trigger(qtbot, answerer, label, action, failures)
                triggered += 1
                close_stray_windows(window)
            if not window.isVisible():
                break
        settle(window, qtbot)
        assert triggered >= 60, f"only {triggered} actions were found enabled (dialogs: {answerer.seen})"
    finally:
        answerer.timer.stop()
        close_window(window)
        qtbot.wait(1)
    assert not failures, "\n\n".join(failures)
