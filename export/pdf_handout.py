"""The training handout: per ticket card, its fields and SLA targets, the blueprint with the card's
path highlighted and numbered (in views along the path where the whole would print under 6 pt),
then the path as numbered steps with guidance, template responses, mandatory fields and time
limits. Reads the document only; it runs no simulation.
"""

from __future__ import annotations

import math
from typing import Any

from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from blueprint_studio.export.figure import DrawingView, clear_of_lines
from blueprint_studio.export.layout import MARGIN, Layout, Rect
from blueprint_studio.export.painter import BlueprintPainter, Overlay, colour
from blueprint_studio.export.pdf_blueprint import LEGIBLE_SCALE
from blueprint_studio.export.pdfdoc import TEXT_MARGIN, Bookmark, Context, styles, text_width
from blueprint_studio.export.strings import Strings
from blueprint_studio.export.text import escape, printable
from blueprint_studio.model import ladder_words, style
from blueprint_studio.model.contact_words import document_sentences
from blueprint_studio.model.expr import ExprError, compile_expr, parse
from blueprint_studio.model.schema import Blueprint, TicketCard
from blueprint_studio.model.walkthrough.words import condition_words
from blueprint_studio.model.words import glossary


def handout_story(blueprint: Blueprint, ctx: Context) -> list[Any]:
    st = styles()
    s = ctx.strings
    story: list[Any] = [
        Bookmark(s("handout"), 0, "handout"),
        Paragraph(escape(s("handout").upper()), st["cover_kicker"]),
        Paragraph(escape(ctx.title), st["h1"]),
    ]
    if blueprint.meta.description:
        story.append(Paragraph(escape(blueprint.meta.description[:3000]), st["body"]))
    for i, card in enumerate(blueprint.cards):
        if i:
            story.append(PageBreak())
        story += _card(blueprint, card, ctx, st)
    return story


def _card(blueprint: Blueprint, card: TicketCard, ctx: Context, st: dict) -> list[Any]:
    s = ctx.strings
    name = printable(card.name or card.id, False)
    colon = "\u202f: " if s.language == "fr" else ": "
    out: list[Any] = [
        Bookmark(name, 1),
        Spacer(1, 6),
        Paragraph(escape(f"{s('card')}{colon}{name}"), st["h1"]),
    ]
    out += _fields_and_sla(blueprint, card, ctx, st)
    nodes = {n.id: n for n in blueprint.nodes}
    path = [node_id for node_id in card.expected_path if node_id in nodes]
    if not path:
        return out + [Paragraph(escape(s("no_path")), st["body"])]
    painter = _path_painter(blueprint, path, s)
    crop = _path_bounds(painter.layout, path, bool(blueprint.lanes))
    edges = {(e.source, e.target): e for e in blueprint.edges if e.kind == "flow"}
    places = painter.label_places()
    taken = [edges.get(pair) for pair in zip(path, path[1:], strict=False)]
    labels = [places[e.id].rect if e is not None and e.id in places else None for e in taken]
    out.append(Spacer(1, 6))
    for window, scale in path_views(painter.layout, path, crop, text_width(ctx), labels):
        out += [DrawingView(painter, window, scale, stage_tabs=True), Spacer(1, 6)]
    out.append(Spacer(1, 2))
    heading: list[Any] = [Paragraph(escape(s("path")), st["h2"])]  # goes over with the first step
    blocks: list[list[Any]] = []
    for n, node_id in enumerate(path, start=1):
        following = path[n] if n < len(path) else None
        edge = edges.get((node_id, following)) if following else None
        blocks.append(heading + _step(blueprint, nodes[node_id], n, edge, ctx, st))
        heading = []
    if len(blocks) > 1 and nodes[path[-1]].kind == "end":  # the path's end (three short lines)
        blocks[-2:] = [blocks[-2] + blocks[-1]]  # never alone on the card's last page
    for block in blocks:
        out += _kept_together(block, ctx)
    return out


def _kept_together(flowables: list[Any], ctx: Context) -> list[Any]:
    """A step's block on one page: a page break first when the rest of the page cannot hold it
    whole, counting the spaces between its paragraphs and the box around a template response
    (which KeepTogether alone leaves out, splitting the response's last line overleaf)."""
    column, height = text_width(ctx), 0.0
    for flowable in flowables:
        if isinstance(flowable, CondPageBreak):
            continue
        height += flowable.wrap(column, 10_000)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        padding = getattr(getattr(flowable, "style", None), "borderPadding", 0) or 0
        height += 2 * max(padding) if isinstance(padding, (tuple, list)) else 2 * padding
    frame = ctx.options.text_paper()[1] - 2 * TEXT_MARGIN
    return [CondPageBreak(min(height + 6, frame * 0.9)), KeepTogether(flowables)]


def _fields_and_sla(blueprint: Blueprint, card: TicketCard, ctx: Context, st: dict) -> list[Any]:
    s = ctx.strings
    said = glossary(blueprint.fields, s.language)  # fields and values by their words, never ids
    cells = [
        [
            Paragraph(escape(printable(said.field(k), False)), st["cell_bold"]),
            Paragraph(escape(printable(said.value(k, v), False)), st["cell"]),
        ]
        for k, v in card.fields.items()
    ]
    sla = _sla_for(blueprint, card.fields)
    if sla is not None:
        parts = []
        if sla.first_response:
            parts.append(f"{s('first_response')} {s.minutes(sla.first_response)}")
        if sla.resolution:
            parts.append(f"{s('resolution')} {s.minutes(sla.resolution)}")
        text = ", ".join(parts) + (f" ({s('business_hours')})" if sla.business_hours else "")
        if sla.name:
            text = f"{sla.name} — {text}"
    else:
        text = s("no_sla")
    cells.append([Paragraph(escape(s("sla")), st["cell_bold"]), Paragraph(escape(text), st["cell"])])
    if sla is not None and sla.ladder is not None:  # what happens as the ticket runs late
        plan = " ".join(ladder_words.document_plan(sla, blueprint, s.language))
        cells.append(
            [
                Paragraph(escape(ladder_words.words(s.language)["heading_one"]), st["cell_bold"]),
                Paragraph(escape(printable(plan, False)), st["cell"]),
            ]
        )
    width = text_width(ctx)
    table = Table(cells, colWidths=[width * 0.3, width * 0.7])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), colour("#f5f7f8")),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colour("#e0e6ea")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [Paragraph(escape(s("fields")), st["h2"]), table]


def _sla_for(blueprint: Blueprint, fields: dict[str, Any]) -> Any:
    """The first SLA policy whose condition holds for the card's fields (empty = all tickets)."""
    for policy in blueprint.sla:
        if not policy.when.strip():
            return policy
        try:
            if compile_expr(parse(policy.when))(fields):
                return policy
        except (ExprError, TypeError):
            continue
    return None


def _path_bounds(lay: Layout, path: list[str], lanes: bool) -> Rect:
    """The part of the drawing the card's path crosses, so that its names stay readable in
    print: with lanes, from the lane names to the path's last node, over the lanes it crosses
    (whole, with their names); without, the path's own box. Never beyond the whole drawing."""
    whole = lay.bounds
    box = lay.nodes[path[0]]
    for node_id in path[1:]:
        box = box.union(lay.nodes[node_id])
    pad = 2 * MARGIN
    right = min(whole.right, box.right + pad)
    if lanes:
        crossed = [b for b in lay.lanes if b.start < box.bottom and b.end > box.y]
        top = whole.y if not crossed or crossed[0] is lay.lanes[0] else crossed[0].start
        bottom = crossed[-1].end if crossed else whole.bottom
        return Rect(whole.x, top, right - whole.x, min(whole.bottom, bottom) - top)
    left, top = max(whole.x, box.x - pad), max(whole.y, box.y - pad)
    return Rect(left, top, right - left, min(whole.bottom, box.bottom + pad) - top)


FIGURE_HEIGHT = 340.0  # the most a view of the path takes of a page
MIN_VIEW_HEIGHT = 160.0  # scene units: a view of one step still shows its edges and labels


def path_views(
    lay: Layout, path: list[str], crop: Rect, column: float, labels: list[Rect | None] | None = None
) -> list[tuple[Rect, float]]:
    """(scene window, scale) of each view of the card's path: the whole `crop` when it fits the
    column at a scale that prints every text at MIN_TEXT_PT or more; else views of the legible
    scale along the path, each holding as many consecutive steps as fit, in path order. Each
    label of a branch the path takes (`labels`, in path order) goes with the nearer of the branch's
    two steps, so that it prints whole in a view."""
    fit = min(column / crop.w, FIGURE_HEIGHT / crop.h, 1.0)
    if fit >= LEGIBLE_SCALE:
        return [(crop, fit)]
    scale = LEGIBLE_SCALE
    width, height = column / scale, FIGURE_HEIGHT / scale
    whole = lay.bounds
    views: list[tuple[Rect, float]] = []
    box: Rect | None = None
    pad = 2 * MARGIN
    steps = [lay.nodes[node_id] for node_id in path]
    for n, label in enumerate((labels or [])[: len(steps) - 1]):
        if label is not None:
            near = n if _distance(label, steps[n]) <= _distance(label, steps[n + 1]) else n + 1
            steps[near] = steps[near].union(label)
    for rect in [*steps, None]:
        grown = rect if box is None else (box.union(rect) if rect is not None else box)
        if rect is not None and grown is not None and grown.w + pad <= width and grown.h + pad <= height:
            box = grown
            continue
        if box is not None:  # the steps so far make one view, centred on them, inside the drawing
            x = min(max(box.cx - width / 2, whole.x), max(whole.x, whole.right - width))
            if box.right + MARGIN <= whole.x + width:  # from the left edge: the lane names show
                x = whole.x
            tall = min(height, whole.h, max(box.h + 2 * pad, MIN_VIEW_HEIGHT))  # no empty bands
            y = min(max(box.cy - tall / 2, whole.y), max(whole.y, whole.bottom - tall))
            top, bottom = clear_of_lines(lay, y, y + tall)
            view = Rect(x, top, min(width, whole.w), bottom - top)
            if not views or views[-1][0] != view:
                views.append((view, scale))
        box = rect
    return views


def _distance(a: Rect, b: Rect) -> float:
    """Between the centres of `a` and `b`."""
    return math.hypot(a.cx - b.cx, a.cy - b.cy)


def _path_painter(blueprint: Blueprint, path: list[str], s: Strings) -> BlueprintPainter:
    on_path = set(path)
    numbers: dict[str, list[int]] = {}
    for n, node_id in enumerate(path, start=1):
        numbers.setdefault(node_id, []).append(n)
    pairs = set(zip(path, path[1:]))
    strong = {e.id for e in blueprint.edges if (e.source, e.target) in pairs}
    faded = {n.id for n in blueprint.nodes if n.id not in on_path}
    faded |= {e.id for e in blueprint.edges if e.id not in strong}
    badges = {k: " · ".join(map(str, v)) for k, v in numbers.items()}
    return BlueprintPainter(blueprint, s, overlay=Overlay(badges=badges, faded=faded, strong=strong))


def _step(blueprint: Blueprint, node: Any, n: int, edge: Any, ctx: Context, st: dict) -> list[Any]:
    s = ctx.strings
    title = printable(node.title, False) or s(f"kind.{node.kind}")
    head = f"{s('step_n', n=n)} — {title}"
    out: list[Any] = [
        CondPageBreak(60),
        Paragraph(f'<font color="{style.SELECTION}">{escape(head)}</font>', st["h2"]),
    ]
    kind = node.kind
    if kind != "step":  # "Step 4 — …" already says it is a step
        out.append(Paragraph(escape(s(f"kind.{kind}")), st["h3"]))
    if kind == "intake":
        out.append(Paragraph(escape(s("intake_via", channel=s(f"channel.{node.channel}"))), st["body"]))
    elif kind == "decision" and node.question:
        out.append(Paragraph(escape(node.question), st["body"]))
    elif kind == "end":
        out.append(Paragraph(escape(s("outcome", outcome=s(f"outcome.{node.outcome}"))), st["body"]))
    elif kind == "step":
        out += _step_details(blueprint, node, ctx, st)
    # what the intake's follow-up contacts or the step's merge rule do (model/contact_words.py)
    contacts = document_sentences(node, blueprint, ctx.strings.language)
    out += [Paragraph(escape(text), st["body"]) for text in contacts]
    if edge is not None and (edge.label or kind == "decision"):
        label = (
            edge.label
            or _condition(edge.condition, s.language, blueprint)
            or (s("default") if edge.default else "")
        )
        if label:
            out.append(
                Paragraph(
                    f"<b>{escape(s('branch'))}</b>\u00a0: {escape(label)}"
                    if s.language == "fr"
                    else f"<b>{escape(s('branch'))}</b>: {escape(label)}",
                    st["body"],
                )
            )
    return out


def _condition(text: str | None, language: str, blueprint: Blueprint) -> str:
    """An unlabelled branch's condition in words ("the priority is P1"), never as code."""
    if not text:
        return ""
    try:
        return condition_words(text, language, glossary(blueprint.fields, language)) or ""
    except ExprError:
        return ""


def _step_details(blueprint: Blueprint, node: Any, ctx: Context, st: dict) -> list[Any]:
    s = ctx.strings
    out: list[Any] = []
    if node.guidance:
        out += [Paragraph(escape(s("guidance")), st["h3"]), Paragraph(escape(node.guidance), st["body"])]
    if node.template_response:
        out += [
            Paragraph(escape(s("template")), st["h3"]),
            Paragraph(escape(node.template_response), st["quote"]),
        ]
    if node.mandatory_fields:
        said = glossary(blueprint.fields, s.language)
        names = ", ".join(said.field(f) for f in node.mandatory_fields)
        out += [Paragraph(escape(s("mandatory")), st["h3"]), Paragraph(escape(names), st["body"])]
    if node.time_limit:
        titles = {n.id: printable(n.title, False) or s(f"kind.{n.kind}") for n in blueprint.nodes}
        target = titles.get(node.escalate_to or "", "—")  # a name or a kind, never an id
        out.append(
            Paragraph(escape(s("time_limit", limit=s.minutes(node.time_limit), target=target)), st["small"])
        )
    return out
