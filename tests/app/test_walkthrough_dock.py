"""The walkthrough dock driven by the keyboard only: a template card walked to its end with the
highlight following, mandatory fields refused then filled in the form, Left going back, refused
branches explained, quiz scoring, cards edited through the undo stack, the actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QMainWindow, QSpinBox

from blueprint_studio.app.training.widgets import FieldForm
from blueprint_studio.app.training.workspace import ACTION_IDS, TrainingWorkspace
from blueprint_studio.canvas.commands import cards as card_commands
from blueprint_studio.canvas.editor import CanvasEditor
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.schema import Blueprint, EndNode, StepNode
from blueprint_studio.model.walkthrough.views import FieldView
from blueprint_studio.resources import template_path

DIGIT = {n: getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)}


class Bench:
    def __init__(self, qtbot, blueprint: Blueprint) -> None:
        self.window = QMainWindow()
        qtbot.addWidget(self.window)
        self.document = Document(blueprint)
        self.editor = CanvasEditor(self.document, self.window)
        self.window.setCentralWidget(self.editor.view)
        self.workspace = TrainingWorkspace(self.window, lambda: self.editor)
        self.dock = self.workspace.dock
        self.window.resize(1300, 850)
        self.window.show()

    def key(self, key: Qt.Key, times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(self.dock, key)

    def node(self) -> str:
        return self.dock.walk.state().node_id

    def check_highlight(self) -> None:
        overlay, node = self.dock.overlay, self.node()
        assert overlay.current_id == node
        halo = overlay.item_for(node)
        assert halo is not None and halo.scene() is self.editor.scene
        assert halo.pos() == self.editor.scene.nodes[node].pos()
        assert overlay.path_ids == [p.node_id for p in self.dock.walk.summary().path]


def bench_of(qtbot, name: str = "helpdesk_flow") -> Bench:
    return Bench(qtbot, load(template_path(name, "en")))


def active_bench(qtbot) -> Bench:
    """A bench whose window is the active one, so that keys go where the focus is."""
    b = bench_of(qtbot)
    b.window.activateWindow()
    qtbot.waitUntil(b.window.isActiveWindow, timeout=2000)
    return b


def test_a_card_walks_to_its_end_with_the_keyboard_only(qtbot):
    b = bench_of(qtbot)
    b.workspace.actions["training_start"].trigger()
    assert b.dock.isVisible()
    card = b.document.element("card_invoice_reopened")
    combo = b.dock.page.card_combo
    combo.setCurrentIndex(combo.findData(card.id))  # the trainer's story: unhappy, reopened
    assert b.node() == card.expected_path[0] and b.dock.walk.card.id == card.id
    b.check_highlight()
    for number, expected in enumerate(card.expected_path[1:], start=2):
        b.key(Qt.Key.Key_Space if number % 2 else Qt.Key.Key_Right)
        assert b.node() == expected
        assert b.dock.page.step_label.text().startswith(f"#{number} ")
        b.check_highlight()
    page = b.dock.page
    assert page.summary_label.isVisibleTo(page) and "Outcome: resolved" in page.summary_label.text()
    assert "Resolution: met" in page.summary_label.text()
    assert [p.node_id for p in b.dock.walk.summary().path] == card.expected_path
    assert page.history_list.count() == len(card.expected_path)
    b.key(Qt.Key.Key_Right)  # nothing after the end
    assert "end" in page.message_label.text()
    assert b.editor.undo_stack.count() == 0 and b.document.revision == 0


def test_left_goes_back_and_the_history_goes_anywhere(qtbot):
    b = bench_of(qtbot)
    b.workspace.start()
    b.key(Qt.Key.Key_Right, 4)
    path = [p.node_id for p in b.dock.walk.summary().path]
    b.key(Qt.Key.Key_Left)
    assert b.node() == path[-2] and b.dock.walk.cursor == 3
    b.check_highlight()
    b.key(Qt.Key.Key_Left, 10)  # stops at the intake
    assert b.dock.walk.cursor == 0
    history = b.dock.page.history_list
    assert history.count() == 5  # the steps ahead stay until the next move
    rect = history.visualItemRect(history.item(2))
    QTest.mouseClick(history.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert b.node() == path[2]
    b.key(Qt.Key.Key_Right)
    assert b.node() == path[3] and history.count() == 4


def test_mandatory_fields_are_refused_when_empty_then_accepted_from_the_form(qtbot):
    b = bench_of(qtbot)
    card = card_commands.new_card(
        b.document,
        "No priority yet",
        {"category": "support", "channel": "email", "issue_type": "known", "tier": "standard"},
    )
    b.dock.set_editor(b.editor)
    b.dock.create_card(card)
    assert b.editor.undo_stack.count() == 1
    b.dock.start(card.id)
    b.key(Qt.Key.Key_Right, 2)
    assert b.node() == "step_triage"
    combo = b.dock.page.form.widgets["priority"]
    assert isinstance(combo, QComboBox) and combo.currentIndex() == -1
    b.key(Qt.Key.Key_Right)
    assert b.node() == "step_triage"  # refused
    assert "Priority" in b.dock.page.message_label.text()
    assert combo.property("missing") is True
    combo.setCurrentIndex(combo.findText("P2"))
    b.key(Qt.Key.Key_Right)
    assert b.node() == "dec_known" and b.dock.walk.state().value("priority") == "P2"


def test_a_branch_not_offered_says_why_and_number_keys_choose(qtbot):
    b = bench_of(qtbot, "ticket_states")
    b.workspace.start()
    b.dock.start("card_password")
    b.key(Qt.Key.Key_Right)
    view = b.dock.walk.state()
    blocked = next(c for c in view.choices if not c.offered)
    button = b.dock.page.choices.buttons[blocked.index]
    assert not button.isEnabled() and blocked.why in button.toolTip()
    assert any(blocked.why in label.text() for label in b.dock.page.choices.reasons)
    b.key(DIGIT[blocked.index + 1])
    assert b.node() == view.node_id and "not offered" in b.dock.page.message_label.text()
    other = next(c for c in view.choices if c.offered)
    b.key(DIGIT[other.index + 1])
    assert b.node() == other.target_id


def test_quiz_scores_through_the_dock_wrong_then_right(qtbot):
    b = bench_of(qtbot)
    b.workspace.actions["training_quiz"].trigger()
    b.workspace.start()
    assert b.dock.quiz and b.dock.page.quiz_check.isChecked()
    b.dock.start("card_server_down")
    b.key(Qt.Key.Key_Right)  # one way on: no question
    assert b.node() == "dec_type"
    b.key(Qt.Key.Key_Right)  # a decision: the trainee must choose
    assert b.node() == "dec_type" and "number key" in b.dock.page.message_label.text()
    choices = b.dock.walk.state().choices
    wrong = next(c for c in choices if c.target_id == "step_feature_log")
    right = next(c for c in choices if c.target_id == "step_triage")
    b.key(DIGIT[wrong.index + 1])
    message = b.dock.page.message_label.text()
    assert b.node() == "dec_type" and message.startswith("Not this branch") and "default" in message
    b.key(DIGIT[right.index + 1])
    assert b.node() == "step_triage" and b.dock.page.message_label.text().startswith("Right")
    path = b.dock.walk.card.expected_path
    while not b.dock.walk.finished:
        view = b.dock.walk.state()
        if len([c for c in view.choices if c.offered]) > 1:
            b.key(DIGIT[b.dock.walk.choice_towards(path[b.dock.walk.cursor + 1]) + 1])
        else:
            b.key(Qt.Key.Key_Right)
    right_first, met = b.dock.walk.score()
    assert met >= 2 and right_first == met - 1
    assert f"Quiz score: {right_first} / {met}" in b.dock.page.summary_label.text()
    end = b.dock.walk.cursor
    b.workspace.actions["training_quiz"].trigger()  # off: the place is kept, and said
    assert not b.dock.quiz and not b.dock.walk.quiz and b.dock.walk.cursor == end
    assert "Quiz off" in b.dock.page.message_label.text()


def test_copy_button_and_template_response(qtbot):
    b = bench_of(qtbot)
    b.workspace.start()
    while b.node() != "step_template_reply":
        b.key(Qt.Key.Key_Right)
    page = b.dock.page
    text = b.dock.walk.state().template_response
    assert text and page.template_edit.toPlainText() == text
    QTest.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    QGuiApplication.clipboard().clear()


def test_card_edits_are_undoable_and_the_walk_follows(qtbot):
    b = bench_of(qtbot)
    b.workspace.start()
    b.key(Qt.Key.Key_Right, 3)
    walked = [p.node_id for p in b.dock.walk.summary().path]
    card_id = b.dock.walk.card.id
    b.dock.record_path()
    assert b.document.element(card_id).expected_path == walked
    assert b.dock.walk.summary().path[-1].node_id == walked[-1]  # replayed, same place
    b.editor.undo_stack.undo()
    b.dock.refresh_document()
    assert len(b.document.element(card_id).expected_path) == 7
    b.dock.delete_card() if b.dock.page.current_card_id() == card_id else None
    assert b.document.element(card_id) is None and b.dock.walk is None
    assert not b.dock.overlay.items
    b.editor.undo_stack.undo()
    b.dock.refresh_document()
    assert b.dock.page.card_combo.findData(card_id) >= 0


def test_errors_in_the_blueprint_are_shown_instead_of_a_walk(qtbot):
    broken = Blueprint(nodes=[StepNode(id="alone"), EndNode(id="end")])
    b = Bench(qtbot, broken)
    b.workspace.start()
    assert b.dock.walk is None and b.dock.model is None
    assert "errors" in b.dock.page.problems_label.text()
    assert b.dock.page.problems_label.text().count("•") >= 1


def test_actions_by_object_name_and_the_handout(qtbot, tmp_path):
    b = bench_of(qtbot)
    for key in ACTION_IDS:
        assert b.window.findChild(QAction, key) is b.workspace.actions[key]
    assert b.workspace.actions["training_presenter"].shortcut().toString() == "F5"
    handout = b.workspace.actions["training_handout"]
    assert handout.isEnabled()
    target = tmp_path / "handout.pdf"
    assert b.workspace.print_handout(str(target))
    assert target.read_bytes().startswith(b"%PDF")


def test_closing_the_editor_lets_go_of_it(qtbot):
    b = bench_of(qtbot)
    b.workspace.start()
    assert b.dock.overlay.items
    editor, b.editor = b.editor, None
    editor.view.setParent(None)
    editor.view.deleteLater()
    editor.deleteLater()
    qtbot.waitUntil(lambda: b.dock.editor is None)
    assert b.dock.walk is None and b.dock.overlay is None
    b.workspace.editor_changed()
    b.key(Qt.Key.Key_Right)  # nothing to walk, nothing breaks


@pytest.mark.parametrize(
    "field, cls, typed, value",
    [
        (
            FieldView("p", "Priority", "choice", "P1", True, ("P1", "P2")),
            QComboBox,
            lambda w: w.setCurrentIndex(1),
            "P2",
        ),
        (FieldView("vip", "VIP", "boolean", False, True), QCheckBox, lambda w: w.setChecked(True), True),
        (FieldView("count", "Count", "number", 0, True), QSpinBox, lambda w: w.setValue(3), 3),
        (FieldView("note", "Note", "text", "", True), QLineEdit, lambda w: w.setText(" jam "), "jam"),
    ],
)
def test_the_form_has_a_widget_per_field_type(qtbot, field, cls, typed, value):
    form = FieldForm()
    qtbot.addWidget(form)
    form.set_fields([field], {})
    widget = form.widgets[field.name]
    assert isinstance(widget, cls) and form.values() == {}  # empty until the trainee acts
    typed(widget)
    assert form.values() == {field.name: value}


def _click_node(b: Bench, node_id: str) -> None:
    view = b.editor.view
    item = b.editor.scene.nodes[node_id]
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.mapFromScene(item.sceneBoundingRect().center()),
    )


def _press(key: Qt.Key) -> None:
    """A key where the user's keys go: the widget with the focus."""
    QTest.keyClick(QApplication.focusWidget(), key)


def test_the_canvas_keeps_its_keys_while_the_dock_is_open(qtbot):
    """Arrows, F2, Delete and Tab act on the canvas the user clicked, even when each edit makes
    the walk replay; the walk does not move. Back in the dock, its own keys work again."""
    b = active_bench(qtbot)
    b.workspace.start()
    b.key(Qt.Key.Key_Right, 3)
    walked = [p.node_id for p in b.dock.walk.summary().path]
    target = "step_template_reply"
    _click_node(b, target)
    assert QApplication.focusWidget() is b.editor.view
    x = b.document.element(target).x
    for _ in range(3):
        _press(Qt.Key.Key_Right)
        qtbot.wait(250)  # past the dock's replay after a change
        assert QApplication.focusWidget() is b.editor.view
    assert b.document.element(target).x > x
    assert [p.node_id for p in b.dock.walk.summary().path] == walked
    _press(Qt.Key.Key_F2)  # rename on the canvas, typed in place
    QTest.keySequence(QApplication.focusWidget(), "Ctrl+A")
    QTest.keyClicks(QApplication.focusWidget(), "Reply now")
    _press(Qt.Key.Key_Return)
    assert b.document.element(target).title == "Reply now"
    qtbot.wait(250)
    assert QApplication.focusWidget() is b.editor.view
    _press(Qt.Key.Key_Tab)  # along the flow, not out of the canvas
    assert b.editor.scene.selected_node_ids() not in ([], [target])
    assert QApplication.focusWidget() is b.editor.view and b.dock.walk.cursor == 3
    _click_node(b, "step_feature_log")
    _press(Qt.Key.Key_Delete)
    assert b.document.element("step_feature_log") is None
    qtbot.wait(250)
    assert QApplication.focusWidget() is b.editor.view
    b.editor.undo_stack.undo()  # the blueprint compiles again: the walk is back
    qtbot.waitUntil(lambda: b.dock.walk is not None, timeout=1000)
    assert [p.node_id for p in b.dock.walk.summary().path] == walked
    QTest.mouseClick(b.dock.page.title_label, Qt.MouseButton.LeftButton)
    assert b.dock.isAncestorOf(QApplication.focusWidget())  # a click in the panel
    _press(Qt.Key.Key_Right)
    assert b.dock.walk.cursor == 4


def test_end_walkthrough_removes_the_highlight_and_gives_the_canvas_back(qtbot):
    b = active_bench(qtbot)
    end = b.workspace.actions["training_end"]
    assert end.shortcut().toString() == "Shift+Esc"
    for way in ("escape", "button", "action", "close"):
        b.workspace.actions["training_start"].trigger()
        b.key(Qt.Key.Key_Right, 2)
        assert b.dock.overlay.items and b.dock.isVisible()
        if way == "escape":
            b.key(Qt.Key.Key_Escape)
        elif way == "button":
            QTest.mouseClick(b.dock.page.end_button, Qt.MouseButton.LeftButton)
        elif way == "action":
            end.trigger()
        else:
            b.dock.close()  # the panel's own close button
        assert b.dock.walk is None and not b.dock.overlay.items, way
        assert not b.dock.isVisible() and QApplication.focusWidget() is b.editor.view, way
    b.workspace.actions["training_start"].trigger()
    b.workspace.actions["training_presenter"].trigger()
    end.trigger()  # also leaves presenter mode
    assert not b.workspace.presenter.active and b.dock.walk is None
    assert "Walkthrough ended" in b.window.statusBar().currentMessage()


def test_escape_in_a_field_of_the_panel_does_not_end_the_walk(qtbot):
    b = active_bench(qtbot)
    card = card_commands.new_card(
        b.document,
        "No priority yet",
        {"category": "support", "channel": "email", "issue_type": "known", "tier": "standard"},
    )
    b.dock.set_editor(b.editor)
    b.dock.create_card(card)
    b.workspace.start()
    b.dock.start(card.id, focus=True)
    b.key(Qt.Key.Key_Right, 2)
    field = b.dock.page.form.widgets["priority"]
    qtbot.waitUntil(field.isVisible, timeout=1000)
    field.setFocus()
    _press(Qt.Key.Key_Escape)  # leaves the field, keeps the walk
    assert b.dock.walk is not None and b.node() == "step_triage"
    assert QApplication.focusWidget() is b.dock
    _press(Qt.Key.Key_Escape)  # then Esc ends it
    assert b.dock.walk is None


def test_quiz_keeps_the_place_and_says_so(qtbot):
    b = bench_of(qtbot)
    b.workspace.start()
    b.key(Qt.Key.Key_Right, 3)
    node = b.node()
    QTest.mouseClick(b.dock.page.quiz_check, Qt.MouseButton.LeftButton)
    assert b.dock.quiz and b.dock.walk.quiz and b.node() == node and b.dock.walk.cursor == 3
    assert "Quiz on from this step" in b.dock.page.message_label.text()
    assert b.workspace.actions["training_quiz"].isChecked()


def test_done_names_the_step_that_did_it(qtbot):
    """The template response is sent by the step the ticket left; the next step says so."""
    b = bench_of(qtbot)
    b.workspace.start()
    while b.node() != "step_template_reply":
        b.key(Qt.Key.Key_Right)
    label = b.dock.page.applied_label
    assert not label.isVisibleTo(b.dock.page)  # the step has not sent it yet
    title = b.dock.walk.state().title
    b.key(Qt.Key.Key_Right)
    assert label.isVisibleTo(b.dock.page)
    assert label.text() == f"Done on leaving “{title}”: template response sent"


def test_a_card_whose_path_starts_at_a_node_no_longer_there_says_so_in_words(qtbot):
    """A card from a file whose expected path starts at a node since deleted cannot be walked: the
    panel says why in words, never the refusal's code."""
    bp = load(template_path("helpdesk_flow", "en"))
    card = bp.cards[0]
    card = card.model_copy(update={"expected_path": ["ghost", *card.expected_path]})
    b = Bench(qtbot, bp.model_copy(update={"cards": [card, *bp.cards[1:]]}))
    b.workspace.start()
    said = b.dock.page.problems_label.text()
    assert b.dock.walk is None
    assert said.startswith("This ticket card cannot be walked:")
    assert "unknown_node" not in said and "ghost" not in said
    assert "no longer in the blueprint" in said
