"""Outlines and icons of node kinds as Qt paths, from the shape and icon names of `model.style`;
outlines, title and icon boxes are `model.geometry`'s (the PDF draws the same), converted here.

Pure drawing helpers shared by node items and the palette; they hold no state.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from blueprint_studio.canvas.routing import painter_path, rect_of
from blueprint_studio.model import geometry


def qrect(rect: geometry.Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def outline(shape: str, rect: QRectF) -> QPainterPath:
    """The outline of a node of `shape` filling `rect`."""
    return painter_path(geometry.outline(shape, rect_of(rect)))


def text_rect(shape: str, rect: QRectF) -> QRectF:
    """Where the title goes inside a node of `shape` (clear of slanted sides and the icon)."""
    return qrect(geometry.text_box(shape, rect_of(rect)))


def icon_anchor(shape: str, rect: QRectF) -> QRectF:
    """A small square for the kind icon, top-left inside the outline."""
    return qrect(geometry.icon_box(shape, rect_of(rect)))


def draw_icon(painter: QPainter, icon: str, box: QRectF, colour: QColor) -> None:
    """Small vector glyphs: readable at 12 px, no font or image needed."""
    painter.save()
    pen = QPen(colour, 1.3)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    l, t, w, h = box.left(), box.top(), box.width(), box.height()
    c = box.center()
    if icon == "intake":  # an envelope
        painter.drawRect(QRectF(l, t + 2, w, h - 4))
        painter.drawPolyline(QPolygonF([QPointF(l, t + 2), c, QPointF(l + w, t + 2)]))
    elif icon == "step":  # a person
        painter.drawEllipse(QRectF(c.x() - 2.5, t, 5, 5))
        painter.drawArc(QRectF(l + 1, t + 6, w - 2, h), 0, 180 * 16)
    elif icon == "decision":  # a fork
        painter.drawLine(QPointF(l, c.y()), c)
        painter.drawLine(c, QPointF(l + w, t + 1))
        painter.drawLine(c, QPointF(l + w, t + h - 1))
    elif icon == "wait":  # an hourglass
        painter.drawPolygon(
            QPolygonF(
                [QPointF(l + 2, t), QPointF(l + w - 2, t), QPointF(l + 2, t + h), QPointF(l + w - 2, t + h)]
            )
        )
    elif icon == "satisfaction":  # a smile
        painter.drawEllipse(box)
        painter.drawArc(QRectF(l + 3, t + 3, w - 6, h - 6), 200 * 16, 140 * 16)
    elif icon == "roadmap":  # a flag
        painter.drawLine(QPointF(l + 2, t), QPointF(l + 2, t + h))
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(QPolygonF([QPointF(l + 2, t), QPointF(l + w, t + 3), QPointF(l + 2, t + 6)]))
    elif icon == "end":  # a target
        painter.drawEllipse(box)
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(QRectF(c.x() - 2.5, c.y() - 2.5, 5, 5))
    elif icon == "evidence":  # an eye: what the customer sees
        path = QPainterPath(QPointF(l, c.y()))
        path.quadTo(QPointF(c.x(), t - 2), QPointF(l + w, c.y()))
        path.quadTo(QPointF(c.x(), t + h + 2), QPointF(l, c.y()))
        painter.drawPath(path)
        painter.drawEllipse(QRectF(c.x() - 2, c.y() - 2, 4, 4))
    elif icon == "note":  # lines of text
        for k in range(3):
            y = t + 2 + k * 4
            painter.drawLine(QPointF(l, y), QPointF(l + w - (4 if k == 2 else 0), y))
    painter.restore()


def arrow_head(tip: QPointF, towards: QPointF, size: float = 9.0) -> QPolygonF:
    """A filled triangle at `tip`, pointing away from `towards`."""
    corners = geometry.arrow_head((tip.x(), tip.y()), (towards.x(), towards.y()), size)
    return QPolygonF([QPointF(x, y) for x, y in corners])
