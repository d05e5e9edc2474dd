"""The undo machinery every command shares: `DocumentCommand` (a `QUndoCommand` replaying operations
on `Document` in one batch) and the operations (add, add at an index, remove, replace, reorder).

Commands hold ids and element snapshots, never Qt items. `add_elements` and `replace_op` (which
every change goes through) validate what they are given (`validated_copy`), once, so a change the
schema refuses raises pydantic's ValidationError before it is pushed and never reaches the
document; the builders hand them plain `model_copy` drafts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QUndoCommand

from blueprint_studio.model import load_texts
from blueprint_studio.model.document import Document, Placed, key_of, validated_copy

MERGE_ID = 4711  # every mergeable command shares it; `merge_key` decides whether two merge


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


# ---------------------------------------------------------------- operations


class AddOp:
    """Adds elements (at `index` when given: one element at that place of its collection);
    redo after undo puts back the same records."""

    def __init__(self, elements: Sequence[Any], index: int | None = None) -> None:
        self.elements = list(elements)
        self.index = index
        self.placed: list[Placed] | None = None

    def redo(self, doc: Document) -> None:
        if self.placed is None:
            self.placed = [doc.add(e, self.index) for e in self.elements]
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


# ---------------------------------------------------------------- generic builders


def element_of(doc: Document, key: str, collection: str | None = None) -> Any:
    """The element `key` (of `collection` when given); KeyError when there is none."""
    element = doc.element(key, collection)
    if element is None:
        raise KeyError(f"no {collection[:-1] if collection else 'element'} '{key}'")
    return element


def add_elements(
    doc: Document, elements: Sequence[Any], text: str | None = None, index: int | None = None
) -> DocumentCommand:
    """Add elements (one element at `index` of its collection when given); raises pydantic's
    ValidationError when the schema refuses one."""
    checked = [validated_copy(e) for e in elements]
    return DocumentCommand(doc, text or tr("Add"), [AddOp(checked, index)])


def replace_op(doc: Document, after: Sequence[Any]) -> ReplaceOp:
    """The operation replacing elements by validated copies of `after` (same keys)."""
    checked = [validated_copy(e) for e in after]
    return ReplaceOp([element_of(doc, key_of(e)) for e in checked], checked)


def change_elements(
    doc: Document, after: Sequence[Any], text: str | None = None, merge_key: tuple | None = None
) -> DocumentCommand:
    """Replace elements by new versions (same ids); `merge_key` merges repeated edits. Raises
    pydantic's ValidationError when the schema refuses one of them."""
    return DocumentCommand(doc, text or tr("Change"), [replace_op(doc, after)], merge_key)


def update_element(
    doc: Document,
    key: str,
    text: str | None = None,
    /,
    merge_key: tuple | None = None,
    collection: str | None = None,
    **changes: Any,
) -> DocumentCommand:
    """One element changed by `changes` (raises pydantic's ValidationError on a refused value).
    The command's text is positional: `text=` is a change (a note's text)."""
    draft = element_of(doc, key, collection).model_copy(update=changes)
    return change_elements(doc, [draft], text, merge_key)  # replace_op validates it


def remove_ids(doc: Document, ids: Iterable[str], text: str) -> DocumentCommand:
    """Delete elements as they are (a node's edges go with it); undo puts them back in place."""
    return DocumentCommand(doc, text, [RemoveOp(ids)])


def refusal(error: ValidationError, names: dict[str, str] | None = None) -> str:
    """Why the schema refused a change, as "where: what" per problem, for the user; `names` gives
    the words of the fields a form shows ({"title": "Title"}), said in place of their keys."""
    return "; ".join(_readable(e, names or {}) for e in error.errors())


def _readable(error: Any, names: dict[str, str] | None = None) -> str:
    """A pydantic error as "where: what", without the model's internal path noise; the what in the
    user's language when it is one of the schema's codes that a file's load error words too
    (model/load_texts: "x: must be ≤ 10,000,000"), else the schema rule's own English."""
    place = [str(p) for p in error.get("loc", ()) if not str(p).startswith("function-")]
    if place and names and place[0] in names:  # the field's words, as the form labels it
        place[0] = names[place[0]]
    where = ".".join(place)
    message = refused_because(error)
    return (
        QCoreApplication.translate("Properties", "{where}: {message}").format(where=where, message=message)
        if where
        else message
    )


def refused_because(error: Any) -> str:
    """The what of one pydantic error (an item of `ValidationError.errors()`), without its where:
    in the user's language when it is one of the schema's codes that a file's load error words
    too (model/load_texts), else the schema rule's own English."""
    params = {
        k: int(v) if isinstance(v, float) and v.is_integer() else v
        for k, v in error.get("ctx", {}).items()
        if isinstance(v, (str, int, float))
    }
    return load_texts.word(
        str(error.get("type", "")),
        params,
        lambda text: QCoreApplication.translate(load_texts.CONTEXT, text),
        QLocale().groupSeparator() or ",",
    ) or error.get("msg", "").removeprefix("Value error, ")
