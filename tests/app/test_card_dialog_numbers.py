"""The ticket-card dialog takes only finite numbers: typed or pasted "inf", "nan" or "1e999" keeps
the dialog open with a message naming the field, so no card holds a value no file can save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from blueprint_studio.app.training.card_dialog import CardDialog
from blueprint_studio.model.fileformat import dumps, loads
from blueprint_studio.model.schema import Exponential, TicketCard, TicketField

FIELDS = [
    TicketField(name="category", values=["support", "feature"]),
    TicketField(name="age", label="Age in days", type="number", distribution=Exponential(mean=3)),
]


def _dialog(qtbot) -> CardDialog:
    dialog = CardDialog(TicketCard(id="card_1", name="Reset"), FIELDS)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _click_ok(dialog: CardDialog) -> None:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    "text, typed", [("1e999", True), ("-1e400", True), ("inf", False), ("nan", False), ("Infinity", False)]
)
def test_a_number_no_file_can_hold_keeps_the_dialog_open_naming_the_field(qtbot, text, typed):
    dialog = _dialog(qtbot)
    age = dialog.editors["age"]
    if typed:
        QTest.keyClicks(age, text)
    else:
        age.setText(text)  # pasted: the validator does not see it
    _click_ok(dialog)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.error_label.isVisibleTo(dialog)
    assert (
        dialog.error_label.text() == f"“Age in days” needs a number such as 12 or 3.5; “{text}” is not one."
    )
    assert dialog.focusWidget() is age and age.selectedText() == text


def test_a_finite_number_is_accepted_and_saves(qtbot):
    dialog = _dialog(qtbot)
    dialog.editors["age"].setText("")
    QTest.keyClicks(dialog.editors["age"], "12,5")
    _click_ok(dialog)
    assert not dialog.isVisible() and dialog.result() == 1
    card = dialog.card()
    assert card.fields == {"age": 12.5}
    assert not dialog.error_label.isVisibleTo(dialog)
    assert dumps(loads(dumps_card(card))) == dumps_card(card)


def dumps_card(card: TicketCard) -> bytes:
    from blueprint_studio.model.schema import Blueprint

    return dumps(Blueprint(fields=FIELDS, cards=[card]))
