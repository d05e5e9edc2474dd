"""The `blueprint-studio` command: alone or with blueprint files it opens the window; `validate`,
`templates`, `new`, `simulate`, `export`, `import` (BPMN), `calibrate` (a ticket export), `compare`,
`sweep`, `staff` (the staffing finder) and `desktop-install` work headless.
Errors go to stderr with a non-zero exit, never a traceback; a mistyped command or a missing
display is refused instead of hanging.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import difflib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from blueprint_studio.app.cli import EXIT_ERRORS, EXIT_OK, EXIT_USAGE, use_document_language
from blueprint_studio.export import catalogue  # noqa: F401 - model/'s words from the one catalogue
from blueprint_studio.model import __version__
from blueprint_studio.model.diagnostics import Diagnostic
from blueprint_studio.model.fileformat import SUFFIX, LoadError, SaveError, load, save
from blueprint_studio.model.validation import validate

EXIT_UNREADABLE = EXIT_USAGE
SUBCOMMANDS = ("validate", "templates", "new", "simulate", "export", "import", "calibrate", "desktop-install")
SUBCOMMANDS += ("compare", "sweep", "staff")  # app/cli/staffing.py


class CliError(Exception):
    """A problem to print on stderr as it is, with an exit status."""

    def __init__(self, message: str, status: int = EXIT_UNREADABLE) -> None:
        super().__init__(message)
        self.status = status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="blueprint-studio",
        description="Draw, check, simulate, teach and publish help-desk service blueprints. "
        "Without a command, opens the application (on FILE, or on the help-desk template).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser(
        "validate",
        help="check a blueprint and list its errors and warnings",
        description="Exit status: 0 no error (warnings allowed), 1 errors, 2 unreadable file.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the diagnostics as JSON")
    p.add_argument("--lang", choices=("fr", "en"), help="language of the messages (default: the document's)")
    sub.add_parser("templates", help="list the bundled templates")
    p = sub.add_parser("new", help="create a blueprint from a bundled template")
    p.add_argument("--template", required=True, metavar="NAME")
    p.add_argument("--lang", choices=("fr", "en"), default="en")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.add_argument("out", metavar="OUT")
    from blueprint_studio.app.cli import desktop as cli_desktop
    from blueprint_studio.app.cli import export as cli_export
    from blueprint_studio.app.cli import simulate as cli_simulate

    cli_simulate.add_parser(sub)
    cli_export.add_parser(sub)
    from blueprint_studio.app.cli import bpmn as cli_bpmn

    cli_bpmn.add_parser(sub)
    from blueprint_studio.app.cli import calibrate as cli_calibrate

    cli_calibrate.add_parser(sub)
    cli_desktop.add_parser(sub)
    from blueprint_studio.app.cli import staffing as cli_staffing

    cli_staffing.add_parsers(sub)
    return parser


def _describe(diag: Diagnostic) -> str:
    """One diagnostic in words, naming the elements at fault (their ids are in --json)."""
    from blueprint_studio.app.shell.messages import diagnostic_line

    return diagnostic_line(diag)


def cmd_validate(args: argparse.Namespace) -> int:
    from blueprint_studio.app.cli import words
    from blueprint_studio.app.shell.messages import diagnostic_text

    blueprint = load(args.file)
    lang = use_document_language(args, blueprint)
    diagnostics = validate(blueprint)
    errors = sum(d.is_error for d in diagnostics)
    warnings = len(diagnostics) - errors
    if args.json:
        print(
            json.dumps(
                {
                    "file": args.file,
                    "errors": errors,
                    "warnings": warnings,
                    "diagnostics": [{**d.to_json(), "message": diagnostic_text(d)} for d in diagnostics],
                },
                ensure_ascii=False,
                indent=2,
                default=str,
            )
        )
    else:
        for d in diagnostics:
            print(_describe(d))
        print(
            words.say("validated", lang, file=args.file, **words.errors_and_warnings(errors, warnings, lang))
        )
    return EXIT_ERRORS if errors else EXIT_OK


def cmd_templates(_: argparse.Namespace) -> int:
    from blueprint_studio import resources

    for name in resources.template_names():
        titles = []
        for language in resources.LANGUAGES:
            try:
                titles.append(f"{language}: {load(resources.template_path(name, language)).meta.title}")
            except (KeyError, LoadError):
                continue
        print(f"{name:<20} {' | '.join(titles)}")
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from blueprint_studio import resources
    from blueprint_studio.app.cli.words import say

    try:
        source = resources.template_path(args.template, args.lang)
    except KeyError:
        names = ", ".join(resources.template_names())
        raise CliError(
            say("unknown_template", args.lang, name=args.template, names=names), EXIT_USAGE
        ) from None
    out = Path(args.out)
    if not out.name.endswith(SUFFIX):
        out = out.with_name(out.name + SUFFIX)
    if out.exists() and not args.force:
        raise CliError(say("exists", args.lang, out=out), EXIT_USAGE)
    save(load(source), out, keep_backup=False)
    print(out)
    return EXIT_OK


def _import_bpmn(args: argparse.Namespace) -> int:
    from blueprint_studio.app.cli import bpmn as cli_bpmn

    return cli_bpmn.run(args)


def _looks_like_path(word: str) -> bool:
    return os.sep in word or "/" in word or word.endswith((SUFFIX, ".json"))


def check_gui_arguments(argv: Sequence[str]) -> None:
    """The window opens only on files: a first word that is neither a file nor a path is a
    mistyped command; a path that does not exist is refused before any window appears."""
    from blueprint_studio.app.cli.words import say, system_language

    lang = system_language(None)  # no document yet: the system's language
    files = [a for a in argv if not a.startswith("-")]
    if files and not Path(files[0]).exists() and not _looks_like_path(files[0]):
        word = files[0]
        close = difflib.get_close_matches(word, SUBCOMMANDS, n=1, cutoff=0.6)
        if close:
            hint = say("did_you_mean", lang, command=close[0])
        else:
            hint = say("commands", lang, commands=", ".join(SUBCOMMANDS))
        raise CliError(say("unknown_command", lang, word=word, hint=hint, suffix=SUFFIX), EXIT_USAGE)
    for word in files:
        path = Path(word)
        if not path.exists():
            raise CliError(say("no_such_file", lang, file=word), EXIT_USAGE)
        if path.is_dir():
            raise CliError(say("is_folder", lang, file=word), EXIT_USAGE)


def _x11_reachable() -> bool | None:
    """Whether an X server answers on $DISPLAY (None when libxcb cannot be loaded to ask)."""
    name = ctypes.util.find_library("xcb") or "libxcb.so.1"
    try:
        xcb = ctypes.CDLL(name)
    except OSError:
        return None
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(None, None)
    if not connection:
        return False
    failed = xcb.xcb_connection_has_error(connection)
    xcb.xcb_disconnect(connection)
    return not failed


def display_problem(
    environ: dict[str, str] | None = None, platform: str | None = None, lang: str = "en"
) -> str | None:
    """Why no window can be shown here (in `lang`), or None. Qt would abort (no display) or run a
    window nobody sees until it is killed (offscreen): both are refused with a message instead."""
    from blueprint_studio.app.cli.words import say

    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if qpa in ("offscreen", "minimal"):
        return say("no_window_platform", lang, platform=qpa)
    if not platform.startswith("linux") or qpa not in ("", "xcb", "wayland", "wayland-egl"):
        return None
    if qpa.startswith("wayland"):
        return None if env.get("WAYLAND_DISPLAY") else say("no_wayland", lang)
    if not env.get("DISPLAY"):
        return None if (qpa == "" and env.get("WAYLAND_DISPLAY")) else say("no_display", lang)
    if environ is None and not env.get("WAYLAND_DISPLAY") and _x11_reachable() is False:
        return say("display_silent", lang, display=env["DISPLAY"])
    return None


def run_gui(argv: Sequence[str]) -> int:
    from blueprint_studio.app.cli.words import say, system_language

    check_gui_arguments(argv)
    lang = system_language(None)
    problem = display_problem(lang=lang)
    if problem:
        raise CliError(say("no_window", lang, problem=problem), EXIT_USAGE)
    from blueprint_studio.app.shell.gui import run

    return run(list(argv))


def _run_language(args: argparse.Namespace) -> str:
    """--lang, else the language the command installed (the document's), else the system's (a
    file that cannot be read has no language of its own)."""
    from blueprint_studio.app.cli.words import system_language
    from blueprint_studio.app.shell import i18n

    if getattr(args, "lang", None):
        return str(args.lang)
    return i18n.language() if i18n.current() else system_language(args)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in SUBCOMMANDS and not argv[0].startswith("-")):
        try:
            return run_gui(argv)
        except CliError as exc:
            print(f"blueprint-studio: {exc}", file=sys.stderr)
            return exc.status
    args = _parser().parse_args(argv)
    from blueprint_studio.app.cli import desktop as cli_desktop
    from blueprint_studio.app.cli import export as cli_export
    from blueprint_studio.app.cli import simulate as cli_simulate
    from blueprint_studio.app.cli import staffing as cli_staffing
    from blueprint_studio.app.cli.bpmn import ImportUsageError
    from blueprint_studio.app.cli.calibrate import CalibrateUsageError
    from blueprint_studio.app.cli.calibrate import run as calibrate_run

    handlers = {
        "validate": cmd_validate,
        "templates": cmd_templates,
        "new": cmd_new,
        "simulate": cli_simulate.run,
        "export": cli_export.run,
        "import": _import_bpmn,
        "calibrate": calibrate_run,
        "desktop-install": cli_desktop.run,
        "compare": cli_staffing.run_compare_command,
        "sweep": cli_staffing.run_sweep_command,
        "staff": cli_staffing.run_staff_command,
    }
    try:
        if args.command is None:
            return run_gui([])
        return handlers[args.command](args)
    except LoadError as exc:
        from blueprint_studio.app.cli.words import load_error

        print(f"blueprint-studio: {load_error(exc, _run_language(args))}", file=sys.stderr)
        return EXIT_UNREADABLE
    except SaveError as exc:  # said in the run's language: --lang, else the document's
        from blueprint_studio.app.cli.words import save_error

        print(f"blueprint-studio: {save_error(exc, _run_language(args))}", file=sys.stderr)
        return EXIT_UNREADABLE
    except (
        CliError,
        cli_simulate.UsageError,
        cli_export.ExportUsageError,
        ImportUsageError,
        CalibrateUsageError,
    ) as exc:
        print(f"blueprint-studio: {exc}", file=sys.stderr)
        return getattr(exc, "status", EXIT_UNREADABLE)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (| head): not an error (an OSError, so first)
        return EXIT_OK
    except OSError as exc:  # a file the system refused, named, with why in the run's language
        from blueprint_studio.app.cli.words import os_error

        print(f"blueprint-studio: {os_error(exc, _run_language(args))}", file=sys.stderr)
        return EXIT_UNREADABLE


if __name__ == "__main__":
    sys.exit(main())
