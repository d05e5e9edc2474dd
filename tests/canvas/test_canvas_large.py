"""A large drawing (more than SYNC_DETOURS edges) shows at once and finishes from the event loop:
its edges on their plain routes with no label first, then routed around nodes, settled and
labelled in slices; once done it is drawn exactly as a small drawing is at once, also when the
user changed it meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from blueprint_studio import resources
from blueprint_studio.canvas import scene as scene_module
from blueprint_studio.canvas.commands.base import DocumentCommand, ReplaceOp
from blueprint_studio.canvas.editor import CanvasEditor
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.model import geometry
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load


def drawn(scene) -> dict[str, tuple]:
    """What each edge shows: its route, its label's box, its tooltip and whether it lies over nodes."""
    return {
        key: ([(p.x(), p.y()) for p in it.points], it.label_rect().getRect(), it.toolTip(), it.zValue())
        for key, it in scene.edges.items()
    }


def template():
    return load(resources.template_path("service_blueprint", "en"))


def test_a_large_drawing_shows_plain_routes_first_and_labels_them_from_the_event_loop(qtbot, monkeypatch):
    bp = template()
    at_once = BlueprintScene(Document(bp))
    assert any(not item.label_rect().isNull() for item in at_once.edges.values())
    monkeypatch.setattr(scene_module, "SYNC_DETOURS", 0)
    later = BlueprintScene(Document(bp))
    nodes = {n.id: geometry.Rect(n.x, n.y, n.width, n.height) for n in bp.nodes}
    for edge in bp.edges:  # shown at once, on the plain route between its nodes, no label yet
        item = later.edges[edge.id]
        plain = geometry.orthogonal_route(nodes[edge.source], nodes[edge.target], edge.waypoints)
        assert item._route == plain, edge.id
        assert item.label_rect().isNull() and item.toolTip() == "", edge.id
    assert later.routes_pending() >= 3 * len(bp.edges)  # to route, to line up, to label
    qtbot.waitUntil(lambda: later.routes_pending() == 0, timeout=10000)
    assert drawn(later) == drawn(at_once)


def test_a_large_drawing_changed_before_it_is_finished_ends_as_drawn_at_once(qtbot, monkeypatch):
    monkeypatch.setattr(scene_module, "SYNC_DETOURS", 0)
    editor = CanvasEditor(Document(template()))
    assert editor.scene.routes_pending() > 0
    doc = editor.document
    node = doc.blueprint.nodes[3]
    moved = node.model_copy(update={"x": node.x + 160, "y": node.y + 40})
    editor.undo_stack.push(DocumentCommand(doc, "Move", [ReplaceOp([node], [moved])]))
    qtbot.waitUntil(lambda: editor.scene.routes_pending() == 0, timeout=10000)
    monkeypatch.setattr(scene_module, "SYNC_DETOURS", 400)
    assert drawn(editor.scene) == drawn(BlueprintScene(Document(doc.blueprint)))


def test_an_edge_draws_its_rounded_route_inside_its_bounds(qtbot):
    """The bounds come from the route's corner points, the rounded path is made when first drawn:
    the path (with room for the pen) stays inside them and passes through both ends."""
    scene = BlueprintScene(Document(template()))
    for item in scene.edges.values():
        path = item._path
        assert item.boundingRect().contains(path.boundingRect().adjusted(-9, -9, 9, 9)), item.edge_id
        ends = [QPointF(*item._route[0]), QPointF(*item._route[-1])]
        drawn_points = [QPointF(path.elementAt(k).x, path.elementAt(k).y) for k in range(path.elementCount())]
        assert all(end in drawn_points for end in ends), item.edge_id


def test_a_picture_of_a_large_drawing_shows_it_finished(qtbot, monkeypatch, tmp_path):
    """An SVG export builds a scene and draws it at once: a large drawing is finished first, so
    the picture shows every detour and label, as it does for a small drawing."""
    from blueprint_studio.export.image import write_svg

    bp = template()
    write_svg(bp, tmp_path / "small.svg")
    monkeypatch.setattr(scene_module, "SYNC_DETOURS", 0)
    write_svg(bp, tmp_path / "large.svg")
    assert (tmp_path / "large.svg").read_bytes() == (tmp_path / "small.svg").read_bytes()
