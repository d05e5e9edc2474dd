"""Where everything of a blueprint sits in scene units (points, y downwards), as the canvas lays
it out: lane and stage bands, the derived lines, node rectangles and orthogonal edge routes (those
of `model.geometry`, which the canvas draws too). Pure geometry over the model; it never draws.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from blueprint_studio.export.fonts import string_width
from blueprint_studio.model import labels, ports, router
from blueprint_studio.model.geometry import Point, Rect
from blueprint_studio.model.layout import Band, extent, lane_bands, stage_bands
from blueprint_studio.model.schema import Blueprint
from blueprint_studio.model.style import LANE_HEADER_WIDTH, LINES, MIN_EXTENT, STAGE_HEADER_HEIGHT, node_style

__all__ = ["MARGIN", "Layout", "Point", "Rect", "LabelBox", "label_boxes", "layout", "routes"]

MARGIN = 24.0  # room around the drawing for edge labels and loops
LABEL_SIZE = 7.5  # points: the edge labels' text
LABEL_LEADING = LABEL_SIZE * 1.2
LABEL_WIDTH = 150.0  # a caption's part wraps there, on two lines at most


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
    result.routes = routes(blueprint, nodes)
    result.bounds = _bounds(result, blueprint)
    return result


def routes(blueprint: Blueprint, nodes: dict[str, Rect] | None = None) -> dict[str, list[Point]]:
    """Every edge's route, as the canvas draws it: each edge's own route around the nodes
    (`model.router`), then the ends on one side of a node spread and shared lines nudged apart
    (`model.ports`)."""
    if nodes is None:
        nodes = {n.id: Rect(n.x, n.y, n.width, n.height) for n in blueprint.nodes}
    near = router.index(nodes.values())
    shapes = {n.id: node_style(n.kind).shape for n in blueprint.nodes}
    own, blocked = [], {}
    for edge in blueprint.edges:
        a, b = nodes.get(edge.source), nodes.get(edge.target)
        if a is not None and b is not None:
            base, _detour, blocked[edge.id] = router.plan_checked(a, b, near, edge.waypoints)
            own.append((edge.id, edge.source, edge.target, base, edge.waypoints or ()))
    return ports.settle_all(own, nodes, near, shapes.__getitem__, blocked)


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


class LabelBox(NamedTuple):
    """An edge label on paper: its caption's parts as wrapped lines, and its box."""

    parts: tuple[tuple[str, ...], ...]
    rect: Rect
    covered: bool  # no clear place along the edge: drawn over the nodes, where it stays readable

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(line for part in self.parts for line in part)


def label_boxes(lay: Layout, captions: Iterable[tuple[str, Sequence[str]]]) -> dict[str, LabelBox]:
    """Every edge label's lines and box (`captions`: edge id and the caption's parts, printable,
    in edge order), placed by `model.labels` as the canvas places them, with reportlab's widths
    at `LABEL_SIZE`: each clear of every node and of the labels placed before it, inside the
    drawing's bounds, and off the other edges' lines when it can."""
    wrapped: dict[str, labels.Caption] = {}
    sizes = []
    for key, parts in captions:
        points = lay.routes.get(key)
        if points:
            wrapped[key] = labels.caption_lines(parts, _label_width, LABEL_WIDTH)
            size = labels.box_size(wrapped[key].lines, _label_width, LABEL_LEADING)
            sizes.append((key, points, size))
    # Edges without a label: their lines, which labels keep off when they can.
    sizes += [(key, points, (0.0, 0.0)) for key, points in lay.routes.items() if key not in wrapped]
    placed = labels.place_all(sizes, lay.nodes.values(), lay.bounds)
    out = {}
    for key, spot in placed.items():
        rect = _inside(spot.rect, lay.bounds)
        covered = spot.overlap > 0 and any(labels.area(rect, n) > 0 for n in lay.nodes.values())
        out[key] = LabelBox(wrapped[key].parts, rect, covered)
    return out


def _label_width(text: str) -> float:
    return string_width(text, LABEL_SIZE)


def _inside(rect: Rect, bounds: Rect) -> Rect:
    """`rect` moved into `bounds` (when no place inside was found)."""
    x = min(max(rect.x, bounds.x), bounds.right - rect.w)
    y = min(max(rect.y, bounds.y), bounds.bottom - rect.h)
    return Rect(x, y, rect.w, rect.h)
