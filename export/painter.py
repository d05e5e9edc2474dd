"""`BlueprintPainter`: draws a blueprint's lanes, stages, lines, edges and nodes on a reportlab
canvas in scene units (the caller sets the scale and origin), with the canvas's colours from
`model.style` and the shapes and routes of `model.geometry`, plus optional overlays (heat-map
tints as the window draws them, a highlighted path with step numbers).
It draws only; page composition belongs to `export.pdf_blueprint`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color, HexColor

from blueprint_studio.export import shapes
from blueprint_studio.export.fonts import FONT, FONT_BOLD, register
from blueprint_studio.export.layout import (
    LABEL_LEADING,
    LABEL_SIZE,
    LabelBox,
    Layout,
    Point,
    Rect,
    label_boxes,
    layout,
)
from blueprint_studio.export.strings import Strings
from blueprint_studio.export.text import ellipsize, printable, wrap
from blueprint_studio.model import geometry, labels, style, words
from blueprint_studio.model.schema import Blueprint

# the top of a lane header that holds its name on two lines (`BlueprintPainter._lane_title`)
LANE_NAME_ROOM = 8 + 2 * 1.2 * style.HEADER_POINT_SIZE + 4


@lru_cache(maxsize=512)
def colour(value: str, fade: float = 0.0) -> Color:
    """A reportlab colour from '#rrggbb', mixed with white by `fade` (0 = as is)."""
    base = HexColor(value)
    if not fade:
        return base
    return Color(*(c + (1 - c) * fade for c in (base.red, base.green, base.blue)))


@dataclass
class Overlay:
    """What a report or handout adds to the plain drawing."""

    fills: dict[str, str] = field(default_factory=dict)  # node id -> fill colour
    heat: dict[str, str] = field(default_factory=dict)  # node id -> heat colour (model.style.heat_colour)
    badges: dict[str, str] = field(default_factory=dict)  # node id -> short text on a tab
    faded: set[str] = field(default_factory=set)  # node and edge ids drawn pale
    strong: set[str] = field(default_factory=set)  # edge ids drawn bold (a path)
    accent: str = style.SELECTION


def caption_parts(
    edge: Any, strings: Strings, fields: Iterable[Any] = (), glossary: words.Glossary | None = None
) -> list[str]:
    """What an edge says: its label, then its choice rule in words, fields by their labels
    ("Priority: P1 or P2"), as on the canvas, a part a line (each wraps to two lines). `glossary`:
    the fields' words when the caller worked them out once for many edges."""
    lang = strings.language
    glossary = glossary if glossary is not None else words.glossary(fields, lang)
    rule = words.rule_caption(edge, lang, glossary)  # the canvas's words
    return [p for p in (edge.label, *rule.split("\n")) if p]


class BlueprintPainter:
    def __init__(
        self,
        blueprint: Blueprint,
        strings: Strings,
        lay: Layout | None = None,
        overlay: Overlay | None = None,
    ) -> None:
        register()
        self.blueprint = blueprint
        self.strings = strings
        self.layout = lay or layout(blueprint)
        self.overlay = overlay or Overlay()
        self._places: dict[str, LabelBox] | None = None  # edge labels, placed once

    # ------------------------------------------------------------ entry point
    def draw(self, c: Any, view: Rect | None = None, foot: float | None = None) -> None:
        """Everything that intersects `view` (scene units; None = all), back to front; with
        `foot`, the bottom edge of a view that ends there, a lane begun too little above it for
        its name (which the edge would cut through) shows none."""
        c.saveState()
        c.setLineJoin(1)
        c.setLineCap(1)
        self._draw_lanes(c, foot)
        self._draw_stages(c)
        self._draw_lines(c, view or self.layout.bounds)
        for edge in self.blueprint.edges:
            points = self.layout.routes.get(edge.id)
            if points and (view is None or _spread(points).intersects(view)):
                self._draw_edge(c, edge, points)
        for edge in self.blueprint.edges:  # over every line; a tile shows a label it meets, even
            placed = self.label_places().get(edge.id)  # one standing away from its edge
            if placed is not None and not placed.covered and (view is None or placed.rect.intersects(view)):
                self._edge_label(c, edge, placed, 0.75 if edge.id in self.overlay.faded else 0.0)
        for node in self.blueprint.nodes:
            rect = self.layout.nodes[node.id]
            if view is None or rect.intersects(view):
                self._draw_node(c, node, rect)
        for edge in self.blueprint.edges:  # labels with no clear place: over the nodes
            placed = self.label_places().get(edge.id)
            if placed is not None and placed.covered and (view is None or placed.rect.intersects(view)):
                self._edge_label(c, edge, placed, 0.75 if edge.id in self.overlay.faded else 0.0)
        c.restoreState()

    # ------------------------------------------------------------ bands
    def _draw_lanes(self, c: Any, foot: float | None = None) -> None:
        lay = self.layout
        width = lay.extent + style.LANE_HEADER_WIDTH
        left = -style.LANE_HEADER_WIDTH
        for lane, band in zip(self.blueprint.lanes, lay.lanes):
            ls = style.lane_style(lane.kind)
            top, h = band.start, band.size
            c.setFillColor(colour(ls.fill))
            c.rect(0, -(top + h), lay.extent, h, stroke=0, fill=1)
            c.setFillColor(colour(ls.header))
            c.rect(left, -(top + h), style.LANE_HEADER_WIDTH, h, stroke=0, fill=1)
            c.setFillColor(colour(ls.accent))
            c.rect(left, -(top + h), 5, h, stroke=0, fill=1)
            c.setStrokeColor(colour("#b0bec5"))
            c.setLineWidth(1)
            c.line(left, -(top + h), left + width, -(top + h))
            c.line(0, -top, 0, -(top + h))
            if foot is None or not 0 < foot - top < LANE_NAME_ROOM:
                self._lane_title(c, lane, top, h, ls.accent)

    def _lane_title(self, c: Any, lane: Any, top: float, h: float, accent: str) -> None:
        size = style.HEADER_POINT_SIZE
        box_w = style.LANE_HEADER_WIDTH - 22
        x = -style.LANE_HEADER_WIDTH + 14
        title = printable(lane.title) or self.strings(f"lane.{lane.kind}")
        max_lines = max(1, int((h - 16) // (size * 1.2)))
        lines = wrap(title, size, box_w, max_lines, True)
        c.setFillColor(colour(_darker(accent)))
        c.setFont(FONT_BOLD, size)
        y = top + 8 + size
        for line in lines:
            c.drawString(x, -y, line)
            y += size * 1.2
        small = size - 2.5
        parts = []
        if lane.title and lane.title != self.strings(f"lane.{lane.kind}"):
            parts.append(self.strings(f"lane.{lane.kind}"))
        if lane.pool is not None:  # its name and head count, never its id
            name = printable(lane.pool.name, False)
            parts.append(words.pool_caption(name, lane.pool.agents, self.strings.language))
        c.setFillColor(colour(style.MUTED))
        c.setFont(FONT, small)
        y += 3 - size * 0.2
        for part in parts:
            for line in wrap(part, small, box_w, 3):
                if y > top + h - 4:
                    return
                c.drawString(x, -y, line)
                y += small * 1.25

    def _draw_stages(self, c: Any) -> None:
        depth = self.layout.lanes[-1].end if self.layout.lanes else 0.0
        for stage, band in zip(self.blueprint.stages, self.layout.stages):
            self.stage_head(c, stage.title, band.start, band.end)
            if depth:
                c.setStrokeColor(colour("#b0bec5"))
                c.setDash(3, 3)
                c.line(band.end, 0, band.end, -depth)
                c.setDash()

    @staticmethod
    def stage_head(c: Any, title: str, left: float, right: float) -> None:
        """A stage's head over scene x `left` to `right`: its box, its rule, and `title` centred
        over it (cut with an ellipsis to fit; none when `title` is empty)."""
        head, size = style.STAGE_HEADER_HEIGHT, style.HEADER_POINT_SIZE
        c.setStrokeColor(colour("#b0bec5"))
        c.setFillColor(colour("#f5f7f8"))
        c.setLineWidth(1)
        c.rect(left, 0, right - left, head, stroke=1, fill=1)
        c.setFillColor(colour("#90a4ae"))
        c.rect(left, 0, right - left, 3, stroke=0, fill=1)
        title = ellipsize(printable(title, False), size, right - left - 16, True)
        if title:
            c.setFillColor(colour(style.INK))
            c.setFont(FONT_BOLD, size)
            c.drawCentredString((left + right) / 2, head / 2 - size * 0.35 + 1.5, title)

    def _draw_lines(self, c: Any, view: Rect) -> None:
        """Each line in its own pattern (`style.line_style`), its label at the right end of the
        part shown (a cropped figure or a poster sheet too), so that it is never cut."""
        size = LABEL_SIZE
        for code, y in self.layout.lines:
            ls = style.line_style(code)
            text = self.strings(f"line.{code}")
            w = c.stringWidth(text, FONT, size) + 10
            right = max(min(self.layout.extent, view.right) - 8, view.x + w + 8)
            c.setStrokeColor(colour(ls.stroke))
            c.setLineWidth(ls.width)
            c.setLineCap(0)  # flat ends: the pattern as defined, as the canvas draws it
            c.setDash([d * ls.width for d in ls.dash])
            c.line(0, -y, right - w - 4, -y)
            c.line(right + 4, -y, self.layout.extent, -y)
            c.setDash()
            c.setLineCap(1)
            c.setLineWidth(0.8)
            c.setFillColor(colour(style.CANVAS))
            c.roundRect(right - w, -y - (size + 4) / 2, w, size + 4, 3, stroke=1, fill=1)
            c.setFillColor(colour(ls.stroke))
            c.setFont(FONT, size)
            c.drawCentredString(right - w / 2, -y - size * 0.35, text)

    # ------------------------------------------------------------ edges
    def _draw_edge(self, c: Any, edge: Any, points: list[Point]) -> None:
        es = style.EDGE_STYLES.get(edge.kind, style.EDGE_STYLES["flow"])
        ov = self.overlay
        fade = 0.75 if edge.id in ov.faded else 0.0
        strong = edge.id in ov.strong
        stroke = colour(ov.accent if strong else es.stroke, fade)
        width = es.width * (2.0 if strong else 1.0)
        c.setStrokeColor(stroke)
        c.setFillColor(stroke)
        c.setLineWidth(width)
        if es.dash:
            c.setDash([d * es.width for d in es.dash])
        ops = geometry.rounded_route(points)  # the window's route and corners
        if es.arrow and len(points) >= 2:  # stop the line inside the head, not at its tip
            ops[-1] = ("line", _short_of(points[-1], _end(ops[-2]), 6.0))
        c.drawPath(shapes.pdf_path(c, ops), stroke=1, fill=0)
        if es.dash:
            c.setDash()
        if es.arrow and len(points) >= 2:
            head = shapes.arrow_head(points[-1], points[-2], 9.0 + (2 if strong else 0))
            path = shapes.pdf_path(c, geometry.polygon(head))
            c.setLineWidth(0.5)
            c.drawPath(path, stroke=1, fill=1)

    def label_places(self) -> dict[str, LabelBox]:
        """Every edge label's lines and box, placed once for the whole drawing (so that tiles
        agree) by `export.layout.label_boxes`: in edge order, each clear of the nodes and of the
        labels placed before it, as on the canvas."""
        if self._places is None:
            captions = []
            glossary = words.glossary(self.blueprint.fields, self.strings.language)
            for edge in self.blueprint.edges:
                flow = edge.kind == "flow"
                parts = caption_parts(edge, self.strings, glossary=glossary) if flow else [edge.label]
                parts = [printable(p, False) for p in parts if p]
                if parts:
                    captions.append((edge.id, parts))
            self._places = label_boxes(self.layout, captions)
        return self._places

    def _edge_label(self, c: Any, edge: Any, placed: LabelBox, fade: float) -> None:
        size = LABEL_SIZE
        box = placed.rect
        x, y, w, h = box.x, box.y, box.w, box.h
        ax = x + w / 2
        route = self.layout.routes.get(edge.id)
        leader = labels.leader(route, box) if route else None
        if leader is not None:  # a label standing away from its edge points at it, as on screen
            (x1, y1), (x2, y2) = leader
            c.setLineWidth(0.6)
            c.setStrokeColor(colour(style.MUTED, fade))
            c.setDash(1, 2)
            c.line(x1, -y1, x2, -y2)
            c.setDash()
        c.setLineWidth(0.6)
        c.setStrokeColor(colour("#cfd8dc", fade))
        c.setFillColor(colour(style.CANVAS))
        c.roundRect(x, -(y + h), w, h, 3, stroke=1, fill=1)
        c.setFont(FONT, size)
        top = y + labels.PAD_Y  # the box was sized around the lines with it
        for number, part in enumerate(placed.parts):
            rule = number > 0 or not edge.label  # the label in ink, its rule paler, as on screen
            c.setFillColor(colour(style.MUTED if rule else style.INK, fade))
            for line in part:
                top += LABEL_LEADING
                c.drawCentredString(ax, -(top - size * 0.25), line)

    # ------------------------------------------------------------ nodes
    def _draw_node(self, c: Any, node: Any, rect: Rect) -> None:
        ns = style.node_style(node.kind)
        ov = self.overlay
        fade = 0.7 if node.id in ov.faded else 0.0
        c.setStrokeColor(colour(ns.stroke, fade))
        c.setFillColor(colour(ov.fills.get(node.id, ns.fill), fade))
        c.setLineWidth(ns.stroke_width)
        if ns.dashed:
            c.setDash(4, 3)
        c.drawPath(shapes.outline(c, ns.shape, rect), stroke=1, fill=1)
        if ns.dashed:
            c.setDash()
        c.setFillColor(colour(ns.stroke, fade))
        shapes.icon(c, style.node_icon(node), shapes.icon_box(ns.shape, rect))
        self._node_title(c, node, ns.shape, rect, fade)
        heat = ov.heat.get(node.id)
        if heat is not None:
            self._heat_tint(c, ns.shape, rect, heat)
        badge = ov.badges.get(node.id)
        if badge:
            self._badge(c, badge, rect, fade)

    def _heat_tint(self, c: Any, shape: str, rect: Rect, heat: str) -> None:
        """The heat colour over the whole node, as the window's heat map lays it: a translucent
        fill (title and icon show through) and a wide border of the colour itself."""
        c.saveState()
        c.setFillColor(colour(heat))
        c.setFillAlpha(style.HEAT_TINT_ALPHA / 255)
        c.setStrokeColor(colour(heat))
        c.setLineWidth(style.HEAT_OUTLINE_WIDTH)
        c.drawPath(shapes.outline(c, shape, rect), stroke=1, fill=1)
        c.restoreState()

    def _node_title(self, c: Any, node: Any, shape: str, rect: Rect, fade: float) -> None:
        box = shapes.text_rect(shape, rect)
        title = printable(node.title) or self.strings(f"kind.{node.kind}")
        size, lines = fit_lines(title, style.TITLE_POINT_SIZE, box)
        leading = size * 1.18
        c.setFillColor(colour(style.INK if node.title else style.MUTED, fade))
        c.setFont(FONT, size)
        top = box.cy - len(lines) * leading / 2
        for i, line in enumerate(lines):
            c.drawCentredString(box.cx, -(top + i * leading + size * 0.88), line)

    def _badge(self, c: Any, text: str, rect: Rect, fade: float) -> None:
        size = 7.5
        text = printable(text, False)
        w = max(c.stringWidth(text, FONT_BOLD, size) + 8, 14)
        x, y = rect.right - w + 4, rect.y - 7
        c.setFillColor(colour(self.overlay.accent, fade))
        c.setStrokeColor(colour(style.CANVAS))
        c.setLineWidth(1)
        c.roundRect(x, -(y + 13), w, 13, 6.5, stroke=1, fill=1)
        c.setFillColor(colour(style.CANVAS))
        c.setFont(FONT_BOLD, size)
        c.drawCentredString(x + w / 2, -(y + 9.3), text)


# ---------------------------------------------------------------- helpers


def _darker(value: str, factor: float = 1.3) -> str:
    base = HexColor(value)
    r, g, b = (int(255 * v / factor) for v in (base.red, base.green, base.blue))
    return f"#{r:02x}{g:02x}{b:02x}"


def _end(op: geometry.PathOp) -> Point:
    """Where a path operation leaves the pen."""
    args = op[1]
    return (args[-2], args[-1])


def _short_of(tip: Point, start: Point, length: float) -> Point:
    """A point `length` back from `tip` towards `start`, never past it."""
    return geometry.towards(tip, start, min(length, geometry.distance(tip, start)))


def fit_lines(text: str, size: float, box: Rect) -> tuple[float, tuple[str, ...]]:
    """The largest of three sizes at which `text` fits `box` whole, without a word cut in two;
    else the smallest size, wrapped and cut with an ellipsis."""
    lines: tuple[str, ...] = ()
    for candidate in (size, size * 0.9, size * 0.8):
        max_lines = max(1, int(box.h // (candidate * 1.18)))
        lines = wrap(text, candidate, box.w, max_lines)
        if _whole_words(text, lines):
            return candidate, lines
    return size * 0.8, lines


def _whole_words(text: str, lines: tuple[str, ...]) -> bool:
    """True when wrapping broke no word (the lines hold exactly the words of `text`)."""
    return " ".join(lines).split() == text.split()


def _spread(points: list[Point]) -> Rect:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Rect(min(xs) - 80, min(ys) - 20, max(xs) - min(xs) + 160, max(ys) - min(ys) + 40)
