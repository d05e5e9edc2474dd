"""`StageItem`: a column of the phases x lanes grid: a title cell above the lanes and a divider
down through them. Hit-testing covers the title cell and its right border (for resizing).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from blueprint_studio.canvas import theme
from blueprint_studio.model.style import FONT_FAMILY, HEADER_POINT_SIZE, STAGE_HEADER_HEIGHT

BORDER = 5.0


class StageItem(QGraphicsItem):
    def __init__(self, stage: Any) -> None:
        super().__init__()
        self.stage_id: str = stage.id
        self.element = stage
        self._depth = 0.0
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(-5)

    def set_geometry(self, stage: Any, left: float, depth: float) -> None:
        """`depth`: the total height of the lanes the divider runs through."""
        self.prepareGeometryChange()
        self.element = stage
        self.stage_id = stage.id
        self._depth = depth
        self.setPos(left, -STAGE_HEADER_HEIGHT)
        self.update()

    @property
    def width(self) -> float:
        return self.element.width

    def header_rect(self) -> QRectF:
        return QRectF(0, 0, self.width, STAGE_HEADER_HEIGHT)

    def part_at(self, scene_pos: QPointF) -> str:
        local = self.mapFromScene(scene_pos)
        return "resize" if local.x() >= self.width - BORDER else "header"

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, 0, self.width + BORDER, STAGE_HEADER_HEIGHT + self._depth)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # the header and the strip overlap
        path.addRect(self.header_rect())
        path.addRect(QRectF(self.width - BORDER, 0, 2 * BORDER, STAGE_HEADER_HEIGHT))
        return path

    def hoverMoveEvent(self, event) -> None:  # noqa: N802
        resize = self.part_at(event.scenePos()) == "resize"
        self.setCursor(Qt.CursorShape.SizeHorCursor if resize else Qt.CursorShape.OpenHandCursor)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        header = self.header_rect()
        colours = theme.of_item(self)
        painter.setPen(QPen(QColor(colours.divider), 1))
        painter.setBrush(QBrush(QColor(colours.header)))
        painter.drawRect(header)
        painter.setBrush(QBrush(QColor(colours.header_accent)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(QRectF(0, header.bottom() - 3, self.width, 3))
        divider = QPen(QColor(colours.divider), 1, Qt.PenStyle.DashLine)
        painter.setPen(divider)
        painter.drawLine(
            QPointF(self.width, STAGE_HEADER_HEIGHT), QPointF(self.width, STAGE_HEADER_HEIGHT + self._depth)
        )
        if self.isSelected():
            painter.setPen(QPen(QColor(colours.selection), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(header.adjusted(1, 1, -1, -1))
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(HEADER_POINT_SIZE)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(colours.ink))
        painter.drawText(header.adjusted(8, 0, -8, -3), int(Qt.AlignmentFlag.AlignCenter), self.element.title)
