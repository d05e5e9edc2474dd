"""Edge labels on screen (pytest-qt): on every bundled template in both languages, at 100 %, no
label covers a node or another label and every caption is whole in one or two lines a part; a
node dragged with the mouse onto a label's place pushes the label off, and undo brings it back."""

from __future__ import annotations

import pytest
from canvaskit import drag
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF

from blueprint_studio import resources
from blueprint_studio.canvas import routing
from blueprint_studio.canvas.items.edge import LABEL_WIDTH, label_font
from blueprint_studio.model import words
from blueprint_studio.model.document import Document
from blueprint_studio.model.drawcheck import label_overlaps
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.labels import ELLIPSIS, MAX_LINES, area, place_all
from blueprint_studio.model.schema import Blueprint, Edge, Meta, StepNode

TEMPLATES = [(t.name, t.language) for t in resources.templates()]


def editor_of(qtbot, document: Document, centre: QPointF | None = None):
    from blueprint_studio.canvas.editor import CanvasEditor

    editor = CanvasEditor(document)
    qtbot.addWidget(editor.view)
    editor.view.resize(1400, 900)
    editor.view.show()
    qtbot.waitExposed(editor.view)
    editor.view.zoom_reset()
    if centre is not None:
        editor.view.centerOn(centre)
    return editor


def label_boxes(scene) -> dict[str, routing.geometry.Rect]:
    return {k: routing.rect_of(i.label_rect()) for k, i in scene.edges.items() if not i.label_rect().isNull()}


def node_boxes(scene) -> dict[str, routing.geometry.Rect]:
    return {k: routing.rect_of(i.scene_rect()) for k, i in scene.nodes.items()}


@pytest.mark.parametrize("name,language", TEMPLATES)
def test_at_100_percent_no_label_covers_a_node_or_another_label(qtbot, name, language):
    editor = editor_of(qtbot, Document(load(resources.template_path(name, language))))
    assert editor.view.zoom() == 1.0
    scene = editor.scene
    boxes = label_boxes(scene)
    assert boxes
    assert label_overlaps(node_boxes(scene), boxes) == []
    editor.view.viewport().grab()  # paints every label where it was placed


@pytest.mark.parametrize("name,language", TEMPLATES)
def test_the_canvas_places_its_labels_as_the_pdf_does_in_edge_order(qtbot, name, language):
    """One placement: the scene's labels are `model.labels.place_all` over its routes and nodes in
    the document's edge order, the function the PDF's layout calls (with its own text widths)."""
    bp = load(resources.template_path(name, language))
    scene = editor_of(qtbot, Document(bp)).scene
    items = [scene.edges[e.id] for e in bp.edges]
    wanted = place_all(
        [(i.edge_id, i._route, i._label_size) for i in items],  # unlabelled ones: only their lines
        [routing.rect_of(n.scene_rect()) for n in scene.nodes.values()],
    )
    assert {k: p.rect for k, p in wanted.items()} == label_boxes(scene)


@pytest.mark.parametrize("name,language", TEMPLATES)
def test_every_caption_is_whole_in_one_or_two_lines_a_part(qtbot, name, language):
    bp = load(resources.template_path(name, language))
    editor = editor_of(qtbot, Document(bp))
    measure = label_font()[1].horizontalAdvance
    for edge in bp.edges:
        item = editor.scene.edges[edge.id]
        rule = words.rule_caption(edge, bp.meta.language, words.caption_labels(bp.fields, bp.meta.language))
        parts = [p for p in (edge.label, *rule.split("\n")) if p]
        assert len(item._caption.parts) == len(parts), edge.id
        for part, lines in zip(parts, item._caption.parts):
            assert 1 <= len(lines) <= MAX_LINES, (edge.id, lines)
            assert " ".join(lines).split() == part.split(), (edge.id, part, lines)
            assert not any(ELLIPSIS in line for line in lines)
            assert all(measure(line) <= LABEL_WIDTH for line in lines), lines
        if parts:  # the box holds the widest line, and a line per line
            rect = item.label_rect()
            widest = max(measure(line) for line in item._caption.lines)
            assert (
                rect.width() >= widest
                and rect.height() >= len(item._caption.lines) * label_font()[1].height()
            )


def two_close_steps() -> Blueprint:
    """Two tall steps close together (the label cannot sit beside their short edge) and a third
    step well above them, out of every route's way."""
    nodes = [
        StepNode(id="a", title="Check the contract", x=0, y=200, width=140, height=80),
        StepNode(id="b", title="Answer the customer", x=200, y=200, width=140, height=80),
        StepNode(id="c", title="Log the call", x=400, y=-100, width=140, height=60),
    ]
    edges = [Edge(id="ab", source="a", target="b", label="Contract found: answer")]
    return Blueprint(meta=Meta(title="Labels"), nodes=nodes, edges=edges)


def test_a_node_dropped_on_a_label_pushes_it_off_and_undo_brings_it_back(qtbot):
    document = Document(two_close_steps())
    editor = editor_of(qtbot, document, QPointF(270, 150))
    scene, edge = editor.scene, editor.scene.edges["ab"]
    route_before = list(edge.points)
    before = routing.rect_of(edge.label_rect())
    assert label_overlaps(node_boxes(scene), label_boxes(scene)) == []
    assert before.bottom < 200 or before.y > 280  # past the two steps, a dotted line to its edge
    assert edge._leader is not None and edge._leader[1][1] == 240
    # Drag "Log the call" by its middle so that it lands over the label (whole grid steps).
    c = scene.nodes["c"].scene_rect()
    grab = QPointF(c.center().x(), c.center().y())
    dx = round((before.cx - c.center().x()) / 10) * 10
    dy = round((before.y - 10 - c.bottom()) / 10) * 10 + 10
    drag(editor.view, grab, grab + QPointF(dx, dy))
    landed = routing.rect_of(scene.nodes["c"].scene_rect())
    assert document.element("c").x == 400 + dx and document.element("c").y == -100 + dy  # one move
    assert area(landed, before) > 0  # the node now stands where the label was
    assert edge.points == route_before  # the edge itself did not need to go around it
    after = routing.rect_of(edge.label_rect())
    assert after != before
    assert label_overlaps(node_boxes(scene), label_boxes(scene)) == []  # off the node, still clear
    editor.undo_stack.undo()
    assert routing.rect_of(edge.label_rect()) == before


def test_a_generated_drawing_shows_no_label_on_a_node_or_a_label(qtbot):
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "bench" / "compile.py"
    spec = importlib.util.spec_from_file_location("bench_compile_for_labels", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    editor = editor_of(qtbot, Document(module.generate(300)))
    qtbot.waitUntil(lambda: editor.scene.routes_pending() == 0)
    boxes = label_boxes(editor.scene)
    assert len(boxes) > 100
    assert label_overlaps(node_boxes(editor.scene), boxes) == []


moves = st.lists(
    st.tuples(st.integers(0, 10_000), st.integers(-30, 30), st.integers(-12, 12)), min_size=1, max_size=6
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moves)
@example([(8, 0, -2), (8, 0, -12)])  # a move whose edges come out routed the same: labels still leave
def test_as_nodes_move_no_label_that_found_a_free_place_covers_a_node_or_a_label(qtbot, steps):
    """Labels are placed again only where something changed (re-routed edges, where a node now
    stands or stood); that must keep every label that found a free place clear of all."""
    from blueprint_studio.canvas import commands
    from blueprint_studio.canvas.editor import CanvasEditor

    document = Document(load(resources.template_path("helpdesk_flow", "en")))
    editor = CanvasEditor(document)
    qtbot.addWidget(editor.view)
    scene = editor.scene
    for pick, dx, dy in steps:
        node = document.blueprint.nodes[pick % len(document.blueprint.nodes)]
        move = {node.id: (node.x + 10 * dx, node.y + 10 * dy)}
        editor.undo_stack.push(commands.move_nodes(document, move))
        free = {k: r for k, r in label_boxes(scene).items() if scene.edges[k].label_free}
        assert label_overlaps(node_boxes(scene), free) == [], (node.id, move)
        assert not [f for f in label_overlaps({}, label_boxes(scene)) if f.label in free and f.other in free]


def test_a_label_too_long_for_two_lines_ends_with_an_ellipsis_and_its_tooltip_says_it_all(qtbot):
    words_said = "Escalate to the product team when the customer asks for a feature nobody has ever asked for"
    bp = two_close_steps()
    bp = bp.model_copy(update={"edges": [bp.edges[0].model_copy(update={"label": words_said})]})
    editor = editor_of(qtbot, Document(bp))
    item = editor.scene.edges["ab"]
    (lines,) = item._caption.parts
    assert len(lines) == MAX_LINES and lines[-1].endswith(ELLIPSIS) and item._caption.cut
    shown = " ".join(lines).removesuffix(ELLIPSIS).split()
    assert shown == words_said.split()[: len(shown)]  # whole words, from the start
    assert words_said in item.toolTip()
