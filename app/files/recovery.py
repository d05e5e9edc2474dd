"""The Qt side of never losing work: the autosave timer that snapshots modified tabs into the
RecoveryStore, and the dialog that offers crashed sessions' documents back (Restore or Discard).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.app.files.autosave import DamagedSnapshot, RecoveredDocument, RecoveryStore
from blueprint_studio.app.shell import prompts
from blueprint_studio.app.shell.i18n import plural
from blueprint_studio.model.fileformat import SaveError, os_reason
from blueprint_studio.model.load_texts import CONTEXT, word

if TYPE_CHECKING:
    from blueprint_studio.app.files.document_tab import DocumentTab


def tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


class Autosaver(QObject):
    """Every interval, snapshot each modified tab whose revision moved; forget saved ones.
    A failure is announced once (sig_failed, and a warning that stays in the status bar until
    autosave works again), not every minute; the retries go on quietly."""

    sig_failed = Signal(str)  # the reason, in the user's language, when autosave stops working
    sig_working = Signal()  # autosave works again after a failure

    def __init__(
        self,
        store: RecoveryStore,
        tabs: Callable[[], Iterable[DocumentTab]],
        interval_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.tabs = tabs
        self.failure = ""
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run)
        self.timer.start()
        self.indicator = AutosaveIndicator(self, parent) if isinstance(parent, QMainWindow) else None

    def set_interval(self, interval_ms: int) -> None:
        self.timer.setInterval(interval_ms)

    def run(self) -> None:
        failure = ""
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
                failure = failure or _reason_text(exc)
                continue
            tab.autosaved_revision = tab.document.revision
        self._report(failure)

    def _report(self, failure: str) -> None:
        if failure == self.failure:
            return
        self.failure = failure
        if failure:
            self.sig_failed.emit(failure)
        else:
            self.sig_working.emit()

    def forget(self, tab: DocumentTab) -> None:
        self.store.forget(tab.recovery_key)


def _reason_text(exc: Exception) -> str:
    """Why a snapshot could not be written, in the user's language when the reason is known."""
    code, reason = (
        (exc.reason_code, exc.reason)
        if isinstance(exc, SaveError)
        else os_reason(exc)
        if isinstance(exc, OSError)
        else ("", str(exc))
    )
    return word(code, {}, lambda t: QCoreApplication.translate(CONTEXT, t)) or reason


class AutosaveIndicator(QToolButton):
    """A warning in the status bar while autosave fails; clicking it tells why and what to do."""

    def __init__(self, autosaver: Autosaver, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("autosave_indicator")
        self.autosaver = autosaver
        self.window_ = window
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.setStyleSheet("QToolButton { color: #c62828; font-weight: bold; }")
        self.hide()
        window.statusBar().addPermanentWidget(self)
        autosaver.sig_failed.connect(self._failed)
        autosaver.sig_working.connect(self._working)
        self.clicked.connect(self.explain)

    def _failed(self, reason: str) -> None:
        self.setText(tr("Autosave is not working"))
        self.setToolTip(self.details())
        self.setAccessibleName(tr("Autosave is not working: {reason}").format(reason=reason))
        self.show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.LanguageChange
            and shiboken6.isValid(self.autosaver)
            and self.autosaver.failure
        ):
            self._failed(self.autosaver.failure)
        super().changeEvent(event)

    def _working(self) -> None:
        self.hide()
        self.window_.statusBar().showMessage(tr("Autosave works again."), 8000)

    def details(self) -> str:
        return tr(
            "Unsaved changes cannot be copied to the recovery folder ({reason}), so a crash "
            "would lose them. Save your documents with File › Save, and check the folder "
            "{folder}."
        ).format(reason=self.autosaver.failure, folder=self.autosaver.store.root)

    def explain(self) -> None:
        prompts.show_error(
            self.window_,
            tr("Autosave Is Not Working"),
            tr("Autosave is not working: {reason}.").format(reason=self.autosaver.failure),
            self.details(),
        )


class RecoveryDialog(QDialog):
    """One row per recovered document, each with Restore (the default) or Discard."""

    def __init__(self, documents: list[RecoveredDocument], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(tr("Recover Unsaved Work"))
        self.documents = documents
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Blueprint Studio did not close properly last time. These documents had "
                "changes that were not saved. Choose what to do with each one."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(documents), 3, self)
        self.table.setObjectName("recovery_table")
        self.table.setAccessibleName(tr("Recovered documents"))
        self.table.setHorizontalHeaderLabels([tr("Document"), tr("Last autosave"), tr("Action")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # the headers are longer in French: never cut them
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.verticalHeader().hide()
        self.choices: list[QComboBox] = []
        for row, doc in enumerate(documents):
            where = str(doc.original) if doc.original else tr("never saved")
            item = QTableWidgetItem(f"{doc.title}\n{where}")
            item.setToolTip(where)
            self.table.setItem(row, 0, item)
            try:
                when = datetime.fromtimestamp(doc.saved_at).strftime("%Y-%m-%d %H:%M")
            except (OverflowError, OSError, ValueError):
                when = "—"
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
    """Offer crashed sessions' documents; open the ones to restore as modified tabs. Damaged
    snapshots were moved aside and are reported; start-up always goes on."""
    sessions = store.crashed_sessions()  # once: moving damaged snapshots changes the folders
    documents, damaged = store.crashed_documents(sessions)
    crashed = [lock.session for lock in sessions]
    restored = []
    if documents:
        for doc, keep in zip(documents, choose(window, documents)):
            if keep and doc.blueprint is not None:
                restored.append(window.open_recovered(doc.blueprint, doc.original, doc.title))
    kept = all(d.moved_to is not None for d in damaged)  # never delete what could not move
    for tab in restored:  # safe in this session's folder before the old one goes
        try:
            store.write(tab.recovery_key, tab.document.blueprint, tab.path, tab.display_name())
        except (SaveError, OSError):
            kept = False  # keep the crashed session: it is offered again at the next start
    if kept:
        store.discard_sessions(crashed)
    if damaged:
        report_damaged(window, damaged)
    return restored


def report_damaged(window, damaged: list[DamagedSnapshot]) -> None:
    """Said once at start-up, in a message the user must acknowledge: later status messages
    (a file opened from the command line) would hide a status-bar note."""
    from blueprint_studio.app.files.documents import load_reason_text

    first = damaged[0]
    folder = first.moved_to.parent if first.moved_to is not None else window.store.root
    one = tr(
        "{count} unsaved document from the last session could not be read "
        "(“{title}”: {reason}); it was kept in {folder}."
    )
    many = tr(
        "{count} unsaved documents from the last session could not be read "
        "(“{title}”: {reason}); they were kept in {folder}."
    )
    text = plural(len(damaged), one, many).format(
        count=len(damaged), title=first.title, reason=load_reason_text(first.reason), folder=folder
    )
    window.status_message(text, 30000)
    prompts.show_error(
        window,
        tr("Unsaved Work Could Not Be Recovered"),
        text,
        tr("Blueprint Studio starts normally; the other documents are not affected."),
    )
