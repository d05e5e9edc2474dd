"""Outlines and icons of node kinds as Qt paths, from the shape and icon names of `model.style`;
outlines, title and icon boxes are `model.geometry`'s (the PDF draws the same), converted here.

Pure drawing helpers shared by node items and the palette; they hold no state.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from blueprint_studio.canvas.routing import painter_path, rect_of
from blueprint_studio.model import geometry


def qrect(rect: geometry.Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def outline(shape: str, rect: QRectF) -> QPainterPath:
    """The outline of a node of `shape` filling `rect` (a copy: the caller may change it)."""
    if rect.x() == 0 and rect.y() == 0:  # a node's own outline: kept (moved, it would round apart)
        return QPainterPath(_outline(shape, rect.width(), rect.height()))
    return painter_path(geometry.outline(shape, rect_of(rect)))


@lru_cache(maxsize=512)
def _outline(shape: str, width: float, height: float) -> QPainterPath:
    """The outline at the origin, made once per shape and size: nodes of a kind share a size."""
    return painter_path(geometry.outline(shape, geometry.Rect(0.0, 0.0, width, height)))


def text_rect(shape: str, rect: QRectF) -> QRectF:
    """Where the title goes inside a node of `shape` (clear of slanted sides and the icon)."""
    return qrect(geometry.text_box(shape, rect_of(rect)))


def icon_anchor(shape: str, rect: QRectF) -> QRectF:
    """A small square for the kind icon, top-left inside the outline."""
    return qrect(geometry.icon_box(shape, rect_of(rect)))


def draw_icon(painter: QPainter, icon: str, box: QRectF, colour: QColor) -> None:
    """The kind icon of `model.geometry` (which the PDF draws too), in `colour`."""
    painter.save()
    pen = QPen(colour, geometry.ICON_PEN_WIDTH)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    for mark in geometry.icon_marks(icon, rect_of(box)):
        painter.setBrush(QBrush(colour) if mark.filled else QBrush(Qt.BrushStyle.NoBrush))
        v = mark.values
        if mark.kind == "rect":
            painter.drawRect(QRectF(*v))
        elif mark.kind == "line":
            painter.drawLine(QPointF(v[0], v[1]), QPointF(v[2], v[3]))
        elif mark.kind in ("polyline", "polygon"):
            polygon = QPolygonF([QPointF(v[i], v[i + 1]) for i in range(0, len(v), 2)])
            (painter.drawPolyline if mark.kind == "polyline" else painter.drawPolygon)(polygon)
        elif mark.kind == "ellipse":
            painter.drawEllipse(QRectF(*v))
        elif mark.kind == "arc":
            painter.drawArc(QRectF(*v[:4]), round(v[4] * 16), round(v[5] * 16))
        elif mark.kind == "path":
            painter.drawPath(painter_path(mark.ops))
    painter.restore()


def arrow_head(tip: QPointF, towards: QPointF, size: float = 9.0) -> QPolygonF:
    """A filled triangle at `tip`, pointing away from `towards`."""
    corners = geometry.arrow_head((tip.x(), tip.y()), (towards.x(), towards.y()), size)
    return QPolygonF([QPointF(x, y) for x, y in corners])
