"""Undoable commands: thin `QUndoCommand`s that call `Document` and hold ids and element snapshots.

A command is a list of operations replayed inside one `Document.batch()` (one event per change),
undone in reverse. Commands never touch Qt items; the scene follows the document's events.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from blueprint_studio.canvas.geometry import band_at, lane_bands, nearest_band, stage_bands
from blueprint_studio.model.document import Document, Placed, key_of

MERGE_ID = 4711  # every mergeable command shares it; `merge_key` decides whether two merge


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


# ---------------------------------------------------------------- operations


class AddOp:
    def __init__(self, elements: Sequence[Any]) -> None:
        self.elements = list(elements)
        self.placed: list[Placed] | None = None

    def redo(self, doc: Document) -> None:
        if self.placed is None:
            self.placed = [doc.add(e) for e in self.elements]
        else:
            doc.insert(self.placed)

    def undo(self, doc: Document) -> None:
        doc.remove([key_of(e) for e in self.elements])


class RemoveOp:
    def __init__(self, ids: Iterable[str]) -> None:
        self.ids = list(ids)
        self.placed: list[Placed] = []

    def redo(self, doc: Document) -> None:
        self.placed = doc.remove(self.ids)

    def undo(self, doc: Document) -> None:
        doc.insert(self.placed)


class ReplaceOp:
    def __init__(self, before: Sequence[Any], after: Sequence[Any]) -> None:
        self.before = {key_of(e): e for e in before}
        self.after = {key_of(e): e for e in after}

    def redo(self, doc: Document) -> None:
        for element in self.after.values():
            doc.replace(element)

    def undo(self, doc: Document) -> None:
        for element in self.before.values():
            doc.replace(element)

    def merge(self, other: ReplaceOp) -> None:
        for key, element in other.before.items():
            self.before.setdefault(key, element)
        self.after.update(other.after)

    @property
    def empty(self) -> bool:
        return all(self.before.get(k) == v for k, v in self.after.items())


class ReorderOp:
    def __init__(self, key: str, index: int) -> None:
        self.key = key
        self.index = index
        self.former = index

    def redo(self, doc: Document) -> None:
        self.former = doc.move(self.key, self.index)

    def undo(self, doc: Document) -> None:
        doc.move(self.key, self.former)


# ---------------------------------------------------------------- the command


class DocumentCommand(QUndoCommand):
    """Replays its operations in one batch; undo runs them backwards in one batch."""

    def __init__(
        self, document: Document, text: str, ops: Sequence[Any], merge_key: tuple | None = None
    ) -> None:
        super().__init__(text)
        self.document = document
        self.ops = list(ops)
        self.merge_key = merge_key

    def redo(self) -> None:
        with self.document.batch():
            for op in self.ops:
                op.redo(self.document)

    def undo(self) -> None:
        with self.document.batch():
            for op in reversed(self.ops):
                op.undo(self.document)

    def id(self) -> int:  # noqa: A003 - Qt's name
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, DocumentCommand) or other.merge_key != self.merge_key:
            return False
        if len(self.ops) != 1 or len(other.ops) != 1:
            return False
        mine, theirs = self.ops[0], other.ops[0]
        if not isinstance(mine, ReplaceOp) or not isinstance(theirs, ReplaceOp):
            return False
        mine.merge(theirs)
        if mine.empty:
            self.setObsolete(True)
        return True


# ---------------------------------------------------------------- building commands


def add_elements(doc: Document, elements: Sequence[Any], text: str | None = None) -> DocumentCommand:
    return DocumentCommand(doc, text or tr("Add"), [AddOp(elements)])


def add_elements_growing_lane(
    doc: Document, elements: Sequence[Any], text: str, lane: str | None, height: float | None
) -> DocumentCommand:
    """Add elements, first making `lane` `height` tall (the lanes below move down) when given:
    one undo step for a node inserted where its lane had no room."""
    if lane is None or height is None:
        return add_elements(doc, elements, text)
    grow = resize_band(doc, lane, height)
    return DocumentCommand(doc, text, [*grow.ops, AddOp(elements)])


def change_elements(
    doc: Document, after: Sequence[Any], text: str | None = None, merge_key: tuple | None = None
) -> DocumentCommand:
    """Replace elements by new versions (same ids); `merge_key` merges repeated edits."""
    before = [doc.element(key_of(e)) for e in after]
    return DocumentCommand(doc, text or tr("Change"), [ReplaceOp(before, after)], merge_key)


def update_element(
    doc: Document, key: str, text: str | None = None, merge_key: tuple | None = None, **changes: Any
) -> DocumentCommand:
    """A validated copy of one element with `changes` (raises pydantic's ValidationError)."""
    old = doc.element(key)
    new = type(old).model_validate({**old.model_dump(), **changes})
    return change_elements(doc, [new], text, merge_key)


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
    new = type(new).model_validate(new.model_dump())
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
        ops.append(ReplaceOp([doc.element(n.id) for n in shifted], shifted))
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
    add = AddOp([element])
    ops: list[Any] = [_AddAt(add, index)]
    if shifted:
        ops.append(ReplaceOp([doc.element(n.id) for n in shifted], shifted))
    return DocumentCommand(doc, tr("Add lane") if is_lane else tr("Add stage"), ops)


class _AddAt:
    """Adds one element at a given index of its collection."""

    def __init__(self, op: AddOp, index: int) -> None:
        self.op = op
        self.index = index

    def redo(self, doc: Document) -> None:
        if self.op.placed is None:
            self.op.placed = [doc.add(self.op.elements[0], self.index)]
        else:
            doc.insert(self.op.placed)

    def undo(self, doc: Document) -> None:
        self.op.undo(doc)


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
            ops.append(ReplaceOp([doc.element(n.id) for n in shifted], shifted))
    return DocumentCommand(doc, tr("Delete"), ops)
