"""The command line's own sentences (the catalogue's context "CommandLine"), said in the run's
language: the document's, or --lang. Counts take their singular or plural from model/words.py;
nothing here prints.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from blueprint_studio.app.shell.diagnostic_texts import QUOTED
from blueprint_studio.model import texts
from blueprint_studio.model.fileformat import LoadError, SaveError, os_reason
from blueprint_studio.model.kpis import number_style
from blueprint_studio.model.load_texts import CONTEXT as LOAD_CONTEXT
from blueprint_studio.model.load_texts import word
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP
from blueprint_studio.model.words import counted

CONTEXT = "CommandLine"
TEXTS: dict[str, str] = {
    # validate, import: what was found, after the diagnostics
    "validated": QT_TRANSLATE_NOOP("CommandLine", "{file}: {errors}, {warnings}"),
    "imported": QT_TRANSLATE_NOOP("CommandLine", "{file}: {nodes}, {lanes}; {notes}, {errors}, {warnings}"),
    "cannot_import": QT_TRANSLATE_NOOP("CommandLine", "cannot import {reason}"),
    "cannot_calibrate": QT_TRANSLATE_NOOP("CommandLine", "cannot calibrate from {where}{reason}"),
    "mapping_not_json": QT_TRANSLATE_NOOP(
        "CommandLine", "--mapping {item}: not a JSON object of ROLE: COLUMN"
    ),
    "mapping_bad_json": QT_TRANSLATE_NOOP(
        "CommandLine", "--mapping {item}: not valid JSON (line {line}, column {column})"
    ),
    "mapping_syntax": QT_TRANSLATE_NOOP(
        "CommandLine", "--mapping {item}: write ROLE=COLUMN, or name a JSON file"
    ),
    "mapping_role": QT_TRANSLATE_NOOP("CommandLine", "--mapping {item}: “{role}” is not a role ({roles})"),
    "no_scenario_id": QT_TRANSLATE_NOOP(
        "CommandLine", "--scenario {id}: no such scenario (scenarios: {ids})"
    ),
    "no_lane": QT_TRANSLATE_NOOP(
        "CommandLine", "--lane-kind {item}: no lane is called “{name}” (lanes: {lanes})"
    ),
    "lane_kind": QT_TRANSLATE_NOOP("CommandLine", "--lane-kind {item}: the kind must be one of {kinds}"),
    # the window asked for where it cannot open
    "unknown_command": QT_TRANSLATE_NOOP(
        "CommandLine",
        "unknown command '{word}' {hint}\nRun 'blueprint-studio --help' for the commands, or name a "
        "{suffix} file to open it in the window.",
    ),
    "did_you_mean": QT_TRANSLATE_NOOP("CommandLine", "— did you mean '{command}'?"),
    "commands": QT_TRANSLATE_NOOP("CommandLine", "(commands: {commands})"),
    "no_such_file": QT_TRANSLATE_NOOP("CommandLine", "cannot open {file}: no such file"),
    "is_folder": QT_TRANSLATE_NOOP("CommandLine", "cannot open {file}: it is a folder, not a blueprint file"),
    "no_window": QT_TRANSLATE_NOOP(
        "CommandLine",
        "cannot open the window: {problem}.\nThe commands validate, templates, new, simulate, export, "
        "import, calibrate and desktop-install work without a display (see 'blueprint-studio --help').",
    ),
    "no_window_platform": QT_TRANSLATE_NOOP("CommandLine", "QT_QPA_PLATFORM={platform} shows no window"),
    "no_wayland": QT_TRANSLATE_NOOP("CommandLine", "WAYLAND_DISPLAY is not set"),
    "no_display": QT_TRANSLATE_NOOP("CommandLine", "no display (DISPLAY is not set)"),
    "display_silent": QT_TRANSLATE_NOOP("CommandLine", "the display {display} does not answer"),
    # desktop-install
    "nothing_to_remove": QT_TRANSLATE_NOOP("CommandLine", "nothing to remove in {folder}"),
    "removed": QT_TRANSLATE_NOOP("CommandLine", "removed {path}"),
    "wrote": QT_TRANSLATE_NOOP("CommandLine", "wrote {path}"),
    "ran": QT_TRANSLATE_NOOP("CommandLine", "ran {command}"),
    "ran_failed": QT_TRANSLATE_NOOP("CommandLine", "ran {command} (failed, exit {status})"),
    # export
    "simulating": QT_TRANSLATE_NOOP("CommandLine", "Simulating “{scenario}” for the report…"),
    "simulating_default": QT_TRANSLATE_NOOP("CommandLine", "Simulating the default settings for the report…"),
    "report_refused": QT_TRANSLATE_NOOP("CommandLine", "{file}: cannot simulate for the report ({errors})"),
    "written": QT_TRANSLATE_NOOP("CommandLine", "{file}: {pages}"),
    "nothing_to_export": QT_TRANSLATE_NOOP(
        "CommandLine", "nothing to export: give --pdf, --svg or --png OUT"
    ),
    "scale_without_tile": QT_TRANSLATE_NOOP("CommandLine", "--scale applies to posters: add --tile"),
    "out_is_folder": QT_TRANSLATE_NOOP(
        "CommandLine", "{out} is a folder; give a file name ending in {suffix}"
    ),
    "no_folder": QT_TRANSLATE_NOOP("CommandLine", "the folder {folder} does not exist"),
    "cannot_read": QT_TRANSLATE_NOOP("CommandLine", "cannot read {where}: {reason}"),
    "file_place": QT_TRANSLATE_NOOP("CommandLine", "{file}: {place}"),
    "cannot_read_plain": QT_TRANSLATE_NOOP("CommandLine", "cannot read {reason}"),
    "unknown_template": QT_TRANSLATE_NOOP("CommandLine", "unknown template “{name}” (available: {names})"),
    "exists": QT_TRANSLATE_NOOP("CommandLine", "{out} already exists; choose another name or add --force"),
    "option_refused": QT_TRANSLATE_NOOP("CommandLine", "{option}: {reason}"),
    "cannot_save": QT_TRANSLATE_NOOP(
        "CommandLine", "could not save {name}: {reason}; the file on disk is unchanged"
    ),
    # export --svg / --png (export/image.py's codes)
    "image_bad_dpi": QT_TRANSLATE_NOOP(
        "CommandLine", "the resolution must be between 24 and 1200 dpi, not {dpi}"
    ),
    "image_too_large": QT_TRANSLATE_NOOP(
        "CommandLine", "a {width} × {height} pixel image is too large; use a lower --dpi"
    ),
    "image_no_folder": QT_TRANSLATE_NOOP("CommandLine", "the folder {folder} does not exist"),
    "image_not_writable": QT_TRANSLATE_NOOP("CommandLine", "could not write {name}: {reason}"),
    "image_refused": QT_TRANSLATE_NOOP("CommandLine", "could not write {name}: the disk refused the data"),
    "image_no_permission": QT_TRANSLATE_NOOP(
        "CommandLine", "you are not allowed to write in the folder {folder}"
    ),
    "image_cancelled": QT_TRANSLATE_NOOP("CommandLine", "the export was cancelled"),
    # simulate
    "warmup_too_long": QT_TRANSLATE_NOOP("CommandLine", "the warm-up must be shorter than the horizon"),
    "span_and_loop": QT_TRANSLATE_NOOP("CommandLine", "{span}; {loop}"),
    "utilisation": QT_TRANSLATE_NOOP("CommandLine", "Utilisation: {pools}"),
    "no_scenario": QT_TRANSLATE_NOOP(
        "CommandLine", "no scenario “{name}” in this blueprint (scenarios: {names})"
    ),
    "none": QT_TRANSLATE_NOOP("CommandLine", "none"),
    "cannot_simulate": QT_TRANSLATE_NOOP("CommandLine", "{file}: cannot simulate ({errors})"),
}


def system_language(args: Any, fallback: str = "en") -> str:
    """--lang, else the system locale's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else `fallback`
    (English): for a command with no document to take the language from."""
    if getattr(args, "lang", None):
        return str(args.lang)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value[:2] in ("fr", "en"):
            return value[:2]
    return fallback


def say(key: str, lang: str, **params: Any) -> str:
    """The sentence `key` in `lang` with its parameters."""
    return texts.translate(CONTEXT, TEXTS[key], lang).format(**params)


def quoted_names(names: Iterable[str], lang: str) -> str:
    """“Peak”, “Normal” in the language's quotes, for a refusal that lists what there is; "none"."""
    quoted = texts.translate("Diagnostics", QUOTED, lang)
    return ", ".join(quoted.format(title=name) for name in names) or say("none", lang)


def errors_and_warnings(errors: int, warnings: int, lang: str) -> dict[str, str]:
    """ "2 errors", "0 warnings" ("0 avertissement"), as parameters of a sentence."""
    return {"errors": counted("error", errors, lang), "warnings": counted("warning", warnings, lang)}


def validation_errors(count: int, lang: str) -> str:
    """ "1 validation error", "3 validation errors"."""
    return counted("validation_error", count, lang)


def load_words(code: str, params: dict[str, Any], lang: str, thousands: str = ",") -> str | None:
    """The catalogue's words for a code of model/load_texts.py in `lang`; None for a code it has
    no words for."""
    return word(code, params, lambda text: texts.translate(LOAD_CONTEXT, text, lang), thousands)


def os_reason_words(error: OSError, lang: str) -> str:
    """Why the system refused a file, in `lang`: the catalogue's words for the usual reasons, the
    system's for a rare one."""
    code, english = os_reason(error)
    return load_words(code, {}, lang) or english


def load_error(error: LoadError, lang: str) -> str:
    """Why a file cannot be read, in `lang`: where (the file, the place in it) and the reason."""
    reason = load_words(error.code, error.params, lang, number_style(lang).group)
    where = error.source or error.location
    if error.source and error.location:
        where = say("file_place", lang, file=error.source, place=error.location)
    return say(
        "cannot_read" if where else "cannot_read_plain", lang, where=where, reason=reason or error.reason
    )


def save_error(error: SaveError, lang: str) -> str:
    """Why a file was not saved (model.fileformat.SaveError), in `lang`: its name and the reason."""
    reason = load_words(error.reason_code, {}, lang) or error.reason
    return say("cannot_save", lang, name=error.name, reason=reason)


def os_error(error: OSError, lang: str) -> str:
    """A file the system refused (too long a name, no permission…), in `lang`: the file, then why
    (the catalogue's words for the usual reasons, the system's for a rare one)."""
    reason = os_reason_words(error, lang)
    if not isinstance(error.filename, (str, bytes, os.PathLike)) or not error.filename:
        return reason  # no file named (or a descriptor): the reason alone
    name = os.fsdecode(error.filename)
    return say("file_place", lang, file=os.path.basename(name) or name, place=reason)


def image_error(code: str, params: dict[str, Any], lang: str) -> str:
    """Why an SVG or PNG could not be written (export.image.ImageExportError), in `lang`."""
    key = f"image_{code}"
    if params.get("reason_code"):  # the system's reason, in the catalogue's words
        params = {**params, "reason": load_words(params["reason_code"], {}, lang) or params.get("reason", "")}
    return say(key, lang, **params) if key in TEXTS else code
