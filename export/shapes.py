"""Node outlines, edge routes and kind icons as reportlab paths. Outlines, rounded routes, title
and icon boxes and arrowheads are `model.geometry`'s (the canvas draws the same); scene units with
y downwards are turned upwards here by negating y. These helpers only add paths, never set colours.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from blueprint_studio.model import geometry
from blueprint_studio.model.geometry import PathOp, Rect, arrow_head

__all__ = ["arrow_head", "icon", "icon_box", "outline", "pdf_path", "text_rect"]

Canvas = Any  # reportlab.pdfgen.canvas.Canvas (kept loose: tests pass stand-ins)
MIN_TEXT = 4.0  # the least room the title fitter is given on a very small node


def pdf_path(c: Canvas, ops: Sequence[PathOp]) -> Any:
    """A reportlab path made of `model.geometry` path operations, y negated."""
    path = c.beginPath()
    for op, a in ops:
        if op == "move":
            path.moveTo(a[0], -a[1])
        elif op == "line":
            path.lineTo(a[0], -a[1])
        elif op == "cubic":
            path.curveTo(a[0], -a[1], a[2], -a[3], a[4], -a[5])
        else:
            path.close()
    return path


def outline(c: Canvas, shape: str, r: Rect) -> Any:
    """A path for a node of `shape` filling `r` (y downwards in `r`, upwards in the path)."""
    return pdf_path(c, geometry.outline(shape, r))


def text_rect(shape: str, r: Rect) -> Rect:
    """Where the title goes inside a node of `shape`: the canvas's box, never narrower or lower
    than `MIN_TEXT` (the text wrapper needs some room to fill)."""
    box = geometry.text_box(shape, r)
    return Rect(box.x, box.y, max(box.w, MIN_TEXT), max(box.h, MIN_TEXT))


def icon_box(shape: str, r: Rect) -> Rect:
    """A 12-unit square for the kind icon, top-left inside the outline."""
    return geometry.icon_box(shape, r)


def icon(c: Canvas, name: str, box: Rect) -> None:
    """The kind icon of `model.geometry` (which the canvas draws too), with the current stroke
    colour (and fill colour for solid parts) and the canvas's pen width."""
    c.saveState()
    c.setLineWidth(geometry.ICON_PEN_WIDTH)
    c.setLineCap(1)
    c.setLineJoin(1)
    for mark in geometry.icon_marks(name, box):
        v, fill = mark.values, 1 if mark.filled else 0
        if mark.kind == "rect":
            c.rect(v[0], -(v[1] + v[3]), v[2], v[3], stroke=1, fill=fill)
        elif mark.kind == "line":
            c.line(v[0], -v[1], v[2], -v[3])
        elif mark.kind in ("polyline", "polygon"):
            points = [(v[i], v[i + 1]) for i in range(0, len(v), 2)]
            ops = geometry.polygon(points) if mark.kind == "polygon" else geometry.polygon(points)[:-1]
            c.drawPath(pdf_path(c, ops), stroke=1, fill=fill)
        elif mark.kind == "ellipse":
            c.ellipse(v[0], -(v[1] + v[3]), v[0] + v[2], -v[1], stroke=1, fill=fill)
        elif mark.kind == "arc":
            path = c.beginPath()
            path.arc(v[0], -(v[1] + v[3]), v[0] + v[2], -v[1], v[4], v[5])
            c.drawPath(path, stroke=1, fill=fill)
        elif mark.kind == "path":
            c.drawPath(pdf_path(c, mark.ops), stroke=1, fill=fill)
    c.restoreState()
