"""Copy and paste of nodes (with the edges between them) as JSON under our own mime type, so a
selection travels between two documents. Builds elements for a command; changes nothing itself.
"""
from __future__ import annotations

import json
from typing import Any, Iterable

from pydantic import TypeAdapter, ValidationError

from canvas.geometry import lane_of_point
from model.document import Document
from model.schema import Edge, Node

MIME = "application/x-blueprint-studio-elements+json"
FORMAT = 1
_NODE = TypeAdapter(Node)


def copy_payload(doc: Document, node_ids: Iterable[str]) -> bytes:
    """The selected nodes and the edges whose both ends are selected."""
    ids = set(node_ids)
    nodes = [n.model_dump(mode="json") for n in doc.blueprint.nodes if n.id in ids]
    edges = [e.model_dump(mode="json") for e in doc.blueprint.edges
             if e.source in ids and e.target in ids]
    return json.dumps({"format": FORMAT, "nodes": nodes, "edges": edges}).encode("utf-8")


def paste_elements(doc: Document, payload: bytes, offset: tuple[float, float] = (20.0, 20.0)) -> list[Any]:
    """New nodes and edges (fresh ids) from a payload; [] when it is not ours or is broken."""
    try:
        data = json.loads(payload.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return []
        nodes = [_NODE.validate_python(n) for n in data.get("nodes", [])]
        edges = [Edge.model_validate(e) for e in data.get("edges", [])]
    except (ValueError, UnicodeDecodeError, ValidationError):
        return []
    return renumber(doc, nodes, edges, offset)


def renumber(doc: Document, nodes: list[Any], edges: list[Any],
             offset: tuple[float, float]) -> list[Any]:
    taken: set[str] = set()

    def fresh(prefix: str) -> str:
        n = 1
        while f"{prefix}_{n}" in taken or doc.find(f"{prefix}_{n}") is not None or any(
                p.id == f"{prefix}_{n}" for p in doc.blueprint.all_pools()):
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
        x, y = node.x + offset[0], node.y + offset[1]
        lane = node.lane if node.lane in lane_ids else lane_of_point(lanes, y + node.height / 2)
        result.append(node.model_copy(update={"id": new_id, "x": x, "y": y, "lane": lane}))
    for edge in edges:
        if edge.source in mapping and edge.target in mapping:
            result.append(edge.model_copy(update={
                "id": fresh("edge"), "source": mapping[edge.source], "target": mapping[edge.target],
                "waypoints": [(x + offset[0], y + offset[1]) for x, y in edge.waypoints]}))
    return result
