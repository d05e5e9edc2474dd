"""Presenter mode for a classroom projector: full screen, large type, editing docks and bars hidden,
the drawing zoomed to a readable size around the ticket's step and gliding along as it moves;
Escape leaves and puts everything back as it was (zoom and scroll position included).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QObject,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QStatusBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

FONT_SCALE = 1.6
READABLE_ZOOM = (1.0, 1.6)  # node titles readable from the back of a room, a step and its neighbours
NEIGHBOUR_MARGIN = 60  # scene units around the step and the nodes it links to
DOCK_SHARE = 0.36  # of the screen width, for the walkthrough dock
GLIDE_MS = 450


@dataclass
class _Saved:
    """What presenter mode changed, to put back on leaving."""

    state: Qt.WindowState
    geometry: QRect
    hidden: list[QWidget] = field(default_factory=list)
    fonts: list[tuple[QWidget, QFont | None]] = field(default_factory=list)  # None: inherited
    zoom: float | None = None
    centre: QPointF | None = None  # the scene point at the centre of the canvas
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

    own = [
        (w, QFont(w.font()))
        for w in root.findChildren(QWidget)
        if w.testAttribute(Qt.WidgetAttribute.WA_SetFont)
        and w.parentWidget() is not None
        and w.font().pointSizeF() != w.parentWidget().font().pointSizeF()
    ]
    saved: list[tuple[QWidget, QFont | None]] = [
        (root, QFont(root.font()) if root.testAttribute(Qt.WidgetAttribute.WA_SetFont) else None)
    ]
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
        except RuntimeError:  # a widget of a step that has gone since
            pass


class PresenterMode(QObject):
    sig_active_changed = Signal(bool)

    def __init__(self, window: QMainWindow, dock: QDockWidget, current_editor: Callable[[], Any]) -> None:
        super().__init__(window)
        self.window, self.dock, self.current_editor = window, dock, current_editor
        self.saved: _Saved | None = None
        self.animation = QVariantAnimation(self)
        self.animation.setDuration(GLIDE_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.valueChanged.connect(self._glide)
        self._view: Any = None
        self._from: tuple[QPointF, float] | None = None  # centre and zoom when the glide began
        self._frame: QRectF | None = None  # the scene rectangle to show
        self._node: QRectF | None = None  # the step's own, always in view

    @property
    def active(self) -> bool:
        return self.saved is not None

    def set_active(self, on: bool) -> None:
        self.enter() if on else self.leave()

    # ------------------------------------------------------------ entering and leaving
    def _bars(self) -> list[QWidget]:
        w = self.window
        found: list[QWidget] = [
            d for d in w.findChildren(QDockWidget) if d is not self.dock and d.parent() is w
        ]
        found += [t for t in w.findChildren(QToolBar) if t.parent() is w]
        found += [b for b in (w.menuWidget(), w.findChild(QStatusBar)) if b is not None]
        # The document tabs, wherever the window keeps them (a start page may wrap them).
        tabs = getattr(w, "tab_widget", None) or w.centralWidget()
        if isinstance(tabs, QTabWidget):
            found.append(tabs.tabBar())
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
            view = editor.view
            saved.zoom = view.zoom()
            saved.centre = view.mapToScene(view.viewport().rect().center())
        w.setGeometry(w.screen().geometry())  # without a window manager full screen is only a flag
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
        if saved.state & Qt.WindowState.WindowMaximized:
            self.window.showMaximized()
        elif not saved.state & Qt.WindowState.WindowFullScreen:
            self.window.showNormal()
            self.window.setGeometry(saved.geometry)
        for widget in saved.hidden:
            widget.show()
        self.window.resizeDocks([self.dock], [saved.dock_width], Qt.Orientation.Horizontal)
        editor = self.current_editor()
        if editor is not None and saved.zoom is not None:  # once the canvas has its size back
            QApplication.sendPostedEvents()
            editor.view.set_zoom(saved.zoom)
            if saved.centre is not None:
                editor.view.centerOn(saved.centre)
        self.sig_active_changed.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            self.leave()
            return True
        return False

    # ------------------------------------------------------------ following the ticket
    def follow(self, node_id: str) -> None:
        """Show `node_id`: in presenter mode a glide that centres it and its neighbours at a
        readable zoom; outside, a plain scroll into view at the user's own zoom."""
        editor = self.current_editor()
        if editor is None:
            return
        item = editor.scene.nodes.get(node_id)
        if item is None:
            return
        view = editor.view
        if not self.active:
            view.ensureVisible(item.sceneBoundingRect(), 80, 80)
            return
        self._view = view
        self._frame = self._neighbourhood(editor, node_id)
        self._node = QRectF(item.sceneBoundingRect())
        self.animation.stop()
        self._from = (view.mapToScene(view.viewport().rect().center()), view.zoom())
        self.animation.start()

    @staticmethod
    def _neighbourhood(editor: Any, node_id: str) -> QRectF:
        """The step and the nodes one flow edge away, so the class sees where it comes from and
        where it may go."""
        nodes = editor.scene.nodes
        rect = QRectF(nodes[node_id].sceneBoundingRect())
        for edge in editor.document.blueprint.edges:
            if edge.kind != "flow" or node_id not in (edge.source, edge.target):
                continue
            other = nodes.get(edge.target if edge.source == node_id else edge.source)
            if other is not None:
                rect = rect.united(other.sceneBoundingRect())
        m = NEIGHBOUR_MARGIN
        return rect.adjusted(-m, -m, m, m)

    def target_zoom(self, view: Any, frame: QRectF) -> float:
        """The zoom that fits `frame` in the canvas, kept within the readable range."""
        size = view.viewport().size()
        fit = min(size.width() / max(frame.width(), 1.0), size.height() / max(frame.height(), 1.0))
        low, high = READABLE_ZOOM
        return max(low, min(high, fit))

    def _centre(self, view: Any, zoom: float) -> QPointF:
        """The neighbourhood's centre, moved as little as needed to keep the step itself in view
        (a neighbour far away must not push it off the screen)."""
        assert self._frame is not None and self._node is not None
        node, wanted = self._node.center(), self._frame.center()
        size = view.viewport().size()
        room_x = max(0.0, size.width() / zoom / 2 - self._node.width() / 2 - 20)
        room_y = max(0.0, size.height() / zoom / 2 - self._node.height() / 2 - 20)
        return QPointF(
            node.x() + max(-room_x, min(room_x, wanted.x() - node.x())),
            node.y() + max(-room_y, min(room_y, wanted.y() - node.y())),
        )

    def _glide(self, t: float) -> None:
        view, frame, start = self._view, self._frame, self._from
        if view is None or frame is None or start is None:
            return
        try:
            # The target is measured at each frame: the window may still be growing to full screen.
            target = self.target_zoom(view, frame)
            zoom = start[1] + (target - start[1]) * t
            centre = start[0] + (self._centre(view, target) - start[0]) * t
            view.set_zoom(zoom)
            view.centerOn(centre)
        except RuntimeError:  # the tab was closed during the glide
            self.animation.stop()
            self._view = None
