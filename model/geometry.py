"""The drawing's geometry, once for the canvas and the PDF: edge routes between node rectangles,
rounded polylines, arrowheads and node outlines as path operations, the title and icon boxes and
the kind icons. Pure functions over plain numbers (scene units, y downwards): the canvas turns them
into Qt paths, the PDF into reportlab paths, and neither adds geometry of its own.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from blueprint_studio.model.style import CORNER_RADIUS

GAP = 18.0  # how far a route clears a node before it turns
KAPPA = 0.5522847498  # control-point distance of a quarter ellipse as a cubic (Qt's QT_PATH_KAPPA)
ICON_SIZE = 12.0

Point = tuple[float, float]
# A path operation: ("move", (x, y)), ("line", (x, y)), ("cubic", (x1, y1, x2, y2, x, y)) or
# ("close", ()): what a QPainterPath and a reportlab path are both built from.
PathOp = tuple[str, tuple[float, ...]]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def intersects(self, other: Rect) -> bool:
        return not (
            other.x > self.right or other.right < self.x or other.y > self.bottom or other.bottom < self.y
        )

    def union(self, other: Rect) -> Rect:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)


# ---------------------------------------------------------------- edge routes


def orthogonal_route(a: Rect, b: Rect, waypoints: Sequence[Sequence[float]] | None = None) -> list[Point]:
    """Corner points from the side of `a` facing `b` to the side of `b` facing `a`."""
    if waypoints:
        return _through(a, b, [(float(p[0]), float(p[1])) for p in waypoints])
    if b.x >= a.right + 2 * GAP / 3:  # forward: right side to left side
        start, end = (a.right, a.cy), (b.x, b.cy)
        if abs(start[1] - end[1]) < 1:
            return [start, end]
        mid = (start[0] + end[0]) / 2
        return [start, (mid, start[1]), (mid, end[1]), end]
    if b.y >= a.bottom + GAP or a.y >= b.bottom + GAP:  # above or below
        down = b.y >= a.bottom
        start = (a.cx, a.bottom if down else a.y)
        end = (b.cx, b.y if down else b.bottom)
        if abs(start[0] - end[0]) < 1:
            return [start, end]
        mid = (start[1] + end[1]) / 2
        return [start, (start[0], mid), (end[0], mid), end]
    # Backwards or overlapping: leave below `a`, pass under both, come up into `b`.
    below = max(a.bottom, b.bottom) + GAP
    start, end = (a.cx, a.bottom), (b.cx, b.bottom)
    return [start, (start[0], below), (end[0], below), end]


def _through(a: Rect, b: Rect, points: list[Point]) -> list[Point]:
    route = [_border_towards(a, points[0])]
    for i, p in enumerate(points):
        last = route[-1]
        if abs(last[0] - p[0]) > 0.5 and abs(last[1] - p[1]) > 0.5:
            # Leave a side of `a` across it (a top or bottom side downwards or upwards).
            on_top_or_bottom = i == 0 and abs(last[1] - a.cy) >= 1
            route.append((last[0], p[1]) if on_top_or_bottom else (p[0], last[1]))
        route.append(p)
    end = _border_towards(b, points[-1])
    last = route[-1]
    if abs(last[0] - end[0]) > 0.5 and abs(last[1] - end[1]) > 0.5:
        # Arrive across the side of `b`: level into a left or right side, upright into the others.
        route.append((last[0], end[1]) if abs(end[1] - b.cy) < 1 else (end[0], last[1]))
    route.append(end)
    return route


def _border_towards(rect: Rect, p: Point) -> Point:
    """The point of `rect`'s border where a route to or from the waypoint `p` meets it: on the side
    facing `p`, level with `p` when `p` lies across that side (the route goes straight, with no
    hook to the side's middle), else at the side's middle."""
    if p[0] > rect.right:
        return (rect.right, _across(p[1], rect.y, rect.bottom))
    if p[0] < rect.x:
        return (rect.x, _across(p[1], rect.y, rect.bottom))
    return (_across(p[0], rect.x, rect.right), rect.bottom if p[1] > rect.cy else rect.y)


def _across(value: float, low: float, high: float) -> float:
    """`value` when it lies on the side from `low` to `high`, else the side's middle."""
    return value if low <= value <= high else (low + high) / 2


def straight_route(a: Rect, b: Rect) -> list[Point]:
    """From border to border along the line between the centres."""
    start, end = (a.cx, a.cy), (b.cx, b.cy)
    return [_clip(a, start, end, True), _clip(b, start, end, False)]


def _clip(rect: Rect, p1: Point, p2: Point, from_start: bool) -> Point:
    """Where the segment p1-p2 first crosses a side of `rect` (top, right, bottom, left)."""
    tl, tr, br, bl = (rect.x, rect.y), (rect.right, rect.y), (rect.right, rect.bottom), (rect.x, rect.bottom)
    for q1, q2 in ((tl, tr), (tr, br), (br, bl), (bl, tl)):
        point = _bounded_intersection(p1, p2, q1, q2)
        if point is not None:
            return point
    return p1 if from_start else p2


def _bounded_intersection(p1: Point, p2: Point, q1: Point, q2: Point) -> Point | None:
    """The crossing of two segments, or None (the arithmetic of Qt's QLineF.intersects)."""
    ax, ay = p2[0] - p1[0], p2[1] - p1[1]
    bx, by = q1[0] - q2[0], q1[1] - q2[1]
    cx, cy = p1[0] - q1[0], p1[1] - q1[1]
    denominator = ay * bx - ax * by
    if denominator == 0 or not math.isfinite(denominator):
        return None
    reciprocal = 1 / denominator
    na = (by * cx - bx * cy) * reciprocal
    if na < 0 or na > 1:
        return None
    nb = (ax * cy - ay * cx) * reciprocal
    if nb < 0 or nb > 1:
        return None
    return (p1[0] + ax * na, p1[1] + ay * na)


def distance(p: Point, q: Point) -> float:
    return math.hypot(q[0] - p[0], q[1] - p[1])


def towards(origin: Point, target: Point, length: float) -> Point:
    """The point `length` from `origin` on the way to `target`."""
    whole = distance(origin, target)
    if whole == 0:
        return origin
    t = length / whole
    return (origin[0] + (target[0] - origin[0]) * t, origin[1] + (target[1] - origin[1]) * t)


def rounded_route(points: Sequence[Point], radius: float = CORNER_RADIUS) -> list[PathOp]:
    """A polyline whose corners are rounded by up to `radius` (less on short segments): each
    corner a quadratic curve, written as the cubic it equals."""
    ops: list[PathOp] = [("move", points[0])]
    for prev, corner, nxt in zip(points, points[1:], points[2:]):
        r = min(radius, distance(prev, corner) / 2, distance(corner, nxt) / 2)
        if r < 0.5:
            ops.append(("line", corner))
            continue
        a, b = towards(corner, prev, r), towards(corner, nxt, r)
        ops += [("line", a), quad(a, corner, b)]
    ops.append(("line", points[-1]))
    return ops


def quad(start: Point, control: Point, end: Point) -> PathOp:
    """The quadratic curve from `start` as the cubic it equals (control points as Qt puts them)."""
    c1 = ((start[0] + 2 * control[0]) / 3, (start[1] + 2 * control[1]) / 3)
    c2 = ((end[0] + 2 * control[0]) / 3, (end[1] + 2 * control[1]) / 3)
    return ("cubic", (*c1, *c2, *end))


def arrow_head(tip: Point, towards_: Point, size: float = 9.0) -> list[Point]:
    """The three corners of a triangle at `tip`, pointing away from `towards_`."""
    angle = math.atan2(tip[1] - towards_[1], tip[0] - towards_[0])
    spread = math.radians(24)
    return [
        tip,
        (tip[0] - size * math.cos(angle - spread), tip[1] - size * math.sin(angle - spread)),
        (tip[0] - size * math.cos(angle + spread), tip[1] - size * math.sin(angle + spread)),
    ]


def longest_segment(points: Sequence[Point]) -> tuple[Point, Point]:
    """The longest segment of a route (the first of equals)."""
    best, length = (points[0], points[-1]), -1.0
    for p, q in zip(points, points[1:]):
        seg = distance(p, q)
        if seg > length:
            best, length = (p, q), seg
    return best


def label_anchor(points: Sequence[Point]) -> Point:
    """The middle of the longest segment: where a label reads best."""
    p, q = longest_segment(points)
    return ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)


# ---------------------------------------------------------------- node shapes


def outline(shape: str, r: Rect) -> list[PathOp]:
    """The outline of a node of `shape` filling `r`."""
    l, t, rt, b, cx, cy, w, h = r.x, r.y, r.right, r.bottom, r.cx, r.cy, r.w, r.h
    if shape == "diamond":
        return polygon([(cx, t), (rt, cy), (cx, b), (l, cy)])
    if shape == "hexagon":
        d = min(h / 2, w / 4)
        return polygon([(l + d, t), (rt - d, t), (rt, cy), (rt - d, b), (l + d, b), (l, cy)])
    if shape == "octagon":
        d = min(h, w) * 0.28
        return polygon(
            [
                (l + d, t),
                (rt - d, t),
                (rt, t + d),
                (rt, b - d),
                (rt - d, b),
                (l + d, b),
                (l, b - d),
                (l, t + d),
            ]
        )
    if shape == "chevron":
        d = min(h / 2, w / 5)
        return polygon([(l, t), (rt - d, t), (rt, cy), (rt - d, b), (l, b), (l + d, cy)])
    if shape == "note":
        fold = min(14.0, h / 3)
        return polygon([(l, t), (rt - fold, t), (rt, t + fold), (rt, b), (l, b)])
    if shape == "document":
        wave = min(10.0, h / 6)
        return [
            ("move", (l, t)),
            ("line", (rt, t)),
            ("line", (rt, b - wave)),
            ("cubic", (rt - w * 0.25, b - 2.6 * wave, l + w * 0.35, b + 1.2 * wave, l, b - wave)),
            ("close", ()),
        ]
    if shape == "pill":
        return rounded_rect(r, h / 2, h / 2)
    return rounded_rect(r, 8.0, 8.0)


def polygon(points: Sequence[Point]) -> list[PathOp]:
    """A closed polygon through `points`."""
    return [("move", points[0]), *(("line", p) for p in points[1:]), ("close", ())]


def rounded_rect(r: Rect, rx: float, ry: float) -> list[PathOp]:
    """A rectangle with elliptic corners of radii `rx`, `ry`, each at most half the side (as Qt's
    addRoundedRect draws it: from the left side's top, clockwise on screen)."""
    rx, ry = min(rx, r.w / 2), min(ry, r.h / 2)
    if rx <= 0 or ry <= 0:
        return polygon([(r.x, r.y), (r.right, r.y), (r.right, r.bottom), (r.x, r.bottom)])
    l, t, rt, b = r.x, r.y, r.right, r.bottom
    kx, ky = rx * KAPPA, ry * KAPPA
    ops: list[PathOp] = [("move", (l, t + ry))]
    corners = (
        ((l, t + ry - ky, l + rx - kx, t, l + rx, t), (rt - rx, t)),
        ((rt - rx + kx, t, rt, t + ry - ky, rt, t + ry), (rt, b - ry)),
        ((rt, b - ry + ky, rt - rx + kx, b, rt - rx, b), (l + rx, b)),
        ((l + rx - kx, b, l, b - ry + ky, l, b - ry), (l, t + ry)),
    )
    for curve, side_end in corners:
        ops.append(("cubic", curve))
        if side_end != curve[4:]:
            ops.append(("line", side_end))
    ops.append(("close", ()))
    return ops


def text_box(shape: str, r: Rect) -> Rect:
    """Where the title goes inside a node of `shape` (clear of slanted sides and the icon); on a
    very small node it may have no room left (a width or height of zero or less)."""
    if shape == "diamond":
        dx, dy = r.w * 0.2, r.h * 0.22
        return Rect(r.x + dx, r.y + dy, r.w - dx - dx, r.h - dy - dy)
    if shape in ("hexagon", "chevron", "octagon"):
        inset = min(r.h / 2, r.w / 4)
        return Rect(r.x + inset, r.y + 4, r.w - 12 - inset, r.h - 4 - 4)
    if shape == "pill":
        left = r.h * 0.3 + 16
        return Rect(r.x + left, r.y + 4, r.w - r.h * 0.3 - left, r.h - 4 - 4)
    return Rect(r.x + 24, r.y + 4, r.w - 8 - 24, r.h - 6 - 4)


def icon_box(shape: str, r: Rect) -> Rect:
    """A small square for the kind icon, top-left inside the outline."""
    size = ICON_SIZE
    if shape == "diamond":
        return Rect(r.cx - size / 2, r.y + r.h * 0.12, size, size)
    if shape == "pill":
        return Rect(r.x + r.h * 0.3, r.cy - size / 2, size, size)
    if shape in ("hexagon", "chevron", "octagon"):
        return Rect(r.x + min(r.h / 2, r.w / 4) * 0.5, r.y + 5, size, size)
    return Rect(r.x + 6, r.y + 6, size, size)


# ---------------------------------------------------------------- kind icons


@dataclass(frozen=True)
class Mark:
    """One stroke of a kind icon, in the pen's colour (and filled with it when `filled`).
    kind: "rect" (x, y, w, h), "line" (x1, y1, x2, y2), "polyline" and "polygon" (x, y, x, y, …),
    "ellipse" (x, y, w, h: the bounding box), "arc" (x, y, w, h, start, span: degrees counter-
    clockwise from three o'clock, as seen), or "path" (`ops`)."""

    kind: str
    values: tuple[float, ...] = ()
    filled: bool = False
    ops: tuple[PathOp, ...] = ()


ICON_PEN_WIDTH = 1.3


def icon_marks(name: str, box: Rect) -> list[Mark]:
    """Small vector glyphs: readable at 12 units, no font or image needed."""
    l, t, w, h, cx, cy = box.x, box.y, box.w, box.h, box.cx, box.cy
    if name == "intake":  # an envelope
        return [Mark("rect", (l, t + 2, w, h - 4)), Mark("polyline", (l, t + 2, cx, cy, l + w, t + 2))]
    if name == "step":  # a person
        return [Mark("ellipse", (cx - 2.5, t, 5, 5)), Mark("arc", (l + 1, t + 6, w - 2, h, 0, 180))]
    if name == "decision":  # a fork
        return [
            Mark("line", (l, cy, cx, cy)),
            Mark("line", (cx, cy, l + w, t + 1)),
            Mark("line", (cx, cy, l + w, t + h - 1)),
        ]
    if name == "wait":  # an hourglass
        return [Mark("polygon", (l + 2, t, l + w - 2, t, l + 2, t + h, l + w - 2, t + h))]
    if name == "satisfaction":  # a smile
        return [Mark("ellipse", (l, t, w, h)), Mark("arc", (l + 3, t + 3, w - 6, h - 6, 200, 140))]
    if name == "roadmap":  # a flag
        return [
            Mark("line", (l + 2, t, l + 2, t + h)),
            Mark("polygon", (l + 2, t, l + w, t + 3, l + 2, t + 6), filled=True),
        ]
    if name == "end":  # a target
        return [Mark("ellipse", (l, t, w, h)), Mark("ellipse", (cx - 2.5, cy - 2.5, 5, 5), filled=True)]
    if name == "evidence":  # an eye: what the customer sees
        eye = (
            ("move", (l, cy)),
            quad((l, cy), (cx, t - 2), (l + w, cy)),
            quad((l + w, cy), (cx, t + h + 2), (l, cy)),
        )
        return [Mark("path", ops=eye), Mark("ellipse", (cx - 2, cy - 2, 4, 4))]
    if name == "system":  # a lightning bolt: automation
        bolt = (cx + 1, t, l + 2, cy + 1, cx, cy + 1, cx - 1, t + h, l + w - 2, cy - 1, cx, cy - 1)
        return [Mark("polygon", bolt, filled=True)]
    if name == "self_service":  # a screen on its stand: the customer helps themself
        return [
            Mark("rect", (l, t + 1, w, h - 5)),
            Mark("line", (cx, t + h - 4, cx, t + h - 1)),
            Mark("line", (cx - 3, t + h - 1, cx + 3, t + h - 1)),
        ]
    if name == "note":  # lines of text
        return [
            Mark("line", (l, t + 2 + k * 4, l + w - (4 if k == 2 else 0), t + 2 + k * 4)) for k in range(3)
        ]
    return []
