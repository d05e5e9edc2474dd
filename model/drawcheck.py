"""Checks on a drawing's geometry, for the tests and the benchmarks: edges through nodes, arrowheads
on one point, edges sharing a line. Pure functions of rectangles and routes (scene units); each
returns the faults it finds, one tuple per fault, an empty list when the drawing is clean. No Qt.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import NamedTuple

from blueprint_studio.model.geometry import Point, Rect
from blueprint_studio.model.router import Obstacles, crosses

__all__ = [
    "ArrowClash",
    "LabelOverlap",
    "NodeCrossing",
    "SharedTrunk",
    "arrow_clashes",
    "edge_crossings",
    "label_overlaps",
    "node_crossings",
    "shared_trunks",
]


class NodeCrossing(NamedTuple):
    edge: str
    node: str


class ArrowClash(NamedTuple):
    first: str
    second: str
    point: Point


class SharedTrunk(NamedTuple):
    first: str
    second: str
    length: float  # how long the two run on one line


def _bounds(points: Sequence[Point]) -> Rect:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def node_crossings(
    nodes: dict[str, Rect], routes: dict[str, list[Point]], ends: dict[str, tuple[str, str]]
) -> list[NodeCrossing]:
    """Edges whose route passes through the inside of a node other than its own two ends
    (`ends`: edge id -> (source, target)); touching a border is not crossing."""
    near = _index(nodes)
    faults = []
    for edge_id in sorted(routes):
        points = routes[edge_id]
        if len(points) < 2:
            continue
        own = ends.get(edge_id, ("", ""))
        for key, rect in sorted(near(_bounds(points))):
            if key not in own and crosses(points, rect):
                faults.append(NodeCrossing(edge_id, key))
    return faults


def _index(rects: dict[str, Rect]) -> Callable[[Rect], list[tuple[str, Rect]]]:
    """The (key, rectangle) pairs of `rects` that meet a region, found in the router's bucket grid
    (not by looking at every rectangle)."""
    index = Obstacles()
    keys: dict[int, list[str]] = defaultdict(list)  # the keys of each rectangle object
    for key, rect in rects.items():
        index.place(key, rect)
        keys[id(rect)].append(key)

    def near(region: Rect) -> list[tuple[str, Rect]]:
        found = {id(r): r for r in index.near(region)}
        return [(key, rect) for rect in found.values() for key in keys[id(rect)]]

    return near


def arrow_clashes(routes: dict[str, list[Point]], within: float = 1.0) -> list[ArrowClash]:
    """Pairs of edges whose last points (where their arrowheads land) lie `within` units."""
    return _same_points({key: pts[-1] for key, pts in routes.items() if pts}, within)


def shared_ends(routes: dict[str, list[Point]], within: float = 1.0) -> list[ArrowClash]:
    """Pairs of edges that start or end on one point (a shared port, arrowheads or departures)."""
    points = {}
    for key, pts in routes.items():
        if pts:
            points[key + "\x00start"] = pts[0]
            points[key + "\x00end"] = pts[-1]
    out = []
    for clash in _same_points(points, within):
        first, second = clash.first.split("\x00")[0], clash.second.split("\x00")[0]
        if first != second:
            out.append(ArrowClash(first, second, clash.point))
    return out


def _same_points(points: dict[str, Point], within: float) -> list[ArrowClash]:
    cell = max(within, 1e-3) * 2
    buckets: dict[tuple[int, int], list[str]] = {}
    faults = []
    for key in sorted(points):
        x, y = points[key]
        i, j = int(x // cell), int(y // cell)
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for other in buckets.get((i + di, j + dj), ()):
                    ox, oy = points[other]
                    if abs(ox - x) <= within and abs(oy - y) <= within:
                        faults.append(ArrowClash(other, key, (x, y)))
        buckets.setdefault((i, j), []).append(key)
    return faults


def shared_trunks(routes: dict[str, list[Point]], at_least: float = 1.0) -> list[SharedTrunk]:
    """Pairs of edges with segments on one line (within a hundredth of a unit) that overlap by
    more than `at_least` units: a trunk they share, where one cannot tell them apart."""
    lines: dict[tuple[int, float], list[tuple[float, float, str]]] = {}
    for key, pts in routes.items():
        for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
            if abs(y1 - y2) < 1e-6 and abs(x1 - x2) > 1e-6:
                lines.setdefault((0, round(y1, 2)), []).append((min(x1, x2), max(x1, x2), key))
            elif abs(x1 - x2) < 1e-6 and abs(y1 - y2) > 1e-6:
                lines.setdefault((1, round(x1, 2)), []).append((min(y1, y2), max(y1, y2), key))
    found: dict[tuple[str, str], float] = {}
    for spans in lines.values():
        spans.sort()
        for i, (_lo, hi, key) in enumerate(spans):
            for lo2, hi2, key2 in spans[i + 1 :]:
                if lo2 >= hi - at_least:
                    break
                overlap = min(hi, hi2) - lo2
                if key2 != key and overlap > at_least:
                    pair = (min(key, key2), max(key, key2))
                    found[pair] = found.get(pair, 0.0) + overlap
    return [SharedTrunk(a, b, length) for (a, b), length in sorted(found.items())]


def edge_crossings(routes: dict[str, list[Point]], of: str | None = None) -> list[tuple[str, str, Point]]:
    """Where a horizontal piece of one edge crosses a vertical piece of another (strictly inside
    both): (the edge of the horizontal piece, the edge of the vertical one, the point). `of`: only
    the crossings of that edge with the others."""
    across: list[tuple[str, float, float, float]] = []
    along: list[tuple[str, float, float, float]] = []
    for key, pts in routes.items():
        for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
            if abs(x1 - x2) < 1e-6 and abs(y1 - y2) > 1e-6:
                across.append((key, x1, min(y1, y2), max(y1, y2)))
            elif abs(y1 - y2) < 1e-6 and abs(x1 - x2) > 1e-6:
                along.append((key, y1, min(x1, x2), max(x1, x2)))
    if of is None:
        return _crossing(along, across)
    return _crossing(along, [p for p in across if p[0] == of]) + _crossing(
        [p for p in along if p[0] == of], across
    )


def _crossing(
    along: list[tuple[str, float, float, float]], across: list[tuple[str, float, float, float]]
) -> list[tuple[str, str, Point]]:
    return [
        (j, k, (x, y))
        for k, x, y1, y2 in across
        for j, y, x1, x2 in along
        if k != j and x1 < x < x2 and y1 < y < y2
    ]


class LabelOverlap(NamedTuple):
    label: str  # the edge whose label it is
    other: str  # the edge of the other label, or the node
    on_node: bool  # True: the label covers a node; False: another label
    area: float


def label_overlaps(
    nodes: dict[str, Rect], labels: dict[str, Rect], at_least: float = 0.5
) -> list[LabelOverlap]:
    """Labels (edge id -> box) that cover a node or another label by more than `at_least` units
    each way (touching is not overlapping): one fault per pair, label/label pairs once."""
    near_nodes, near_labels = _index(nodes), _index(labels)
    faults = []
    for key in sorted(labels):
        rect = labels[key]
        for other, node in sorted(near_nodes(rect)):
            w, h = _shared(rect, node)
            if w > at_least and h > at_least:
                faults.append(LabelOverlap(key, other, True, w * h))
    for key in sorted(labels):
        rect = labels[key]
        for other, box in sorted(near_labels(rect)):
            w, h = _shared(rect, box)
            if other > key and w > at_least and h > at_least:
                faults.append(LabelOverlap(key, other, False, w * h))
    return faults


def _shared(a: Rect, b: Rect) -> tuple[float, float]:
    return min(a.right, b.right) - max(a.x, b.x), min(a.bottom, b.bottom) - max(a.y, b.y)
