"""Presenter mode for a classroom projector: full screen, large type, editing docks and bars hidden,
the canvas gliding to the ticket's node; Escape leaves and puts everything back as it was.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import (QEasingCurve, QEvent, QObject, QPointF, QRect, Qt, QVariantAnimation,
                            Signal)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QApplication, QDockWidget, QMainWindow, QStatusBar, QTabWidget,
                               QToolBar,
                               QWidget)

FONT_SCALE = 1.6
CANVAS_SCALE = 1.4
DOCK_SHARE = 0.36          # of the screen width, for the walkthrough dock
GLIDE_MS = 450


@dataclass
class _Saved:
    """What presenter mode changed, to put back on leaving."""
    state: Qt.WindowState
    geometry: QRect
    hidden: list[QWidget] = field(default_factory=list)
    fonts: list[tuple[QWidget, QFont | None]] = field(default_factory=list)  # None: inherited
    zoom: float | None = None
    dock_width: int = 0


def scale_fonts(root: QWidget, factor: float) -> list[tuple[QWidget, QFont | None]]:
    """Scale the font of `root` (its descendants inherit it) and of every descendant that set a
    size of its own (a title). Returns what to restore."""
    def scaled(font: QFont) -> QFont:
        font = QFont(font)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * factor)
        else:
            font.setPixelSize(round(font.pixelSize() * factor))
        return font
    own = [(w, QFont(w.font())) for w in root.findChildren(QWidget)
           if w.testAttribute(Qt.WidgetAttribute.WA_SetFont) and w.parentWidget() is not None
           and w.font().pointSizeF() != w.parentWidget().font().pointSizeF()]
    saved: list[tuple[QWidget, QFont | None]] = [
        (root, QFont(root.font()) if root.testAttribute(Qt.WidgetAttribute.WA_SetFont) else None)]
    root.setFont(scaled(root.font()))
    for widget, font in own:
        widget.setFont(scaled(font))
        saved.append((widget, font))
    return saved


def restore_fonts(saved: list[tuple[QWidget, QFont | None]]) -> None:
    for widget, font in reversed(saved):
        try:
            widget.setFont(font if font is not None else QFont())
            if font is None:
                widget.setAttribute(Qt.WidgetAttribute.WA_SetFont, False)
        except RuntimeError:   # a widget of a step that has gone since
            pass


class PresenterMode(QObject):
    sig_active_changed = Signal(bool)

    def __init__(self, window: QMainWindow, dock: QDockWidget,
                 current_editor: Callable[[], Any]) -> None:
        super().__init__(window)
        self.window, self.dock, self.current_editor = window, dock, current_editor
        self.saved: _Saved | None = None
        self.animation = QVariantAnimation(self)
        self.animation.setDuration(GLIDE_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self.animation.valueChanged.connect(self._glide)
        self._view: Any = None

    @property
    def active(self) -> bool:
        return self.saved is not None

    def set_active(self, on: bool) -> None:
        self.enter() if on else self.leave()

    # ------------------------------------------------------------ entering and leaving
    def _bars(self) -> list[QWidget]:
        w = self.window
        found: list[QWidget] = [d for d in w.findChildren(QDockWidget) if d is not self.dock
                                and d.parent() is w]
        found += [t for t in w.findChildren(QToolBar) if t.parent() is w]
        found += [b for b in (w.menuWidget(), w.findChild(QStatusBar)) if b is not None]
        central = w.centralWidget()
        if isinstance(central, QTabWidget):
            found.append(central.tabBar())
        return found

    def enter(self) -> None:
        if self.active:
            return
        w = self.window
        saved = _Saved(w.windowState(), w.geometry(), dock_width=self.dock.width())
        for widget in self._bars():
            if not widget.isHidden():
                saved.hidden.append(widget)
                widget.hide()
        self.saved = saved
        saved.fonts = scale_fonts(self.dock, FONT_SCALE)
        self.dock.show()
        self.dock.raise_()
        editor = self.current_editor()
        if editor is not None:
            saved.zoom = editor.view.zoom()
            editor.view.set_zoom(saved.zoom * CANVAS_SCALE)
        w.setGeometry(w.screen().geometry())   # without a window manager full screen is only a flag
        w.showFullScreen()
        w.resizeDocks([self.dock], [int(w.width() * DOCK_SHARE)], Qt.Orientation.Horizontal)
        QApplication.instance().installEventFilter(self)
        self.dock.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_active_changed.emit(True)

    def leave(self) -> None:
        saved = self.saved
        if saved is None:
            return
        self.saved = None
        QApplication.instance().removeEventFilter(self)
        self.animation.stop()
        restore_fonts(saved.fonts)
        editor = self.current_editor()
        if editor is not None and saved.zoom is not None:
            editor.view.set_zoom(saved.zoom)
        if saved.state & Qt.WindowState.WindowMaximized:
            self.window.showMaximized()
        elif not saved.state & Qt.WindowState.WindowFullScreen:
            self.window.showNormal()
            self.window.setGeometry(saved.geometry)
        for widget in saved.hidden:
            widget.show()
        self.window.resizeDocks([self.dock], [saved.dock_width], Qt.Orientation.Horizontal)
        self.sig_active_changed.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and \
                isinstance(watched, QWidget) and watched.window() is self.window:
            self.leave()
            return True
        return False

    # ------------------------------------------------------------ following the ticket
    def follow(self, node_id: str) -> None:
        """Centre the canvas on `node_id`: a glide in presenter mode, a jump into view outside."""
        editor = self.current_editor()
        if editor is None:
            return
        item = editor.scene.nodes.get(node_id)
        if item is None:
            return
        view = editor.view
        target = item.sceneBoundingRect().center()
        if not self.active:
            view.ensureVisible(item.sceneBoundingRect(), 80, 80)
            return
        self._view = view
        self.animation.stop()
        self.animation.setStartValue(view.mapToScene(view.viewport().rect().center()))
        self.animation.setEndValue(QPointF(target))
        self.animation.start()

    def _glide(self, point: QPointF) -> None:
        if self._view is not None:
            try:
                self._view.centerOn(point)
            except RuntimeError:   # the tab was closed during the glide
                self.animation.stop()
                self._view = None
