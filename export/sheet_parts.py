"""The furniture of a blueprint sheet: title block, legend, crop marks and the page-map grid,
drawn in page coordinates (points, y upwards) on a reportlab canvas. No drawing of the blueprint
itself (that is `export.painter`) and no page composition (that is `export.pdf_blueprint`).
"""

from __future__ import annotations

import math
from typing import Any

from blueprint_studio.export import shapes
from blueprint_studio.export.fonts import FONT, FONT_BOLD
from blueprint_studio.export.layout import Rect
from blueprint_studio.export.painter import colour
from blueprint_studio.export.pdfdoc import Context, page_label
from blueprint_studio.export.text import ellipsize, wrap
from blueprint_studio.model import style
from blueprint_studio.model.schema import Blueprint

TITLE_BLOCK_W = 270.0
TITLE_BLOCK_H = 64.0
LEGEND_COL_W = 122.0
LEGEND_ROW_H = 14.5
LEGEND_HEAD = 15.0
RULE = "#b0bec5"


# ---------------------------------------------------------------- legend


def legend_items(blueprint: Blueprint, lines: list[str]) -> list[tuple[str, str]]:
    """(kind of glyph, code) for what the drawing uses: node kinds in notation order, edge kinds,
    then the lines (all three when the blueprint has lanes, so the reader knows what they mean)."""
    # steps by who does them: an agent's ("step"), the system's, the customer's (their own icon)
    used = {
        n.kind if n.kind != "step" or n.performer == "agent" else f"step_{n.performer}"
        for n in blueprint.nodes
    }
    order = [(kind, *STEP_PERFORMERS) if kind == "step" else (kind,) for kind in style.NODE_STYLES]
    kinds = [k for group in order for k in group]
    items: list[tuple[str, str]] = [("node", k) for k in kinds if k in used]
    edges = {e.kind for e in blueprint.edges}
    items += [("edge", k) for k in ("flow", "association") if k in edges]
    if blueprint.lanes:
        items += [("line", code) for code in ("interaction", "visibility", "internal_interaction")]
    else:
        items += [("line", code) for code in lines]
    return items


def legend_size(count: int, width: float) -> tuple[int, int, float]:
    """(columns, rows, height) of a legend of `count` items in `width` points."""
    if not count:
        return 0, 0, 0.0
    cols = max(1, min(count, int(width // LEGEND_COL_W)))
    rows = math.ceil(count / cols)
    return cols, rows, LEGEND_HEAD + rows * LEGEND_ROW_H + 4


def draw_legend(c: Any, ctx: Context, items: list[tuple[str, str]], box: Rect) -> None:
    """`box` in page coordinates with (x, y) its lower-left corner."""
    cols, rows, _ = legend_size(len(items), box.w)
    if not cols:
        return
    c.saveState()
    c.setFillColor(colour(style.INK))
    c.setFont(FONT_BOLD, 8)
    top = box.y + box.h
    c.drawString(box.x, top - 10, ctx.strings("legend"))
    col_w = min(box.w / cols, LEGEND_COL_W * 1.5)  # compact on a wide sheet too
    for i, (what, code) in enumerate(items):
        col, row = divmod(i, rows)
        x = box.x + col * col_w
        y = top - LEGEND_HEAD - row * LEGEND_ROW_H - LEGEND_ROW_H / 2  # middle of the row
        _legend_glyph(c, what, code, x, y)
        key = {"node": "kind", "edge": "edge", "line": "line"}[what]
        c.setFillColor(colour(style.INK))
        label = ctx.strings(f"{key}.{code}")
        size = max(6.0, min(7.0, 7.0 * (col_w - 36) / max(c.stringWidth(label, FONT, 7), 1)))
        c.setFont(FONT, size)
        c.drawString(x + 32, y - 2.5, ellipsize(label, size, col_w - 36))
    c.restoreState()


STEP_PERFORMERS = ("step_system", "step_customer")  # legend codes: steps no agent does


def _legend_glyph(c: Any, what: str, code: str, x: float, y: float) -> None:
    if what == "node":
        ns = style.node_style("step" if code in STEP_PERFORMERS else code)
        c.saveState()
        c.translate(x, y + 6)  # shapes take y downwards from here
        rect = Rect(0, 0, 26, 12)
        c.setStrokeColor(colour(ns.stroke))
        c.setFillColor(colour(ns.fill))
        c.setLineWidth(min(ns.stroke_width, 1.4))
        if ns.dashed:
            c.setDash(2.5, 1.5)
        c.drawPath(shapes.outline(c, ns.shape, rect), stroke=1, fill=1)
        if code in STEP_PERFORMERS:  # the icon that tells them apart, as on the drawing
            c.setDash()
            c.setStrokeColor(colour(ns.stroke))
            c.setFillColor(colour(ns.stroke))
            shapes.icon(c, style.PERFORMER_ICONS[code.removeprefix("step_")], Rect(8, 1, 10, 10))
        c.restoreState()
        return
    c.saveState()
    if what == "line":  # each line's own pattern, as drawn (a glyph long enough to show it)
        ls = style.line_style(code)
        c.setStrokeColor(colour(ls.stroke))
        c.setLineWidth(ls.width)
        c.setLineCap(0)
        c.setDash([d * ls.width for d in ls.dash])
        c.line(x, y, x + 26, y)
    else:
        es = style.EDGE_STYLES[code]
        c.setStrokeColor(colour(es.stroke))
        c.setFillColor(colour(es.stroke))
        c.setLineWidth(es.width)
        if es.dash:
            c.setDash([d * es.width for d in es.dash])
        c.line(x, y, x + (20 if es.arrow else 26), y)
        if es.arrow:
            c.setDash()
            path = c.beginPath()
            path.moveTo(x + 26, y)
            path.lineTo(x + 19, y + 3.2)
            path.lineTo(x + 19, y - 3.2)
            path.close()
            c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


# ---------------------------------------------------------------- title block


def draw_title_block(c: Any, ctx: Context, box: Rect, sheet: str = "") -> None:
    """Title on top; author, revision, date and page below; `box` lower-left in page coords."""
    s = ctx.strings
    c.saveState()
    c.setStrokeColor(colour(RULE))
    c.setLineWidth(0.8)
    c.setFillColor(colour(style.CANVAS))
    c.rect(box.x, box.y, box.w, box.h, stroke=1, fill=1)
    c.setFillColor(colour(style.SELECTION))
    c.rect(box.x, box.y, 4, box.h, stroke=0, fill=1)
    lower = 26.0
    c.line(box.x, box.y + lower, box.x + box.w, box.y + lower)
    # the title, up to two lines, with the sheet name when tiled
    c.setFillColor(colour(style.MUTED))
    c.setFont(FONT, 6.3)
    top = box.y + box.h
    c.drawString(box.x + 10, top - 9, s("title").upper() + (f"  ·  {sheet}" if sheet else ""))
    c.setFillColor(colour(style.INK))
    size = 10.5 if len(ctx.title) < 60 else 9
    lines = wrap(ctx.title, size, box.w - 18, 2, True)
    c.setFont(FONT_BOLD, size)
    for i, line in enumerate(lines):
        c.drawString(box.x + 10, top - 11 - size * (i + 1) * 1.12, line)
    # four cells
    cells = [
        ("author", ctx.author or "—"),
        ("revision", ctx.revision or "—"),
        ("date", s.date(ctx.options.day())),
        ("page", ""),
    ]
    widths = [0.36, 0.17, 0.22, 0.25]
    x = box.x + 4
    inner = box.w - 4
    for (key, value), share in zip(cells, widths):
        w = inner * share
        if x > box.x + 4:
            c.line(x, box.y, x, box.y + lower)
        c.setFillColor(colour(style.MUTED))
        c.setFont(FONT, 6.3)
        c.drawString(x + 6, box.y + lower - 8.5, s(key).upper())
        c.setFillColor(colour(style.INK))
        if key == "page":
            page_label(c, ctx, x + 6, box.y + 6, 7.5)
        else:
            c.setFont(FONT, 8)
            c.drawString(x + 6, box.y + 6, ellipsize(value, 8, w - 10))
        x += w
    c.restoreState()


# ---------------------------------------------------------------- posters


def crop_marks(c: Any, area: Rect, length: float = 9.0, gap: float = 3.0) -> None:
    """Marks in the margin at the four corners of `area` (page coordinates)."""
    c.saveState()
    c.setStrokeColor(colour("#000000"))
    c.setLineWidth(0.3)
    for x, dx in ((area.x, -1), (area.right, 1)):
        for y, dy in ((area.y, -1), (area.bottom, 1)):
            c.line(x + dx * gap, y, x + dx * (gap + length), y)
            c.line(x, y + dy * gap, x, y + dy * (gap + length))
    c.restoreState()


def tile_name(row: int, col: int) -> str:
    letters = ""
    n = row
    while True:
        letters = chr(ord("A") + n % 26) + letters
        n = n // 26 - 1
        if n < 0:
            break
    return f"{letters}{col + 1}"
