"""Orthogonal edge routes that go around nodes: the screen and the PDF both draw them.

An edge whose plain route (`geometry.orthogonal_route`) would cross another node is routed by a
search over an orthogonal visibility grid, as libavoid and ELK do: the lines of the grid run
along the borders of the nodes near the edge (each grown by a margin) and through the middle of
the gaps between them; the cheapest path on it (length, plus a penalty per bend, so that few
bends win over a slightly shorter staircase) leaves the source from one of its four sides and
enters the target through one of its four sides. Hand-placed waypoints are kept as they are.
No Qt; pure functions of rectangles.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence

from blueprint_studio.model.geometry import GAP, Point, Rect, orthogonal_route

MARGIN = 14.0  # the clearance kept between a route and any node it passes
BEND_COST = 60.0  # a bend costs as much as this many units of length
REGION = 3 * GAP  # how far around the two ends the search looks for a way first
# Past this many nodes around an edge (a long back edge across a large drawing) the search costs
# more than a drag allows: the edge keeps its plain route.
MAX_OBSTACLES = 60
_SIDES: tuple[tuple[int, int], ...] = ((1, 0), (-1, 0), (0, 1), (0, -1))  # right, left, down, up


def _grown(rect: Rect, by: float) -> Rect:
    return Rect(rect.x - by, rect.y - by, rect.w + 2 * by, rect.h + 2 * by)


def _inside(rect: Rect, x: float, y: float) -> bool:
    return rect.x < x < rect.right and rect.y < y < rect.bottom


def crosses(points: Sequence[Point], rect: Rect) -> bool:
    """Whether the polyline passes through the inside of `rect` (touching its border does not)."""
    for (x1, y1), (x2, y2) in zip(points, points[1:]):
        if abs(y1 - y2) < 1e-9:  # horizontal
            if rect.y < y1 < rect.bottom and min(x1, x2) < rect.right and max(x1, x2) > rect.x:
                return True
        elif abs(x1 - x2) < 1e-9:  # vertical
            if rect.x < x1 < rect.right and min(y1, y2) < rect.bottom and max(y1, y2) > rect.y:
                return True
        elif _inside(rect, (x1 + x2) / 2, (y1 + y2) / 2):  # a diagonal: test its middle
            return True
    return False


Near = Callable[[Rect], Iterable[Rect]]  # the node rectangles that meet a region


class Obstacles:
    """Node rectangles by key in a bucket grid: what meets a region, without looking at every
    node; kept up to date as nodes move (`place`, `remove`)."""

    def __init__(self, cell: float = 400.0) -> None:
        self.cell = cell
        self._rects: dict[object, Rect] = {}
        self._buckets: dict[tuple[int, int], dict[object, Rect]] = {}

    def place(self, key: object, rect: Rect) -> None:
        if self._rects.get(key) == rect:
            return
        self.remove(key)
        self._rects[key] = rect
        for cell in _cells(rect, self.cell):
            self._buckets.setdefault(cell, {})[key] = rect

    def get(self, key: object) -> Rect | None:
        return self._rects.get(key)

    def clear(self) -> None:
        self._rects.clear()
        self._buckets.clear()

    def remove(self, key: object) -> None:
        rect = self._rects.pop(key, None)
        if rect is not None:
            for cell in _cells(rect, self.cell):
                self._buckets[cell].pop(key, None)

    def near(self, region: Rect) -> list[Rect]:
        # Called for every route checked (thousands while a large drawing opens): the cells and
        # the overlap test (`Rect.intersects`) written out, one cell without a dict of its own.
        cell, buckets = self.cell, self._buckets
        x0, y0 = region.x, region.y
        x1, y1 = x0 + region.w, y0 + region.h
        i0, i1 = math.floor(x0 / cell), math.floor(x1 / cell)
        j0, j1 = math.floor(y0 / cell), math.floor(y1 / cell)
        if i0 == i1 and j0 == j1:
            bucket = buckets.get((i0, j0))
            if not bucket:
                return []
            return [
                r for r in bucket.values() if not (r.x > x1 or r.x + r.w < x0 or r.y > y1 or r.y + r.h < y0)
            ]
        found: dict[object, Rect] = {}
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                bucket = buckets.get((i, j))
                if bucket:
                    for key, r in bucket.items():
                        if not (r.x > x1 or r.x + r.w < x0 or r.y > y1 or r.y + r.h < y0):
                            found[key] = r
        return list(found.values())


def index(rects: Iterable[Rect]) -> Near:
    """The `near` of a fixed set of rectangles (the PDF's layout)."""
    obstacles = Obstacles()
    for number, rect in enumerate(rects):
        obstacles.place(number, rect)
    return obstacles.near


def _cells(rect: Rect, cell: float) -> Iterator[tuple[int, int]]:
    for i in range(math.floor(rect.x / cell), math.floor(rect.right / cell) + 1):
        for j in range(math.floor(rect.y / cell), math.floor(rect.bottom / cell) + 1):
            yield i, j


def crossed(points: Sequence[Point], a: Rect, b: Rect, near: Near) -> list[Rect]:
    """The nodes other than the ends `a` and `b` that the polyline passes through."""
    return [r for r in near(bounds_of(points)) if r != a and r != b and crosses(points, r)]


def plan(
    a: Rect,
    b: Rect,
    near: Near | None = None,
    waypoints: Sequence[Sequence[float]] | None = None,
) -> tuple[list[Point], bool]:
    """The route `route` gives, and whether it goes around a node (False: the plain route)."""
    points, detour, _blocked = plan_checked(a, b, near, waypoints)
    return points, detour


def plan_checked(
    a: Rect,
    b: Rect,
    near: Near | None = None,
    waypoints: Sequence[Sequence[float]] | None = None,
) -> tuple[list[Point], bool, bool | None]:
    """`plan`, and whether the route still crosses a node (no way around it was found; None:
    not looked at, for hand-placed waypoints or without `near`)."""
    plain = orthogonal_route(a, b, waypoints)
    if waypoints or near is None:
        return plain, False, None
    in_the_way = crossed(plain, a, b, near)
    if not in_the_way:
        return plain, False, False
    if any(r.intersects(a) or r.intersects(b) for r in in_the_way):
        return plain, False, True  # nodes lying on each other: no way around them
    ends = a.union(b)
    for reach in (REGION, 4 * REGION):
        local = [r for r in near(_grown(ends, reach)) if r != a and r != b]
        if len(local) > MAX_OBSTACLES:
            break
        found = _search(a, b, local)
        if found is not None and not crossed(found, a, b, near):
            return found, True, False
    return plain, False, True


def route(
    a: Rect,
    b: Rect,
    near: Near | None = None,
    waypoints: Sequence[Sequence[float]] | None = None,
) -> list[Point]:
    """Corner points from a side of `a` to a side of `b`, around the node rectangles that `near`
    finds (`a` and `b` may be among them) when the plain route would cross one."""
    return plan(a, b, near, waypoints)[0]


def bounds_of(points: Sequence[Point]) -> Rect:
    """The smallest rectangle around `points`."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _search(a: Rect, b: Rect, others: list[Rect]) -> list[Point] | None:
    blocks = [_grown(r, MARGIN) for r in others]
    ends = [_grown(a, MARGIN), _grown(b, MARGIN)]
    walls = blocks + ends

    def ports(rect: Rect) -> list[tuple[Point, Point, int]]:
        """(point on the side, the point a margin out, side index) for the four sides."""
        middle = ((rect.right, rect.cy), (rect.x, rect.cy), (rect.cx, rect.bottom), (rect.cx, rect.y))
        return [
            (p, (p[0] + dx * MARGIN, p[1] + dy * MARGIN), side)
            for side, (p, (dx, dy)) in enumerate(zip(middle, _SIDES))
        ]

    starts, goals = ports(a), ports(b)
    xs = _lines([w.x for w in walls] + [w.right for w in walls] + [s[1][0] for s in starts + goals])
    ys = _lines([w.y for w in walls] + [w.bottom for w in walls] + [s[1][1] for s in starts + goals])
    # What each grid segment may not cross: walls whose inside it would pass through.
    across_x = _blocked(xs, ys, walls, horizontal=True)
    across_y = _blocked(ys, xs, walls, horizontal=False)

    def index(point: Point) -> tuple[int, int]:
        return bisect_left(xs, point[0] - 1e-6), bisect_left(ys, point[1] - 1e-6)

    goal_of = {index(stub): (port, side) for port, stub, side in goals if _free(stub, blocks + [ends[0]])}
    goal_box = ends[1]

    def guess(x: float, y: float) -> float:  # never more than what is left: the way into b's box
        return max(goal_box.x - x, 0.0, x - goal_box.right) + max(goal_box.y - y, 0.0, y - goal_box.bottom)

    frontier: list[tuple[float, float, int, int, int]] = []
    for _port, stub, side in starts:
        if _free(stub, blocks + [ends[1]]):
            i, j = index(stub)
            frontier.append((MARGIN + guess(*stub), MARGIN, i, j, side))
    found = _explore(frontier, goal_of, (xs, ys), (across_x, across_y), goal_box)
    if found is None:
        return None
    corners = [(xs[i], ys[j]) for i, j, _heading in found]
    start_port = next(port for port, _stub, side in starts if side == found[0][2])
    end_port = goal_of[found[-1][:2]][0]
    return _simplify([start_port, *corners, end_port])


_BACK = (1, 0, 3, 2)  # the heading opposite each of _SIDES


def _explore(
    starts: list[tuple[float, float, int, int, int]],
    goal_of: dict[tuple[int, int], tuple[Point, int]],
    grid: tuple[list[float], list[float]],
    blocked: tuple[list[list[bool]], list[list[bool]]],
    goal_box: Rect,
) -> list[tuple[int, int, int]] | None:
    """The A* loop of `_search` over (column, row, heading) states from the `starts` (heap
    entries): the states of the cheapest way to a goal stub, counting the last bend into the
    goal's side. The guess (the distance to the goal's box, plus the bends any way from the state
    needs) never overestimates and never drops by more than a step costs, so states come off the
    heap in order of their guess and the loop ends once the cheapest guess left cannot beat the
    finish found. Written for speed (it runs for every edge in a node's way while it is dragged):
    states as flat indexes into lists, neighbours unrolled, the guess read from tables."""
    xs, ys = grid
    across_x, across_y = blocked
    nx, ny = len(xs), len(ys)
    hx = [max(goal_box.x - x, 0.0, x - goal_box.right) for x in xs]
    hy = [max(goal_box.y - y, 0.0, y - goal_box.bottom) for y in ys]
    # The bends a way from a state needs at least, by heading: one to leave a line that misses the
    # goal's box, two to turn back to a box behind. They never drop by more than a bend costs.
    off_x = [BEND_COST if h else 0.0 for h in hx]  # a vertical line that misses the box
    off_y = [BEND_COST if h else 0.0 for h in hy]
    # Per column (heading right or left) or row (down or up): the box lies behind.
    behind_right = [2 * BEND_COST if goal_box.right < x else 0.0 for x in xs]
    behind_left = [2 * BEND_COST if goal_box.x > x else 0.0 for x in xs]
    behind_down = [2 * BEND_COST if goal_box.bottom < y else 0.0 for y in ys]
    behind_up = [2 * BEND_COST if goal_box.y > y else 0.0 for y in ys]
    inf = math.inf
    best = [inf] * (nx * ny * 4)
    came = [-1] * (nx * ny * 4)
    frontier: list[tuple[float, float, int, int, int]] = []
    for entry in starts:
        _f, cost, i, j, heading = entry
        best[(i * ny + j) * 4 + heading] = cost
        heapq.heappush(frontier, entry)
    pop, push = heapq.heappop, heapq.heappush
    finish_cost, finish = inf, -1
    while frontier:
        guessed, cost, i, j, heading = pop(frontier)
        if guessed >= finish_cost:
            # The guess never overestimates and never drops along a way (a step costs at least
            # the distance it covers): no state left can lead to a cheaper finish.
            break
        state = (i * ny + j) * 4 + heading
        if cost > best[state]:
            continue
        goal = goal_of.get((i, j))
        if goal is not None:
            total = cost + MARGIN + (0.0 if heading == _BACK[goal[1]] else BEND_COST)
            if total < finish_cost:
                finish_cost, finish = total, state
        back = _BACK[heading]
        for turn in range(4):
            if turn == back:
                continue
            if turn == 0:
                ni, nj = i + 1, j
                if ni >= nx or across_x[j][i]:
                    continue
                step = xs[ni] - xs[i]
                bends = behind_right[ni] or off_y[nj]
            elif turn == 1:
                ni, nj = i - 1, j
                if ni < 0 or across_x[j][ni]:
                    continue
                step = xs[i] - xs[ni]
                bends = behind_left[ni] or off_y[nj]
            elif turn == 2:
                ni, nj = i, j + 1
                if nj >= ny or across_y[i][j]:
                    continue
                step = ys[nj] - ys[j]
                bends = behind_down[nj] or off_x[ni]
            else:
                ni, nj = i, j - 1
                if nj < 0 or across_y[i][nj]:
                    continue
                step = ys[j] - ys[nj]
                bends = behind_up[nj] or off_x[ni]
            new = cost + step + (0.0 if turn == heading else BEND_COST)
            nxt = (ni * ny + nj) * 4 + turn
            if new < best[nxt]:
                best[nxt] = new
                came[nxt] = state
                push(frontier, (new + (hx[ni] + hy[nj] + bends), new, ni, nj, turn))
    if finish < 0:
        return None
    chain = []
    while finish >= 0:
        cell, heading = divmod(finish, 4)
        chain.append((cell // ny, cell % ny, heading))
        finish = came[finish]
    chain.reverse()
    return chain


def _lines(values: list[float]) -> list[float]:
    """The grid's coordinates: the given ones and the middle of every gap between them."""
    unique = sorted({round(v, 6) for v in values})
    middles = [(p + q) / 2 for p, q in zip(unique, unique[1:]) if q - p > 2 * MARGIN]
    return sorted(unique + middles)


def _blocked(along: list[float], at: list[float], walls: list[Rect], horizontal: bool) -> list[list[bool]]:
    """For each line of `at`, whether the segment between along[k] and along[k+1] crosses a wall.
    Both lists hold every wall border, so a segment is wholly inside a wall or wholly outside."""
    size = max(len(along) - 1, 0)
    # Each wall as (from, to) across the lines and the first and last segment it blocks along them.
    spans = []
    for w in walls:
        low, high, lo_c, hi_c = (w.x, w.right, w.y, w.bottom) if horizontal else (w.y, w.bottom, w.x, w.right)
        first = bisect_left(along, low - 1e-6)
        last = bisect_left(along, high - 1e-6)  # the first k with along[k] >= high - 1e-6
        if first < min(last, size):
            spans.append((lo_c, hi_c, first, min(last, size)))
    rows = []
    for c in at:
        row = [False] * size
        for lo_c, hi_c, first, last in spans:
            if lo_c < c < hi_c:
                row[first:last] = [True] * (last - first)
        rows.append(row)
    return rows


def _free(point: Point, walls: list[Rect]) -> bool:
    return not any(_inside(w, point[0], point[1]) for w in walls)


def _simplify(points: list[Point]) -> list[Point]:
    """Drops repeated points and the middle of three points on one line."""
    out: list[Point] = []
    for p in points:
        if out and abs(out[-1][0] - p[0]) < 1e-6 and abs(out[-1][1] - p[1]) < 1e-6:
            continue
        if len(out) >= 2:
            (x0, y0), (x1, y1) = out[-2], out[-1]
            if (abs(x0 - x1) < 1e-6 and abs(x1 - p[0]) < 1e-6) or (
                abs(y0 - y1) < 1e-6 and abs(y1 - p[1]) < 1e-6
            ):
                out[-1] = p
                continue
        out.append(p)
    return out
