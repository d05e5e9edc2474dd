"""`WalkthroughDock`: a ticket card stepped through the current blueprint, keyboard driven while the
dock has the focus (Right or Space next, Left back, 1–9 a branch, Esc ends), with quiz mode and the
canvas overlay. Cards change only through undoable commands; the walk never touches the document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QMessageBox, QWidget

from blueprint_studio.app.shell.messages import diagnostic_text
from blueprint_studio.app.training.card_dialog import CardDialog
from blueprint_studio.app.training.page import WalkthroughPage
from blueprint_studio.app.training.widgets import lang, refusal_text
from blueprint_studio.canvas.commands import cards as card_commands
from blueprint_studio.canvas.overlays.walkthrough import WalkthroughOverlay
from blueprint_studio.model.schema import Blueprint, TicketCard
from blueprint_studio.model.words import field_words

if TYPE_CHECKING:
    from blueprint_studio.model.flow import FlowModel
    from blueprint_studio.model.walkthrough.walker import Walkthrough

# The compiler and the stepper are imported where a walkthrough is compiled or stepped: that
# happens once the window is on screen, and they need not load before (bench/startup.py).

DEBOUNCE_MS = 200
DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


def tr(text: str) -> str:
    return QCoreApplication.translate("Walkthrough", text)


def signature(blueprint: Blueprint) -> str:
    """What the walk depends on: everything but geometry, stages, scenarios and the title block."""
    return blueprint.model_dump_json(
        exclude={
            "nodes": {"__all__": {"x", "y", "width", "height"}},
            "edges": {"__all__": {"waypoints"}},
            "lanes": {"__all__": {"height"}},
            "stages": True,
            "scenarios": True,
            "meta": True,
        }
    )


class WalkthroughDock(QDockWidget):
    sig_step = Signal(str)  # the current node's id, after each move or replay
    sig_quiz_changed = Signal(bool)
    sig_ended = Signal()  # End (button, Esc, Training › End, the dock closed)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dock_walkthrough")
        self.editor: Any = None
        self.model: FlowModel | None = None
        self.walk: Walkthrough | None = None
        self.overlay: WalkthroughOverlay | None = None
        self.quiz = False
        self.dialog_factory: Callable[..., CardDialog] = CardDialog
        self._signature: str | None = None
        self._suspended: tuple[list[str], str] | None = None  # a walk the errors interrupted
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_document)
        self.page = WalkthroughPage(self)
        self.setWidget(self.page)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._connect_page()
        self.retranslate()
        self._show_nothing(tr("Open a blueprint to start a walkthrough."))

    def _connect_page(self) -> None:
        p = self.page
        p.card_combo.currentIndexChanged.connect(self._card_chosen)
        # A card picked from the list (even the same one): once the list's popup has closed,
        # the dock takes the keys, so that Right and Space step on (Space would reopen the list).
        p.card_combo.activated.connect(lambda _: QTimer.singleShot(0, self, self._take_keys))
        p.restart_button.clicked.connect(lambda: self.start(focus=True))
        p.back_button.clicked.connect(self.back)
        p.end_button.clicked.connect(self.end)
        p.quiz_check.toggled.connect(self.set_quiz)
        p.choices.sig_chosen.connect(self.choose)
        p.form.sig_submit.connect(self.next)
        p.copy_button.clicked.connect(self.copy_template)
        p.escalate_button.clicked.connect(self.escalate)
        p.history_list.itemClicked.connect(lambda item: self.go_to(p.history_list.row(item)))
        p.new_action.triggered.connect(self.new_card)
        p.edit_action.triggered.connect(self.edit_card)
        p.delete_action.triggered.connect(self.delete_card)
        p.record_action.triggered.connect(self.record_path)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Walkthrough"))
        self.page.retranslate()
        if self.walk is not None:
            self.render()

    # ------------------------------------------------------------ the editor and its document
    def set_editor(self, editor: Any) -> None:
        """Follow another CanvasEditor (or none); the old overlay is removed from its scene."""
        if editor is self.editor:
            return
        self._detach()
        self.editor = editor
        if editor is None:
            self._show_nothing(tr("Open a blueprint to start a walkthrough."))
            return
        self.overlay = WalkthroughOverlay(editor.scene)
        editor.scene.sig_changed.connect(self._document_changed)
        editor.destroyed.connect(self._editor_destroyed)
        self.refresh_document(force=True)

    def _detach(self) -> None:
        self._timer.stop()
        if self.editor is not None:
            try:
                self.editor.scene.sig_changed.disconnect(self._document_changed)
                self.editor.destroyed.disconnect(self._editor_destroyed)
            except (RuntimeError, TypeError):
                pass
        if self.overlay is not None:
            try:
                self.overlay.close()
            except RuntimeError:  # the scene went first
                pass
        self.editor, self.overlay, self.walk, self.model, self._signature = None, None, None, None, None
        self._suspended = None

    def _editor_destroyed(self, *_: object) -> None:
        self.editor, self.overlay = None, None
        self._detach()
        self._show_nothing(tr("Open a blueprint to start a walkthrough."))

    def _document_changed(self, *_: object) -> None:
        self._timer.start()

    def refresh_document(self, force: bool = False) -> None:
        """Recompile after a change that matters to the walk, then replay it along the same path."""
        self._timer.stop()
        if self.editor is None:
            return
        blueprint = self.editor.document.blueprint
        sig = signature(blueprint)
        if not force and sig == self._signature:
            return
        self._signature = sig
        from blueprint_studio.model.compiler import compile_blueprint

        result = compile_blueprint(blueprint)
        self.model = result.model
        self.page.fill_cards(blueprint.cards)
        if self.model is None:
            problems = [diagnostic_text(d) for d in result.errors]
            if self.walk is not None:  # picked up again where it was once the errors are fixed
                self._suspended = ([p.node_id for p in self.walk.summary().path], self.walk.card.id)
            self.walk = None
            if self.overlay is not None:
                self.overlay.clear()
            self._show_nothing(tr("The blueprint has errors; fix them to start a walkthrough:"), problems)
            return
        suspended, self._suspended = self._suspended, None
        if self.walk is None and suspended is not None and self.card_of(suspended[1]):
            self.replay(*suspended)
        elif self.walk is not None and self.card_of(self.walk.card.id) is not None:
            self.replay([p.node_id for p in self.walk.summary().path], self.walk.card.id)
        elif self.walk is not None:
            self.walk = None
            self.overlay.clear() if self.overlay else None
            self._show_nothing(tr("The ticket card was deleted."))
        elif not blueprint.cards:
            self._show_nothing(tr("This blueprint has no ticket cards: create one to start."))
        else:
            self._show_nothing(tr("Choose a ticket card, then press Right to start."))

    # ------------------------------------------------------------ starting
    def card_of(self, card_id: str | None) -> TicketCard | None:
        if self.editor is None or card_id is None:
            return None
        return self.editor.document.element(card_id, "cards")

    def start(self, card_id: str | None = None, focus: bool = False) -> bool:
        """Start the card `card_id` (the one chosen in the list by default) from its intake;
        `focus` (a user's gesture in the dock) gives the dock the keys. A replay after an edit
        never takes them: the user is typing on the canvas."""
        if card_id is not None:
            self.page.select_card(card_id)
        card = self.card_of(self.page.current_card_id())
        if self.model is None or card is None:
            return False
        from blueprint_studio.model.walkthrough.walker import Walkthrough, WalkthroughError

        try:
            self.walk = Walkthrough(self.model, card, lang(), quiz=self.quiz)
        except WalkthroughError as error:
            self.walk = None
            self._show_nothing(
                tr("This ticket card cannot be walked: {why}").format(why=refusal_text(error, self._label))
            )
            return False
        self.render()
        if focus:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _card_chosen(self, _index: int) -> None:
        card_id = self.page.current_card_id()
        if card_id is not None and (self.walk is None or self.walk.card.id != card_id):
            self.start(card_id, focus=True)

    def _take_keys(self, tries: int = 20) -> None:
        if self.page.card_combo.view().isVisible():  # the popup is still flashing its choice
            if tries:
                QTimer.singleShot(25, self, lambda: self._take_keys(tries - 1))  # dropped if closed
            return
        if self.walk is not None and self.isVisible():
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def replay(self, path: list[str], card_id: str) -> None:
        """A fresh walk of the (maybe edited) card along `path` as far as it still goes."""
        self.page.select_card(card_id)
        if not self.start(card_id) or self.walk is None:
            return
        for node_id in path[1:]:
            index = self.walk.choice_towards(node_id)
            if index is None:
                break
            self.walk.advance(index, enforce=False)
        self.render()

    def set_quiz(self, on: bool) -> None:
        """Quiz mode: the trainee chooses at each decision from the current step on. The walk
        keeps its place (Restart begins the card again) and the message says so."""
        if on == self.quiz:
            return
        self.quiz = on
        self.page.quiz_check.setChecked(on)
        self.sig_quiz_changed.emit(on)
        if self.walk is None:
            return
        self.walk.quiz = on
        self.render()
        # One literal per tr(): Qt's lupdate loses its place on implicitly joined strings.
        quiz_on = tr(
            "Quiz on from this step: choose the branch at each decision with its number key. Restart begins the card again."  # noqa: E501
        )
        quiz_off = tr("Quiz off: Right follows the card's story again.")
        self.page.show_message(quiz_on if on else quiz_off, "info")

    def end(self) -> None:
        """End the walkthrough: the highlight goes, the canvas is for editing again."""
        self._timer.stop()
        self.walk, self._suspended = None, None
        if self.overlay is not None:
            self.overlay.clear()
        if self.editor is not None and self.model is not None:
            self._show_nothing(tr("The walkthrough has ended. Choose a ticket card to start again."))
        self.sig_ended.emit()

    # ------------------------------------------------------------ moving
    def next_index(self) -> int | None:
        """The card's own next step while the walk follows its expected path; else the model's."""
        walk = self.walk
        if walk is None:
            return None
        path = walk.card.expected_path
        walked = [p.node_id for p in walk.summary().path]
        if len(path) > len(walked) and list(path[: len(walked)]) == walked:
            index = walk.choice_towards(path[len(walked)])
            if index is not None:
                return index
        return walk.suggested()

    def next(self) -> bool:
        """Right or Space: the next step along the card's story (in a quiz, only where there
        is a single way on)."""
        if self.walk is None:
            return self.start()
        view = self.walk.state()
        if view.finished:
            self.page.show_message(tr("The ticket has reached an end. Left goes back."), "info")
            return False
        offered = [c for c in view.choices if c.offered]
        if self.quiz and len(offered) > 1:
            self.page.show_message(tr("Your turn: choose the branch with its number key."), "info")
            return False
        index = offered[0].index if self.quiz and offered else self.next_index()
        if index is None:
            self.page.show_message(tr("No branch is offered here."), "error")
            return False
        return self.choose(index)

    def choose(self, index: int) -> bool:
        """Take branch `index` with the values of the form; False when refused."""
        if self.walk is None:
            return False
        view = self.walk.state()
        if not 0 <= index < len(view.choices):
            return False
        from blueprint_studio.model.walkthrough.views import WalkthroughError

        try:
            feedback = self.walk.advance(index, self.page.form.values())
        except WalkthroughError as error:
            self.page.show_message(refusal_text(error, self._label), "error")
            if error.code == "missing_fields":
                self.page.form.mark_missing(error.fields)
            return False
        if feedback is not None and not feedback.correct:
            self.page.show_message(tr("Not this branch. {reason}").format(reason=feedback.reason), "error")
            return False
        self.render()
        if feedback is not None:
            self.page.show_message(tr("Right: {reason}").format(reason=feedback.reason), "ok")
        return True

    def back(self) -> bool:
        if self.walk is None or not self.walk.back():
            return False
        self.render()
        return True

    def go_to(self, index: int) -> None:
        if self.walk is not None and 0 <= index < len(self.walk.history()):
            self.walk.go_to(index)
            self.render()

    def escalate(self) -> None:
        if self.walk is None:
            return
        from blueprint_studio.model.walkthrough.views import WalkthroughError

        try:
            self.walk.escalate()
        except WalkthroughError as error:
            self.page.show_message(refusal_text(error, self._label), "error")
            return
        self.render()

    def copy_template(self) -> None:
        if self.walk is not None:
            QGuiApplication.clipboard().setText(self.walk.state().template_response)
            self.page.show_message(tr("Template response copied."), "ok")

    # ------------------------------------------------------------ showing
    def _label(self, name: str) -> str:
        if self.model is None:
            return name
        return next((field_words(f, lang()) for f in self.model.fields if f.name == name), name)

    def render(self) -> None:
        walk = self.walk
        if walk is None:
            return
        view = walk.state()
        path = walk.summary().path
        highlight = None if self.quiz else self.next_index()
        self.page.show_step(view, walk.history(), walk.cursor, highlight, self._label)
        if view.finished:
            self.page.show_summary(walk.summary(), walk.score() if self.quiz else None)
        if self.overlay is not None:
            self.overlay.show_step(path, view, highlight)
        self.sig_step.emit(view.node_id)

    def _show_nothing(self, text: str, problems: list[str] | None = None) -> None:
        self.page.show_empty(text, problems or [])
        if self.overlay is not None:
            self.overlay.clear()

    # ------------------------------------------------------------ keys
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Space):
            self.next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace):
            self.back()
        elif key == Qt.Key.Key_Escape:
            focus = QApplication.focusWidget()
            if focus is not None and focus not in (self, self.page):
                self.setFocus(Qt.FocusReason.OtherFocusReason)  # out of a field first
            else:
                self.end()
        elif key in DIGITS:
            self.choose(DIGITS[key] - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Closing the panel ends the walkthrough: no highlight is left on the canvas."""
        super().closeEvent(event)
        if event.isAccepted() and self.walk is not None:
            self.end()

    # ------------------------------------------------------------ cards (undoable)
    def push(self, command: Any) -> None:
        self.editor.undo_stack.push(command)
        self.refresh_document()

    def create_card(self, card: TicketCard) -> None:
        self.push(card_commands.add_card(self.editor.document, card))
        self.page.select_card(card.id)

    def apply_card(self, card: TicketCard) -> None:
        if card != self.card_of(card.id):
            self.push(card_commands.change_card(self.editor.document, card))

    def _edit_in_dialog(self, card: TicketCard) -> TicketCard | None:
        titles = {n.id: n.title or n.id for n in self.editor.document.blueprint.nodes}
        dialog = self.dialog_factory(card, self.editor.document.blueprint.fields, titles, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                return dialog.card()
            except ValidationError as error:
                from blueprint_studio.canvas.commands.base import refusal

                QMessageBox.warning(self, tr("Ticket card"), refusal(error))  # the catalogue's words
        return None

    def new_card(self) -> None:
        if self.editor is None:
            return
        card = card_commands.new_card(self.editor.document, tr("New ticket"))
        edited = self._edit_in_dialog(card)
        if edited is not None:
            self.create_card(edited)
            self.start(edited.id, focus=True)

    def edit_card(self) -> None:
        card = self.card_of(self.page.current_card_id())
        edited = self._edit_in_dialog(card) if card is not None else None
        if edited is not None:
            self.apply_card(edited)

    def delete_card(self) -> None:
        card_id = self.page.current_card_id()
        if self.card_of(card_id) is not None:
            self.push(card_commands.remove_card(self.editor.document, card_id))

    def record_path(self) -> None:
        """Save the path walked so far as the card's expected path (for quizzes and handouts)."""
        if self.walk is None or self.card_of(self.walk.card.id) is None:
            return
        path = [p.node_id for p in self.walk.summary().path]
        self.push(card_commands.update_card(self.editor.document, self.walk.card.id, expected_path=path))
        self.page.show_message(tr("The path was saved to the ticket card."), "ok")
