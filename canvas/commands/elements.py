"""Commands on the drawing: add, move, change and delete elements; resize, reorder and insert
lanes and stages, the nodes below or right of them following. Built on `base`; every changed
element is a validated copy, so a refused value raises before anything is pushed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from blueprint_studio.canvas.commands.base import (
    AddOp,
    DocumentCommand,
    RemoveOp,
    ReorderOp,
    add_elements,
    change_elements,
    replace_op,
)
from blueprint_studio.canvas.geometry import band_at, lane_bands, nearest_band, stage_bands
from blueprint_studio.model.document import Document, validated_copy


def tr(text: str) -> str:  # each module names its context, for tools/update_translations.py
    return QCoreApplication.translate("Canvas", text)


def add_elements_growing_lane(
    doc: Document, elements: Sequence[Any], text: str, lane: str | None, height: float | None
) -> DocumentCommand:
    """Add elements, first making `lane` `height` tall (the lanes below move down) when given:
    one undo step for a node inserted where its lane had no room."""
    if lane is None or height is None:
        return add_elements(doc, elements, text)
    grow = resize_band(doc, lane, height)
    return DocumentCommand(doc, text, [*grow.ops, *add_elements(doc, elements, text).ops])


def move_nodes(
    doc: Document,
    positions: dict[str, tuple[float, float]],
    text: str | None = None,
    merge_key: tuple | None = None,
) -> DocumentCommand:
    """Put nodes at new top-left corners; a node whose centre lands in another lane joins it."""
    bp = doc.blueprint
    bands = lane_bands(bp.lanes)
    after = []
    for key, (x, y) in positions.items():
        node = doc.element(key, "nodes")
        lane = node.lane
        if bands:
            band = nearest_band(bands, y + node.height / 2)
            lane = band.id if band else lane
        after.append(node.model_copy(update={"x": float(x), "y": float(y), "lane": lane}))
    return change_elements(doc, after, text or tr("Move"), merge_key)


def _shift_nodes_with_lanes(
    doc: Document, old_lanes: Sequence[Any], new_lanes: Sequence[Any], skip: set[str] = frozenset()
) -> list[Any]:
    """Nodes moved so each stays at the same place inside its lane after lanes changed."""
    old_top = {b.id: b.start for b in lane_bands(old_lanes)}
    new_top = {b.id: b.start for b in lane_bands(new_lanes)}
    moved = []
    for node in doc.blueprint.nodes:
        if node.id in skip or node.lane not in old_top or node.lane not in new_top:
            continue
        dy = new_top[node.lane] - old_top[node.lane]
        if dy:
            moved.append(node.model_copy(update={"y": node.y + dy}))
    return moved


def _shift_nodes_with_stages(
    doc: Document, old_stages: Sequence[Any], new_stages: Sequence[Any]
) -> list[Any]:
    old_bands = stage_bands(old_stages)
    new_left = {b.id: b.start for b in stage_bands(new_stages)}
    old_total = sum(s.width for s in old_stages)
    new_total = sum(s.width for s in new_stages)
    moved = []
    for node in doc.blueprint.nodes:
        centre = node.x + node.width / 2
        band = band_at(old_bands, centre)
        if band is not None and band.id in new_left:
            dx = new_left[band.id] - band.start
        elif centre >= old_total and old_bands:
            dx = new_total - old_total
        else:
            continue
        if dx:
            moved.append(node.model_copy(update={"x": node.x + dx}))
    return moved


def resize_band(doc: Document, key: str, size: float, merge: bool = False) -> DocumentCommand:
    """Resize a lane (height) or a stage (width); the nodes below or right of it follow."""
    bp = doc.blueprint
    is_lane = doc.find(key, "lanes") is not None
    items = bp.lanes if is_lane else bp.stages
    new = doc.element(key).model_copy(update={"height" if is_lane else "width": float(size)})
    changed = [new if e.id == key else e for e in items]
    shifted = (
        _shift_nodes_with_lanes(doc, items, changed)
        if is_lane
        else _shift_nodes_with_stages(doc, items, changed)
    )
    text = tr("Resize lane") if is_lane else tr("Resize stage")
    return change_elements(doc, [new, *shifted], text, ("resize", key) if merge else None)


def reorder_band(doc: Document, key: str, index: int) -> DocumentCommand:
    """Move a lane or stage to `index`; nodes travel with their lane or stage."""
    bp = doc.blueprint
    is_lane = doc.find(key, "lanes") is not None
    items = list(bp.lanes if is_lane else bp.stages)
    old = doc.find(key).index
    element = items.pop(old)
    index = max(0, min(index, len(items)))
    items.insert(index, element)
    shifted = (
        _shift_nodes_with_lanes(doc, bp.lanes, items)
        if is_lane
        else _shift_nodes_with_stages(doc, bp.stages, items)
    )
    ops: list[Any] = [ReorderOp(key, index)]
    if shifted:
        ops.append(replace_op(doc, shifted))
    return DocumentCommand(doc, tr("Reorder lanes") if is_lane else tr("Reorder stages"), ops)


def insert_band(doc: Document, element: Any, index: int | None = None) -> DocumentCommand:
    """Add a lane or stage at `index` (the end by default); nodes below or right make room."""
    bp = doc.blueprint
    is_lane = element.__class__.__name__ == "Lane"
    items = list(bp.lanes if is_lane else bp.stages)
    index = len(items) if index is None else max(0, min(index, len(items)))
    items.insert(index, element)
    old = bp.lanes if is_lane else bp.stages
    shifted = (
        _shift_nodes_with_lanes(doc, old, items) if is_lane else _shift_nodes_with_stages(doc, old, items)
    )
    ops: list[Any] = [AddOp([validated_copy(element)], index)]
    if shifted:
        ops.append(replace_op(doc, shifted))
    return DocumentCommand(doc, tr("Add lane") if is_lane else tr("Add stage"), ops)


def remove_elements(doc: Document, ids: Iterable[str]) -> DocumentCommand:
    """Delete elements in one step: a node takes its edges, a lane its nodes (lanes below close
    the gap); a stage leaves its nodes where they are."""
    bp = doc.blueprint
    ids = [i for i in dict.fromkeys(ids) if doc.find(i) is not None]
    lanes = {i for i in ids if doc.find(i, "lanes")}
    if lanes:
        ids += [n.id for n in bp.nodes if n.lane in lanes and n.id not in ids]
    ops: list[Any] = [RemoveOp(ids)]
    if lanes:
        remaining = [lane for lane in bp.lanes if lane.id not in lanes]
        shifted = _shift_nodes_with_lanes(doc, bp.lanes, remaining, skip=set(ids))
        if shifted:
            ops.append(replace_op(doc, shifted))
    return DocumentCommand(doc, tr("Delete"), ops)
