"""`LaneItem`: a horizontal band across the drawing with its title header at the left.

Hit-testing covers only the header and the lower border (for resizing), so a press in the band
itself falls through to the rubber band. It shows the lane; it never edits the document.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from blueprint_studio.canvas import theme
from blueprint_studio.canvas.items.edge import language
from blueprint_studio.canvas.items.text import FULL_MIN_PX, FittedText, short_pixel_size, short_text, text_px
from blueprint_studio.model import words
from blueprint_studio.model.style import FONT_FAMILY, HEADER_POINT_SIZE, LANE_HEADER_WIDTH

BORDER = 5.0  # half-height of the grab strip along the lower border
SHORT_LINES = 3  # a lane's short (low-zoom) title takes at most this many lines
KIND_NAMES = {
    "customer": "Customer actions",
    "frontstage": "Frontstage",
    "backstage": "Backstage",
    "support": "Support processes",
    "evidence": "Physical evidence",
    "custom": "Lane",
}


def lane_kind_name(kind: str) -> str:
    return QCoreApplication.translate("Canvas", KIND_NAMES.get(kind, kind))


class LaneItem(QGraphicsItem):
    def __init__(self, lane: Any) -> None:
        super().__init__()
        self.lane_id: str = lane.id
        self.element = lane
        self._width = 0.0
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(-10)

    def set_geometry(self, lane: Any, top: float, extent: float) -> None:
        self.prepareGeometryChange()
        self.element = lane
        self.lane_id = lane.id
        self._width = extent + LANE_HEADER_WIDTH
        self.setPos(-LANE_HEADER_WIDTH, top)
        self.update()

    @property
    def height(self) -> float:
        return self.element.height

    def header_rect(self) -> QRectF:
        return QRectF(0, 0, LANE_HEADER_WIDTH, self.height)

    def part_at(self, scene_pos: QPointF) -> str:
        local = self.mapFromScene(scene_pos)
        return "resize" if local.y() >= self.height - BORDER else "header"

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, 0, self._width, self.height + BORDER)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # the header and the strip overlap
        path.addRect(self.header_rect())
        path.addRect(QRectF(0, self.height - BORDER, self._width, 2 * BORDER))
        return path

    def hoverMoveEvent(self, event) -> None:  # noqa: N802
        resize = self.part_at(event.scenePos()) == "resize"
        self.setCursor(Qt.CursorShape.SizeVerCursor if resize else Qt.CursorShape.OpenHandCursor)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colours = theme.of_item(self)
        style = colours.lane(self.element.kind)
        band = QColor(style.fill)
        band.setAlpha(215)  # lets the grid show through faintly
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(band))
        painter.drawRect(QRectF(LANE_HEADER_WIDTH, 0, self._width - LANE_HEADER_WIDTH, self.height))
        painter.setBrush(QBrush(QColor(style.header)))
        painter.drawRect(self.header_rect())
        painter.setBrush(QBrush(QColor(style.accent)))
        painter.drawRect(QRectF(0, 0, 5, self.height))
        painter.setPen(QPen(QColor(colours.divider), 1))
        painter.drawLine(QPointF(0, self.height), QPointF(self._width, self.height))
        painter.drawLine(QPointF(LANE_HEADER_WIDTH, 0), QPointF(LANE_HEADER_WIDTH, self.height))
        if self.isSelected():
            painter.setPen(QPen(QColor(colours.selection), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.header_rect().adjusted(1, 1, -1, -1))
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        dpi = painter.device().logicalDpiY() if painter.device() else 96.0
        short = self.short_title(lod, dpi) if widget is not None else None  # exports: as at full detail
        if short is not None:
            self._paint_short_title(painter, short, QColor(style.accent), colours)
        elif lod >= 0.25:
            self._paint_title(painter, QColor(style.accent), colours)

    def title_font(self) -> QFont:
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(HEADER_POINT_SIZE)
        font.setBold(True)
        return font

    def short_title(self, lod: float, dpi: float = 96.0) -> FittedText | None:
        """At a zoom where the header title would be under `FULL_MIN_PX` tall on the device, its
        first words in a font at least `SHORT_MIN_PX` tall (None otherwise, or when nothing fits);
        not bold, so that a long first word ("Niveau") still fits the header whole."""
        if text_px(self.title_font(), lod, dpi) >= FULL_MIN_PX:
            return None
        lane = self.element
        box = self.short_box()
        text = lane.title or lane_kind_name(lane.kind)
        return short_text(text, box.width(), box.height(), short_pixel_size(lod), SHORT_LINES)

    def short_box(self) -> QRectF:
        return self.header_rect().adjusted(7, 3, -2, -3)

    def _paint_short_title(
        self, painter: QPainter, fitted: FittedText, accent: QColor, colours: theme.CanvasColours
    ) -> None:
        painter.setFont(fitted.font)
        painter.setPen(accent if colours.dark else accent.darker(130))
        box = self.short_box()
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip)
        for i, line in enumerate(fitted.lines):
            row = QRectF(box.left(), box.top() + i * fitted.line_height, box.width(), fitted.line_height)
            painter.drawText(row, flags, line)

    def _paint_title(self, painter: QPainter, accent: QColor, colours: theme.CanvasColours) -> None:
        lane = self.element
        painter.setFont(self.title_font())
        painter.setPen(accent if colours.dark else accent.darker(130))
        box = QRectF(14, 8, LANE_HEADER_WIDTH - 22, self.height - 16)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        used = painter.boundingRect(box, flags, lane.title or lane_kind_name(lane.kind))
        painter.drawText(box, flags, lane.title or lane_kind_name(lane.kind))
        small = QFont(FONT_FAMILY)
        small.setPointSizeF(HEADER_POINT_SIZE - 2.5)
        painter.setFont(small)
        painter.setPen(QColor(colours.muted))
        below = QRectF(14, used.bottom() + 3, LANE_HEADER_WIDTH - 22, self.height)
        painter.drawText(below, flags, self._caption())

    def _caption(self) -> str:
        lane = self.element
        plain = not lane.title or lane.title == lane_kind_name(lane.kind) or lane.kind == "custom"
        parts = [] if plain else [lane_kind_name(lane.kind)]
        if lane.pool is not None:  # its name and head count, never its id
            parts.append(words.pool_caption(lane.pool.name, lane.pool.agents, language()))
        return "\n".join(parts)
