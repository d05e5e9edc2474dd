"""The Ticket fields tab of the Blueprint settings: the list of fields (add, remove, reorder) and the
selected field's name, display names in French and English, type and arrival shares (choice values
with their labels and shares, the share of "yes", a number's distribution).

Renaming a field or a value rewrites every reference (`model.rename`) in one undo step; a field or
value still in use is not removed: the message names where it is used.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.canvas.commands.settings import (
    add_item,
    change_item,
    move_item,
    remove_item,
    rename_field_command,
    rename_value_command,
)
from blueprint_studio.canvas.properties.subforms import DistributionEditor
from blueprint_studio.canvas.settings import SettingsTab, error_label, show_error
from blueprint_studio.canvas.settings.field_default import DefaultPicker
from blueprint_studio.model import words
from blueprint_studio.model.document import Document
from blueprint_studio.model.rename import RenameError, Use, check_field_name, field_uses, value_uses
from blueprint_studio.model.schema import Blueprint, TicketField

CONTEXT = "FieldSettings"
TYPE_NAMES = {
    "choice": QT_TRANSLATE_NOOP("FieldSettings", "Choice"),
    "boolean": QT_TRANSLATE_NOOP("FieldSettings", "Yes/no"),
    "number": QT_TRANSLATE_NOOP("FieldSettings", "Number"),
    "text": QT_TRANSLATE_NOOP("FieldSettings", "Text"),
}
RENAME_ERRORS = {
    "invalid_name": QT_TRANSLATE_NOOP(
        "FieldSettings",
        "“{name}” cannot name a field: use letters without accents, digits and _, starting with a letter",
    ),
    "builtin_name": QT_TRANSLATE_NOOP("FieldSettings", "“{name}” is a built-in field of every ticket"),
    "name_taken": QT_TRANSLATE_NOOP("FieldSettings", "Another field is already named “{name}”"),
    "unknown_field": QT_TRANSLATE_NOOP("FieldSettings", "There is no field named “{field}”"),
    "not_a_choice": QT_TRANSLATE_NOOP("FieldSettings", "Only a choice field has values"),
    "unknown_value": QT_TRANSLATE_NOOP("FieldSettings", "There is no value “{value}”"),
    "value_taken": QT_TRANSLATE_NOOP("FieldSettings", "The field already has a value “{value}”"),
    "empty_value": QT_TRANSLATE_NOOP("FieldSettings", "A value cannot be empty"),
}
# What names a field or value, counted in the refusal to remove it.
USE_WORDS = {
    "condition": QT_TRANSLATE_NOOP("FieldSettings", "link condition"),
    "guard": QT_TRANSLATE_NOOP("FieldSettings", "link guard"),
    "duration_rule": QT_TRANSLATE_NOOP("FieldSettings", "duration rule"),
    "sla_when": QT_TRANSLATE_NOOP("FieldSettings", "SLA policy"),
    "override_when": QT_TRANSLATE_NOOP("FieldSettings", "scenario SLA policy"),
    "satisfaction": QT_TRANSLATE_NOOP("FieldSettings", "survey condition"),
    "set_field": QT_TRANSLATE_NOOP("FieldSettings", "action"),
    "set_fields": QT_TRANSLATE_NOOP("FieldSettings", "intake"),
    "field_shares": QT_TRANSLATE_NOOP("FieldSettings", "intake's own shares"),
    "default": QT_TRANSLATE_NOOP("FieldSettings", "default value"),
    "mandatory": QT_TRANSLATE_NOOP("FieldSettings", "mandatory field list"),
    "during": QT_TRANSLATE_NOOP("FieldSettings", "link's fields to fill"),
    "priority_field": QT_TRANSLATE_NOOP("FieldSettings", "pool priority"),
    "card": QT_TRANSLATE_NOOP("FieldSettings", "ticket card"),
    "ladder": QT_TRANSLATE_NOOP("FieldSettings", "escalation ladder"),
}
VALUE_COLUMNS = (
    QT_TRANSLATE_NOOP("FieldSettings", "Value"),
    QT_TRANSLATE_NOOP("FieldSettings", "French label"),
    QT_TRANSLATE_NOOP("FieldSettings", "English label"),
    QT_TRANSLATE_NOOP("FieldSettings", "At arrival (%)"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def suggested_name(text: str) -> str:
    """An identifier from a display name: "Catégorie client" -> "categorie_client"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    name = re.sub(r"[^A-Za-z0-9]+", "_", plain).strip("_").lower()[:64]
    return name if name and not name[0].isdigit() else f"field_{name}" if name else ""


def parse_share(text: str) -> float | None:
    """A share typed as "12.5", "12,5" or "12,5 %"; None when it is not a number ≥ 0."""
    cleaned = text.replace("%", "").replace("\u202f", "").replace("\xa0", "").strip().replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if 0 <= value < float("inf") else None


def share_text(value: float) -> str:
    return QLocale().toString(round(value, 2), "g", 6)


class ValueIdDelegate(QStyledItemDelegate):
    """The editor of a value's id: what is typed is checked at each key (`check(row, text)`)."""

    def __init__(self, check: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:  # noqa: N802 - Qt's name
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda text, row=index.row(): self.check(row, text))
        return editor


class FieldsTab(SettingsTab):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setObjectName("settings_fields_tab")
        self.selected: str | None = None
        self.fields = QListWidget(self)
        self.fields.setObjectName("settings_fields_list")
        self.fields.setToolTip(tr("The ticket fields that conditions, rules and ticket cards use"))
        self.fields.currentItemChanged.connect(self._current_changed)
        for keys, slot in (
            ("Delete", self._remove),
            ("Alt+Up", lambda: self._move(-1)),
            ("Alt+Down", lambda: self._move(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.fields, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        buttons = QHBoxLayout()
        self.add_button = self._button("settings_field_add", tr("&Add"), tr("Add a ticket field"), self._add)
        self.remove_button = self._button(
            "settings_field_remove", tr("Re&move"), tr("Remove the selected field (Delete)"), self._remove
        )
        self.up_button = self._button(
            "settings_field_up", "▲", tr("Move the field up (Alt+Up)"), lambda: self._move(-1)
        )
        self.down_button = self._button(
            "settings_field_down", "▼", tr("Move the field down (Alt+Down)"), lambda: self._move(1)
        )
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        for arrow in (self.up_button, self.down_button):  # narrow: the words keep their room
            arrow.setMaximumWidth(arrow.fontMetrics().horizontalAdvance("▲") * 4)
        self.list_error = error_label(self, "settings_fields_error")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.fields, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.list_error)
        self.form_widget = self._build_form()
        splitter = QSplitter(self)
        splitter.addWidget(left)
        scroll = QScrollArea(self)  # the form stays whole on a small screen (1366×768)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form_widget)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(0, 0)
        left.setMaximumWidth(260)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.show_blueprint(document.blueprint)

    def title(self) -> str:
        return tr("Ticket fields")

    def _button(self, name: str, text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(lambda *_: slot())
        return button

    # ------------------------------------------------------------ the form of the selected field
    def _build_form(self) -> QWidget:
        widget = QWidget(self)
        form = QFormLayout(widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.label_fr = self._line("field_label_fr", tr("The field's name as French readers see it"))
        self.label_en = self._line("field_label_en", tr("The field's name as English readers see it"))
        self.name = self._line(
            "field_name",
            tr("The name conditions use (letters, digits and _): renaming it rewrites every condition"),
        )
        self.suggest = QToolButton(widget)
        self.suggest.setObjectName("field_name_suggest")
        self.suggest.setText(tr("Suggest"))
        self.suggest.setToolTip(tr("Name the field after its display name"))
        self.suggest.clicked.connect(self._suggest)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.suggest)
        self.type = QComboBox(widget)
        self.type.setObjectName("field_type")
        self.type.setToolTip(
            tr("What the field holds: one of a list of values, yes or no, a number or free text")
        )
        for key, text in TYPE_NAMES.items():
            self.type.addItem(tr(text), key)
        self.errors = {
            k: error_label(widget, f"field_{k}_error")
            for k in ("name", "labels", "type", "values", "arrival", "default")
        }
        form.addRow(tr("Display name (&French):"), self.label_fr)
        form.addRow(tr("Display name (&English):"), self.label_en)
        form.addRow("", self.errors["labels"])
        name_label = QLabel(tr("&Name in conditions:"), widget)
        name_label.setBuddy(self.name)  # a row holding a layout gets no buddy by itself
        form.addRow(name_label, name_row)
        form.addRow("", self.errors["name"])
        form.addRow(tr("&Type:"), self.type)
        form.addRow("", self.errors["type"])
        self.values_box = self._build_values(widget)
        form.addRow(self.values_box)
        self.p_true = QDoubleSpinBox(widget)
        self.p_true.setObjectName("field_p_true")
        self.p_true.setRange(0, 100)
        self.p_true.setDecimals(1)
        self.p_true.setSuffix(" %")
        self.p_true.setToolTip(tr("The share of tickets that arrive with “yes”, in %"))
        self.p_true_label = QLabel(tr("Share of “yes” at arrival:"), widget)
        form.addRow(self.p_true_label, self.p_true)
        self.distribution = DistributionEditor(optional=True, unit="", parent=widget)
        self.distribution.setToolTip(tr("How the number is drawn when a ticket arrives (none: 0)"))
        self.distribution_label = QLabel(tr("Value at arrival:"), widget)
        form.addRow(self.distribution_label, self.distribution)
        form.addRow("", self.errors["arrival"])
        self.default = DefaultPicker(widget)
        form.addRow(QLabel(tr("Default on a new ticket card:"), widget), self.default)
        form.addRow("", self.errors["default"])
        self.form = form
        self.label_fr.textEdited.connect(lambda text: self._label_typed("fr", text))
        self.label_en.textEdited.connect(lambda text: self._label_typed("en", text))
        self.label_fr.editingFinished.connect(lambda: self._label_done(self.label_fr.text()))
        self.label_en.editingFinished.connect(lambda: self._label_done(self.label_en.text()))
        self.name.textEdited.connect(self._name_typed)
        self.name.editingFinished.connect(self._name_done)
        self.type.activated.connect(self._type_chosen)
        self.p_true.valueChanged.connect(self._p_true_changed)
        self.distribution.sig_edited.connect(self._distribution_edited)
        self.default.sig_chosen.connect(self._default_chosen)
        return widget

    def _line(self, name: str, tip: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setToolTip(tip)
        return edit

    def _build_values(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("Values:"), box))
        self.values = QTableWidget(0, len(VALUE_COLUMNS), box)
        self.values.setObjectName("field_values")
        self.values.setHorizontalHeaderLabels([tr(c) for c in VALUE_COLUMNS])
        header = self.values.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(VALUE_COLUMNS) - 1, QHeaderView.ResizeMode.ResizeToContents)
        self.values.verticalHeader().hide()
        self.values.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.values.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.values.setToolTip(
            tr(
                "Each value: the name conditions use, its French and English labels, and the share of "
                "tickets arriving with it, in % (shares are scaled to add up to 100 %)"
            )
        )
        self.values.itemChanged.connect(self._value_cell_changed)
        self.values.setItemDelegateForColumn(0, ValueIdDelegate(self._value_typed, self.values))
        for keys, slot in (
            ("Delete", self._remove_value),
            ("Alt+Up", lambda: self._move_value(-1)),
            ("Alt+Down", lambda: self._move_value(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.values, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        layout.addWidget(self.values)
        row = QHBoxLayout()
        self.value_add = self._button(
            "field_value_add", tr("Add &value"), tr("Add a value to the list"), self._add_value
        )
        self.value_remove = self._button(
            "field_value_remove",
            tr("Remove value"),
            tr("Remove the selected value (Delete)"),
            self._remove_value,
        )
        self.value_up = self._button(
            "field_value_up", "▲", tr("Move the value up (Alt+Up)"), lambda: self._move_value(-1)
        )
        self.value_down = self._button(
            "field_value_down", "▼", tr("Move the value down (Alt+Down)"), lambda: self._move_value(1)
        )
        for button in (self.value_add, self.value_remove, self.value_up, self.value_down):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.shares_note = QLabel(box)
        self.shares_note.setObjectName("field_shares_note")
        self.shares_note.setWordWrap(True)
        layout.addWidget(self.shares_note)
        layout.addWidget(self.errors["values"])
        return box

    # ------------------------------------------------------------ showing the document
    def current_field(self) -> TicketField | None:
        return self.document.element(self.selected, "fields") if self.selected else None

    def show_blueprint(self, blueprint: Blueprint) -> None:
        with self.quietly():
            names = [f.name for f in blueprint.fields]
            if self.selected not in names:
                # Gone, or renamed (by an undo): the field now at the same row, else the first.
                row = self.fields.currentRow()
                self.selected = names[min(max(row, 0), len(names) - 1)] if names else None
            language = blueprint.meta.language
            self.fields.blockSignals(True)
            if [
                self.fields.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.fields.count())
            ] != names:
                self.fields.clear()
                for f in blueprint.fields:
                    item = QListWidgetItem(words.field_words(f, language))
                    item.setData(Qt.ItemDataRole.UserRole, f.name)
                    self.fields.addItem(item)
            for i, f in enumerate(blueprint.fields):
                item = self.fields.item(i)
                item.setText(words.field_words(f, language))
                item.setToolTip(tr("Named “{name}” in conditions").format(name=f.name))
                if f.name == self.selected:
                    self.fields.setCurrentRow(i)
            self.fields.blockSignals(False)
            self._show_field(self.current_field())

    def _show_field(self, field: TicketField | None) -> None:
        self.form_widget.setEnabled(field is not None)
        index = self.fields.currentRow()
        self.remove_button.setEnabled(field is not None)
        self.up_button.setEnabled(field is not None and index > 0)
        self.down_button.setEnabled(field is not None and index < self.fields.count() - 1)
        if field is None:
            for edit in (self.label_fr, self.label_en, self.name):
                edit.clear()
            self.values.setRowCount(0)
            return
        for edit, text in (
            (self.label_fr, field.labels.get("fr", "")),
            (self.label_en, field.labels.get("en", "")),
        ):
            if edit.text() != text:
                edit.setText(text)
        if not self.name.hasFocus() or self.name.text() == field.name or self.errors["name"].isHidden():
            if self.name.text() != field.name:
                self.name.setText(field.name)
        self.name.setPlaceholderText(
            suggested_name(words.field_words(field, self.document.blueprint.meta.language))
        )
        self.type.setCurrentIndex(max(0, self.type.findData(field.type)))
        choice, boolean, number = (field.type == t for t in ("choice", "boolean", "number"))
        self.values_box.setVisible(choice)
        self.form.setRowVisible(self.p_true, boolean)
        self.form.setRowVisible(self.distribution, number)
        if choice:
            self._show_values(field)
        self.p_true.setValue(field.p_true * 100)
        self.distribution.set_value(field.distribution)
        self.default.show_field(field, self.document.blueprint.meta.language)

    def _show_values(self, field: TicketField) -> None:
        weights = field.weights or [1.0] * len(field.values)
        total = sum(weights) or 1.0
        rows = [
            (
                value,
                field.value_labels.get(value, {}).get("fr", ""),
                field.value_labels.get(value, {}).get("en", ""),
                share_text(weight if field.weights else 100 * weight / total),
            )
            for value, weight in zip(field.values, weights, strict=True)
        ]
        current = self.values.currentRow()
        self.values.blockSignals(True)
        self.values.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = self.values.item(r, c)
                if item is None:
                    self.values.setItem(r, c, QTableWidgetItem(text))
                elif item.text() != text:
                    item.setText(text)
                self.values.item(r, c).setData(Qt.ItemDataRole.UserRole, field.values[r])
        self.values.blockSignals(False)
        if 0 <= current < len(rows):
            self.values.setCurrentCell(current, max(0, self.values.currentColumn()))
        sum_shares = sum(field.weights) if field.weights else 100.0
        self.shares_note.setText(
            ""
            if abs(sum_shares - 100) < 1e-6
            else tr("The shares add up to {total} %: they are scaled to 100 %.").format(
                total=share_text(sum_shares)
            )
        )
        self.shares_note.setVisible(bool(self.shares_note.text()))

    def _current_changed(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        self.selected = item.data(Qt.ItemDataRole.UserRole)
        for label in self.errors.values():
            show_error(label, "")
        with self.quietly():
            self._show_field(self.current_field())

    def explain(self, error: Exception) -> str:
        if isinstance(error, RenameError):
            return tr(RENAME_ERRORS[error.code]).format(**error.params)
        return super().explain(error)

    # ------------------------------------------------------------ the list
    def _add(self) -> None:
        bp = self.document.blueprint
        n = len(bp.fields) + 1
        while any(f.name == f"field_{n}" for f in bp.fields):
            n += 1
        language = bp.meta.language
        # "New field" is only the fallback label: the first display name typed replaces it.
        field = TicketField(name=f"field_{n}", label=tr("New field"), type="choice", values=["value_1"])
        self.selected = field.name
        if self.commit(lambda: add_item(self.document, field, tr("Add ticket field")), self.list_error):
            (self.label_fr if language == "fr" else self.label_en).setFocus()
            (self.label_fr if language == "fr" else self.label_en).selectAll()

    def _remove(self) -> None:
        field = self.current_field()
        if field is None:
            return
        uses = field_uses(self.document.blueprint, field.name)
        if uses:
            show_error(
                self.list_error,
                tr("“{field}” is still used by {places}. Remove those uses first, then the field.").format(
                    field=words.field_words(field, self.document.blueprint.meta.language),
                    places=self.describe_uses(uses),
                ),
            )
            return
        index = self.fields.currentRow()
        names = [f.name for f in self.document.blueprint.fields]
        others = names[:index] + names[index + 1 :]
        self.selected = others[min(index, len(others) - 1)] if others else None
        self.commit(
            lambda: remove_item(self.document, field.name, tr("Remove ticket field")), self.list_error
        )

    def _move(self, step: int) -> None:
        field = self.current_field()
        index = self.fields.currentRow()
        if field is None or not 0 <= index + step < self.fields.count():
            return
        self.commit(
            lambda: move_item(self.document, field.name, index + step, tr("Move ticket field")),
            self.list_error,
        )

    def describe_uses(self, uses: list[Use]) -> str:
        """ "3 link conditions (“Escalate”, …), 1 ticket card (“Password reset”)"."""
        groups: dict[str, list[str]] = {}
        for use in uses:
            groups.setdefault(use.place, []).append(self._element_name(use))
        parts = []
        for place, names in groups.items():
            shown = ", ".join(f"“{n}”" for n in dict.fromkeys(names[:3]))
            more = "…" if len(names) > 3 else ""
            parts.append(
                tr("{count} × {what} ({names}{more})").format(
                    count=len(names), what=tr(USE_WORDS.get(place, place)), names=shown, more=more
                )
            )
        return "; ".join(parts)

    def _element_name(self, use: Use) -> str:
        element = self.document.element(use.key, use.collection)
        if element is None:
            return use.key
        if use.collection == "edges":
            ends = [self.document.element(k, "nodes") for k in (element.source, element.target)]
            titles = [getattr(n, "title", "") or tr("untitled") for n in ends]
            return element.label or f"{titles[0]} → {titles[1]}"
        if use.collection == "lanes" and element.pool is not None and element.pool.name:
            return element.pool.name  # the lane's pool orders its queue by the field
        return getattr(element, "title", "") or getattr(element, "name", "") or tr("untitled")

    # ------------------------------------------------------------ the selected field's form
    def _label_typed(self, language: str, text: str) -> None:
        field = self.current_field()
        if field is None:
            return
        labels = {k: v for k, v in {**field.labels, language: text.strip() and text}.items() if v}
        fallback = "" if field.label == tr("New field") else field.label
        self.commit(
            lambda: change_item(
                self.document,
                field.model_copy(update={"labels": labels, "label": fallback}),
                tr("Change field name"),
                merge_key=("field_labels", field.name, language),
            ),
            self.errors["labels"],
        )

    def _label_done(self, text: str) -> None:
        """A field still named as it was added (“field_2”) and used nowhere takes the name its
        display name suggests, so that a new field need not be named twice."""
        field = self.current_field()
        if (
            field is None
            or self.quiet
            or not re.fullmatch(r"field_\d+", field.name)
            or field_uses(self.document.blueprint, field.name)
        ):
            return
        suggestion = suggested_name(text)
        if (
            suggestion
            and suggestion != field.name
            and not any(f.name == suggestion for f in self.document.blueprint.fields)
        ):
            self._rename(field.name, suggestion)

    def _suggest(self) -> None:
        field = self.current_field()
        if field is not None:
            self._rename(
                field.name, suggested_name(words.field_words(field, self.document.blueprint.meta.language))
            )

    def _name_typed(self, text: str) -> None:
        field = self.current_field()
        if field is None:
            return
        try:
            check_field_name(self.document.blueprint, text.strip(), current=field.name)
        except RenameError as error:
            show_error(self.errors["name"], self.explain(error))
            return
        show_error(self.errors["name"], "")

    def _name_done(self) -> None:
        field = self.current_field()
        if field is None or self.quiet:
            return
        new = self.name.text().strip()
        if new == field.name:
            show_error(self.errors["name"], "")
            return
        self._rename(field.name, new)

    def _rename(self, old: str, new: str) -> None:
        if self.commit(lambda: rename_field_command(self.document, old, new), self.errors["name"]):
            self.selected = new

    def _type_chosen(self, _index: int) -> None:
        field = self.current_field()
        kind = self.type.currentData()
        if field is None or kind == field.type:
            return
        changes: dict[str, Any] = {"type": kind}
        if kind == "choice":
            changes |= {"values": ["value_1"], "weights": [], "value_labels": {}}
        else:
            changes |= {"values": [], "weights": [], "value_labels": {}}
        self.commit(
            lambda: change_item(self.document, field.model_copy(update=changes), tr("Change field type")),
            self.errors["type"],
        )

    def _default_chosen(self, value: Any) -> None:
        field = self.current_field()
        if field is None or self.quiet or (value == field.default and type(value) is type(field.default)):
            return
        changed = field.model_copy(update={"default": value})
        self.commit(lambda: change_item(self.document, changed, tr("Change default")), self.errors["default"])

    def _p_true_changed(self, value: float) -> None:
        field = self.current_field()
        if field is None or self.quiet or abs(field.p_true * 100 - value) < 1e-9:
            return
        self.commit(
            lambda: change_item(
                self.document,
                field.model_copy(update={"p_true": round(value / 100, 6)}),
                tr("Change share of “yes”"),
                merge_key=("field_p_true", field.name),
            ),
            self.errors["arrival"],
        )

    def _distribution_edited(self, typing: bool) -> None:
        field = self.current_field()
        if field is None or self.quiet:
            return
        try:
            value = self.distribution.value()
        except ValueError:
            show_error(self.errors["arrival"], tr("Write the samples as numbers separated by commas"))
            return
        self.commit(
            lambda: change_item(
                self.document,
                field.model_copy(update={"distribution": value}),
                tr("Change value at arrival"),
                merge_key=("field_distribution", field.name) if typing else None,
            ),
            self.errors["arrival"],
        )

    # ------------------------------------------------------------ choice values
    def _value_typed(self, row: int, text: str) -> None:
        """Say at once when a value's new id cannot be taken (empty, or another value's)."""
        field = self.current_field()
        if field is None or not 0 <= row < len(field.values):
            return
        new = text.strip()
        others = [v for i, v in enumerate(field.values) if i != row]
        error = (
            tr(RENAME_ERRORS["empty_value"])
            if not new
            else tr(RENAME_ERRORS["value_taken"]).format(value=new)
            if new in others
            else ""
        )
        show_error(self.errors["values"], error)

    def _value_cell_changed(self, item: QTableWidgetItem) -> None:
        field = self.current_field()
        if field is None or self.quiet:
            return
        row, column = item.row(), item.column()
        if not 0 <= row < len(field.values):
            return
        value = field.values[row]
        text = item.text()
        if column == 0:
            new = text.strip()
            if new != value:
                self.commit(
                    lambda: rename_value_command(self.document, field.name, value, new), self.errors["values"]
                )
                self._after_refusal()
        elif column in (1, 2):
            language = "fr" if column == 1 else "en"
            words = {
                k: v for k, v in {**field.value_labels.get(value, {}), language: text.strip()}.items() if v
            }
            labels = {**field.value_labels, value: words}
            labels = {k: v for k, v in labels.items() if v}
            self.commit(
                lambda: change_item(
                    self.document, field.model_copy(update={"value_labels": labels}), tr("Change value label")
                ),
                self.errors["values"],
            )
        else:
            self._share_changed(field, row, text)

    def _share_changed(self, field: TicketField, row: int, text: str) -> None:
        share = parse_share(text)
        if share is None:
            show_error(self.errors["values"], tr("Write the share as a number of % (0 or more), such as 25"))
            self.refresh()
            return
        weights = list(field.weights) if field.weights else [100 / len(field.values)] * len(field.values)
        weights[row] = share
        if sum(weights) <= 0:
            show_error(self.errors["values"], tr("At least one value needs a share above 0 %"))
            self.refresh()
            return
        self.commit(
            lambda: change_item(
                self.document, field.model_copy(update={"weights": weights}), tr("Change share at arrival")
            ),
            self.errors["values"],
        )
        self._after_refusal()

    def _after_refusal(self) -> None:
        if not self.errors["values"].isHidden():
            self.refresh()

    def _add_value(self) -> None:
        field = self.current_field()
        if field is None:
            return
        n = len(field.values) + 1
        while f"value_{n}" in field.values:
            n += 1
        values = [*field.values, f"value_{n}"]
        weights = [*field.weights, 0.0] if field.weights else []
        self.commit(
            lambda: change_item(
                self.document,
                field.model_copy(update={"values": values, "weights": weights}),
                tr("Add value"),
            ),
            self.errors["values"],
        )
        row = len(values) - 1
        self.values.setCurrentCell(row, 0)
        self.values.setFocus()

    def _remove_value(self) -> None:
        field = self.current_field()
        row = self.values.currentRow()
        if field is None or not 0 <= row < len(field.values):
            return
        value = field.values[row]
        if len(field.values) == 1:
            show_error(self.errors["values"], tr("A choice field keeps at least one value"))
            return
        uses = value_uses(self.document.blueprint, field.name, value)
        if uses:
            show_error(
                self.errors["values"],
                tr("“{value}” is still used by {places}. Remove those uses first, then the value.").format(
                    value=value, places=self.describe_uses(uses)
                ),
            )
            return
        keep = [i for i in range(len(field.values)) if i != row]
        weights = [field.weights[i] for i in keep] if field.weights else []
        if weights and sum(weights) <= 0:
            weights = []
        changes = {
            "values": [field.values[i] for i in keep],
            "weights": weights,
            "value_labels": {k: v for k, v in field.value_labels.items() if k != value},
        }
        self.commit(
            lambda: change_item(self.document, field.model_copy(update=changes), tr("Remove value")),
            self.errors["values"],
        )

    def _move_value(self, step: int) -> None:
        field = self.current_field()
        row = self.values.currentRow()
        if field is None or not (0 <= row < len(field.values) and 0 <= row + step < len(field.values)):
            return
        order = list(range(len(field.values)))
        order[row], order[row + step] = order[row + step], order[row]
        changes = {
            "values": [field.values[i] for i in order],
            "weights": [field.weights[i] for i in order] if field.weights else [],
        }
        if self.commit(
            lambda: change_item(self.document, field.model_copy(update=changes), tr("Move value")),
            self.errors["values"],
        ):
            self.values.setCurrentCell(row + step, self.values.currentColumn())
