"""`DocumentTab`: one open blueprint — its Document, CanvasEditor and undo stack, diagnostics,
properties form, file path and what is on disk. It holds state; documents.py decides file I/O.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDockWidget, QVBoxLayout, QWidget

from blueprint_studio.app.shell.messages import diagnostic_text
from blueprint_studio.canvas import actions as canvas_actions
from blueprint_studio.canvas.diagnostics import DiagnosticsOverlay, DiagnosticsPanel
from blueprint_studio.canvas.editor import CanvasEditor
from blueprint_studio.canvas.properties.dock import PropertiesDock
from blueprint_studio.model.document import Document
from blueprint_studio.model.schema import Blueprint


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_digest(path: Path) -> str | None:
    try:
        return digest(path.read_bytes())
    except OSError:
        return None


def tr(text: str) -> str:
    return QCoreApplication.translate("DocumentTab", text)


class DocumentTab(QWidget):
    sig_state_changed = Signal()  # modified flag, path or disk state changed
    _untitled = 0

    def __init__(self, blueprint: Blueprint, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_tab")
        self.document = Document(blueprint)
        self.editor = CanvasEditor(self.document, self)
        self.view = self.editor.view
        self.undo_stack = self.editor.undo_stack
        self.path: Path | None = Path(path).resolve() if path else None
        DocumentTab._untitled += 1
        self.untitled_number = DocumentTab._untitled
        self.disk_digest: str | None = None
        self.changed_on_disk = False
        self.recovered = False
        self.recovery_key = f"doc{self.untitled_number}"
        self.autosaved_revision = self.document.revision
        self._forced_dirty = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        self.overlay = DiagnosticsOverlay(self.editor.scene, diagnostic_text, self)
        self.diagnostics_panel = DiagnosticsPanel(self.overlay)
        self.diagnostics_panel.setAccessibleName(tr("Diagnostics"))
        self.diagnostics_panel.sig_activated.connect(self.editor.select_and_centre)
        self.properties = PropertiesDock(self.editor)
        # Shown inside the window's own Properties dock: no title bar of its own.
        self.properties.setTitleBarWidget(QWidget())
        self.properties.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self._release_canvas_undo_keys()
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        # A new document is named by its title: a title changed (Blueprint settings, undo) renames it.
        self._unsubscribe_meta = self.document.subscribe(self._meta_changed)

    def _release_canvas_undo_keys(self) -> None:
        """The window's QUndoGroup owns Ctrl+Z / Ctrl+Y; the canvas's own copies would make
        those keys ambiguous (and then neither fires) while the canvas has the focus."""
        for key in (canvas_actions.UNDO, canvas_actions.REDO):
            action = self.editor.actions.get(key)
            if action is not None:
                self.view.removeAction(action)

    def _meta_changed(self, event) -> None:
        if event.kind in ("meta", "reset") and self.path is None:
            self.sig_state_changed.emit()

    def _clean_changed(self, _clean: bool) -> None:
        self.sig_state_changed.emit()

    # ------------------------------------------------------------ state
    @property
    def modified(self) -> bool:
        return self._forced_dirty or not self.undo_stack.isClean()

    def set_forced_dirty(self, dirty: bool) -> None:
        """A recovered document is unsaved work although its undo stack is empty."""
        self._forced_dirty = dirty
        self.sig_state_changed.emit()

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        title = self.document.blueprint.meta.title
        return title or tr("Untitled {n}").format(n=self.untitled_number)

    def mark_saved(self, path: Path, data_digest: str) -> None:
        self.path = Path(path).resolve()
        self.disk_digest = data_digest
        self.changed_on_disk = False
        self.recovered = False
        self._forced_dirty = False
        self.undo_stack.setClean()
        self.sig_state_changed.emit()

    def replace_blueprint(self, blueprint: Blueprint, data_digest: str | None) -> None:
        """Reload: the document takes the file's content; undo history no longer applies."""
        self.undo_stack.clear()
        self.document.reset(blueprint)
        self.disk_digest = data_digest
        self.changed_on_disk = False
        self._forced_dirty = False
        self.undo_stack.setClean()
        self.sig_state_changed.emit()

    def disk_differs(self) -> bool:
        """True when the file on disk is no longer what this tab last loaded or saved."""
        if self.path is None or self.disk_digest is None or not self.path.exists():
            return False
        return file_digest(self.path) != self.disk_digest

    def note_disk_change(self) -> bool:
        changed = self.disk_differs()
        if changed != self.changed_on_disk:
            self.changed_on_disk = changed
            self.sig_state_changed.emit()
        return changed

    def dispose(self) -> None:
        """Stop observing the document before Qt deletes the widgets."""
        self.overlay.timer.stop()
        self.undo_stack.cleanChanged.disconnect(self._clean_changed)
        self._unsubscribe_meta()
        self.sig_state_changed.disconnect()
        self.editor.scene.close()
        if self.editor.interaction is not None:
            self.editor.interaction.cancel()
        self.properties.deleteLater()
        self.diagnostics_panel.deleteLater()
