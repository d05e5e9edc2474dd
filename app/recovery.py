"""The Qt side of never losing work: the autosave timer that snapshots modified tabs into the
RecoveryStore, and the dialog that offers crashed sessions' documents back (Restore or Discard).
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.autosave import RecoveredDocument, RecoveryStore
from model.fileformat import LoadError, SaveError, load

if TYPE_CHECKING:
    from app.document_tab import DocumentTab


def tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


class Autosaver(QObject):
    """Every interval, snapshot each modified tab whose revision moved; forget saved ones."""
    sig_failed = Signal(str)

    def __init__(self, store: RecoveryStore, tabs: Callable[[], Iterable[DocumentTab]],
                 interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tabs = tabs
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run)
        self.timer.start()

    def set_interval(self, interval_ms: int) -> None:
        self.timer.setInterval(interval_ms)

    def run(self) -> None:
        for tab in list(self.tabs()):
            if not tab.modified:
                if self.store.has(tab.recovery_key):
                    self.store.forget(tab.recovery_key)
                continue
            if tab.autosaved_revision == tab.document.revision and self.store.has(tab.recovery_key):
                continue
            try:
                self.store.write(tab.recovery_key, tab.document.blueprint, tab.path, tab.display_name())
            except (SaveError, OSError) as exc:
                self.sig_failed.emit(str(exc))
                continue
            tab.autosaved_revision = tab.document.revision

    def forget(self, tab: DocumentTab) -> None:
        self.store.forget(tab.recovery_key)


class RecoveryDialog(QDialog):
    """One row per recovered document, each with Restore (the default) or Discard."""

    def __init__(self, documents: list[RecoveredDocument], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(tr("Recover Unsaved Work"))
        self.documents = documents
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Blueprint Studio did not close properly last time. These documents had "
                          "changes that were not saved. Choose what to do with each one."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(documents), 3, self)
        self.table.setObjectName("recovery_table")
        self.table.setAccessibleName(tr("Recovered documents"))
        self.table.setHorizontalHeaderLabels([tr("Document"), tr("Last autosave"), tr("Action")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.choices: list[QComboBox] = []
        for row, doc in enumerate(documents):
            where = str(doc.original) if doc.original else tr("never saved")
            item = QTableWidgetItem(f"{doc.title}\n{where}")
            item.setToolTip(where)
            self.table.setItem(row, 0, item)
            when = datetime.fromtimestamp(doc.saved_at).strftime("%Y-%m-%d %H:%M")
            self.table.setItem(row, 1, QTableWidgetItem(when))
            combo = QComboBox()
            combo.addItem(tr("Restore"), True)
            combo.addItem(tr("Discard"), False)
            combo.setAccessibleName(tr("Restore or discard {title}").format(title=doc.title))
            self.table.setCellWidget(row, 2, combo)
            self.choices.append(combo)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def decisions(self) -> list[bool]:
        return [bool(combo.currentData()) for combo in self.choices]


def ask_recovery(parent: QWidget | None, documents: list[RecoveredDocument]) -> list[bool]:
    dialog = RecoveryDialog(documents, parent)
    dialog.exec()
    return dialog.decisions()  # closing the dialog keeps the defaults: nothing is thrown away


def recover(window, store: RecoveryStore, choose=ask_recovery) -> list[DocumentTab]:
    """Offer crashed sessions' documents; open the ones to restore as modified tabs."""
    documents = store.crashed_documents()
    crashed = [lock.session for lock in store.crashed_sessions()]
    restored = []
    if documents:
        for doc, keep in zip(documents, choose(window, documents)):
            if not keep:
                continue
            try:
                blueprint = load(doc.snapshot)
            except LoadError as exc:
                window.status_message(tr("Could not restore “{title}”: {reason}").format(
                    title=doc.title, reason=str(exc)))
                continue
            restored.append(window.open_recovered(blueprint, doc.original, doc.title))
        for tab in restored:  # safe in this session's folder before the old one goes
            store.write(tab.recovery_key, tab.document.blueprint, tab.path, tab.display_name())
    store.discard_sessions(crashed)
    return restored
