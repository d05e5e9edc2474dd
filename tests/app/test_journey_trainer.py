"""The trainer's journey, driven as a person does it: a template opened in the main window, Training ›
Start Walkthrough, a sample ticket card picked with the mouse, steps taken with the keys and the
dock's buttons, Quiz ticked mid-walk, a wrong branch at a decision answered with its feedback, Back,
the canvas edited with the walkthrough open, presenter mode, Training › Print Handout… through its
file dialog down to the PDF (read back with pypdf), and Training › End Walkthrough.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio.app.training import workspace as training_workspace
from blueprint_studio.app.training.presenter import READABLE_ZOOM

pypdf = pytest.importorskip("pypdf")

CARD = "Password reset by e-mail, P3"
PATH = [
    "E-mail to support",
    "Support or feature?",
    "Qualify the request and acknowledge it",
    "Known issue?",
    "Send the template response",
    "Customer satisfied?",
    "Ticket resolved and closed",
]
DIGIT = {n: getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)}


class Trainer:
    """The trainer's hands on one window: the Training menu, the dock's widgets and the keys."""

    def __init__(self, window, qtbot) -> None:
        self.window, self.qtbot = window, qtbot
        self.dock = window.training.dock
        self.page = self.dock.page

    def menu(self, key: str) -> QAction:
        """Training › the action named `key`, as the menu holds it."""
        menu = self.window.menus["menu_training"]
        action = next((a for a in menu.actions() if a.objectName() == key), None)
        assert action is not None and action.isEnabled(), key
        action.trigger()
        return action

    def press(self, key: Qt.Key) -> None:
        """A key where the trainer's keys go: the widget with the focus."""
        QTest.keyClick(QApplication.focusWidget(), key)

    def click(self, widget: QWidget) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

    def pick_card(self, name: str) -> None:
        """Open the card list with the mouse and click the card."""
        combo = self.page.card_combo
        self.click(combo)
        view = combo.view()
        self.qtbot.waitUntil(view.isVisible, timeout=2000)
        row = combo.findText(name)
        assert row >= 0, [combo.itemText(i) for i in range(combo.count())]
        rect = view.visualRect(view.model().index(row, 0))
        QTest.mouseMove(view.viewport(), rect.center())
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        self.qtbot.waitUntil(lambda: not view.isVisible(), timeout=2000)

    @property
    def title(self) -> str:
        return self.page.title_label.text()

    @property
    def message(self) -> str:
        return self.page.message_label.text()

    def choice(self, target_title: str) -> int:
        """The number key of the branch leading to `target_title`."""
        view = self.dock.walk.state()
        return next(c.index for c in view.choices if c.target_title == target_title) + 1


def test_the_trainer_walks_a_card_quizzes_and_prints_the_handout(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    editor = window.current_tab().editor
    assert editor.document.blueprint.meta.title == "Help-desk flow diagram"
    t = Trainer(window, qtbot)
    start_and_step(t, qtbot)
    quiz_wrong_branch_and_back(t)
    edit_the_canvas_and_present(t, editor, qtbot)
    finish_print_and_end(t, editor, tmp_path, monkeypatch)


def start_and_step(t: Trainer, qtbot) -> None:
    """Training › Start Walkthrough, then the sample ticket chosen with the mouse."""
    t.menu("training_start")
    assert t.dock.isVisible()
    t.pick_card(CARD)
    assert t.dock.walk.card.name == CARD and t.title == PATH[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is t.dock, timeout=1000)  # not the list
    assert t.dock.overlay.current_id == t.dock.walk.state().node_id

    # Right steps on; the highlighted choice button is clicked like a person does.
    t.press(Qt.Key.Key_Right)
    assert t.title == PATH[1]
    t.click(t.page.choices.buttons[t.choice(PATH[2]) - 1])
    assert t.title == PATH[2] and t.page.step_label.text().startswith("#3 ")
    t.press(Qt.Key.Key_Space)
    assert t.title == PATH[3]


def quiz_wrong_branch_and_back(t: Trainer) -> None:
    """Quiz ticked at the decision: the place is kept and the dock says what changed; a wrong
    branch gets its feedback; Back with the button and with Left."""
    t.click(t.page.quiz_check)
    assert t.dock.quiz and t.window.training.actions["training_quiz"].isChecked()
    assert t.title == PATH[3] and "Quiz on from this step" in t.message
    t.press(Qt.Key.Key_Right)  # a decision: the trainee must choose
    assert t.title == PATH[3] and "number key" in t.message
    wrong = next(c for c in t.dock.walk.state().choices if c.target_title != PATH[4])
    t.press(DIGIT[wrong.index + 1])
    assert t.title == PATH[3]
    assert t.message.startswith("Not this branch.") and "Yes: template response" in t.message
    t.press(DIGIT[t.choice(PATH[4])])
    assert t.title == PATH[4] and t.message.startswith("Right:")
    assert not t.page.applied_label.isVisibleTo(t.page)  # a decision does nothing itself

    # Back with the button, then with Left; forward again to where the class was.
    t.click(t.page.back_button)
    assert t.title == PATH[3]
    t.press(Qt.Key.Key_Left)
    assert t.title == PATH[2]
    t.press(Qt.Key.Key_Right)
    t.press(DIGIT[t.choice(PATH[4])])
    t.press(Qt.Key.Key_Right)
    assert t.title == PATH[5]
    assert t.page.applied_label.text() == f"Done on leaving “{PATH[4]}”: template response sent"


def edit_the_canvas_and_present(t: Trainer, editor, qtbot) -> None:
    """The canvas keeps its keys with the walkthrough open: the trainer tidies a node. Then
    presenter mode for the class: the drawing at a readable zoom on the step; Esc leaves."""
    window = t.window
    node = editor.scene.nodes["step_feature_log"]
    view = editor.view
    view.centerOn(node)  # scrolled to, as the trainer would
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.mapFromScene(node.sceneBoundingRect().center()),
    )
    x = editor.document.element("step_feature_log").x
    t.press(Qt.Key.Key_Down)
    t.press(Qt.Key.Key_Right)
    qtbot.wait(300)  # the dock replays the walk after the edit
    assert QApplication.focusWidget() is view
    assert editor.document.element("step_feature_log").x > x and t.title == PATH[5]
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    assert editor.document.element("step_feature_log").x == x

    zoom = view.zoom()
    t.menu("training_presenter")
    qtbot.waitUntil(lambda: window.training.presenter.animation.state().name == "Stopped", timeout=3000)
    assert READABLE_ZOOM[0] - 1e-6 <= view.zoom() <= READABLE_ZOOM[1] + 1e-6
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(editor.scene.nodes[t.dock.walk.state().node_id].sceneBoundingRect())
    t.press(Qt.Key.Key_Escape)
    assert not window.training.presenter.active and view.zoom() == pytest.approx(zoom)


def finish_print_and_end(t: Trainer, editor, tmp_path, monkeypatch) -> None:
    """The walk to its end (the summary gives the quiz score; the wrong first answer counts),
    Training › Print Handout… through its file dialog, the PDF read back, then Training › End
    Walkthrough: the highlight goes and the canvas has the keys again."""
    t.press(DIGIT[t.choice(PATH[6])])
    assert t.title == PATH[6] and t.page.summary_label.isVisibleTo(t.page)
    right_first, met = t.dock.walk.score()
    assert met == 2 and right_first == 1
    assert "Quiz score: 1 / 2" in t.page.summary_label.text()

    target = tmp_path / "class handout.pdf"
    asked: list[str] = []

    def save_dialog(parent, caption, suggestion, filters):
        asked.append(suggestion)
        return str(target), filters

    monkeypatch.setattr(training_workspace.QFileDialog, "getSaveFileName", save_dialog)
    t.menu("training_handout")
    assert asked and asked[0].endswith(".pdf") and "Help-desk flow diagram" in asked[0]
    reader = pypdf.PdfReader(str(target))
    cards = editor.document.blueprint.cards
    assert len(cards) + 1 <= len(reader.pages) <= 4 * len(cards)
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4, the default preference
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "TRAINING HANDOUT" in text and f"Ticket card: {CARD}" in text
    for number, title in enumerate(PATH, start=1):
        assert f"Step {number} — {title}" in text
    assert "Branch taken: Yes: template response" in text
    assert all(card.name in text for card in cards)

    t.menu("training_end")
    assert t.dock.walk is None and not t.dock.overlay.items and not t.dock.isVisible()
    assert QApplication.focusWidget() is editor.view
