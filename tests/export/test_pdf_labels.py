"""Edge labels on paper: on every bundled template in both languages the PDF's layout places every
label clear of every node and of every other label, inside the drawing's bounds, its whole text
in one or two lines a part (never cut); and the PDF prints those lines."""

from __future__ import annotations

import pytest
from pdfkit import TEMPLATES, pdf_bytes, squeeze, template, text_runs

from blueprint_studio.export.layout import LABEL_SIZE, LABEL_WIDTH
from blueprint_studio.export.painter import BlueprintPainter, caption_parts
from blueprint_studio.export.strings import Strings
from blueprint_studio.export.text import printable
from blueprint_studio.model.drawcheck import label_overlaps
from blueprint_studio.model.labels import ELLIPSIS, MAX_LINES

CASES = [(name, lang) for name in TEMPLATES for lang in ("en", "fr")]


def placed_labels(bp, lang: str):
    painter = BlueprintPainter(bp, Strings(lang))
    return painter, painter.label_places()


@pytest.mark.parametrize("name,lang", CASES)
def test_no_label_covers_a_node_or_another_label_and_all_stay_inside_the_drawing(name, lang):
    bp = template(name, lang)
    painter, boxes = placed_labels(bp, lang)
    labelled = [e for e in bp.edges if e.label or e.condition or e.default or e.probability is not None]
    assert labelled and set(boxes) == {e.id for e in labelled}
    assert label_overlaps(painter.layout.nodes, {k: b.rect for k, b in boxes.items()}) == []
    bounds = painter.layout.bounds
    for key, box in boxes.items():
        r = box.rect
        assert (
            bounds.x <= r.x and r.right <= bounds.right and bounds.y <= r.y and r.bottom <= bounds.bottom
        ), key
        assert not box.covered, key


@pytest.mark.parametrize("name,lang", CASES)
def test_every_label_is_whole_in_one_or_two_lines_a_part(name, lang):
    bp = template(name, lang)
    painter, boxes = placed_labels(bp, lang)
    strings = Strings(lang)
    for edge in bp.edges:
        if edge.id not in boxes:
            continue
        parts = [printable(p, False) for p in caption_parts(edge, strings, bp.fields)]
        box = boxes[edge.id]
        assert len(box.parts) == len(parts), edge.id
        for part, lines in zip(parts, box.parts):
            assert 1 <= len(lines) <= MAX_LINES, (edge.id, lines)
            assert " ".join(lines).split() == part.split(), (edge.id, part, lines)  # every word, in order
            assert not any(ELLIPSIS in line for line in lines), (edge.id, lines)


def test_a_long_rule_wraps_instead_of_being_cut():
    bp = template("tiered_support", "fr")
    painter, boxes = placed_labels(bp, "fr")
    wrapped = [b for b in boxes.values() if any(len(part) == 2 for part in b.parts)]
    assert len(wrapped) == 2  # « Niveau de compétence requis : spécialiste ou éditeur » takes two
    for box in wrapped:
        assert box.rect.w <= LABEL_WIDTH + 8 + 1e-6


@pytest.mark.parametrize("name,lang", [("tiered_support", "en"), ("helpdesk_flow", "fr")])
def test_the_pdf_prints_every_label_line_at_the_label_size(name, lang):
    bp = template(name, lang)
    _, boxes = placed_labels(bp, lang)
    runs = text_runs(pdf_bytes(bp))
    printed = {squeeze(text) for _, text, *_ in runs}
    sizes = {squeeze(text): size / scale for size, text, _, _, _, scale in runs if scale}
    for box in boxes.values():
        for line in box.lines:
            assert squeeze(line) in printed, line
            assert sizes[squeeze(line)] == pytest.approx(LABEL_SIZE, rel=0.02), line


def generated(size: int):
    """bench/compile.py's generated document: lanes, steps, decisions with rules, long edges."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "bench" / "compile.py"
    spec = importlib.util.spec_from_file_location("bench_compile_for_labels", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate(size)


def test_a_generated_drawing_of_a_thousand_nodes_has_no_label_on_a_node_or_a_label():
    bp = generated(1000)
    painter, boxes = placed_labels(bp, "en")
    assert len(boxes) > 300
    assert label_overlaps(painter.layout.nodes, {k: b.rect for k, b in boxes.items()}) == []
    assert not any(b.covered for b in boxes.values())


def test_a_tile_prints_a_label_that_stands_away_from_its_edge():
    """Two tall steps close together: the label stands above them, beyond the reach of its edge;
    a tile that meets only the label still prints it (tiles draw the labels they meet)."""
    import io

    from pypdf import PdfReader
    from reportlab.pdfgen.canvas import Canvas

    from blueprint_studio.model.geometry import Rect
    from blueprint_studio.model.schema import Blueprint, Edge, Meta, StepNode

    nodes = [
        StepNode(id="a", title="Check the contract", x=0, y=200, width=140, height=80),
        StepNode(id="b", title="Answer the customer", x=200, y=200, width=140, height=80),
    ]
    bp = Blueprint(
        meta=Meta(title="Tile"),
        nodes=nodes,
        edges=[Edge(id="ab", source="a", target="b", label="Contract found")],
    )
    painter, boxes = placed_labels(bp, "en")
    box = boxes["ab"].rect
    assert (
        box.bottom < 240 - 20
    )  # away from its edge (y 240) by more than the 20 units a tile looks around it
    view = Rect(box.x - 5, box.y - 5, box.w + 10, box.h + 10)
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(view.w, view.h))
    c.translate(-view.x, view.y + view.h)  # scene (y down) to the page (y up), the view filling it
    painter.draw(c, view)
    c.showPage()
    c.save()
    assert "Contract found" in (PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text() or "")
