"""Legible paper, measured from the PDFs themselves: no text under 6 pt in the default blueprint
PDF and handout of every template in both languages; a fit fills its page in the orientation that
prints it larger; line labels stay inside the frame of what is shown; the three lines are drawn
and listed in three distinct patterns; the command line picks a sheet or a poster and says so."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pdfkit import TEMPLATES, pdf_bytes, reader, smallest_text_pt, template, text_runs
from reportlab.pdfbase.pdfmetrics import stringWidth

from blueprint_studio import resources
from blueprint_studio.export.fonts import FONT
from blueprint_studio.export.painter import BlueprintPainter
from blueprint_studio.export.pdf_blueprint import MARGIN, SheetPlan
from blueprint_studio.export.pdfdoc import PAGE_SIZES, TEXT_MARGIN, PdfOptions
from blueprint_studio.export.publish import context, paper_choice
from blueprint_studio.model import style

ROOT = Path(__file__).resolve().parents[2]
LINE_NAMES = ("Line of interaction", "Line of visibility", "Line of internal interaction")


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("name", TEMPLATES)
def test_no_text_under_6_pt_in_the_default_blueprint_pdf_and_handout(name, language):
    bp = template(name, language)
    sheets = pdf_bytes(bp)
    assert smallest_text_pt(sheets) >= 6.0
    handout = pdf_bytes(bp, handout=True, blueprint_sheets=False)
    assert smallest_text_pt(handout) >= 6.0
    # the measure is real: the handout's step numbers and names are there to be measured
    assert any(text == "1" for _, text, *_ in text_runs(handout))


def test_the_measure_sees_text_printed_too_small():
    """Without the legibility rule (as asked, fitted on A4) the same drawing prints far below."""
    bp = template("service_blueprint", "en")
    assert smallest_text_pt(pdf_bytes(bp, options=PdfOptions(legible=False, invariant=True))) < 3


def _plan(bp, **options) -> SheetPlan:
    ctx = context(bp, PdfOptions(invariant=True, **options))
    return SheetPlan(BlueprintPainter(bp, ctx.strings), ctx)


@pytest.mark.parametrize("name", TEMPLATES)
def test_a_fit_fills_its_page_in_the_orientation_that_prints_larger(name):
    bp = template(name, "en")
    chosen = paper_choice(bp, PdfOptions(invariant=True)).options
    plan = _plan(bp, page=chosen.page)
    area, b = plan.drawing_area(), plan.bounds
    drawn_w, drawn_h = b.w * plan.fit_scale, b.h * plan.fit_scale
    assert drawn_w <= area.w + 0.01 and drawn_h <= area.h + 0.01
    assert max(drawn_w / area.w, drawn_h / area.h) > 0.999  # one side filled
    for orientation in ("portrait", "landscape"):
        assert plan.fit_scale >= _plan(bp, page=chosen.page, orientation=orientation).fit_scale - 1e-9
    page = reader(pdf_bytes(bp)).pages[0]
    wide = float(page.mediabox.width) > float(page.mediabox.height)
    assert wide == (plan.size[0] > plan.size[1]) == (b.w > b.h)  # these drawings are wide


def test_a_small_drawing_is_not_left_small_on_its_page():
    bp = template("helpdesk_flow", "en")
    kept = {n.id for n in bp.nodes[:3]}
    small = bp.model_copy(
        update={
            "nodes": [n for n in bp.nodes if n.id in kept],
            "edges": [e for e in bp.edges if e.source in kept and e.target in kept],
            "cards": [],
        }
    )
    plan = _plan(small)
    area, b = plan.drawing_area(), plan.bounds
    assert plan.fit_scale > 1.5
    assert max(b.w * plan.fit_scale / area.w, b.h * plan.fit_scale / area.h) > 0.999


def _line_label_runs(data: bytes):
    return [run for run in text_runs(data) if run[1] in LINE_NAMES]


def test_line_labels_stay_inside_the_frame_of_every_view_of_the_handout():
    bp = template("service_blueprint", "en")
    data = pdf_bytes(bp, handout=True, blueprint_sheets=False)
    runs = _line_label_runs(data)
    assert len({text for _, text, *_ in runs}) == 3
    width = PAGE_SIZES["A4"][0]
    for size, text, page, x, _, _ in runs:
        right = x + stringWidth(text, FONT, size)
        assert TEXT_MARGIN - 0.5 <= x and right <= width - TEXT_MARGIN + 0.5, (text, page, x, right)


def test_line_labels_stay_inside_every_sheet_of_a_poster_and_the_fitted_sheet():
    bp = template("tiered_support", "en")
    for options in (PdfOptions(invariant=True), PdfOptions(page="A3", tile=True, invariant=True)):
        data = pdf_bytes(bp, options=options)
        pdf = reader(data)
        runs = _line_label_runs(data)
        assert runs
        for size, text, page, x, _, _ in runs:
            width = float(pdf.pages[page].mediabox.width)
            right = x + stringWidth(text, FONT, size)
            assert MARGIN - 0.5 <= x and right <= width - MARGIN + 0.5, (text, page, x, right)


def _dash_arrays(page) -> list[tuple[float, ...]]:
    found = []
    for operands, operator in page.get_contents().operations:
        if operator == b"d" and operands[0]:
            found.append(tuple(round(float(v), 3) for v in operands[0]))
    return found


def test_the_three_lines_have_distinct_patterns_in_the_drawing_and_the_legend():
    data = pdf_bytes(template("service_blueprint", "en"))
    dashes = _dash_arrays(reader(data).pages[0])
    patterns = {}
    for code in ("interaction", "visibility", "internal_interaction"):
        ls = style.line_style(code)
        patterns[code] = tuple(round(d * ls.width, 3) for d in ls.dash)
        assert dashes.count(patterns[code]) >= 2, code  # on the drawing and in the legend
    assert len(set(patterns.values())) == 3
    widths = {style.line_style(code).width for code in patterns}
    assert len(widths) >= 2  # visibility is heavier too


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "blueprint_studio.app.cli.main", "export", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_the_command_line_picks_a_sheet_or_a_poster_for_the_largest_template_and_says_so(tmp_path):
    largest = str(resources.template_path("tiered_support", "en"))
    out = tmp_path / "sheet.pdf"
    result = run_cli(largest, "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    said = re.search(
        r"The drawing is fitted on (A\d) so that its smallest text prints at (\d+\.\d) pt", result.stdout
    )
    assert said, result.stdout
    page, points = said.group(1), float(said.group(2))
    pdf = reader(out.read_bytes())
    assert len(pdf.pages) == 1 and points >= 6
    box = pdf.pages[0].mediabox
    assert sorted((round(float(box.width)), round(float(box.height)))) == sorted(
        round(v) for v in PAGE_SIZES[page]
    )
    assert smallest_text_pt(out.read_bytes()) >= 6.0

    poster = tmp_path / "poster.pdf"
    result = run_cli(largest, "--pdf", str(poster), "--page", "A3")
    assert result.returncode == 0, result.stderr
    said = re.search(r"poster over (\d+) A3 sheets", result.stdout)
    assert said, result.stdout
    assert len(reader(poster.read_bytes()).pages) == 1 + int(said.group(1))
    assert smallest_text_pt(poster.read_bytes()) >= 6.0

    scaled = tmp_path / "scaled.pdf"
    result = run_cli(largest, "--pdf", str(scaled), "--tile", "--scale", "0.5", "--lang", "fr")
    assert result.returncode == 0, result.stderr
    assert re.search(r"\d,\d\u00a0pt", result.stdout), result.stdout  # French: 3,6 pt
    assert smallest_text_pt(scaled.read_bytes()) >= 6.0
