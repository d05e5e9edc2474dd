"""Hostile text: markup prints as text, long titles wrap or are cut, emoji, unknown characters
and control characters never crash, and what the schema already refuses."""

from __future__ import annotations

import pydantic
import pytest
from pdfkit import pdf_bytes, squeeze, template, text_of

from blueprint_studio.export.fonts import covered, string_width
from blueprint_studio.export.text import ELLIPSIS, REPLACEMENT, ellipsize, escape, printable, wrap
from blueprint_studio.model.schema import Meta, StepNode

MARKUP = "<b>bold</b> & <font size=99>"


def _with_step_title(bp, title: str):
    card = bp.cards[0]
    step_id = next(
        i for i in card.expected_path if bp.nodes and next(n for n in bp.nodes if n.id == i).kind == "step"
    )
    nodes = [n.model_copy(update={"title": title}) if n.id == step_id else n for n in bp.nodes]
    return bp.model_copy(update={"nodes": nodes})


def test_markup_in_titles_prints_literally_on_the_drawing_and_in_the_handout():
    bp = _with_step_title(template("helpdesk_flow", "en"), MARKUP)
    bp = bp.model_copy(update={"meta": bp.meta.model_copy(update={"title": MARKUP, "description": MARKUP})})
    text = squeeze(text_of(pdf_bytes(bp, handout=True)))
    assert text.count(squeeze(MARKUP)) >= 4  # node, title block, handout heading and path step


def test_escape_and_printable():
    assert escape(MARKUP) == "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;font size=99&gt;"
    assert escape("a\nb") == "a<br/>b"
    assert printable("a\x00b\x07c\u200bd") == "abcd"
    assert printable("漢字 \ud800") == f"{REPLACEMENT}{REPLACEMENT} {REPLACEMENT}"
    assert printable("🙂") in ("🙂", REPLACEMENT)
    french = "é è ê à ç ô û œ « » ’ … \u00a0\u202f É Ç Œ"
    assert printable(french) == french
    assert all(ord(ch) in covered() for ch in french if ch != " ")


def test_wrapping_and_ellipsis():
    lines = wrap("x" * 500, 9, 100, 3)
    assert len(lines) == 3 and lines[-1].endswith(ELLIPSIS)
    assert wrap("Informations suffisantes\u00a0?", 9, 300) == ("Informations suffisantes\u00a0?",)
    assert ellipsize("a" * 200, 9, 50).endswith(ELLIPSIS)
    assert wrap("", 9, 100) == ("",)


def test_a_word_too_wide_breaks_after_its_hyphen_as_on_the_canvas():
    """Paper breaks 'libre-service' where the canvas does (canvas.items.text.wrap), not mid-word."""
    width = string_width("libre-", 7) + 1
    assert wrap("Résolu en libre-service", 7, max(width, string_width("Résolu en", 7) + 1)) == (
        "Résolu en",
        "libre-",
        "service",
    )


def test_schema_refuses_a_10000_character_title_but_not_a_long_description():
    with pytest.raises(pydantic.ValidationError):
        StepNode(id="s", title="x" * 10_000)
    assert len(Meta(description="y" * 10_000).description) == 10_000


def test_hostile_titles_do_not_crash():
    hostile = ("🎉🚀 " + "Ünïcödé " * 40 + "漢字 \x00\x01 \u202e" + "w" * 200)[:500]
    bp = _with_step_title(template("service_blueprint", "fr"), hostile)
    meta = bp.meta.model_copy(update={"title": hostile, "description": "d" * 10_000 + " 😀"})
    bp = bp.model_copy(
        update={"meta": meta, "lanes": [bp.lanes[0].model_copy(update={"title": hostile})] + bp.lanes[1:]}
    )
    data = pdf_bytes(bp, handout=True)
    text = text_of(data)
    assert "Ünïcödé" in text and "\x00" not in text
