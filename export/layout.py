"""Where everything of a blueprint sits in scene units (points, y downwards), as the canvas lays
it out: lane and stage bands, the derived lines, node rectangles and orthogonal edge routes.
Pure geometry over the model (the canvas's Qt routing, restated without Qt); it never draws.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from blueprint_studio.model.layout import Band, extent, lane_bands, stage_bands
from blueprint_studio.model.schema import Blueprint
from blueprint_studio.model.style import LANE_HEADER_WIDTH, LINES, MIN_EXTENT, STAGE_HEADER_HEIGHT

GAP = 18.0  # how far a route clears a node before it turns (canvas.routing.GAP)
MARGIN = 24.0  # room around the drawing for edge labels and loops
Point = tuple[float, float]


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


@dataclass
class Layout:
    lanes: list[Band]
    stages: list[Band]
    lines: list[tuple[str, float]]  # (line code, y) at lane boundaries
    extent: float  # right edge of lanes and stages
    nodes: dict[str, Rect]
    routes: dict[str, list[Point]] = field(default_factory=dict)
    bounds: Rect = Rect(0, 0, 1, 1)


def layout(blueprint: Blueprint) -> Layout:
    nodes = {n.id: Rect(n.x, n.y, n.width, n.height) for n in blueprint.nodes}
    width = extent(blueprint.nodes, blueprint.stages)
    lanes = lane_bands(blueprint.lanes)
    lines = [
        (code, upper.end)
        for above, below, upper in zip(blueprint.lanes, blueprint.lanes[1:], lanes)
        if (code := LINES.get((above.kind, below.kind)))
    ]
    result = Layout(lanes, stage_bands(blueprint.stages), lines, width, nodes)
    for edge in blueprint.edges:
        a, b = nodes.get(edge.source), nodes.get(edge.target)
        if a is not None and b is not None:
            result.routes[edge.id] = route(a, b, [tuple(p) for p in edge.waypoints])
    result.bounds = _bounds(result, blueprint)
    return result


def _bounds(lay: Layout, blueprint: Blueprint) -> Rect:
    box: Rect | None = None
    if lay.lanes or lay.stages:
        left = -LANE_HEADER_WIDTH if lay.lanes else 0.0
        top = -STAGE_HEADER_HEIGHT if lay.stages else 0.0
        depth = lay.lanes[-1].end if lay.lanes else 0.0
        box = Rect(left, top, lay.extent - left, max(depth - top, 1.0))
    for rect in lay.nodes.values():
        box = rect if box is None else box.union(rect)
    for points in lay.routes.values():
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        spread = Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        box = spread if box is None else box.union(spread)
    if box is None:
        box = Rect(0, 0, MIN_EXTENT, 200)
    return Rect(box.x - MARGIN, box.y - MARGIN, box.w + 2 * MARGIN, box.h + 2 * MARGIN)


# ---------------------------------------------------------------- edge routes


def route(a: Rect, b: Rect, waypoints: list[Point] | None = None) -> list[Point]:
    """Corner points from the side of `a` facing `b` to the side of `b` facing `a`."""
    if waypoints:
        return _through(a, b, waypoints)
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
    below = max(a.bottom, b.bottom) + GAP  # backwards: pass under both
    start, end = (a.cx, a.bottom), (b.cx, b.bottom)
    return [start, (start[0], below), (end[0], below), end]


def _through(a: Rect, b: Rect, points: list[Point]) -> list[Point]:
    result = [_border_towards(a, points[0])]
    for p in points:
        last = result[-1]
        if abs(last[0] - p[0]) > 0.5 and abs(last[1] - p[1]) > 0.5:
            result.append((p[0], last[1]))
        result.append(p)
    end = _border_towards(b, points[-1])
    last = result[-1]
    if abs(last[0] - end[0]) > 0.5 and abs(last[1] - end[1]) > 0.5:
        result.append((end[0], last[1]) if abs(end[1] - b.cy) < 1 else (last[0], end[1]))
    result.append(end)
    return result


def _border_towards(rect: Rect, p: Point) -> Point:
    if p[0] > rect.right:
        return (rect.right, rect.cy)
    if p[0] < rect.x:
        return (rect.x, rect.cy)
    return (rect.cx, rect.bottom if p[1] > rect.cy else rect.y)


def label_anchor(points: list[Point]) -> Point:
    """The middle of the longest segment: where a label reads best."""
    best, length = (points[0], points[-1]), -1.0
    for p, q in zip(points, points[1:]):
        seg = abs(q[0] - p[0]) + abs(q[1] - p[1])
        if seg > length:
            best, length = (p, q), seg
    return ((best[0][0] + best[1][0]) / 2, (best[0][1] + best[1][1]) / 2)


def label_place(points: list[Point]) -> tuple[Point, bool, float]:
    """(middle of the longest segment, whether it is horizontal, its length)."""
    best, length = (points[0], points[-1]), -1.0
    for p, q in zip(points, points[1:]):
        seg = abs(q[0] - p[0]) + abs(q[1] - p[1])
        if seg > length:
            best, length = (p, q), seg
    (x1, y1), (x2, y2) = best
    return ((x1 + x2) / 2, (y1 + y2) / 2), abs(y2 - y1) < 0.5 and abs(x2 - x1) >= 0.5, length
