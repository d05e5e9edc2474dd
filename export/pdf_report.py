"""The simulation report: a cover with the scenario and its settings, the KPI table with 95 %
confidence intervals, vector charts (resolution-time quantiles against the SLA, backlog,
utilisation per pool, time per state) and the blueprint as a heat map of mean waits.
Reads finished results only; running the simulation is the caller's job.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from blueprint_studio.export.charts import (
    QuantileRow,
    backlog_chart,
    bar_chart,
    heat_scale,
    quantile_chart,
)
from blueprint_studio.export.figure import DrawingView, Thumbnail, drawing_views
from blueprint_studio.export.painter import BlueprintPainter, Overlay
from blueprint_studio.export.pdf_approvals import approval_story
from blueprint_studio.export.pdf_blueprint import LEGIBLE_SCALE
from blueprint_studio.export.pdf_calibration import calibration_story
from blueprint_studio.export.pdf_ladder import ladder_story
from blueprint_studio.export.pdf_leaderboard import leaderboard_story
from blueprint_studio.export.pdf_notify import notify_story
from blueprint_studio.export.pdfdoc import TEXT_MARGIN, Bookmark, Context, styles, table_rules, text_width
from blueprint_studio.export.text import escape, printable
from blueprint_studio.model import style, words
from blueprint_studio.model.kpis import KPI_TEXTS, kpi_unit
from blueprint_studio.model.schema import Blueprint, Scenario, agents_in
from blueprint_studio.model.sim.results import ReplicatedResult
from blueprint_studio.model.sim.settings import SimulationSettings
from blueprint_studio.model.sim.stats import Estimate
from blueprint_studio.model.words import field_value, glossary

_SIMPLE_WHEN = re.compile(r'^\s*([A-Za-z_]\w*)\s*==\s*"([^"]*)"\s*$')


@dataclass
class ReportData:
    result: ReplicatedResult
    settings: SimulationSettings
    scenario: Scenario | None = None
    # issue 19, pages of export/pdf_staffing.py after the report: a pdf_staffing.ComparisonData
    # (two scenarios side by side) and a model.staffing StaffingResult (the recommendation)
    comparison: Any = None
    staffing: Any = None
    staffing_scenario: str | None = None  # the scenario the search started from (default: `scenario`)


def simulate_report(
    blueprint: Blueprint,
    scenario: Scenario | None,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ReportData:
    """Run the scenario (its own settings and replications) for the report; raises the
    simulator's CompileFailed when the blueprint has errors and Cancelled on cancel."""
    from blueprint_studio.model.sim.replications import compile_for, replicate

    settings = SimulationSettings.from_scenario(scenario) if scenario else SimulationSettings()
    model = compile_for(blueprint, scenario.id if scenario else None)
    return ReportData(replicate(model, settings, progress=progress, cancel=cancel), settings, scenario)


def report_story(blueprint: Blueprint, data: ReportData, ctx: Context) -> list[Any]:
    st = styles()
    s = ctx.strings
    story: list[Any] = [Bookmark(s("report"), 0, "report")]
    story += _cover(blueprint, data, ctx, st)
    story += [PageBreak(), Bookmark(s("kpis"), 1), Paragraph(escape(s("kpis")), st["h1"])]
    story += [_kpi_table(data, ctx, st), Spacer(1, 4)]
    n = data.settings.replications
    story.append(Paragraph(escape(s("ci_note", n=n) if n > 1 else s("single_run")), st["small"]))
    if "deflection_rate" in data.result.summary:  # steps done by the customer or the system
        story.append(Paragraph(escape(s("deflection_note")), st["small"]))
    story += _definitions(data, ctx, st)
    story += _per_value_table(blueprint, data, ctx, st)
    policies = data.scenario.sla if data.scenario and data.scenario.sla is not None else blueprint.sla
    story += _per_policy_table(blueprint, list(policies), data, ctx, st)
    story += ladder_story(blueprint, list(policies), data.result, ctx, st)  # export/pdf_ladder.py
    story += approval_story(blueprint, data.result, ctx, st)  # export/pdf_approvals.py
    story += notify_story(data.result, ctx, st)  # Notify actions per role (export/pdf_notify.py)
    story += leaderboard_story(blueprint, data.result, ctx, st)  # export/pdf_leaderboard.py
    story += calibration_story(blueprint, data.scenario, data.result, ctx, st)  # simulated vs actual
    width = text_width(ctx)
    story += _section(
        s("resolution_chart"),
        s("resolution_note"),
        quantile_chart(_quantile_rows(blueprint, data, ctx), s, width),
        st,
    )
    story += _section(
        s("backlog_chart"),
        s("backlog_note"),
        backlog_chart([r.backlog for r in data.result.runs], s, width),
        st,
    )
    pools = _pool_rows(blueprint, data)
    if pools:
        story += _section(
            s("utilisation_chart"), s("utilisation_note"), bar_chart(pools, s, width, s.percent, 1.0), st
        )
    states = _state_rows(blueprint, data)
    if states:
        story += _section(s("states_chart"), s("states_note"), bar_chart(states, s, width, s.minutes), st)
    story += _heat_map(blueprint, data, ctx, st, width)
    return story


# ---------------------------------------------------------------- cover and tables


def _cover(blueprint: Blueprint, data: ReportData, ctx: Context, st: dict) -> list[Any]:
    s = ctx.strings
    scenario = data.scenario
    name = printable(scenario.name or scenario.id, False) if scenario else s("no_scenario")
    out: list[Any] = [
        Spacer(1, 40),
        Paragraph(escape(s("report").upper()), st["cover_kicker"]),
        Paragraph(escape(ctx.title), st["cover_title"]),
        Paragraph(
            escape(f"{s('scenario')}\u202f: {name}" if s.language == "fr" else f"{s('scenario')}: {name}"),
            st["h2"],
        ),
    ]
    if blueprint.meta.description:
        out.append(Paragraph(escape(blueprint.meta.description[:3000]), st["body"]))
    settings = data.settings
    rows = []
    if settings.horizon_minutes is not None:
        rows.append((s("horizon"), s.minutes(settings.horizon_minutes)))
    if settings.tickets is not None:
        rows.append((s("tickets_limit"), s.number(settings.tickets, 0)))
    rows += [
        (s("warmup"), s.minutes(settings.warmup_minutes)),
        (s("replications"), str(settings.replications)),
        (s("seed"), str(settings.seed)),
        (s("arrival_multiplier"), s.number(settings.arrival_multiplier, 2)),
    ]
    out += [
        Spacer(1, 6),
        Paragraph(escape(s("settings")), st["h2"]),
        _table(
            [[Paragraph(escape(k), st["cell"]), Paragraph(escape(v), st["cell"])] for k, v in rows],
            [0.45, 0.55],
            ctx,
        ),
    ]
    status = _status_text(blueprint, data.result.status, s)
    if status:
        out += [Spacer(1, 4), Paragraph(f'<font color="#b71c1c"><b>{escape(status)}</b></font>', st["body"])]
    staffing = []
    lanes_of = {lane.pool.id: lane.title for lane in blueprint.lanes if lane.pool is not None}
    for pool in blueprint.all_pools():
        agents = agents_in(pool, scenario)
        staffing.append(
            [
                Paragraph(escape(pool.name or lanes_of.get(pool.id) or "—"), st["cell"]),
                Paragraph(escape(words.agents_words(agents, s.language)), st["cell"]),
            ]
        )
    if staffing:
        out += [Paragraph(escape(s("staffing")), st["h2"]), _table(staffing, [0.6, 0.4], ctx)]
    return out


def _status_text(blueprint: Blueprint, status: dict[str, Any], s: Any) -> str:
    """How the run ended when it did not complete (Engine._status), with the step by its title."""
    kind = status.get("status")
    if kind in (None, "complete"):
        return ""
    node = str(status.get("node", ""))
    title = next((n.title for n in blueprint.nodes if n.id == node and n.title), node)
    key = f"status_{status.get('reason', '')}" if kind == "unstable" else f"status_{kind}"
    return s(
        key,
        node=printable(title, False),
        limit=s.number(float(status.get("limit", 0)), 0),
        open=s.number(float(status.get("open", 0)), 0),
        time=s.minutes(float(status.get("time", 0.0))),
        warmup=s.minutes(float(status.get("warmup", 0.0))),
    )


def _table(rows: list[list[Any]], shares: list[float], ctx: Context, header: bool = False) -> Table:
    width = text_width(ctx)
    table = Table(rows, colWidths=[width * f for f in shares], repeatRows=1 if header else 0)
    padding = [("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    table.setStyle(TableStyle(table_rules(header) + padding))
    return table


# The indicators whose definition the report prints under its table (model.kpis.KPI_NOTES)
DEFINED = (
    "fcr_rate",
    "sla_resolution_breach_rate",
    "resolution_elapsed_mean",
    "resolution_sla_mean",
    "time_in_system_mean",
    "queue_wait_mean",
    "in_system_mean",
    "contacts_per_ticket",  # with follow-up contacts (model/sim/contacts.py)
    "duplicate_rate",
    "duplicate_minutes",
)


def _definitions(data: ReportData, ctx: Context, st: dict) -> list[Any]:
    s = ctx.strings
    keys = [k for k in DEFINED if k in data.result.summary]
    if not keys:
        return []
    out: list[Any] = [Spacer(1, 4), Paragraph(escape(s("definitions")), st["h2"])]
    for key in keys:
        text = s("kpi_definition", label=s.kpi_label(key), note=s.kpi_note(key))
        out.append(Paragraph(escape(text), st["small"]))
    return out


# The figures the report repeats for each value of each choice field (results.TicketStats)
PER_VALUE = ("queue_wait_mean", "queue_wait_p90", "sla_resolution_breach_rate")


def _per_value_table(blueprint: Blueprint, data: ReportData, ctx: Context, st: dict) -> list[Any]:
    """Queue waits and resolution breaches for each value of each choice field, in words
    («Priority: P1»), for the field values that had tickets."""
    s = ctx.strings
    lang = s.language
    said = glossary(blueprint.fields, lang)
    rows = [[Paragraph(escape(s("field_value")), st["cell_bold"])]]
    rows[0] += [Paragraph(escape(s.kpi_label(k)), st["cell_bold"]) for k in PER_VALUE]
    for field, groups in data.result.by_dimension.items():
        for value, summary in groups.items():
            arrived = summary.get("arrived")
            if arrived is None or not arrived.mean:
                continue
            label = printable(field_value(said, field, value, lang), False)
            cells = [Paragraph(escape(label), st["cell"])]
            for key in PER_VALUE:
                estimate = summary.get(key)
                cells.append(
                    Paragraph(escape(s.kpi_value(key, estimate.mean if estimate else None)), st["cell"])
                )
            rows.append(cells)
    if len(rows) == 1:
        return []
    return [
        Spacer(1, 6),
        CondPageBreak(HEADED_TABLE_ROOM),  # never the heading alone at a page foot
        Paragraph(escape(s("per_value")), st["h2"]),
        _table(rows, [0.34, 0.22, 0.22, 0.22], ctx, header=True),
    ]


# The figures the report gives for each SLA policy (RunResult.policies, results.policy_kpis)
PER_POLICY = ("tickets", "sla_first_response_breach_rate", "sla_resolution_breach_rate")


def _per_policy_table(
    blueprint: Blueprint, policies: list[Any], data: ReportData, ctx: Context, st: dict
) -> list[Any]:
    """Each SLA policy's tickets and breach rates, by its name, in the policies' order; none
    without policies. A rate no ticket decided is a dash."""
    from blueprint_studio.model.ladder_words import trigger_names

    s = ctx.strings
    figures, names = data.result.policies, trigger_names(blueprint, s.language)
    named = [(names.get(p.id, "—"), figures[p.id]) for p in policies if p.id in figures]
    if not named:
        return []
    head = [s("sla_policy"), s("policy_tickets")] + [s.kpi_label(k) for k in PER_POLICY[1:]]
    rows = [[Paragraph(escape(text), st["cell_bold"]) for text in head]]
    for name, summary in named:
        cells = [Paragraph(escape(printable(name, False)), st["cell"])]
        for key in PER_POLICY:
            estimate = summary.get(key)
            value = estimate.mean if estimate is not None and estimate.n else None
            cells.append(
                Paragraph(escape(s.kpi_value("arrived" if key == "tickets" else key, value)), st["cell"])
            )
        rows.append(cells)
    return [
        Spacer(1, 6),
        CondPageBreak(HEADED_TABLE_ROOM),  # never the heading alone at a page foot
        Paragraph(escape(s("per_policy")), st["h2"]),
        _table(rows, [0.34, 0.16, 0.25, 0.25], ctx, header=True),
    ]


HEADED_TABLE_ROOM = 100.0  # a table's heading, its head row and two rows: together or on the next page


def _kpi_table(data: ReportData, ctx: Context, st: dict) -> Table:
    s = ctx.strings
    rows = [
        [
            Paragraph(escape(s("indicator")), st["cell_bold"]),
            Paragraph(escape(s("mean")), st["cell_bold"]),
            Paragraph(escape(s("ci")), st["cell_bold"]),
        ]
    ]
    ordered = [k for k in KPI_TEXTS if k in data.result.summary]
    ordered += [k for k in data.result.summary if k not in KPI_TEXTS]
    for key in ordered:
        v = data.result.summary[key]
        interval = "—"
        low, high = v.ci_low, v.ci_high
        if data.settings.replications > 1 and _finite(low) and _finite(high):
            # every KPI is a count, a time or a rate: an interval below zero (or above 100 %)
            # is the normal approximation's artefact, not a possible value
            low, high = max(low, 0.0), (min(high, 1.0) if kpi_unit(key) == "%" else high)
            interval = s.kpi_interval(key, v.mean, low, high)
        rows.append(
            [
                Paragraph(escape(s.kpi_label(key)), st["cell"]),
                Paragraph(escape(s.kpi_value(key, v.mean)), st["cell"]),
                Paragraph(escape(interval), st["cell"]),
            ]
        )
    return _table(rows, [0.5, 0.18, 0.32], ctx, header=True)


def _section(title: str, note: str, drawing: Any, st: dict) -> list[Any]:
    return [
        CondPageBreak(drawing.height + 60),
        Bookmark(title, 1),
        KeepTogether(
            [Paragraph(escape(title), st["h1"]), Paragraph(escape(note), st["small"]), Spacer(1, 4), drawing]
        ),
    ]


def _finite(value: Any) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value)


# ---------------------------------------------------------------- chart data


def _quantile_rows(blueprint: Blueprint, data: ReportData, ctx: Context) -> list[QuantileRow]:
    """All tickets, then one row per value of the field the SLA policies are written on
    (`priority == "P1"` and so on), each with its policy's resolution target."""
    policies = data.scenario.sla if data.scenario and data.scenario.sla is not None else blueprint.sla

    def row(label: str, summary: dict[str, Estimate], target: float | None) -> QuantileRow:
        def get(key: str) -> float:
            estimate = summary.get(key)
            return math.nan if estimate is None else estimate.mean

        return QuantileRow(
            label,
            get("resolution_elapsed_p50"),
            get("resolution_elapsed_p90"),
            get("resolution_elapsed_p95"),
            get("resolution_elapsed_max"),
            get("resolution_elapsed_mean"),
            target,
        )

    catch_all = next((p.resolution for p in policies if not p.when.strip()), None)
    rows = [row(ctx.strings("all_tickets"), data.result.summary, catch_all)]
    targets: dict[tuple[str, str], float | None] = {}
    for policy in policies:
        match = _SIMPLE_WHEN.match(policy.when)
        if match:
            targets.setdefault((match.group(1), match.group(2)), policy.resolution)
    fields = list(dict.fromkeys(f for f, _ in targets))
    lang = ctx.strings.language
    said = glossary(blueprint.fields, lang)
    for field in fields[:1]:
        groups = data.result.by_dimension.get(field, {})
        for value, summary in groups.items():
            resolved = summary.get("resolved")
            if resolved is not None and resolved.mean:
                label = printable(field_value(said, field, value, lang), False)
                rows.append(row(label, summary, targets.get((field, value), catch_all)))
    return rows


def _pool_rows(blueprint: Blueprint, data: ReportData) -> list[tuple]:
    names = {p.id: printable(p.name or p.id, False) for p in blueprint.all_pools()}
    return [
        (names.get(pid, pid), v.utilisation.mean, v.utilisation.ci_low, v.utilisation.ci_high)
        if data.settings.replications > 1
        else (names.get(pid, pid), v.utilisation.mean, None, None)
        for pid, v in data.result.pools.items()
    ]


def _state_rows(blueprint: Blueprint, data: ReportData) -> list[tuple]:
    titles = {n.id: printable(n.title or n.id, False) for n in blueprint.nodes}
    totals: dict[str, list[float]] = {}
    for run in data.result.runs:
        for node_id, values in run.states.items():
            value = values.time_per_ticket
            if _finite(value):
                totals.setdefault(node_id, []).append(value)
    rows = [(titles.get(k, k), sum(v) / len(v), None, None) for k, v in totals.items() if v]
    rows.sort(key=lambda r: -r[1])
    return [r for r in rows if r[1] > 0][:25]


# ---------------------------------------------------------------- heat map


def _heat_map(blueprint: Blueprint, data: ReportData, ctx: Context, st: dict, width: float) -> list[Any]:
    s = ctx.strings
    waits = {k: v.wait_mean.mean for k, v in data.result.steps.items()}
    finite = {k: v for k, v in waits.items() if _finite(v)}
    low, top = style.heat_range(finite.values())  # the window's scale: shortest to longest wait
    overlay = Overlay(accent="#37474f")
    for node in blueprint.nodes:
        if node.id in finite:
            overlay.heat[node.id] = style.heat_colour(style.heat_fraction(finite[node.id], low, top))
            overlay.badges[node.id] = s.minutes(finite[node.id])
        elif node.kind not in ("intake", "end"):
            overlay.fills[node.id] = style.NO_QUEUE_FILL
    painter = BlueprintPainter(blueprint, s, overlay=overlay)
    title = s("heatmap")
    out: list[Any] = [
        CondPageBreak(300),
        Bookmark(title, 1),
        Paragraph(escape(title), st["h1"]),
        Paragraph(escape(s("heatmap_note")), st["small"]),
        heat_scale(s, top, width, low),
        Spacer(1, 6),
    ]
    out += _heat_views(painter, ctx, width)
    rows = [
        [
            Paragraph(escape(s(k)), st["cell_bold"])
            for k in ("step", "wait_mean", "wait_p90", "wait_p95", "queue_mean_tickets", "limit_breaches")
        ]
    ]
    titles = {n.id: n.title or n.id for n in blueprint.nodes}
    for node_id in sorted(data.result.steps, key=lambda k: -finite.get(k, -1)):
        v = data.result.steps[node_id]
        queue, breaches = v.queue_mean.mean, v.breaches.mean
        rows.append(
            [
                Paragraph(escape(titles.get(node_id, node_id)), st["cell"]),
                Paragraph(escape(s.minutes(v.wait_mean.mean)), st["cell"]),
                Paragraph(escape(s.minutes(v.wait_p90.mean)), st["cell"]),
                Paragraph(escape(s.minutes(v.wait_p95.mean)), st["cell"]),
                Paragraph(escape(s.number(queue, 1) if _finite(queue) else "—"), st["cell"]),
                Paragraph(escape(s.number(breaches, 1) if _finite(breaches) else "—"), st["cell"]),
            ]
        )
    out += [
        Spacer(1, 10),
        CondPageBreak(HEADED_TABLE_ROOM),  # never the heading alone at a page foot
        Paragraph(escape(s("steps_table")), st["h2"]),
        _table(rows, [0.29, 0.13, 0.14, 0.14, 0.13, 0.17], ctx, header=True),
    ]
    return out


THUMBNAIL_HEIGHT = 150.0  # the most the overview of the whole drawing takes of the page
VIEW_GAP = 8.0


def _heat_views(painter: BlueprintPainter, ctx: Context, width: float) -> list[Any]:
    """The drawing in views at the scale that prints every text at 6 pt or more, in reading
    order, each with the lane (and stage) names as tabs when its headers are out of view, as
    tall as prints the heat map on the fewest pages; first a thumbnail of the whole, without
    text, framing each view. Each view is then printed as large as the page allows (the full
    column width, or its share of the page height): never below the legible scale, never a
    small window in the middle of a blank page."""
    frame = ctx.options.text_paper()[1] - 2 * TEXT_MARGIN
    options = []
    for share in (1, 2):  # a view up to the page height or half of it (a third cuts too much)
        room = (frame - (share + 1) * VIEW_GAP) / share
        views = drawing_views(painter, width, room)
        scales = [view_scale(v, width, room) for v in views]
        options.append((_pages(views, scales, frame), len(views), views, scales))
    _, _, views, scales = min(options, key=lambda o: o[:2])
    if len(views) == 1:  # the whole drawing is legible at once
        fit = min(width / views[0].w, (frame - 2 * VIEW_GAP) / views[0].h, 1.0)
        scale = max(LEGIBLE_SCALE, fit)  # (it fits at the legible scale: drawing_views)
        return [DrawingView(painter, views[0], scale)]
    out: list[Any] = [
        Thumbnail(painter, width, THUMBNAIL_HEIGHT, views),
        Spacer(1, 3),
        Paragraph(escape(ctx.strings("heatmap_views")), styles()["small"]),
        Spacer(1, VIEW_GAP),
    ]
    for view, scale in zip(views, scales):
        out += [DrawingView(painter, view, scale, stage_tabs=True), Spacer(1, VIEW_GAP)]
    return out


MAX_VIEW_SCALE = 1.35 * LEGIBLE_SCALE  # enlarged no further: views read at about one size


def view_scale(view: Any, width: float, height: float) -> float:
    """The scale that prints `view` (scene units) as large as fits in `width` × `height` points,
    at least the legible scale (at which `drawing_views` made it fit) and at most MAX_VIEW_SCALE."""
    fit = min(width / max(view.w, 1e-9), height / max(view.h, 1e-9))
    return max(LEGIBLE_SCALE, min(fit, MAX_VIEW_SCALE))


def _pages(views: list[Any], scales: list[float], frame: float) -> int:
    """About how many pages the views take, one after another (the first after the heading,
    the key and the thumbnail)."""
    pages, room = 1, frame - THUMBNAIL_HEIGHT - 100
    for view, scale in zip(views, scales):
        height = view.h * scale + VIEW_GAP
        if height > room:
            pages, room = pages + 1, frame
        room -= height
    return pages
