"""Ticket-card commands: redo -> undo -> redo gives identical dumps, undo restores order; the card
dialog returns a validated card with only the fields that were set."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from PySide6.QtGui import QUndoStack

from blueprint_studio.app.training.card_dialog import CardDialog
from blueprint_studio.canvas.commands import cards as card_commands
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import dumps, load
from blueprint_studio.model.schema import TicketCard
from blueprint_studio.resources import template_path


@pytest.fixture
def doc() -> Document:
    return Document(load(template_path("helpdesk_flow", "en")))


def round_trip(stack: QUndoStack, doc: Document, command) -> bytes:
    before = dumps(doc.blueprint)
    stack.push(command)
    after = dumps(doc.blueprint)
    assert after != before
    stack.undo()
    assert dumps(doc.blueprint) == before
    stack.redo()
    assert dumps(doc.blueprint) == after
    stack.undo()
    stack.redo()
    assert dumps(doc.blueprint) == after
    return after


def test_add_card_round_trip_with_a_fresh_id(qapp, doc):
    stack = QUndoStack()
    card = card_commands.new_card(doc, "Printer jam, P4", {"priority": "P4"})
    assert card.id == "card_1" and doc.element("card_1") is None
    round_trip(stack, doc, card_commands.add_card(doc, card))
    assert doc.blueprint.cards[-1] == card
    assert stack.undoText() == "Add ticket card"


def test_add_card_at_an_index(qapp, doc):
    stack = QUndoStack()
    card = card_commands.new_card(doc, "First")
    round_trip(stack, doc, card_commands.add_card(doc, card, 0))
    assert doc.blueprint.cards[0].id == card.id


def test_change_and_update_card_round_trip(qapp, doc):
    stack = QUndoStack()
    old = doc.blueprint.cards[1]
    renamed = old.model_copy(update={"name": "Renamed", "fields": {"category": "support"}})
    round_trip(stack, doc, card_commands.change_card(doc, renamed))
    assert doc.element(old.id).name == "Renamed"
    round_trip(stack, doc, card_commands.update_card(doc, old.id, expected_path=[]))
    assert doc.element(old.id).expected_path == [] and doc.blueprint.cards.index(doc.element(old.id)) == 1
    with pytest.raises(ValidationError):
        card_commands.update_card(doc, old.id, fields={"bad name!": 1})


def test_remove_card_round_trip_keeps_the_order(qapp, doc):
    stack = QUndoStack()
    ids = [c.id for c in doc.blueprint.cards]
    round_trip(stack, doc, card_commands.remove_card(doc, ids[1]))
    assert [c.id for c in doc.blueprint.cards] == ids[:1] + ids[2:]
    stack.undo()
    assert [c.id for c in doc.blueprint.cards] == ids


def test_unknown_cards_are_refused(qapp, doc):
    for build in (
        lambda: card_commands.remove_card(doc, "nope"),
        lambda: card_commands.update_card(doc, "nope", name="x"),
        lambda: card_commands.change_card(doc, TicketCard(id="nope")),
    ):
        with pytest.raises(KeyError):
            build()


def test_card_dialog_returns_only_the_fields_set(qtbot, doc):
    card = doc.blueprint.cards[0]
    dialog = CardDialog(card, doc.blueprint.fields, {n.id: n.title for n in doc.blueprint.nodes})
    qtbot.addWidget(dialog)
    assert dialog.values() == card.fields
    assert "E-mail to support" in dialog.path_label.text()
    dialog.name_edit.setText("  Changed  ")
    dialog.editors["priority"].setCurrentIndex(0)  # (not set)
    dialog.editors["tier"].setCurrentIndex(2)  # premium
    dialog.clear_path.setChecked(True)
    edited = dialog.card()
    assert edited.id == card.id and edited.name == "Changed" and edited.expected_path == []
    assert "priority" not in edited.fields and edited.fields["tier"] == "premium"
