"""Where keyboard gestures go: the free spot for a node inserted next to the selection, and the
order in which Tab walks the flow. Pure geometry and graph walks on a blueprint; no Qt, no edits.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from blueprint_studio.canvas.geometry import Band, clamp_into, lane_bands, nearest_band, snap
from blueprint_studio.model.schema import ANNOTATION_KINDS
from blueprint_studio.model.style import GRID, NODE_SIZES

COLUMN_GAP = 6 * GRID  # room left for an edge and its label between a node and the next
ROW_GAP = 3 * GRID  # between stacked branches
CLEARANCE = GRID  # two nodes never closer than this
MAX_COLUMNS = 40


def node_size(kind: str) -> tuple[float, float]:
    return NODE_SIZES.get(kind, (140.0, 70.0))


def _overlaps(x: float, y: float, w: float, h: float, nodes: Iterable[Any]) -> bool:
    for n in nodes:
        if (
            x < n.x + n.width + CLEARANCE
            and n.x < x + w + CLEARANCE
            and y < n.y + n.height + CLEARANCE
            and n.y < y + h + CLEARANCE
        ):
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


class Spot(NamedTuple):
    """Where a new node goes: its top-left corner, its lane, and the height its lane must grow
    to (None when it fits as it is)."""

    x: float
    y: float
    lane: str | None
    lane_height: float | None = None


def free_spot(blueprint: Any, kind: str, left: float, centre_y: float, lane: str | None) -> Spot:
    """The top-left corner (on the grid) and lane of a new `kind` node: at `left` level with
    `centre_y`, else stacked in the same column; when the lane has no room left there, stacked
    below with the lane made taller; without lanes, further right."""
    w, h = node_size(kind)
    bands = lane_bands(blueprint.lanes)
    band = next((b for b in bands if b.id == lane), None)
    if band is None and bands:
        band = nearest_band(bands, centre_y)
    key = band.id if band else None
    nodes = list(blueprint.nodes)
    x = snap(left)
    for _ in range(MAX_COLUMNS):
        for top in _rows(centre_y - h / 2, h, band):
            if not _overlaps(x, top, w, h, nodes):
                return Spot(x, top, key)
        if band is not None:
            return _below_in_lane(x, w, h, band, [n for n in nodes if n.lane == band.id])
        x = snap(x + w + COLUMN_GAP)
    return Spot(x, snap(centre_y - h / 2), key)


def _below_in_lane(x: float, w: float, h: float, band: Band, lane_nodes: list[Any]) -> Spot:
    """Under the lowest node of the lane in this column; the lane grows to hold it."""
    column = [n for n in lane_nodes if x < n.x + n.width + CLEARANCE and n.x < x + w + CLEARANCE]
    bottom = max((n.y + n.height for n in column), default=band.start)
    top = snap(bottom + ROW_GAP)
    needed = snap(top + h + ROW_GAP - band.start)
    return Spot(x, top, band.id, needed if needed > band.size else None)


def spot_next_to(blueprint: Any, kind: str, anchors: Sequence[Any]) -> Spot:
    """Right of the rightmost anchor node, level with it, in its lane."""
    anchor = max(anchors, key=lambda n: (n.x + n.width, -n.y))
    return free_spot(
        blueprint, kind, anchor.x + anchor.width + COLUMN_GAP, anchor.y + anchor.height / 2, anchor.lane
    )


def spot_around(blueprint: Any, kind: str, cx: float, cy: float) -> Spot:
    """Centred on a point (the middle of the view), in the lane there, moved off other nodes."""
    w, _ = node_size(kind)
    band = nearest_band(lane_bands(blueprint.lanes), cy)
    return free_spot(blueprint, kind, cx - w / 2, cy, band.id if band else None)


def spot_in_lane(blueprint: Any, kind: str, lane: str, left: float) -> Spot:
    """The first free place of a lane from `left` rightwards, level with the lane's middle."""
    band = next((b for b in lane_bands(blueprint.lanes) if b.id == lane), None)
    middle = band.start + band.size / 2 if band is not None else 0.0
    return free_spot(blueprint, kind, left + 2 * GRID, middle, lane)


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
    for targets in successors.values():
        targets.sort(key=lambda t: _position(nodes[t]))
    starts = sorted((n for n in nodes.values() if n.kind == "intake"), key=_position)
    rest = sorted(
        (n for n in nodes.values() if n.kind != "intake"),
        key=lambda n: (n.kind in ANNOTATION_KINDS, n.y, n.x),
    )
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
