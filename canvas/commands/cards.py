"""Undoable commands on ticket cards (sample tickets of the walkthrough), built like canvas/commands:
thin `QUndoCommand`s holding ids and card snapshots that call `Document`; never widgets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from blueprint_studio.canvas.commands import AddOp, DocumentCommand, RemoveOp, ReplaceOp
from blueprint_studio.model.document import Document
from blueprint_studio.model.schema import TicketCard


def tr(text: str) -> str:
    return QCoreApplication.translate("CardCommands", text)


def new_card(
    document: Document, name: str, fields: Mapping[str, Any] | None = None, expected_path: Sequence[str] = ()
) -> TicketCard:
    """A validated card with a fresh id (`card_1`, `card_2`, …); not yet in the document."""
    return TicketCard(
        id=document.new_id("card"), name=name, fields=dict(fields or {}), expected_path=list(expected_path)
    )


def add_card(document: Document, card: TicketCard, index: int | None = None) -> DocumentCommand:
    """Add `card` (at `index`, the end by default)."""
    op: Any = AddOp([card]) if index is None else _AddCardAt(card, index)
    return DocumentCommand(document, tr("Add ticket card"), [op])


def change_card(document: Document, card: TicketCard) -> DocumentCommand:
    """Replace the card with the same id by `card` (name, fields or expected path)."""
    before = document.element(card.id, "cards")
    if before is None:
        raise KeyError(f"no ticket card '{card.id}'")
    return DocumentCommand(document, tr("Edit ticket card"), [ReplaceOp([before], [card])])


def update_card(document: Document, card_id: str, **changes: Any) -> DocumentCommand:
    """A validated copy of the card with `changes` (raises pydantic's ValidationError)."""
    old = document.element(card_id, "cards")
    if old is None:
        raise KeyError(f"no ticket card '{card_id}'")
    return change_card(document, TicketCard.model_validate({**old.model_dump(), **changes}))


def remove_card(document: Document, card_id: str) -> DocumentCommand:
    """Delete the card; undo puts it back at the same place in the list."""
    if document.element(card_id, "cards") is None:
        raise KeyError(f"no ticket card '{card_id}'")
    return DocumentCommand(document, tr("Delete ticket card"), [RemoveOp([card_id])])


class _AddCardAt:
    """Adds one card at a given index; redo after undo puts back the same record."""

    def __init__(self, card: TicketCard, index: int) -> None:
        self.card, self.index = card, index
        self.placed: list[Any] | None = None

    def redo(self, doc: Document) -> None:
        if self.placed is None:
            self.placed = [doc.add(self.card, self.index)]
        else:
            doc.insert(self.placed)

    def undo(self, doc: Document) -> None:
        doc.remove([self.card.id])
