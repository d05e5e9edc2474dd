"""Diagnostics on the canvas: validation re-run (debounced) after each change, a badge on each
faulty element, and a list whose click selects and centres the element. Not undoable; it
reads the document and never changes it. Texts come from a function the app passes in.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from blueprint_studio.canvas.items.badge import BadgeItem
from blueprint_studio.canvas.routing import label_anchor
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.canvas.theme import readable
from blueprint_studio.model.diagnostics import Diagnostic
from blueprint_studio.model.style import ERROR, WARNING

DEBOUNCE_MS = 300
TIP_WIDTH = 80  # characters on a line of a badge's tooltip
TextOf = Callable[[Diagnostic], str]


def plain_text(d: Diagnostic) -> str:
    """A fallback when no translator is given: the code and its parameters."""
    params = ", ".join(f"{k}={v}" for k, v in d.params.items())
    return f"{d.code} ({params})" if params else d.code


class DiagnosticsOverlay(QObject):
    sig_diagnostics = Signal(list)  # the new list of Diagnostic, after each run

    def __init__(
        self, scene: BlueprintScene, text_of: TextOf = plain_text, parent: QObject | None = None
    ) -> None:
        super().__init__(parent or scene)
        self.scene = scene
        self.text_of = text_of
        self.diagnostics: list[Diagnostic] = []
        # What an import (BPMN) guessed or changed: listed after the validation's findings on
        # every run, for as long as the tab is open, so that people can check each one.
        self.notes: list[Diagnostic] = []
        self.revision = -1
        # Ids of the badged elements, never the badges: an element's item (and with it its
        # badge, a child) dies when the element is deleted, so badges are found from the ids.
        self.badged: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        scene.sig_changed.connect(lambda *_: self.timer.start())
        scene.sig_rebuilt.connect(self.timer.start)
        self.timer.start()

    def run(self) -> None:
        # Imported here, not at the top: validation pulls in the flow compiler and the simulation
        # checks, which the window need not load before it first shows (bench/startup.py).
        from blueprint_studio.model.validation import validate

        document = self.scene.document
        self.diagnostics = validate(document.blueprint) + self.notes
        self.revision = document.revision
        self._badge()
        self.sig_diagnostics.emit(self.diagnostics)

    def badges(self) -> list[BadgeItem]:
        """The badges on the canvas now, looked up through the items of the badged ids."""
        found = []
        for key in sorted(self.badged):
            target = self.scene.item_of(key)
            if target is not None:
                found.extend(c for c in target.childItems() if isinstance(c, BadgeItem))
        return found

    def _badge(self) -> None:
        for badge in self.badges():
            shiboken6.delete(badge)  # a child of its item: removeItem alone would orphan it
        self.badged = set()
        found: dict[str, list[Diagnostic]] = {}
        for d in self.diagnostics:
            for key in d.ids:
                found.setdefault(key, []).append(d)
        for key, items in found.items():
            target = self.scene.item_of(key)
            if target is None:
                continue
            severity = "error" if any(d.is_error for d in items) else "warning"
            # each message on lines of its own, wrapped: a tooltip is not as wide as the screen
            tip = "\n".join(textwrap.fill(self.text_of(d), TIP_WIDTH) for d in items)
            badge = BadgeItem(severity, tip, target)
            badge.setPos(self._anchor(target))
            self.badged.add(key)

    @staticmethod
    def _anchor(target) -> QPointF:
        """Top-right of a node or lane/stage header; above the label point of an edge."""
        if hasattr(target, "scene_rect"):
            return QPointF(target.scene_rect().width() - 2, 2)
        if hasattr(target, "points") and target.points:
            return label_anchor(target.points) + QPointF(0, -14)
        if hasattr(target, "header_rect"):
            return target.header_rect().topRight() + QPointF(-12, 12)
        return target.boundingRect().center()


class DiagnosticsPanel(QListWidget):
    """The list of diagnostics; `sig_activated(id)` when one is clicked."""

    sig_activated = Signal(str)

    def __init__(self, overlay: DiagnosticsOverlay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvas_diagnostics")
        self.overlay = overlay
        # a message names the element and says the fix: long, so it wraps instead of being cut
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        overlay.sig_diagnostics.connect(self.show_diagnostics)
        self.itemClicked.connect(self._clicked)
        self.show_diagnostics(overlay.diagnostics)

    def show_diagnostics(self, diagnostics: list[Diagnostic]) -> None:
        self.clear()
        for d in sorted(diagnostics, key=lambda d: (not d.is_error, d.code)):
            text = self.overlay.text_of(d)
            item = QListWidgetItem(("● " if d.is_error else "▲ ") + text)
            item.setToolTip(text)
            item.setForeground(self._severity_colour(d.is_error))
            item.setData(Qt.ItemDataRole.UserRole, list(d.ids))
            self.addItem(item)
        if not diagnostics:
            self.addItem(QListWidgetItem(self.tr("No problems found.")))

    def _severity_colour(self, error: bool) -> QColor:
        """Red or amber, darkened on a light list and lightened on a dark one to stay readable."""
        return readable(QColor(ERROR if error else WARNING), self.palette().color(QPalette.ColorRole.Base))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.show_diagnostics(self.overlay.diagnostics)

    def _clicked(self, item: QListWidgetItem) -> None:
        ids = item.data(Qt.ItemDataRole.UserRole) or []
        if ids:
            self.sig_activated.emit(ids[0])
