"""The blueprint as PDF sheets: fitted on one page, or a poster tiled over several sheets with
overlap, crop marks and a page map; each with title block and legend, and no text under 6 pt
(`choose_paper`). Vector, selectable text, metadata and bookmarks. Builds page flowables for
`export.publish`; draws no report or handout.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from blueprint_studio.export import shapes
from blueprint_studio.export.fonts import FONT, FONT_BOLD
from blueprint_studio.export.layout import Rect
from blueprint_studio.export.painter import LABEL_SIZE, BlueprintPainter, colour
from blueprint_studio.export.pdfdoc import MIN_TEXT_PT, Context, PdfOptions, page_label
from blueprint_studio.export.sheet_parts import (
    TITLE_BLOCK_H,
    TITLE_BLOCK_W,
    crop_marks,
    draw_legend,
    draw_title_block,
    legend_items,
    legend_size,
    tile_name,
)
from blueprint_studio.export.text import ellipsize, wrap
from blueprint_studio.model import style

MARGIN = 10 * mm
GAP = 8.0
TILE_FOOTER = 16.0
HINT = 20.0  # room for the page map's instructions
MAX_FIT_SCALE = 4.0  # a fit fills the page; only a tiny drawing is not blown up beyond this
SHEETS = ("A4", "A3", "A2", "A1", "A0")  # the sheets a fit may move up to, smallest first
# The smallest text the painter draws, in scene units: edge and line labels, lane notes, and
# node titles shrunk to 80 % to fit their box (`painter.fit_lines`).
SMALLEST_SCENE_TEXT = min(LABEL_SIZE, style.TITLE_POINT_SIZE * 0.8, style.HEADER_POINT_SIZE - 2.5)
# The lowest scale at which that text still prints at MIN_TEXT_PT, rounded up to a whole percent.
LEGIBLE_SCALE = math.ceil(MIN_TEXT_PT / SMALLEST_SCENE_TEXT * 100 - 1e-9) / 100


def text_points(scale: float) -> float:
    """The size in points of the drawing's smallest text printed at `scale`."""
    return SMALLEST_SCENE_TEXT * scale


@dataclass(frozen=True)
class Tile:
    row: int
    col: int
    window: Rect  # the part of the scene this sheet shows

    @property
    def name(self) -> str:
        return tile_name(self.row, self.col)


@dataclass(frozen=True)
class PaperChoice:
    """How the blueprint sheets print: their `plan` (the options as used, the size of their
    smallest text, the pages), what changed from what was asked ("" nothing, "sheet" a larger
    sheet, "poster" a poster instead of a fit, "scale" a poster's scale raised), and the smallest
    text's size as asked."""

    plan: SheetPlan
    change: str = ""
    asked_pt: float = 0.0

    @property
    def options(self) -> PdfOptions:
        return self.plan.options

    @property
    def text_pt(self) -> float:
        return self.plan.text_pt

    @property
    def sheets(self) -> int:
        """Blueprint pages: 1, or the poster's page map and its sheets."""
        return self.plan.page_count()


class SheetPlan:
    """The pages of one blueprint: sizes, the fitted area and, for posters, the tiles.
    `options` (default: the context's) are the sheets' own: they may be a larger sheet than the
    text pages' (see `choose_paper`)."""

    def __init__(self, painter: BlueprintPainter, ctx: Context, options: PdfOptions | None = None) -> None:
        self.painter = painter
        self.ctx = ctx
        self.options = options or ctx.options
        bounds = painter.layout.bounds
        self.bounds = bounds
        lines = [code for code, _ in painter.layout.lines]
        self.legend = legend_items(painter.blueprint, lines)
        self.tiles: list[Tile] = []
        self.rows = self.cols = 0
        wide = bounds.w >= bounds.h
        if self.options.orientation == "auto":  # the orientation that prints the drawing larger
            sizes = [self.options.paper(wide=wide), self.options.paper(wide=not wide)]
            self._lay_out(sizes[1])
            other = (len(self.tiles), -self.fit_scale)
            self._lay_out(sizes[0])
            if (len(self.tiles), -self.fit_scale) > other:
                self._lay_out(sizes[1])
        else:
            self._lay_out(self.options.paper())

    def _lay_out(self, size: tuple[float, float]) -> None:
        self.size = size
        self.footer = self._footer_height(size[0]) + (HINT if self.options.tile else 0)
        area, b = self.drawing_area(), self.bounds
        self.fit_scale = min(area.w / max(b.w, 1e-9), area.h / max(b.h, 1e-9), MAX_FIT_SCALE)
        self.tiles = []
        self.rows = self.cols = 0
        if self.options.tile:
            self._plan_tiles()

    @property
    def scale(self) -> float:
        """Paper points per scene unit of the drawing: the poster's, or the fit's."""
        return self.options.tile_scale if self.options.tile else self.fit_scale

    @property
    def text_pt(self) -> float:
        """The size in points of the drawing's smallest text on these sheets."""
        return text_points(self.scale)

    def _footer_height(self, page_w: float) -> float:
        inner = page_w - 2 * MARGIN
        beside = inner - TITLE_BLOCK_W - 12
        cols, rows, legend_h = legend_size(len(self.legend), beside)
        if cols and cols * 2 >= len(self.legend) / max(rows, 1) and legend_h <= TITLE_BLOCK_H + 30:
            self.legend_beside = True
            return max(TITLE_BLOCK_H, legend_h)
        self.legend_beside = False
        _, _, legend_h = legend_size(len(self.legend), inner)
        return TITLE_BLOCK_H + (legend_h + 6 if legend_h else 0)

    # ------------------------------------------------------------ geometry
    def drawing_area(self) -> Rect:
        """Page rectangle (y upwards, lower-left origin) the fitted drawing may use."""
        w, h = self.size
        bottom = MARGIN + self.footer + GAP
        return Rect(MARGIN, bottom, w - 2 * MARGIN, h - MARGIN - bottom)

    def tile_area(self) -> Rect:
        w, h = self.size
        return Rect(MARGIN, MARGIN + TILE_FOOTER, w - 2 * MARGIN, h - 2 * MARGIN - TILE_FOOTER)

    def _plan_tiles(self) -> None:
        scale = self.options.tile_scale
        area = self.tile_area()
        overlap = self.options.overlap_mm * mm
        step_w, step_h = max(area.w - overlap, 20), max(area.h - overlap, 20)
        b = self.bounds
        self.cols = max(1, math.ceil((b.w * scale - overlap) / step_w))
        self.rows = max(1, math.ceil((b.h * scale - overlap) / step_h))
        for r in range(self.rows):
            for c in range(self.cols):
                self.tiles.append(
                    Tile(
                        r,
                        c,
                        Rect(
                            b.x + c * step_w / scale, b.y + r * step_h / scale, area.w / scale, area.h / scale
                        ),
                    )
                )

    def page_count(self) -> int:
        return 1 + len(self.tiles)

    def flowables(self) -> list[Flowable]:
        first = SheetFlowable(self, None)
        return [first] + [SheetFlowable(self, t) for t in self.tiles]


class SheetFlowable(Flowable):
    """One full sheet: the fitted drawing (or page map) with furniture, or one poster tile."""

    def __init__(self, plan: SheetPlan, tile: Tile | None) -> None:
        super().__init__()
        self.plan = plan
        self.tile = tile

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height
        return available_width, available_height

    def draw(self) -> None:
        c = self.canv
        if self.tile is None:
            self._draw_overview(c)
        else:
            self._draw_tile(c, self.tile)
        plan = self.plan
        if plan.ctx.progress is not None:
            index = 0 if self.tile is None else plan.tiles.index(self.tile) + 1
            plan.ctx.progress((index + 1) / plan.page_count())

    # ------------------------------------------------------------ first sheet
    def _draw_overview(self, c: Any) -> None:
        plan, ctx = self.plan, self.plan.ctx
        s = ctx.strings
        c.bookmarkPage("blueprint")
        c.addOutlineEntry(f"{s('blueprint')} — {ctx.title}", "blueprint", 0)
        area = plan.drawing_area()
        scale, ox, oy = _fit(plan.bounds, area, plan.fit_scale)
        self._border(c, area)
        c.saveState()
        _clip(c, area)
        c.translate(ox, oy)
        c.scale(scale, scale)
        if plan.tiles and plan.options.legible and text_points(scale) < MIN_TEXT_PT:
            _map(c, plan.painter)  # a page map too small for its words: shapes only
        else:
            plan.painter.draw(c)
        if plan.tiles:
            self._tile_grid(c, scale)
        else:
            self._lane_bookmarks(c)
        c.restoreState()
        if plan.tiles:
            c.bookmarkPage("page_map")
            c.addOutlineEntry(s("page_map"), "page_map", 1)
            hint = s(
                "page_map_hint",
                scale=s.number(plan.options.tile_scale * 100, 0),
                count=len(plan.tiles),
                overlap=s.number(plan.options.overlap_mm, 0),
            )
            self._hint(c, area, hint)
        self._furniture(c, s("page_map") if plan.tiles else "")

    def _lane_bookmarks(self, c: Any) -> None:
        lanes = self.plan.painter.blueprint.lanes
        if not lanes:
            return
        for lane, band in zip(lanes, self.plan.painter.layout.lanes):
            key = f"lane:{lane.id}"
            c.bookmarkHorizontal(key, -style.LANE_HEADER_WIDTH, -band.start)
            title = lane.title or self.plan.ctx.strings(f"lane.{lane.kind}")
            c.addOutlineEntry(title, key, 1)

    def _tile_grid(self, c: Any, scale: float) -> None:
        c.setStrokeColor(colour(style.SELECTION))
        c.setLineWidth(1.2 / scale)
        size = 14 / scale
        for tile in self.plan.tiles:
            w = tile.window
            c.setDash(4 / scale, 3 / scale)
            c.rect(w.x, -w.bottom, w.w, w.h, stroke=1, fill=0)
            c.setDash()
            c.setFillColor(colour(style.CANVAS))
            label_w = c.stringWidth(tile.name, FONT_BOLD, size) + 10 / scale
            c.roundRect(
                w.x + 6 / scale,
                -(w.y + 6 / scale + size * 1.4),
                label_w,
                size * 1.4,
                4 / scale,
                stroke=1,
                fill=1,
            )
            c.setFillColor(colour(style.SELECTION))
            c.setFont(FONT_BOLD, size)
            c.drawString(w.x + 11 / scale, -(w.y + 6 / scale + size * 1.05), tile.name)

    def _hint(self, c: Any, area: Rect, text: str) -> None:
        c.setFillColor(colour(style.MUTED))
        c.setFont(FONT, 7)
        for i, line in enumerate(wrap(text, 7, area.w, 2)):
            c.drawString(area.x, area.y - 2 - 8.5 * (i + 1), line)

    def _border(self, c: Any, area: Rect) -> None:
        c.setStrokeColor(colour("#cfd8dc"))
        c.setLineWidth(0.6)
        c.rect(area.x, area.y, area.w, area.h, stroke=1, fill=0)

    def _furniture(self, c: Any, sheet: str) -> None:
        plan = self.plan
        w, _ = plan.size
        block = Rect(w - MARGIN - TITLE_BLOCK_W, MARGIN, TITLE_BLOCK_W, TITLE_BLOCK_H)
        draw_title_block(c, plan.ctx, block, sheet)
        if plan.legend_beside:
            legend = Rect(
                MARGIN, MARGIN, w - 2 * MARGIN - TITLE_BLOCK_W - 12, plan.footer - (HINT if plan.tiles else 0)
            )
        else:
            legend = Rect(
                MARGIN,
                MARGIN + TITLE_BLOCK_H + 6,
                w - 2 * MARGIN,
                plan.footer - TITLE_BLOCK_H - 6 - (HINT if plan.tiles else 0),
            )
        draw_legend(c, plan.ctx, plan.legend, legend)

    # ------------------------------------------------------------ poster tiles
    def _draw_tile(self, c: Any, tile: Tile) -> None:
        plan, ctx = self.plan, self.plan.ctx
        s = ctx.strings
        key = f"sheet:{tile.name}"
        c.bookmarkPage(key)
        c.addOutlineEntry(s("sheet", label=tile.name), key, 1)
        area = plan.tile_area()
        scale = plan.options.tile_scale
        c.saveState()
        _clip(c, area)
        c.translate(area.x - tile.window.x * scale, area.bottom + tile.window.y * scale)
        c.scale(scale, scale)
        plan.painter.draw(c, tile.window)
        c.restoreState()
        overlap = plan.options.overlap_mm * mm
        c.saveState()
        c.setStrokeColor(colour(style.MUTED))
        c.setLineWidth(0.5)
        c.setDash(2, 2)
        if tile.col < plan.cols - 1 and overlap:
            c.line(area.right - overlap, area.y, area.right - overlap, area.bottom)
        if tile.row < plan.rows - 1 and overlap:
            c.line(area.x, area.y + overlap, area.right, area.y + overlap)
        c.restoreState()
        crop_marks(c, area)
        c.setFillColor(colour(style.SELECTION))
        c.setFont(FONT_BOLD, 11)
        c.drawString(area.x, MARGIN, tile.name)
        c.setFillColor(colour(style.MUTED))
        c.setFont(FONT, 7)
        right = area.right
        page_label(c, ctx, right - 70, MARGIN + 1)
        c.drawString(
            area.x + 30,
            MARGIN + 1,
            ellipsize(f"{ctx.title} — {s('sheet', label=tile.name)}", 7, area.w - 130),
        )


def _fit(bounds: Rect, area: Rect, scale: float) -> tuple[float, float, float]:
    """Origin that centres `bounds` (scene) at `scale` in `area` (page)."""
    ox = area.x + (area.w - bounds.w * scale) / 2 - bounds.x * scale
    oy = area.bottom - (area.h - bounds.h * scale) / 2 + bounds.y * scale
    return scale, ox, oy


def choose_paper(painter: BlueprintPainter, ctx: Context) -> PaperChoice:
    """The sheets that print the drawing's smallest text at MIN_TEXT_PT or more (when
    `options.legible`): a fit as asked when it does; else the smallest larger sheet up to A0 that
    does (unless `options.page_fixed`); else a poster on the page asked for at the legible scale.
    A poster asked for below the legible scale is printed at it."""
    asked = ctx.options
    plan = SheetPlan(painter, ctx, asked)

    def choice(options: PdfOptions, change: str) -> PaperChoice:
        final = plan if options is asked else SheetPlan(painter, ctx, options)
        return PaperChoice(final, change, plan.text_pt)

    if not asked.legible or plan.text_pt >= MIN_TEXT_PT - 1e-9:
        return choice(asked, "")
    if asked.tile:
        return choice(replace(asked, tile_scale=LEGIBLE_SCALE), "scale")
    page = asked.page.upper()
    if not asked.page_fixed:
        start = SHEETS.index(page) + 1 if page in SHEETS else 1  # Letter: A3 and up
        for sheet in SHEETS[start:]:
            larger = SheetPlan(painter, ctx, replace(asked, page=sheet))
            if larger.text_pt >= MIN_TEXT_PT - 1e-9:
                return PaperChoice(larger, "sheet", plan.text_pt)
    return choice(replace(asked, tile=True, tile_scale=LEGIBLE_SCALE), "poster")


def _map(c: Any, painter: BlueprintPainter) -> None:
    """The drawing without its words, as a map of the poster: lane bands, edges and node shapes
    in their colours (the words are on the sheets, where they can be read)."""
    lay, blueprint = painter.layout, painter.blueprint
    c.saveState()
    for lane, band in zip(blueprint.lanes, lay.lanes):
        ls = style.lane_style(lane.kind)
        c.setFillColor(colour(ls.fill))
        c.rect(0, -band.end, lay.extent, band.size, stroke=0, fill=1)
        c.setFillColor(colour(ls.header))
        c.rect(-style.LANE_HEADER_WIDTH, -band.end, style.LANE_HEADER_WIDTH, band.size, stroke=0, fill=1)
    for code, y in lay.lines:
        pen = style.line_style(code)
        c.setStrokeColor(colour(pen.stroke))
        c.setLineWidth(pen.width)
        c.setDash([d * pen.width for d in pen.dash])
        c.line(0, -y, lay.extent, -y)
    c.setDash()
    for edge in blueprint.edges:
        points = lay.routes.get(edge.id)
        if points:
            es = style.EDGE_STYLES.get(edge.kind, style.EDGE_STYLES["flow"])
            c.setStrokeColor(colour(es.stroke))
            c.setLineWidth(es.width)
            path = c.beginPath()
            path.moveTo(points[0][0], -points[0][1])
            for x, y in points[1:]:
                path.lineTo(x, -y)
            c.drawPath(path, stroke=1, fill=0)
    for node in blueprint.nodes:
        ns = style.node_style(node.kind)
        c.setStrokeColor(colour(ns.stroke))
        c.setFillColor(colour(ns.fill))
        c.setLineWidth(ns.stroke_width)
        c.drawPath(shapes.outline(c, ns.shape, lay.nodes[node.id]), stroke=1, fill=1)
    c.restoreState()


def _clip(c: Any, area: Rect) -> None:
    path = c.beginPath()
    path.rect(area.x, area.y, area.w, area.h)
    c.clipPath(path, stroke=0, fill=0)
