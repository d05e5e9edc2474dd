"""Edge routes between two node rectangles as Qt values: the geometry of `model.geometry` (which
the PDF draws too), converted to points and painter paths. It knows nothing of items or scenes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

from blueprint_studio.model import geometry
from blueprint_studio.model.geometry import PathOp
from blueprint_studio.model.style import CORNER_RADIUS


def rect_of(rect: QRectF) -> geometry.Rect:
    return geometry.Rect(rect.x(), rect.y(), rect.width(), rect.height())


def points_of(points: Sequence[QPointF]) -> list[geometry.Point]:
    return [(p.x(), p.y()) for p in points]


def to_points(points: Sequence[geometry.Point]) -> list[QPointF]:
    return [QPointF(x, y) for x, y in points]


def to_qrect(rect: geometry.Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def straight(a: QRectF, b: QRectF) -> list[QPointF]:
    """From border to border along the line between the centres."""
    return to_points(geometry.straight_route(rect_of(a), rect_of(b)))


def painter_path(ops: Sequence[PathOp]) -> QPainterPath:
    """A QPainterPath made of `model.geometry` path operations."""
    path = QPainterPath()
    if ops[-1][0] == "close" and all(op == "line" for op, _ in ops[1:-1]):
        # A polygon keeps a zero-length side (lineTo would drop it), as the canvas always drew it.
        path.addPolygon(QPolygonF([QPointF(*args) for _, args in ops[:-1]]))
        path.closeSubpath()
        return path
    for op, args in ops:
        if op == "move":
            path.moveTo(*args)
        elif op == "line":
            path.lineTo(*args)
        elif op == "cubic":
            path.cubicTo(*args)
        else:
            path.closeSubpath()
    return path


def rounded_path(points: list[QPointF], radius: float = CORNER_RADIUS) -> QPainterPath:
    """A polyline whose corners are rounded by up to `radius` (less on short segments)."""
    return painter_path(geometry.rounded_route(points_of(points), radius))


def label_anchor(points: list[QPointF]) -> QPointF:
    """The middle of the longest segment: where a label reads best."""
    return QPointF(*geometry.label_anchor(points_of(points)))
