"""Undoable commands on ticket cards (sample tickets of the walkthrough), built on `base` like the
drawing's: thin `QUndoCommand`s holding ids and card snapshots that call `Document`; never widgets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from blueprint_studio.canvas.commands.base import (
    DocumentCommand,
    add_elements,
    change_elements,
    element_of,
    remove_ids,
    update_element,
)
from blueprint_studio.model.document import Document
from blueprint_studio.model.schema import TicketCard


def tr(text: str) -> str:
    return QCoreApplication.translate("CardCommands", text)


def new_card(
    document: Document, name: str, fields: Mapping[str, Any] | None = None, expected_path: Sequence[str] = ()
) -> TicketCard:
    """A validated card with a fresh id (`card_1`, `card_2`, …); not yet in the document. Its
    fields start from the ticket fields' defaults, then `fields`."""
    start = {f.name: f.default for f in document.blueprint.fields if f.default is not None}
    return TicketCard(
        id=document.new_id("card"),
        name=name,
        fields={**start, **(fields or {})},
        expected_path=list(expected_path),
    )


def add_card(document: Document, card: TicketCard, index: int | None = None) -> DocumentCommand:
    """Add `card` (at `index`, the end by default)."""
    return add_elements(document, [card], tr("Add ticket card"), index)


def change_card(document: Document, card: TicketCard) -> DocumentCommand:
    """Replace the card with the same id by `card` (name, fields or expected path)."""
    element_of(document, card.id, "cards")
    return change_elements(document, [card], tr("Edit ticket card"))


def update_card(document: Document, card_id: str, **changes: Any) -> DocumentCommand:
    """The card with `changes` (raises pydantic's ValidationError on a refused value)."""
    return update_element(document, card_id, tr("Edit ticket card"), collection="cards", **changes)


def remove_card(document: Document, card_id: str) -> DocumentCommand:
    """Delete the card; undo puts it back at the same place in the list."""
    element_of(document, card_id, "cards")
    return remove_ids(document, [card_id], tr("Delete ticket card"))
