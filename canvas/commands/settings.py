"""Undoable commands of the Blueprint settings dialog: the document's description (`set_meta`) and
generic add / change / remove / move of a collection item (fields, pools, calendars, SLA policies),
plus the rename of a ticket field or value (every reference rewritten, one undo step).

Built on `base`'s `DocumentCommand`; they validate before they are pushed (a refused value raises
pydantic's ValidationError or a ValueError naming the problem) and hold snapshots, never widgets.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from blueprint_studio.canvas.commands.base import (
    AddOp,
    DocumentCommand,
    ReorderOp,
    ReplaceOp,
    element_of,
    remove_ids,
    replace_op,
)
from blueprint_studio.model.document import Document, collection_of, key_of, validated_copy
from blueprint_studio.model.rename import rename_field, rename_value
from blueprint_studio.model.schema import Blueprint, Meta


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsCommands", text)


class SwapOp:
    """Swaps one whole part of the document (`put` says which); typing merges two swaps of the
    same kind into one."""

    def __init__(self, before: Any, after: Any) -> None:
        self.before, self.after = before, after

    def put(self, doc: Document, value: Any) -> None:
        raise NotImplementedError

    def redo(self, doc: Document) -> None:
        self.put(doc, self.after)

    def undo(self, doc: Document) -> None:
        self.put(doc, self.before)

    def merge(self, other: SwapOp) -> None:
        self.after = other.after

    @property
    def empty(self) -> bool:
        return self.before == self.after


class MetaOp(SwapOp):
    """Swaps the document's `Meta` (title, description, language, currency, author, revision)."""

    def put(self, doc: Document, value: Meta) -> None:
        doc.set_meta(value)


class RekeyOp:
    """Replaces an element whose key changes (a ticket field renamed): `Document.replace` with the
    old key, and back."""

    def __init__(self, before: Any, after: Any) -> None:
        self.before, self.after = before, after

    def redo(self, doc: Document) -> None:
        doc.replace(self.after, old_key=key_of(self.before))

    def undo(self, doc: Document) -> None:
        doc.replace(self.before, old_key=key_of(self.after))


class SettingsCommand(DocumentCommand):
    """A `DocumentCommand` whose typing also merges for a whole part swapped (`SwapOp`: the
    document's description, the staffing targets)."""

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if (
            isinstance(other, SettingsCommand)
            and other.merge_key == self.merge_key
            and len(self.ops) == len(other.ops) == 1
            and isinstance(self.ops[0], SwapOp)
            and type(other.ops[0]) is type(self.ops[0])
        ):
            self.ops[0].merge(other.ops[0])
            if self.ops[0].empty:
                self.setObsolete(True)
            return True
        return super().mergeWith(other)


def set_meta(
    doc: Document, meta: Meta, text: str | None = None, merge_key: tuple | None = None
) -> DocumentCommand:
    """The document's description replaced by `meta` (validated now: raises pydantic's
    ValidationError on a refused value). Typing in one box merges through `merge_key`."""
    checked = validated_copy(meta)
    return SettingsCommand(
        doc, text or tr("Change document settings"), [MetaOp(doc.blueprint.meta, checked)], merge_key
    )


def update_meta(
    doc: Document, text: str | None = None, merge: bool = True, **changes: Any
) -> DocumentCommand:
    """`set_meta` with some of the description's fields changed; repeated edits of the same fields
    merge into one undo step (typing) unless `merge` is false (a choice picked in a list)."""
    meta = validated_copy(doc.blueprint.meta, **changes)
    return set_meta(doc, meta, text, merge_key=("meta", tuple(sorted(changes))) if merge else None)


def add_item(doc: Document, element: Any, text: str, index: int | None = None) -> DocumentCommand:
    """Add a field, pool, calendar or SLA policy (at `index` of its collection when given). Raises
    ValueError when its key is already taken or the schema refuses it."""
    checked = validated_copy(element)
    collection = collection_of(checked)
    key = key_of(checked)
    if doc.find(key, collection) is not None or (
        collection != "fields"
        and (doc.find(key) is not None or any(p.id == key for p in doc.blueprint.all_pools()))
    ):
        raise ValueError(tr("“{key}” is already used").format(key=key))
    return SettingsCommand(doc, text, [AddOp([checked], index)])


def change_item(doc: Document, element: Any, text: str, merge_key: tuple | None = None) -> DocumentCommand:
    """Replace the item with the same key by `element` (validated: raises pydantic's
    ValidationError on a refused value); edits with the same `merge_key` merge into one step."""
    return SettingsCommand(doc, text, [replace_op(doc, [element])], merge_key)


def remove_item(doc: Document, key: str, text: str) -> DocumentCommand:
    """Remove an item; undo puts it back at its place. The caller checks first that nothing uses it."""
    element_of(doc, key)
    return remove_ids(doc, [key], text)


def move_item(doc: Document, key: str, index: int, text: str) -> DocumentCommand:
    """Move an item to `index` of its collection."""
    element_of(doc, key)
    return SettingsCommand(doc, text, [ReorderOp(key, index)])


def blueprint_change(doc: Document, after: Blueprint, text: str) -> DocumentCommand:
    """One command taking the document from its blueprint to `after`, element by element: items
    whose content changed are replaced, a ticket field whose name changed is re-keyed (same index).
    Collections must hold the same items in the same order (what a rename gives)."""
    before = doc.blueprint
    ops: list[Any] = []
    changed: list[Any] = []
    for name in ("fields", "lanes", "pools", "calendars", "nodes", "edges", "sla", "scenarios", "cards"):
        olds, news = getattr(before, name), getattr(after, name)
        if len(olds) != len(news):
            raise ValueError(f"{name} differ in number")
        for old, new in zip(olds, news, strict=True):
            if old == new:
                continue
            if key_of(old) != key_of(new):
                ops.append(RekeyOp(old, validated_copy(new)))
            else:
                changed.append(new)
    if changed:
        # Re-keyed fields first, so that replacements naming the new key find it.
        ops.append(replace_op(doc, changed))
    if before.meta != after.meta:
        ops.append(MetaOp(before.meta, validated_copy(after.meta)))
    return SettingsCommand(doc, text, ops)


def rename_field_command(doc: Document, old: str, new: str) -> DocumentCommand:
    """Rename a ticket field and every condition, rule, action and card naming it (one undo step).
    Raises ValueError when `new` is not a valid name or is taken."""
    after = rename_field(doc.blueprint, old, new)
    return blueprint_change(doc, after, tr("Rename field"))


def rename_value_command(doc: Document, field: str, old: Any, new: Any) -> DocumentCommand:
    """Rename a choice value of a field everywhere it is named (one undo step)."""
    after = rename_value(doc.blueprint, field, old, new)
    return blueprint_change(doc, after, tr("Rename value"))


__all__ = [
    "MetaOp",
    "ReplaceOp",
    "SettingsCommand",
    "SwapOp",
    "add_item",
    "blueprint_change",
    "change_item",
    "move_item",
    "remove_item",
    "rename_field_command",
    "rename_value_command",
    "set_meta",
    "update_meta",
]
