"""`DocumentDock`: a dock that follows the current canvas editor's document (the scenarios, the
staffing targets, the staffing finder). `set_editor` subscribes to the editor's document and shows
it with `refresh()`; each change of the document calls `_document_changed`, which refreshes too
unless the dock says otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDockWidget, QWidget

from blueprint_studio.model.document import DocumentEvent


class DocumentDock(QDockWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.editor: Any = None
        self._unsubscribe: Callable[[], None] | None = None

    def set_editor(self, editor: Any) -> None:
        """Follow another canvas editor (its document and undo stack), or none."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.editor = editor
        if editor is not None:
            self._unsubscribe = editor.document.subscribe(self._document_changed)
        self.refresh()

    def detach(self) -> None:
        self.set_editor(None)

    def refresh(self) -> None:
        """Show the current editor's document (after a tab switch or a change)."""
        raise NotImplementedError

    def _document_changed(self, event: DocumentEvent) -> None:
        self.refresh()
