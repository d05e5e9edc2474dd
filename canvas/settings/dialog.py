"""The Blueprint settings dialog: non-modal, one tab per part of the document that is not drawn
(document description, ticket fields, pools, calendars, SLA policies). It follows the window's
current document and pushes each tab's commands on that document's undo stack.

A tab is a QWidget built as `Tab(document, parent)` with `title()` (translated),
`show_blueprint(blueprint)` (refresh, keeping the selection by key) and `sig_commit =
Signal(object)` carrying a `DocumentCommand`. The tabs are listed once, in `TAB_CLASSES`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.canvas.diagnostics import TextOf, plain_text
from blueprint_studio.canvas.settings.calendars_tab import CalendarsTab
from blueprint_studio.canvas.settings.document_tab import DocumentSettingsTab
from blueprint_studio.canvas.settings.fields_tab import FieldsTab
from blueprint_studio.canvas.settings.pools_tab import PoolsTab
from blueprint_studio.canvas.settings.sla_tab import SlaTab
from blueprint_studio.model.document import Document, DocumentEvent

# Each helper adds its tab here, one line each; the dialog shows them in this order.
TAB_CLASSES: tuple[type, ...] = (
    DocumentSettingsTab,
    FieldsTab,
    PoolsTab,
    CalendarsTab,
    SlaTab,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("BlueprintSettings", text)


class BlueprintSettingsDialog(QDialog):
    """Tabs over the current document; `set_document(None, None)` when no blueprint is open."""

    def __init__(self, parent: QWidget | None = None, text_of: TextOf = plain_text) -> None:
        super().__init__(parent)
        self.setObjectName("blueprint_settings_dialog")
        self.text_of = text_of  # the words of validation's findings, shown next to the ladder
        self.setWindowTitle(tr("Blueprint settings"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.document: Document | None = None
        self.undo_stack: QUndoStack | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settings_tabs")
        self.tabs.setDocumentMode(True)
        self.empty = QLabel(tr("Open or create a blueprint to change its settings."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        self.message = QLabel(self)
        self.message.setObjectName("settings_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # The window's Undo/Redo shortcuts are its own; offer them while this window has the focus.
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self._undo),
            (QKeySequence.StandardKey.Redo, self._redo),
        ):
            QShortcut(keys, self, slot)
        self.resize(720, 560)

    # ------------------------------------------------------------ the document followed
    def set_document(self, document: Document | None, undo_stack: QUndoStack | None) -> None:
        """Show `document`'s settings (rebuilding the tabs for it); None: no blueprint open."""
        if document is self.document and undo_stack is self.undo_stack:
            return
        current = self.tabs.currentIndex()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()
        self.document, self.undo_stack = document, undo_stack
        self.show_message("")
        if document is None:
            self.stack.setCurrentWidget(self.empty)
            return
        for cls in TAB_CLASSES:
            page = cls(document, self.tabs)
            page.sig_commit.connect(self.push)
            if isinstance(page, SlaTab):
                page.ladder.text_of = self.text_of
            self.tabs.addTab(page, page.title())
        self.tabs.setCurrentIndex(max(0, current))
        self.stack.setCurrentWidget(self.tabs)
        self._unsubscribe = document.subscribe(self._document_changed)
        self.refresh()

    def tab(self, cls: type) -> Any:
        """The page of class `cls` (tests, and a shortcut to a tab)."""
        for i in range(self.tabs.count()):
            if isinstance(self.tabs.widget(i), cls):
                return self.tabs.widget(i)
        return None

    def show_tab(self, cls: type) -> None:
        page = self.tab(cls)
        if page is not None:
            self.tabs.setCurrentWidget(page)

    def _document_changed(self, _event: DocumentEvent) -> None:
        # Each event comes once the document is consistent: the tabs show it at once (an undo from
        # the window's menu is seen before anything else happens).
        self.refresh()

    def refresh(self) -> None:
        if self.document is None:
            return
        blueprint = self.document.blueprint
        for i in range(self.tabs.count()):
            self.tabs.widget(i).show_blueprint(blueprint)

    # ------------------------------------------------------------ commands
    def push(self, command: Any) -> None:
        """Push a tab's command on the document's undo stack; the tabs refresh from the event."""
        if self.undo_stack is None or command is None:
            return
        self.show_message("")
        self.undo_stack.push(command)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _undo(self) -> None:
        if self.undo_stack is not None:
            self.undo_stack.undo()

    def _redo(self) -> None:
        if self.undo_stack is not None:
            self.undo_stack.redo()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            # The tabs' words are set when they are built: build them again in the new language.
            self.setWindowTitle(tr("Blueprint settings"))
            self.empty.setText(tr("Open or create a blueprint to change its settings."))
            document, stack = self.document, self.undo_stack
            if document is not None:
                index = self.tabs.currentIndex()
                self.set_document(None, None)
                self.set_document(document, stack)
                self.tabs.setCurrentIndex(index)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        # Enter confirms what was typed in a box (the box has taken it); it must not close the
        # dialog through its default button. Escape still closes it.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def dispose(self) -> None:
        """Stop following the document (the window closes)."""
        self.set_document(None, None)
