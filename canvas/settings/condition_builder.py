"""A reusable condition editor: rows of (field, operator, values) joined by "all of" / "any of",
beside the text form; both edit one condition, built as an `expr` tree and written by
`expr.to_text` (never by joining user text). It edits a value only: callers make the undo command.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.model import expr
from blueprint_studio.model.schema import BUILTIN_FIELDS, TicketField
from blueprint_studio.model.validation import field_schema
from blueprint_studio.model.words import caption_labels, condition_sentence, field_words, value_label


def tr(text: str) -> str:
    return QCoreApplication.translate("ConditionBuilder", text)


OPERATORS: dict[str, tuple[str, ...]] = {
    "choice": ("==", "!=", "in", "not in"),
    "boolean": ("==",),
    "number": ("==", "!=", "<", "<=", ">", ">="),
    "text": ("==", "!="),
}
Leaf = tuple[str, str, tuple[Any, ...]]  # (field name, operator, values)


def operator_words(op: str) -> str:
    return {
        "==": tr("is"),
        "!=": tr("is not"),
        "in": tr("is one of"),
        "not in": tr("is none of"),
        "<": tr("is less than"),
        "<=": tr("is at most"),
        ">": tr("is more than"),
        ">=": tr("is at least"),
    }[op]


@dataclass(frozen=True)
class FieldChoice:
    """A field as the builder offers it: its name, type, words and (value, words) pairs."""

    name: str
    type: str
    words: str
    values: tuple[tuple[str, str], ...] = ()


def field_choices(fields: Sequence[TicketField], lang: str, builtins: bool = True) -> list[FieldChoice]:
    """The fields in the words of `lang` (model.words: the one place that says them)."""
    choices = [
        FieldChoice(
            f.name, f.type, field_words(f, lang), tuple((v, value_label(f, v, lang)) for v in f.values)
        )
        for f in fields
    ]
    if builtins:
        choices += [FieldChoice(name, kind, field_words(name, lang)) for name, kind in BUILTIN_FIELDS.items()]
    return choices


# ---------------------------------------------------------------- tree <-> rows
def _leaf(node: expr.Expr) -> Leaf | None:
    if isinstance(node, expr.Field):
        return (node.name, "==", (True,))
    if isinstance(node, expr.Not) and isinstance(node.operand, expr.Field):
        return (node.operand.name, "==", (False,))
    if isinstance(node, expr.In) and isinstance(node.left, expr.Field):
        return (node.left.name, "not in" if node.negated else "in", tuple(v.value for v in node.values))
    if isinstance(node, expr.Compare):
        if isinstance(node.left, expr.Field) and isinstance(node.right, expr.Literal):
            return (node.left.name, node.op, (node.right.value,))
        if isinstance(node.right, expr.Field) and isinstance(node.left, expr.Literal):
            mirrored = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}.get(node.op, node.op)
            return (node.right.name, mirrored, (node.left.value,))
    return None


def rows_of(text: str, fields: dict[str, FieldChoice]) -> tuple[str, list[Leaf]] | None:
    """("and" | "or", rows) when the condition fits the rows; None when only text can show it.
    Raises expr.ExprError when it does not parse."""
    if not text.strip():
        return "and", []
    tree = expr.parse(text)
    join, parts = ("and", [tree])
    if isinstance(tree, (expr.And, expr.Or)):
        join, parts = ("and" if isinstance(tree, expr.And) else "or"), list(tree.operands)
    leaves = [_leaf(part) for part in parts]
    if any(leaf is None or not _fits(leaf, fields) for leaf in leaves):
        return None
    return join, [leaf for leaf in leaves if leaf is not None]


def _fits(leaf: Leaf, fields: dict[str, FieldChoice]) -> bool:
    name, op, values = leaf
    choice = fields.get(name)
    if choice is None or op not in OPERATORS.get(choice.type, ()):
        return False
    if choice.type == "choice":
        known = {v for v, _ in choice.values}
        return all(isinstance(v, str) and v in known for v in values)
    if choice.type == "boolean":
        return all(isinstance(v, bool) for v in values)
    if choice.type == "number":
        return all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
    return all(isinstance(v, str) for v in values)


def tree_of(join: str, leaves: Sequence[Leaf], fields: dict[str, FieldChoice]) -> expr.Expr | None:
    parts: list[expr.Expr] = []
    for name, op, values in leaves:
        if fields[name].type == "boolean":
            parts.append(expr.Field(name) if values[0] else expr.Not(expr.Field(name)))
        elif op in ("in", "not in"):
            literals = tuple(expr.Literal(v) for v in values)
            parts.append(expr.In(expr.Field(name), literals, op == "not in"))
        else:
            parts.append(expr.Compare(op, expr.Field(name), expr.Literal(values[0])))
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return expr.And(tuple(parts)) if join == "and" else expr.Or(tuple(parts))


# ---------------------------------------------------------------- one row
class NumberBox(QDoubleSpinBox):
    """A spin box that writes 3 as "3" and 2.5 as "2.5", as the condition's text does."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return self.locale().toString(round(value, self.decimals()), "g", 12)


class ConditionRow(QWidget):
    """Field, operator and value(s) of one comparison."""

    sig_edited = Signal()
    sig_remove = Signal(object)

    def __init__(self, fields: list[FieldChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = {f.name: f for f in fields}
        self.field = QComboBox()
        self.field.setObjectName("condition_field")
        self.field.setToolTip(tr("The ticket field this line tests"))
        for choice in fields:
            self.field.addItem(choice.words, choice.name)
        self.operator = QComboBox()
        self.operator.setObjectName("condition_operator")
        self.operator.setToolTip(tr("How the field is compared"))
        self.value: QWidget = QWidget()
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setObjectName("condition_remove")
        self.remove.setToolTip(tr("Remove this line"))
        self.remove.setAccessibleName(tr("Remove this line"))
        self.box = QGridLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.stacked = False
        self._place()
        self._quiet = False
        self.field.currentIndexChanged.connect(self._field_changed)
        self.operator.currentIndexChanged.connect(self._operator_changed)
        self.remove.clicked.connect(lambda: self.sig_remove.emit(self))
        self._field_changed()

    def _place(self) -> None:
        """One line (field, operator, value, ✕); stacked, the value on a line of its own under
        the field and operator, for a narrow panel where three lists side by side would be cut."""
        for widget in (self.field, self.operator, self.value, self.remove):
            self.box.removeWidget(widget)
        self.box.addWidget(self.field, 0, 0)
        self.box.addWidget(self.operator, 0, 1)
        if self.stacked:
            self.box.addWidget(self.remove, 0, 2)
            self.box.addWidget(self.value, 1, 0, 1, 3)
        else:
            self.box.addWidget(self.value, 0, 2)
            self.box.addWidget(self.remove, 0, 3)
        for column in range(4):
            self.box.setColumnStretch(column, 0)
        self.box.setColumnStretch(0 if self.stacked else 2, 1)

    def set_stacked(self, stacked: bool) -> None:
        if stacked != self.stacked:
            self.stacked = stacked
            self._place()

    def choice(self) -> FieldChoice:
        return self.fields[self.field.currentData()]

    def set_leaf(self, leaf: Leaf) -> None:
        name, op, values = leaf
        self._quiet = True
        try:
            self.field.setCurrentIndex(self.field.findData(name))
            self._fill_operators()
            self.operator.setCurrentIndex(self.operator.findData(op))
            self._make_value(values)
        finally:
            self._quiet = False

    def leaf(self) -> Leaf | None:
        """The row's comparison; None while it is incomplete (no value chosen)."""
        choice, op = self.choice(), self.operator.currentData()
        values = self._values()
        if not values or op is None:
            return None
        return (choice.name, op, values)

    # ------------------------------------------------------------ value widgets
    def _values(self) -> tuple[Any, ...]:
        widget, kind = self.value, self.choice().type
        if isinstance(widget, QListWidget):
            return tuple(
                widget.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked
            )
        if isinstance(widget, QComboBox):
            return (widget.currentData(),) if widget.currentIndex() >= 0 else ()
        if isinstance(widget, QDoubleSpinBox):
            number = widget.value()
            return (int(number) if float(number).is_integer() else number,)
        if isinstance(widget, QLineEdit) and kind == "text":
            return (widget.text(),)
        return ()

    def _make_value(self, values: tuple[Any, ...]) -> None:
        choice, op = self.choice(), self.operator.currentData()
        widget: QWidget
        if choice.type == "choice" and op in ("in", "not in"):
            widget = QListWidget()
            widget.setToolTip(tr("Tick the values that match (Space ticks the current one)"))
            for value, words in choice.values:
                item = QListWidgetItem(words)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setCheckState(Qt.CheckState.Checked if value in values else Qt.CheckState.Unchecked)
                widget.addItem(item)
            rows = max(1, min(len(choice.values), 4))
            widget.setFixedHeight(rows * widget.sizeHintForRow(0) + 2 * widget.frameWidth() + 2)
            widget.itemChanged.connect(self._edited)
        elif choice.type in ("choice", "boolean"):
            widget = QComboBox()
            pairs = choice.values if choice.type == "choice" else ((True, tr("yes")), (False, tr("no")))
            for value, words in pairs:
                widget.addItem(words, value)
            found = widget.findData(values[0]) if values else -1
            widget.setCurrentIndex(max(found, 0))
            widget.setToolTip(tr("The value compared with"))
            widget.currentIndexChanged.connect(self._edited)
        elif choice.type == "number":
            widget = NumberBox()
            widget.setRange(-1e9, 1e9)
            widget.setDecimals(2)
            widget.setKeyboardTracking(False)
            widget.setValue(float(values[0]) if values else 0.0)
            widget.setToolTip(tr("The number compared with, in the field's unit"))
            widget.valueChanged.connect(self._edited)
        else:
            widget = QLineEdit(str(values[0]) if values else "")
            widget.setToolTip(tr("The text compared with, exactly as written"))
            widget.editingFinished.connect(self._edited)
        widget.setObjectName("condition_value")
        self.box.replaceWidget(self.value, widget)
        self.value.hide()  # until it is deleted it would cover the line
        self.value.deleteLater()
        self.value = widget
        self.setTabOrder(self.operator, widget)
        self.setTabOrder(widget, self.remove)

    def _fill_operators(self) -> None:
        self.operator.blockSignals(True)
        self.operator.clear()
        for op in OPERATORS.get(self.choice().type, ("==",)):
            self.operator.addItem(operator_words(op), op)
        self.operator.blockSignals(False)

    def _field_changed(self) -> None:
        if self._quiet or self.field.currentIndex() < 0:
            return
        self._fill_operators()
        first = self.choice().values[:1]
        self._make_value((first[0][0],) if first else ())
        self._edited()

    def _operator_changed(self) -> None:
        if self._quiet:
            return
        self._make_value(self._values() or tuple(v for v, _ in self.choice().values[:1]))
        self._edited()

    def _edited(self, *_: Any) -> None:
        if not self._quiet:
            self.sig_edited.emit()


# ---------------------------------------------------------------- the builder
class ConditionBuilder(QWidget):
    """`ConditionBuilder(fields, language)`; `set_condition(text)` shows a condition without
    signalling; `condition()` is its text; `sig_changed(text)` after each valid edit. An empty
    condition is "" (what "all tickets" or "no condition" means to the caller)."""

    sig_changed = Signal(str)

    def __init__(
        self,
        fields: Sequence[TicketField] = (),
        language: str = "en",
        parent: QWidget | None = None,
        builtins: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("condition_builder")
        self._fields: Sequence[TicketField] = list(fields)
        self._language = language
        self._builtins = builtins
        self._choices: list[FieldChoice] = []
        self._text = ""
        self._rows: list[ConditionRow] = []
        self.stacked = False  # each line's value under its field and operator (a narrow panel)
        self.join = QComboBox()
        self.join.setObjectName("condition_join")
        self.join.addItem(tr("all of these"), "and")
        self.join.addItem(tr("any of these"), "or")
        self.join.setToolTip(tr("Whether every line must hold, or one is enough"))
        self.join_label = QLabel(tr("Tickets where"))
        self.join_label.setBuddy(self.join)
        head = QHBoxLayout()
        head.addWidget(self.join_label)
        head.addWidget(self.join)
        head.addStretch(1)
        self.head = head
        self.rows_box = QVBoxLayout()
        self.add = QPushButton(tr("Add a condition"))
        self.add.setObjectName("condition_add")
        self.add.setToolTip(tr("Add a line: a field, how it compares and a value"))
        self.complex = QLabel()
        self.complex.setObjectName("condition_complex")
        self.complex.setWordWrap(True)
        self.text = QLineEdit()
        self.text.setObjectName("condition_text")
        self.text.setPlaceholderText(tr("Empty: every ticket"))
        self.text.setToolTip(tr('The same condition as text, e.g. priority in ("P1", "P2")'))
        text_label = QLabel(tr("As text:"))
        text_label.setBuddy(self.text)
        text_row = QHBoxLayout()
        text_row.addWidget(text_label)
        text_row.addWidget(self.text, 1)
        self.error = QLabel()
        self.error.setObjectName("condition_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(self.rows_box)
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.complex)
        layout.addLayout(text_row)
        layout.addWidget(self.error)
        self.join.currentIndexChanged.connect(self._rows_edited)
        self.add.clicked.connect(self._add_row)
        self.text.textEdited.connect(self._text_edited)
        self.add.setAutoDefault(False)
        self.set_fields(fields, language)

    # ------------------------------------------------------------ API
    def set_stacked(self, stacked: bool) -> None:
        """Lines on two rows (value under field and operator), and "Tickets where" above its
        list, for a narrow panel."""
        self.stacked = stacked
        direction = QBoxLayout.Direction
        self.head.setDirection(direction.TopToBottom if stacked else direction.LeftToRight)
        for row in self._rows:
            row.set_stacked(stacked)

    def set_fields(self, fields: Sequence[TicketField], language: str) -> None:
        """New ticket fields or language (the document changed); keeps the condition."""
        if self._choices and list(fields) == self._fields and language == self._language:
            return  # nothing new: keep the lines (and the focus in them)
        self._fields, self._language = list(fields), language
        self._choices = field_choices(self._fields, language, self._builtins)
        self.add.setEnabled(bool(self._choices))
        self._show(self._text)

    def set_condition(self, text: str | None) -> None:
        if (text or "") == self._text and not self.error.text():
            return  # what the builder shows already: keep its lines (and the focus in them)
        self._text = text or ""
        self.text.setText(self._text)
        self._set_error("")
        self._show(self._text)

    def condition(self) -> str:
        return self._text

    def is_complex(self) -> bool:
        """True when the condition is shown in words only (too complex for lines)."""
        return bool(self.complex.text())

    # ------------------------------------------------------------ showing
    def _by_name(self) -> dict[str, FieldChoice]:
        return {c.name: c for c in self._choices}

    def _show(self, text: str) -> None:
        try:
            shape = rows_of(text, self._by_name())
        except expr.ExprError:
            shape = None
        self._clear_rows()
        fits = shape is not None
        for widget in (self.join_label, self.join, self.add):
            widget.setVisible(fits)
        self.complex.setVisible(not fits)
        if shape is None:
            labels = caption_labels(self._fields, self._language)
            said = condition_sentence(text, self._language, labels)
            self.complex.setText(
                tr("Too complex for lines; edit it as text. It reads: {words}").format(words=said)
                if said
                else tr("Edit it as text: it cannot be read yet.")
            )
            self._fit_words()
            return
        self.complex.setText("")
        join, leaves = shape
        self.join.blockSignals(True)
        self.join.setCurrentIndex(self.join.findData(join))
        self.join.blockSignals(False)
        for leaf in leaves:
            self._append_row().set_leaf(leaf)

    def _fit_words(self) -> None:
        # A wrapped label is given one line by layouts that ignore height-for-width (scroll
        # areas, group boxes): ask for the height its words need at the builder's width.
        width = max(self.width() - 12, 200)
        needed = self.complex.heightForWidth(width) + 4 if self.complex.text() else 0
        self.complex.setMinimumHeight(needed)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_words()

    def _clear_rows(self) -> None:
        for row in self._rows:
            self.rows_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows = []

    def _append_row(self) -> ConditionRow:
        row = ConditionRow(self._choices)
        row.set_stacked(self.stacked)
        row.sig_edited.connect(self._rows_edited)
        row.sig_remove.connect(self._remove_row)
        self.rows_box.addWidget(row)
        self._rows.append(row)
        return row

    # ------------------------------------------------------------ editing
    def _add_row(self) -> None:
        row = self._append_row()
        row.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self._rows_edited()

    def _remove_row(self, row: ConditionRow) -> None:
        self._rows.remove(row)
        self.rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._rows_edited()

    def _rows_edited(self, *_: Any) -> None:
        leaves = [leaf for leaf in (row.leaf() for row in self._rows) if leaf is not None]
        tree = tree_of(self.join.currentData(), leaves, self._by_name())
        text = expr.to_text(tree) if tree is not None else ""
        self.text.setText(text)
        self._set_error("")
        self._changed(text)

    def _text_edited(self, text: str) -> None:
        problem = self._problem(text)
        self._set_error(problem)
        if problem:
            return
        self._show(text)
        self._changed(text.strip())

    def _problem(self, text: str) -> str:
        if not text.strip():
            return ""
        try:
            problems = expr.check(expr.parse(text), field_schema(self._fields))
        except expr.ExprError as exc:
            problems = [exc]
        if not problems:
            return ""
        first = problems[0]
        return tr("Column {column}: {message}").format(
            column=first.column, message=str(first).split(": ", 1)[-1]
        )

    def _set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _changed(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.sig_changed.emit(text)
