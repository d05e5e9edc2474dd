"""Arranging nodes, as pure computations returning new corners: align, distribute and automatic
layout (computed by `model.arrange`). No Qt, no changes. (Tab's order is `keyboard.tab_order`.)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from blueprint_studio.model.arrange import Arrangement, arrange

Positions = dict[str, tuple[float, float]]


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


def auto_layout(blueprint: Any) -> Arrangement:
    """Arrange automatically: the layered, lane- and stage-aware layout of `model.arrange`."""
    return arrange(blueprint)
