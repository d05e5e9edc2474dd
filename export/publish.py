"""One entry point for every PDF: the blueprint sheets, then optionally the simulation report and
the training handout, in one file with shared page numbering, metadata and bookmarks.
Chooses and orders parts; each part's content belongs to its own module.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.platypus import NextPageTemplate, PageBreak

from blueprint_studio.export.painter import BlueprintPainter
from blueprint_studio.export.pdf_blueprint import PaperChoice, choose_paper
from blueprint_studio.export.pdfdoc import Context, ExportError, PdfOptions, build
from blueprint_studio.export.strings import Strings
from blueprint_studio.export.text import printable
from blueprint_studio.model.fileformat import match_permissions
from blueprint_studio.model.schema import Blueprint


def context(
    blueprint: Blueprint, options: PdfOptions, progress: Callable[[float], None] | None = None
) -> Context:
    strings = Strings(options.language or blueprint.meta.language)
    title = printable(blueprint.meta.title, False)[:500] or strings("untitled")
    return Context(
        strings,
        options,
        title,
        printable(blueprint.meta.author, False)[:200],
        printable(blueprint.meta.revision, False)[:60],
        progress,
    )


def write_pdf(
    out: str | os.PathLike | Any,
    blueprint: Blueprint,
    options: PdfOptions | None = None,
    *,
    report: Any = None,
    handout: bool = False,
    blueprint_sheets: bool = True,
    progress: Callable[[float], None] | None = None,
    on_paper: Callable[[PaperChoice], None] | None = None,
) -> int:
    """Write the PDF to `out` (a path or a binary file); returns its number of pages.
    `report` is an `export.pdf_report.ReportData` (a finished simulation, with the comparison and
    staffing pages of export/pdf_staffing.py when it carries them) or None; `on_paper`
    hears how the blueprint sheets print (what `paper_choice` says, without a second layout)."""
    options = options or PdfOptions()
    ctx = context(blueprint, options, progress)
    story: list[Any] = []
    subjects = []
    sheet_size = None
    if blueprint_sheets:
        choice = choose_paper(BlueprintPainter(blueprint, ctx.strings), ctx)
        if on_paper is not None:
            on_paper(choice)
        plan = choice.plan
        sheet_size = plan.size
        story += plan.flowables()
        subjects.append(ctx.strings("subject_blueprint"))
    if report is not None:
        from blueprint_studio.export.pdf_report import report_story
        from blueprint_studio.export.pdf_staffing import extra_pages

        story += _switch(story) + report_story(blueprint, report, ctx) + extra_pages(blueprint, report, ctx)
        subjects.append(ctx.strings("subject_report"))
    if handout:
        from blueprint_studio.export.pdf_handout import handout_story

        story += _switch(story) + handout_story(blueprint, ctx)
        subjects.append(ctx.strings("subject_handout"))
    if not story:
        raise ExportError("nothing")
    return build(
        out, story, ctx, sheet_size, " · ".join(subjects), keywords=", ".join(subjects + ["Blueprint Studio"])
    )


def paper_choice(blueprint: Blueprint, options: PdfOptions) -> PaperChoice:
    """How `write_pdf` will print the blueprint sheets with `options`: the sheet, fit or poster,
    and its smallest text."""
    ctx = context(blueprint, options)
    return choose_paper(BlueprintPainter(blueprint, ctx.strings), ctx)


def save_pdf(
    path: str | os.PathLike, blueprint: Blueprint, options: PdfOptions | None = None, **parts: Any
) -> int:
    """`write_pdf` to a temporary file beside `path`, then renamed: a failed export never leaves
    half a PDF behind, nor touches an earlier file of that name."""
    target = os.path.abspath(path)
    handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=".pdf", dir=os.path.dirname(target))
    os.close(handle)
    try:
        pages = write_pdf(temporary, blueprint, options, **parts)
        match_permissions(temporary, Path(target))
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return pages


def _switch(story: list[Any]) -> list[Any]:
    """Start the next part on a fresh text page."""
    return [NextPageTemplate("text"), PageBreak()] if story else [NextPageTemplate("text")]
