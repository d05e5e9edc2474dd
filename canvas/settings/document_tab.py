"""The Document tab of the Blueprint settings: title, description, language, currency, author and
revision of the blueprint (`Meta`). Each edit is an undo command; typing in a box merges.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from blueprint_studio.canvas.commands.settings import update_meta
from blueprint_studio.canvas.settings import SettingsTab, error_label
from blueprint_studio.model.document import Document
from blueprint_studio.model.schema import Blueprint

CONTEXT = "DocumentSettings"
LANGUAGE_NAMES = {
    "fr": QT_TRANSLATE_NOOP("DocumentSettings", "French"),
    "en": QT_TRANSLATE_NOOP("DocumentSettings", "English"),
}
# Common ISO 4217 codes offered in the picker; any other three-letter code may be typed.
CURRENCIES = {
    "EUR": QT_TRANSLATE_NOOP("DocumentSettings", "Euro"),
    "GBP": QT_TRANSLATE_NOOP("DocumentSettings", "Pound sterling"),
    "USD": QT_TRANSLATE_NOOP("DocumentSettings", "US dollar"),
    "CHF": QT_TRANSLATE_NOOP("DocumentSettings", "Swiss franc"),
    "CAD": QT_TRANSLATE_NOOP("DocumentSettings", "Canadian dollar"),
    "AUD": QT_TRANSLATE_NOOP("DocumentSettings", "Australian dollar"),
    "JPY": QT_TRANSLATE_NOOP("DocumentSettings", "Japanese yen"),
    "SEK": QT_TRANSLATE_NOOP("DocumentSettings", "Swedish krona"),
    "NOK": QT_TRANSLATE_NOOP("DocumentSettings", "Norwegian krone"),
    "DKK": QT_TRANSLATE_NOOP("DocumentSettings", "Danish krone"),
    "PLN": QT_TRANSLATE_NOOP("DocumentSettings", "Polish złoty"),
    "MAD": QT_TRANSLATE_NOOP("DocumentSettings", "Moroccan dirham"),
    "XOF": QT_TRANSLATE_NOOP("DocumentSettings", "CFA franc (West Africa)"),
    "INR": QT_TRANSLATE_NOOP("DocumentSettings", "Indian rupee"),
    "CNY": QT_TRANSLATE_NOOP("DocumentSettings", "Chinese yuan"),
}
_CODE = re.compile(r"^\s*([A-Za-z]{3})\s*$|\(([A-Za-z]{3})\)\s*$")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def currency_text(code: str) -> str:
    """ "Euro (EUR)"; a code without a known name is shown alone."""
    return tr("{name} ({code})").format(name=tr(CURRENCIES[code]), code=code) if code in CURRENCIES else code


def currency_code(text: str) -> str | None:
    """The ISO code in what was typed or picked ("eur", "Euro (EUR)"), or None."""
    for code in CURRENCIES:
        if text.strip().casefold() == currency_text(code).casefold():
            return code
    match = _CODE.search(text)
    return (match.group(1) or match.group(2)).upper() if match else None


class DocumentSettingsTab(SettingsTab):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("settings_document_tab")
        self.title_edit = self._line(
            "settings_title", tr("The blueprint's name, shown in the tab, on the PDF and in reports")
        )
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("settings_description")
        self.description.setTabChangesFocus(True)
        self.description.setToolTip(tr("What the blueprint describes; printed under the title of the PDF"))
        self.language = QComboBox(self)
        self.language.setObjectName("settings_language")
        self.language.setToolTip(
            tr("The language of the blueprint's texts: field and value labels are shown in it")
        )
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(tr(name), code)
        self.currency = QComboBox(self)
        self.currency.setObjectName("settings_currency")
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.setToolTip(
            tr(
                "The currency of every cost (agents' cost per hour): "
                "pick one or type its ISO 4217 code, such as EUR"
            )
        )
        for code in CURRENCIES:
            self.currency.addItem(currency_text(code), code)
        self.author = self._line("settings_author", tr("Who wrote or owns the blueprint"))
        self.revision = self._line("settings_revision", tr("The blueprint's version, such as 1.2 or 2026-03"))
        self.errors = {
            name: error_label(self, f"settings_{name}_error") for name in ("title", "currency", "other")
        }
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(tr("&Title:"), self.title_edit)
        form.addRow("", self.errors["title"])
        form.addRow(tr("&Description:"), self.description)
        form.addRow(tr("&Language:"), self.language)
        form.addRow(tr("&Currency:"), self.currency)
        form.addRow("", self.errors["currency"])
        form.addRow(tr("&Author:"), self.author)
        form.addRow(tr("&Revision:"), self.revision)
        form.addRow("", self.errors["other"])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.title_edit.textEdited.connect(lambda text: self._change("title", title=text))
        self.author.textEdited.connect(lambda text: self._change("other", author=text))
        self.revision.textEdited.connect(lambda text: self._change("other", revision=text))
        self.description.textChanged.connect(
            lambda: self._change("other", description=self.description.toPlainText())
        )
        self.language.activated.connect(
            lambda _i: self._change("other", False, language=self.language.currentData())
        )
        self.currency.activated.connect(lambda _i: self._currency_typed(self.currency.currentText()))
        self.currency.lineEdit().textEdited.connect(self._currency_typed)
        self.currency.lineEdit().editingFinished.connect(self.refresh)

    def title(self) -> str:
        return tr("Document")

    def _line(self, name: str, tip: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setToolTip(tip)
        edit.setClearButtonEnabled(True)
        return edit

    def _change(self, error: str, merge: bool = True, **changes: Any) -> None:
        if self.document.blueprint.meta.model_dump(include=set(changes)) == changes:
            return
        self.commit(
            lambda: update_meta(self.document, tr("Change document settings"), merge, **changes),
            self.errors[error],
        )

    def _currency_typed(self, text: str) -> None:
        if self.quiet:
            return
        code = currency_code(text)
        if code is None:
            self.commit(self._bad_currency, self.errors["currency"])
            return
        if code == self.document.blueprint.meta.currency:
            self.commit(lambda: None, self.errors["currency"])  # clears a former message
            return
        self.commit(
            lambda: update_meta(self.document, tr("Change currency"), merge=False, currency=code),
            self.errors["currency"],
        )

    @staticmethod
    def _bad_currency() -> Any:
        raise ValueError(
            tr("Type a currency's three-letter ISO 4217 code, such as EUR, or pick one in the list")
        )

    def show_blueprint(self, blueprint: Blueprint) -> None:
        meta = blueprint.meta
        with self.quietly():
            for edit, text in (
                (self.title_edit, meta.title),
                (self.author, meta.author),
                (self.revision, meta.revision),
            ):
                if edit.text() != text:
                    edit.setText(text)
            if self.description.toPlainText() != meta.description:
                self.description.setPlainText(meta.description)
            self.language.setCurrentIndex(max(0, self.language.findData(meta.language)))
            if (
                not self.currency.lineEdit().hasFocus()
                or currency_code(self.currency.currentText()) != meta.currency
            ):
                index = self.currency.findData(meta.currency)
                if index >= 0:
                    self.currency.setCurrentIndex(index)
                if self.currency.currentText() != currency_text(meta.currency):
                    self.currency.setEditText(currency_text(meta.currency))
