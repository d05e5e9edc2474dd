"""Routes read well on screen, and the screen agrees with the paper: on every bundled template no
edge crosses a node, no two arrowheads or ends share a point, no two edges share a trunk, and the
canvas draws the PDF layout's routes; after a node is dragged with the mouse (and after undo) the
canvas, which re-routes only the edges concerned, still draws what the PDF would."""

from __future__ import annotations

import pytest
from canvaskit import vp
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from blueprint_studio.canvas.editor import CanvasEditor
from blueprint_studio.canvas.items.edge import EdgeItem
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.export.layout import routes
from blueprint_studio.model import drawcheck, geometry, router
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.style import EDGE_STYLES
from blueprint_studio.resources import template_path

TEMPLATES = ("helpdesk_flow", "service_blueprint", "tiered_support", "ticket_states")
BUNDLED = [(name, lang) for name in TEMPLATES for lang in ("fr", "en")]


def drawn(scene) -> dict[str, list[tuple[float, float]]]:
    return {key: [(p.x(), p.y()) for p in item.points] for key, item in scene.edges.items()}


def faults(bp, lines: dict[str, list[tuple[float, float]]]) -> dict[str, list]:
    nodes = {n.id: geometry.Rect(n.x, n.y, n.width, n.height) for n in bp.nodes}
    ends = {e.id: (e.source, e.target) for e in bp.edges}
    arrowed = {e.id: lines[e.id] for e in bp.edges if EDGE_STYLES[e.kind].arrow}
    return {
        "crossings": drawcheck.node_crossings(nodes, lines, ends),
        "arrow clashes": drawcheck.arrow_clashes(arrowed),
        "shared ends": drawcheck.shared_ends(lines),
        "shared trunks": drawcheck.shared_trunks(lines),
    }


CLEAN = {"crossings": [], "arrow clashes": [], "shared ends": [], "shared trunks": []}


@pytest.mark.parametrize("name,lang", BUNDLED)
def test_every_template_is_drawn_without_crossings_clashes_or_trunks_as_on_paper(qapp, name, lang):
    bp = load(template_path(name, lang))
    scene = BlueprintScene(Document(bp))
    on_screen = drawn(scene)
    on_paper = routes(bp)
    assert on_screen == on_paper
    assert faults(bp, on_screen) == CLEAN


@pytest.mark.parametrize("name,lang", BUNDLED)
def test_spreading_ends_and_trunks_adds_no_crossing_of_edges(name, lang):
    """Ends spread along a side and trunks nudged apart cross no more often than each edge's own
    route did: edges sharing a trunk towards one side part in the order of their ends (the four
    intakes of tiered support crossed each other four times before Triage)."""
    bp = load(template_path(name, lang))
    nodes = {n.id: geometry.Rect(n.x, n.y, n.width, n.height) for n in bp.nodes}
    near = router.index(nodes.values())
    own = {e.id: router.route(nodes[e.source], nodes[e.target], near, e.waypoints) for e in bp.edges}
    assert len(drawcheck.edge_crossings(routes(bp))) <= len(drawcheck.edge_crossings(own))


def test_a_dragged_node_reroutes_only_the_edges_concerned_and_agrees_with_paper(qtbot, monkeypatch):
    """Triage takes four intakes' edges on its left side; dragged down-right with the mouse it
    keeps them apart, the canvas re-routes only the edges concerned, and what it draws after the
    drop and after undo is what the PDF layout gives for the document."""
    doc = Document(load(template_path("tiered_support", "en")))
    editor = CanvasEditor(doc)
    qtbot.addWidget(editor.view)
    editor.view.resize(1400, 900)
    editor.view.show()
    qtbot.waitExposed(editor.view)
    editor.view.zoom_reset()
    editor.view.centerOn(QPointF(700, 500))
    editor.view.activateWindow()
    editor.view.setFocus()
    qtbot.waitUntil(editor.view.hasFocus)
    before = drawn(editor.scene)
    assert before == routes(doc.blueprint)

    touched: list[str] = []
    original = EdgeItem.set_route

    def recording(self, *args, **kwargs):
        touched.append(self.edge_id)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(EdgeItem, "set_route", recording)
    viewport = editor.view.viewport()
    start, end = vp(editor.view, (630, 500)), vp(editor.view, (700, 620))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 7):
        QTest.mouseMove(viewport, start + (end - start) * i / 6)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    moved = doc.element("step_triage")
    assert (moved.x, moved.y) != (560.0, 465.0)
    neighbours = {"step_triage"}
    for edge in doc.blueprint.edges:
        if "step_triage" in (edge.source, edge.target):
            neighbours |= {edge.source, edge.target}
    concerned = {e.id for e in doc.blueprint.edges if {e.source, e.target} & neighbours}
    assert set(touched) and set(touched) <= concerned  # the other thirty-odd edges stay as drawn
    after = drawn(editor.scene)
    assert after != before
    assert after == routes(doc.blueprint)
    assert faults(doc.blueprint, after) == CLEAN

    QTest.keyClick(viewport, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (doc.element("step_triage").x, doc.element("step_triage").y) == (560.0, 465.0)
    assert drawn(editor.scene) == before
