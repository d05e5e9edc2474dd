"""Edge labels, for the canvas and the PDF alike: how a caption's words wrap (two lines a part,
at word boundaries) and where its box goes along its edge, clear of every node and of the labels
placed before it. Pure geometry over rectangles; text is measured by the caller's callback
(Qt's font metrics on screen, reportlab's string widths on paper). No Qt, no reportlab.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from blueprint_studio.model import router
from blueprint_studio.model.geometry import Point, Rect

Measure = Callable[[str], float]  # the width of a line of text, in drawing units
Near = Callable[[Rect], Iterable[Rect]]  # the rectangles that meet a region

ELLIPSIS = "…"
MAX_LINES = 2  # lines of one part of a caption (the label, or a rule)
PAD_X, PAD_Y = 4.0, 2.0  # room between a label's box and its text
GAP = 3.0  # between a label beside its segment and the segment
CLEAR = 2.0  # room kept between a label and a node
# Where along a segment a label may sit, the middle first; on a segment only when the line still
# shows on both sides of it (ON_LINE_ROOM at least each way).
FRACTIONS = (0.5, 0.3, 0.7, 0.15, 0.85)
ON_LINE_ROOM = 6.0
AWAY_STEPS = 6  # further places beside each segment, each half a label further
LEADER_FROM = 8.0  # a label further than this from its edge gets a line to it (`leader`)
LINE_CLEAR = 1.5  # how near another edge's line a label hides it


# ---------------------------------------------------------------- words


@dataclass(frozen=True)
class Caption:
    """A caption's parts (the label, then each rule) as the lines they wrap to."""

    parts: tuple[tuple[str, ...], ...]
    cut: bool  # some part did not fit its lines and ends with an ellipsis

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(line for part in self.parts for line in part)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def hyphen_pieces(word: str) -> list[str]:
    """`word` cut after each hyphen inside it ("libre-service" -> "libre-", "service"): where a
    title too wide for its node breaks, on screen and on paper, before cutting it letter by letter."""
    return re.split(r"(?<=[^-]-)(?=[^-])", word)


def wrap(
    text: str, measure: Measure, width: float, max_lines: int = MAX_LINES
) -> tuple[tuple[str, ...], bool]:
    """`text` in at most `max_lines` lines no wider than `width`, broken at plain spaces (a
    no-break space keeps « Priorité : » together); (lines, cut). Only text that does not fit
    ends with an ellipsis, at the end of the last line; a word wider than the line alone is cut."""
    flat = text.replace("\r", " ").replace("\n", " ").replace("\t", " ")  # a part is one paragraph
    words = [w for w in flat.split(" ") if w]
    if not words:
        return (), False
    lines: list[str] = []
    current = ""
    for k, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if not current or measure(candidate) <= width:
            current = candidate
            continue
        lines.append(current)
        if len(lines) == max_lines:  # words are left over: the last line takes them, cut
            return _cut(lines, words[k:], measure, width), True
        current = word
    lines.append(current)
    cut = any(measure(line) > width for line in lines)
    if len(lines) == 2 and not cut:
        lines = _balanced(words, measure, width)
    return tuple(_shorten(line, measure, width) for line in lines), cut


def _balanced(words: list[str], measure: Measure, width: float) -> list[str]:
    """Two lines broken where the longer is shortest (a narrower box than filling the first line:
    "Niveau de compétence / requis : autre que simple", not "… requis : autre / que simple")."""
    best: tuple[float, list[str]] | None = None
    for k in range(1, len(words)):
        pair = [" ".join(words[:k]), " ".join(words[k:])]
        wide = max(measure(pair[0]), measure(pair[1]))
        if wide <= width and (best is None or wide < best[0]):
            best = (wide, pair)
    assert best is not None  # the greedy break fits, at least
    return best[1]


def _cut(lines: list[str], rest: list[str], measure: Measure, width: float) -> tuple[str, ...]:
    """The first lines as they are, then the last line and what did not fit, cut with "…"."""
    words = lines[-1].split(" ") + rest
    while len(words) > 1 and measure(" ".join(words) + ELLIPSIS) > width:
        words.pop()
    kept = [_shorten(line, measure, width) for line in lines[:-1]]
    return (*kept, _shorten(" ".join(words) + ELLIPSIS, measure, width))


def _shorten(line: str, measure: Measure, width: float) -> str:
    """`line`, or its longest start that fits `width` with an ellipsis (a letter-level cut)."""
    if measure(line) <= width:
        return line
    body = line.removesuffix(ELLIPSIS)
    low, high = 0, len(body)
    while low < high:
        mid = (low + high + 1) // 2
        if measure(body[:mid].rstrip() + ELLIPSIS) <= width:
            low = mid
        else:
            high = mid - 1
    return body[:low].rstrip() + ELLIPSIS


def caption_lines(
    parts: Sequence[str], measure: Measure, width: float, max_lines: int = MAX_LINES
) -> Caption:
    """Each non-empty part (the edge's label, then each line of its rule) wrapped on its own."""
    wrapped = [wrap(part, measure, width, max_lines) for part in parts if part.strip()]
    return Caption(tuple(lines for lines, _ in wrapped), any(cut for _, cut in wrapped))


def box_size(lines: Sequence[str], measure: Measure, line_height: float) -> tuple[float, float]:
    """The size of a label's box around `lines`."""
    if not lines:
        return 0.0, 0.0
    return max(measure(line) for line in lines) + 2 * PAD_X, len(lines) * line_height + 2 * PAD_Y


# ---------------------------------------------------------------- places


@dataclass(frozen=True)
class Placed:
    rect: Rect
    overlap: float  # area covering nodes, earlier labels or leaving the bounds (0: a free place)
    # Around the better places it had to pass by (None: it stands in the best one). When a node
    # leaves this region, the label may find a better place again.
    wanted: Rect | None = None


def candidates(points: Sequence[Point], w: float, h: float) -> list[Rect]:
    """Where a `w` x `h` label may go along the route, best first: the longest segments first;
    on each, at its middle then at other fractions, on the segment (when it is long enough for
    the line to show on both sides) and beside it (above and below a horizontal one, right and
    left of a vertical one); then further away beside each segment's middle, step by step."""
    return [rect for _, group in candidate_groups(points, w, h) for rect in group]


def candidate_groups(points: Sequence[Point], w: float, h: float) -> Iterator[tuple[Rect, Iterator[Rect]]]:
    """`candidates` a group at a time (a segment's, then each step further away), each with a
    region that holds all of it and made only as far as it is read: a label placed at its first
    place looks neither at the rest of its route nor at what lies around it."""
    segments = [(p, q) for p, q in zip(points, points[1:]) if math.dist(p, q) > 1e-6]
    if not segments:
        segments = [(points[0], points[-1])]
    segments.sort(key=lambda s: -math.dist(*s))  # stable: equals keep the route's order
    seen: set[tuple[float, float]] = set()

    def fresh(rects: Iterable[Rect]) -> Iterator[Rect]:
        for rect in rects:
            key = (round(rect.x, 1), round(rect.y, 1))
            if key not in seen:
                seen.add(key)
                yield rect

    def along(p: Point, q: Point) -> Iterator[Rect]:
        (x1, y1), (x2, y2) = p, q
        horizontal, vertical = _direction(p, q)
        length = math.dist(p, q)
        run = w if horizontal else h if vertical else 0.0
        for f in FRACTIONS:
            x, y = x1 + (x2 - x1) * f, y1 + (y2 - y1) * f
            if (horizontal or vertical) and min(f, 1 - f) * length - run / 2 >= ON_LINE_ROOM:
                yield Rect(x - w / 2, y - h / 2, w, h)
            yield from _beside(x, y, w, h, horizontal, vertical, GAP)

    def away(step: int) -> Iterator[Rect]:
        for p, q in segments:
            horizontal, vertical = _direction(p, q)
            gap = GAP + step * ((h if horizontal else w) / 2 + GAP)
            yield from _beside((p[0] + q[0]) / 2, (p[1] + q[1]) / 2, w, h, horizontal, vertical, gap)

    for p, q in segments:
        yield _around([p, q], w + GAP, h + GAP), fresh(along(p, q))
    # Between two nodes close together no place beside the edge is free: further away from it,
    # step by step, at each segment's middle.
    for step in range(1, AWAY_STEPS + 1):
        reach = GAP + step * (max(w, h) / 2 + GAP)
        yield _around([p for s in segments for p in s], reach + w, reach + h), fresh(away(step))


def _around(points: Sequence[Point], dx: float, dy: float) -> Rect:
    """The box around `points`, grown by `dx` and `dy` on each side."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Rect(min(xs) - dx, min(ys) - dy, max(xs) - min(xs) + 2 * dx, max(ys) - min(ys) + 2 * dy)


def _direction(p: Point, q: Point) -> tuple[bool, bool]:
    horizontal = abs(p[1] - q[1]) < 0.5
    return horizontal, abs(p[0] - q[0]) < 0.5 and not horizontal


def _beside(
    x: float, y: float, w: float, h: float, horizontal: bool, vertical: bool, away: float
) -> list[Rect]:
    """Boxes `away` from the point (x, y) of a segment: above and below it unless it is
    vertical, right and left of it unless it is horizontal."""
    rects = []
    if not vertical:
        rects += [Rect(x - w / 2, y - away - h, w, h), Rect(x - w / 2, y + away, w, h)]
    if not horizontal:
        rects += [Rect(x + away, y - h / 2, w, h), Rect(x - away - w, y - h / 2, w, h)]
    return rects


def leader(points: Sequence[Point], rect: Rect) -> tuple[Point, Point] | None:
    """A short line from a label that had to stand away from its edge (between two nodes close
    together) to the nearest point of the edge, so that one sees whose label it is; None when
    the label touches its edge or stands just beside it."""
    best: tuple[float, Point, Point] | None = None
    for p, q in zip(points, points[1:]):
        on_route, on_box = _closest(p, q, rect)
        gap = math.dist(on_route, on_box)
        if best is None or gap < best[0]:
            best = (gap, on_box, on_route)
    if best is None or best[0] <= LEADER_FROM:
        return None
    return best[1], best[2]


def _closest(p: Point, q: Point, rect: Rect) -> tuple[Point, Point]:
    """The points of segment pq and of `rect` nearest each other: along a horizontal or vertical
    run, the middle of the part facing the box (or the run's end nearest it); a diagonal run
    (straight edges) is sampled."""
    horizontal, vertical = _direction(p, q)
    if horizontal or vertical:
        k = 0 if horizontal else 1  # the coordinate that varies along the run
        low, high = sorted((p[k], q[k]))
        near_low, near_high = (rect.x, rect.right) if horizontal else (rect.y, rect.bottom)
        if max(low, near_low) <= min(high, near_high):
            along = (max(low, near_low) + min(high, near_high)) / 2
        else:
            along = high if high < near_low else low
        fixed = p[1 - k]
        point = (along, fixed) if horizontal else (fixed, along)
    else:
        ts = [k / 64 for k in range(65)]
        t = min(ts, key=lambda t: math.dist(_at(p, q, t), _clamp(rect, _at(p, q, t))))
        point = _at(p, q, t)
    return point, _clamp(rect, point)


def _at(p: Point, q: Point, t: float) -> Point:
    return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)


def _clamp(rect: Rect, point: Point) -> Point:
    return (min(max(point[0], rect.x), rect.right), min(max(point[1], rect.y), rect.bottom))


def middle(points: Sequence[Point]) -> Point:
    """The point halfway along the route."""
    lengths = [math.dist(p, q) for p, q in zip(points, points[1:])]
    left = sum(lengths) / 2
    for (p, q), length in zip(zip(points, points[1:]), lengths):
        if left <= length and length > 0:
            t = left / length
            return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)
        left -= length
    return points[len(points) // 2]


def area(a: Rect, b: Rect) -> float:
    """The area two rectangles share (0 when they only touch)."""
    w = min(a.right, b.right) - max(a.x, b.x)
    h = min(a.bottom, b.bottom) - max(a.y, b.y)
    return w * h if w > 0 and h > 0 else 0.0


def _outside(rect: Rect, bounds: Rect | None) -> float:
    if bounds is None:
        return 0.0
    return rect.w * rect.h - area(rect, bounds)


def _grown(rect: Rect, by: float) -> Rect:
    return Rect(rect.x - by, rect.y - by, rect.w + 2 * by, rect.h + 2 * by)


def place(
    points: Sequence[Point],
    size: tuple[float, float],
    nodes: Near,
    labels: Near,
    bounds: Rect | None = None,
    lines: Near | None = None,
) -> Placed:
    """The first candidate (`candidates`) that overlaps no node (kept `CLEAR` away), no label that
    `labels` finds and stays inside `bounds`; when none is free, the one that covers least,
    nearest to the route's middle. With `lines` (other edges' segments, `Lines.near`), a free
    candidate that hides none of them wins over an earlier one that does, if it is in the same
    group of candidates or the next (a label stays near where it reads best)."""
    w, h = size
    passed: Rect | None = None  # around the candidates passed by
    best: tuple[float, float, Rect] | None = None
    centre: Point | None = None
    free: tuple[Rect, Rect | None, int] | None = None  # the first free one, hiding a line
    for number, (region, group) in enumerate(candidate_groups(points, w, h)):
        if free is not None and number > free[2] + 1:
            break
        near: list[Rect] | None = None  # the nodes (grown) and labels in the group's region
        crossing: list[Rect] | None = None  # the other lines there, asked for at the first free one
        for rect in group:
            if near is None:
                near = [_grown(r, CLEAR) for r in nodes(region)] + list(labels(region))
            cost = _outside(rect, bounds) + _covered(rect, near)
            if cost <= 0:
                if crossing is None:
                    crossing = list(lines(region)) if lines is not None else []
                if not _covered(rect, crossing):
                    return Placed(rect, 0.0, passed)
                if free is None:
                    free = (rect, passed, number)
            passed = rect if passed is None else passed.union(rect)
            if free is not None:
                continue
            centre = centre or middle(points)
            far = math.dist((rect.cx, rect.cy), centre)
            if best is None or (cost, far) < best[:2]:
                best = (cost, far, rect)
    if free is not None:
        return Placed(free[0], 0.0, free[1])
    assert best is not None
    return Placed(best[2], best[0], passed)


def _covered(rect: Rect, others: Sequence[Rect]) -> float:
    """The area of `rect` that `others` cover, added up (`area` for many, without the property
    calls: it runs for every candidate against every rectangle near it)."""
    x, y = rect.x, rect.y
    right, bottom = x + rect.w, y + rect.h
    total = 0.0
    for o in others:
        w = min(right, o.x + o.w) - max(x, o.x)
        if w > 0:
            h = min(bottom, o.y + o.h) - max(y, o.y)
            if h > 0:
                total += w * h
    return total


class Boxes(router.Obstacles):
    """Rectangles by key in the router's bucket grid (`model.router.Obstacles`, finer: labels are
    small), kept up to date as labels move (`place`, `remove`); `near` is `place`'s `labels`.
    Adds which keys meet a region."""

    def __init__(self, cell: float = 200.0) -> None:
        super().__init__(cell)

    def keys_near(self, region: Rect) -> list[object]:
        """The keys of the rectangles that share some area with `region`, sorted."""
        return sorted((key for key, rect in self._meeting(region).items() if area(rect, region) > 0), key=str)

    def _meeting(self, region: Rect) -> dict[Any, Rect]:
        found: dict[Any, Rect] = {}
        for cell in router._cells(region, self.cell):  # the grid's own cells
            for key, rect in self._buckets.get(cell, {}).items():
                if rect.intersects(region):
                    found[key] = rect
        return found

    def pairs_near(self, region: Rect) -> list[tuple[Any, Rect]]:
        """(key, rectangle) of the rectangles that meet `region`."""
        return list(self._meeting(region).items())


def place_all(
    routes: Iterable[tuple[str, Sequence[Point], tuple[float, float]]],
    nodes: Iterable[Rect],
    bounds: Rect | None = None,
) -> dict[str, Placed]:
    """Every label of a drawing, in the order given (edge order), each clear of the nodes and of
    the labels placed before it: what the canvas shows when it opens, and what the PDF prints."""
    near_nodes, label_boxes, drawn = router.index(nodes), Boxes(), Lines()
    routes = list(routes)
    for key, points, _ in routes:
        drawn.put(key, points)
    placed: dict[str, Placed] = {}
    for key, points, size in routes:
        if not points or size[0] <= 0:
            continue
        others = drawn.besides(key)
        placed[key] = place(points, size, near_nodes, label_boxes.near, bounds, others)
        label_boxes.place(key, placed[key].rect)
    return placed


class Lines:
    """Every edge's segments as thin boxes, by edge: the lines a label would hide."""

    def __init__(self) -> None:
        self._boxes = Boxes()
        self._count: dict[object, int] = {}

    def put(self, key: object, points: Sequence[Point]) -> None:
        self.remove(key)
        boxes = [_around([p, q], LINE_CLEAR, LINE_CLEAR) for p, q in zip(points, points[1:])]
        for number, box in enumerate(boxes):
            self._boxes.place((key, number), box)
        self._count[key] = len(boxes)

    def remove(self, key: object) -> None:
        for number in range(self._count.pop(key, 0)):
            self._boxes.remove((key, number))

    def clear(self) -> None:
        self._boxes.clear()
        self._count.clear()

    def besides(self, key: object) -> Near:
        """`near` for the label of edge `key`: the other edges' lines (its own it may sit on)."""

        def near(region: Rect) -> list[Rect]:
            return [rect for (owner, _), rect in self._boxes.pairs_near(region) if owner != key]

        return near
