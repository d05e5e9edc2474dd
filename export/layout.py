"""Where everything of a blueprint sits in scene units (points, y downwards), as the canvas lays
it out: lane and stage bands, the derived lines, node rectangles and orthogonal edge routes (those
of `model.geometry`, which the canvas draws too). Pure geometry over the model; it never draws.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from blueprint_studio.model import router
from blueprint_studio.model.geometry import Point, Rect, longest_segment
from blueprint_studio.model.layout import Band, extent, lane_bands, stage_bands
from blueprint_studio.model.schema import Blueprint
from blueprint_studio.model.style import LANE_HEADER_WIDTH, LINES, MIN_EXTENT, STAGE_HEADER_HEIGHT

__all__ = ["MARGIN", "Layout", "Point", "Rect", "label_place", "layout"]

MARGIN = 24.0  # room around the drawing for edge labels and loops


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
    near = router.index(nodes.values())
    for edge in blueprint.edges:
        a, b = nodes.get(edge.source), nodes.get(edge.target)
        if a is not None and b is not None:
            result.routes[edge.id] = router.route(a, b, near, edge.waypoints)
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


def label_place(points: list[Point]) -> tuple[Point, bool, float]:
    """(middle of the longest segment, whether it is horizontal, its length)."""
    (x1, y1), (x2, y2) = longest_segment(points)
    length = abs(x2 - x1) + abs(y2 - y1)
    return ((x1 + x2) / 2, (y1 + y2) / 2), abs(y2 - y1) < 0.5 and abs(x2 - x1) >= 0.5, length
