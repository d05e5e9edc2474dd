"""Overview zoom (pytest-qt): at fit zoom every node title, lane title, edge label and replay token
stays legible on screen (short forms in larger fonts); at 100 % the drawing is the full one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from blueprint_studio import resources
from blueprint_studio.canvas.items.edge import LABEL_MIN_PX, EdgeItem, label_readable
from blueprint_studio.canvas.items.lane import LaneItem
from blueprint_studio.canvas.items.node import NodeItem, kind_name
from blueprint_studio.canvas.items.shapes import text_rect
from blueprint_studio.canvas.items.text import (
    ELLIPSIS,
    FULL_MIN_PX,
    SHORT_MIN_PX,
    fit_text,
    pixel_font,
    short_text,
    text_px,
)
from blueprint_studio.canvas.overlays.replay import TOKEN, TOKEN_MIN_PX, token_size
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.style import node_style

# The canvas of a 1366x768 window with its docks (about 780x470), and a view as big as the screen.
SIZES = [(780, 470), (1366, 768)]
TEMPLATES = [(t.name, t.language) for t in resources.templates()]


def fitted_editor(qtbot, name: str, language: str, width: int, height: int):
    from blueprint_studio.canvas.editor import CanvasEditor

    ed = CanvasEditor(Document(load(resources.template_path(name, language))))
    qtbot.addWidget(ed.view)
    ed.view.resize(width, height)
    ed.view.show()
    qtbot.waitExposed(ed.view)
    ed.view.fit()
    return ed


def items_of(editor, kind):
    return [i for i in editor.scene.items() if isinstance(i, kind)]


def spy(monkeypatch, cls, name: str, seen: list) -> None:
    original = getattr(cls, name)

    def after(self, painter, *args):
        result = original(self, painter, *args)
        seen.append((self, painter.font()))
        return result

    monkeypatch.setattr(cls, name, after)


@pytest.mark.parametrize("width,height", SIZES)
@pytest.mark.parametrize("name,language", TEMPLATES)
def test_fit_zoom_titles_are_legible(qtbot, monkeypatch, name, language, width, height):
    editor = fitted_editor(qtbot, name, language, width, height)
    view = editor.view
    lod, dpi = view.zoom(), view.viewport().logicalDpiY()
    short, full = [], []
    spy(monkeypatch, NodeItem, "_paint_short_title", short)
    spy(monkeypatch, NodeItem, "_paint_title", full)
    nodes = items_of(editor, NodeItem)
    assert nodes
    for item in nodes:
        title = item.title_at(lod, dpi)
        assert title is not None, item.node_id
        least = SHORT_MIN_PX if title.short else FULL_MIN_PX
        assert text_px(title.font, lod, dpi) >= least, (item.node_id, title)
    for lane in items_of(editor, LaneItem):
        title = lane.short_title(lod, dpi)
        assert title is not None and title.lines[0], lane.lane_id
        assert text_px(title.font, lod, dpi) >= SHORT_MIN_PX
    view.viewport().grab()  # paints the view: every node drew its title, in a legible font
    painted = {item.node_id: font for item, font in short + full}
    assert set(painted) == {item.node_id for item in nodes}
    for node_id, font in painted.items():
        assert text_px(font, lod, dpi) >= FULL_MIN_PX, node_id
    if text_px(fit_text("Step", 100, 50).font, lod, dpi) < FULL_MIN_PX:  # an overview: short forms drawn
        assert short and all(text_px(font, lod, dpi) >= SHORT_MIN_PX for _, font in short)
    if width == 780:
        assert short  # the window's canvas on a 1366x768 screen shows the overview


@pytest.mark.parametrize("name,language", TEMPLATES)
def test_fit_zoom_edge_labels_become_badges(qtbot, name, language):
    editor = fitted_editor(qtbot, name, language, 780, 470)
    lod, dpi = editor.view.zoom(), editor.view.viewport().logicalDpiY()
    assert not label_readable(lod, dpi)
    font, _ = pixel_font(round(LABEL_MIN_PX))
    assert text_px(font, 1.0, dpi) >= LABEL_MIN_PX  # the badge ignores the zoom
    labelled = [e for e in items_of(editor, EdgeItem) if e.badge.text]
    for edge in labelled:
        badge = edge.badge
        assert badge.short_text() and badge.short_text() != ELLIPSIS, edge.edge_id
        # its rectangle is the label's: the scene's bounds (fit, exports) do not change
        assert badge.sceneBoundingRect() == edge.label_rect(), edge.edge_id
        assert badge.shape().isEmpty()
    # a badge that would cover a node is not drawn; most are drawn
    zoom = editor.view.zoom()
    shown = [e for e in labelled if e.badge.shown_text(zoom) is not None]
    assert len(shown) * 2 >= len(labelled)
    for edge in shown:
        box = edge.badge.badge_box(edge.badge.shown_text(zoom))
        centre = edge.badge.scenePos()
        area = QRectF(centre.x() + box.left() / zoom, centre.y() + box.top() / zoom, 1, 1)
        area.setSize(box.size() / zoom)
        nodes = editor.document.blueprint.nodes  # a node's drawn rectangle (its handles show on hover only)
        assert not any(area.intersects(QRectF(n.x, n.y, n.width, n.height)) for n in nodes), edge.edge_id


def test_full_detail_at_100_percent(qtbot, monkeypatch):
    editor = fitted_editor(qtbot, "tiered_support", "en", 1366, 768)
    editor.view.zoom_reset()
    view = editor.view
    dpi = view.viewport().logicalDpiY()
    assert label_readable(1.0, dpi)
    short, full = [], []
    spy(monkeypatch, NodeItem, "_paint_short_title", short)
    spy(monkeypatch, NodeItem, "_paint_title", full)
    for item in items_of(editor, NodeItem):
        title = item.title_at(1.0, dpi)
        node = item.element
        box = text_rect(node_style(node.kind).shape, QRectF(0, 0, node.width, node.height))
        assert title == fit_text(node.title or kind_name(node.kind), box.width(), box.height())
        assert not title.short
    for lane in items_of(editor, LaneItem):
        assert lane.short_title(1.0, dpi) is None
    view.viewport().grab()
    assert full and not short
    for item, font in full:  # today's title font, in points
        assert font == item.title_at(1.0, dpi).font and font.pixelSize() <= 0


def test_exports_keep_the_full_drawing(qtbot, monkeypatch):
    """scene.render (the PNG/SVG exports) never draws the short forms, even when shrunk."""
    from PySide6.QtGui import QImage, QPainter

    editor = fitted_editor(qtbot, "tiered_support", "en", 780, 470)
    short, full = [], []
    spy(monkeypatch, NodeItem, "_paint_short_title", short)
    spy(monkeypatch, NodeItem, "_paint_title", full)
    image = QImage(1200, 500, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    editor.scene.render(painter, QRectF(0, 0, 1200, 500), editor.scene.itemsBoundingRect())
    painter.end()
    assert full and not short


def test_short_text_cuts_at_a_word_and_stays_legible():
    font, metrics = pixel_font(36)
    text = "Assign to the level 1 agent queue"
    fitted = short_text(text, 134, 64, 36)
    assert fitted is not None and fitted.short and fitted.elided
    assert len(fitted.lines) == 1
    assert fitted.lines[-1].endswith(ELLIPSIS)
    assert all(metrics.horizontalAdvance(line) <= 134 for line in fitted.lines)
    whole = short_text("Phone", 134, 64, 36)
    assert whole is not None and whole.lines == ("Phone",) and not whole.elided
    dash = short_text("Level 1 — Service desk", 600, 100, 36)
    assert dash is not None and "—" not in " ".join(dash.lines)
    two = short_text("Live chat session", 300, 100, 36)
    assert two is not None and len(two.lines) == 2 and two.lines[0] == "Live chat"
    assert short_text("Phone", 134, 10, 36) is None  # far too tall for the box


def test_replay_tokens_keep_a_minimum_screen_size():
    assert token_size(1.0) == TOKEN
    for zoom in (0.5, 0.25, 0.2, 0.1):
        assert token_size(zoom) * zoom >= TOKEN_MIN_PX - 1e-9
    assert token_size(4.0) == TOKEN


def test_badge_without_view_draws_nothing(qtbot):
    from PySide6.QtGui import QImage, QPainter

    editor = fitted_editor(qtbot, "tiered_support", "en", 780, 470)
    edge = next(e for e in items_of(editor, EdgeItem) if e.badge.text)
    image = QImage(50, 50, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    edge.badge.paint(painter, None, None)
    painter.end()
    assert all(image.pixel(x, y) == 0 for x in range(50) for y in range(50))


@pytest.mark.parametrize("zoom", [1.0, 0.25])
def test_replay_token_is_painted_at_least_min_px_wide(qtbot, zoom):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

    from blueprint_studio.canvas.overlays.replay import TokenLayer

    scene = QGraphicsScene()
    scene.setSceneRect(-400, -400, 800, 800)
    layer = TokenLayer([QColor("#d32f2f")])
    scene.addItem(layer)
    margin = token_size(zoom)
    layer.set_tokens(
        [[QRectF(-TOKEN / 2, -TOKEN / 2, TOKEN, TOKEN)]], QRectF(-margin, -margin, 2 * margin, 2 * margin)
    )
    view = QGraphicsView(scene)
    view.setBackgroundBrush(QColor("#000000"))  # the token is red with a white ring
    qtbot.addWidget(view)
    view.resize(300, 300)
    view.scale(zoom, zoom)
    view.show()
    qtbot.waitExposed(view)
    view.centerOn(QPointF(0, 0))
    image = view.viewport().grab().toImage()
    drawn = [
        x
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)).red() > 100
    ]
    assert max(drawn) - min(drawn) + 1 >= TOKEN_MIN_PX - 1


def test_badges_are_in_the_scene_only_while_the_view_shows_the_overview(qtbot):
    """An item that ignores the view's scale is tested at every repaint: 6,000 badges kept in the
    scene made a repaint at 100 % five times slower. They join it at fit zoom and leave at 100 %."""
    editor = fitted_editor(qtbot, "tiered_support", "en", 1366, 768)
    labelled = [e for e in items_of(editor, EdgeItem) if e.badge.text]
    assert labelled and all(e.badge.scene() is editor.scene for e in labelled)
    editor.view.zoom_reset()
    assert not any(isinstance(item.parentItem(), EdgeItem) for item in editor.scene.items())
    assert all(e.badge.scene() is None for e in labelled)
    editor.view.fit()
    assert all(e.badge.scene() is editor.scene for e in labelled)


@pytest.mark.parametrize("name,language", TEMPLATES)
def test_no_node_title_is_cut_at_100_percent(qapp, name, language):
    """At 100 % every node of every template shows its whole title: a word too wide for a small
    node breaks after its hyphen ("Résolu en libre-" / "service") rather than ending in "…"."""
    blueprint = load(resources.template_path(name, language))
    for node in blueprint.nodes:
        box = text_rect(node_style(node.kind).shape, QRectF(node.x, node.y, node.width, node.height))
        fitted = fit_text(node.title or kind_name(node.kind), box.width(), box.height())
        assert not fitted.elided, (node.title, fitted.lines)
        assert "".join(fitted.lines).replace(" ", "") == (node.title or kind_name(node.kind)).replace(" ", "")
