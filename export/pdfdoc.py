"""The PDF document shared by every export: page sizes and options, the two page templates (a full
sheet for drawings, a text page with running header and footer), "Page x of n" with n filled in
at the end, bookmarks, metadata and the paragraph styles. Composes parts; draws no blueprint.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A0, A1, A2, A3, A4, LETTER, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from blueprint_studio.export.fonts import FONT, FONT_BOLD, register
from blueprint_studio.export.painter import colour
from blueprint_studio.export.strings import Strings
from blueprint_studio.export.text import ellipsize, printable
from blueprint_studio.model import style, texts
from blueprint_studio.model.kpis import number_style
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP

PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": A4,
    "A3": A3,
    "A2": A2,
    "A1": A1,
    "A0": A0,
    "LETTER": LETTER,
}
MIN_TEXT_PT = 6.0  # no text of a blueprint sheet prints smaller (see `legible`)
ORIENTATIONS = ("auto", "portrait", "landscape")
TOTAL_FORM = "bs_page_total"  # a form XObject drawn on every page, defined once all are known
TEXT_MARGIN = 18 * mm


SCALE_RANGE = (0.05, 10.0)  # of a poster: 1 point on paper per scene unit at 1.0
OVERLAP_RANGE_MM = (0.0, 50.0)

# Why a PDF cannot be made as asked (the catalogue's context "ExportErrors"): one English template
# per code, worded in the user's language by `ExportError.words` for the window and the command line.
EXPORT_ERROR_CONTEXT = "ExportErrors"
EXPORT_ERROR_TEXTS: dict[str, str] = {
    "page": QT_TRANSLATE_NOOP("ExportErrors", "there is no paper size “{page}” (choose {pages})"),
    "orientation": QT_TRANSLATE_NOOP(
        "ExportErrors", "there is no orientation “{orientation}” (choose {orientations})"
    ),
    "scale": QT_TRANSLATE_NOOP(
        "ExportErrors", "the poster scale must be between {low} and {high}, not {scale}"
    ),
    "overlap": QT_TRANSLATE_NOOP(
        "ExportErrors",
        "the overlap of the poster's sheets must be between {low} and {high} mm, not {overlap} mm",
    ),
    "nothing": QT_TRANSLATE_NOOP(
        "ExportErrors",
        "there is nothing to export; choose the blueprint, the simulation report or the training handout",
    ),
}


class ExportError(Exception):
    """A PDF that cannot be made as asked (bad option, nothing to draw): `code` (a key of
    EXPORT_ERROR_TEXTS) and `params` say why, `words(language)` in words; `str()` is English, for logs."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(EXPORT_ERROR_TEXTS.get(code, code).format(**_shown(params, "en")))
        self.code, self.params = code, params

    def words(self, language: str) -> str:
        """Why, in `language` (through the catalogue; numbers written as the language writes them).
        A code without a text is said as it is (English), rather than lost."""
        english = EXPORT_ERROR_TEXTS.get(self.code, self.code)
        return texts.translate(EXPORT_ERROR_CONTEXT, english, language).format(
            **_shown(self.params, language)
        )


def _shown(params: dict[str, Any], language: str) -> dict[str, Any]:
    """Numbers as `language` writes them ("0,05" in French), without trailing zeros."""
    decimal = number_style(language[:2].lower()).decimal
    return {
        key: f"{value:g}".replace(".", decimal) if isinstance(value, float) else value
        for key, value in params.items()
    }


@dataclass(frozen=True)
class PdfOptions:
    page: str = "A4"
    orientation: str = "auto"  # of the blueprint sheets; text pages are portrait unless landscape
    tile: bool = False  # False: fit on one page; True: a poster over several sheets
    tile_scale: float = 1.0  # poster scale: 1 point on paper per scene unit at 1.0
    overlap_mm: float = 10.0
    language: str | None = None  # None: the document's own language
    date: dt.date | None = None  # None: today
    invariant: bool = False  # byte-identical output for the same input (tests, golden files)
    # Keep the drawing's text at MIN_TEXT_PT or more: a fit that would print smaller goes to the
    # smallest larger sheet (up to A0) unless `page_fixed`, else becomes a poster on `page`; a
    # poster's scale is raised to the legible one. False prints exactly as asked.
    legible: bool = True
    page_fixed: bool = False  # the user chose the page size: never print on a larger sheet

    def __post_init__(self) -> None:
        if self.page.upper() not in PAGE_SIZES:
            raise ExportError("page", page=self.page, pages=", ".join(PAGE_SIZES))
        if self.orientation not in ORIENTATIONS:
            raise ExportError(
                "orientation", orientation=self.orientation, orientations=", ".join(ORIENTATIONS)
            )
        low, high = SCALE_RANGE
        if not low <= self.tile_scale <= high:  # also refuses NaN
            raise ExportError("scale", low=low, high=high, scale=float(self.tile_scale))
        low, high = OVERLAP_RANGE_MM
        if not low <= self.overlap_mm <= high:
            raise ExportError("overlap", low=low, high=high, overlap=float(self.overlap_mm))

    def paper(self, wide: bool | None = None) -> tuple[float, float]:
        """The page size; `wide` is the orientation the content prefers when it is 'auto'."""
        size = PAGE_SIZES[self.page.upper()]
        if self.orientation == "landscape" or (self.orientation == "auto" and wide):
            return landscape(size)
        return portrait(size)

    def text_paper(self) -> tuple[float, float]:
        size = PAGE_SIZES[self.page.upper()]
        return landscape(size) if self.orientation == "landscape" else portrait(size)

    def day(self) -> dt.date:
        return self.date or (dt.date(2000, 1, 1) if self.invariant else dt.date.today())


@dataclass
class Context:
    """What every page of one document knows: its words, its title line and its options."""

    strings: Strings
    options: PdfOptions
    title: str
    author: str
    revision: str
    progress: Callable[[float], None] | None = None
    pages: dict[str, int] = field(default_factory=dict)


# ---------------------------------------------------------------- canvas with a page total


class TotalCanvas(Canvas):
    """Draws "n" of "Page x of n" through a form defined when the document ends, so the total
    needs no second pass and bookmarks keep pointing at the right pages."""

    def save(self) -> None:
        total = self.getPageNumber() - (0 if self._code else 1)
        if self._code:
            self.showPage()
        self.beginForm(TOTAL_FORM, 0, 0, 60, 20)
        self.setFont(FONT, 7.5)  # no colour: the form takes the colour of where it is drawn
        self.drawString(0, 0, str(max(total, 1)))
        self.endForm()
        super().save()


def page_label(c: Canvas, ctx: Context, x: float, y: float, size: float = 7.5, bold: bool = False) -> None:
    """'Page x of ' then the total (a form, so every page shows the final count)."""
    text = ctx.strings("page_of", page=c.getPageNumber(), pages="\u0000")
    before = text.split("\u0000")[0]
    after = text.split("\u0000")[1] if "\u0000" in text else ""
    c.setFont(FONT_BOLD if bold else FONT, size)
    c.drawString(x, y, before)
    w = c.stringWidth(before, FONT_BOLD if bold else FONT, size)
    c.saveState()
    c.translate(x + w, y)
    c.scale(size / 7.5, size / 7.5)
    c.doForm(TOTAL_FORM)
    c.restoreState()
    if after:
        c.drawString(x + w + c.stringWidth("000", FONT, size), y, after)


# ---------------------------------------------------------------- flowables


class Bookmark(Flowable):
    """An outline entry pointing here; zero size."""

    def __init__(self, title: str, level: int = 0, key: str | None = None) -> None:
        super().__init__()
        self.title = printable(title, False)[:200] or "—"
        self.level = level
        self.key = key or f"bm{id(self)}"
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        c = self.canv
        c.bookmarkHorizontal(self.key, 0, 0)
        c.addOutlineEntry(self.title, self.key, self.level, closed=self.level > 0)


# ---------------------------------------------------------------- styles


def text_width(ctx: Context) -> float:
    """The width of the text page's frame: the page less its two margins."""
    return ctx.options.text_paper()[0] - 2 * TEXT_MARGIN


def table_rules(header: bool = True) -> list[tuple[Any, ...]]:
    """The report's table look: thin rules between rows; with `header`, a tinted first row set off
    by a darker rule. Tables add their own padding."""
    rules: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colour("#e0e6ea")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        rules += [
            ("BACKGROUND", (0, 0), (-1, 0), colour("#eef2f5")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colour(style.MUTED)),
        ]
    return rules


def styles() -> dict[str, ParagraphStyle]:
    register()
    ink = colour(style.INK)
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=9, leading=12.5, textColor=ink, alignment=TA_LEFT, spaceAfter=4
    )
    return {
        "body": base,
        "small": ParagraphStyle(
            "small", parent=base, fontSize=7.5, leading=10, textColor=colour(style.MUTED)
        ),
        "cover_title": ParagraphStyle(
            "cover_title", parent=base, fontName=FONT_BOLD, fontSize=24, leading=29, spaceAfter=8
        ),
        "cover_kicker": ParagraphStyle(
            "cover_kicker",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10,
            textColor=colour(style.SELECTION),
            spaceAfter=6,
        ),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19, spaceBefore=4, spaceAfter=8
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=10, spaceAfter=4
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=9,
            leading=12,
            spaceBefore=4,
            spaceAfter=2,
            textColor=colour(style.MUTED),
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=0
        ),
        "quote": ParagraphStyle(
            "quote",
            parent=base,
            fontSize=8.5,
            leading=11.5,
            leftIndent=8,
            borderPadding=(6, 6, 6, 8),
            backColor=colour("#f5f7f8"),
            borderColor=colour("#cfd8dc"),
            borderWidth=0.6,
            spaceBefore=4,
            spaceAfter=8,
        ),
    }


# ---------------------------------------------------------------- the document


def _text_page(ctx: Context) -> Callable[[Canvas, Any], None]:
    def decorate(c: Canvas, doc: Any) -> None:
        w, h = c._pagesize
        c.saveState()
        c.setStrokeColor(colour("#cfd8dc"))
        c.setLineWidth(0.6)
        c.line(TEXT_MARGIN, h - TEXT_MARGIN + 8, w - TEXT_MARGIN, h - TEXT_MARGIN + 8)
        c.line(TEXT_MARGIN, TEXT_MARGIN - 10, w - TEXT_MARGIN, TEXT_MARGIN - 10)
        c.setFillColor(colour(style.MUTED))
        c.setFont(FONT, 7.5)
        c.drawString(TEXT_MARGIN, h - TEXT_MARGIN + 12, ellipsize(ctx.title, 7.5, w - 2 * TEXT_MARGIN - 120))
        meta = " · ".join(
            p
            for p in (
                ctx.author,
                ctx.revision and f"{ctx.strings('revision')} {ctx.revision}",
                ctx.strings.date(ctx.options.day()),
            )
            if p
        )
        c.drawRightString(w - TEXT_MARGIN, h - TEXT_MARGIN + 12, ellipsize(meta, 7.5, 200))
        c.drawString(TEXT_MARGIN, TEXT_MARGIN - 20, ctx.strings("generator"))
        page_label(c, ctx, w - TEXT_MARGIN - 70, TEXT_MARGIN - 20)
        c.restoreState()

    return decorate


def build(
    out: Any,
    story: list[Flowable],
    ctx: Context,
    sheet_size: tuple[float, float] | None,
    subject: str,
    keywords: str = "",
) -> int:
    """Write `story` to `out` (a path or a binary file); returns the number of pages. Flowables
    go on 'text' pages unless a NextPageTemplate('sheet') sends them to full-page sheets."""
    register()
    text_size = ctx.options.text_paper()
    templates = []
    if sheet_size is not None:
        templates.append(
            PageTemplate("sheet", [Frame(0, 0, *sheet_size, 0, 0, 0, 0, id="sheet")], pagesize=sheet_size)
        )
    tw, th = text_size
    frame = Frame(TEXT_MARGIN, TEXT_MARGIN, tw - 2 * TEXT_MARGIN, th - 2 * TEXT_MARGIN, 0, 0, 0, 0, id="text")
    templates.append(PageTemplate("text", [frame], onPage=_text_page(ctx), pagesize=text_size))
    doc = BaseDocTemplate(
        out,
        pagesize=sheet_size or text_size,
        pageTemplates=templates,
        title=ctx.title,
        author=ctx.author,
        subject=subject,
        keywords=keywords,
        creator=ctx.strings("generator"),
        producer=ctx.strings("generator"),
        invariant=1 if ctx.options.invariant else 0,
        lang=ctx.strings.language,
        displayDocTitle=1,
        initialFontName=FONT,
        pageCompression=1,
    )
    doc.build(story, canvasmaker=TotalCanvas)
    return doc.page
