"""The branch list of a decision's form: its outgoing links in the order they are tried, each
with its label, its rule (a condition in words, a probability in %, "otherwise" or none) and its
target picked by title, editable in place and reorderable.

Only a view of the links: every edit is one undo command (typing merged per branch and field),
a move is a `ReorderOp` on the document's link order, which is the order routing tries them in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.canvas import commands
from blueprint_studio.canvas.items.edge import language
from blueprint_studio.canvas.properties.labels import MISSING, display_name
from blueprint_studio.canvas.settings.condition_builder import ConditionBuilder
from blueprint_studio.model.document import Document
from blueprint_studio.model.schema import EXECUTABLE_KINDS, Edge
from blueprint_studio.model.words import caption_labels, condition_sentence

RULES = {
    "condition": QT_TRANSLATE_NOOP("Properties", "When…"),
    "probability": QT_TRANSLATE_NOOP("Properties", "Share of tickets"),
    "default": QT_TRANSLATE_NOOP("Properties", "Otherwise (default)"),
    "always": QT_TRANSLATE_NOOP("Properties", "No rule"),
}
RULE_TIPS = {
    "condition": QT_TRANSLATE_NOOP("Properties", "Tickets whose fields hold the condition take this branch."),
    "probability": QT_TRANSLATE_NOOP("Properties", "This share of tickets, in percent, takes this branch."),
    "default": QT_TRANSLATE_NOOP("Properties", "Tickets that no other branch takes go this way."),
    "always": QT_TRANSLATE_NOOP("Properties", "Every ticket that reaches this branch takes it."),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Properties", text)


def narrow(combo: QComboBox, letters: int = 6) -> None:
    """A combo as wide as the panel gives it, never wider: long titles must not widen the panel."""
    if combo.sizeAdjustPolicy() != QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(letters)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


def narrow_builder(builder: QWidget) -> None:
    """A condition builder's lines in a narrow panel: three combos on a line, the full words in
    their lists and tooltips."""
    for combo in builder.findChildren(QComboBox):
        if combo.objectName() != "condition_join":
            narrow(combo, 3)


def _rank(edge: Edge) -> int:
    """What routing tries first: conditions, then shares (one draw), then the default or
    unconditional link (model.sim.routing)."""
    return {"condition": 0, "probability": 1}.get(edge.choice, 2)


def outgoing(document: Document, node_id: str) -> list[Edge]:
    """The flow links leaving `node_id` in the order they are tried: conditions in the
    document's order, then shares, then the default."""
    links = [e for e in document.blueprint.edges if e.kind == "flow" and e.source == node_id]
    return sorted(links, key=_rank)


def first_condition(fields: list[Any]) -> str:
    """A condition to start from: the first choice field is its first value."""
    choice = next((f for f in fields if f.type == "choice" and f.values), None)
    return f'{choice.name} == "{choice.values[0]}"' if choice is not None else "responded"


class BranchRow(QFrame):
    """One branch: number, label, move buttons; its rule; its target."""

    def __init__(self, branches: BranchList, edge: Edge, number: int, count: int) -> None:
        super().__init__()
        self.branches, self.key = branches, edge.id
        self._options: list[tuple[str, str]] | None = None
        self.setObjectName("branch_row")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setColumnStretch(1, 1)
        self.number = QLabel(f"{number}.")
        self.label = QLineEdit()
        self.label.setObjectName("branch_label")
        self.label.setPlaceholderText(tr("Label on the link"))
        self.label.setToolTip(tr("The words written on the link (e.g. Yes, Complex)."))
        self.up, self.down = QToolButton(), QToolButton()
        for button, text, tip, name in (
            (self.up, "▲", tr("Move up: tried earlier (Alt+Up)"), "branch_up"),
            (self.down, "▼", tr("Move down: tried later (Alt+Down)"), "branch_down"),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setObjectName(name)
        self.up.setEnabled(number > 1)
        self.down.setEnabled(number < count)
        self.rule = QComboBox()
        self.rule.setObjectName("branch_rule")
        for key, text in RULES.items():
            self.rule.addItem(tr(text), key)
            self.rule.setItemData(self.rule.count() - 1, tr(RULE_TIPS[key]), Qt.ItemDataRole.ToolTipRole)
        self.rule.setToolTip(tr("How a ticket is sent down this branch"))
        self.condition = QLineEdit()
        self.condition.setObjectName("branch_condition")
        self.condition.setFont(QFont("DejaVu Sans Mono"))
        self.condition.setToolTip(tr('The condition as text, e.g. priority in ("P1", "P2")'))
        # The same condition as pick lists (field, operator, values by their words) under its text.
        self.builder = ConditionBuilder(list(branches.document.blueprint.fields), language())
        self.builder.setObjectName("branch_builder")
        self.builder.set_stacked(True)  # the panel is narrow: values get a line of their own
        for caption in self.builder.findChildren(QLabel):
            if caption.buddy() is self.builder.text:
                caption.hide()
        self.builder.text.hide()
        self.builder.installEventFilter(self)  # its lines come and go: keep their combos narrow
        self.share = QDoubleSpinBox()
        self.share.setObjectName("branch_share")
        self.share.setRange(0, 100)
        self.share.setDecimals(1)
        self.share.setSuffix(" %")
        self.share.setToolTip(tr("The share of tickets that take this branch, in percent"))
        self.words = QLabel()
        self.words.setObjectName("branch_words")
        self.words.setWordWrap(True)
        self.words.setStyleSheet("color: palette(mid); font-style: italic;")
        self.error = QLabel()
        self.error.setObjectName("branch_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self.target = QComboBox()
        self.target.setObjectName("branch_target")
        self.target.setToolTip(tr("The node tickets reach by this branch"))
        for combo in (self.rule, self.target):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        goes = QLabel(tr("Goes to"))
        goes.setBuddy(self.target)
        grid.addWidget(self.number, 0, 0)
        grid.addWidget(self.label, 0, 1)
        grid.addWidget(self.up, 0, 2)
        grid.addWidget(self.down, 0, 3)
        grid.addWidget(self.rule, 1, 1, 1, 3)
        grid.addWidget(self.condition, 2, 1, 1, 3)
        grid.addWidget(self.share, 2, 1, 1, 3)
        grid.addWidget(self.builder, 3, 0, 1, 4)
        grid.addWidget(self.words, 4, 0, 1, 4)
        grid.addWidget(self.error, 5, 1, 1, 3)
        grid.addWidget(goes, 6, 0, 1, 2)
        grid.addWidget(self.target, 7, 1, 1, 3)
        self.show_edge(edge)
        self.label.textEdited.connect(lambda text: branches.change(self.key, "label", merge=True, label=text))
        self.rule.activated.connect(lambda *_: branches.change_rule(self.key, self.rule.currentData()))
        self.condition.textEdited.connect(lambda text: branches.change_condition(self, text))
        self.builder.sig_changed.connect(self._built)
        self.share.valueChanged.connect(self._share_changed)
        self.target.activated.connect(
            lambda *_: branches.change(self.key, "target", target=self.target.currentData())
        )
        self.up.clicked.connect(lambda: branches.move(self.key, -1))
        self.down.clicked.connect(lambda: branches.move(self.key, +1))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", +1)):  # from any field of the branch
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: branches.move(self.key, step, keep_focus=True))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest and watched is self.builder:
            narrow_builder(self.builder)
        return False

    def _built(self, text: str) -> None:
        self.condition.setText(text)
        self.branches.change_condition(self, text)

    def _share_changed(self, value: float) -> None:
        if not self.branches.showing:
            self.branches.change(self.key, "probability", merge=True, probability=round(value / 100, 6))

    def show_edge(self, edge: Edge) -> None:
        """Show the link's values, leaving alone the field the user is typing in."""
        focus = QApplication.focusWidget()
        if self.label is not focus:
            self.label.setText(edge.label)
        self.rule.setCurrentIndex(self.rule.findData(edge.choice))
        if self.condition is not focus:
            self.condition.setText(edge.condition or "")
        if not (focus is not None and self.builder.isAncestorOf(focus)):
            self.builder.set_condition(edge.condition or "")
            narrow_builder(self.builder)
        if self.share is not focus:
            self.share.setValue((edge.probability or 0.0) * 100)
        self.condition.setVisible(edge.choice == "condition")
        self.builder.setVisible(edge.choice == "condition")
        self.share.setVisible(edge.choice == "probability")
        self.show_words(edge.condition if edge.choice == "condition" else None)
        options = self.branches.targets()
        if options != self._options or self.target.findData(edge.target) < 0:
            self._options = options  # filled again only when the nodes changed (large drawings)
            self.target.clear()
            for key, name in options:
                self.target.addItem(name, key)
            if self.target.findData(edge.target) < 0:
                self.target.addItem(tr(MISSING), edge.target)  # a dangling end: validation says so
        self.target.setCurrentIndex(self.target.findData(edge.target))

    def show_words(self, text: str | None) -> None:
        """The whole condition as a sentence, under its text and its builder."""
        lang = language()
        labels = caption_labels(self.branches.document.blueprint.fields, lang)
        said = condition_sentence(text, lang, labels) if text else None
        self.words.setText(said[:1].upper() + said[1:] if said else "")
        self.words.setVisible(bool(said))

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class BranchList(QWidget):
    """The branches of one decision (`key`), rebuilt when links come or go or change order."""

    def __init__(self, dock: Any, key: str) -> None:
        super().__init__()
        self.setObjectName("branch_list")
        self.dock, self.key = dock, key
        self.document: Document = dock.document
        self.rows: list[BranchRow] = []
        self._targets: tuple[int, list[tuple[str, str]]] | None = None
        self.showing = False
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(tr("No branch yet: draw links from this decision to the next steps."))
        self.empty.setWordWrap(True)
        self.box.addWidget(self.empty)
        self.refresh()

    def targets(self) -> list[tuple[str, str]]:
        """Where a branch can lead, (id, title), worked out once per document revision."""
        revision = self.document.revision
        if self._targets is None or self._targets[0] != revision:
            bp = self.document.blueprint
            found = [
                (n.id, display_name(n, bp))
                for n in bp.nodes
                if n.kind in EXECUTABLE_KINDS and n.kind != "intake"
            ]
            self._targets = (revision, found)
        return self._targets[1]

    def refresh(self) -> None:
        edges = outgoing(self.document, self.key)
        self.showing = True
        try:
            if [r.key for r in self.rows] == [e.id for e in edges]:
                for row, edge in zip(self.rows, edges):
                    row.show_edge(edge)
            else:
                for row in self.rows:
                    row.hide()
                    row.deleteLater()
                self.rows = [BranchRow(self, e, i, len(edges)) for i, e in enumerate(edges, 1)]
                for row in self.rows:
                    self.box.addWidget(row)
                self.empty.setVisible(not edges)
            for at, row in enumerate(self.rows):  # a move stays among branches of one kind of rule
                row.up.setEnabled(at > 0 and _rank(edges[at - 1]) == _rank(edges[at]))
                row.down.setEnabled(at + 1 < len(edges) and _rank(edges[at + 1]) == _rank(edges[at]))
        finally:
            self.showing = False

    # ------------------------------------------------------------ edits, one command each
    def _push(self, build: Callable[[], commands.DocumentCommand], row: BranchRow | None = None) -> None:
        try:
            command = build()
        except ValidationError as exc:
            if row is not None:
                row.set_error(commands.refusal(exc))
            return
        if row is not None:
            row.set_error("")
        if not all(getattr(op, "empty", False) for op in command.ops):
            self.dock.editor.push(command)

    def _row(self, key: str) -> BranchRow | None:
        return next((r for r in self.rows if r.key == key), None)

    def change(self, key: str, field: str, merge: bool = False, **changes: Any) -> None:
        if self.showing:
            return
        text = {
            "label": tr("Edit branch label"),
            "target": tr("Change branch target"),
            "probability": tr("Edit branch share"),
            "condition": tr("Edit branch condition"),
        }.get(field, tr("Edit branch"))
        self._push(
            lambda: commands.update_element(
                self.document, key, text, merge_key=(key, "branch", field) if merge else None, **changes
            ),
            self._row(key),
        )

    def change_rule(self, key: str, rule: str) -> None:
        """A new rule clears the others (a link has at most one) and starts from a sensible value."""
        if self.showing:
            return
        edge = self.document.element(key)
        if edge is None or edge.choice == rule:
            return
        changes: dict[str, Any] = {"condition": None, "probability": None, "default": False}
        if rule == "condition":
            changes["condition"] = edge.condition or first_condition(list(self.document.blueprint.fields))
        elif rule == "probability":
            others = sum(e.probability or 0.0 for e in outgoing(self.document, self.key) if e.id != key)
            changes["probability"] = round(max(0.0, 1.0 - others), 6) or 0.5
        elif rule == "default":
            changes["default"] = True
        self._push(
            lambda: commands.update_element(self.document, key, tr("Change branch rule"), **changes),
            self._row(key),
        )

    def change_condition(self, row: BranchRow, text: str) -> None:
        problem = self.dock._expression_problem("condition", text) if text.strip() else ""
        if problem or not text.strip():
            row.set_error(problem or tr("Write a condition, or choose another rule."))
            row.show_words(None)
            return
        row.show_words(text)
        self.change(row.key, "condition", merge=True, condition=text)

    def move(self, key: str, step: int, keep_focus: bool = False) -> None:
        """Swap the branch with its neighbour in the order they are tried (the keyboard's focus
        follows the branch when it moved by a key)."""
        edges = outgoing(self.document, self.key)
        at = [e.id for e in edges].index(key)
        if not 0 <= at + step < len(edges) or _rank(edges[at]) != _rank(edges[at + step]):
            return  # a condition is always tried before a share, and the default last
        order = [e.id for e in self.document.blueprint.edges]
        index = order.index(edges[at + step].id)
        text = tr("Move branch up") if step < 0 else tr("Move branch down")
        self.dock.editor.push(commands.DocumentCommand(self.document, text, [commands.ReorderOp(key, index)]))
        row = self._row(key)
        if keep_focus and row is not None:
            row.label.setFocus()
