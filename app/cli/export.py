"""`blueprint-studio export`: the blueprint as a PDF (fitted or tiled, on the sheet or poster that
keeps its text at 6 pt or more, said in one line), optionally followed by a simulation report
(the scenario is simulated first, with progress on stderr) and a training handout; SVG and PNG.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from blueprint_studio.app.cli import EXIT_USAGE, use_document_language
from blueprint_studio.app.cli.words import image_error, os_error, say, validation_errors
from blueprint_studio.model.fileformat import LoadError, load
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP
from blueprint_studio.model.words import counted

PAGES = ("A4", "A3", "A2", "A1", "A0", "LETTER")

# Words of this command (the catalogue's context "ExportCommand"): how the sheets were chosen
# so that no text prints below 6 pt.
TEXTS = {
    "sheet": QT_TRANSLATE_NOOP(
        "ExportCommand",
        "The drawing is fitted on {page} so that its smallest text prints at {points} pt "
        "(on {asked} it would print at {asked_points} pt).",
    ),
    "poster": QT_TRANSLATE_NOOP(
        "ExportCommand",
        "Fitted on one {page} sheet, the drawing's smallest text would print at {asked_points} pt: "
        "it is printed as a poster over {count} {page} sheets at {percent}, where it prints at "
        "{points} pt.",
    ),
    "scale": QT_TRANSLATE_NOOP(
        "ExportCommand",
        "At {asked_percent} the drawing's smallest text would print at {asked_points} pt: the "
        "poster is printed at {percent}, where it prints at {points} pt.",
    ),
}


class ExportUsageError(Exception):
    def __init__(self, message: str, status: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.status = status


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "export",
        help="publish a blueprint as PDF (with a report and a handout)",
        description="Exit status: 0 written, 1 validation errors (with --report), "
        "2 unreadable file, bad arguments or nothing written.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--pdf", metavar="OUT", help="write the blueprint PDF to OUT")
    p.add_argument(
        "--page",
        type=str.upper,
        metavar="{" + ",".join(PAGES) + "}",  # checked by PdfOptions, refused in the run's language
        help="paper size (default: A4, or the smallest sheet up to A0 on which no text prints "
        "below 6 pt; with a size given, a drawing too large for it becomes a poster)",
    )
    orientation = p.add_mutually_exclusive_group()
    orientation.add_argument("--landscape", action="store_true", help="landscape pages")
    orientation.add_argument("--portrait", action="store_true", help="portrait pages")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--fit", action="store_true", help="fit the blueprint on one page (default)")
    mode.add_argument(
        "--tile",
        action="store_true",
        help="print a poster over several sheets with overlap, crop marks and a page map",
    )
    p.add_argument(
        "--scale",
        type=float,
        default=1.0,
        metavar="S",
        help="poster scale with --tile (1 = one point per canvas unit; raised when text would "
        "print below 6 pt)",
    )
    p.add_argument("--report", action="store_true", help="simulate and add the simulation report")
    p.add_argument("--scenario", metavar="NAME", help="scenario id or name for --report (default: the first)")
    from blueprint_studio.app.cli import staffing as cli_staffing

    cli_staffing.add_report_arguments(p)
    p.add_argument(
        "--handout", action="store_true", help="add the training handout (one part per ticket card)"
    )
    p.add_argument(
        "--lang", choices=("fr", "en"), help="language of the PDF's own words (default: the document's)"
    )
    p.add_argument("--svg", metavar="OUT", help="write the drawing as SVG (vector, as on screen)")
    p.add_argument("--png", metavar="OUT", help="write the drawing as PNG")
    p.add_argument("--dpi", type=int, default=200, help="PNG resolution (default 200)")
    p.add_argument(
        "--bpmn",
        metavar="OUT",
        help="write the blueprint as a BPMN 2.0 process with its diagram and BPSim data (rates, "
        "durations, shares, agents), for other BPMN tools",
    )


def _report(args: argparse.Namespace, blueprint: Any, lang: str) -> Any:
    from blueprint_studio.app.cli.simulate import UsageError, pick_scenario, print_errors, progress_bar
    from blueprint_studio.export.pdf_report import simulate_report
    from blueprint_studio.model.sim.replications import CompileFailed

    try:
        scenario = pick_scenario(blueprint, args.scenario)
    except UsageError as exc:
        raise ExportUsageError(str(exc)) from None
    if scenario is not None:
        print(say("simulating", lang, scenario=scenario.name or scenario.id), file=sys.stderr)
    else:
        print(say("simulating_default", lang), file=sys.stderr)
    try:
        with progress_bar() as progress:
            report = simulate_report(blueprint, scenario, progress)
        from blueprint_studio.app.cli import staffing as cli_staffing

        return cli_staffing.with_report_pages(args, blueprint, scenario, report)
    except CompileFailed as failed:
        print_errors(failed.diagnostics)
        errors = validation_errors(len(failed.diagnostics), lang)
        raise ExportUsageError(say("report_refused", lang, file=args.file, errors=errors), 1) from None


def _images(args: argparse.Namespace, blueprint: Any, lang: str) -> None:
    from blueprint_studio.export.image import ImageExportError, write_png, write_svg

    try:
        if args.svg:
            write_svg(blueprint, args.svg)
            print(args.svg)
        if args.png:
            width, height = write_png(blueprint, args.png, dpi=args.dpi)
            print(f"{args.png} ({width} × {height} px)")
    except ImageExportError as exc:
        raise ExportUsageError(image_error(exc.code, exc.params, lang)) from None


def paper_line(choice: Any, blueprint: Any, options: Any) -> str:
    """One line saying how the sheets were chosen (`choice`, an `export.pdf_blueprint.PaperChoice`
    for `options`) so that no text prints below 6 pt, in the PDF's language ("" when they print
    as asked)."""
    from blueprint_studio.export.catalogue import translate
    from blueprint_studio.export.strings import Strings

    if not choice.change:
        return ""
    strings = Strings(options.language or blueprint.meta.language)
    final = choice.options

    def page(name: str) -> str:
        return "Letter" if name.upper() == "LETTER" else name.upper()

    return translate("ExportCommand", TEXTS[choice.change], strings.language).format(
        page=page(final.page),
        asked=page(options.page),
        points=strings.number(choice.text_pt, 1),
        asked_points=strings.number(choice.asked_pt, 1),
        count=choice.sheets - 1,
        percent=strings.percent(final.tile_scale, 0),
        asked_percent=strings.percent(options.tile_scale, 0),
    )


def _say_paper(choice: Any, blueprint: Any, options: Any) -> None:
    line = paper_line(choice, blueprint, options)
    if line:
        print(line)


def run(args: argparse.Namespace) -> int:
    if args.bpmn:  # app/cli/bpmn.py
        from blueprint_studio.app.cli import bpmn as cli_bpmn

        cli_bpmn.export(args)
        if not (args.pdf or args.svg or args.png):
            return 0
    blueprint, lang = _document(args)
    if not (args.pdf or args.svg or args.png):
        raise ExportUsageError(say("nothing_to_export", lang))
    if args.svg or args.png:
        blueprint = blueprint if blueprint is not None else load(args.file)  # its load error
        _images(args, blueprint, lang)
        if not args.pdf:
            return 0
    if not args.tile and args.scale != 1.0:
        raise ExportUsageError(say("scale_without_tile", lang))
    from blueprint_studio.export.pdfdoc import ExportError, PdfOptions
    from blueprint_studio.export.publish import save_pdf

    out = Path(args.pdf)
    try:
        if out.exists() and out.is_dir():
            raise ExportUsageError(say("out_is_folder", lang, out=out, suffix=".pdf"))
        if not out.parent.exists():
            raise ExportUsageError(say("no_folder", lang, folder=out.parent))
    except OSError as exc:  # a name the system refuses (too long): said in the run's language
        raise ExportUsageError(os_error(exc, lang)) from None
    blueprint = blueprint if blueprint is not None else load(args.file)  # its load error
    use_document_language(args, blueprint)  # the report's progress and diagnostics
    try:
        options = PdfOptions(
            page=args.page or "A4",
            page_fixed=args.page is not None,
            orientation="landscape" if args.landscape else "portrait" if args.portrait else "auto",
            tile=args.tile,
            tile_scale=args.scale,
            language=args.lang,
        )
    except ExportError as exc:  # the option at fault, then why, in the run's language
        option = {"scale": f"--scale {args.scale:g}", "page": "--page"}.get(exc.code)
        reason = exc.words(lang)
        raise ExportUsageError(
            say("option_refused", lang, option=option, reason=reason) if option else reason
        ) from None
    report = _report(args, blueprint, lang) if args.report else None
    try:
        pages = save_pdf(
            out,
            blueprint,
            options,
            report=report,
            handout=args.handout,
            on_paper=lambda choice: _say_paper(choice, blueprint, options),
        )
    except ExportError as exc:
        raise ExportUsageError(exc.words(lang)) from None
    except OSError as exc:  # the system refused the file (full disk, name too long…): where and why
        raise ExportUsageError(os_error(exc, lang)) from None
    print(say("written", lang, file=out, pages=counted("page", pages, lang)))
    return 0


def _document(args: argparse.Namespace) -> tuple[Any, str]:
    """The document, read once for the whole run, and the run's language: --lang, else the
    document's. A document that cannot be read is None, with English (its load error is raised
    where the document is first needed, after the arguments' own refusals)."""
    try:
        blueprint = load(args.file)
    except (LoadError, OSError):
        return None, str(args.lang or "en")
    return blueprint, str(args.lang or blueprint.meta.language)
