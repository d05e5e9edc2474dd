"""The simulated vs actual page of the simulation report, for a run of a calibrated scenario: time
per state, resolution-time percentiles with the Kolmogorov-Smirnov distance, SLA breaches and the
volume per day of the week, beside the export the scenario was fitted from. Figures from
model/calibrate/compare.py, words from model/calibrate/words.py; nothing here runs a simulation.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle

from blueprint_studio.export.charts import QuantileRow, quantile_chart
from blueprint_studio.export.painter import colour
from blueprint_studio.export.pdfdoc import Bookmark, Context
from blueprint_studio.export.text import escape, printable
from blueprint_studio.model import style
from blueprint_studio.model.calibrate.compare import compare
from blueprint_studio.model.calibrate.words import comparison_lines, comparison_rows, page_words
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
    width = ctx.options.text_paper()[0] - 2 * 18 * 2.8346

    def para(text: str, key: str) -> Paragraph:
        return Paragraph(escape(printable(text, False)), st[key])

    def table(body: list[list[str]], shares: list[float]) -> Table:
        cells = [[para(c, "cell_bold" if r == 0 else "cell") for c in row] for r, row in enumerate(body)]
        found = Table(cells, colWidths=[width * f for f in shares], repeatRows=1)
        found.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colour("#e0e6ea")),
                    ("BACKGROUND", (0, 0), (-1, 0), colour("#eef2f5")),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colour(style.MUTED)),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
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
