"""Arranging nodes, as pure computations returning new corners: align, distribute, the flow order
that Tab follows, and automatic layout (computed by `model.arrange`). No Qt, no changes.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Sequence
from typing import Any

from blueprint_studio.model.arrange import Arrangement, arrange
from blueprint_studio.model.schema import ANNOTATION_KINDS

Positions = dict[str, tuple[float, float]]
ALIGN_MODES = ("left", "center", "right", "top", "middle", "bottom")


def align(nodes: Sequence[Any], mode: str) -> Positions:
    if len(nodes) < 2:
        return {}
    if mode == "left":
        x = min(n.x for n in nodes)
        return {n.id: (x, n.y) for n in nodes}
    if mode == "right":
        r = max(n.x + n.width for n in nodes)
        return {n.id: (r - n.width, n.y) for n in nodes}
    if mode == "center":
        c = sum(n.x + n.width / 2 for n in nodes) / len(nodes)
        return {n.id: (c - n.width / 2, n.y) for n in nodes}
    if mode == "top":
        y = min(n.y for n in nodes)
        return {n.id: (n.x, y) for n in nodes}
    if mode == "bottom":
        b = max(n.y + n.height for n in nodes)
        return {n.id: (n.x, b - n.height) for n in nodes}
    if mode == "middle":
        m = sum(n.y + n.height / 2 for n in nodes) / len(nodes)
        return {n.id: (n.x, m - n.height / 2) for n in nodes}
    raise ValueError(mode)


def distribute(nodes: Sequence[Any], axis: str) -> Positions:
    """Equal gaps between neighbours along `axis` ("horizontal" or "vertical"); ends stay."""
    if len(nodes) < 3:
        return {}
    horizontal = axis == "horizontal"
    ordered = sorted(nodes, key=lambda n: n.x if horizontal else n.y)
    first, last = ordered[0], ordered[-1]
    span = (last.x + last.width - first.x) if horizontal else (last.y + last.height - first.y)
    used = sum(n.width if horizontal else n.height for n in ordered)
    gap = (span - used) / (len(ordered) - 1)
    result, cursor = {}, first.x if horizontal else first.y
    for n in ordered:
        result[n.id] = (cursor, n.y) if horizontal else (n.x, cursor)
        cursor += (n.width if horizontal else n.height) + gap
    return result


def flow_layers(blueprint: Any) -> dict[str, int]:
    """Longest-path layer of each executable node from the intakes, ignoring back edges (a BFS
    order decides which edges close loops); annotations take the layer of the node they note."""
    executable = {n.id: n for n in blueprint.nodes if n.kind not in ANNOTATION_KINDS}
    succ: dict[str, list[str]] = defaultdict(list)
    for e in blueprint.edges:
        if e.kind == "flow" and e.source in executable and e.target in executable:
            succ[e.source].append(e.target)
    roots = [k for k, n in executable.items() if n.kind == "intake"] or list(executable)[:1]
    order: dict[str, int] = {}
    queue = deque(roots)
    for r in roots:
        order.setdefault(r, len(order))
    while queue:
        k = queue.popleft()
        for t in succ[k]:
            if t not in order:
                order[t] = len(order)
                queue.append(t)
    for k in executable:
        order.setdefault(k, len(order))
    layer = {k: 0 for k in executable}
    for k in sorted(executable, key=order.__getitem__):
        for t in succ[k]:
            if order[t] > order[k]:  # forward edge in BFS order
                layer[t] = max(layer[t], layer[k] + 1)
    _annotations(blueprint, layer)
    return layer


def _annotations(blueprint: Any, layer: dict[str, int]) -> None:
    for e in blueprint.edges:
        if e.kind != "association":
            continue
        for note, other in ((e.source, e.target), (e.target, e.source)):
            if note not in layer and other in layer:
                layer[note] = layer[other]
    for n in blueprint.nodes:
        layer.setdefault(n.id, 0)


def flow_order(blueprint: Any) -> list[str]:
    """Nodes in reading order of the flow: by layer, then top to bottom, then left to right."""
    layers = flow_layers(blueprint)
    return [n.id for n in sorted(blueprint.nodes, key=lambda n: (layers[n.id], n.y, n.x))]


def auto_layout(blueprint: Any) -> Arrangement:
    """Arrange automatically: the layered, lane- and stage-aware layout of `model.arrange`."""
    return arrange(blueprint)
