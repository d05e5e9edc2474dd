"""A change the schema refuses is said in the user's words: a node nudged past the drawing's bounds
(x = 10⁷) is refused, and the status bar says why as a file's load error would ("x: must be ≤
10,000,000"), in French in the French window, never pydantic's English ("Input should be…")."""

from __future__ import annotations

import pytest
from canvaskit import dump, small_document
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest

from blueprint_studio.app.shell import i18n
from blueprint_studio.canvas.editor import CanvasEditor
from blueprint_studio.model.document import validated_copy
from blueprint_studio.model.style import GRID


def _nudge_past_the_right_edge(qtbot) -> tuple[str, CanvasEditor, str]:
    doc = small_document()
    doc.replace(validated_copy(doc.element("done"), x=1e7))  # at the right-hand bound
    editor = CanvasEditor(doc)
    qtbot.addWidget(editor.view)
    editor.view.show()
    editor.scene.select_ids(["done"])
    before = dump(doc)
    with qtbot.waitSignal(editor.sig_status) as status:
        QTest.keyClick(editor.view.viewport(), Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert dump(doc) == before and editor.undo_stack.count() == 0  # refused: nothing changed
    assert doc.element("done").x == 1e7 and GRID > 0
    return status.args[0], editor, before


def test_a_refused_move_is_said_in_words_in_english(qtbot):
    i18n.install("en")
    message, _editor, _ = _nudge_past_the_right_edge(qtbot)
    assert message == "x: must be ≤ 10,000,000"


@pytest.fixture
def french():
    i18n.install("fr")
    try:
        yield
    finally:
        i18n.install("en")


def test_a_refused_move_is_said_in_french_in_the_french_window(qtbot, french):
    message, _editor, _ = _nudge_past_the_right_edge(qtbot)
    sep = QLocale().groupSeparator()
    assert sep not in ("", ",")  # French groups digits with a space
    assert message == f"x\u00a0: doit être ≤ 10{sep}000{sep}000"  # no-break space before « : »
    assert "Input" not in message and "should" not in message
