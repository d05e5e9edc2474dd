"""Where edges meet their nodes and where they run side by side, once for the screen and the PDF.

`model.router` gives each edge its own route, ending in the middle of a side. This pass looks at
them together: the ends that meet one side of a node are spread along it (ordered by where each
route turns, so that they do not cross near the node, with a margin from the corners), and the
inner segments of different edges that run on one line and overlap (a shared trunk) are nudged
apart, unless that would take a route through a node. `RouteSet` keeps what it needs to redo only
the sides and lines an edge touches, so a drag re-settles a few edges, and settling everything at
once (the PDF) or edge by edge (the canvas) gives the same routes. No Qt.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from blueprint_studio.model.collector import collector_paused
from blueprint_studio.model.geometry import Point, Rect
from blueprint_studio.model.router import Near, bounds_of, crossed, crosses

PORT_GAP = 12.0  # the distance between two ends on one side of a node
CORNER = 12.0  # no end closer than this to a corner of the side
SPREAD = 8.0  # the distance between two edges nudged off a shared line
_EPS = 1e-6

# Sides as in `model.router`: 0 right, 1 left, 2 bottom, 3 top (the way a route leaves them).
_OUT: tuple[tuple[int, int], ...] = ((1, 0), (-1, 0), (0, 1), (0, -1))

End = tuple[str, int]  # (edge id, 0 for the source end, 1 for the target end)
LineKey = tuple[int, float]  # (0 horizontal at y / 1 vertical at x, the coordinate)


@dataclass
class _Edge:
    source: str
    target: str
    a: Rect
    b: Rect
    base: list[Point]
    keep: frozenset[Point]  # hand-placed waypoints: they never move, nor do the lines through them
    sides: tuple[int | None, int | None] = (None, None)
    blocked: bool | None = None  # whether `base` itself crosses a node: found once, when needed

    @property
    def fixed(self) -> bool:
        return bool(self.keep)

    def pinned(self, which: int) -> bool:
        """Whether that end's first corner is a waypoint (the end cannot slide along its side)."""
        pts = _from_end(self.base, which)
        return self.fixed and (len(pts) < 3 or pts[1] in self.keep)


def side_of(rect: Rect, points: Sequence[Point]) -> int | None:
    """The side of `rect` that the route `points` (starting on it) leaves from, or None."""
    if len(points) < 2:
        return None
    (x0, y0), (x1, y1) = points[0], points[1]
    # A plain route may be a line out of true by less than a unit (`geometry.orthogonal_route`).
    if abs(y0 - y1) < 1 and abs(x0 - x1) > 1:
        side = 0 if x1 > x0 else 1
        on = abs(x0 - (rect.right if side == 0 else rect.x)) < 0.5
    elif abs(x0 - x1) < 1 and abs(y0 - y1) > 1:
        side = 2 if y1 > y0 else 3
        on = abs(y0 - (rect.bottom if side == 2 else rect.y)) < 0.5
    else:
        return None
    return side if on else None


def inset(shape: str, rect: Rect, side: int, offset: float) -> float:
    """How far inside the side of `rect` the outline of `shape` lies, `offset` from its middle."""
    o = abs(offset)
    vertical = side < 2
    half_across = rect.h / 2 if vertical else rect.w / 2
    depth_half = rect.w / 2 if vertical else rect.h / 2
    if o < _EPS or half_across <= 0:
        return 0.0 if shape != "chevron" or side != 1 else min(rect.h / 2, rect.w / 5)
    if shape == "diamond":
        return depth_half * min(o / half_across, 1.0)
    if shape == "hexagon" and vertical:
        return min(rect.h / 2, rect.w / 4) * min(o / half_across, 1.0)
    if shape == "chevron" and vertical:
        d = min(rect.h / 2, rect.w / 5)
        share = min(o / half_across, 1.0)
        return d * share if side == 0 else d * (1 - share)
    if shape == "octagon":
        d = min(rect.h, rect.w) * 0.28
        return max(0.0, o - (half_across - d))
    if shape == "pill" and vertical:
        r = rect.h / 2
        return r - math.sqrt(max(r * r - o * o, 0.0))
    return 0.0


def slots(length: float, count: int) -> list[float]:
    """Offsets from the middle of a side of `length` for `count` ends, `PORT_GAP` apart at most
    and clear of the corners. Two or more never take the middle itself, where an end that cannot
    move (a node in the way of its spread route) stays."""
    if count <= 1:
        return [0.0] * count
    places = count + count % 2
    corner = min(CORNER, length / 4)
    gap = min(PORT_GAP, max(length - 2 * corner, 0.0) / (places - 1))
    return [(k - (places - 1) / 2) * gap for k in range(count)]


def _from_end(points: Sequence[Point], which: int) -> Sequence[Point]:
    return points if which == 0 else points[::-1]


def _port_key(points: Sequence[Point], side: int, end: End) -> tuple[int, float, float, str, int]:
    """Sorts the ends on one side along it (top to bottom, left to right) so that they do not
    cross: routes turning towards the lower end of the side by how soon they turn, then those
    going straight on, then those turning the other way, the soonest last; routes that turn at
    the same place (a shared trunk, nudged apart later) by how far along the side they go."""
    pts = _from_end(points, end[1])
    axis = 1 if side < 2 else 0
    if len(pts) < 3:
        return (0, 0.0, 0.0, end[0], end[1])
    corner, after = pts[1], pts[2]
    reach = abs(corner[0] - pts[0][0]) + abs(corner[1] - pts[0][1])
    turn = after[axis] - corner[axis]
    if turn < -_EPS:
        return (-1, reach, after[axis], end[0], end[1])
    if turn > _EPS:
        return (1, -reach, after[axis], end[0], end[1])
    return (0, 0.0, 0.0, end[0], end[1])


def _shift(p: Point, axis: int, by: float) -> Point:
    return (p[0] + by, p[1]) if axis == 0 else (p[0], p[1] + by)


def spread_ends(
    base: list[Point], offsets: tuple[float, float], sides: tuple[int | None, int | None]
) -> list[Point]:
    """`base` with its ends moved along their sides by `offsets` (the corners next to them follow,
    a straight line gets a jog in the middle when its two ends no longer face each other)."""
    pts = list(base)
    o0, o1 = offsets
    if not (o0 or o1):
        return pts
    s0, s1 = sides
    if len(pts) == 2:
        axis = 1 if (s0 if s0 is not None else s1 or 0) < 2 else 0
        start, end = _shift(pts[0], axis, o0), _shift(pts[1], axis, o1)
        if abs(o0 - o1) < _EPS:
            return [start, end]
        other = 1 - axis
        mid = (start[other] + end[other]) / 2
        bend1 = (mid, start[1]) if other == 0 else (start[0], mid)
        bend2 = (mid, end[1]) if other == 0 else (end[0], mid)
        return [start, bend1, bend2, end]
    if o0 and s0 is not None:
        axis = 1 if s0 < 2 else 0
        pts[0], pts[1] = _shift(pts[0], axis, o0), _shift(pts[1], axis, o0)
    if o1 and s1 is not None:
        axis = 1 if s1 < 2 else 0
        pts[-1], pts[-2] = _shift(pts[-1], axis, o1), _shift(pts[-2], axis, o1)
    return pts


def _segments(points: Sequence[Point]) -> list[tuple[LineKey, float, float]]:
    """Each segment's line and its extent along it (diagonals have none: (-1, 0)). Called for
    every route that settles (each edge of a scene's build): one pass, no slices, no min/max."""
    out: list[tuple[LineKey, float, float]] = []
    if not points:
        return out
    add = out.append
    x1, y1 = points[0]
    for i in range(1, len(points)):
        x2, y2 = points[i]
        if -_EPS < y1 - y2 < _EPS:
            add(((0, round(y1, 3)), x1 if x1 < x2 else x2, x2 if x1 < x2 else x1))
        elif -_EPS < x1 - x2 < _EPS:
            add(((1, round(x1, 3)), y1 if y1 < y2 else y2, y2 if y1 < y2 else y1))
        else:
            add(((-1, 0.0), 0.0, 0.0))
        x1, y1 = x2, y2
    return out


class _Line:
    """The segments on one line, by (edge, segment index), with their extents along it; found
    by stretch (buckets of `_STRETCH` units) so that a long line is not read whole."""

    def __init__(self) -> None:
        self.spans: dict[tuple[str, int], tuple[float, float, bool]] = {}
        self._buckets: dict[int, set[tuple[str, int]]] = {}
        self._long: set[tuple[str, int]] = set()  # longer than a few stretches: always looked at

    def add(self, key: tuple[str, int], span: tuple[float, float, bool]) -> None:
        self.spans[key] = span
        first, last = math.floor(span[0] / _STRETCH), math.floor(span[1] / _STRETCH)
        if last - first > 8:
            self._long.add(key)
            return
        for b in range(first, last + 1):
            self._buckets.setdefault(b, set()).add(key)

    def remove(self, key: tuple[str, int]) -> tuple[float, float, bool] | None:
        span = self.spans.pop(key, None)
        if span is not None and key in self._long:
            self._long.discard(key)
        elif span is not None:
            for b in range(math.floor(span[0] / _STRETCH), math.floor(span[1] / _STRETCH) + 1):
                bucket = self._buckets[b]
                bucket.discard(key)
                if not bucket:
                    del self._buckets[b]
        return span

    def near(self, lo: float, hi: float) -> Iterator[tuple[tuple[str, int], tuple[float, float, bool]]]:
        """The segments in the buckets from `lo` to `hi` (some of them further away)."""
        seen: set[tuple[str, int]] = set()
        for key in self._long:
            seen.add(key)
            yield key, self.spans[key]
        for b in range(math.floor(lo / _STRETCH), math.floor(hi / _STRETCH) + 1):
            for key in self._buckets.get(b, ()):
                if key not in seen:
                    seen.add(key)
                    yield key, self.spans[key]


_STRETCH = 400.0


class RouteSet:
    """Routes of edges with their ends spread on the sides of nodes and their shared lines nudged
    apart. `put` and `drop` edges (with their own routes from `model.router`), then `settle`: it
    returns the edges whose drawn route changed. `near` finds node rectangles, for the check
    that a spread or nudged route still goes around every node; `shape_of` gives a node's outline
    (`model.style` shape names), so that a spread end lands on a diamond's or a pill's border."""

    def __init__(self, near: Near | None = None, shape_of: Callable[[str], str] | None = None) -> None:
        self.near = near
        self.shape_of = shape_of or (lambda _node: "rect")
        self.routes: dict[str, list[Point]] = {}  # the settled routes, to draw
        self._edges: dict[str, _Edge] = {}
        self._sides: dict[tuple[str, int], set[End]] = {}  # (node, side) -> ends on it
        self._offset: dict[End, float] = {}
        self._ported: dict[str, list[Point]] = {}
        # line -> {(edge, segment index): (from, to along the line, whether it may be nudged)}
        self._lines: dict[LineKey, _Line] = {}
        self._on_lines: dict[str, list[tuple[LineKey, int]]] = {}  # edge -> (line, segment index)
        self._nudge: dict[tuple[str, int], float] = {}
        self._dirty_sides: set[tuple[str, int]] = set()
        self._dirty_edges: set[str] = set()
        self._dirty_lines: dict[LineKey, list[tuple[float, float]]] = {}  # where segments left
        # Edges drawn less spread than planned (a node in the way), with the route they wanted.
        self.held_back: dict[str, list[Point]] = {}

    def __contains__(self, edge_id: str) -> bool:
        return edge_id in self._edges

    def put(
        self,
        edge_id: str,
        source: str,
        target: str,
        a: Rect,
        b: Rect,
        base: list[Point],
        waypoints: Iterable[Sequence[float]] = (),
        blocked: bool | None = None,
    ) -> None:
        """The edge's own route `base` (from a side of `a`, node `source`, to one of `b`), which
        passes through hand-placed `waypoints` (they stay where they are); `blocked`: whether
        `base` crosses a node, when the caller knows (`router.plan_checked`)."""
        self.drop(edge_id, keep_route=True)
        keep = frozenset((float(p[0]), float(p[1])) for p in waypoints)
        edge = _Edge(source, target, a, b, list(base), keep, blocked=blocked)
        edge.sides = (side_of(a, base), side_of(b, base[::-1]))
        for which, (node, side) in enumerate(((source, edge.sides[0]), (target, edge.sides[1]))):
            if side is not None:
                self._sides.setdefault((node, side), set()).add((edge_id, which))
                self._dirty_sides.add((node, side))
        self._edges[edge_id] = edge
        self._dirty_edges.add(edge_id)

    def drop(self, edge_id: str, keep_route: bool = False) -> None:
        edge = self._edges.pop(edge_id, None)
        if edge is None:
            return
        for which, (node, side) in enumerate(((edge.source, edge.sides[0]), (edge.target, edge.sides[1]))):
            if side is not None:
                members = self._sides.get((node, side))
                if members is not None:
                    members.discard((edge_id, which))
                    if not members:
                        del self._sides[(node, side)]
                self._dirty_sides.add((node, side))
            self._offset.pop((edge_id, which), None)
        for line, lo, hi in self._unline(edge_id):
            self._dirty_lines.setdefault(line, []).append((lo, hi))
        self._ported.pop(edge_id, None)
        self._dirty_edges.discard(edge_id)
        self.held_back.pop(edge_id, None)
        if not keep_route:
            self.routes.pop(edge_id, None)

    def blocked(self, edge_id: str) -> bool:
        """Whether the edge's own route crosses a node: the router found no way around."""
        edge = self._edges.get(edge_id)
        return edge is not None and bool(edge.blocked)

    def clear(self) -> None:
        self.__init__(self.near, self.shape_of)  # type: ignore[misc]

    # ------------------------------------------------------------ settling
    def settle(self) -> set[str]:
        """Spreads the ends on the sides touched since the last call, nudges the lines whose
        segments changed, and returns the edges whose route in `routes` changed."""
        for key in sorted(self._dirty_sides):
            self._spread_side(key)
        self._dirty_sides.clear()
        dirty_lines, self._dirty_lines = self._dirty_lines, {}  # where on each line
        for edge_id in sorted(self._dirty_edges):
            for line, lo, hi in self._unline(edge_id):
                dirty_lines.setdefault(line, []).append((lo, hi))
            edge = self._edges[edge_id]
            offsets = self._straight(edge_id, edge)
            ported = spread_ends(edge.base, offsets, edge.sides)
            self._ported[edge_id] = ported
            keys = []
            last = len(ported) - 3
            for k, (line, lo, hi) in enumerate(_segments(ported)):
                if line[0] >= 0:
                    inner = 1 <= k <= last and not edge.fixed
                    self._lines.setdefault(line, _Line()).add((edge_id, k), (lo, hi, inner))
                    keys.append((line, k))
                    dirty_lines.setdefault(line, []).append((lo, hi))
            self._on_lines[edge_id] = keys
        redo = set(self._dirty_edges)
        self._dirty_edges.clear()
        for line in sorted(dirty_lines):
            redo |= self._nudge_line(line, dirty_lines[line])
        changed = set()
        for edge_id in sorted(redo):
            if edge_id in self._edges:
                route = self._final(edge_id)
                if self.routes.get(edge_id) != route:
                    self.routes[edge_id] = route
                    changed.add(edge_id)
        return changed

    def _straight(self, edge_id: str, edge: _Edge) -> tuple[float, float]:
        """The offsets of the edge's two ends; a straight line whose one end was spread and whose
        other end is alone on its side moves that end too, so that it stays straight."""
        offsets = [self._offset.get((edge_id, 0), 0.0), self._offset.get((edge_id, 1), 0.0)]
        if len(edge.base) != 2 or (offsets[0] == 0) == (offsets[1] == 0):
            return offsets[0], offsets[1]
        alone = 0 if offsets[0] == 0 else 1
        node, rect, side = (
            (edge.source, edge.a, edge.sides[0]) if alone == 0 else (edge.target, edge.b, edge.sides[1])
        )
        if side is None or len(self._sides.get((node, side), ())) != 1 or edge.pinned(alone):
            return offsets[0], offsets[1]
        length = rect.h if side < 2 else rect.w
        if abs(offsets[1 - alone]) <= length / 2 - min(CORNER, length / 4):
            offsets[alone] = offsets[1 - alone]
        return offsets[0], offsets[1]

    def _unline(self, edge_id: str) -> list[tuple[LineKey, float, float]]:
        """Takes the edge's segments off their lines; returns where they were."""
        gone = []
        for line, k in self._on_lines.pop(edge_id, ()):
            members = self._lines.get(line)
            span = members.remove((edge_id, k)) if members is not None else None
            if span is not None:
                gone.append((line, span[0], span[1]))
                self._nudge.pop((edge_id, k), None)
            if members is not None and not members.spans:
                del self._lines[line]
        return gone

    def _spread_side(self, key: tuple[str, int]) -> None:
        node, side = key
        ends = self._sides.get(key, set())
        if not ends:
            return
        some = next(iter(ends))
        edge = self._edges[some[0]]
        rect = edge.a if some[1] == 0 else edge.b
        order = sorted(ends, key=lambda end: _port_key(self._edges[end[0]].base, side, end))
        offsets = slots(rect.h if side < 2 else rect.w, len(order))
        pinned = [i for i, end in enumerate(order) if self._edges[end[0]].pinned(end[1])]
        if pinned:  # an end held by a waypoint stays in the middle; the others go either side
            middle = offsets[pinned[len(pinned) // 2]]
            offsets = [0.0 if i in pinned else offset - middle for i, offset in enumerate(offsets)]
        for end, offset in zip(order, offsets):
            if self._offset.get(end, 0.0) != offset:
                self._dirty_edges.add(end[0])
            if offset:
                self._offset[end] = offset
            else:
                self._offset.pop(end, None)

    def _nudge_line(self, line: LineKey, where: list[tuple[float, float]]) -> set[str]:
        """Sets the nudge of every inner segment on `line`, in the groups of overlapping segments
        that reach `where` (what changed), that overlaps another edge's segment; returns the
        edges whose nudges changed."""
        members = self._lines.get(line) or _Line()
        lo, hi = min(w[0] for w in where), max(w[1] for w in where)
        if len(members.spans) <= 1:  # alone on its line (most lines): nothing to share, no nudge
            changed: set[str] = set()
            for key, (start, end, _inner) in members.spans.items():
                if start < hi - 1.0 and end > lo + 1.0 and self._nudge.pop(key, 0.0):
                    changed.add(key[0])
            return changed
        picked: dict[tuple[str, int], tuple[float, float, bool]] = {}
        while True:  # the whole groups: whatever overlaps what is picked by more than a unit
            more = {
                key: span
                for key, span in members.near(lo, hi)
                if key not in picked and span[0] < hi - 1.0 and span[1] > lo + 1.0
            }
            if not more:
                break
            picked.update(more)
            lo = min(lo, *(span[0] for span in more.values()))
            hi = max(hi, *(span[1] for span in more.values()))
        spans = sorted((span[0], span[1], key[0], key[1], span[2]) for key, span in picked.items())
        changed = set()
        wanted: dict[tuple[str, int], float] = {}
        cluster: list[tuple[float, float, str, int, bool]] = []
        reach = -math.inf
        for span in [*spans, None]:
            if span is None or span[0] >= reach - 1.0:  # touching within a unit is not sharing
                if len({s[2] for s in cluster}) > 1:
                    wanted.update(self._cluster_offsets(line, cluster))
                cluster, reach = [], -math.inf
                if span is None:
                    break
            cluster.append(span)
            reach = max(reach, span[1])
        for edge_id, k in picked:
            new = wanted.get((edge_id, k), 0.0)
            if self._nudge.get((edge_id, k), 0.0) != new:
                changed.add(edge_id)
            if new:
                self._nudge[(edge_id, k)] = new
            else:
                self._nudge.pop((edge_id, k), None)
        return changed

    def _cluster_offsets(
        self, line: LineKey, cluster: list[tuple[float, float, str, int, bool]]
    ) -> dict[tuple[str, int], float]:
        """Offsets for the movable segments of one group of overlapping segments: sorted by the
        way their neighbouring segments go, so that they do not cross where they part."""
        movable = [s for s in cluster if s[4]]
        fixed = len(cluster) - len(movable)
        axis = 0 if line[0] == 1 else 1  # the coordinate a nudge changes

        def key(span: tuple[float, float, str, int, bool]) -> tuple[float, float, str, int]:
            pts = self._ported[span[2]]
            k = span[3]
            before, after = pts[k - 1][axis] - pts[k][axis], pts[k + 2][axis] - pts[k + 1][axis]
            if before * after > 0:  # a U: both neighbours on one side, the longer reach outside
                return (before + after, 0.0, span[2], k)
            # A Z (in from one side, out to the other): a piece that starts or ends further along
            # its direction of travel lies further back, where it does not cut the others' turns.
            along = 1 - axis
            travel = math.copysign(1.0, pts[k + 1][along] - pts[k][along])
            came = math.copysign(1.0, -before) if before else 0.0
            return (0.0, -(pts[k][along] + pts[k + 1][along]) * travel * came, span[2], k)

        movable.sort(key=key)
        if fixed:  # the others keep the line: the movable ones go either side of it
            below = [s for s in movable if key(s)[0] < 0]
            above = movable[len(below) :]
            out = {(s[2], s[3]): -SPREAD * (len(below) - i) for i, s in enumerate(below)}
            out.update({(s[2], s[3]): SPREAD * (i + 1) for i, s in enumerate(above)})
            return out
        n = len(movable)
        return {(s[2], s[3]): (i - (n - 1) / 2) * SPREAD for i, s in enumerate(movable)}

    def _final(self, edge_id: str) -> list[Point]:
        """The spread and nudged route, its ends on the nodes' outlines; what keeps clear of
        every node: the nudged route, else the spread one, else the edge's own route."""
        edge = self._edges[edge_id]
        ported = self._ported[edge_id]
        if edge.fixed:
            return self._on_outline(edge, ported)
        nudged = list(ported)
        for k in range(1, len(ported) - 2):
            by = self._nudge.get((edge_id, k), 0.0)
            if by:
                y1, y2 = ported[k][1], ported[k + 1][1]
                limit = min(_length(ported, k - 1), _length(ported, k + 1)) - 2.0
                by = max(-limit, min(limit, by)) if limit > 0 else 0.0
                axis = 1 if abs(y1 - y2) < _EPS else 0
                nudged[k] = _shift(nudged[k], axis, by)
                nudged[k + 1] = _shift(nudged[k + 1], axis, by)
        self.held_back.pop(edge_id, None)
        if nudged == edge.base:
            return self._on_outline(edge, nudged)
        near = self.near
        if near is None or edge.blocked or not self._crosses(edge, nudged):
            return self._on_outline(edge, nudged)  # clear, or no way around a node anyway
        if edge.blocked is None:
            edge.blocked = bool(crossed(edge.base, edge.a, edge.b, near))
        if edge.blocked:
            return self._on_outline(edge, nudged)
        self.held_back[edge_id] = nudged
        o0, o1 = self._straight(edge_id, edge)
        candidates = [] if ported == nudged else [ported]
        # Nearer the middle of its side, one end or both: still apart from the other ends.
        for s0, s1 in _SHARES:
            if (o0 * s0, o1 * s1) != (o0, o1) and (o0 * s0 or o1 * s1):
                candidates.append(spread_ends(edge.base, (o0 * s0, o1 * s1), edge.sides))
        for candidate in candidates:
            if not self._crosses(edge, candidate):
                return self._on_outline(edge, candidate)
        return list(edge.base)

    def _crosses(self, edge: _Edge, points: list[Point]) -> bool:
        """Whether the segments of `points` that the edge's own route does not have pass through
        a node other than its ends (the others are the router's: clear, or no way around)."""
        if self.near is None:
            return False
        own = set(zip(edge.base, edge.base[1:]))
        new = [(p, q) for p, q in zip(points, points[1:]) if (p, q) not in own]
        if not new:
            return False
        # One look into the index for all of them: the nodes near any new segment.
        region = bounds_of([p for pair in new for p in pair])
        found = [r for r in self.near(region) if r != edge.a and r != edge.b]
        return any(crosses(pair, r) for r in found for pair in new)

    def _on_outline(self, edge: _Edge, points: list[Point]) -> list[Point]:
        """Ends moved in along their first and last segments onto the nodes' outlines."""
        pts = list(points)
        for which, (node, rect) in enumerate(((edge.source, edge.a), (edge.target, edge.b))):
            side = edge.sides[which]
            if side is None:
                continue
            i = 0 if which == 0 else -1
            p = pts[i]
            middle = (rect.x + rect.w / 2, rect.y + rect.h / 2)
            offset = p[1] - middle[1] if side < 2 else p[0] - middle[0]
            depth = inset(self.shape_of(node), rect, side, offset)
            if depth:
                dx, dy = _OUT[side]
                j = 1 if which == 0 else -2
                room = abs(pts[j][0] - p[0]) + abs(pts[j][1] - p[1])
                depth = min(depth, rect.w if side < 2 else rect.h)
                if room > _EPS:
                    pts[i] = (p[0] - dx * depth, p[1] - dy * depth)
        return pts


# How much of its spread each end keeps when the whole spread would take the route through a node.
_SHARES = sorted(
    ((s0, s1) for s0 in (1.0, 0.5, 0.25, 0.0) for s1 in (1.0, 0.5, 0.25, 0.0)),
    key=lambda s: (-s[0] - s[1], -s[0]),
)


def _length(points: Sequence[Point], k: int) -> float:
    (x1, y1), (x2, y2) = points[k], points[k + 1]
    return abs(x2 - x1) + abs(y2 - y1)


def settle_all(
    edges: Iterable[tuple[str, str, str, list[Point], Iterable[Sequence[float]]]],
    rects: dict[str, Rect],
    near: Near | None,
    shape_of: Callable[[str], str] | None = None,
    blocked: dict[str, bool | None] | None = None,
) -> dict[str, list[Point]]:
    """The settled routes of (edge id, source, target, own route, waypoints) all at once;
    `blocked`: the edges whose own route crosses a node, when known."""
    routes = RouteSet(near, shape_of)
    known = blocked or {}
    with collector_paused():  # thousands of long-lived lists and tuples: no full passes meanwhile
        for edge_id, source, target, base, waypoints in edges:
            a, b = rects[source], rects[target]
            routes.put(edge_id, source, target, a, b, base, waypoints, known.get(edge_id))
        routes.settle()
    return routes.routes
