"""The blueprint PDF: valid, fitted or tiled, text extractable with accents, metadata, bookmarks,
page sizes, byte-identical output and the embedded font."""

from __future__ import annotations

import datetime as dt

import pytest
from pdfkit import TEMPLATES, outline_titles, pdf_bytes, reader, squeeze, template, text_of
from reportlab.lib.pagesizes import A3, landscape

from blueprint_studio.export.pdfdoc import ExportError, PdfOptions


@pytest.mark.parametrize("name", TEMPLATES)
def test_fit_is_one_page_with_every_title_extractable(name):
    bp = template(name, "fr")
    data = pdf_bytes(bp)
    pdf = reader(data)
    assert len(pdf.pages) == 1
    text = squeeze(text_of(data))
    for title in (
        [n.title for n in bp.nodes]
        + [lane.title for lane in bp.lanes]
        + [s.title for s in bp.stages]
        + [bp.meta.title, bp.meta.author]
    ):
        assert squeeze(title) in text, title
    assert squeeze("Légende") in text


def test_lines_are_labelled_in_french_and_english():
    fr = squeeze(text_of(pdf_bytes(template("service_blueprint", "fr"))))
    for label in ("Ligne d’interaction", "Ligne de visibilité", "Ligne d’interaction interne"):
        assert squeeze(label) in fr
    en = squeeze(text_of(pdf_bytes(template("service_blueprint", "en"))))
    assert squeeze("Line of internal interaction") in en and squeeze("Page 1 of") in en


def test_language_option_overrides_the_document():
    data = pdf_bytes(template("service_blueprint", "fr"), options=PdfOptions(language="en", invariant=True))
    assert squeeze("Line of visibility") in squeeze(text_of(data))


def test_tiled_poster_has_a_page_map_and_more_sheets():
    bp = template("service_blueprint", "en")
    fit = reader(pdf_bytes(bp, options=PdfOptions(page="A4", invariant=True, legible=False)))
    tiled_data = pdf_bytes(bp, options=PdfOptions(page="A4", tile=True, invariant=True))
    tiled = reader(tiled_data)
    assert len(fit.pages) == 1
    assert len(tiled.pages) > 4
    titles = outline_titles(tiled_data)
    assert "Page map" in titles and "Sheet A1" in titles and "Sheet B2" in titles
    bigger = reader(pdf_bytes(bp, options=PdfOptions(page="A3", tile=True, invariant=True)))
    assert 1 < len(bigger.pages) < len(tiled.pages)
    half = reader(
        pdf_bytes(bp, options=PdfOptions(page="A4", tile=True, tile_scale=0.5, invariant=True, legible=False))
    )
    assert len(half.pages) < len(tiled.pages)


def test_page_sizes_and_orientation():
    bp = template("service_blueprint", "en")
    # as asked, even too small to read (legible=False), to check the sizes themselves
    page = reader(pdf_bytes(bp, options=PdfOptions(page="A3", orientation="landscape", legible=False))).pages[
        0
    ]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == tuple(
        round(v) for v in landscape(A3)
    )
    page = reader(
        pdf_bytes(bp, options=PdfOptions(page="Letter", orientation="portrait", legible=False))
    ).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    with pytest.raises(ExportError):
        PdfOptions(page="B5")


def test_metadata_and_bookmarks():
    bp = template("service_blueprint", "fr")
    data = pdf_bytes(bp)
    meta = reader(data).metadata
    assert meta.title == bp.meta.title and meta.author == bp.meta.author
    assert "Service blueprint" in meta.subject
    titles = outline_titles(data)
    assert titles[0].endswith(bp.meta.title)
    assert [lane.title for lane in bp.lanes] == titles[1:]


def test_same_input_gives_the_same_bytes():
    bp = template("tiered_support", "fr")
    options = PdfOptions(invariant=True, date=dt.date(2024, 5, 1))
    assert pdf_bytes(bp, options=options) == pdf_bytes(bp, options=options)


def test_vector_output_embeds_dejavu_and_no_images():
    data = pdf_bytes(template("service_blueprint", "fr"))
    page = reader(data).pages[0]
    fonts = {str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVuSans" in f for f in fonts)
    assert "/XObject" not in page["/Resources"] or all(
        x.get_object()["/Subtype"] == "/Form" for x in page["/Resources"]["/XObject"].values()
    )


def test_page_total_is_filled_in():
    data = pdf_bytes(template("service_blueprint", "en"), options=PdfOptions(tile=True, invariant=True))
    pages = len(reader(data).pages)
    assert squeeze(f"Page 2 of {pages}") in squeeze(text_of(data))
