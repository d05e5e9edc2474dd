"""The routes of an arranged drawing, for Arrange automatically to choose between layouts: each
edge routed as the canvas and the PDF route it (`model.router`), loops drawn around the flow by
two bends where that crosses fewer edges, and the faults of the result (edges through nodes,
crossings, bends). Pure; no Qt.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from blueprint_studio.model import drawcheck, router
from blueprint_studio.model.geometry import Point, Rect

LOOP_GAP = 24.0  # how far out of the nodes a loop drawn around the flow passes, per loop

Positions = dict[str, tuple[float, float]]
Bends = dict[str, list[Point]]
Faults = tuple[int, int, int]  # edges through nodes, edge crossings, bends: fewer is better


def faults(
    rects: dict[str, Rect], routes: dict[str, list[Point]], ends: dict[str, tuple[str, str]]
) -> Faults:
    """(edges through a node other than their ends, edge crossings, bends) of the routes among the
    nodes `rects` (`ends`: edge id -> (source, target)), counted as the drawing checks count them
    (`model.drawcheck`)."""
    return (
        len(drawcheck.node_crossings(rects, routes, ends)),
        len(drawcheck.edge_crossings(routes)),
        sum(max(0, len(points) - 2) for points in routes.values()),
    )


def loops_around(blueprint: Any, loops: Collection[str], positions: Positions) -> tuple[Bends, Faults, int]:
    """Draw each loop (the ids of edges reversed to break a cycle) around the flow, above or below
    the nodes between its ends (bends at its ends' centres), when that crosses fewer edges than its
    own route and passes through no node. Loops taken from the longest; each further loop above or
    below takes a track further out. Returns the loops' bends, the `faults` of every edge's route and
    how many routes the router had to search a way around nodes for."""
    rects = _rects(blueprint, positions)
    near = router.index(rects.values())
    edges = [e for e in blueprint.edges if e.source in rects and e.target in rects]
    routes: dict[str, list[Point]] = {}
    detours = 0
    for e in edges:
        routes[e.id], detoured = router.plan(rects[e.source], rects[e.target], near)
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
        own = routes[e.id]
        best = (len(router.crossed(own, a, b, near)), len(drawcheck.edge_crossings(routes, of=e.id)))
        chosen = None
        for side, y in (
            (0, min(r.y for r in span) - LOOP_GAP * (tracks[0] + 1)),
            (1, max(r.bottom for r in span) + LOOP_GAP * (tracks[1] + 1)),
        ):
            bends = [(a.cx, y), (b.cx, y)]
            points = router.route(a, b, near, bends)
            trial = {**routes, e.id: points}
            score = (len(router.crossed(points, a, b, near)), len(drawcheck.edge_crossings(trial, of=e.id)))
            if score[0] == 0 and score < best:
                best, chosen = score, (side, bends, points)
        if chosen is not None:
            side, bends, points = chosen
            tracks[side] += 1
            result[e.id] = bends
            routes[e.id] = points
    ends = {e.id: (e.source, e.target) for e in edges}
    return result, faults(rects, routes, ends), detours


def _rects(blueprint: Any, positions: Positions) -> dict[str, Rect]:
    rects = {}
    for n in blueprint.nodes:
        x, y = positions.get(n.id, (n.x, n.y))
        rects[n.id] = Rect(x, y, n.width, n.height)
    return rects
