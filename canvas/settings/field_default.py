"""The default of a ticket field in the Ticket fields tab: the value a new ticket card starts
with. A pick list of the field's values by their words (a list or yes/no field), or a box for a
number or a text, where empty means none."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from blueprint_studio.model import words
from blueprint_studio.model.schema import TicketField

CONTEXT = "FieldSettings"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class DefaultPicker(QWidget):
    """`show_field(field, language)` shows its default; `sig_chosen(value or None)` on each pick or
    finished typing (a number typed with the window's decimal comma is read)."""

    sig_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("field_default")
        self.setToolTip(tr("The value a new ticket card starts with; none: the card leaves it empty"))
        self.combo = QComboBox(self)
        self.combo.setObjectName("field_default_choice")
        self.text = QLineEdit(self)
        self.text.setObjectName("field_default_text")
        self.text.setPlaceholderText(tr("(none)"))
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.combo, 1)
        line.addWidget(self.text, 1)
        self.type = "choice"
        self._showing = False
        self.combo.activated.connect(lambda *_: self.sig_chosen.emit(self.combo.currentData()))
        self.text.editingFinished.connect(self._typed)

    def show_field(self, field: TicketField, language: str) -> None:
        self._showing = True
        try:
            self.type = field.type
            listed = field.type in ("choice", "boolean")
            self.combo.setVisible(listed)
            self.text.setVisible(not listed)
            if listed:
                self.combo.clear()
                self.combo.addItem(tr("(none)"), None)
                if field.type == "choice":
                    for value in field.values:
                        self.combo.addItem(words.value_label(field, value, language), value)
                else:
                    self.combo.addItem(words.yes_no(True, language), True)
                    self.combo.addItem(words.yes_no(False, language), False)
                found = [i for i in range(self.combo.count()) if self.combo.itemData(i) == field.default]
                found = [i for i in found if type(self.combo.itemData(i)) is type(field.default)] or [0]
                self.combo.setCurrentIndex(found[0])
            elif not self.text.hasFocus():
                shown = "" if field.default is None else str(field.default)
                if field.type == "number" and field.default is not None:
                    shown = QLocale().toString(float(field.default), "g", 12)
                self.text.setText(shown)
        finally:
            self._showing = False

    def _typed(self) -> None:
        if self._showing:
            return
        text = self.text.text().strip()
        if not text:
            self.sig_chosen.emit(None)
        elif self.type == "number":
            value, ok = QLocale().toDouble(text)
            if not ok:
                value, ok = QLocale.c().toDouble(text)
            self.sig_chosen.emit(value if ok else text)  # a word is refused by the schema, shown
        else:
            self.sig_chosen.emit(text)

    def value(self) -> Any:
        return self.combo.currentData() if self.combo.isVisible() else self.text.text()
