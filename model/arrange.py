"""Arrange automatically: a layered (Sugiyama-style) layout of a blueprint that respects its lanes
(rows) and stages (columns). Pure: it returns where the nodes go, the lanes and stages that must
grow and the bends of loops drawn around the flow, and changes nothing (the canvas makes one undo
step of it).

1. Bands: a node keeps its lane (one outside every lane joins the nearest) and its stage (by the
   centre of the node; stages run left to right).
2. Loops: an edge to an earlier stage, or one that goes leftwards in the user's drawing and would
   close a cycle (re-open, satisfaction, waiting for the customer), is reversed, so the flow is
   acyclic; loops are drawn as back edges around it (`model.arrange_routes`).
3. Layers: longest path from the sources, stage by stage (every layer of a stage lies right of the
   layers of the stages before it); notes and evidence take the layer of the node they are tied to.
4. Order: barycentre sweeps over the layers (edges longer than one layer inside a lane pass through
   placeholders that keep a corridor), starting from the user's current top-to-bottom order and
   keeping it unless a sweep gives fewer crossings; nodes never leave their lane.
5. Coordinates: a layer is a column (centres aligned); inside a lane a column's nodes either line
   up with a neighbour in blocks (straight lines) or are stacked and pulled towards their
   neighbours, wholly inside the lane with a margin.
6. Choice: a small drawing is laid out in each of a few styles and routed; the one with the fewest
   edges through nodes, then crossings, then bends is kept.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from blueprint_studio.model.arrange_routes import loops_around
from blueprint_studio.model.layout import Band, lane_bands, nearest_band, stage_bands
from blueprint_studio.model.schema import ANNOTATION_KINDS

if TYPE_CHECKING:  # networkx loads on the first Arrange, not with the window (tests/app/test_startup.py)
    import networkx as nx

LAYER_GAP = 70.0  # horizontal room between two columns: an edge bends in it with the router's margin
ROW_GAP = 40.0  # vertical room between two nodes of a column
LANE_MARGIN = 20.0  # room between a node and its lane's boundaries
CORRIDOR = 24.0  # the height a long edge keeps free where it passes a column
LEFT = 40.0  # where the first column starts in a drawing without stages
TOP = 40.0  # where the drawing starts in a drawing without lanes
SWEEPS = 8  # rounds of barycentre sweeps (down and up)
SEARCH_BUDGET = 60  # routes searched around nodes, over the styles tried: past it, no further style
TRIED_UP_TO = 200  # nodes: a drawing this small is laid out in every style and the best one kept
MAX_CORRIDORS = 20_000  # past this many placeholders, long edges keep no corridor (speed)


@dataclass
class Arrangement:
    """Where each node goes (top-left corner) and its lane; the lanes and stages that must change
    size (only those)."""

    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    lanes: dict[str, str] = field(default_factory=dict)  # node id -> lane id
    lane_heights: dict[str, float] = field(default_factory=dict)
    stage_widths: dict[str, float] = field(default_factory=dict)
    waypoints: dict[str, list[tuple[float, float]]] = field(default_factory=dict)  # loops drawn around


@dataclass
class _Item:
    """A node, or a placeholder of a long edge at one layer."""

    key: str
    layer: int
    lane: int
    width: float
    height: float
    start: float  # vertical centre in the user's drawing: the initial order
    up: list[int] = field(default_factory=list)  # neighbours in the layer before
    down: list[int] = field(default_factory=list)  # neighbours in the layer after
    y: float = 0.0  # top, once placed


@dataclass(frozen=True)
class _Style:
    """The choices a layout is made with; several are tried on a small drawing."""

    sweep: bool = True  # barycentre sweeps (else the user's order)
    pull: bool = True  # nodes pulled towards their neighbours (else centred in their lane)
    across: bool = False  # pulled towards neighbours in other lanes too
    blocks: str = ""  # "up" or "down": nodes lined up with a neighbour on that side in blocks instead


STYLES = tuple(_Style(sweep, blocks=side) for side in ("up", "down") for sweep in (True, False)) + tuple(
    _Style(sweep, pull, across)
    for sweep in (True, False)
    for pull, across in ((True, False), (False, False), (True, True))
)


def arrange(blueprint: Any) -> Arrangement:
    """The arranged drawing. A drawing of up to `TRIED_UP_TO` nodes is laid out in each of the
    `STYLES`, its loops drawn around the flow where that helps and its edges routed as the canvas
    and the PDF route them; the one whose edges pass through fewest nodes, then cross fewest, then
    bend least, wins (the first style on a tie)."""
    nodes = list(blueprint.nodes)
    if not nodes:
        return Arrangement()
    lanes = lane_bands(blueprint.lanes)
    stages = stage_bands(blueprint.stages)
    lane_of = _band_index(nodes, lanes, lambda n: n.y + n.height / 2, named="lane")
    stage_of = _band_index(nodes, stages, lambda n: n.x + n.width / 2)
    dag = acyclic_flow(blueprint, stage_of)
    small = len(nodes) <= TRIED_UP_TO and len(blueprint.edges) <= 2 * TRIED_UP_TO
    layerings = [_layers(blueprint, dag, stage_of, lane_of, beside=False)]
    if small:  # notes of one node side by side as well as stacked
        beside = _layers(blueprint, dag, stage_of, lane_of, beside=True)
        layerings += [beside] if beside != layerings[0] else []

    def candidates() -> Iterator[Arrangement]:
        for layer in layerings:
            items = _items(nodes, dag, layer, lane_of)
            for style in STYLES if small else STYLES[:1]:
                result = Arrangement()
                rows = _order(items, style)
                columns = _columns(items, rows, blueprint.stages, stages, layer, stage_of, result)
                place = _place_blocks if style.blocks else _place_rows
                place(items, rows, blueprint.lanes, lanes, result, style)
                for item in items[: len(nodes)]:  # the placeholders of long edges come after the nodes
                    result.positions[item.key] = (columns[item.layer] - item.width / 2, item.y)
                    if lanes:
                        result.lanes[item.key] = lanes[item.lane].id
                yield result

    if not small:
        return next(candidates())
    return _best(blueprint, dag, candidates())


def _best(blueprint: Any, dag: nx.DiGraph, candidates: Iterable[Arrangement]) -> Arrangement:
    """The candidate whose routes pass through fewest nodes, then cross fewest, then bend least
    (the first on a tie), its loops drawn around the flow where that helps."""
    loops = {
        e.id
        for e in blueprint.edges
        if e.kind == "flow" and dag.has_edge(e.target, e.source) and dag.edges[e.target, e.source]["reversed"]
    }
    best: Arrangement | None = None
    fewest: tuple[int, ...] | None = None
    searches = 0
    seen: list[dict[str, tuple[float, float]]] = []
    for result in candidates:
        if result.positions in seen:
            continue  # the same drawing as a style tried before (no sweep changed the order)
        seen.append(result.positions)
        result.waypoints, score, detours = loops_around(blueprint, loops, result.positions)
        if fewest is None or score < fewest:
            best, fewest = result, score
        searches += detours
        if searches > SEARCH_BUDGET:
            break  # a dense drawing: each further style would cost many searches for a way around
    assert best is not None
    return best


# ---------------------------------------------------------------- bands


def _band_index(
    nodes: Sequence[Any], bands: list[Band], centre: Callable[[Any], float], named: str = ""
) -> dict[str, int]:
    """Each node's band (its index; 0 without bands): the one its attribute `named` names (a
    node's lane) when that is a band's id, else the band at or nearest to the node's `centre`."""
    index = {b.id: k for k, b in enumerate(bands)}

    def band_of(n: Any) -> int:
        own = getattr(n, named, None) if named else None
        if own in index:
            return index[own]
        band = nearest_band(bands, centre(n))
        return index[band.id] if band else 0

    return {n.id: band_of(n) for n in nodes}


# ---------------------------------------------------------------- loops and layers


def acyclic_flow(blueprint: Any, stage_of: dict[str, int] | None = None) -> nx.DiGraph:
    """The flow graph of the executable nodes with every loop-closing edge reversed (attribute
    `reversed`): acyclic, and every edge goes to the same or a later stage. What the drawing shows
    as a loop stays one: an edge that goes to a later stage, or rightwards inside a stage, keeps
    its direction; each other edge (taken in the order a depth-first search from the intakes meets
    them) keeps its direction unless that would close a loop."""
    stage_of = stage_of or {}
    executable = {n.id: n for n in blueprint.nodes if n.kind not in ANNOTATION_KINDS}

    def user_order(key: str) -> tuple[int, float, float]:
        n = executable[key]
        return (stage_of.get(key, 0), n.x + n.width / 2, n.y)

    flows = sorted(
        {
            (e.source, e.target)
            for e in blueprint.edges
            if e.kind == "flow" and e.source in executable and e.target in executable and e.source != e.target
        },
        key=lambda st: (user_order(st[1]), st),
    )
    import networkx as nx

    dag = nx.DiGraph()
    dag.add_nodes_from(sorted(executable, key=lambda k: (executable[k].kind != "intake", user_order(k))))
    doubtful = []
    for s, t in flows:
        a, b = user_order(s), user_order(t)
        if a[0] < b[0] or (a[0] == b[0] and b[1] > a[1] + 1.0):
            dag.add_edge(s, t, reversed=False)  # rightwards or to a later stage: never closes a loop
        else:
            doubtful.append((s, t))
    search = nx.DiGraph()
    search.add_nodes_from(dag)
    search.add_edges_from(flows)
    met = {k: i for i, k in enumerate(nx.dfs_preorder_nodes(search))}
    for s, t in sorted(doubtful, key=lambda st: (met[st[0]], met[st[1]])):
        if stage_of.get(t, 0) >= stage_of.get(s, 0) and not nx.has_path(dag, t, s):
            dag.add_edge(s, t, reversed=False)
    for s, t in doubtful:
        if not dag.has_edge(s, t) and not dag.has_edge(t, s):
            dag.add_edge(t, s, reversed=True)
    return dag


def _layers(
    blueprint: Any, dag: nx.DiGraph, stage_of: dict[str, int], lane_of: dict[str, int], beside: bool
) -> dict[str, int]:
    """Longest-path layers, stage by stage. An annotation takes the layer of the node it notes;
    `beside`: or the one before or after when that is free in its lane (two notes of one step
    side by side rather than stacked)."""
    import networkx as nx

    topo = {k: i for i, k in enumerate(nx.lexicographical_topological_sort(dag, key=str))}
    by_stage: dict[int, list[str]] = defaultdict(list)
    for k in sorted(topo, key=lambda k: (stage_of.get(k, 0), topo[k])):
        by_stage[stage_of.get(k, 0)].append(k)
    notes: dict[int, list[Any]] = defaultdict(list)
    for n in blueprint.nodes:
        if n.id not in topo:
            notes[stage_of.get(n.id, 0)].append(n)
    partner: dict[str, list[str]] = defaultdict(list)
    for e in blueprint.edges:
        if e.kind == "association":
            partner[e.source].append(e.target)
            partner[e.target].append(e.source)
    kinds = {n.id: n.kind for n in blueprint.nodes}
    centre = {n.id: n.x + n.width / 2 for n in blueprint.nodes}
    layer: dict[str, int] = {}
    base = 0
    for stage in sorted(set(by_stage) | set(notes)):
        members = by_stage.get(stage, [])
        for k in members:
            layer[k] = max([base] + [layer[p] + 1 for p in dag.predecessors(k)])
        for k in reversed(members):  # a source other than an intake sits just before what it feeds
            if kinds[k] != "intake" and dag.in_degree(k) == 0 and dag.out_degree(k):
                after = [layer[s] for s in dag.successors(k) if stage_of.get(s, 0) == stage]
                if after:
                    layer[k] = max(layer[k], min(after) - 1)
        last = max((layer[k] for k in members), default=base)
        used = {(lane_of[k], layer[k]) for k in members}
        for n in notes.get(stage, []):
            tied = [layer[p] for p in partner[n.id] if p in layer]
            if not tied and members:
                nearest = min(members, key=lambda k: abs(centre[k] - centre[n.id]))
                tied = [layer[nearest]]
            wanted = min(max(min(tied, default=base), base), last)
            free = [
                k
                for k in (wanted, wanted - 1, wanted + 1)[: 3 if beside else 1]
                if base <= k <= last and (lane_of[n.id], k) not in used
            ]
            layer[n.id] = free[0] if free else wanted
            used.add((lane_of[n.id], layer[n.id]))
        base = last + 1
    return layer


# ---------------------------------------------------------------- items and order


def _items(
    nodes: Sequence[Any], dag: nx.DiGraph, layer: dict[str, int], lane_of: dict[str, int]
) -> list[_Item]:
    items = [_Item(n.id, layer[n.id], lane_of[n.id], n.width, n.height, n.y + n.height / 2) for n in nodes]
    index = {item.key: i for i, item in enumerate(items)}
    budget = MAX_CORRIDORS
    for u, v in sorted(dag.edges, key=lambda e: layer[e[1]] - layer[e[0]]):
        a, b = items[index[u]], items[index[v]]
        span = b.layer - a.layer
        chain = [index[u]]
        if span > 1 and a.lane == b.lane and budget >= span - 1:
            budget -= span - 1
            for step in range(1, span):
                start = a.start + (b.start - a.start) * step / span
                items.append(_Item(f"\0{u}\0{v}\0{step}", a.layer + step, a.lane, 0.0, CORRIDOR, start))
                chain.append(len(items) - 1)
        elif span > 1:
            continue  # a long edge between lanes: the router finds its way, the order ignores it
        chain.append(index[v])
        for p, q in zip(chain, chain[1:]):
            items[p].down.append(q)
            items[q].up.append(p)
    return items


def _order(items: list[_Item], style: _Style) -> list[list[int]]:
    """Each layer's items top to bottom (lane by lane): the user's order, or a barycentre sweep's
    when it crosses fewer edges."""
    depth = max(item.layer for item in items) + 1
    rows: list[list[int]] = [[] for _ in range(depth)]
    for i in sorted(range(len(items)), key=lambda i: (items[i].lane, items[i].start, i)):
        rows[items[i].layer].append(i)
    best, fewest = [list(r) for r in rows], _crossings(items, rows)
    for _ in range(SWEEPS if style.sweep else 0):
        if fewest == 0:
            break
        for layer in range(1, depth):
            _sort_by_barycentre(items, rows, layer, rows[layer - 1], "up")
        for layer in range(depth - 2, -1, -1):
            _sort_by_barycentre(items, rows, layer, rows[layer + 1], "down")
        count = _crossings(items, rows)
        if count < fewest:
            best, fewest = [list(r) for r in rows], count
        else:
            break
    return best


def _sort_by_barycentre(
    items: list[_Item], rows: list[list[int]], layer: int, beside: list[int], side: str
) -> None:
    """Reorder a layer inside each lane by the mean place of its neighbours in `beside`; an item
    without neighbours there keeps its slot."""
    place = {k: p for p, k in enumerate(beside)}
    row = rows[layer]
    result = list(row)
    start = 0
    while start < len(row):
        end = start
        while end < len(row) and items[row[end]].lane == items[row[start]].lane:
            end += 1
        movable, slots = [], []
        for slot in range(start, end):
            i = row[slot]
            near = items[i].up if side == "up" else items[i].down
            if near:
                movable.append((sum(place[j] for j in near) / len(near), slot, i))
                slots.append(slot)
        for slot, (_, _, i) in zip(slots, sorted(movable)):
            result[slot] = i
        start = end
    rows[layer] = result


def _crossings(items: list[_Item], rows: list[list[int]]) -> int:
    """Edge crossings between neighbouring layers (inversions, counted with a Fenwick tree)."""
    total = 0
    for layer in range(len(rows) - 1):
        lower = {k: p for p, k in enumerate(rows[layer + 1])}
        pairs = sorted((p, lower[j]) for p, i in enumerate(rows[layer]) for j in items[i].down)
        tree = [0] * (len(rows[layer + 1]) + 1)
        for seen, (_, q) in enumerate(pairs):
            k, not_above = q + 1, 0
            while k > 0:
                not_above += tree[k]
                k -= k & -k
            total += seen - not_above
            k = q + 1
            while k < len(tree):
                tree[k] += 1
                k += k & -k
    return total


# ---------------------------------------------------------------- coordinates


def _columns(
    items: list[_Item],
    rows: list[list[int]],
    stage_list: Sequence[Any],
    stages: list[Band],
    layer: dict[str, int],
    stage_of: dict[str, int],
    result: Arrangement,
) -> list[float]:
    """The centre x of each layer; stages widen when their columns need it."""
    widths = [max((items[i].width for i in row), default=0.0) for row in rows]
    if not stages:
        return _spread(widths, LEFT, LAYER_GAP)
    span: dict[int, list[int]] = defaultdict(list)
    for key, k in layer.items():
        span[stage_of[key]].append(k)
    centres = [0.0] * len(rows)
    left = 0.0
    for s, (stage, band) in enumerate(zip(stage_list, stages)):
        if not span.get(s):
            left += band.size
            continue
        first, last = min(span[s]), max(span[s])
        own = widths[first : last + 1]
        need = sum(own) + LAYER_GAP * len(own)
        width = max(band.size, need)
        if width > band.size:
            result.stage_widths[stage.id] = width
        gap = min(max(LAYER_GAP, (width - sum(own)) / (len(own) + 1)), 3 * LAYER_GAP)
        block = sum(own) + gap * (len(own) - 1)
        centres[first : last + 1] = _spread(own, left + (width - block) / 2, gap)
        left += width
    return centres


def _spread(widths: Sequence[float], left: float, gap: float) -> list[float]:
    centres = []
    for w in widths:
        centres.append(left + w / 2)
        left += w + gap
    return centres


def _place_rows(
    items: list[_Item],
    rows: list[list[int]],
    lane_list: Sequence[Any],
    lanes: list[Band],
    result: Arrangement,
    style: _Style,
) -> None:
    """Each column stacked inside its lane, nodes pulled towards their neighbours; lanes grow."""
    cells: dict[tuple[int, int], list[int]] = defaultdict(list)
    for row in rows:
        for i in row:
            cells[(items[i].lane, items[i].layer)].append(i)
    need: dict[int, float] = defaultdict(float)
    for (lane, _), cell in cells.items():
        need[lane] = max(need[lane], _stack(items, cell) + 2 * LANE_MARGIN)
    bands = _grown_lanes(lane_list, lanes, need, result)
    for (lane, _), cell in cells.items():  # first: each column centred in its lane
        top, size = bands[lane]
        y = top + (size - _stack(items, cell)) / 2
        for i in cell:
            items[i].y = y
            y += items[i].height + ROW_GAP
    ordered = sorted(cells.items(), key=lambda c: c[0][1])
    for sweep in range(4 if style.pull else 0):  # then towards the neighbours, left to right and back
        for (lane, _), cell in ordered if sweep % 2 == 0 else reversed(ordered):
            _pull(items, cell, bands[lane], "up" if sweep % 2 == 0 else "down", style)
    for (lane, _), cell in ordered if style.pull else ():
        _pull(items, cell, bands[lane], "both", style)


def _place_blocks(
    items: list[_Item],
    rows: list[list[int]],
    lane_list: Sequence[Any],
    lanes: list[Band],
    result: Arrangement,
    style: _Style,
) -> None:
    """Straight lines where they can be (after Brandes and Köpf): taking the layers from the
    `style.blocks` side, an item joins the block of its median neighbour there in its lane unless
    that would cross a block already made; each block is one height, packed from the lane's top
    with the row gap; each lane's drawing is then centred in it (lanes grow)."""
    root = list(range(len(items)))
    layers = rows if style.blocks == "up" else rows[::-1]
    taken: set[int] = set()
    for before, row in zip(layers, layers[1:]):
        place = {j: p for p, j in enumerate(before)}
        last = -1
        for i in row:
            near = items[i].up if style.blocks == "up" else items[i].down
            near = sorted(place[j] for j in near if items[j].lane == items[i].lane)
            for p in near[(len(near) - 1) // 2 : len(near) // 2 + 1]:
                j = before[p]
                if root[i] == i and j not in taken and p > last:
                    root[i], last = root[j], p
                    taken.add(j)
    lowest: dict[int, float] = defaultdict(float)  # a block's least centre: room for its items
    after: dict[int, list[tuple[int, float]]] = defaultdict(list)
    pending: dict[int, int] = defaultdict(int)
    for i, item in enumerate(items):
        lowest[root[i]] = max(lowest[root[i]], LANE_MARGIN + item.height / 2)
    for row in rows:
        for p, q in zip(row, row[1:]):
            if items[p].lane == items[q].lane:
                after[root[p]].append((root[q], (items[p].height + items[q].height) / 2 + ROW_GAP))
                pending[root[q]] += 1
    centre = dict(lowest)
    ready = [b for b in lowest if not pending[b]]
    while ready:  # longest path over the blocks, top down
        b = ready.pop()
        for c, gap in after[b]:
            centre[c] = max(centre[c], centre[b] + gap)
            pending[c] -= 1
            if not pending[c]:
                ready.append(c)
    if any(pending.values()):  # blocks that cross: cannot happen, but never leave nodes unplaced
        _place_rows(items, rows, lane_list, lanes, result, style)
        return
    used: dict[int, float] = defaultdict(float)
    for i, item in enumerate(items):
        used[item.lane] = max(used[item.lane], centre[root[i]] + item.height / 2 + LANE_MARGIN)
    shift = [
        top + (size - used[k]) / 2
        for k, (top, size) in enumerate(_grown_lanes(lane_list, lanes, used, result))
    ]
    for i, item in enumerate(items):
        item.y = shift[item.lane] + centre[root[i]] - item.height / 2


def _grown_lanes(
    lane_list: Sequence[Any], lanes: list[Band], need: dict[int, float], result: Arrangement
) -> list[tuple[float, float]]:
    """Each lane's (top, height), grown to the height its nodes `need` (the lanes that grow are
    recorded in `result`); without lanes, one band from the drawing's top as tall as it needs."""
    if not lanes:
        return [(TOP - LANE_MARGIN, need.get(0, 0.0))]
    spans, top = [], 0.0
    for k, (lane, band) in enumerate(zip(lane_list, lanes)):
        size = max(band.size, need.get(k, 0.0))
        if size > band.size:
            result.lane_heights[lane.id] = size
        spans.append((top, size))
        top += size
    return spans


def _stack(items: list[_Item], cell: list[int]) -> float:
    return sum(items[i].height for i in cell) + ROW_GAP * (len(cell) - 1)


def _pull(items: list[_Item], cell: list[int], band: tuple[float, float], side: str, style: _Style) -> None:
    """Move a column's items towards the mean centre of their neighbours, in order, apart by the
    row gap and inside the band (an isotonic fit: items that would overlap move as a block)."""
    wanted = []
    for i in cell:
        item = items[i]
        near = item.up if side == "up" else item.down if side == "down" else item.up + item.down
        centres = sorted(
            items[j].y + items[j].height / 2 for j in near if style.across or items[j].lane == item.lane
        )
        centre = item.y + item.height / 2
        if centres:  # the median neighbour: a chain lines up on one of them
            middle = len(centres) // 2
            centre = centres[middle] if len(centres) % 2 else (centres[middle - 1] + centres[middle]) / 2
        wanted.append(centre - item.height / 2)
    offsets, at = [], 0.0
    for i in cell:  # an item's top relative to the first one's when packed tight
        offsets.append(at)
        at += items[i].height + ROW_GAP
    blocks: list[list[float]] = []  # [sum of wanted first-tops, count, first index]
    for k, w in enumerate(wanted):
        blocks.append([w - offsets[k], 1.0, float(k)])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]:
            total, count, _ = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += count
    tops = []
    for b, (total, count, first) in enumerate(blocks):
        end = blocks[b + 1][2] if b + 1 < len(blocks) else len(cell)
        tops += [total / count + offsets[k] for k in range(int(first), int(end))]
    top, size = band
    low, high = top + LANE_MARGIN, top + size - LANE_MARGIN
    previous = -math.inf
    for k, i in enumerate(cell):
        rest = at - ROW_GAP - offsets[k]  # the room the items from this one on need
        y = min(max(tops[k], low + offsets[k]), high - rest)
        y = max(y, previous)
        items[i].y = y
        previous = y + items[i].height + ROW_GAP
