"""Connecting nodes as a user does it (pytest-qt, real mouse events on the viewport): the handles
on all four sides grab within 12 screen pixels at any zoom, a release anywhere on the target's
rectangle connects, one undo step removes the edge, and the body still moves the node."""

from __future__ import annotations

import pytest
from canvaskit import drag, dump, scene_in_sync, shown_editor, vp
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest

# triage is the step at (260, 205), 150 × 70: its handles sit 10 units outside the middle of each side
TRIAGE_HANDLES = {"left": (250, 240), "top": (335, 195), "bottom": (335, 285), "right": (420, 240)}
FIX_RECT = QRectF(700, 365, 150, 70)  # the step "fix", the target of the drags below
NEAR_FIX_EDGE = (706, 430)  # inside fix's rectangle, 6 units from its lower-left corner


@pytest.fixture(params=[1.0, 0.4], ids=["100%", "40%"])
def editor(qtbot, request):
    ed = shown_editor(qtbot)
    ed.view.set_zoom(request.param)
    ed.view.centerOn(QPointF(500, 260))
    return ed


def edges_between(editor, source: str, target: str) -> list:
    return [e for e in editor.document.blueprint.edges if (e.source, e.target) == (source, target)]


def ctrl_z(editor) -> None:
    QTest.keyClick(editor.view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def drag_px(editor, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """Press at the viewport pixel `start`, move in `steps`, release at `end`."""
    viewport = editor.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(
            viewport,
            QPoint(
                start.x() + (end.x() - start.x()) * i // steps, start.y() + (end.y() - start.y()) * i // steps
            ),
        )
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


@pytest.mark.parametrize("side", ["left", "top", "bottom"])
def test_drag_from_a_side_handle_to_the_edge_of_a_node_connects_and_undo_removes_it(editor, side):
    doc = editor.document
    before = dump(doc)
    drag(editor.view, TRIAGE_HANDLES[side], NEAR_FIX_EDGE)
    new = edges_between(editor, "triage", "fix")
    assert len(new) == 1 and new[0].kind == "flow"
    assert len(doc.blueprint.edges) == 7
    assert editor.undo_stack.count() == 1
    assert editor.document.element("triage").x == 260  # the node did not move
    scene_in_sync(editor.scene, doc)
    ctrl_z(editor)
    assert dump(doc) == before and edges_between(editor, "triage", "fix") == []
    scene_in_sync(editor.scene, doc)


def test_a_release_in_a_corner_of_a_diamond_connects_and_highlights_it(editor):
    """The corners of the decision's rectangle lie outside its diamond outline: they count too."""
    viewport = editor.view.viewport()
    corner = QPointF(486, 275)  # dec is the diamond at (480, 200), 130 × 80
    start = vp(editor.view, (110, 120))  # the bottom handle of the intake "in" (40, 50, 140 × 60)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, vp(editor.view, (300, 200)))
    QTest.mouseMove(viewport, vp(editor.view, corner))
    assert editor.scene.nodes["dec"].hovered  # the target under the pointer is highlighted
    assert editor.interaction is not None and editor.interaction.hover is editor.scene.nodes["dec"]
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, vp(editor.view, corner)
    )
    assert len(edges_between(editor, "in", "dec")) == 1
    assert not editor.scene.nodes["dec"].hovered or editor.scene.nodes["dec"].isUnderMouse()
    assert editor.undo_stack.count() == 1


@pytest.mark.parametrize(
    ("side", "offset"),
    [("left", (-12, 0)), ("left", (0, 12)), ("top", (0, -12)), ("bottom", (-8, 9))],
    ids=["left-outward", "left-along-the-side", "top-outward", "bottom-diagonal"],
)
def test_a_press_12_screen_pixels_from_a_handle_centre_still_grabs_it(editor, side, offset):
    centre = vp(editor.view, TRIAGE_HANDLES[side])
    drag_px(editor, centre + QPoint(*offset), vp(editor.view, NEAR_FIX_EDGE))  # (8, 9): 12.04 px
    assert len(edges_between(editor, "triage", "fix")) == 1
    assert editor.undo_stack.count() == 1


def test_a_press_well_away_from_the_handles_starts_no_edge(editor):
    """The hit area has a limit: 24 screen pixels left of the left handle is the empty canvas."""
    centre = vp(editor.view, TRIAGE_HANDLES["left"])
    drag_px(editor, centre + QPoint(-24, 0), vp(editor.view, NEAR_FIX_EDGE))
    assert edges_between(editor, "triage", "fix") == []
    assert editor.undo_stack.count() == 0


@pytest.mark.parametrize(
    "point", [(335, 240), (335, 224), (290, 215)], ids=["centre", "below-top-handle", "corner"]
)
def test_a_press_on_the_body_still_moves_the_node(editor, point):
    """Even at 40 % where the top handle's 12-pixel reach would cover (335, 224), 19 units inside."""
    doc = editor.document
    drag(editor.view, point, (point[0] - 100, point[1]))  # to the left, within its stage
    triage = doc.element("triage")
    assert triage.x == pytest.approx(160, abs=10) and triage.y == 205
    assert len(doc.blueprint.edges) == 6
    assert editor.undo_stack.count() == 1


def test_the_resize_grip_still_resizes(editor):
    view = editor.view
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, vp(view, (300, 240))
    )
    drag(view, (407, 272), (457, 302))
    triage = editor.document.element("triage")
    assert triage.width > 150 and triage.height > 70
    assert len(editor.document.blueprint.edges) == 6


def test_dropping_on_the_source_or_on_empty_canvas_adds_nothing(editor):
    drag(editor.view, TRIAGE_HANDLES["top"], (300, 240))  # back onto triage itself
    drag(editor.view, TRIAGE_HANDLES["bottom"], (620, 330))  # the empty canvas between nodes
    assert len(editor.document.blueprint.edges) == 6 and editor.undo_stack.count() == 0


def _render(editor, rect: QRectF) -> QImage:
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    editor.scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def test_handles_are_drawn_on_all_four_sides_of_the_selected_node(editor):
    item = editor.scene.nodes["triage"]
    spots = {side: QRectF(x - 7, y - 7, 14, 14) for side, (x, y) in TRIAGE_HANDLES.items()}
    plain = {side: _render(editor, rect) for side, rect in spots.items()}
    item.setSelected(True)
    for side, rect in spots.items():
        assert _render(editor, rect) != plain[side], side


def test_a_click_on_a_handle_adds_no_edge_and_a_click_on_an_edge_there_selects_it(editor):
    """The hit area reaches over the end of e1, which arrives at triage's left side: a click there
    (no drag) still selects the edge, as it did before the handle grew."""
    view = editor.view
    left = vp(view, TRIAGE_HANDLES["left"])
    on_e1 = left + QPoint(-12, 0)
    assert editor.scene.items(view.mapToScene(on_e1))[0] is editor.scene.edges["e1"]
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, on_e1)
    assert editor.scene.selected_ids() == ["e1"]
    top = vp(view, TRIAGE_HANDLES["top"])  # the left one is now under e1's end handle, which wins
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, top)
    assert editor.scene.selected_ids() == ["triage"]
    assert len(editor.document.blueprint.edges) == 6 and editor.undo_stack.count() == 0


def test_reattach_the_end_of_a_selected_edge_onto_a_corner_of_the_diamond(editor):
    """The end of a selected edge sits next to the target's left handle: the end wins, and it lands
    anywhere on the new target's rectangle."""
    doc = editor.document
    editor.scene.select_ids(["e5"])  # fix -> done; its end lies on done's left side
    end = editor.scene.edges["e5"].points[-1]
    drag(editor.view, end, (604, 205))  # the upper-right corner of dec's rectangle, off its diamond
    assert doc.element("e5").target == "dec" and doc.element("e5").source == "fix"
    assert len(doc.blueprint.edges) == 6 and editor.undo_stack.count() == 1
    ctrl_z(editor)
    assert doc.element("e5").target == "done"


def test_below_the_zoom_where_handles_show_a_drag_from_their_place_starts_no_edge(qtbot):
    """At 25 % the handles are not drawn: pressing where one would be selects (rubber band) or moves,
    it does not draw an edge the user never saw a handle for."""
    ed = shown_editor(qtbot)
    ed.view.set_zoom(0.25)
    ed.view.centerOn(QPointF(500, 260))
    drag_px(ed, vp(ed.view, TRIAGE_HANDLES["left"]) + QPoint(-6, 0), vp(ed.view, NEAR_FIX_EDGE))
    assert edges_between(ed, "triage", "fix") == []
