"""`blueprint-studio import FILE.bpmn OUT` (a BPMN 2.0 process, with its BPSim data, written as
OUT.blueprint.json, and what the import guessed or changed printed in the user's language) and
the BPMN part of `blueprint-studio export FILE --bpmn OUT.bpmn`. The mapping is model/bpmn's.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from blueprint_studio.app.cli import EXIT_ERRORS, EXIT_OK, EXIT_USAGE, use_language, words
from blueprint_studio.model import bpmn
from blueprint_studio.model.bpmn.safe_xml import ERROR_TEXTS
from blueprint_studio.model.diagnostics import Diagnostic
from blueprint_studio.model.fileformat import SUFFIX, LoadError, load, save
from blueprint_studio.model.schema import LANE_KINDS, Blueprint
from blueprint_studio.model.texts import translate
from blueprint_studio.model.validation import validate
from blueprint_studio.model.words import counted


class ImportUsageError(Exception):
    """A file that cannot be imported or an OUT that cannot be written: said on stderr."""

    def __init__(self, message: str, status: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.status = status


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help="turn a BPMN 2.0 process (with its BPSim data) into a blueprint",
        description="Writes OUT.blueprint.json and lists what the import guessed or changed. "
        "Exit status: 0 written (warnings allowed), 1 written but the blueprint has errors to "
        "correct, 2 unreadable file or bad arguments (nothing written).",
    )
    p.add_argument("file", metavar="FILE.bpmn")
    p.add_argument("out", metavar="OUT", help=f"the blueprint to write ({SUFFIX} is added)")
    p.add_argument(
        "--lang",
        choices=("fr", "en"),
        help="language of the messages and of the blueprint (default: the system's for the "
        "messages, guessed from the names for the blueprint)",
    )
    p.add_argument(
        "--lane-kind",
        action="append",
        default=[],
        metavar="LANE=KIND",
        help="the kind of a lane, by its name, in place of the guess (repeatable); KIND is one of "
        + ", ".join(LANE_KINDS),
    )
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.add_argument("--json", action="store_true", help="print the import's notes and the diagnostics as JSON")


def refusal(error: LoadError, language: str) -> str:
    """Why the file cannot be imported, in `language`."""
    template = ERROR_TEXTS.get(error.code)
    if template is None:  # a file's own reasons (missing, a folder…): the catalogue's load words
        reason = words.load_words(error.code, error.params, language) or error.reason
    else:
        reason = translate("BpmnImport", template, language).format(**error.params)
    return words.say("file_place", language, file=error.source, place=reason) if error.source else reason


def run(args: argparse.Namespace) -> int:
    from blueprint_studio.app.shell.messages import diagnostic_line

    out = Path(args.out)
    if not out.name.endswith(SUFFIX):
        out = out.with_name(out.name.removesuffix(".json") + SUFFIX)
    if out.exists() and not args.force:
        raise ImportUsageError(words.say("exists", words.system_language(args), out=out))
    try:
        blueprint, notes = bpmn.read(args.file, language=args.lang)
    except LoadError as exc:
        lang = words.system_language(args)
        raise ImportUsageError(words.say("cannot_import", lang, reason=refusal(exc, lang))) from None
    lang = words.system_language(args, blueprint.meta.language)
    blueprint, notes = _lane_kinds(blueprint, notes, args.lane_kind, lang)
    use_language(lang)
    save(blueprint, out, keep_backup=False)
    found = validate(blueprint)
    errors = sum(d.is_error for d in found)
    if args.json:
        _print_json(args.file, out, notes, found)
        return EXIT_ERRORS if errors else EXIT_OK
    for diagnostic in [*notes, *found]:
        print(diagnostic_line(diagnostic))
    print(
        words.say(
            "imported",
            lang,
            file=out,
            nodes=counted("node", len(blueprint.nodes), lang),
            lanes=counted("lane", len(blueprint.lanes), lang),
            notes=counted("import_note", len(notes), lang),
            **words.errors_and_warnings(errors, len(found) - errors, lang),
        )
    )
    return EXIT_ERRORS if errors else EXIT_OK


def _print_json(source: str, out: Path, notes: list[Diagnostic], found: list[Diagnostic]) -> None:
    """What `validate --json` prints, with the import's notes apart from the validation's."""
    from blueprint_studio.app.shell.messages import diagnostic_text

    def listed(diagnostics: list[Diagnostic]) -> list[dict[str, Any]]:
        return [{**d.to_json(), "message": diagnostic_text(d)} for d in diagnostics]

    errors = sum(d.is_error for d in found)
    report = {
        "file": source,
        "out": str(out),
        "notes": listed(notes),
        "errors": errors,
        "warnings": len(found) - errors,
        "diagnostics": listed(found),
    }
    print(json.dumps(report, ensure_ascii=False, indent=2, default=str))


def _lane_kinds(
    blueprint: Blueprint, notes: list[Diagnostic], asked: list[str], lang: str = "en"
) -> tuple[Blueprint, list[Diagnostic]]:
    """The mapping step of the command line: --lane-kind "Name=kind" in place of the guesses."""
    kinds: dict[str, str] = {}
    for item in asked:
        name, _, kind = item.rpartition("=")
        lane = next(
            (
                ln
                for ln in blueprint.lanes
                if name.strip().casefold() in (ln.title.casefold(), ln.id.casefold())
            ),
            None,
        )
        if lane is None:
            titles = words.quoted_names((ln.title or ln.id for ln in blueprint.lanes), lang)
            raise ImportUsageError(words.say("no_lane", lang, item=item, name=name, lanes=titles))
        if kind.strip() not in LANE_KINDS:
            raise ImportUsageError(words.say("lane_kind", lang, item=item, kinds=", ".join(LANE_KINDS)))
        kinds[lane.id] = kind.strip()
    return bpmn.with_lane_kinds(blueprint, notes, kinds)


def export(args: argparse.Namespace) -> None:
    """`export FILE --bpmn OUT.bpmn`: the blueprint as BPMN 2.0 with DI and BPSim."""
    out = Path(args.bpmn)
    blueprint = load(args.file)
    lang = args.lang or blueprint.meta.language
    if out.is_dir():
        raise ImportUsageError(words.say("out_is_folder", lang, out=out, suffix=".bpmn"))
    if not out.parent.exists():
        raise ImportUsageError(words.say("no_folder", lang, folder=out.parent))
    bpmn.write_file(blueprint, out)
    print(out)
