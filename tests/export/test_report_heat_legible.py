"""The report's heat map is read on paper: no text under 6 pt on its pages (issue 16), every
step's name printed there, in views of the drawing at a legible scale with a thumbnail of the
whole."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfkit import TEMPLATES, pdf_bytes, squeeze, template, text_runs
from reportlab.platypus import SimpleDocTemplate

from blueprint_studio.export.figure import DrawingView, Thumbnail, _cuts, drawing_views
from blueprint_studio.export.painter import BlueprintPainter
from blueprint_studio.export.pdf_report import ReportData, report_story
from blueprint_studio.export.pdfdoc import MIN_TEXT_PT, Context, PdfOptions
from blueprint_studio.export.strings import Strings
from blueprint_studio.export.text import printable
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import compile_for, replicate

CASES = [(name, language) for name in TEMPLATES for language in ("fr", "en")]


def report_data(bp) -> ReportData:
    scenario = bp.scenarios[0] if bp.scenarios else None
    base = SimulationSettings.from_scenario(scenario) if scenario else SimulationSettings()
    settings = base.with_(horizon_minutes=1440, warmup_minutes=0, replications=1)
    result = replicate(compile_for(bp, scenario.id if scenario else None), settings)
    return ReportData(result, settings, scenario)


def heat_map_runs(pdf: bytes, strings: Strings) -> list[tuple[float, str, int, float, float, float]]:
    """The text printed between the heat map's heading and the steps table's heading."""
    runs = text_runs(pdf)
    start = next(i for i, run in enumerate(runs) if run[1] == strings("heatmap"))
    end = next(i for i, run in enumerate(runs) if i > start and run[1] == strings("steps_table"))
    return runs[start:end]


@pytest.mark.parametrize("name, language", CASES)
def test_heat_map_prints_every_step_name_at_6_pt_or_more(name, language):
    bp = template(name, language)
    pdf = pdf_bytes(
        bp,
        report=report_data(bp),
        blueprint_sheets=False,
        options=PdfOptions(language=language, invariant=True),
    )
    runs = heat_map_runs(pdf, Strings(language))
    small = [(round(size, 2), text) for size, text, *_ in runs if size < MIN_TEXT_PT - 1e-6]
    assert not small, small[:10]
    printed = squeeze("".join(text for _, text, *_ in runs))
    for node in bp.nodes:
        if node.title:
            assert squeeze(printable(node.title)) in printed, node.title


@pytest.mark.parametrize("name", TEMPLATES)
def test_views_cover_every_node_whole_and_the_thumbnail_shows_them(name):
    bp = template(name, "en")
    ctx = Context(Strings("en"), PdfOptions(invariant=True), "t", "a", "1")
    story = report_story(bp, report_data(bp), ctx)
    views = [f for f in story if isinstance(f, DrawingView)]
    thumbnail = next(f for f in story if isinstance(f, Thumbnail))
    assert len(views) >= 2 and thumbnail.views == [v.window for v in views]
    column = ctx.options.text_paper()[0] - 2 * 18 * 2.8346
    for view in views:
        assert view.width <= column + 0.01
        assert view.scale * 10 >= MIN_TEXT_PT  # (scene text is 7.5 pt or more at scale 1)
    lay = views[0].painter.layout
    for node in bp.nodes:
        rect = lay.nodes[node.id]
        assert any(inside(rect, v.window) for v in views), node.title
    # reading order: left to right by stage, top to bottom within
    lefts = [v.window.x for v in views]
    assert lefts == sorted(lefts)


def inside(a, b) -> bool:
    return b.x <= a.x and a.right <= b.right and b.y <= a.y and a.bottom <= b.bottom


def test_views_of_a_small_drawing_are_one():
    bp = template("helpdesk_flow", "en")
    painter = BlueprintPainter(bp, Strings("en"))
    b = painter.layout.bounds
    assert drawing_views(painter, b.w * 0.9, b.h * 0.9) == [b]


def printed(flowable) -> list:
    """The text runs of a flowable alone on an A4 page."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([flowable])
    return text_runs(buffer.getvalue())


def shown(view: DrawingView) -> str:
    """The text that shows inside the view (the painter also draws, clipped away, what lies
    outside it): the page is A4, its frame 72 pt from the edges with 6 pt padding."""
    top = 841.89 - 78
    return squeeze(
        "".join(
            run[1]
            for run in printed(view)
            if 78 - 1 <= run[3] <= 78 + view.width and top - view.height <= run[4] <= top + 1
        )
    )


def heat_story(name: str) -> tuple:
    bp = template(name, "en")
    ctx = Context(Strings("en"), PdfOptions(invariant=True), "t", "a", "1")
    return bp, report_story(bp, report_data(bp), ctx)


def test_thumbnail_prints_no_text_and_lower_views_name_their_stages():
    bp, story = heat_story("service_blueprint")
    thumbnail = next(f for f in story if isinstance(f, Thumbnail))
    lower = next(f for f in story if isinstance(f, DrawingView) and f.window.y > 0 and f.window.x > 0)
    assert printed(thumbnail) == []
    text = shown(lower)
    lay = lower.painter.layout
    stage = next(s for s, b in zip(bp.stages, lay.stages) if b.start <= lower.window.cx < b.end)
    lane = next(la for la, b in zip(bp.lanes, lay.lanes) if b.start <= lower.window.cy < b.end)
    assert squeeze(stage.title) in text and squeeze(lane.title) in text


def test_a_view_inside_a_tall_lane_names_it():
    """tiered_support's first lane is taller than half a page: the view of its lower part, lane
    header column and all, still says which lane it is."""
    bp, story = heat_story("tiered_support")
    lay = next(f for f in story if isinstance(f, DrawingView)).painter.layout
    first = lay.lanes[0]
    view = next(
        f
        for f in story
        if isinstance(f, DrawingView) and f.window.x <= 0 and first.start < f.window.y < first.end
    )
    assert squeeze(bp.lanes[0].title) in shown(view)


@pytest.mark.parametrize("page, orientation", [("A3", "auto"), ("A4", "landscape"), ("LETTER", "auto")])
def test_heat_map_on_other_paper_stays_legible(page, orientation):
    bp = template("tiered_support", "en")
    options = PdfOptions(page=page, orientation=orientation, language="en", invariant=True)
    pdf = pdf_bytes(bp, report=report_data(bp), blueprint_sheets=False, options=options)
    runs = heat_map_runs(pdf, Strings("en"))
    assert min(size for size, *_ in runs) >= MIN_TEXT_PT - 1e-6


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.floats(0, 3000), st.floats(10, 400)), min_size=1, max_size=40),
    st.floats(150, 900),
    st.lists(st.floats(0, 3400), max_size=6),
)
def test_cuts_keep_every_item_whole_somewhere(spans, size, prefer):
    """The ranges the drawing is cut into cover it, none is longer than asked, and every node
    or label that fits in one range lies whole in one (its padding kept where it can be)."""
    raw = [(a, a + w) for a, w in spans]
    lo, hi = -100.0, max(b for _, b in raw) + 100
    ranges = _cuts(raw, lo, hi, size, prefer, (14, 14))
    assert ranges[0][0] == lo
    for (a1, b1), (a2, _) in zip(ranges, ranges[1:]):
        assert a2 <= b1 + 1e-9 and a2 > a1  # no gap, always on
    assert all(b - a <= size + 1e-6 for a, b in ranges)
    for a, b in raw:
        if b - a + 28 <= size:  # (wider ones are cut where they must be)
            assert any(x <= a + 1e-6 and b <= y + 1e-6 for x, y in ranges), (a, b)


def test_a_small_drawing_prints_whole_without_thumbnail():
    bp = template("helpdesk_flow", "en")
    data = report_data(bp)
    keep = {n.id for n in bp.nodes if n.x < 400}
    small = bp.model_copy(
        update={
            "nodes": [n for n in bp.nodes if n.id in keep],
            "edges": [e for e in bp.edges if e.source in keep and e.target in keep],
        }
    )
    ctx = Context(Strings("en"), PdfOptions(invariant=True), "t", "a", "1")
    story = report_story(small, data, ctx)
    views = [f for f in story if isinstance(f, DrawingView)]
    assert len(views) == 1 and not any(isinstance(f, Thumbnail) for f in story)
    assert views[0].window == views[0].painter.layout.bounds and views[0].scale * 7.5 >= MIN_TEXT_PT
    pdf = pdf_bytes(small, report=data, blueprint_sheets=False, options=PdfOptions(language="en"))
    runs = heat_map_runs(pdf, Strings("en"))
    assert min(size for size, *_ in runs) >= MIN_TEXT_PT - 1e-6
