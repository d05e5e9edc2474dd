"""The simulated vs actual page of the simulation report, for a run of a calibrated scenario: time
per state, resolution-time percentiles with the Kolmogorov-Smirnov distance, SLA breaches and the
volume per day of the week, beside the export the scenario was fitted from. Figures from
model/calibrate/compare.py, words from model/calibrate/words.py; nothing here runs a simulation.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing, Line, PolyLine, String
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle

from blueprint_studio.export.charts import BAR, GRID, QuantileRow, quantile_chart
from blueprint_studio.export.fonts import FONT
from blueprint_studio.export.painter import colour
from blueprint_studio.export.pdfdoc import Bookmark, Context, table_rules, text_width
from blueprint_studio.export.text import escape, printable
from blueprint_studio.model import style
from blueprint_studio.model.calibrate.compare import compare
from blueprint_studio.model.calibrate.words import comparison_lines, comparison_rows, day_name, page_words
from blueprint_studio.model.schema import Blueprint, Scenario


def calibration_story(
    blueprint: Blueprint, scenario: Scenario | None, result: Any, ctx: Context, st: dict
) -> list[Any]:
    """The page, or nothing when the run's scenario is not a calibrated one."""
    if scenario is None or scenario.calibration is None:
        return []
    comparison = compare(blueprint, scenario, result)
    if comparison is None:
        return []
    language = ctx.strings.language
    lines = comparison_lines(comparison, scenario.name or scenario.id, language)
    rows = comparison_rows(comparison, language)
    width = text_width(ctx)

    def para(text: str, key: str) -> Paragraph:
        return Paragraph(escape(printable(text, False)), st[key])

    def table(body: list[list[str]], shares: list[float]) -> Table:
        cells = [[para(c, "cell_bold" if r == 0 else "cell") for c in row] for r, row in enumerate(body)]
        found = Table(cells, colWidths=[width * f for f in shares], repeatRows=1)
        found.setStyle(TableStyle(table_rules()))
        return found

    story: list[Any] = [
        CondPageBreak(240),
        Bookmark(lines["title"], 1),
        para(lines["title"], "h1"),
        para(lines["intro"], "small"),
        Spacer(1, 6),
        para(lines["states"], "h2"),
        table(rows["states"], [0.3, 0.25, 0.15, 0.15, 0.15]),
        para(lines["states_note"], "small"),
        Spacer(1, 6),
        para(lines["resolution"], "h2"),
        *_resolution_chart(comparison, blueprint, ctx, width),
        table(rows["resolution"], [0.3, 0.35, 0.35]),
        para(lines["ks"], "small"),
        para(lines["breach"], "small"),
        Spacer(1, 6),
        para(lines["volume"], "h2"),
        week_chart(comparison.weekly_actual, comparison.weekly_simulated, ctx.strings.language, width),
        Spacer(1, 4),
        table(rows["volume"], [0.3, 0.35, 0.35]),
        para(lines["volume_note"], "small"),
    ]
    return story


def _resolution_chart(comparison: Any, blueprint: Blueprint, ctx: Context, width: float) -> list[Any]:
    """Actual and simulated resolution times as the report's quantile bars, the SLA target marked."""
    if comparison.summary_actual is None or comparison.summary_simulated is None:
        return []
    words = page_words(ctx.strings.language)
    target = next((p.resolution for p in blueprint.sla if p.resolution and not p.when.strip()), None)
    rows = [
        QuantileRow(words[label], p50, p90, p95, longest, mean, target)
        for label, (p50, p90, p95, longest, mean) in (
            ("actual", comparison.summary_actual),
            ("simulated", comparison.summary_simulated),
        )
    ]
    return [quantile_chart(rows, ctx.strings, width), Spacer(1, 4)]


def week_chart(actual: list[float], simulated: list[float], language: str, width: float) -> Drawing:
    """Tickets per hour over the 168 hours of the week: actual in ink, simulated dashed in blue,
    a tick at each day's start named by the day."""
    height, left, bottom = 120.0, 28.0, 22.0
    right, top = width - 6, height - 16
    d = Drawing(width, height)
    peak = max([*actual, *simulated, 0.1])
    words = page_words(language)

    def point(k: int, value: float) -> tuple[float, float]:
        return left + (right - left) * k / 167, bottom + (top - bottom) * value / peak

    for day in range(8):
        x = left + (right - left) * min(day * 24, 167) / 167
        d.add(Line(x, bottom, x, top, strokeColor=colour(GRID), strokeWidth=0.5))
        if day < 7:
            label = day_name(day, language)
            d.add(
                String(x + 2, bottom - 9, label, fontName=FONT, fontSize=6.5, fillColor=colour(style.MUTED))
            )
    for value, y in ((peak, top - 2), (0.0, bottom - 2)):  # the scale: tickets per hour
        d.add(String(2, y, f"{value:.1f}", fontName=FONT, fontSize=6.5, fillColor=colour(style.MUTED)))
    for values, ink, dash in ((actual, style.INK, None), (simulated, BAR, (3, 2))):
        if len(values) != 168:
            continue
        flat = [c for k, v in enumerate(values) for c in point(k, v)]
        d.add(PolyLine(flat, strokeColor=colour(ink), strokeWidth=1.0, strokeDashArray=dash))
    x = left
    for key, ink, dash in (("actual", style.INK, None), ("simulated", BAR, (3, 2))):
        d.add(
            Line(
                x,
                height - 6,
                x + 14,
                height - 6,
                strokeColor=colour(ink),
                strokeWidth=1.2,
                strokeDashArray=dash,
            )
        )
        d.add(
            String(x + 18, height - 8, words[key], fontName=FONT, fontSize=6.5, fillColor=colour(style.INK))
        )
        x += 80
    return d
