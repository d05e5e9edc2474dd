"""The report's pages of issue 19: a comparison of two scenarios side by side (with common random
numbers, model/sim/compare.py) and the staffing recommendation (plan, weekly cost, each target with
its interval, what early stopping saved, the frontier chart of cost against SLA breach rate).
Reads finished results only; running them is the caller's job (`simulate_comparison`, or
model.staffing.find_staffing). No Qt.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

from blueprint_studio.export.catalogue import translate
from blueprint_studio.export.charts import GRID, _nice_step, _text
from blueprint_studio.export.painter import colour
from blueprint_studio.export.pdf_report import _table
from blueprint_studio.export.pdfdoc import Bookmark, Context, styles, text_width
from blueprint_studio.export.text import escape, printable
from blueprint_studio.model import style, words
from blueprint_studio.model.kpis import NNBSP, format_figure
from blueprint_studio.model.money import currency_symbol
from blueprint_studio.model.schema import Blueprint, Scenario, agents_in
from blueprint_studio.model.sim.compare import Comparison, row_texts
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP

CONTEXT = "Paper"
_WORDS: dict[str, str] = {
    "comparison": QT_TRANSLATE_NOOP("Paper", "Comparison of two scenarios"),
    "comparison_intro": QT_TRANSLATE_NOOP(
        "Paper",
        "“{a}” (A) against “{b}” (B), {n} paired replications with the same random numbers. "
        "B − A is given with its 95 % confidence interval; a difference marked ● is real "
        "(its interval excludes zero).",
    ),
    "indicator": QT_TRANSLATE_NOOP("Paper", "Indicator"),
    "difference": QT_TRANSLATE_NOOP("Paper", "B − A (95 % interval)"),
    "staffing_ab": QT_TRANSLATE_NOOP("Paper", "Agents per pool"),
    "pool": QT_TRANSLATE_NOOP("Paper", "Pool"),
    "recommendation": QT_TRANSLATE_NOOP("Paper", "Staffing recommendation"),
    "recommendation_intro": QT_TRANSLATE_NOOP(
        "Paper",
        "The cheapest plan found that meets every staffing target of the document, for the "
        "scenario “{scenario}”. A target counts as met when its whole 95 % confidence interval is "
        "within the limit.",
    ),
    "no_plan": QT_TRANSLATE_NOOP(
        "Paper",
        "No plan met every target within the range searched. The closest plans are on the frontier below.",
    ),
    "plan": QT_TRANSLATE_NOOP("Paper", "Plan"),
    "agents": QT_TRANSLATE_NOOP("Paper", "Agents"),
    "cost_week": QT_TRANSLATE_NOOP("Paper", "Cost per week"),
    "targets": QT_TRANSLATE_NOOP("Paper", "Targets"),
    "target": QT_TRANSLATE_NOOP("Paper", "Target"),
    "outcome": QT_TRANSLATE_NOOP("Paper", "Result"),
    "saved": QT_TRANSLATE_NOOP(
        "Paper",
        "Plans simulated: {evaluated} of {candidates} considered; settled early, before all their "
        "replications: {dropped}; replications not run: {saved}.",
    ),
    "frontier": QT_TRANSLATE_NOOP("Paper", "Cost against SLA breaches"),
    "frontier_note": QT_TRANSLATE_NOOP(
        "Paper",
        "Each dot is a plan simulated: green meets every target, red misses one, amber is undecided. "
        "The line joins the plans no other beats on both cost and breaches; "
        "the circle is the recommendation.",
    ),
    "cost_axis": QT_TRANSLATE_NOOP("Paper", "cost per week ({currency})"),
    "breach_axis": QT_TRANSLATE_NOOP("Paper", "SLA breaches (%)"),
}
SHOWN = (
    "resolution_elapsed_mean",
    "resolution_elapsed_p90",
    "first_response_sla_mean",
    "fcr_rate",
    "escalation_rate",
    "sla_first_response_breach_rate",
    "sla_resolution_breach_rate",
    "reopen_rate",
    "resolved",
    "cost_total",
)
VERDICT = {True: "#2e7d32", False: "#c62828", None: "#f9a825"}


def say(ctx: Context, key: str, **params: object) -> str:
    text = translate(CONTEXT, _WORDS[key], ctx.strings.language)
    return text.format(**params) if params else text


def money(ctx: Context, value: float, currency: str) -> str:
    return format_figure(
        "cost_total", value, style=ctx.strings.style, currency=currency_symbol(currency)
    ).value


# ---------------------------------------------------------------- comparison


@dataclass
class ComparisonData:
    """A finished comparison of two scenarios of the document (B ran with A's seeds)."""

    comparison: Comparison
    scenario_a: Scenario | None
    scenario_b: Scenario | None


def simulate_comparison(
    blueprint: Blueprint,
    scenario_a: str | None,
    scenario_b: str | None,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ComparisonData:
    """Run both scenarios with common random numbers for the report (the command line's
    `export --report --compare A B`); raises CompileFailed, or Cancelled on cancel."""
    from blueprint_studio.model.sim.compare import compare

    found = {s.id: s for s in blueprint.scenarios}
    result = compare(blueprint, scenario_a, scenario_b, progress=progress, cancel=cancel)
    return ComparisonData(result, found.get(scenario_a or ""), found.get(scenario_b or ""))


def comparison_story(blueprint: Blueprint, data: ComparisonData, ctx: Context) -> list[Any]:
    """One page: the KPIs of A and B side by side with B − A and its interval, then agents per pool."""
    st = styles()
    s = ctx.strings
    name_a, name_b = _scenario_name(data.scenario_a, s), _scenario_name(data.scenario_b, s)
    title = say(ctx, "comparison")
    n = min(len(data.comparison.a.runs), len(data.comparison.b.runs))
    story: list[Any] = [
        Bookmark(title, 1, "comparison"),
        Paragraph(escape(title), st["h1"]),
        Paragraph(escape(say(ctx, "comparison_intro", a=name_a, b=name_b, n=n)), st["small"]),
        Spacer(1, 6),
    ]
    cell, bold = st["cell"], st["cell_bold"]
    rows = [
        [
            Paragraph(escape(t), bold)
            for t in (say(ctx, "indicator"), f"A · {name_a}", f"B · {name_b}", say(ctx, "difference"))
        ]
    ]
    figure = partial(s.kpi_figure, currency=currency_symbol(blueprint.meta.currency))
    for key in [k for k in SHOWN if k in data.comparison.kpis]:
        d = data.comparison.kpis[key]
        a, b, text = row_texts(key, d, figure)
        if d.real:
            text = f"● {text}"
        rows.append(
            [
                Paragraph(escape(t), bold if d.real and i == 3 else cell)
                for i, t in enumerate((s.kpi_label(key), a, b, text))
            ]
        )
    story.append(_table(rows, [0.34, 0.19, 0.19, 0.28], ctx, header=True))
    pools = _agents_rows(blueprint, data, st)
    if pools:
        story += [Spacer(1, 8), Paragraph(escape(say(ctx, "staffing_ab")), st["h2"])]
        header = [Paragraph(escape(t), bold) for t in (say(ctx, "pool"), f"A · {name_a}", f"B · {name_b}")]
        story.append(_table([header, *pools], [0.5, 0.25, 0.25], ctx, header=True))
    return story


def _agents_rows(blueprint: Blueprint, data: ComparisonData, st: dict) -> list[list[Any]]:
    out = []
    for pool in blueprint.all_pools():
        counts = [agents_in(pool, scenario) for scenario in (data.scenario_a, data.scenario_b)]
        out.append([pool.name or pool.id, *counts])
    return [[Paragraph(escape(printable(str(v), False)), st["cell"]) for v in row] for row in out]


def _scenario_name(scenario: Scenario | None, s: Any) -> str:
    return printable(scenario.name or scenario.id, False) if scenario else s("no_scenario")


# ---------------------------------------------------------------- staffing recommendation


def staffing_story(
    blueprint: Blueprint, result: Any, ctx: Context, scenario_id: str | None = None
) -> list[Any]:
    """The finder's answer (a model.staffing StaffingResult): plan, weekly cost, targets with
    intervals, candidates saved, and the frontier chart."""
    from blueprint_studio.model.staffing.words import check_text, verdict

    st = styles()
    s = ctx.strings
    lang = s.language
    title = say(ctx, "recommendation")
    scenario = next((x for x in blueprint.scenarios if x.id == scenario_id), None)
    story: list[Any] = [
        Bookmark(title, 1, "staffing"),
        Paragraph(escape(title), st["h1"]),
        Paragraph(
            escape(say(ctx, "recommendation_intro", scenario=_scenario_name(scenario, s))), st["small"]
        ),
        Spacer(1, 6),
    ]
    best = result.best
    cell, bold = st["cell"], st["cell_bold"]
    if best is None:
        story.append(Paragraph(f"<b>{escape(say(ctx, 'no_plan'))}</b>", st["body"]))
    else:
        plan = [[Paragraph(escape(say(ctx, "pool")), bold), Paragraph(escape(say(ctx, "agents")), bold)]]
        for pool in blueprint.all_pools():
            agents = best.candidate.pool_agents.get(pool.id)
            if agents is None:
                agents = agents_in(pool, scenario)
            plan.append(
                [
                    Paragraph(escape(printable(pool.name or pool.id, False)), cell),
                    Paragraph(escape(words.agents_words(agents, lang)), cell),
                ]
            )
        story += [
            Paragraph(escape(say(ctx, "plan")), st["h2"]),
            _table(plan, [0.6, 0.4], ctx, header=True),
            Spacer(1, 4),
            Paragraph(
                f"<b>{escape(say(ctx, 'cost_week'))}</b>{NNBSP if lang == 'fr' else ''}: "
                f"{escape(money(ctx, best.cost, blueprint.meta.currency))}",
                st["body"],
            ),
        ]
        checks = [[Paragraph(escape(say(ctx, k)), bold) for k in ("target", "outcome")]]
        for check in best.checks:
            checks.append(
                [
                    Paragraph(escape(check_text(check, lang)), cell),
                    Paragraph(
                        f'<font color="{VERDICT[check.met]}"><b>{escape(verdict(check, lang))}</b></font>',
                        cell,
                    ),
                ]
            )
        story += [
            Paragraph(escape(say(ctx, "targets")), st["h2"]),
            _table(checks, [0.8, 0.2], ctx, header=True),
        ]
    story += [
        Spacer(1, 4),
        Paragraph(
            escape(
                say(
                    ctx,
                    "saved",
                    evaluated=result.evaluated,
                    candidates=result.candidates,
                    dropped=result.dropped_early,
                    saved=result.replications_saved,
                )
            ),
            st["small"],
        ),
    ]
    width = text_width(ctx)
    chart = frontier_chart(result, ctx, width, blueprint.meta.currency)
    story.append(
        KeepTogether(
            [
                Paragraph(escape(say(ctx, "frontier")), st["h2"]),
                Paragraph(escape(say(ctx, "frontier_note")), st["small"]),
                Spacer(1, 4),
                chart,
            ]
        )
    )
    return story


def _verdict(row: Any) -> bool | None:
    if row.meets:
        return True
    return False if any(c.met is False for c in row.checks) else None


def _point(row: Any) -> tuple[float, float] | None:
    e = row.estimates.get("breach_rate")
    if e is None or not math.isfinite(e.mean) or not math.isfinite(row.cost):
        return None
    return row.cost, 100 * e.mean


def frontier_chart(result: Any, ctx: Context, width: float, currency: str) -> Drawing:
    """Weekly cost (x) against SLA breach rate in % (y): every plan a dot coloured by verdict,
    the frontier a line, the recommendation circled. Vector, from plain numbers."""
    s = ctx.strings
    height = 200.0
    d = Drawing(width, height)
    left, right, bottom, top = 44.0, width - 12, 30.0, height - 22  # the axis title above
    points = [(p, _verdict(r)) for r in result.rows if (p := _point(r)) is not None]
    if not points:
        return d
    xs = [p[0] for p, _ in points]
    ys = [p[1] for p, _ in points]
    x0, x1 = min(xs), max(xs)
    if x1 - x0 < 1e-9:
        x0, x1 = x0 * 0.9, x1 * 1.1 + 1
    y1 = max(max(ys) * 1.1, 1.0)

    def at(x: float, y: float) -> tuple[float, float]:
        return left + (right - left) * (x - x0) / (x1 - x0), bottom + (top - bottom) * y / y1

    step = _nice_step(y1, 5)
    value = 0.0
    while value <= y1 * 1.0001:
        _, y = at(x0, value)
        d.add(Line(left, y, right, y, strokeColor=colour(GRID), strokeWidth=0.5))
        d.add(_text(left - 4, y - 2, s.number(value, 0 if step >= 1 else 1), 6.5, "end", fill=style.MUTED))
        value += step
    xstep = _nice_step(x1 - x0, 5)
    value = math.ceil(x0 / xstep) * xstep
    while value <= x1 * 1.0001:
        x, _ = at(value, 0)
        d.add(Line(x, bottom, x, bottom - 3, strokeColor=colour(style.MUTED), strokeWidth=0.5))
        d.add(_text(x, bottom - 11, s.number(value, 0), 6.5, "middle", fill=style.MUTED))
        value += xstep
    d.add(
        _text(
            right, 4, say(ctx, "cost_axis", currency=currency_symbol(currency)), 6.5, "end", fill=style.MUTED
        )
    )
    d.add(_text(4, height - 9, say(ctx, "breach_axis"), 6.5, fill=style.MUTED))
    frontier = [p for r in getattr(result, "frontier", []) if (p := _point(r)) is not None]
    if len(frontier) > 1:
        flat = [c for p in sorted(frontier) for c in at(*p)]
        d.add(PolyLine(flat, strokeColor=colour(style.INK), strokeWidth=0.8))
    for (x, y), state in points:
        cx, cy = at(x, y)
        d.add(
            Circle(
                cx, cy, 2.6, fillColor=colour(VERDICT[state]), strokeColor=colour("#ffffff"), strokeWidth=0.4
            )
        )
    best = getattr(result, "best", None)
    if best is not None and (p := _point(best)) is not None:
        cx, cy = at(*p)
        d.add(Circle(cx, cy, 6, fillColor=None, strokeColor=colour(style.INK), strokeWidth=1.2))
    return d


# ---------------------------------------------------------------- shared


def extra_pages(blueprint: Blueprint, data: Any, ctx: Context) -> list[Any]:
    """The comparison and staffing pages a `pdf_report.ReportData` asks for (none by default)."""
    story: list[Any] = []
    comparison = getattr(data, "comparison", None)
    staffing = getattr(data, "staffing", None)
    if comparison is not None:
        story += [PageBreak(), *comparison_story(blueprint, comparison, ctx)]
    if staffing is not None:
        scenario_id = getattr(data, "staffing_scenario", None)
        if scenario_id is None and getattr(data, "scenario", None) is not None:
            scenario_id = data.scenario.id
        story += [PageBreak(), *staffing_story(blueprint, staffing, ctx, scenario_id)]
    return story
