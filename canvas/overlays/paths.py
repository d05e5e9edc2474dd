"""Routes between the nodes a ticket log records: the chain of flow edges from one recorded node
to the next (through decisions and surveys, which the log does not record), as scene polylines.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable

from PySide6.QtCore import QPointF

from blueprint_studio.canvas.scene import BlueprintScene

RECORDED_KINDS = frozenset({"step", "wait", "end"})


class Polyline:
    """Points with cumulative lengths, for placing a token a fraction of the way along."""

    __slots__ = ("xs", "ys", "cumulative", "length")

    def __init__(self, points: Iterable[QPointF]) -> None:
        pts = [(p.x(), p.y()) for p in points]
        self.xs = [p[0] for p in pts]
        self.ys = [p[1] for p in pts]
        self.cumulative = [0.0]
        for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
            self.cumulative.append(self.cumulative[-1] + math.hypot(x1 - x0, y1 - y0))
        self.length = self.cumulative[-1] if pts else 0.0

    def at(self, fraction: float) -> tuple[float, float]:
        if not self.xs:
            return 0.0, 0.0
        target = max(0.0, min(1.0, fraction)) * self.length
        cum = self.cumulative
        for i in range(1, len(cum)):
            if cum[i] >= target:
                span = cum[i] - cum[i - 1]
                f = (target - cum[i - 1]) / span if span > 0 else 0.0
                return (
                    self.xs[i - 1] + f * (self.xs[i] - self.xs[i - 1]),
                    self.ys[i - 1] + f * (self.ys[i] - self.ys[i - 1]),
                )
        return self.xs[-1], self.ys[-1]


class FlowPaths:
    """Edge chains and polylines between recorded nodes of a scene, cached per pair."""

    def __init__(self, scene: BlueprintScene) -> None:
        self.scene = scene
        self._chains: dict[tuple[str, str], tuple[str, ...]] = {}
        self._lines: dict[tuple[str, str], Polyline] = {}
        self._out: dict[str, list[tuple[str, str]]] = {}
        for edge in scene.document.blueprint.edges:
            if getattr(edge, "kind", "flow") == "flow":
                self._out.setdefault(edge.source, []).append((edge.id, edge.target))

    def chain(self, source: str, target: str) -> tuple[str, ...]:
        """Edge ids from `source` to `target`, passing only through unrecorded nodes (BFS)."""
        key = (source, target)
        if key not in self._chains:
            self._chains[key] = self._search(source, target)
        return self._chains[key]

    def _search(self, source: str, target: str) -> tuple[str, ...]:
        doc = self.scene.document
        queue: deque[tuple[str, tuple[str, ...]]] = deque([(source, ())])
        seen = {source}
        while queue:
            node, path = queue.popleft()
            for edge_id, nxt in self._out.get(node, ()):
                if nxt == target:
                    return path + (edge_id,)
                element = doc.element(nxt, "nodes")
                if nxt in seen or element is None or element.kind in RECORDED_KINDS:
                    continue
                seen.add(nxt)
                queue.append((nxt, path + (edge_id,)))
        return ()

    def polyline(self, source: str, target: str) -> Polyline:
        key = (source, target)
        line = self._lines.get(key)
        if line is None:
            points: list[QPointF] = []
            for edge_id in self.chain(source, target):
                item = self.scene.edges.get(edge_id)
                if item is not None and item.points:
                    points.extend(item.points)
            if not points:
                points = [self.centre(source), self.centre(target)]
            line = self._lines[key] = Polyline(points)
        return line

    def centre(self, node_id: str) -> QPointF:
        item = self.scene.nodes.get(node_id)
        return item.scene_rect().center() if item is not None else QPointF()
