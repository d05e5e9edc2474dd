"""`ConnectDialog`: pick the node to connect the selection to, by name, from a filtered list.

It only lists and filters (by name, kind and lane, ignoring case and accents) and says why a
node cannot be chosen; the editor makes the edges. Ids are never shown.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.canvas.items.lane import lane_kind_name
from blueprint_studio.canvas.items.node import kind_name

TARGET_ROLE = Qt.ItemDataRole.UserRole
REASON_ROLE = Qt.ItemDataRole.UserRole + 1
NAVIGATION_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


def folded(text: str) -> str:
    """Lower case without accents, so that « resolu » finds « Résolu »."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def node_label(node: Any, lanes: dict[str, Any]) -> str:
    """« Name — Kind · Lane », with a stand-in for a node that has no name yet."""
    name = node.title.strip() or tr("(no name)")
    label = f"{name} — {kind_name(node.kind)}"
    lane = lanes.get(node.lane) if node.lane else None
    if lane is not None:
        label += f" · {lane.title or lane_kind_name(lane.kind)}"
    return label


class ConnectDialog(QDialog):
    """Lists every other node; those that cannot be reached from the selection are greyed out,
    with the reason shown when one is highlighted. `target()` is the chosen node's id."""

    def __init__(
        self,
        blueprint: Any,
        sources: list[str],
        problem: Callable[[str], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("canvas_connect_dialog")
        self.setWindowTitle(tr("Connect to"))
        nodes = {n.id: n for n in blueprint.nodes}
        lanes = {lane.id: lane for lane in blueprint.lanes}
        layout = QVBoxLayout(self)
        names = [nodes[s].title.strip() or kind_name(nodes[s].kind) for s in sources if s in nodes]
        origin = names[0] if len(names) == 1 else tr("{count} nodes").format(count=len(names))
        heading = QLabel(tr("Connect “{origin}” to:").format(origin=origin))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.filter = QLineEdit()
        self.filter.setObjectName("connect_filter")
        self.filter.setPlaceholderText(tr("Type part of a name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Filter the nodes by name"))
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setObjectName("connect_targets")
        self.list.setAccessibleName(tr("Nodes"))
        layout.addWidget(self.list, 1)
        self.reason = QLabel()
        self.reason.setObjectName("connect_reason")
        self.reason.setWordWrap(True)
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(nodes, lanes, sources, problem)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemDoubleClicked.connect(lambda item: self.accept())
        self._apply_filter("")
        self.filter.setFocus()
        self.resize(460, 420)

    def _fill(
        self,
        nodes: dict[str, Any],
        lanes: dict[str, Any],
        sources: list[str],
        problem: Callable[[str], str | None],
    ) -> None:
        rows = []
        for key, node in nodes.items():
            if key in sources:
                continue
            reason = problem(key)
            rows.append((reason is not None, folded(node.title or kind_name(node.kind)), key, node, reason))
        for blocked, _, key, node, reason in sorted(rows, key=lambda r: r[:2]):
            item = QListWidgetItem(node_label(node, lanes))
            item.setData(TARGET_ROLE, key)
            item.setData(REASON_ROLE, reason or "")
            if blocked:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                item.setForeground(
                    self.palette().color(self.palette().ColorGroup.Disabled, self.palette().ColorRole.Text)
                )
                item.setToolTip(reason)
            self.list.addItem(item)

    def _apply_filter(self, text: str) -> None:
        words = folded(text).split()
        shown = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not all(w in folded(item.text()) for w in words))
            if not item.isHidden():
                shown.append(item)
        # the first node that can be chosen; else the first shown, so that its reason is read
        usable = [item for item in shown if item.data(REASON_ROLE) == ""]
        current = (usable or shown or [None])[0]
        self.list.setCurrentItem(current)
        self._current_changed(current)

    def _current_changed(self, item: QListWidgetItem | None, *_: Any) -> None:
        usable = item is not None and not item.isHidden() and item.data(REASON_ROLE) == ""
        self.ok.setEnabled(usable)
        if self.list.count() == 0:
            self.reason.setText(tr("There is no other node to connect to yet."))
        elif item is None and not any(not self.list.item(r).isHidden() for r in range(self.list.count())):
            self.reason.setText(tr("No node has this name."))
        else:
            self.reason.setText(item.data(REASON_ROLE) if item is not None else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Up and Down in the filter move in the list, so the hands stay on the keyboard."""
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in NAVIGATION_KEYS
        ):
            self._step(event.key())
            return True
        return super().eventFilter(watched, event)

    def _step(self, key: Qt.Key) -> None:
        rows = [
            r
            for r in range(self.list.count())
            if not self.list.item(r).isHidden() and self.list.item(r).data(REASON_ROLE) == ""
        ]
        if not rows:
            return
        current = self.list.currentRow()
        jump = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) else 8
        forward = key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        if current not in rows:
            row = rows[0] if forward else rows[-1]
        else:
            i = rows.index(current) + (jump if forward else -jump)
            row = rows[max(0, min(len(rows) - 1, i))]
        self.list.setCurrentRow(row)

    def target(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.isHidden() or item.data(REASON_ROLE) != "":
            return None
        return item.data(TARGET_ROLE)

    def accept(self) -> None:
        if self.target() is not None:
            super().accept()
