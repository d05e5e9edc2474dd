"""`BlueprintView`: zoom (Ctrl+wheel, pinch, keys), pan (middle button, Space+drag, scrollbars),
the background grid, and drops from the palette. It reports intents; it never edits the document.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QKeyEvent, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsTextItem, QGraphicsView, QWidget

from blueprint_studio.canvas import theme
from blueprint_studio.canvas.geometry import Grid
from blueprint_studio.canvas.items.edge import label_readable

PALETTE_MIME = "application/x-blueprint-studio-node-kind"
MIN_ZOOM, MAX_ZOOM = 0.05, 8.0
MINIMAP_SIZE, MINIMAP_MARGIN = (240, 150), 10  # at most a quarter of the canvas each way


class BlueprintView(QGraphicsView):
    sig_zoom_changed = Signal(float)

    @property
    def grid_size(self) -> float:
        return Grid.step

    @grid_size.setter
    def grid_size(self, value: float) -> None:
        Grid.step = max(2.0, float(value))
        self.viewport().update()

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("canvas_view")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setAcceptDrops(True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.show_grid = True
        self.drop_handler: Callable[[str, QPointF], None] | None = None
        self.key_handler: Callable[[QKeyEvent], bool] | None = None
        self.context_menu_handler: Callable[[QPointF, QPoint], bool] | None = None
        self._space = False
        self._pan_from: QPointF | None = None
        self._mouse: QPoint | None = None  # the pointer over the viewport, None when it left
        self.minimap = None  # a MinimapWidget in the bottom-right corner, made on demand
        self.apply_theme()
        self.sig_zoom_changed.connect(self._follow_zoom)

    def _follow_zoom(self, zoom: float) -> None:
        """Below readable label size the scene shows edge labels as badges (the overview)."""
        scene = self.scene()
        if hasattr(scene, "set_overview"):
            scene.set_overview(not label_readable(zoom, self.logicalDpiY()))

    # ------------------------------------------------------------ zoom
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if current > 0 and not math.isclose(factor, current):
            self.scale(factor / current, factor / current)
            self.sig_zoom_changed.emit(self.zoom())

    def zoom_by(self, step: float) -> None:
        self.set_zoom(self.zoom() * step)

    def zoom_in(self) -> None:
        self.zoom_by(1.25)

    def zoom_out(self) -> None:
        self.zoom_by(0.8)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect()
        if not rect.isEmpty():
            self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
            self.sig_zoom_changed.emit(self.zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            self.zoom_by(1.15**steps)
            event.accept()
            return
        super().wheelEvent(event)

    def pointer_scene_pos(self) -> QPointF | None:
        """Where the mouse pointer is on the drawing, or None when it is not over the canvas
        (e.g. a paste chosen from a menu or typed while the pointer is elsewhere)."""
        if self._mouse is None or not self.viewport().rect().contains(self._mouse):
            return None
        return self.mapToScene(self._mouse)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (
            QEvent.Type.MouseMove,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.HoverMove,
            QEvent.Type.Enter,
        ):
            position = getattr(event, "position", None)
            if position is not None:
                self._mouse = position().toPoint()
        elif kind == QEvent.Type.Leave:
            self._mouse = None
        if (
            event.type() == QEvent.Type.NativeGesture
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1.0 + event.value())
            return True
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                self.zoom_by(pinch.scaleFactor())
                return True
        return super().viewportEvent(event)

    # ------------------------------------------------------------ pan
    def _typing(self) -> bool:
        return isinstance(self.scene().focusItem(), QGraphicsTextItem)

    def event(self, event: QEvent) -> bool:  # noqa: A003 - Qt's name
        """Tab and Shift+Tab walk the flow instead of leaving the canvas: QGraphicsView would hand
        them to the scene's item focus chain and then to the window's focus chain."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            if self.key_handler is not None and self.key_handler(event):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self._typing():
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._pan_from is None:
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if self.key_handler is not None and self.key_handler(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            self._pan_from = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        handler = self.context_menu_handler
        if handler is not None and handler(self.mapToScene(event.pos()), event.globalPos()):
            event.accept()
            return
        super().contextMenuEvent(event)

    # ------------------------------------------------------------ minimap
    @property
    def show_minimap(self) -> bool:
        return self.minimap is not None and not self.minimap.isHidden()

    @show_minimap.setter
    def show_minimap(self, shown: bool) -> None:
        """An overview floating over the bottom-right corner of the canvas (made the first time)."""
        if shown and self.minimap is None:
            from blueprint_studio.canvas.minimap import MinimapWidget  # made on first use only

            self.minimap = MinimapWidget(self, self)
        if self.minimap is not None:
            self.minimap.setVisible(bool(shown))
            if shown:
                self._place_minimap()
                self.minimap.raise_()

    def _place_minimap(self) -> None:
        area = self.viewport().geometry()
        width = max(140, min(MINIMAP_SIZE[0], area.width() // 4))
        height = max(90, min(MINIMAP_SIZE[1], area.height() // 4))
        self.minimap.setGeometry(
            area.right() - width - MINIMAP_MARGIN + 1,
            area.bottom() - height - MINIMAP_MARGIN + 1,
            width,
            height,
        )

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.show_minimap:
            self._place_minimap()

    # ------------------------------------------------------------ theme
    def apply_theme(self) -> None:
        """Draw the scene in the application's light or dark colours (its own flag, so that a
        scene rendered for export without a view stays in the print colours)."""
        dark = theme.application_is_dark()
        scene = self.scene()
        if scene is not None:
            scene.dark_theme = dark
            scene.update()
        self.setBackgroundBrush(QColor(theme.of_scene(scene).canvas))
        self.viewport().update()
        if self.minimap is not None:
            self.minimap.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            if (
                self.scene() is not None
                and getattr(self.scene(), "dark_theme", None) != theme.application_is_dark()
            ):
                self.apply_theme()

    # ------------------------------------------------------------ grid
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        super().drawBackground(painter, rect)
        if not self.show_grid:
            return
        step = Grid.step
        while step * self.zoom() < 8:  # never denser than 8 pixels
            step *= 5
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # 4x cheaper hairlines
        painter.setPen(QPen(QColor(theme.of_scene(self.scene()).grid), 0))
        left = math.floor(rect.left() / step) * step
        top = math.floor(rect.top() / step) * step
        lines = []
        x = left
        while x < rect.right():
            lines.append(QLineF(x, rect.top(), x, rect.bottom()))
            x += step
        y = top
        while y < rect.bottom():
            lines.append(QLineF(rect.left(), y, rect.right(), y))
            y += step
        painter.drawLines(lines)
        painter.restore()

    # ------------------------------------------------------------ drops from the palette
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(PALETTE_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(PALETTE_MIME):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        data = event.mimeData()
        if data.hasFormat(PALETTE_MIME) and self.drop_handler is not None:
            kind = bytes(data.data(PALETTE_MIME)).decode("utf-8")
            self.drop_handler(kind, self.mapToScene(event.position().toPoint()))
            event.acceptProposedAction()
            return
        super().dropEvent(event)
