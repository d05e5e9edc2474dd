"""The blueprint as flowables in the text column, for the report's heat map and the handout's
highlighted path: `BlueprintFigure` (their base: the painter and the frame), `DrawingView` (one
window of the drawing at a given scale, with the lane names as tabs at its edge when they are off
to the left, and the stage names when they are off the top), `drawing_views` (the whole drawing cut
into such windows at the scale that prints every text at MIN_TEXT_PT or more, in reading order)
and `Thumbnail` (the whole drawing, shapes and colours only, no text). Sizing and framing only; the
drawing is `export.painter`'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.platypus import Flowable

from blueprint_studio.export import shapes
from blueprint_studio.export.fonts import FONT, FONT_BOLD
from blueprint_studio.export.layout import LABEL_SIZE, Layout, Rect
from blueprint_studio.export.painter import BlueprintPainter, colour
from blueprint_studio.export.pdf_blueprint import LEGIBLE_SCALE
from blueprint_studio.export.text import ellipsize, printable
from blueprint_studio.model import geometry, style


class BlueprintFigure(Flowable):
    """A figure of the drawing at a fixed size (`width` x `height`, set by the subclass), with
    the thin frame over its edges that makes figures read apart."""

    def __init__(self, painter: BlueprintPainter) -> None:
        super().__init__()
        self.painter = painter

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _frame_edges(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(colour("#90a4ae"))
        c.setLineWidth(0.8)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        c.restoreState()


# ---------------------------------------------------------------- views of the drawing

LINE_LABEL_ROOM = 10.0  # scene units above and below a line that its label takes
TAB_SIZE = style.HEADER_POINT_SIZE - 2.5  # a tab's text, as the lane's notes: 6.3 pt at the legible scale
TAB_H = TAB_SIZE * 1.6


def clear_of_lines(lay: Layout, top: float, bottom: float) -> tuple[float, float]:
    """`top` and `bottom` of a view moved out so that no line's label is cut at either edge."""
    for _, y in lay.lines:
        if abs(y - top) <= LINE_LABEL_ROOM:
            top = max(lay.bounds.y, min(top, y - LINE_LABEL_ROOM - 2))
        if abs(y - bottom) <= LINE_LABEL_ROOM:
            bottom = min(lay.bounds.bottom, max(bottom, y + LINE_LABEL_ROOM + 2))
    return top, bottom


class DrawingView(BlueprintFigure):
    """One view of the drawing: `window` (scene units) at `scale`, framed; the lane names as tabs
    at its left edge when the lane headers are out of view, and (with `stage_tabs`) the stage
    names as tabs along its top edge when the stage headers are, and the name of a lane begun
    above the view (its header's name cut off) as a tab."""

    def __init__(
        self, painter: BlueprintPainter, window: Rect, scale: float, stage_tabs: bool = False
    ) -> None:
        super().__init__(painter)
        self.window, self.scale, self.stage_tabs = window, scale, stage_tabs
        self.width, self.height = window.w * scale, window.h * scale

    def draw(self) -> None:
        c, w, s = self.canv, self.window, self.scale
        c.saveState()
        clip = c.beginPath()
        clip.rect(0, 0, self.width, self.height)
        c.clipPath(clip, stroke=0, fill=0)
        c.translate(-w.x * s, self.height + w.y * s)
        c.scale(s, s)
        self.painter.draw(c, w, foot=w.bottom)  # no lane name cut by the bottom edge
        head = style.STAGE_HEADER_HEIGHT  # the stage heads lie at scene y from -head to 0
        if self.stage_tabs and -head < w.y < 0:  # a head cut through by the top edge: blanked,
            c.setFillColor(colour(style.CANVAS))  # its stage named by a tab instead
            c.rect(w.x, 0, w.w, -w.y, stroke=0, fill=1)
        stages = self.stage_tabs and w.y > -head and self._stage_tabs(c)
        if self.stage_tabs and w.y <= -head:  # the heads show: none with its name cut at an edge
            self._stage_heads(c)
        if w.x > 0:  # the lane names are off to the left: a tab with each at the view's edge
            self._lane_tabs(c, TAB_H + 3 if stages else 0.0)
        elif self.stage_tabs:  # the headers show, but a lane begun above has its name cut off
            self._lane_tabs(c, TAB_H + 3 if stages else 0.0, only_cut=True)
        c.restoreState()
        self._frame_edges()

    def _tab(self, c: Any, x: float, top: float, title: str, accent: str) -> None:
        tab_w = c.stringWidth(title, FONT_BOLD, TAB_SIZE) + 8
        c.setFillColor(colour(style.CANVAS))
        c.setStrokeColor(colour(accent))
        c.setLineWidth(0.6)
        c.roundRect(x, -(top + TAB_H), tab_w, TAB_H, 2, stroke=1, fill=1)
        c.setFillColor(colour(accent))
        c.setFont(FONT_BOLD, TAB_SIZE)
        c.drawString(x + 4, -(top + TAB_H) + TAB_SIZE * 0.45, title)

    def _lane_tabs(self, c: Any, below: float = 0.0, only_cut: bool = False) -> None:
        painter, w = self.painter, self.window
        for lane, band in zip(painter.blueprint.lanes, painter.layout.lanes):
            if only_cut and band.start >= w.y:
                continue
            top = max(band.start, w.y + below)
            if top + TAB_H + 4 > min(band.end, w.bottom):
                continue  # too little of this lane in view
            title = printable(lane.title, False) or painter.strings(f"lane.{lane.kind}")
            title = ellipsize(title, TAB_SIZE, w.w / 3, True)
            self._tab(c, w.x + 3, top + 3, title, style.lane_style(lane.kind).accent)

    def _stage_heads(self, c: Any) -> None:
        """Each stage head that runs past the view's left or right edge drawn again over the part
        in view, its name centred there (the painter centres it on the whole stage: «…tion»)."""
        painter, w = self.painter, self.window
        for stage, band in zip(painter.blueprint.stages, painter.layout.stages):
            left, right = max(band.start, w.x), min(band.end, w.right)
            if right - left <= 0 or (band.start >= w.x and band.end <= w.right):
                continue
            painter.stage_head(c, stage.title if right - left >= 60 else "", left, right)

    def _stage_tabs(self, c: Any) -> bool:
        """A tab with each stage's name at the top edge, over the part of it in view."""
        painter, w = self.painter, self.window
        drawn = False
        clear = self._line_labels_left(c, w.y + 3, w.y + 3 + TAB_H)
        for stage, band in zip(painter.blueprint.stages, painter.layout.stages):
            left, right = max(band.start, w.x), min(band.end, w.right, clear)
            if right - left < 60:
                continue
            title = ellipsize(printable(stage.title, False), TAB_SIZE, right - left - 16, True)
            if not title:
                continue
            width = c.stringWidth(title, FONT_BOLD, TAB_SIZE) + 8
            self._tab(c, (left + right - width) / 2, w.y + 3, title, style.INK)
            drawn = True
        return drawn

    def _line_labels_left(self, c: Any, top: float, bottom: float) -> float:
        """Where the leftmost label of a line between scene y `top` and `bottom` begins (the
        painter puts it at the view's right end, `BlueprintPainter._draw_lines`), less a gap;
        the view's right edge when no line label lies there."""
        lay, w = self.painter.layout, self.window
        edge = w.right
        for code, y in lay.lines:
            if top - LABEL_SIZE < y < bottom + LABEL_SIZE:
                width = c.stringWidth(self.painter.strings(f"line.{code}"), FONT, LABEL_SIZE) + 10
                right = max(min(lay.extent, w.right) - 8, w.x + width + 8)
                edge = min(edge, right - width - 4)
        return edge


PAD = 14.0  # scene units kept around a node (its badge, its heat border) or a label at a cut


def drawing_views(painter: BlueprintPainter, width: float, height: float) -> list[Rect]:
    """The whole drawing cut into windows of at most `width` × `height` points at LEGIBLE_SCALE,
    in reading order (the stages from left to right; within them, the lanes from top to bottom).
    Cuts fall on stage and lane boundaries where they can, else between nodes and labels: every
    node and every edge label is whole in at least one window."""
    lay = painter.layout
    whole = lay.bounds
    items = [*lay.nodes.values(), *(p.rect for p in painter.label_places().values())]
    xs = [(r.x, r.right) for r in items]
    ys = [(r.y, r.bottom) for r in items]
    size = width / LEGIBLE_SCALE
    columns = _cuts(xs, whole.x, whole.right, size, [b.end for b in lay.stages], (PAD, PAD))
    size = height / LEGIBLE_SCALE - 2 * (LINE_LABEL_ROOM + 2)  # room for `clear_of_lines`
    rows = _cuts(ys, whole.y, whole.bottom, size, [b.end for b in lay.lanes], (PAD + 8, PAD))  # + badge
    views = []
    for left, right in columns:
        for top, bottom in rows:
            top, bottom = clear_of_lines(lay, top, bottom)
            views.append(Rect(left, top, right - left, bottom - top))
    # no view of empty lanes, nor of a mere sliver of a node or a label that another view
    # shows whole (a page of blank lane with a cut label in a corner)
    # (an item too large for any view keeps every view it shows in)
    large = [r for r in items if not any(_holds(v, r) for v in views)]
    shown = [v for v in views if any(_holds(v, r) for r in items) or any(v.intersects(r) for r in large)]
    return shown or views


def _holds(view: Rect, item: Rect) -> bool:
    """Whether `item` lies whole inside `view`."""
    return view.x <= item.x and item.right <= view.right and view.y <= item.y and item.bottom <= view.bottom


def _cuts(
    raw: Sequence[tuple[float, float]],
    lo: float,
    hi: float,
    size: float,
    prefer: Iterable[float],
    pads: tuple[float, float],
) -> list[tuple[float, float]]:
    """[lo, hi] cut into ranges of at most `size`, with no gap, each item (a, b) whole in one of
    them where it fits in `size` (with `pads` around it where it can be); at a preferred
    boundary that crosses no item when one lies below what a range would cut, else overlapping
    ranges."""
    items = [(a - pads[0], b + pads[1]) for a, b in raw]
    prefer = sorted(prefer)
    out: list[tuple[float, float]] = []
    start = lo
    while hi - start > size:
        end = start + size
        if not any(b > end for _, b in items):  # nothing further on but margin
            hi = max([start + size * 0.5, *(b for _, b in items)])
            break
        # the first item this range would cut and that a range can hold (wider ones are cut anyway)
        cut_off = [a for a, b in items if b > end and a > start and b - a <= size]
        cut = min(cut_off, default=end)
        held = max((b for a, b in items if a < cut and start <= b <= end), default=start)
        boundary = [
            p
            for p in prefer
            if start + size * 0.5 < p <= max(cut, held) and p <= end and not any(a < p < b for a, b in raw)
        ]
        if boundary:
            out.append((start, boundary[-1]))
            start = boundary[-1]
        else:
            out.append((start, min(end, max(held, cut))))
            start = min(cut, end)  # never a gap: what lies between shows too
    out.append((start, hi))
    return out


class Thumbnail(BlueprintFigure):
    """The whole drawing small, shapes and colours only (lanes, stage heads, lines between nodes,
    nodes in their fill or heat colour) and the frame of each view: where the views lie."""

    def __init__(self, painter: BlueprintPainter, width: float, height: float, views: list[Rect]) -> None:
        super().__init__(painter)
        self.views = views
        b = painter.layout.bounds
        self.scale = min(width / b.w, height / b.h)
        self.width, self.height = b.w * self.scale, b.h * self.scale

    def draw(self) -> None:
        c, p = self.canv, self.painter
        lay, ov, b = p.layout, p.overlay, p.layout.bounds
        c.saveState()
        c.translate(-b.x * self.scale, self.height + b.y * self.scale)
        c.scale(self.scale, self.scale)
        c.setLineJoin(1)
        for lane, band in zip(p.blueprint.lanes, lay.lanes):
            ls = style.lane_style(lane.kind)
            c.setFillColor(colour(ls.fill))
            c.rect(0, -band.end, lay.extent, band.size, stroke=0, fill=1)
            c.setFillColor(colour(ls.header))
            c.rect(-style.LANE_HEADER_WIDTH, -band.end, style.LANE_HEADER_WIDTH, band.size, stroke=0, fill=1)
            c.setFillColor(colour(ls.accent))
            c.rect(-style.LANE_HEADER_WIDTH, -band.end, 12, band.size, stroke=0, fill=1)
        for band in lay.stages:
            c.setFillColor(colour("#eceff1"))
            c.setStrokeColor(colour("#b0bec5"))
            c.setLineWidth(2)
            c.rect(band.start, 0, band.size, style.STAGE_HEADER_HEIGHT, stroke=1, fill=1)
        c.setLineWidth(2.5)
        for edge in p.blueprint.edges:
            points = lay.routes.get(edge.id)
            if points and len(points) >= 2:
                es = style.EDGE_STYLES.get(edge.kind, style.EDGE_STYLES["flow"])
                c.setStrokeColor(colour(es.stroke, 0.3))
                c.drawPath(shapes.pdf_path(c, geometry.rounded_route(points)), stroke=1, fill=0)
        for node in p.blueprint.nodes:
            ns = style.node_style(node.kind)
            rect = lay.nodes[node.id]
            c.setFillColor(colour(ov.heat.get(node.id) or ov.fills.get(node.id, ns.fill)))
            c.setStrokeColor(colour(ov.heat.get(node.id) or ns.stroke))
            c.setLineWidth(4)
            c.drawPath(shapes.outline(c, ns.shape, rect), stroke=1, fill=1)
        c.setStrokeColor(colour("#546e7a"))  # the views, as thin frames over the drawing
        c.setLineWidth(0.7 / self.scale)
        for view in self.views:
            c.rect(view.x, -view.bottom, view.w, view.h, stroke=1, fill=0)
        c.restoreState()
        self._frame_edges()
