"""Edge routes between two node rectangles: orthogonal with rounded corners, or straight.

Pure geometry on Qt value types; it knows nothing of items, scenes or the document.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF
from PySide6.QtGui import QPainterPath

from blueprint_studio.model.style import CORNER_RADIUS

GAP = 18.0  # how far a route clears a node before it turns


def orthogonal(a: QRectF, b: QRectF, waypoints: list[tuple[float, float]] | None = None) -> list[QPointF]:
    """Corner points from the side of `a` facing `b` to the side of `b` facing `a`."""
    if waypoints:
        return _through(a, b, [QPointF(x, y) for x, y in waypoints])
    ac, bc = a.center(), b.center()
    if b.left() >= a.right() + 2 * GAP / 3:  # forward: right side to left side
        start, end = QPointF(a.right(), ac.y()), QPointF(b.left(), bc.y())
        if abs(start.y() - end.y()) < 1:
            return [start, end]
        mid = (start.x() + end.x()) / 2
        return [start, QPointF(mid, start.y()), QPointF(mid, end.y()), end]
    if b.top() >= a.bottom() + GAP or a.top() >= b.bottom() + GAP:  # above or below
        down = b.top() >= a.bottom()
        start = QPointF(ac.x(), a.bottom() if down else a.top())
        end = QPointF(bc.x(), b.top() if down else b.bottom())
        if abs(start.x() - end.x()) < 1:
            return [start, end]
        mid = (start.y() + end.y()) / 2
        return [start, QPointF(start.x(), mid), QPointF(end.x(), mid), end]
    # Backwards or overlapping: leave below `a`, pass under both, come up into `b`.
    below = max(a.bottom(), b.bottom()) + GAP
    start, end = QPointF(ac.x(), a.bottom()), QPointF(bc.x(), b.bottom())
    return [start, QPointF(start.x(), below), QPointF(end.x(), below), end]


def _through(a: QRectF, b: QRectF, points: list[QPointF]) -> list[QPointF]:
    route = [_border_towards(a, points[0])]
    for p in points:
        last = route[-1]
        if abs(last.x() - p.x()) > 0.5 and abs(last.y() - p.y()) > 0.5:
            route.append(QPointF(p.x(), last.y()))
        route.append(p)
    end = _border_towards(b, points[-1])
    last = route[-1]
    if abs(last.x() - end.x()) > 0.5 and abs(last.y() - end.y()) > 0.5:
        route.append(
            QPointF(end.x(), last.y()) if abs(end.y() - b.center().y()) < 1 else QPointF(last.x(), end.y())
        )
    route.append(end)
    return route


def _border_towards(rect: QRectF, p: QPointF) -> QPointF:
    c = rect.center()
    if p.x() > rect.right():
        return QPointF(rect.right(), c.y())
    if p.x() < rect.left():
        return QPointF(rect.left(), c.y())
    return QPointF(c.x(), rect.bottom() if p.y() > c.y() else rect.top())


def straight(a: QRectF, b: QRectF) -> list[QPointF]:
    """From border to border along the line between the centres."""
    line = QLineF(a.center(), b.center())
    return [_clip(a, line, True), _clip(b, line, False)]


def _clip(rect: QRectF, line: QLineF, from_start: bool) -> QPointF:
    sides = (
        QLineF(rect.topLeft(), rect.topRight()),
        QLineF(rect.topRight(), rect.bottomRight()),
        QLineF(rect.bottomRight(), rect.bottomLeft()),
        QLineF(rect.bottomLeft(), rect.topLeft()),
    )
    for side in sides:
        kind, point = line.intersects(side)
        if kind == QLineF.IntersectionType.BoundedIntersection:
            return point
    return line.p1() if from_start else line.p2()


def rounded_path(points: list[QPointF], radius: float = CORNER_RADIUS) -> QPainterPath:
    """A polyline whose corners are rounded by up to `radius` (less on short segments)."""
    path = QPainterPath(points[0])
    for i in range(1, len(points) - 1):
        prev, corner, nxt = points[i - 1], points[i], points[i + 1]
        r = min(radius, QLineF(prev, corner).length() / 2, QLineF(corner, nxt).length() / 2)
        if r < 0.5:
            path.lineTo(corner)
            continue
        path.lineTo(_towards(corner, prev, r))
        path.quadTo(corner, _towards(corner, nxt, r))
    path.lineTo(points[-1])
    return path


def _towards(origin: QPointF, target: QPointF, distance: float) -> QPointF:
    line = QLineF(origin, target)
    length = line.length()
    if length == 0:
        return QPointF(origin)
    t = distance / length
    return QPointF(origin.x() + (target.x() - origin.x()) * t, origin.y() + (target.y() - origin.y()) * t)


def label_anchor(points: list[QPointF]) -> QPointF:
    """The middle of the longest segment: where a label reads best."""
    best, length = (points[0], points[-1]), -1.0
    for p, q in zip(points, points[1:]):
        seg = QLineF(p, q).length()
        if seg > length:
            best, length = (p, q), seg
    return (best[0] + best[1]) / 2


def place_label(points: list[QPointF], size: QSizeF, avoid: tuple[QRectF, ...] = ()) -> QRectF:
    """A rectangle of `size` for an edge's label: on the longest segment when it fits there and
    clears the `avoid` rectangles (the end nodes), else beside a segment, longest first; when
    nothing clears them, where it covers them least."""
    segments = sorted(zip(points, points[1:]), key=lambda s: -QLineF(*s).length())
    best, least = QRectF(points[0], size), float("inf")
    if len(segments) == 1 and not avoid:
        best.moveCenter((points[0] + points[-1]) / 2)
        return best
    for p, q in segments:
        for rect in _label_candidates(p, q, size):
            overlap = sum(_area(rect.intersected(r)) for r in avoid)
            if overlap == 0:
                return rect
            if overlap < least:
                best, least = rect, overlap
    return best


def _area(rect: QRectF) -> float:
    return 0.0 if rect.isEmpty() else rect.width() * rect.height()


def _label_candidates(p: QPointF, q: QPointF, size: QSizeF) -> list[QRectF]:
    """On the segment's middle (when it is long enough), then above it or right and left of it."""
    mid = (p + q) / 2
    on = QRectF(QPointF(), size)
    on.moveCenter(mid)
    length = QLineF(p, q).length()
    horizontal = abs(p.y() - q.y()) < 0.5
    rects = [on] if length >= (size.width() if horizontal else size.height()) + 12 else []
    above, right, left = QRectF(on), QRectF(on), QRectF(on)
    above.moveBottom(mid.y() - 3)
    right.moveLeft(mid.x() + 4)
    left.moveRight(mid.x() - 4)
    rects += [above] if horizontal else [right, left]
    if not horizontal:
        rects.append(above)
    return rects
