"""Vector charts of simulation results with reportlab.graphics: resolution-time quantiles against
the SLA target, backlog over time, horizontal bars (utilisation, time per state). Each function
returns a Drawing from plain numbers; none reads a blueprint or lays out a page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from blueprint_studio.export.fonts import FONT, FONT_BOLD
from blueprint_studio.export.painter import colour
from blueprint_studio.export.strings import Strings
from blueprint_studio.export.text import ellipsize
from blueprint_studio.model import style

BAR = "#1565c0"
SHADES = ("#1565c0", "#64b5f6", "#bbdefb")  # p50, p90, p95
TARGET = "#d32f2f"
GRID = "#e3e8eb"


@dataclass
class QuantileRow:
    label: str
    p50: float
    p90: float
    p95: float
    maximum: float
    mean: float
    target: float | None = None


def _nice_step(span: float, ticks: int = 5) -> float:
    raw = max(span, 1e-9) / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


def _text(
    x: float,
    y: float,
    text: str,
    size: float = 7,
    anchor: str = "start",
    bold: bool = False,
    fill: str = style.INK,
) -> String:
    return String(
        x,
        y,
        text,
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        fillColor=colour(fill),
        textAnchor=anchor,
    )


def _axis(
    d: Drawing,
    left: float,
    right: float,
    bottom: float,
    top: float,
    limit: float,
    unit_of: float,
    strings: Strings,
    unit: str,
) -> None:
    """Vertical grid lines and labels along the bottom for 0..limit (values in minutes)."""
    step = _nice_step(limit / unit_of, 8) * unit_of
    value = 0.0
    while value <= limit * 1.0001:
        x = left + (right - left) * value / limit
        d.add(Line(x, bottom, x, top, strokeColor=colour(GRID), strokeWidth=0.5))
        d.add(
            _text(
                x,
                bottom - 9,
                strings.number(value / unit_of, 0 if step / unit_of >= 1 else 1),
                6.5,
                "middle",
                fill=style.MUTED,
            )
        )
        value += step
    d.add(_text(right, bottom - 18, unit, 6.5, "end", fill=style.MUTED))


def _in_unit(strings: Strings, value: float) -> str:
    """A figure already in the axis' unit: one decimal, none from 100 up (digit groups do)."""
    return strings.number(value, 0 if abs(value) >= 100 else 1)


def quantile_chart(rows: list[QuantileRow], strings: Strings, width: float) -> Drawing:
    """One row per group: bars to p50, p90 and p95, a diamond at the mean, the SLA target."""
    row_h, label_w = 22.0, min(130.0, width * 0.3)
    height = len(rows) * row_h + 44
    d = Drawing(width, height)
    left, right, bottom, top = label_w, width - 58, 30.0, height - 8
    finite = [v for r in rows for v in (r.p95, r.mean, r.target or 0) if math.isfinite(v)]
    limit = max(finite + [1.0]) * 1.08
    unit_of, unit = (60.0, strings("unit.h")) if limit >= 180 else (1.0, strings("unit.min"))
    if limit >= 4320:
        unit_of, unit = 1440.0, strings("unit.d")
    _axis(d, left, right, bottom, top, limit, unit_of, strings, unit)

    def x_of(v: float) -> float:
        return left + (right - left) * min(max(v, 0.0), limit) / limit

    for i, row in enumerate(rows):
        y = top - (i + 1) * row_h + 5
        d.add(_text(left - 6, y + 4, ellipsize(row.label, 7, label_w - 8), 7, "end"))
        start = left
        for value, shade in ((row.p50, SHADES[0]), (row.p90, SHADES[1]), (row.p95, SHADES[2])):
            if math.isfinite(value) and x_of(value) > start:
                d.add(Rect(start, y, x_of(value) - start, 12, fillColor=colour(shade), strokeColor=None))
                start = x_of(value)
        if math.isfinite(row.mean):
            mx = x_of(row.mean)
            d.add(
                Polygon(
                    [mx, y + 11, mx + 4, y + 6, mx, y + 1, mx - 4, y + 6],
                    fillColor=colour("#ffffff"),
                    strokeColor=colour(style.INK),
                    strokeWidth=0.8,
                )
            )
        if row.target is not None:
            tx = x_of(row.target)
            d.add(Line(tx, y - 3, tx, y + 15, strokeColor=colour(TARGET), strokeWidth=1.6))
        if math.isfinite(row.maximum):
            d.add(
                _text(
                    right + 4,
                    y + 3,
                    # in the axis' unit, as every row: never «28.1 h» above «2.5 d»
                    f"{strings('longest')} {_in_unit(strings, row.maximum / unit_of)}\u00a0{unit}",
                    6,
                    fill=style.MUTED,
                )
            )
    # key
    x = left
    for key, shade in (("p50", SHADES[0]), ("p90", SHADES[1]), ("p95", SHADES[2])):
        label = strings(key)  # «Median», «90th percentile»: words, not «p90»
        label = label[:1].upper() + label[1:]
        d.add(Rect(x, 3, 9, 7, fillColor=colour(shade), strokeColor=None))
        d.add(_text(x + 12, 4, label, 6.5))
        x += 12 + stringWidth(label, FONT, 6.5) + 12
    d.add(
        Polygon(
            [x + 4, 10, x + 8, 6.5, x + 4, 3, x, 6.5],
            fillColor=colour("#ffffff"),
            strokeColor=colour(style.INK),
            strokeWidth=0.8,
        )
    )
    d.add(_text(x + 12, 4, strings("mean"), 6.5))
    x += 12 + stringWidth(strings("mean"), FONT, 6.5) + 12
    d.add(Line(x + 4, 2, x + 4, 11, strokeColor=colour(TARGET), strokeWidth=1.6))
    d.add(_text(x + 10, 4, strings("sla_target"), 6.5))
    return d


def backlog_chart(runs: list[list[tuple[float, int]]], strings: Strings, width: float) -> Drawing:
    """Open tickets against days: one pale line per replication, the mean in bold."""
    height = 170.0
    d = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 40, 28, width - 60, height - 44
    series = [[(t / 1440.0, float(n)) for t, n in run] for run in runs if run]
    if not series:
        return d
    length = min(len(s) for s in series)
    mean = [(series[0][i][0], sum(s[i][1] for s in series) / len(series)) for i in range(length)]
    data = series + [mean] if len(series) > 1 else series
    plot.data = data
    for i in range(len(data)):
        last = i == len(data) - 1
        plot.lines[i].strokeColor = colour(BAR if last else "#b0bec5")
        plot.lines[i].strokeWidth = 1.6 if last else 0.6
    top_y = max(v for s in data for _, v in s)
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = max(top_y * 1.1, 1)
    plot.yValueAxis.valueStep = _nice_step(plot.yValueAxis.valueMax)
    last_x = max(s[-1][0] for s in data)
    plot.xValueAxis.valueMin = 0
    plot.xValueAxis.valueMax = max(last_x, 1e-6)
    plot.xValueAxis.valueStep = _nice_step(last_x, 7)
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = FONT
        axis.labels.fontSize = 6.5
        axis.labels.fillColor = colour(style.MUTED)
        axis.strokeColor = colour("#90a4ae")
        axis.labelTextFormat = lambda v: strings.number(v, 0 if float(v).is_integer() else 1)
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colour(GRID)
    plot.yValueAxis.gridStrokeWidth = 0.5
    d.add(plot)
    d.add(_text(plot.x + plot.width, 4, strings("days"), 6.5, "end", fill=style.MUTED))
    d.add(_text(4, height - 10, strings("open_tickets"), 6.5, fill=style.MUTED))
    return d


def bar_chart(
    rows: list[tuple[str, float, float | None, float | None]],
    strings: Strings,
    width: float,
    value_text,
    limit: float | None = None,
) -> Drawing:
    """Horizontal bars: (label, value, ci_low, ci_high); whiskers where an interval is given."""
    row_h, label_w = 17.0, min(170.0, width * 0.36)
    height = len(rows) * row_h + 12
    d = Drawing(width, height)
    left, right = label_w, width - 60
    finite = [v for _, v, lo, hi in rows for v in (v, hi or 0) if math.isfinite(v)]
    top_value = limit or max(finite + [1e-9]) * 1.05
    for i, (label, value, low, high) in enumerate(rows):
        y = height - (i + 1) * row_h
        d.add(_text(left - 6, y + 4, ellipsize(label, 7, label_w - 8), 7, "end"))
        d.add(Rect(left, y + 1, right - left, 10, fillColor=colour("#f1f3f5"), strokeColor=None))
        if math.isfinite(value):
            w = (right - left) * min(max(value, 0) / top_value, 1)
            d.add(Rect(left, y + 1, w, 10, fillColor=colour(BAR), strokeColor=None))
            if low is not None and high is not None and math.isfinite(low) and math.isfinite(high):
                lx = left + (right - left) * min(max(low, 0) / top_value, 1)
                hx = left + (right - left) * min(max(high, 0) / top_value, 1)
                for seg in ((lx, y + 6, hx, y + 6), (lx, y + 3, lx, y + 9), (hx, y + 3, hx, y + 9)):
                    d.add(Line(*seg, strokeColor=colour(style.INK), strokeWidth=0.7))
        d.add(_text(right + 4, y + 3, value_text(value), 7))
    return d


def heat_scale(strings: Strings, maximum: float, width: float, minimum: float = 0.0) -> Drawing:
    """The colour key of the heat map, the shortest mean wait (`minimum`) to the longest."""
    d = Drawing(width, 26)
    steps = 40
    bar_w = min(220.0, width - 120)
    x0 = 70.0
    d.add(_text(0, 12, strings("wait_mean"), 7, bold=True))
    for i in range(steps):
        d.add(
            Rect(
                x0 + bar_w * i / steps,
                10,
                bar_w / steps + 0.3,
                9,
                fillColor=colour(style.heat_colour(i / (steps - 1))),
                strokeColor=None,
            )
        )
    d.add(_text(x0, 1, strings.minutes(minimum), 6.5, fill=style.MUTED))
    d.add(_text(x0 + bar_w, 1, strings.minutes(maximum), 6.5, "end", fill=style.MUTED))
    d.add(
        Rect(
            x0 + bar_w + 16,
            10,
            14,
            9,
            fillColor=colour(style.NO_QUEUE_FILL),
            strokeColor=colour("#b0bec5"),
            strokeWidth=0.5,
        )
    )
    d.add(_text(x0 + bar_w + 34, 12, strings("no_wait"), 6.5, fill=style.MUTED))
    return d
