"""Node outlines and kind icons as reportlab path operations, from the shape and icon names of
`model.style` (the same geometry as the canvas's Qt shapes). Scene units with y downwards are
turned upwards here by negating y; these helpers only add paths to a canvas, never set colours.
"""

from __future__ import annotations

import math
from typing import Any

from blueprint_studio.export.layout import Rect

Canvas = Any  # reportlab.pdfgen.canvas.Canvas (kept loose: tests pass stand-ins)


def _polygon(c: Canvas, points: list[tuple[float, float]]) -> Any:
    path = c.beginPath()
    path.moveTo(points[0][0], -points[0][1])
    for x, y in points[1:]:
        path.lineTo(x, -y)
    path.close()
    return path


def outline(c: Canvas, shape: str, r: Rect) -> Any:
    """A path for a node of `shape` filling `r` (y downwards in `r`, upwards in the path)."""
    l, t, rt, b, cx, cy, h, w = r.x, r.y, r.right, r.bottom, r.cx, r.cy, r.h, r.w
    if shape == "diamond":
        return _polygon(c, [(cx, t), (rt, cy), (cx, b), (l, cy)])
    if shape == "hexagon":
        d = min(h / 2, w / 4)
        return _polygon(c, [(l + d, t), (rt - d, t), (rt, cy), (rt - d, b), (l + d, b), (l, cy)])
    if shape == "octagon":
        d = min(h, w) * 0.28
        return _polygon(
            c,
            [
                (l + d, t),
                (rt - d, t),
                (rt, t + d),
                (rt, b - d),
                (rt - d, b),
                (l + d, b),
                (l, b - d),
                (l, t + d),
            ],
        )
    if shape == "chevron":
        d = min(h / 2, w / 5)
        return _polygon(c, [(l, t), (rt - d, t), (rt, cy), (rt - d, b), (l, b), (l + d, cy)])
    if shape == "note":
        fold = min(14.0, h / 3)
        return _polygon(c, [(l, t), (rt - fold, t), (rt, t + fold), (rt, b), (l, b)])
    path = c.beginPath()
    if shape == "document":
        wave = min(10.0, h / 6)
        path.moveTo(l, -t)
        path.lineTo(rt, -t)
        path.lineTo(rt, -(b - wave))
        path.curveTo(rt - w * 0.25, -(b - 2.6 * wave), l + w * 0.35, -(b + 1.2 * wave), l, -(b - wave))
        path.close()
    elif shape == "pill":
        path.roundRect(l, -b, w, h, min(h, w) / 2)
    else:
        path.roundRect(l, -b, w, h, min(8.0, h / 2, w / 2))
    return path


def text_rect(shape: str, r: Rect) -> Rect:
    """Where the title goes inside a node of `shape` (clear of slanted sides and the icon)."""
    if shape == "diamond":
        return Rect(r.x + r.w * 0.2, r.y + r.h * 0.22, r.w * 0.6, r.h * 0.56)
    if shape in ("hexagon", "chevron", "octagon"):
        inset = min(r.h / 2, r.w / 4)
        return Rect(r.x + inset, r.y + 4, max(r.w - inset - 12, 4), max(r.h - 8, 4))
    if shape == "pill":  # clear of the icon, which the canvas lets the text overlap
        left = max(r.h * 0.45, r.h * 0.3 + 15)
        return Rect(r.x + left, r.y + 4, max(r.w - left - r.h * 0.3, 4), max(r.h - 8, 4))
    return Rect(r.x + 24, r.y + 4, max(r.w - 32, 4), max(r.h - 10, 4))


def icon_box(shape: str, r: Rect) -> Rect:
    """A 12-unit square for the kind icon, top-left inside the outline."""
    size = 12.0
    if shape == "diamond":
        return Rect(r.cx - size / 2, r.y + r.h * 0.12, size, size)
    if shape == "pill":
        return Rect(r.x + r.h * 0.3, r.cy - size / 2, size, size)
    if shape in ("hexagon", "chevron", "octagon"):
        return Rect(r.x + min(r.h / 2, r.w / 4) * 0.5, r.y + 5, size, size)
    return Rect(r.x + 6, r.y + 6, size, size)


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


def arrow_head(
    tip: tuple[float, float], towards: tuple[float, float], size: float = 9.0
) -> list[tuple[float, float]]:
    """The three corners (scene units) of a triangle at `tip`, pointing away from `towards`."""
    angle = math.atan2(tip[1] - towards[1], tip[0] - towards[0])
    spread = math.radians(24)
    return [
        tip,
        (tip[0] - size * math.cos(angle - spread), tip[1] - size * math.sin(angle - spread)),
        (tip[0] - size * math.cos(angle + spread), tip[1] - size * math.sin(angle + spread)),
    ]
