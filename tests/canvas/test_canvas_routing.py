"""Edges go around the nodes they do not join, as a user sees it while moving nodes with the
mouse (pytest-qt, real events on the viewport): an edge detours around a node dropped on its way,
already during the drag, and goes straight again when the node leaves (undo)."""

from __future__ import annotations

from canvaskit import drag, shown_editor, vp
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from blueprint_studio.model import geometry, router


def rect_of(editor, key: str) -> geometry.Rect:
    node = editor.document.element(key)
    return geometry.Rect(node.x, node.y, node.width, node.height)


def points(editor, edge_id: str) -> list[tuple[float, float]]:
    return [(p.x(), p.y()) for p in editor.scene.edges[edge_id].points]


def test_an_edge_goes_around_a_node_dropped_on_its_way_and_straight_again_on_undo(qtbot):
    editor = shown_editor(qtbot)
    editor.view.centerOn(QPointF(600, 260))
    editor.view.activateWindow()
    qtbot.waitUntil(editor.view.hasFocus)
    straight = points(editor, "e4")  # Known? -> Done, along mid-height (a 2-unit jog in the middle)
    assert max(y for _, y in straight) - min(y for _, y in straight) < 5
    grab, drop = (330, 405), (755, 240)  # the evidence "Confirmation", onto that line
    viewport = editor.view.viewport()
    a, b = vp(editor.view, grab), vp(editor.view, drop)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, 7):
        QTest.mouseMove(viewport, QPoint(a.x() + (b.x() - a.x()) * i // 6, a.y() + (b.y() - a.y()) * i // 6))
    item = editor.scene.nodes["mail"]
    moving = geometry.Rect(item.pos().x(), item.pos().y(), item._rect.width(), item._rect.height())
    assert router.crosses(straight, moving)  # the node now lies across the old line ...
    assert not router.crosses(points(editor, "e4"), moving)  # ... which already goes around it
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    placed = rect_of(editor, "mail")
    assert router.crosses(straight, placed)
    detour = points(editor, "e4")
    assert detour != straight and not router.crosses(detour, placed)
    for end, key in ((detour[0], "dec"), (detour[-1], "done")):
        r = rect_of(editor, key)
        assert r.x <= end[0] <= r.right and r.y <= end[1] <= r.bottom
    QTest.keyClick(viewport, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert points(editor, "e4") == straight


def test_moving_a_node_off_an_edge_lets_the_edge_go_straight_again(qtbot):
    editor = shown_editor(qtbot)
    editor.view.centerOn(QPointF(600, 260))
    straight = points(editor, "e4")
    drag(editor.view, (330, 405), (755, 240))
    assert points(editor, "e4") != straight
    drag(editor.view, (755, 240), (755, 560))  # away again, below every line
    assert points(editor, "e4") == straight


def test_a_large_drawing_shows_at_once_and_routes_around_nodes_from_the_event_loop(qtbot, monkeypatch):
    """Above SYNC_DETOURS edges the scene opens with plain routes and detours in slices."""
    from blueprint_studio.canvas import scene as scene_module
    from blueprint_studio.canvas.scene import BlueprintScene
    from blueprint_studio.model.document import Document
    from blueprint_studio.model.fileformat import load
    from blueprint_studio.resources import template_path

    bp = load(template_path("service_blueprint", "en"))
    at_once = BlueprintScene(Document(bp))
    expected = {key: [(p.x(), p.y()) for p in item.points] for key, item in at_once.edges.items()}
    monkeypatch.setattr(scene_module, "SYNC_DETOURS", 0)
    later = BlueprintScene(Document(bp))
    assert later.routes_pending() > 0  # edges that cross a node wait for the event loop
    qtbot.waitUntil(lambda: later.routes_pending() == 0, timeout=5000)
    assert {key: [(p.x(), p.y()) for p in item.points] for key, item in later.edges.items()} == expected
