"""`PropertiesDock`: a form for the selected element, generated from its pydantic fields, with
sub-forms for distributions, pools, shifts, actions and field values (`subforms*`).

Each edit becomes an undoable command through the editor, merged per field while typing; a bad
condition shows the parser's message at its column and is not applied. Never edits directly.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.canvas import commands
from blueprint_studio.canvas.items.edge import language
from blueprint_studio.canvas.properties.agents_skill import RequiredSkillEditor, known_skills
from blueprint_studio.canvas.properties.approval_form import ApprovalEditor
from blueprint_studio.canvas.properties.branches import BranchList, narrow, narrow_builder
from blueprint_studio.canvas.properties.contacts_form import FollowUpsEditor, MergeRuleEditor
from blueprint_studio.canvas.properties.fields import (
    ActionsEditor,
    FieldListEditor,
    FieldSharesEditor,
    SetFieldsEditor,
)
from blueprint_studio.canvas.properties.labels import (
    MISSING,
    display_name,
    field_label,
    field_tip,
    heading,
    value_label,
)
from blueprint_studio.canvas.properties.labels import tr as label_tr
from blueprint_studio.canvas.properties.ladder_form import StepLadderEditor
from blueprint_studio.canvas.properties.rules import DurationRulesEditor, WeeklyScheduleEditor
from blueprint_studio.canvas.properties.subforms import DistributionEditor, PoolEditor, SubForm
from blueprint_studio.canvas.settings.condition_builder import ConditionBuilder
from blueprint_studio.model import expr
from blueprint_studio.model.document import DocumentEvent
from blueprint_studio.model.schema import DecisionNode, Edge, Lane, StepNode
from blueprint_studio.model.validation import field_schema
from blueprint_studio.model.words import caption_labels, condition_sentence, field_words

HIDDEN = {"id", "kind", "x", "y", "waypoints"}
SHOWN_KIND = (Lane,)  # a lane's kind is edited here; a node's or an edge's kind is what it is
REFERENCES = {
    "pool": "pools",
    "escalate_to": "nodes",
    "timeout_target": "nodes",
    "lane": "lanes",
    "source": "nodes",
    "target": "nodes",
}
REQUIRED_REFERENCES = {"source", "target"}  # a link always has both ends: no "(none)"
EXPRESSIONS = {"condition", "before", "when"}
EDGE_RULES = ("condition", "probability", "default")
LONG_TEXT = 500


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """The annotation without `| None`, and whether None was allowed."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        optional = len(args) < len(typing.get_args(annotation))
        if len(args) == 1:
            return _unwrap(args[0])[0], optional
        return annotation, optional
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    return annotation, False


def _max_length(info: Any) -> int | None:
    for meta in info.metadata:
        if getattr(meta, "max_length", None) is not None:
            return meta.max_length
    return None


class FieldEditor:
    """One row of the form: a widget, how to read and show its value, and an error label."""

    def __init__(
        self, name: str, widget: QWidget, read: Callable[[], Any], show: Callable[[Any], None]
    ) -> None:
        self.name, self.widget, self.read, self.show = name, widget, read, show
        self.error = QLabel()
        self.error.setObjectName(f"error_{name}")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.words: QLabel | None = None  # a condition read back in words, under its text
        self.builder: ConditionBuilder | None = None  # the same condition as pick lists

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class PropertiesDock(QDockWidget):
    def __init__(self, editor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvas_properties")
        self.setWindowTitle(self.tr("Properties"))
        self.editor = editor
        self.document = editor.document
        self.key: str | None = None
        self.fields: dict[str, FieldEditor] = {}
        self._showing = False
        self._mono_errors: set[str] = set()
        self.branches: BranchList | None = None
        self.title = QLabel()
        self.title.setObjectName("properties_title")
        self.title.setStyleSheet("font-weight: bold; padding: 4px;")
        self.title.setWordWrap(True)
        self.form_host = QWidget()
        scroll = QScrollArea()
        scroll.setObjectName("properties_scroll")
        scroll.setWidgetResizable(True)
        # the form follows the dock's width (labels above fields, texts wrap): never sideways
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll
        scroll.setWidget(self.form_host)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(scroll)
        self.setWidget(body)
        editor.sig_selection_changed.connect(self._selection)
        self._unsubscribe = self.document.subscribe(self._on_event)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        self.show_element(None)

    # ------------------------------------------------------------ what is shown
    def _selection(self, ids: list[str]) -> None:
        self.show_element(ids[0] if len(ids) == 1 else None)

    def show_element(self, key: str | None) -> None:
        self.key = key
        self.fields = {}
        self.branches = None
        old = self.form_host.layout()
        if old is not None:
            QWidget().setLayout(old)  # reparent the old layout so it is deleted
        form = QFormLayout(self.form_host)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: fits a narrow dock
        element = self.document.element(key) if key else None
        if element is None:
            self.title.setText(self.tr("Select one element to see its properties."))
            return
        self.title.setText(heading(element, self.document.blueprint))
        for name, info in type(element).model_fields.items():
            if name in HIDDEN and not (name == "kind" and isinstance(element, SHOWN_KIND)):
                continue
            editor = self._make(name, info, element)
            if editor is None:
                continue
            self.fields[name] = editor
            if name in self._mono_errors:
                editor.error.setFont(QFont("DejaVu Sans Mono"))
            if isinstance(editor.widget, QCheckBox):  # a yes/no field: its words beside the box
                editor.widget.setText(field_label(name, element))
                editor.widget.setToolTip(field_tip(name, element))
                form.addRow(editor.widget)
            else:
                form.addRow(self._row_label(name, element, editor.widget))  # above, on its own line:
                form.addRow(editor.widget)  # it wraps at the panel's width, never widens it
            form.addRow(editor.error)
            if name in EXPRESSIONS:
                editor.words = QLabel()
                editor.words.setObjectName(f"words_{name}")
                editor.words.setWordWrap(True)
                editor.words.setStyleSheet("color: palette(mid); font-style: italic;")
                form.addRow(editor.words)
                if name in ("condition", "before"):  # a link's rule and guard, a survey's answer
                    form.addRow(self._builder(editor))
        if isinstance(element, DecisionNode):
            self.branches = BranchList(self, element.id)
            label = QLabel(self.tr("Branches, in the order they are tried"))
            label.setToolTip(
                self.tr("A ticket takes the first branch whose rule it meets; the default branch last.")
            )
            label.setStyleSheet("font-weight: bold;")
            form.addRow(label)
            form.addRow(self.branches)
        self._refresh(element)

    def _builder(self, row: FieldEditor) -> ConditionBuilder:
        """A condition builder under the condition's text: both edit the same condition (the
        text field above is the builder's text form, so its own is hidden)."""
        builder = ConditionBuilder(list(self.document.blueprint.fields), language())
        builder.setObjectName(f"builder_{row.name}")
        builder.set_stacked(True)  # the panel is narrow: values get a line of their own
        for label in builder.findChildren(QLabel):
            if label.buddy() is builder.text:
                label.hide()
        builder.text.hide()
        builder.installEventFilter(self)  # its lines come and go: keep their combos narrow
        row.builder = builder
        line = row.widget

        def changed(text: str) -> None:
            if isinstance(line, QLineEdit):
                line.setText(text)
            self._commit(row, merge=False)

        builder.sig_changed.connect(changed)
        return builder

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest and isinstance(watched, QWidget):
            narrow_builder(watched)
        return super().eventFilter(watched, event)

    def _row_label(self, name: str, element: BaseModel, widget: QWidget) -> QLabel:
        """A row's label in words, wrapped when long, with the field's meaning and unit as tip."""
        label = QLabel(field_label(name, element))
        label.setObjectName(f"label_{name}")
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        label.setBuddy(widget)
        tip = field_tip(name, element)
        label.setToolTip(tip)
        if tip and not widget.toolTip():
            widget.setToolTip(tip)
        if isinstance(widget, QComboBox):
            narrow(widget)
        return label

    def _on_event(self, event: DocumentEvent) -> None:
        if self.branches is not None and self.key is not None and self.document.element(self.key):
            self.branches.refresh()  # a branch is a link: its changes do not name the decision
        if self.key is not None and self.key not in event.ids and self._picked_lists_changed(event):
            self.show_element(self.key)  # its pickers list pools, lanes, fields or calendars anew
            return
        if self.key is None or self.key not in event.ids and event.kind != "reset":
            return
        element = self.document.element(self.key)
        if element is None:
            self.show_element(None)
        else:
            self._refresh(element)

    def _picked_lists_changed(self, event: DocumentEvent) -> bool:
        """Whether a pool, lane, ticket field or calendar came, went or changed (the Blueprint
        settings, undo): what this form's pickers offer."""
        if event.kind not in ("added", "removed", "changed"):
            return False
        for key in event.ids:
            placed = self.document.find(key)
            if placed is not None and placed.collection in ("pools", "lanes", "fields", "calendars"):
                return True
            if placed is None and event.kind == "removed":
                return True
        return False

    def _refresh(self, element: BaseModel) -> None:
        self._showing = True
        try:
            focus = QApplication.focusWidget()
            for name, editor in self.fields.items():
                widget = editor.widget
                if focus is None or not (widget is focus or widget.isAncestorOf(focus)):
                    editor.show(getattr(element, name))
                self._show_words(editor, getattr(element, name))
                builder = editor.builder
                if builder is not None and not (focus is not None and builder.isAncestorOf(focus)):
                    builder.set_condition(getattr(element, name))
            self._show_agent_fields(element)
        finally:
            self._showing = False

    def _show_agent_fields(self, element: BaseModel) -> None:
        """A step done by the system or the customer has no pool, queue or time limit: those
        rows hide while empty (one that is set stays, so that it can be removed)."""
        if not isinstance(element, StepNode):
            return
        for name in ("pool", "time_limit", "escalate_to", "ladder"):
            editor = self.fields.get(name)
            if editor is not None:
                shown = element.performer == "agent" or getattr(element, name) is not None
                editor.widget.setVisible(shown)
                label = self.form_host.findChild(QLabel, f"label_{name}")
                if label is not None:
                    label.setVisible(shown)

    # ------------------------------------------------------------ building rows
    def _make(self, name: str, info: Any, element: BaseModel) -> FieldEditor | None:
        annotation, optional = _unwrap(info.annotation)
        sub = self._subform(name, element, optional)
        if sub is not None:
            row = FieldEditor(name, sub, sub.value, sub.set_value)
            sub.sig_edited.connect(lambda merge: self._commit(row, merge))
            return row
        if annotation is bool:
            box = QCheckBox()
            row = FieldEditor(name, box, box.isChecked, lambda v: box.setChecked(bool(v)))
            box.toggled.connect(lambda *_: self._commit(row))
            return row
        if typing.get_origin(annotation) is Literal:
            return self._combo(name, list(typing.get_args(annotation)))
        if name in REFERENCES:
            return self._reference(name, REFERENCES[name])
        if annotation in (int, float):
            return self._number(name, annotation, optional)
        if annotation is str:
            return self._text(name, optional, (_max_length(info) or 0) > LONG_TEXT)
        return self._json(name)  # anything structured that has no sub-form

    def _subform(self, name: str, element: BaseModel, optional: bool) -> SubForm | None:
        bp = self.document.blueprint
        if name in ("duration", "response_time", "interarrival", "patience"):
            return DistributionEditor(optional)
        if name == "pool" and isinstance(element, Lane):
            return PoolEditor(
                lambda: self.document.new_id("pool"),
                [f.name for f in bp.fields],
                field_labels=[field_words(f, language()) for f in bp.fields],
            )
        if name in ("actions", "after"):
            return ActionsEditor(list(bp.fields), [(p.id, display_name(p, bp)) for p in bp.all_pools()])
        if name == "set_fields":
            return SetFieldsEditor(list(bp.fields))
        if name == "field_shares":
            return FieldSharesEditor(list(bp.fields))
        if name in ("mandatory_fields", "during"):
            return FieldListEditor(list(bp.fields))
        if name == "duration_rules":
            return DurationRulesEditor(list(bp.fields))
        if name == "ladder":  # a step's time limit's escalation ladder
            return StepLadderEditor(list(bp.fields), language())
        if name == "required_skill":  # for skills-first pools (agents_skill.py)
            return RequiredSkillEditor(lambda: known_skills(self.document.blueprint))
        if name == "follow_ups":  # an intake's follow-up contacts (contacts_form.py)
            return FollowUpsEditor(
                lambda: [
                    (n.id, display_name(n, self.document.blueprint))
                    for n in self.document.blueprint.nodes
                    if n.kind == "intake" and n.id != getattr(element, "id", None)
                ]
            )
        if name == "merge":
            return MergeRuleEditor()
        if name == "approval":  # an edge's approval (approval_form.py)
            return ApprovalEditor(
                lambda: [
                    (n.id, display_name(n, self.document.blueprint))
                    for n in self.document.blueprint.nodes
                    if n.kind in ("step", "decision", "wait", "end")
                ]
            )
        if name == "schedule":
            key = getattr(element, "id", None)
            return WeeklyScheduleEditor(lambda: getattr(self.document.element(key), "rate_per_hour", 1.0))
        return None

    def _combo(self, name: str, values: list[Any]) -> FieldEditor:
        combo = QComboBox()
        for value in values:
            combo.addItem(value_label(name, value), value)
        row = FieldEditor(
            name, combo, combo.currentData, lambda v: combo.setCurrentIndex(max(combo.findData(v), 0))
        )
        combo.currentIndexChanged.connect(lambda *_: self._commit(row))
        return row

    def _reference(self, name: str, collection: str) -> FieldEditor:
        """A pool, a node or a lane, picked by its name in a combo (or none); ids stay data."""
        bp = self.document.blueprint
        items = bp.all_pools() if collection == "pools" else getattr(bp, collection)
        combo = QComboBox()
        if name not in REQUIRED_REFERENCES:
            combo.addItem(self.tr("(none)"), None)
        for item in items:
            combo.addItem(display_name(item, bp), item.id)

        def show(value: Any) -> None:
            if value is not None and combo.findData(value) < 0:
                combo.addItem(label_tr(MISSING), value)  # a dangling reference (validation flags it)
            combo.setCurrentIndex(max(combo.findData(value), 0))

        row = FieldEditor(name, combo, combo.currentData, show)
        combo.currentIndexChanged.connect(lambda *_: self._commit(row))
        return row

    def _number(self, name: str, kind: type, optional: bool) -> FieldEditor:
        line = QLineEdit()

        def read() -> Any:
            text = line.text().strip().replace(",", ".")
            if not text and optional:
                return None
            return kind(float(text)) if kind is int else float(text)

        row = FieldEditor(name, line, read, lambda v: line.setText("" if v is None else f"{v:g}"))
        line.textEdited.connect(lambda *_: self._commit(row))
        return row

    def _text(self, name: str, optional: bool, long: bool) -> FieldEditor:
        if long:
            area = QPlainTextEdit()
            area.setFixedHeight(90)
            row = FieldEditor(
                name,
                area,
                area.toPlainText,
                lambda v: area.setPlainText(v or "") if area.toPlainText() != (v or "") else None,
            )
            area.textChanged.connect(lambda: self._commit(row))
            return row
        line = QLineEdit()
        if name in EXPRESSIONS:
            line.setFont(QFont("DejaVu Sans Mono"))
            self._mono_errors.add(name)
        read = (lambda: line.text() or None) if optional else line.text
        row = FieldEditor(name, line, read, lambda v: line.setText(v or ""))
        line.textEdited.connect(lambda *_: self._commit(row))
        return row

    def _json(self, name: str) -> FieldEditor:
        area = QPlainTextEdit()
        area.setFont(QFont("DejaVu Sans Mono"))
        area.setFixedHeight(80)

        def show(value: Any) -> None:
            data = (
                value.model_dump(mode="json")
                if isinstance(value, BaseModel)
                else [v.model_dump(mode="json") if isinstance(v, BaseModel) else v for v in value]
                if isinstance(value, list)
                else value
            )
            area.setPlainText(json.dumps(data, ensure_ascii=False))

        row = FieldEditor(name, area, lambda: json.loads(area.toPlainText() or "null"), show)
        area.textChanged.connect(lambda: self._commit(row))
        return row

    def _show_words(self, row: FieldEditor, text: Any) -> None:
        """What the condition says, fields by their labels ("Priority is one of P1, P2")."""
        if row.words is None:
            return
        lang = language()
        said = (
            condition_sentence(text, lang, caption_labels(self.document.blueprint.fields, lang))
            if isinstance(text, str) and text.strip()
            else None
        )
        row.words.setText(said[:1].upper() + said[1:] if said else "")
        row.words.setVisible(bool(said))

    # ------------------------------------------------------------ committing
    def _commit(self, row: FieldEditor, merge: bool = True) -> None:
        """One command for this edit; typing in a field merges into the previous step."""
        if self._showing or self.key is None:
            return
        try:
            value = row.read()
        except ValueError:
            row.set_error(self.tr("Not a valid value."))
            return
        problem = self._expression_problem(row.name, value)
        if problem:
            row.set_error(problem)
            self._show_words(row, None)
            return
        element = self.document.element(self.key)
        changes = {row.name: value}
        if isinstance(element, Edge) and row.name in EDGE_RULES and value not in (None, False, ""):
            changes.update({r: (False if r == "default" else None) for r in EDGE_RULES if r != row.name})
        # a sub-form may name its edit (the ladder: as the SLA policies' ladder does)
        said = getattr(row.widget, "undo_text", "")
        try:
            command = commands.update_element(
                self.document,
                self.key,
                said or commands.tr("Edit {field}").format(field=field_label(row.name, element)),
                merge_key=(self.key, row.name) if merge else None,
                **changes,
            )
        except ValidationError as exc:  # said under the row, with the row's words, not its key
            row.set_error(commands.refusal(exc, {row.name: field_label(row.name, element)}))
            return
        row.set_error("")
        self._show_words(row, value)
        if not command.ops[0].empty:
            self.editor.push(command)

    def _expression_problem(self, name: str, value: Any) -> str:
        """The parser's message, pointing at its column under the text; '' when it is fine."""
        if name not in EXPRESSIONS or not value:
            return ""
        try:
            tree = expr.parse(value)
            problems = expr.check(tree, field_schema(self.document.blueprint.fields))
        except expr.ExprError as exc:
            problems = [exc]
        if not problems:
            return ""
        first = problems[0]
        marker = value + "\n" + " " * max(0, first.column - 1) + "^"
        return (
            self.tr("Column {column}: {message}").format(
                column=first.column, message=str(first).split(": ", 1)[-1]
            )
            + "\n"
            + marker
        )
