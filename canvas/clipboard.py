"""Copy and paste of nodes (with the edges between them) as JSON under our own mime type, so a
selection travels between two documents. Builds elements for a command; changes nothing itself.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from pydantic import TypeAdapter, ValidationError

from blueprint_studio.canvas.geometry import Grid, lane_of_point, snap
from blueprint_studio.model.document import Document, validated_copy
from blueprint_studio.model.schema import Edge, Node

MIME = "application/x-blueprint-studio-elements+json"
FORMAT = 1
MAX_TRIES = 500  # cascade steps tried before giving up on a free spot


def copy_payload(doc: Document, node_ids: Iterable[str]) -> bytes:
    """The selected nodes and the edges whose both ends are selected."""
    ids = set(node_ids)
    nodes = [n.model_dump(mode="json") for n in doc.blueprint.nodes if n.id in ids]
    edges = [e.model_dump(mode="json") for e in doc.blueprint.edges if e.source in ids and e.target in ids]
    return json.dumps({"format": FORMAT, "nodes": nodes, "edges": edges}).encode("utf-8")


@cache
def _node_adapter() -> TypeAdapter[Node]:
    """Made on the first paste, not when the canvas loads: building the validator of every kind
    of node takes about 10 ms, which the window need not spend before it first shows."""
    return TypeAdapter(Node)


def paste_elements(doc: Document, payload: bytes, at: tuple[float, float] | None = None) -> list[Any]:
    """New nodes and edges (fresh ids) from a payload, placed by `placement_offset`; [] when the
    payload is not ours or is broken. Raises pydantic's ValidationError when the elements would
    land where the schema refuses them (beyond the drawing's bounds)."""
    try:
        data = json.loads(payload.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return []
        node = _node_adapter()
        nodes = [node.validate_python(n) for n in data.get("nodes", [])]
        edges = [Edge.model_validate(e) for e in data.get("edges", [])]
    except (ValueError, UnicodeDecodeError, ValidationError):
        return []
    return renumber(doc, nodes, edges, placement_offset(doc, nodes, at))


def _box(nodes: Sequence[Any]) -> tuple[float, float, float, float]:
    return (
        min(n.x for n in nodes),
        min(n.y for n in nodes),
        max(n.x + n.width for n in nodes),
        max(n.y + n.height for n in nodes),
    )


def _overlaps(a: Any, b: Any, dx: float, dy: float) -> bool:
    """Whether node `a` moved by (dx, dy) and snapped overlaps node `b` (touching does not count)."""
    x, y = snap(a.x + dx, Grid.step), snap(a.y + dy, Grid.step)
    return x < b.x + b.width and b.x < x + a.width and y < b.y + b.height and b.y < y + a.height


def placement_offset(
    doc: Document, nodes: Sequence[Any], at: tuple[float, float] | None = None
) -> tuple[float, float]:
    """How far pasted `nodes` move, keeping their layout (each then snaps to the grid).

    At `at` (the mouse over the canvas) the group is centred there; a paste repeated at the same
    spot steps down and right. Otherwise it goes right of where it was copied from, clear of every
    node, one group width further for each copy already there: repeated pastes cascade.
    """
    if not nodes:
        return (0.0, 0.0)
    step = Grid.step
    left, top, right, bottom = _box(nodes)
    existing = doc.blueprint.nodes
    if at is not None:
        dx = snap(at[0] - (right - left) / 2, step) - left
        dy = snap(at[1] - (bottom - top) / 2, step) - top
        corners = {(n.x, n.y) for n in existing}
        for _ in range(MAX_TRIES):  # never exactly on top of an earlier paste
            if not any((snap(n.x + dx, step), snap(n.y + dy, step)) in corners for n in nodes):
                break
            dx, dy = dx + 2 * step, dy + 2 * step
        return (dx, dy)
    stride = math.ceil((right - left + 2 * step) / step) * step
    dx0 = snap(left, step) - left
    dy = snap(top, step) - top
    for k in range(1, MAX_TRIES):
        dx = dx0 + k * stride
        if not any(_overlaps(n, other, dx, dy) for n in nodes for other in existing):
            return (dx, dy)
    return (dx0 + MAX_TRIES * stride, dy)


def renumber(doc: Document, nodes: list[Any], edges: list[Any], offset: tuple[float, float]) -> list[Any]:
    """Validated copies of `nodes` and `edges` with fresh ids, moved by `offset`."""
    taken: set[str] = set()

    def fresh(prefix: str) -> str:
        n = 1
        while (
            f"{prefix}_{n}" in taken
            or doc.find(f"{prefix}_{n}") is not None
            or any(p.id == f"{prefix}_{n}" for p in doc.blueprint.all_pools())
        ):
            n += 1
        taken.add(f"{prefix}_{n}")
        return f"{prefix}_{n}"

    lanes = doc.blueprint.lanes
    lane_ids = {lane.id for lane in lanes}
    mapping: dict[str, str] = {}
    result: list[Any] = []
    for node in nodes:
        new_id = fresh(node.kind)
        mapping[node.id] = new_id
        x, y = snap(node.x + offset[0], Grid.step), snap(node.y + offset[1], Grid.step)
        # The lane is where the node lands (a paste at the mouse may change it).
        lane = (
            lane_of_point(lanes, y + node.height / 2)
            if lanes
            else (node.lane if node.lane in lane_ids else None)
        )
        result.append(validated_copy(node, id=new_id, x=x, y=y, lane=lane))
    for edge in edges:
        if edge.source in mapping and edge.target in mapping:
            result.append(
                validated_copy(
                    edge,
                    id=fresh("edge"),
                    source=mapping[edge.source],
                    target=mapping[edge.target],
                    waypoints=[(x + offset[0], y + offset[1]) for x, y in edge.waypoints],
                )
            )
    return result
