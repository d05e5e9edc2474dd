"""The results dock's charts, drawn with pyqtgraph from a `ReplicatedResult`: resolution times
against the SLA targets, backlog over time, utilisation per pool, time in each state, breaches per step.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QPixmap

from blueprint_studio.app.shell.kpi_words import number_style
from blueprint_studio.model.sim.results import ReplicatedResult
from blueprint_studio.model.sim.stats import Estimate

pg.setConfigOptions(antialias=True)
# The colours follow the window's palette (light or dark theme): set_palette() before drawing.
INK: dict[str, QColor] = {
    "text": QColor("#333333"),
    "muted": QColor("#555555"),
    "paper": QColor("#ffffff"),
    "bar": QColor("#1976d2"),
    "warn": QColor("#c62828"),
}
TITLES = {
    "resolution": QT_TRANSLATE_NOOP("Results", "Resolution time against the SLA target"),
    "backlog": QT_TRANSLATE_NOOP("Results", "Open tickets over time"),
    "utilisation": QT_TRANSLATE_NOOP("Results", "Utilisation per pool"),
    "states": QT_TRANSLATE_NOOP("Results", "Time in each step, per ticket"),
    "waits": QT_TRANSLATE_NOOP(
        "Results", "Queue wait per step: every ticket that left the queue, served, escalated or gone"
    ),
    "breaches": QT_TRANSLATE_NOOP("Results", "SLA breaches per step"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Results", text)


def _mean(cell: Estimate | None) -> float:
    return cell.mean if cell is not None else math.nan


def _half(cell: Estimate | None) -> float:
    h = cell.half_width if cell is not None else math.nan
    return 0.0 if h != h else h


def set_palette(palette: QPalette) -> None:
    """Take the chart colours from `palette`: text on its base, brighter bars on a dark one."""
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    dark = base.lightness() < 128
    INK.update(
        text=text,
        paper=base,
        muted=_mix(text, base, 0.3),
        bar=QColor("#64b5f6" if dark else "#1976d2"),
        warn=QColor("#ef5350" if dark else "#c62828"),
    )


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(*(x * (1 - t) + y * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3])))


def style_plot(widget: pg.PlotWidget) -> None:
    """Background and axes in the current colours (after set_palette)."""
    widget.setBackground(INK["paper"])
    plot = widget.getPlotItem()
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(INK["muted"])
        axis.setTextPen(INK["text"])
    # No title on screen: the tab names the chart (its tooltip the full title) and the bottom
    # dock is short; an exported image gets its title (chart_image).


def chart_image(widget: pg.PlotWidget) -> QPixmap:
    """The chart as an image, with its title (a picture leaves the tab that named it behind)."""
    key = widget.objectName().removeprefix("chart_")
    plot = widget.getPlotItem()
    plot.setTitle(tr(TITLES.get(key, "")), color=INK["text"].name())
    plot.layout.activate()
    try:
        return widget.grab()
    finally:
        plot.setTitle(None)
        plot.layout.activate()


def _bars(
    plot: pg.PlotItem,
    labels: list[str],
    values: list[float],
    errors: list[float] | None,
    colour: QColor | None = None,
) -> None:
    """Vertical bars for a few short labels."""
    colour = colour or INK["bar"]
    xs = np.arange(len(values), dtype=float)
    ys = np.array([0.0 if v != v else v for v in values], dtype=float)
    plot.addItem(pg.BarGraphItem(x=xs, height=ys, width=0.6, brush=colour, pen=colour.darker(120)))
    if errors:
        plot.addItem(
            pg.ErrorBarItem(
                x=xs,
                y=ys,
                height=np.array([2 * e for e in errors], dtype=float),
                beam=0.2,
                pen=pg.mkPen(INK["text"], width=1.5),
            )
        )
    plot.getAxis("bottom").setTicks([[(i, label) for i, label in enumerate(labels)]])


def _hbars(
    plot: pg.PlotItem,
    labels: list[str],
    values: list[float],
    errors: list[float] | None,
    colour: QColor | None = None,
    empty: str = "",
) -> None:
    """Horizontal bars, first at the top, for long labels (steps, pools); `empty` is said when
    every value is zero."""
    colour = colour or INK["bar"]
    n = len(values)
    ys = np.array([n - 1 - i for i in range(n)], dtype=float)
    xs = np.array([0.0 if v != v else v for v in values], dtype=float)
    plot.addItem(pg.BarGraphItem(x0=0, y=ys, width=xs, height=0.6, brush=colour, pen=colour.darker(120)))
    if errors:
        plot.addItem(
            pg.ErrorBarItem(
                x=xs,
                y=ys,
                width=np.array([2 * e for e in errors], dtype=float),
                beam=0.2,
                pen=pg.mkPen(INK["text"], width=1.5),
            )
        )
    short = [_short(label) for label in labels]
    axis = plot.getAxis("left")
    axis.setTicks([[(n - 1 - i, text) for i, text in enumerate(short)]])
    metrics = QFontMetrics(axis.style.get("tickFont") or QFont())
    axis.setWidth(12 + max((metrics.horizontalAdvance(t) for t in short), default=20))
    plot.getAxis("bottom").setTicks(None)
    plot.showGrid(x=True, y=False, alpha=0.25)
    if n and not xs.any():
        plot.setXRange(0, 1)
        if empty:
            text = pg.TextItem(empty, color=INK["muted"], anchor=(0, 0.5))
            text.setPos(0.05, (n - 1) / 2)
            plot.addItem(text)


def _short(label: str, limit: int = 32) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def new_plot(key: str) -> pg.PlotWidget:
    widget = pg.PlotWidget()
    widget.setObjectName(f"chart_{key}")
    widget.setMenuEnabled(False)
    widget.showGrid(y=True, alpha=0.25)
    widget.setMinimumSize(160, 60)  # small windows must still fit every dock
    style_plot(widget)
    return widget


TIME_TICKS = (
    (1, 1, "min"),
    (5, 5, "min"),
    (15, 15, "min"),
    (60, 1, "h"),
    (240, 4, "h"),
    (480, 8, "h"),
    (1440, 1, "d"),
    (2880, 2, "d"),
    (10080, 7, "d"),
    (43200, 30, "d"),
)  # minutes, amount, unit


def time_ticks(low: float, high: float) -> list[tuple[float, str]]:
    """Ticks of a log10-minutes axis between `low` and `high`, in the window's unit words."""
    style = number_style()
    return [
        (math.log10(m), f"{amount}\u00a0{style.unit(unit)}")
        for m, amount, unit in TIME_TICKS
        if low - 0.3 <= math.log10(m) <= high + 0.3
    ]


def pooled_histogram(result: ReplicatedResult, bins: int = 36) -> list[tuple[float, float, float]]:
    """(low, high, share of tickets) in minutes on common log-spaced bins, pooling the runs'
    resolution histograms (each run's bin counts where its geometric middle falls)."""
    source = [b for r in result.runs for b in getattr(r, "resolution_histogram", None) or [] if b[2]]
    if not source:
        return []
    low = max(0.1, min((b[0] for b in source if b[0] > 0), default=0.1))
    high = max(b[1] for b in source)
    if high <= low:
        high = low * 10
    a, b = math.log10(low), math.log10(high)
    step = (b - a) / bins
    counts = [0] * bins
    for lo, hi, n in source:
        middle = math.sqrt(lo * hi) if lo > 0 else hi
        i = int((math.log10(max(middle, low)) - a) / step) if step > 0 else 0
        counts[max(0, min(bins - 1, i))] += n
    total = sum(counts)
    return [(10 ** (a + i * step), 10 ** (a + (i + 1) * step), c / total) for i, c in enumerate(counts)]


def resolution_chart(
    widget: pg.PlotWidget, result: ReplicatedResult, sla_targets: list[tuple[str, float]]
) -> None:
    """The share of tickets by resolution time (log scale), with the SLA targets, the mean and
    the 90th percentile as vertical lines. Without histograms in the results: the quantile bars."""
    plot = widget.getPlotItem()
    plot.clear()
    bins = pooled_histogram(result)
    if not bins:
        _quantile_bars(plot, result, sla_targets)
        return
    xs = np.array([(math.log10(lo) + math.log10(hi)) / 2 for lo, hi, _ in bins])
    widths = np.array([math.log10(hi) - math.log10(lo) for lo, hi, _ in bins])
    heights = np.array([share * 100 for _, _, share in bins])
    plot.addItem(
        pg.BarGraphItem(
            x=xs, height=heights, width=widths * 0.92, brush=INK["bar"], pen=INK["bar"].darker(120)
        )
    )
    lo, hi = math.log10(bins[0][0]), math.log10(bins[-1][1])
    plot.getAxis("bottom").setTicks([time_ticks(lo, hi)])
    dash = pg.QtCore.Qt.PenStyle.DashLine
    for name, minutes in sla_targets:
        plot.addItem(
            pg.InfiniteLine(
                pos=math.log10(minutes),
                angle=90,
                pen=pg.mkPen(INK["warn"], width=2, style=dash),
                label=tr("SLA {name}").format(name=name),
                labelOpts={
                    "position": 0.7,
                    "color": INK["warn"],
                    "rotateAxis": (1, 0),
                    "fill": pg.mkBrush(
                        QColor(INK["paper"].red(), INK["paper"].green(), INK["paper"].blue(), 210)
                    ),
                },
            )
        )
    for key, text, position in (
        ("resolution_elapsed_mean", tr("mean"), 0.75),
        ("resolution_elapsed_p90", tr("90 %"), 0.6),
    ):
        value = _mean(result.summary.get(key))
        if value == value and value > 0:
            plot.addItem(
                pg.InfiniteLine(
                    pos=math.log10(value),
                    angle=90,
                    pen=pg.mkPen(INK["text"], width=1.5, style=pg.QtCore.Qt.PenStyle.DotLine),
                    label=text,
                    labelOpts={"position": position, "color": INK["text"]},
                )
            )
    plot.setLabel("left", tr("% of tickets"))
    plot.setLabel("bottom", tr("resolution time (log scale)"))


def _quantile_bars(plot: pg.PlotItem, result: ReplicatedResult, sla_targets: list[tuple[str, float]]) -> None:
    keys = [
        ("resolution_elapsed_mean", tr("mean")),
        ("resolution_elapsed_p50", tr("median")),
        ("resolution_elapsed_p90", tr("90 %")),
        ("resolution_elapsed_p95", tr("95 %")),
        ("resolution_elapsed_max", tr("longest")),
    ]
    cells = [result.summary.get(k) for k, _ in keys]
    _bars(plot, [label for _, label in keys], [_mean(c) / 60 for c in cells], [_half(c) / 60 for c in cells])
    for name, minutes in sla_targets:
        plot.addItem(
            pg.InfiniteLine(
                pos=minutes / 60,
                angle=0,
                pen=pg.mkPen(INK["warn"], width=2),
                label=tr("SLA {name}").format(name=name),
                labelOpts={"position": 0.85, "color": INK["warn"]},
            )
        )
    plot.setLabel("left", tr("hours"))


def backlog_chart(widget: pg.PlotWidget, result: ReplicatedResult) -> None:
    plot = widget.getPlotItem()
    plot.clear()
    for i, run in enumerate(result.runs):
        if not run.backlog:
            continue
        xs = [t / 1440 for t, _ in run.backlog]
        ys = [n for _, n in run.backlog]
        colour = QColor(INK["bar"])
        colour.setAlpha(255 if i == 0 else 90)
        plot.plot(xs, ys, pen=pg.mkPen(colour, width=2 if i == 0 else 1))
    plot.setLabel("bottom", tr("days"))
    plot.setLabel("left", tr("open tickets"))
    plot.getAxis("bottom").setTicks(None)


def utilisation_chart(widget: pg.PlotWidget, result: ReplicatedResult, pool_names: dict[str, str]) -> None:
    plot = widget.getPlotItem()
    plot.clear()
    pools = list(result.pools)
    cells = [result.pools[p].utilisation for p in pools]
    values = [_mean(c) * 100 for c in cells]
    _hbars(plot, [pool_names.get(p, p) for p in pools], values, [_half(c) * 100 for c in cells])
    plot.addItem(
        pg.InfiniteLine(pos=100, angle=90, pen=pg.mkPen(INK["warn"], style=pg.QtCore.Qt.PenStyle.DashLine))
    )
    plot.setLabel("bottom", "%")


def states_chart(widget: pg.PlotWidget, result: ReplicatedResult, names: dict[str, str]) -> None:
    """Mean time per ticket spent in each step and wait (minutes), over replications."""
    plot = widget.getPlotItem()
    plot.clear()
    steps = list(result.runs[0].states) if result.runs else []
    values = []
    for step in steps:
        xs = [r.states[step].time_per_ticket if step in r.states else math.nan for r in result.runs]
        xs = [x for x in xs if x == x]
        values.append(sum(xs) / len(xs) if xs else math.nan)
    _hbars(plot, [names.get(s, s) for s in steps], values, None)
    plot.setLabel("bottom", tr("minutes per ticket"))


def waits_chart(widget: pg.PlotWidget, result: ReplicatedResult, names: dict[str, str]) -> None:
    """Mean queue wait of each step (minutes, with its 95 % interval over replications): every
    ticket that left the queue counts, escalated at a time limit or gone as well as served."""
    plot = widget.getPlotItem()
    plot.clear()
    steps = list(result.steps)
    cells = [result.steps[s].wait_mean for s in steps]
    _hbars(
        plot,
        [names.get(s, s) for s in steps],
        [_mean(c) for c in cells],
        [_half(c) for c in cells],
        empty=tr("No ticket waited in a queue in these runs."),
    )
    plot.setLabel("bottom", tr("minutes of queue wait, mean"))


def breaches_chart(widget: pg.PlotWidget, result: ReplicatedResult, names: dict[str, str]) -> None:
    plot = widget.getPlotItem()
    plot.clear()
    steps = list(result.steps)
    cells = [result.steps[s].breaches for s in steps]
    _hbars(
        plot,
        [names.get(s, s) for s in steps],
        [_mean(c) for c in cells],
        [_half(c) for c in cells],
        INK["warn"],
        tr("No step passed its time limit in these runs."),
    )
    plot.setLabel("bottom", tr("time-limit breaches per run"))


def draw_all(
    charts: dict[str, pg.PlotWidget],
    result: ReplicatedResult,
    names: dict[str, str],
    pool_names: dict[str, str],
    sla_targets: list[tuple[str, float]],
) -> None:
    drawers: dict[str, Callable[[pg.PlotWidget], Any]] = {
        "resolution": lambda w: resolution_chart(w, result, sla_targets),
        "backlog": lambda w: backlog_chart(w, result),
        "utilisation": lambda w: utilisation_chart(w, result, pool_names),
        "states": lambda w: states_chart(w, result, names),
        "waits": lambda w: waits_chart(w, result, names),
        "breaches": lambda w: breaches_chart(w, result, names),
    }
    for key, widget in charts.items():
        style_plot(widget)
        drawers[key](widget)
