"""The report and the handout read at print size (issue: the paper look): pages a manager reads
on paper have no half-empty drawing pages, no heading left alone at a page's foot, no word
broken inside a table head, and charts that say their unit."""

from __future__ import annotations

import io
import re

import pytest
from pdfkit import TEMPLATES, pdf_bytes, template, text_runs
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from blueprint_studio.export import figure
from blueprint_studio.export.fonts import FONT_BOLD, register
from blueprint_studio.export.pdf_report import ReportData, report_story
from blueprint_studio.export.pdfdoc import TEXT_MARGIN, Context, PdfOptions, styles
from blueprint_studio.export.strings import Strings
from blueprint_studio.export.text import printable
from blueprint_studio.model import style
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import compile_for, replicate


def report_data(bp) -> ReportData:
    scenario = bp.scenarios[0] if bp.scenarios else None
    base = SimulationSettings.from_scenario(scenario) if scenario else SimulationSettings()
    settings = base.with_(horizon_minutes=1440, warmup_minutes=0, replications=1)
    result = replicate(compile_for(bp, scenario.id if scenario else None), settings)
    return ReportData(result, settings, scenario)


def views_per_page(monkeypatch, bp, options: PdfOptions) -> dict[int, list[tuple[float, float]]]:
    """(width, height) in points of every heat-map view of the drawing, by the page it prints on."""
    placed: dict[int, list[tuple[float, float]]] = {}
    draw = figure.DrawingView.draw

    def spy(self):
        placed.setdefault(self.canv.getPageNumber(), []).append((self.width, self.height))
        draw(self)

    monkeypatch.setattr(figure.DrawingView, "draw", spy)
    pdf_bytes(bp, report=report_data(bp), blueprint_sheets=False, options=options)
    return placed


@pytest.mark.parametrize("name", ["tiered_support", "service_blueprint"])
def test_heat_map_pages_are_filled_by_the_drawing(monkeypatch, name):
    """A page that holds only views of the heat map (not its first, after the heading and the
    thumbnail, nor its last, before the steps table) is mostly drawing: its views take at least
    60 % of the page's text area and span the column's width, not small windows in the middle of
    a half-blank page."""
    options = PdfOptions(language="fr", invariant=True)
    placed = views_per_page(monkeypatch, template(name, "fr"), options)
    pages = sorted(placed)
    assert len(pages) >= 3, pages
    paper_w, paper_h = options.text_paper()
    column, height = paper_w - 2 * TEXT_MARGIN, paper_h - 2 * TEXT_MARGIN
    for page in pages[1:-1]:
        used = sum(w * h for w, h in placed[page]) / (column * height)
        assert used >= 0.6, (page, round(used, 2), placed[page])
    widths = [w for page in pages for w, _ in placed[page]]
    wide = [w >= 0.9 * column for w in widths]
    assert sum(wide) >= 0.75 * len(widths), [round(w / column, 2) for w in widths]


def tables_in(flowables) -> list:
    found = []
    for f in flowables:
        if isinstance(f, Table):
            found.append(f)
        inner = getattr(f, "_content", None)
        if isinstance(inner, list):
            found += tables_in(inner)
    return found


def words_too_wide(table: Table) -> list[tuple[str, float, float]]:
    """The words of the table's cells wider than their column's room (a word broken in two)."""
    out = []
    for row in table._cellvalues:
        for paragraph, column in zip(row, table._colWidths):
            if not isinstance(paragraph, Paragraph):
                continue
            style = paragraph.style
            room = column - 8  # the cells' left and right padding (4 pt each)
            text = re.sub(r"<[^>]+>", "", paragraph.text).replace("&amp;", "&")
            for word in text.split():
                width = stringWidth(word, style.fontName, style.fontSize)
                if width > room + 0.01:
                    out.append((word, round(width, 1), round(room, 1)))
    return out


@pytest.mark.parametrize("name", TEMPLATES)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_word_of_a_report_table_is_broken(name, language):
    """«Dépassement / s» in the steps table's head: every word of every table cell fits its column."""
    bp = template(name, language)
    ctx = Context(Strings(language), PdfOptions(language=language, invariant=True), "t", "a", "1")
    story = report_story(bp, report_data(bp), ctx)
    broken = [w for table in tables_in(story) for w in words_too_wide(table)]
    assert not broken, broken


def test_a_table_heading_never_stays_alone_at_a_page_foot():
    """The steps table's heading («Étapes») printed low on a page goes over with its table:
    a reader never finds a heading at a page's foot and its table overleaf."""
    from blueprint_studio.export import pdf_report

    bp = template("tiered_support", "fr")
    ctx = Context(Strings("fr"), PdfOptions(language="fr", invariant=True), "t", "a", "1")
    data = report_data(bp)
    story = pdf_report._heat_map(bp, data, ctx, styles(), 400)
    start = max(i for i, f in enumerate(story) if isinstance(f, Paragraph) and f.text == "Étapes")
    tail = story[start - 2 :]  # the space above the heading, what guards it, the heading, the table
    frame = A4[1] - 2 * 72
    for left in (40, 60, 80):  # room left at the page foot when the heading comes
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4).build([Spacer(1, frame - left - 12), *tail])
        runs = text_runs(buffer.getvalue())
        heading = next(page for _, text, page, *_ in runs if text == "Étapes")
        first_row = next(page for _, text, page, *_ in runs if text.startswith("Attente"))
        assert heading == first_row, left


@pytest.mark.parametrize("name", ["tiered_support", "helpdesk_flow"])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_template_response_prints_whole_on_one_page(name, language):
    """A step's template response (a boxed letter) is not cut with its last line overleaf
    («Cordialement,» on one page, «L'équipe support» alone at the top of the next)."""
    bp = template(name, language)
    pdf = pdf_bytes(
        bp, handout=True, blueprint_sheets=False, options=PdfOptions(language=language, invariant=True)
    )
    runs = text_runs(pdf)
    checked = 0
    for node in bp.nodes:
        if not getattr(node, "template_response", None):
            continue
        lines = [line.strip() for line in node.template_response.splitlines() if line.strip()]
        first = {page for _, text, page, *_ in runs if text == lines[0]}
        last = {page for _, text, page, *_ in runs if text == lines[-1]}
        if not first:
            continue  # a step on no card's path
        # each printing of the response: its first line's page also prints its last line
        assert first == last, (node.title, sorted(first), sorted(last))
        checked += 1
    assert checked


def view_text(view: figure.DrawingView) -> str:
    """The text that starts inside the view, alone on an A4 page (its frame 72 pt from the
    edges, 6 pt padding): what the clip lets a reader see of whole words."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([view])
    top = A4[1] - 78
    return "".join(
        run[1]
        for run in text_runs(buffer.getvalue())
        if 78 - 1 <= run[3] <= 78 + view.width and top - view.height <= run[4] <= top + 1
    )


@pytest.mark.parametrize("name", ["tiered_support", "service_blueprint"])
def test_a_view_cut_inside_a_stage_names_the_stage_whole(name):
    """A heat-map view with the stage heads in view but starting inside a stage printed
    «tion» (the name centred on the whole stage, cut by the view's edge): it prints the name."""
    bp = template(name, "en")
    ctx = Context(Strings("en"), PdfOptions(invariant=True), "t", "a", "1")
    story = report_story(bp, report_data(bp), ctx)
    views = [f for f in story if isinstance(f, figure.DrawingView) and f.window.y <= 0]
    checked = 0
    for view in views:
        lay = view.painter.layout
        for stage, band in zip(bp.stages, lay.stages):
            left, right = max(band.start, view.window.x), min(band.end, view.window.right)
            cut = band.start < view.window.x or band.end > view.window.right
            if cut and right - left >= 200:  # room for the name
                assert stage.title.replace(" ", "") in view_text(view).replace(" ", ""), stage.title
                checked += 1
    assert checked


def whole_runs(view: figure.DrawingView) -> list[str]:
    """The texts printed wholly inside the view (glyph tops and ends too), alone on an A4 page."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([view])
    left, top = 78, A4[1] - 78
    out = []
    for size, text, _, x, y, _ in text_runs(buffer.getvalue()):
        width = stringWidth(text, FONT_BOLD, size)
        if left - 0.5 <= x and x + width <= left + view.width + 0.5 and y + 0.76 * size <= top:
            out.append(text)
    return out


def test_a_handout_view_under_a_cut_stage_head_names_the_stage_whole():
    """The handout's first view of a card began inside the stage heads: «Contact» printed half
    above the view's top edge. The cut head is blanked and the stage named in a tab."""
    from blueprint_studio.export.pdf_handout import handout_story

    bp = template("service_blueprint", "fr")
    ctx = Context(Strings("fr"), PdfOptions(language="fr", invariant=True), "t", "a", "1")
    views = [f for f in handout_story(bp, ctx) if isinstance(f, figure.DrawingView)]
    cut = [v for v in views if -style.STAGE_HEADER_HEIGHT < v.window.y < 0]
    assert cut
    for view in cut:
        lay = view.painter.layout
        names = [
            stage.title
            for stage, band in zip(bp.stages, lay.stages)
            if min(band.end, view.window.right) - max(band.start, view.window.x) >= 200
        ]
        printed = whole_runs(view)
        for name in names:
            assert name in printed, (name, view.window)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_longest_times_of_the_resolution_chart_share_its_axis_unit(language):
    """«longest 28.1 h» under «longest 2.5 d» on an axis in hours: each row's longest time is
    in the unit the axis is written in."""
    from reportlab.graphics.shapes import String

    from blueprint_studio.export.charts import QuantileRow, quantile_chart

    register()
    s = Strings(language)
    rows = [
        QuantileRow("A", 120, 500, 700, 3600, 300, 24 * 60),  # longest 2.5 days
        QuantileRow("B", 60, 200, 400, 1686, 150, 4 * 60),  # longest 28.1 hours
        QuantileRow("C", 30, 90, 200, 300, 70, 8 * 60),  # longest 5 hours
    ]
    drawing = quantile_chart(rows, s, 480)
    texts = [c.text for c in drawing.contents if isinstance(c, String)]
    longest = [t for t in texts if t.startswith(s("longest"))]
    assert len(longest) == 3
    unit = s("unit.h")
    assert unit in texts  # the axis is in hours
    assert all(t.endswith("\u00a0" + unit) for t in longest), longest
    assert longest[0] == f"{s('longest')} {s.number(60, 1)}\u00a0{unit}"


@pytest.mark.parametrize("name", TEMPLATES)
def test_the_handout_path_heading_prints_with_its_first_step(name):
    """«Parcours» at a page's foot with «Étape 1» overleaf: the heading goes with the step."""
    bp = template(name, "fr")
    options = PdfOptions(language="fr", invariant=True)
    runs = text_runs(pdf_bytes(bp, handout=True, blueprint_sheets=False, options=options))
    headings = [page for _, text, page, *_ in runs if text == Strings("fr")("path")]
    first_steps = [page for _, text, page, *_ in runs if text.startswith(Strings("fr")("step_n", n=1) + " —")]
    assert headings and headings == first_steps[: len(headings)], (headings, first_steps)


def test_the_steps_table_says_what_its_counts_count():
    """«Breaches» beside the SLA breach tables read as an SLA breach rate: the steps table's last
    heads say they count tickets (the mean queue, the tickets past the step's time limit)."""
    from blueprint_studio.export import pdf_report

    bp = template("tiered_support", "en")
    ctx = Context(Strings("en"), PdfOptions(language="en", invariant=True), "t", "a", "1")
    story = pdf_report._heat_map(bp, report_data(bp), ctx, styles(), 480)
    table = tables_in(story)[-1]
    heads = [re.sub(r"<[^>]+>", "", cell.text) for cell in table._cellvalues[0]]
    assert heads[-2:] == ["Queue, mean (tickets)", "Time limit exceeded (tickets)"], heads


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_resolution_chart_key_says_its_quantiles_in_words(language):
    """The key said «p50 p90 p95» on a French page: it says «Médiane», «90e centile», «95e centile»
    (in English «Median», «90th percentile», …), each clear of the next."""
    from reportlab.graphics.shapes import String

    from blueprint_studio.export.charts import QuantileRow, quantile_chart

    register()
    s = Strings(language)
    drawing = quantile_chart([QuantileRow("A", 10, 20, 30, 40, 15, 60)], s, 480)
    key = sorted((c for c in drawing.contents if isinstance(c, String) and c.y == 4), key=lambda c: c.x)
    texts = [c.text for c in key]
    assert not {"p50", "p90", "p95"} & set(texts), texts
    median = s("p50")
    assert texts[:3] == [median[:1].upper() + median[1:], s("p90"), s("p95")], texts
    for a, b in zip(key, key[1:]):
        assert a.x + stringWidth(a.text, a.fontName, a.fontSize) + 9 < b.x, (a.text, b.text)


@pytest.mark.parametrize("name, language", [("ticket_states", "fr"), ("tiered_support", "en")])
def test_a_card_path_end_is_never_alone_on_a_page(name, language):
    """A page with nothing but «Step 5 — Closed (no reply) / End / Outcome: abandoned»: the
    path's end goes over with the step before it."""
    bp = template(name, language)
    s = Strings(language)
    options = PdfOptions(language=language, invariant=True)
    runs = text_runs(pdf_bytes(bp, handout=True, blueprint_sheets=False, options=options))
    ends = {printable(n.title, False) for n in bp.nodes if n.kind == "end"}
    prefix = s("step_n", n=1).rsplit("1", 1)[0]  # «Step », «Étape »
    step_heads = [(page, text) for _, text, page, *_ in runs if text.startswith(prefix) and " — " in text]
    for page, text in step_heads:
        title = text.split(" — ", 1)[-1]
        if title in ends:
            on_page = [t for p, t in step_heads if p == page]
            assert len(on_page) > 1, (page, on_page)


@pytest.mark.parametrize("name", ["ticket_states", "helpdesk_flow"])
def test_each_branch_a_card_takes_prints_its_label_whole_in_a_view(name):
    """The handout's views held the path's nodes only: «Take ownership» and «Resolve» were cut
    at the edge of both views they fell between. Each label of the path prints whole in one."""
    from blueprint_studio.export.pdf_handout import handout_story

    bp = template(name, "en")
    ctx = Context(Strings("en"), PdfOptions(language="en", invariant=True), "t", "a", "1")
    views: dict[int, list] = {}
    for f in handout_story(bp, ctx):
        if isinstance(f, figure.DrawingView):
            views.setdefault(id(f.painter), []).append(f)
    edges = {(e.source, e.target): e for e in bp.edges if e.kind == "flow"}
    cards = [c for c in bp.cards if c.expected_path]
    assert len(views) == len(cards)
    checked = 0
    for card, shown in zip(cards, views.values(), strict=True):
        places = shown[0].painter.label_places()
        for pair in zip(card.expected_path, card.expected_path[1:]):
            edge = edges.get(pair)
            if edge is None or edge.id not in places:
                continue
            r = places[edge.id].rect
            inside = [v for v in shown if v.window.x <= r.x and r.right <= v.window.right]
            inside = [v for v in inside if v.window.y <= r.y and r.bottom <= v.window.bottom]
            assert inside, (card.name, edge.label, r, [v.window for v in shown])
            checked += 1
    assert checked


def test_a_lane_begun_at_a_views_foot_does_not_print_its_name_cut():
    """The handout's first view of a card ended 12 units into «Actions en coulisses»: the top half
    of the lane's name printed along the view's bottom edge. That sliver of header stays plain."""
    from blueprint_studio.export.pdf_handout import handout_story

    LANE_NAME_ROOM = 36  # a lane header's name on two lines  # noqa: N806
    bp = template("service_blueprint", "fr")
    ctx = Context(Strings("fr"), PdfOptions(language="fr", invariant=True), "t", "a", "1")
    views = [f for f in handout_story(bp, ctx) if isinstance(f, figure.DrawingView) and f.window.x <= 0]
    names = {printable(lane.title, False) for lane in bp.lanes}
    checked = 0
    for view in views:
        lay = view.painter.layout
        if not any(0 < view.window.bottom - b.start < LANE_NAME_ROOM for b in lay.lanes):
            continue
        checked += 1
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4).build([view])
        foot = A4[1] - 78 - view.height  # the view's bottom edge on the page
        for size, text, *_, y, _ in text_runs(buffer.getvalue()):
            cut = y - 0.25 * size < foot < y + 0.76 * size
            assert not (cut and any(text in name for name in names)), (text, view.window)
    assert checked


def test_a_stage_tab_keeps_clear_of_a_line_label_at_the_views_top():
    """A handout view's top edge ran along the line of interaction: the «Résolution» tab sat
    on the line's label «Ligne d'interaction» at the right end. The tab keeps left of it."""
    from blueprint_studio.export.pdf_handout import handout_story

    bp = template("service_blueprint", "fr")
    s = Strings("fr")
    ctx = Context(s, PdfOptions(language="fr", invariant=True), "t", "a", "1")
    views = [f for f in handout_story(bp, ctx) if isinstance(f, figure.DrawingView)]
    stages = {printable(stage.title, False) for stage in bp.stages}
    lines = {s(f"line.{code}") for code in ("interaction", "visibility", "internal")}
    checked = 0
    for view in views:
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4).build([view])
        boxes = [
            (text, x, y, x + stringWidth(text, FONT_BOLD, size), y + size)
            for size, text, _, x, y, _ in text_runs(buffer.getvalue())
        ]
        tabs = [b for b in boxes if b[0] in stages]
        labels = [b for b in boxes if b[0] in lines]
        for tab in tabs:
            for label in labels:
                checked += 1
                apart = tab[3] <= label[1] or label[3] <= tab[1] or tab[4] <= label[2] or label[4] <= tab[2]
                assert apart, (tab, label, view.window)
    assert checked
