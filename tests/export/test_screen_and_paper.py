"""Screen and paper agree: for every bundled template, the canvas and the PDF take each edge's route
and each node's outline from `model.geometry` and draw exactly that (the canvas's items hold it,
the PDF's paths are made of it), and the heat map gives a figure the same colour in both."""

from __future__ import annotations

import math
from typing import Any

import pytest
from pdfkit import TEMPLATES, template
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from blueprint_studio.canvas.items import shapes as canvas_shapes
from blueprint_studio.canvas.overlays.heatmap import HeatMapOverlay, heat_data
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.export import shapes as pdf_shapes
from blueprint_studio.export.figure import BlueprintFigure
from blueprint_studio.export.layout import layout, routes
from blueprint_studio.export.painter import BlueprintPainter
from blueprint_studio.export.pdf_report import ReportData, report_story
from blueprint_studio.export.pdfdoc import Context, PdfOptions
from blueprint_studio.export.strings import Strings
from blueprint_studio.model import geometry, router, style
from blueprint_studio.model.document import Document
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import compile_for, replicate

BUNDLED = [(name, lang) for name in TEMPLATES for lang in ("fr", "en")]
Points = list[tuple[float, float]]


# ---------------------------------------------------------------- what each side drew


def qt_points(path: QPainterPath) -> Points:
    return [(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]


def model_points(ops: list[geometry.PathOp]) -> Points:
    """The points a path of `ops` holds once drawn: closing adds the way back to the start."""
    points: Points = []
    start = (0.0, 0.0)
    for op, args in ops:
        if op == "move":
            start = (args[0], args[1])
        if op == "close":
            if points and points[-1] != start:
                points.append(start)
            continue
        points += [(args[i], args[i + 1]) for i in range(0, len(args), 2)]
    return points


def squeezed(points: Points) -> Points:
    """Without repeated points (a painter path drops a line to where it already is)."""
    return [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]


class PathRecorder:
    def __init__(self) -> None:
        self.ops: list[geometry.PathOp] = []

    def moveTo(self, x: float, y: float) -> None:  # noqa: N802 - reportlab's names
        self.ops.append(("move", (x, -y)))

    def lineTo(self, x: float, y: float) -> None:  # noqa: N802
        self.ops.append(("line", (x, -y)))

    def curveTo(self, *args: float) -> None:  # noqa: N802
        self.ops.append(("cubic", tuple(v if i % 2 == 0 else -v for i, v in enumerate(args))))

    def close(self) -> None:
        self.ops.append(("close", ()))

    def arc(self, x1: float, y1: float, x2: float, y2: float, start: float, span: float) -> None:
        self.ops.append(("arc", (x1, -y2, x2 - x1, y2 - y1, start, span)))

    def __getattr__(self, name: str) -> Any:  # arcs and the like: recorded by name only
        return lambda *args, **kwargs: self.ops.append((name, ()))


class CanvasRecorder:
    """A stand-in for reportlab's canvas that keeps every path drawn (y turned down again, as in
    the scene) with the fill colour and opacity it was drawn with."""

    def __init__(self) -> None:
        self.drawn: list[tuple[list[geometry.PathOp], str, float]] = []
        self.fill, self.alpha = "", 1.0
        self.marks: list[tuple[str, tuple[float, ...], bool]] = []  # other shapes, as icon marks

    def rect(self, x: float, y: float, w: float, h: float, stroke: int = 1, fill: int = 0) -> None:
        self.marks.append(("rect", (x, -y - h, w, h), bool(fill)))

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.marks.append(("line", (x1, -y1, x2, -y2), False))

    def ellipse(self, x1: float, y1: float, x2: float, y2: float, stroke: int = 1, fill: int = 0) -> None:
        self.marks.append(("ellipse", (x1, -y2, x2 - x1, y2 - y1), bool(fill)))

    def beginPath(self) -> PathRecorder:  # noqa: N802
        return PathRecorder()

    def drawPath(self, path: PathRecorder, stroke: int = 1, fill: int = 0) -> None:  # noqa: N802
        self.drawn.append((path.ops, self.fill, self.alpha))
        self.marks.append(("path", tuple(v for _, args in path.ops for v in args), bool(fill)))

    def setFillColor(self, colour: Color) -> None:  # noqa: N802
        self.fill = colour.hexval().replace("0x", "#")

    def setFillAlpha(self, alpha: float) -> None:  # noqa: N802
        self.alpha = alpha

    def stringWidth(self, text: str, font: str, size: float) -> float:  # noqa: N802
        return stringWidth(text, font, size)

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None

    def paths(self) -> list[list[geometry.PathOp]]:
        return [ops for ops, _, _ in self.drawn]


def pdf_drawing(blueprint: Any, painter: BlueprintPainter | None = None) -> CanvasRecorder:
    c = CanvasRecorder()
    (painter or BlueprintPainter(blueprint, Strings(blueprint.meta.language))).draw(c)
    return c


def arrow_trimmed(ops: list[geometry.PathOp], route: Points) -> list[geometry.PathOp]:
    """The PDF stops an arrowed line inside its head: the last line ends 6 units short of the tip
    (never past where the line starts), all else as the route's path."""
    start = ops[-2][1][-2:]
    tip = route[-1]
    begin = (start[0], start[1])
    short = geometry.towards(tip, begin, min(6.0, geometry.distance(tip, begin)))
    return [*ops[:-1], ("line", short)]


# ---------------------------------------------------------------- edge routes


@pytest.mark.parametrize("name,lang", BUNDLED)
def test_every_edge_route_is_the_same_on_screen_and_on_paper(qapp, name, lang):
    bp = template(name, lang)
    scene = BlueprintScene(Document(bp))
    paper = layout(bp)
    drawn = pdf_drawing(bp).paths()
    settled = routes(bp)  # each edge's own route (model.router), spread among the others (model.ports)
    assert bp.edges
    for edge in bp.edges:
        route = settled[edge.id]
        item = scene.edges[edge.id]
        assert [(p.x(), p.y()) for p in item.points] == route, edge.id  # the canvas routes with it
        assert paper.routes[edge.id] == route, edge.id  # and so does the PDF's layout
        ops = geometry.rounded_route(route)
        # the canvas item draws the shared rounded path ...
        assert squeezed(qt_points(item._path)) == squeezed(model_points(ops)), edge.id
        # ... and the PDF draws the same path (an arrowed edge stopping inside its head)
        arrowed = style.EDGE_STYLES[edge.kind].arrow
        assert (arrow_trimmed(ops, route) if arrowed else ops) in drawn, edge.id
        if arrowed:
            head = geometry.polygon(geometry.arrow_head(route[-1], route[-2]))
            assert head in drawn, edge.id
            screen_head = canvas_shapes.arrow_head(item.points[-1], item.points[-2])
            assert [(p.x(), p.y()) for p in screen_head] == [args for _, args in head[:-1]]


@pytest.mark.parametrize("name,lang", BUNDLED)
def test_no_edge_passes_through_a_node_on_screen_or_on_paper(qapp, name, lang):
    """Routes go around the nodes they do not join (hand-placed waypoints excepted)."""
    bp = template(name, lang)
    scene = BlueprintScene(Document(bp))
    paper = layout(bp)
    rects = {n.id: geometry.Rect(n.x, n.y, n.width, n.height) for n in bp.nodes}
    for edge in bp.edges:
        if edge.waypoints:
            continue
        others = [r for key, r in rects.items() if key not in (edge.source, edge.target)]
        on_screen = [(p.x(), p.y()) for p in scene.edges[edge.id].points]
        for drawn in (on_screen, paper.routes[edge.id]):
            assert not any(router.crosses(drawn, r) for r in others), edge.id


def test_a_short_last_segment_keeps_the_screen_corner_on_paper():
    """The PDF once rounded the last corner of an arrowed edge on the line it had shortened for
    the arrowhead, so a short last segment had a tighter corner than on screen."""
    route = [(0.0, 0.0), (0.0, 100.0), (14.0, 100.0)]
    ops = geometry.rounded_route(route)
    assert ops[2][0] == "cubic" and ops[2][1][-2:] == (7.0, 100.0)  # radius 7: half the segment
    c = CanvasRecorder()
    lay = layout(template("helpdesk_flow", "en"))
    lay.routes = {"e": route}

    class Edge:
        id, kind, label, probability, condition = "e", "flow", "", None, None

    BlueprintPainter(template("helpdesk_flow", "en"), Strings("en"), lay)._draw_edge(c, Edge(), route)
    assert arrow_trimmed(ops, route) == c.paths()[0]


# ---------------------------------------------------------------- node outlines


@pytest.mark.parametrize("name,lang", BUNDLED)
def test_every_node_outline_is_the_same_on_screen_and_on_paper(qapp, name, lang):
    bp = template(name, lang)
    scene = BlueprintScene(Document(bp))
    drawn = pdf_drawing(bp).paths()
    for node in bp.nodes:
        shape = style.node_style(node.kind).shape
        local = geometry.outline(shape, geometry.Rect(0, 0, node.width, node.height))
        assert qt_points(scene.nodes[node.id]._path) == model_points(local), node.id
        placed = geometry.outline(shape, geometry.Rect(node.x, node.y, node.width, node.height))
        assert placed in drawn, node.id


@pytest.mark.parametrize("kind", sorted(style.NODE_STYLES))
@pytest.mark.parametrize("size", [(140.0, 60.0), (40.0, 30.0), (10.0, 10.0), (30.0, 90.0), (400.0, 200.0)])
def test_every_node_kind_has_one_outline_and_one_text_box(qapp, kind, size):
    shape = style.node_style(kind).shape
    rect = geometry.Rect(12.5, -7.0, *size)
    ops = geometry.outline(shape, rect)
    assert qt_points(canvas_shapes.outline(shape, QRectF(12.5, -7.0, *size))) == model_points(ops)
    c = CanvasRecorder()
    assert pdf_shapes.outline(c, shape, rect).ops == ops
    box = geometry.text_box(shape, rect)
    screen = canvas_shapes.text_rect(shape, QRectF(12.5, -7.0, *size))
    assert (screen.x(), screen.y(), screen.width(), screen.height()) == (box.x, box.y, box.w, box.h)
    paper = pdf_shapes.text_rect(shape, rect)
    assert (paper.x, paper.y) == (box.x, box.y)
    assert (paper.w, paper.h) == (max(box.w, pdf_shapes.MIN_TEXT), max(box.h, pdf_shapes.MIN_TEXT))
    icon = canvas_shapes.icon_anchor(shape, QRectF(12.5, -7.0, *size))
    assert geometry.Rect(icon.x(), icon.y(), icon.width(), icon.height()) == pdf_shapes.icon_box(shape, rect)


def as_drawn(mark: geometry.Mark) -> tuple[str, tuple[float, ...], bool]:
    """What the PDF recorder holds for a mark: rectangles, lines and ellipses as themselves, the
    rest as the numbers of a path."""
    if mark.kind in ("rect", "line", "ellipse"):
        return mark.kind, mark.values, mark.filled
    v = mark.values
    ops = list(mark.ops)
    if mark.kind in ("polygon", "polyline"):
        ops = geometry.polygon([(v[i], v[i + 1]) for i in range(0, len(v), 2)])
        ops = ops if mark.kind == "polygon" else ops[:-1]
    elif mark.kind == "arc":
        ops = [("arc", v)]
    return "path", tuple(x for _, args in ops for x in args), mark.filled


@pytest.mark.parametrize("kind", sorted(style.NODE_STYLES))
def test_every_kind_icon_is_drawn_from_the_same_marks(qapp, kind, monkeypatch):
    name = style.node_style(kind).icon
    box = geometry.Rect(3.0, 4.0, 12.0, 12.0)
    marks = geometry.icon_marks(name, box)
    assert marks
    # paper: one drawing per mark, where the mark says, filled when it says
    c = CanvasRecorder()
    pdf_shapes.icon(c, name, box)
    expected = [as_drawn(mark) for mark in marks]
    assert [(k, pytest.approx(v), f) for k, v, f in expected] == c.marks
    # screen: the canvas draws what model.geometry gives, and nothing of its own
    asked: list[tuple[str, geometry.Rect]] = []

    def image() -> QImage:
        picture = QImage(40, 40, QImage.Format.Format_ARGB32)
        picture.fill(0)
        painter = QPainter(picture)
        canvas_shapes.draw_icon(painter, name, QRectF(3.0, 4.0, 12.0, 12.0), QColor("#1565c0"))
        painter.end()
        return picture

    drawn = image()
    blank = QImage(40, 40, QImage.Format.Format_ARGB32)
    blank.fill(0)
    assert drawn != blank
    monkeypatch.setattr(geometry, "icon_marks", lambda n, b: asked.append((n, b)) or [])
    assert image() == blank and asked == [(name, box)]


# ---------------------------------------------------------------- heat colours


def test_the_heat_scale_is_one_on_screen_and_on_paper(qapp):
    from blueprint_studio.canvas.overlays.legend import heat_colour as screen_colour

    paper_colour = style.heat_colour  # what export/charts.py and export/pdf_report.py call

    for i in range(-200, 201):
        t = i / 200
        for diverging in (False, True):
            if t < 0 and not diverging:
                continue
            screen = screen_colour(t, diverging)
            paper = QColor(style.heat_colour(t, diverging))
            if not diverging:
                assert paper_colour(t) == style.heat_colour(t)
            assert same_colour(screen, paper), (t, diverging, screen.name(), paper.name())
    assert screen_colour(math.nan).name() == style.heat_colour(math.nan) == style.HEAT_NONE
    # green for the shortest wait, red for the longest, on both
    assert 0.25 < QColor(style.heat_colour(0.0)).hueF() < 0.4
    assert QColor(style.heat_colour(1.0)).hueF() < 0.05


def same_colour(a: QColor, b: QColor) -> bool:
    """Equal at print precision: Qt keeps 16 bits a channel, the PDF 8 (one step of rounding)."""
    return all(abs(x - y) <= 1 / 255 for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3]))


@pytest.fixture(scope="module")
def simulated():
    bp = template("service_blueprint", "en")
    scenario = bp.scenarios[0]
    settings = SimulationSettings.from_scenario(scenario).with_(
        horizon_minutes=2 * 1440, warmup_minutes=0, replications=1
    )
    return bp, replicate(compile_for(bp, scenario.id), settings), settings, scenario


def test_a_step_has_the_same_heat_colour_in_the_window_and_the_report(qapp, simulated):
    bp, result, settings, scenario = simulated
    document = Document(bp)
    overlay = HeatMapOverlay(BlueprintScene(document))
    overlay.show_data(heat_data(result, document.revision, {}))
    ctx = Context(Strings("en"), PdfOptions(invariant=True), "t", "a", "1")
    story = report_story(bp, ReportData(result, settings, scenario), ctx)
    figure = next(f for f in story if isinstance(f, BlueprintFigure))
    heat = figure.painter.overlay.heat
    waits = {k: v for k, v in overlay.values().items() if math.isfinite(v)}
    assert len(waits) >= 3 and len(set(waits.values())) >= 3
    assert set(heat) == set(waits)
    for step in waits:
        screen = overlay.colour_of(step)
        assert screen is not None and same_colour(screen, QColor(heat[step])), step
    hottest = max(waits, key=lambda k: waits[k])
    coolest = min(waits, key=lambda k: waits[k])
    assert heat[hottest] == style.heat_colour(1.0) and heat[coolest] == style.heat_colour(0.0)
    # and the report's drawing lays each tint over its node as the window does
    drawn = pdf_drawing(bp, figure.painter).drawn
    for node in bp.nodes:
        if node.id in heat:
            outline = geometry.outline(
                style.node_style(node.kind).shape, geometry.Rect(node.x, node.y, node.width, node.height)
            )
            assert (outline, heat[node.id], style.HEAT_TINT_ALPHA / 255) in drawn, node.id
