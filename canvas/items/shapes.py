"""Outlines and icons of node kinds as Qt paths, from the shape and icon names of `model.style`.

Pure drawing helpers shared by node items and the palette; they hold no state.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF


def _polygon(points: list[tuple[float, float]]) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()
    return path


def outline(shape: str, rect: QRectF) -> QPainterPath:
    """The outline of a node of `shape` filling `rect`."""
    l, t, r, b = rect.left(), rect.top(), rect.right(), rect.bottom()
    cx, cy, h = rect.center().x(), rect.center().y(), rect.height()
    if shape == "diamond":
        return _polygon([(cx, t), (r, cy), (cx, b), (l, cy)])
    if shape == "hexagon":
        d = min(h / 2, rect.width() / 4)
        return _polygon([(l + d, t), (r - d, t), (r, cy), (r - d, b), (l + d, b), (l, cy)])
    if shape == "octagon":
        d = min(h, rect.width()) * 0.28
        return _polygon(
            [(l + d, t), (r - d, t), (r, t + d), (r, b - d), (r - d, b), (l + d, b), (l, b - d), (l, t + d)]
        )
    if shape == "chevron":
        d = min(h / 2, rect.width() / 5)
        return _polygon([(l, t), (r - d, t), (r, cy), (r - d, b), (l, b), (l + d, cy)])
    path = QPainterPath()
    if shape == "pill":
        path.addRoundedRect(rect, h / 2, h / 2)
    elif shape == "document":
        wave = min(10.0, h / 6)
        path.moveTo(l, t)
        path.lineTo(r, t)
        path.lineTo(r, b - wave)
        path.cubicTo(
            QPointF(r - rect.width() * 0.25, b - 2.6 * wave),
            QPointF(l + rect.width() * 0.35, b + 1.2 * wave),
            QPointF(l, b - wave),
        )
        path.closeSubpath()
    elif shape == "note":
        fold = min(14.0, h / 3)
        return _polygon([(l, t), (r - fold, t), (r, t + fold), (r, b), (l, b)])
    else:
        path.addRoundedRect(rect, 8, 8)
    return path


def text_rect(shape: str, rect: QRectF) -> QRectF:
    """Where the title goes inside a node of `shape` (clear of slanted sides and the icon)."""
    if shape == "diamond":
        return rect.adjusted(
            rect.width() * 0.2, rect.height() * 0.22, -rect.width() * 0.2, -rect.height() * 0.22
        )
    if shape in ("hexagon", "chevron", "octagon"):
        return rect.adjusted(min(rect.height() / 2, rect.width() / 4), 4, -12, -4)
    if shape == "pill":
        return rect.adjusted(rect.height() * 0.3 + 16, 4, -rect.height() * 0.3, -4)
    return rect.adjusted(24, 4, -8, -6)


def icon_anchor(shape: str, rect: QRectF) -> QRectF:
    """A small square for the kind icon, top-left inside the outline."""
    size = 12.0
    if shape == "diamond":
        return QRectF(rect.center().x() - size / 2, rect.top() + rect.height() * 0.12, size, size)
    if shape == "pill":
        return QRectF(rect.left() + rect.height() * 0.3, rect.center().y() - size / 2, size, size)
    if shape in ("hexagon", "chevron", "octagon"):
        inset = min(rect.height() / 2, rect.width() / 4) * 0.5
        return QRectF(rect.left() + inset, rect.top() + 5, size, size)
    return QRectF(rect.left() + 6, rect.top() + 6, size, size)


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
    angle = math.atan2(tip.y() - towards.y(), tip.x() - towards.x())
    spread = math.radians(24)
    left = QPointF(tip.x() - size * math.cos(angle - spread), tip.y() - size * math.sin(angle - spread))
    right = QPointF(tip.x() - size * math.cos(angle + spread), tip.y() - size * math.sin(angle + spread))
    return QPolygonF([tip, left, right])
