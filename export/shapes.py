"""Node outlines, edge routes and kind icons as reportlab paths. Outlines, rounded routes, title
and icon boxes and arrowheads are `model.geometry`'s (the canvas draws the same); scene units with
y downwards are turned upwards here by negating y. These helpers only add paths, never set colours.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from blueprint_studio.model import geometry
from blueprint_studio.model.geometry import PathOp, Point, Rect, arrow_head

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


def _polygon(c: Canvas, points: list[Point]) -> Any:
    return pdf_path(c, geometry.polygon(points))


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
    """Small line glyphs drawn with the current stroke colour (and fill for solid parts)."""
    l, t, w, h = box.x, box.y, box.w, box.h
    cx, cy = box.cx, box.cy
    if name == "intake":  # an envelope
        c.rect(l, -(t + h - 2), w, h - 4, stroke=1, fill=0)
        c.lines([(l, -(t + 2), cx, -cy), (cx, -cy, l + w, -(t + 2))])
    elif name == "step":  # a person
        c.circle(cx, -(t + 2.5), 2.5, stroke=1, fill=0)
        path = c.beginPath()
        path.arc(l + 1, -(t + 6 + h), l + w - 1, -(t + 6), 0, 180)
        c.drawPath(path, stroke=1, fill=0)
    elif name == "decision":  # a fork
        c.lines([(l, -cy, cx, -cy), (cx, -cy, l + w, -(t + 1)), (cx, -cy, l + w, -(t + h - 1))])
    elif name == "wait":  # an hourglass
        path = _polygon(c, [(l + 2, t), (l + w - 2, t), (l + 2, t + h), (l + w - 2, t + h)])
        c.drawPath(path, stroke=1, fill=0)
    elif name == "satisfaction":  # a smile
        c.circle(cx, -cy, w / 2, stroke=1, fill=0)
        path = c.beginPath()
        path.arc(l + 3, -(t + h - 3), l + w - 3, -(t + 3), 200, 140)
        c.drawPath(path, stroke=1, fill=0)
    elif name == "roadmap":  # a flag
        c.line(l + 2, -t, l + 2, -(t + h))
        c.drawPath(_polygon(c, [(l + 2, t), (l + w, t + 3), (l + 2, t + 6)]), stroke=1, fill=1)
    elif name == "end":  # a target
        c.circle(cx, -cy, w / 2, stroke=1, fill=0)
        c.circle(cx, -cy, 2.5, stroke=0, fill=1)
    elif name == "evidence":  # an eye: what the customer sees
        path = c.beginPath()
        path.moveTo(l, -cy)
        path.curveTo(
            l + (cx - l) * 2 / 3,
            -(cy + (t - 2 - cy) * 2 / 3),
            l + w + (cx - l - w) * 2 / 3,
            -(cy + (t - 2 - cy) * 2 / 3),
            l + w,
            -cy,
        )
        path.curveTo(
            l + w + (cx - l - w) * 2 / 3,
            -(cy + (t + h + 2 - cy) * 2 / 3),
            l + (cx - l) * 2 / 3,
            -(cy + (t + h + 2 - cy) * 2 / 3),
            l,
            -cy,
        )
        c.drawPath(path, stroke=1, fill=0)
        c.circle(cx, -cy, 2, stroke=1, fill=0)
    elif name == "note":  # lines of text
        for k in range(3):
            y = t + 2 + k * 4
            c.line(l, -y, l + w - (4 if k == 2 else 0), -y)
