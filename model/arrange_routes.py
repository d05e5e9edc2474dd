"""The routes of an arranged drawing, for Arrange automatically to choose between layouts: each
edge routed as the canvas and the PDF route it (`model.router`), loops drawn around the flow by
two bends where that crosses fewer edges, and the faults of the result (edges through nodes,
crossings, bends). Pure; no Qt.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from blueprint_studio.model import router
from blueprint_studio.model.geometry import Point, Rect

LOOP_GAP = 24.0  # how far out of the nodes a loop drawn around the flow passes, per loop

Positions = dict[str, tuple[float, float]]
Bends = dict[str, list[Point]]
Route = tuple[Rect, Rect, list[Point]]  # source, target, corner points


def faults(blueprint: Any, positions: Positions, bends: Bends | None = None) -> tuple[int, int, int]:
    """(edges through a node other than their ends, edge crossings, bends) of the drawing with the
    nodes at `positions` (the others where they are) and the edges' `bends`, routed by
    `model.router`."""
    rects = _rects(blueprint, positions)
    near = router.index(rects.values())
    routes = {
        e.id: (a, b, router.route(a, b, near, (bends or {}).get(e.id)))
        for e in blueprint.edges
        if (a := rects.get(e.source)) is not None and (b := rects.get(e.target)) is not None
    }
    return faults_of(routes, near)


def faults_of(routes: dict[str, Route], near: router.Near) -> tuple[int, int, int]:
    """The faults of routes among the nodes that `near` finds."""
    across, along = [], []  # (key, fixed, low, high) of vertical and horizontal segments
    through = bends = 0
    for key, (a, b, points) in routes.items():
        through += len(router.crossed(points, a, b, near))
        bends += max(0, len(points) - 2)
        for (x1, y1), (x2, y2) in zip(points, points[1:]):
            if abs(x1 - x2) < 1e-9:
                across.append((key, x1, min(y1, y2), max(y1, y2)))
            elif abs(y1 - y2) < 1e-9:
                along.append((key, y1, min(x1, x2), max(x1, x2)))
    crossings = sum(
        1 for k, x, y1, y2 in across for j, y, x1, x2 in along if k != j and x1 < x < x2 and y1 < y < y2
    )
    return through, crossings, bends


def loops_around(
    blueprint: Any, loops: Collection[str], positions: Positions
) -> tuple[Bends, dict[str, Route], router.Near, int]:
    """Draw each loop (the ids of edges reversed to break a cycle) around the flow, above or below
    the nodes between its ends (bends at its ends' centres), when that crosses fewer edges than its
    own route and passes through no node. Loops taken from the longest; each further loop above or
    below takes a track further out. Returns the loops' bends, every edge's route, the nodes'
    index and how many routes the router had to search a way around nodes for."""
    rects = _rects(blueprint, positions)
    near = router.index(rects.values())
    edges = [e for e in blueprint.edges if e.source in rects and e.target in rects]
    routes: dict[str, Route] = {}
    detours = 0
    for e in edges:
        a, b = rects[e.source], rects[e.target]
        points, detoured = router.plan(a, b, near)
        routes[e.id] = (a, b, points)
        detours += detoured
    result: Bends = {}
    tracks = [0, 0]  # loops drawn above, below
    for e in sorted(
        (e for e in edges if e.id in loops), key=lambda e: -abs(rects[e.source].cx - rects[e.target].cx)
    ):
        a, b = rects[e.source], rects[e.target]
        if abs(a.cx - b.cx) < 1:
            continue
        low, high = min(a.x, b.x), max(a.right, b.right)
        span = [r for r in rects.values() if r.right > low and r.x < high]
        others = [p for key, (_, _, p) in routes.items() if key != e.id]
        own = routes[e.id][2]
        best = (len(router.crossed(own, a, b, near)), _cuts(own, others))
        chosen = None
        for side, y in (
            (0, min(r.y for r in span) - LOOP_GAP * (tracks[0] + 1)),
            (1, max(r.bottom for r in span) + LOOP_GAP * (tracks[1] + 1)),
        ):
            bends = [(a.cx, y), (b.cx, y)]
            points = router.route(a, b, near, bends)
            score = (len(router.crossed(points, a, b, near)), _cuts(points, others))
            if score[0] == 0 and score < best:
                best, chosen = score, (side, bends, points)
        if chosen is not None:
            side, bends, points = chosen
            tracks[side] += 1
            result[e.id] = bends
            routes[e.id] = (a, b, points)
    return result, routes, near, detours


def _rects(blueprint: Any, positions: Positions) -> dict[str, Rect]:
    rects = {}
    for n in blueprint.nodes:
        x, y = positions.get(n.id, (n.x, n.y))
        rects[n.id] = Rect(x, y, n.width, n.height)
    return rects


def _cuts(points: Sequence[Point], others: Sequence[Sequence[Point]]) -> int:
    """How many times a route crosses the other routes (a horizontal piece across a vertical one)."""
    total = 0
    for q in others:
        for (x1, y1), (x2, y2) in zip(points, points[1:]):
            for (u1, v1), (u2, v2) in zip(q, q[1:]):
                if abs(y1 - y2) < 1e-9 and abs(u1 - u2) < 1e-9:
                    total += min(x1, x2) < u1 < max(x1, x2) and min(v1, v2) < y1 < max(v1, v2)
                elif abs(x1 - x2) < 1e-9 and abs(v1 - v2) < 1e-9:
                    total += min(u1, u2) < x1 < max(u1, u2) and min(y1, y2) < v1 < max(y1, y2)
    return total
