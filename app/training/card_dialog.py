"""`CardDialog`: create or edit a ticket card (name, field values, expected path). It returns a card;
the dock turns it into an undoable command. It never touches the document.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.app.training.widgets import lang
from blueprint_studio.canvas.commands.base import refused_because
from blueprint_studio.model.document import validated_copy
from blueprint_studio.model.schema import TicketCard, TicketField
from blueprint_studio.model.words import field_words, value_label


def tr(text: str) -> str:
    return QCoreApplication.translate("CardDialog", text)


class CardDialog(QDialog):
    """Fields left "not set" are left out of the card: the walkthrough asks for them if needed."""

    def __init__(
        self,
        card: TicketCard,
        fields: Sequence[TicketField],
        titles: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card_dialog")
        self.setWindowTitle(tr("Ticket card"))
        self.original = card
        self.fields = list(fields)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.name_edit = QLineEdit(card.name)
        self.name_edit.setObjectName("card_name")
        self.name_edit.setPlaceholderText(tr("e.g. Password reset by e-mail, P3"))
        form.addRow(tr("Name"), self.name_edit)
        self.editors: dict[str, QWidget] = {}
        for field in self.fields:
            editor = self._editor(field, card.fields.get(field.name))
            editor.setObjectName(f"card_field_{field.name}")
            self.editors[field.name] = editor
            form.addRow(field_words(field, lang()), editor)
        names = titles or {}
        path = " → ".join(names.get(n, n) for n in card.expected_path)
        self.path_label = QLabel(
            path or tr("No expected path: the quiz compares with the model's own choices.")
        )
        self.path_label.setWordWrap(True)
        form.addRow(tr("Expected path"), self.path_label)
        self.clear_path = QCheckBox(tr("Forget the expected path"))
        self.clear_path.setObjectName("card_clear_path")
        self.clear_path.setEnabled(bool(card.expected_path))
        form.addRow("", self.clear_path)
        self.error_label = QLabel("")
        self.error_label.setObjectName("card_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _editor(self, field: TicketField, value: Any) -> QWidget:
        if field.type in ("choice", "boolean"):
            combo = QComboBox()
            combo.addItem(tr("(not set)"), None)
            options = list(field.values) if field.type == "choice" else [True, False]
            for option in options:
                text = (
                    value_label(field, option, lang())  # "Feature request", not "feature"
                    if isinstance(option, str)
                    else (tr("yes") if option else tr("no"))
                )
                combo.addItem(text, option)
            if value is not None and value in options:
                combo.setCurrentIndex(options.index(value) + 1)
            return combo
        line = QLineEdit("" if value is None else str(value))
        line.setPlaceholderText(tr("(not set)"))
        if field.type == "number":
            line.setValidator(QDoubleValidator())
        return line

    def accept(self) -> None:
        """Refuse a number that is not a finite one (inf, nan, 1e999), or a value the schema refuses
        (a name too long), with a message naming the field, and keep the dialog open on it."""
        problem = self.number_problem()
        if problem is not None:
            field, text = problem
            message = tr("“{field}” needs a number such as 12 or 3.5; “{text}” is not one.").format(
                field=field.label or field.name, text=text
            )
            self._refuse(message, self.editors[field.name])
            return
        refused = self.refusal()
        if refused is not None:
            self._refuse(*refused)
            return
        self.error_label.hide()
        super().accept()

    def _refuse(self, message: str, editor: QWidget) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.adjustSize()  # room for the message, without squeezing the form
        editor.setFocus()
        if isinstance(editor, QLineEdit):
            editor.selectAll()

    def refusal(self) -> tuple[str, QWidget] | None:
        """What the schema refuses in the card as edited, in words naming the field (the reason
        from the catalogue, as a file's load error says it), and the editor to fix; None if nothing."""
        try:
            self.card()
        except ValidationError as error:
            problem = error.errors()[0]
            place = problem.get("loc", ())
            editor: QWidget = self.name_edit
            where = tr("Name")
            if len(place) > 1 and place[0] == "fields" and place[1] in self.editors:
                field = next(f for f in self.fields if f.name == place[1])
                where, editor = field_words(field, lang()), self.editors[field.name]
            what = refused_because(problem)  # as the properties panel and a file's load error say it
            return tr("“{field}” {reason}.").format(field=where, reason=what), editor
        return None

    def number_problem(self) -> tuple[TicketField, str] | None:
        for field in self.fields:
            editor = self.editors[field.name]
            if field.type == "number" and isinstance(editor, QLineEdit) and editor.text().strip():
                if _number(editor.text().strip()) is None:
                    return field, editor.text().strip()
        return None

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field in self.fields:
            editor = self.editors[field.name]
            if isinstance(editor, QComboBox):
                value = editor.currentData()
                if value is not None:
                    out[field.name] = value
            elif isinstance(editor, QLineEdit) and editor.text().strip():
                text = editor.text().strip()
                out[field.name] = _number(text) if field.type == "number" else text
        return {k: v for k, v in out.items() if v is not None}

    def card(self) -> TicketCard:
        """The edited card, same id; raises pydantic's ValidationError on a bad value."""
        path = [] if self.clear_path.isChecked() else list(self.original.expected_path)
        return validated_copy(
            self.original, name=self.name_edit.text().strip(), fields=self.values(), expected_path=path
        )


def _number(text: str) -> int | float | None:
    """A finite number, with a decimal point or comma; None for anything else (inf, nan, 1e999
    would be read as infinity, which no file can hold)."""
    try:
        value = float(text.replace(",", ".").replace("\u202f", "").replace("\u00a0", ""))
    except ValueError:
        return None
    if not math.isfinite(value):
        return None
    return int(value) if value.is_integer() else value
