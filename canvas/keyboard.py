"""Where keyboard gestures go: the free spot for a node inserted next to the selection, and the
order in which Tab walks the flow. Pure geometry and graph walks on a blueprint; no Qt, no edits.
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence

from canvas.geometry import Band, clamp_into, lane_bands, nearest_band, snap
from model.schema import ANNOTATION_KINDS
from model.style import GRID, NODE_SIZES

COLUMN_GAP = 6 * GRID   # room left for an edge and its label between a node and the next
ROW_GAP = 3 * GRID      # between stacked branches
CLEARANCE = GRID        # two nodes never closer than this
MAX_COLUMNS = 40


def node_size(kind: str) -> tuple[float, float]:
    return NODE_SIZES.get(kind, (140.0, 70.0))


def _overlaps(x: float, y: float, w: float, h: float, nodes: Iterable[Any]) -> bool:
    for n in nodes:
        if x < n.x + n.width + CLEARANCE and n.x < x + w + CLEARANCE and \
                y < n.y + n.height + CLEARANCE and n.y < y + h + CLEARANCE:
            return True
    return False


def _rows(y: float, h: float, band: Band | None) -> list[float]:
    """Candidate tops in one column: level with the anchor first, then below, then above;
    inside the lane when there is one."""
    step = h + ROW_GAP
    offsets = [0, 1, -1, 2, -2, 3, -3]
    tops = []
    for k in offsets:
        top = snap(y + k * step)
        if band is not None:
            if top < band.start or top + h > band.end:
                if k == 0:
                    top = snap(clamp_into(top, h, band))
                else:
                    continue
        if top not in tops:
            tops.append(top)
    return tops


def free_spot(blueprint: Any, kind: str, left: float, centre_y: float,
              lane: str | None) -> tuple[float, float, str | None]:
    """The top-left corner (on the grid) and lane of a new `kind` node: at `left` level with
    `centre_y`, else stacked in the same column, else further right; never on another node."""
    w, h = node_size(kind)
    bands = lane_bands(blueprint.lanes)
    band = next((b for b in bands if b.id == lane), None)
    if band is None and bands:
        band = nearest_band(bands, centre_y)
    nodes = list(blueprint.nodes)
    x = snap(left)
    for _ in range(MAX_COLUMNS):
        for top in _rows(centre_y - h / 2, h, band):
            if not _overlaps(x, top, w, h, nodes):
                return x, top, band.id if band else None
        x = snap(x + w + COLUMN_GAP)
    return x, snap(centre_y - h / 2), band.id if band else None


def spot_next_to(blueprint: Any, kind: str, anchors: Sequence[Any]) -> tuple[float, float, str | None]:
    """Right of the rightmost anchor node, level with it, in its lane."""
    anchor = max(anchors, key=lambda n: (n.x + n.width, -n.y))
    return free_spot(blueprint, kind, anchor.x + anchor.width + COLUMN_GAP,
                     anchor.y + anchor.height / 2, anchor.lane)


def spot_around(blueprint: Any, kind: str, cx: float, cy: float) -> tuple[float, float, str | None]:
    """Centred on a point (the middle of the view), in the lane there, moved off other nodes."""
    w, _ = node_size(kind)
    band = nearest_band(lane_bands(blueprint.lanes), cy)
    return free_spot(blueprint, kind, cx - w / 2, cy, band.id if band else None)


# ---------------------------------------------------------------- Tab order

def _position(node: Any) -> tuple[float, float]:
    return (node.y, node.x)


def tab_order(blueprint: Any) -> list[str]:
    """Every node once, along the flow: depth first from each intake, a node's successors top to
    bottom (so after the end of one branch comes its sibling), then whatever the flow does not
    reach (notes, evidence, unconnected nodes) in reading order, each followed by its successors."""
    nodes = {n.id: n for n in blueprint.nodes}
    successors: dict[str, list[str]] = {k: [] for k in nodes}
    for e in blueprint.edges:
        if e.source in nodes and e.target in nodes and e.target not in successors[e.source]:
            successors[e.source].append(e.target)
    for key, targets in successors.items():
        targets.sort(key=lambda t: _position(nodes[t]))
    starts = sorted((n for n in nodes.values() if n.kind == "intake"), key=_position)
    rest = sorted((n for n in nodes.values() if n.kind != "intake"),
                  key=lambda n: (n.kind in ANNOTATION_KINDS, n.y, n.x))
    order: list[str] = []
    seen: set[str] = set()
    for start in [*starts, *rest]:
        stack = [start.id]
        while stack:
            key = stack.pop()
            if key in seen:
                continue
            seen.add(key)
            order.append(key)
            stack.extend(reversed([t for t in successors[key] if t not in seen]))
    return order
