"""`TrainingWorkspace`: the training walkthrough's one entry point for the main window — the dock,
its actions (start, end, presenter mode, quiz, handout) and presenter mode. It wires itself; the
main window only tells it which editor is current.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu, QMessageBox

from blueprint_studio.app.training.dock import WalkthroughDock
from blueprint_studio.app.training.presenter import PresenterMode
from blueprint_studio.app.training.widgets import lang

TRAINING_START, TRAINING_PRESENTER = "training_start", "training_presenter"
TRAINING_QUIZ, TRAINING_HANDOUT = "training_quiz", "training_handout"
TRAINING_END = "training_end"
TRAINING_LEADERBOARD = "training_leaderboard"  # the last run's agents, large (simulation/leaderboard.py)
ACTION_IDS = (
    TRAINING_START,
    TRAINING_END,
    TRAINING_PRESENTER,
    TRAINING_QUIZ,
    TRAINING_HANDOUT,
    TRAINING_LEADERBOARD,
)
# Esc alone ends the walk only while the dock has the keys (on the canvas it drops a gesture, in
# presenter mode it leaves full screen); Shift+Esc ends it from anywhere in the window.
END_SHORTCUT = "Shift+Esc"


def tr(text: str) -> str:
    return QCoreApplication.translate("Training", text)


def handout_available() -> bool:
    """The publishing work's handout PDF (export/pdf_handout.py) is there to call."""
    try:
        return importlib.util.find_spec("blueprint_studio.export.pdf_handout") is not None
    except (ImportError, ValueError):
        return False


class TrainingWorkspace(QObject):
    """Give it the main window and a function returning the current CanvasEditor (or None):

        self.training = TrainingWorkspace(self, lambda: getattr(self.current_tab(), "editor", None))
        self.training.populate(self.menus["menu_training"])    # Start, Presenter F5, Quiz, Handout
        self.tab_widget.currentChanged.connect(self.training.editor_changed)
        # in retranslate(), after installing the translators:
        self.training.retranslate()

    The dock ("dock_walkthrough") is added to the right dock area, hidden until started; closing a
    tab needs nothing (the dock lets go of an editor when it is destroyed). Actions are also added
    to the window so their shortcuts work without a menu.
    """

    def __init__(self, window: QMainWindow, current_editor: Callable[[], Any]) -> None:
        super().__init__(window)
        self.setObjectName("training_workspace")
        self.window, self.current_editor = window, current_editor
        self.dock = WalkthroughDock(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.presenter = PresenterMode(window, self.dock, current_editor)
        self.actions: dict[str, QAction] = {}
        self._build_actions()
        self.dock.sig_step.connect(self.presenter.follow)
        self.dock.sig_quiz_changed.connect(self.actions[TRAINING_QUIZ].setChecked)
        self.dock.sig_ended.connect(self._ended)
        self.presenter.sig_active_changed.connect(self.actions[TRAINING_PRESENTER].setChecked)
        self.presenter.sig_active_changed.connect(self._presenter_changed)
        self.retranslate()
        self.editor_changed()

    # ------------------------------------------------------------ set-up
    def _build_actions(self) -> None:
        specs = (
            (TRAINING_START, self.start, False, None),
            (TRAINING_END, self.end, False, QKeySequence(END_SHORTCUT)),
            (TRAINING_PRESENTER, self.presenter.set_active, True, QKeySequence("F5")),
            (TRAINING_QUIZ, self.dock.set_quiz, True, None),
            (TRAINING_HANDOUT, self.print_handout, False, None),
            (TRAINING_LEADERBOARD, self.show_leaderboard, False, QKeySequence("Shift+F5")),
        )
        for key, slot, checkable, shortcut in specs:
            action = QAction(self.window)
            action.setObjectName(key)
            action.setCheckable(checkable)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot if checkable else (lambda _=False, s=slot: s()))
            self.window.addAction(action)
            self.actions[key] = action
        self.actions[TRAINING_HANDOUT].setEnabled(handout_available())

    def populate(self, menu: QMenu) -> None:
        """Add the six actions to the main window's Training menu."""
        menu.addAction(self.actions[TRAINING_START])
        menu.addAction(self.actions[TRAINING_END])
        menu.addAction(self.actions[TRAINING_QUIZ])
        menu.addAction(self.actions[TRAINING_PRESENTER])
        menu.addAction(self.actions[TRAINING_LEADERBOARD])
        menu.addSeparator()
        menu.addAction(self.actions[TRAINING_HANDOUT])

    def retranslate(self) -> None:
        texts = {
            TRAINING_START: (tr("Start &walkthrough"), tr("Step a sample ticket through the blueprint")),
            TRAINING_END: (
                tr("&End walkthrough"),
                tr("Remove the highlight and go back to editing (Esc in the walkthrough panel)"),
            ),  # noqa: E501
            TRAINING_PRESENTER: (
                tr("&Presenter mode"),
                tr("Full screen and large type for a projector; Escape leaves"),
            ),
            TRAINING_QUIZ: (
                tr("&Quiz mode"),
                tr("The trainee chooses the branch at each decision and is scored"),
            ),
            TRAINING_HANDOUT: (
                tr("Print &handout…"),
                tr("A PDF with each ticket card's path as numbered steps"),
            ),
            TRAINING_LEADERBOARD: (
                tr("Show agent &leaderboard"),
                tr("The last simulation's figures per named agent, in large type for the class (Shift+F5)"),
            ),
        }
        for key, (text, tip) in texts.items():
            self.actions[key].setText(text)
            self.actions[key].setToolTip(tip)
            self.actions[key].setStatusTip(tip)
        if not handout_available():
            self.actions[TRAINING_HANDOUT].setToolTip(
                tr("The handout needs the PDF export, which is not installed in this version")
            )
        self.dock.retranslate()

    # ------------------------------------------------------------ intents
    def editor_changed(self, *_: object) -> None:
        """The current tab changed (or closed): the dock follows the current editor."""
        editor = self.current_editor()
        if editor is not self.dock.editor and self.presenter.active:
            self.presenter.leave()
        self.dock.set_editor(editor)

    def _presenter_changed(self, active: bool) -> None:
        if active and self.dock.walk is None and self.dock.model is not None:
            self.start()
        if self.dock.walk is not None:
            self.presenter.follow(self.dock.walk.state().node_id)

    def start(self) -> None:
        self.editor_changed()
        self.dock.show()
        self.dock.raise_()
        self.dock.start(focus=True)
        self.dock.setFocus(Qt.FocusReason.OtherFocusReason)

    def end(self) -> None:
        """Training › End walkthrough: the same as End in the dock."""
        self.dock.end()

    def _ended(self) -> None:
        """The walk is over: presenter mode goes, the panel closes, the canvas takes the keys."""
        self.presenter.leave()
        self.dock.hide()
        editor = self.current_editor()
        if editor is not None:
            editor.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.window.statusBar() is not None:
            self.window.statusBar().showMessage(
                tr("Walkthrough ended: the blueprint is ready for editing."), 4000
            )

    def show_leaderboard(self) -> Any:
        """Training › Show agent leaderboard (app/simulation/leaderboard.py)."""
        from blueprint_studio.app.simulation.leaderboard import present

        return present(self.window)

    def print_handout(self, path: str | None = None) -> bool:
        """Write the training handout PDF (every ticket card) to `path`, asked for if None."""
        editor = self.current_editor()
        if editor is None or not handout_available():
            return False
        blueprint = editor.document.blueprint
        if path is None:
            stem = (blueprint.meta.title or "handout").strip() or "handout"
            path, _ = QFileDialog.getSaveFileName(
                self.window, tr("Print Handout"), f"{stem}.pdf", tr("PDF files (*.pdf)")
            )
            if not path:
                return False
        from blueprint_studio.app.shell.workers import failure_words
        from blueprint_studio.export.pdfdoc import PdfOptions
        from blueprint_studio.export.publish import save_pdf

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            save_pdf(path, blueprint, PdfOptions(language=lang()), handout=True, blueprint_sheets=False)
        except Exception as error:  # noqa: BLE001 - any failure is told, nothing is lost
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(
                self.window,
                tr("Print Handout"),
                tr("The handout could not be written: {why}").format(why=failure_words(error)),
            )
            return False
        QApplication.restoreOverrideCursor()
        return True
