"""`MinimapWidget`: an overview of the whole drawing with the visible area as a rectangle that a
drag moves (the view pans); View › Minimap floats it over the canvas (`BlueprintView.show_minimap`).
The thumbnail is a cached pixmap drawn from the scene's lanes, stages and nodes as plain shapes,
redrawn (debounced) after document changes; it never edits anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QWidget

from blueprint_studio.canvas import theme
from blueprint_studio.model.style import LANE_HEADER_WIDTH

if TYPE_CHECKING:  # the view makes the minimap: no import back at run time
    from blueprint_studio.canvas.view import BlueprintView

REFRESH_MS = 250  # debounce: a burst of edits redraws the thumbnail once
MARGIN = 4.0


class MinimapWidget(QWidget):
    """Overview of `view`'s scene, placed by the view in its bottom-right corner. `refresh()` redraws
    now; `sig_refreshed` tells tests and benches when it did."""

    sig_refreshed = Signal()

    def __init__(self, view: BlueprintView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvas_minimap")
        self.setToolTip(self.tr("Overview: drag the rectangle to move around the drawing"))
        self.setMinimumSize(120, 80)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays on the canvas
        self.view = view
        self.scene = view.scene()
        self.pixmap = QPixmap()
        self.source = QRectF()  # the scene rectangle the pixmap shows
        self.scale = 1.0
        self.offset = QPointF()
        self._grab: QPointF | None = None  # where in the visible rectangle the drag holds it
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.scene.sig_changed.connect(lambda *_: self._timer.start())
        self.scene.sig_rebuilt.connect(self._timer.start)
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.sig_zoom_changed.connect(self.update)
        self.refresh()

    # ------------------------------------------------------------ coordinates
    def to_map(self, point: QPointF) -> QPointF:
        return QPointF(
            (point.x() - self.source.left()) * self.scale + self.offset.x(),
            (point.y() - self.source.top()) * self.scale + self.offset.y(),
        )

    def to_scene(self, point: QPointF) -> QPointF:
        return QPointF(
            (point.x() - self.offset.x()) / self.scale + self.source.left(),
            (point.y() - self.offset.y()) / self.scale + self.source.top(),
        )

    def visible_scene_rect(self) -> QRectF:
        return self.view.mapToScene(self.view.viewport().rect()).boundingRect()

    def visible_map_rect(self) -> QRectF:
        rect = self.visible_scene_rect()
        return QRectF(self.to_map(rect.topLeft()), self.to_map(rect.bottomRight()))

    # ------------------------------------------------------------ the thumbnail
    def refresh(self) -> None:
        """Redraw the cached thumbnail from the scene (lanes, stage dividers, nodes)."""
        self._timer.stop()
        self.source = self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
        width, height = max(1.0, self.width() - 2 * MARGIN), max(1.0, self.height() - 2 * MARGIN)
        if self.source.isEmpty():
            self.source = QRectF(-LANE_HEADER_WIDTH, 0, 800, 400)
        self.scale = min(width / self.source.width(), height / self.source.height())
        self.offset = QPointF(
            MARGIN + (width - self.source.width() * self.scale) / 2,
            MARGIN + (height - self.source.height() * self.scale) / 2,
        )
        ratio = self.devicePixelRatioF()
        self.pixmap = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        self.pixmap.setDevicePixelRatio(ratio)
        colours = theme.of_scene(self.scene)
        self.pixmap.fill(QColor(colours.canvas))
        painter = QPainter(self.pixmap)
        try:
            painter.translate(self.offset)
            painter.scale(self.scale, self.scale)
            painter.translate(-self.source.topLeft())
            self._draw_bands(painter, colours)
            self._draw_nodes(painter, colours)
        finally:
            painter.end()
        self.update()
        self.sig_refreshed.emit()

    def _draw_bands(self, painter: QPainter, colours: theme.CanvasColours) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for item in self.scene.lanes.values():
            rect = item.sceneBoundingRect()
            rect.setHeight(item.height)
            style = colours.lane(item.element.kind)
            painter.setBrush(QBrush(QColor(style.fill)))
            painter.drawRect(rect)
            painter.setBrush(QBrush(QColor(style.accent)))
            painter.drawRect(QRectF(rect.left(), rect.top(), LANE_HEADER_WIDTH / 6, rect.height()))
        pen = QPen(QColor(colours.divider), 0)
        painter.setPen(pen)
        for item in self.scene.stages.values():
            rect = item.sceneBoundingRect()
            painter.drawLine(QPointF(rect.left(), rect.top()), QPointF(rect.left(), rect.bottom()))

    def _draw_nodes(self, painter: QPainter, colours: theme.CanvasColours) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        by_colour: dict[str, list[QRectF]] = {}
        for item in self.scene.nodes.values():
            by_colour.setdefault(colours.node(item.element.kind).stroke, []).append(item.scene_rect())
        for colour, rects in by_colour.items():  # one brush change per kind, not per node
            painter.setBrush(QBrush(QColor(colour)))
            painter.drawRects(rects)

    # ------------------------------------------------------------ Qt events
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        colours = theme.of_scene(self.scene)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self.pixmap)
        frame = self.visible_map_rect().intersected(QRectF(self.rect()).adjusted(0, 0, -1, -1))
        fill = QColor(colours.selection)
        fill.setAlpha(40)
        painter.setBrush(QBrush(fill))
        painter.setPen(QPen(QColor(colours.selection), 1.5))
        painter.drawRect(frame)
        painter.setBrush(Qt.BrushStyle.NoBrush)  # its own border: it floats over the drawing
        painter.setPen(QPen(QColor(colours.divider), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.refresh()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        frame = self.visible_map_rect()
        self._grab = pos - frame.center() if frame.contains(pos) else QPointF()
        self._pan_to(pos)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._grab is None:
            return super().mouseMoveEvent(event)
        self._pan_to(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._grab = None
        event.accept()

    def _pan_to(self, pos: QPointF) -> None:
        """Centre the view on the scene point under `pos`, keeping where the drag holds the frame."""
        self.view.centerOn(self.to_scene(pos - (self._grab or QPointF())))
        self.update()
