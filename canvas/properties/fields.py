"""Sub-forms that name ticket fields: actions (set a field, send a template, notify, re-assign),
fixed field values (`set_fields`), an intake's own shares of a field's values (`field_shares`)
and lists of fields (mandatory fields, `during`).

Values of a choice field come from its allowed values in a combo; like `subforms`, these forms
only report edits, the dock makes the commands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.canvas.properties.branches import narrow
from blueprint_studio.canvas.properties.subforms import RowList, SubForm, choice_combo, select, tr
from blueprint_studio.model import words

ACTIONS = {
    "set": QT_TRANSLATE_NOOP("Properties", "Set a field"),
    "send_template": QT_TRANSLATE_NOOP("Properties", "Send a template response"),
    "notify": QT_TRANSLATE_NOOP("Properties", "Notify"),
    "reassign": QT_TRANSLATE_NOOP("Properties", "Re-assign to a pool"),
}
BUILTIN = {"responded": "boolean", "satisfied": "boolean"}


def _lang() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def field_name(name: str, fields: list[Any]) -> str:
    """A ticket field as people read it: its label ("Issue type"), built-in ones in words."""
    return dict(words.caption_labels(fields, _lang())).get(name, name)


class FieldValue(QWidget):
    """A field combo and a value editor that follows the field's type (choice values in a combo)."""

    def __init__(
        self, fields: list[Any], on_typed: Callable[[], None], on_changed: Callable[[], None]
    ) -> None:
        super().__init__()
        self.fields = {f.name: f for f in fields}
        names = [*self.fields, *BUILTIN]
        self.field = choice_combo(names, [field_name(n, fields) for n in names])
        self.field.setEditable(False)
        self.choice = QComboBox()
        self.choice.setObjectName("field_value")
        self.text = QLineEdit()
        for combo in (self.field, self.choice):  # long words (French) must not widen the panel
            narrow(combo)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.field)
        line.addWidget(self.choice, 1)
        line.addWidget(self.text, 1)
        self.field.currentIndexChanged.connect(lambda *_: (self._follow_field(), on_changed()))
        self.choice.currentIndexChanged.connect(lambda *_: on_changed())
        self.text.textEdited.connect(lambda *_: on_typed())
        self._follow_field()

    def _kind(self) -> str:
        name = self.field.currentData()
        if name in BUILTIN:
            return "boolean"
        return self.fields[name].type if name in self.fields else "text"

    def _follow_field(self, value: Any = None) -> None:
        kind, name = self._kind(), self.field.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        if kind == "choice":
            for v in self.fields[name].values:  # values by their words ("Feature request")
                self.choice.addItem(words.value_label(self.fields[name], v, _lang()), v)
        elif kind == "boolean":
            self.choice.addItem(tr("yes"), True)
            self.choice.addItem(tr("no"), False)
        if value is not None:
            select(self.choice, value)
        self.choice.blockSignals(False)
        self.choice.setVisible(kind in ("choice", "boolean"))
        self.text.setVisible(kind not in ("choice", "boolean"))

    def show(self, name: str, value: Any) -> None:
        if self.field.findData(name) < 0:
            self.field.addItem(field_name(name, list(self.fields.values())), name)
        self.field.blockSignals(True)
        select(self.field, name)
        self.field.blockSignals(False)
        self._follow_field(value)
        self.text.setText("" if value is None or self.choice.isVisibleTo(self) else f"{value}")

    def read(self) -> tuple[str, Any]:
        kind = self._kind()
        if kind in ("choice", "boolean"):
            return self.field.currentData(), self.choice.currentData()
        text = self.text.text().strip()
        return self.field.currentData(), float(text.replace(",", ".")) if kind == "number" else text


class SetFieldsEditor(RowList):
    """`set_fields`: rows of a field and the value every ticket of this intake gets."""

    add_text = QT_TRANSLATE_NOOP("Properties", "Add field value")

    def __init__(self, fields: list[Any], parent: QWidget | None = None) -> None:
        self.fields = fields
        super().__init__(parent)

    def new_data(self) -> Any:
        first = self.fields[0] if self.fields else None
        if first is None:
            return ("responded", True)
        return (first.name, first.values[0] if first.type == "choice" else "")

    def show_value(self, value: Any) -> None:
        super().show_value(list((value or {}).items()))

    def make_row(self, data: Any) -> tuple[QWidget, Callable[[], Any]]:
        editor = FieldValue(self.fields, self.typed, self.changed)
        editor.show(*data)
        return editor, editor.read

    def value(self) -> Any:
        return dict(read() for _, read in self.rows)


def overall_shares(field: Any) -> dict[str, float]:
    """A list field's own shares at arrival in percent (equal shares when it gives none)."""
    weights = field.weights or [1.0] * len(field.values)
    total = sum(weights) or 1.0
    return {value: round(100 * w / total, 1) for value, w in zip(field.values, weights)}


class FieldSharesEditor(RowList):
    """`field_shares`: per row a choice field and this intake's share of each of its values, in
    percent (the field's overall shares to start from)."""

    add_text = QT_TRANSLATE_NOOP("Properties", "Add own shares")

    def __init__(self, fields: list[Any], parent: QWidget | None = None) -> None:
        self.fields = [f for f in fields if f.type == "choice" and f.values]
        super().__init__(parent)
        self.add_button.setEnabled(bool(self.fields))

    def new_data(self) -> Any:
        used = {read()[0] for _, read in self.rows}
        field = next((f for f in self.fields if f.name not in used), self.fields[0])
        return (field.name, overall_shares(field))

    def show_value(self, value: Any) -> None:
        super().show_value(list((value or {}).items()))

    def make_row(self, data: Any) -> tuple[QWidget, Callable[[], Any]]:
        row = QWidget()
        row.setObjectName("shares_row")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        by_name = {f.name: f for f in self.fields}
        combo = choice_combo(list(by_name), [words.field_words(f, _lang()) for f in self.fields])
        combo.setEditable(False)
        select(combo, data[0])
        layout.addWidget(combo)
        grid = QGridLayout()
        layout.addLayout(grid)
        boxes: dict[str, QDoubleSpinBox] = {}

        def fill(shares: dict[str, float]) -> None:
            while grid.count():
                item = grid.takeAt(0)
                if item.widget() is not None:
                    item.widget().deleteLater()
            boxes.clear()
            field = by_name.get(combo.currentData())
            for at, value in enumerate(field.values if field else ()):
                box = QDoubleSpinBox()
                box.setObjectName("share_box")
                box.setRange(0, 100_000)
                box.setDecimals(1)
                box.setSuffix("\u00a0%")
                box.setValue(float(shares.get(value, 0.0)))
                box.setToolTip(tr("The share of this value among this intake's tickets, in percent"))
                box.valueChanged.connect(self.typed)
                grid.addWidget(QLabel(words.value_label(field, value, _lang())), at, 0)
                grid.addWidget(box, at, 1)
                boxes[value] = box

        def field_changed(*_: Any) -> None:
            field = by_name.get(combo.currentData())
            if field is not None:
                fill(overall_shares(field))
            self.changed()

        fill(dict(data[1]))
        combo.currentIndexChanged.connect(field_changed)
        return row, lambda: (combo.currentData(), {v: box.value() for v, box in boxes.items()})

    def value(self) -> Any:
        return dict(read() for _, read in self.rows)


class ActionsEditor(RowList):
    """Automated actions: a kind combo per row and the kind's own fields."""

    add_text = QT_TRANSLATE_NOOP("Properties", "Add action")

    def __init__(
        self, fields: list[Any], pools: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        self.fields, self.pools = fields, pools  # pools: (id, the name people read)
        super().__init__(parent)

    def new_data(self) -> Any:
        return {"kind": "notify", "target": ""}

    def make_row(self, data: Any) -> tuple[QWidget, Callable[[], Any]]:
        row = QWidget()
        row.setObjectName("action_row")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        kind = choice_combo(list(ACTIONS), [tr(t) for t in ACTIONS.values()])
        select(kind, data["kind"])
        field = FieldValue(self.fields, self.typed, self.changed)
        text = QLineEdit()
        pool = choice_combo([key for key, _ in self.pools], [name for _, name in self.pools])
        reason = QLineEdit(data.get("reason") or "")  # a transfer's reason (sim/approvals.py)
        reason.setObjectName("action_reason")
        reason.setPlaceholderText(tr("Reason for the transfer"))
        reason.setToolTip(tr("Why tickets are transferred; the results count transfers per reason"))
        for widget in (kind, field, text, pool, reason):
            layout.addWidget(widget)
        if data["kind"] == "set":
            field.show(data["field"], data["value"])
        elif data["kind"] == "reassign":
            if pool.findData(data["pool"]) < 0:  # a pool that no longer exists: kept, not shown by id
                pool.addItem(tr("(missing element)"), data["pool"])
            select(pool, data["pool"])
        else:
            text.setText(data.get("text") or data.get("target") or "")
        text.setPlaceholderText(tr("Text"))

        def follow(*_: Any) -> None:
            k = kind.currentData()
            field.setVisible(k == "set")
            text.setVisible(k in ("send_template", "notify"))
            text.setPlaceholderText(
                tr("Template response") if k == "send_template" else tr("Who is notified")
            )
            pool.setVisible(k == "reassign")
            reason.setVisible(k == "reassign")

        follow()
        kind.currentIndexChanged.connect(lambda *_: (follow(), self.changed()))
        text.textEdited.connect(self.typed)
        pool.currentIndexChanged.connect(self.changed)
        reason.textEdited.connect(self.typed)

        def read() -> dict:
            k = kind.currentData()
            if k == "set":
                name, value = field.read()
                return {"kind": k, "field": name, "value": value}
            if k == "reassign":
                return {"kind": k, "pool": pool.currentData() or "", "reason": reason.text().strip()}
            return {"kind": k, ("text" if k == "send_template" else "target"): text.text()}

        return row, read


class FieldListEditor(SubForm):
    """A list of ticket field names as one check box per field of the schema."""

    def __init__(self, fields: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for f in fields:
            box = QCheckBox(words.field_words(f, _lang()))
            box.toggled.connect(self.changed)
            self.boxes[f.name] = box
            layout.addWidget(box)
        self._extra: list[str] = []

    def show_value(self, value: Any) -> None:
        chosen = list(value or [])
        for name, box in self.boxes.items():
            box.setChecked(name in chosen)
        self._extra = [n for n in chosen if n not in self.boxes]  # kept, not lost

    def value(self) -> Any:
        return [n for n, b in self.boxes.items() if b.isChecked()] + self._extra
