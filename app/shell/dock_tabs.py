"""Whole titles on the tabs of docked panels: QMainWindow makes a tab bar for each group of tabbed
docks and elides its titles ("Pro…", "Scé…" in French at 1366 px); here every such bar shows each
title whole and scrolls with arrow buttons when they do not all fit, each tab telling its title (or
its dock's "tab_tooltip" property) in a tooltip. It only sets how the bars look; it never moves or
shows a dock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar


def dock_tab_bars(window: QMainWindow) -> list[QTabBar]:
    """The tab bars QMainWindow made for its tabbed docks (its own children, not a widget's)."""
    return window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)


def _keep_whole(window: QMainWindow) -> None:
    # Docks are the window's own children (addDockWidget): this runs at each of the window's layout
    # requests, so no walk over every widget of every dock.
    docks = {
        dock.windowTitle(): dock
        for dock in window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    }
    for bar in dock_tab_bars(window):
        if bar.elideMode() != Qt.TextElideMode.ElideNone:
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)
        for index in range(bar.count()):
            title = bar.tabText(index)
            dock = docks.get(title)
            said = dock.property("tab_tooltip") if dock is not None else None
            bar.setTabToolTip(index, str(said or title.replace("&", "")))


class DockTabTitles(QObject):
    """Keeps the dock tab bars' titles whole as docks are tabbed, moved, retitled (a language
    change) or restored: QMainWindow creates and reuses its bars at those moments."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._timer = QTimer(self)  # a child: it dies with the window, never fires after it
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(lambda: _keep_whole(self.window))
        window.installEventFilter(self)
        self.schedule()

    def schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.ChildAdded, QEvent.Type.LayoutRequest, QEvent.Type.LanguageChange):
            self.schedule()
        return False


def keep_titles_whole(window: QMainWindow) -> DockTabTitles:
    """Install the titles' keeper on `window` (once, after its docks are tabbed)."""
    return DockTabTitles(window)
