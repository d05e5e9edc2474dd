"""Why a file cannot be opened or saved: one English template per code, marked for Qt's
translator (the window words them in French through the catalogue; the command line prints them
as they are). No Qt here: `QT_TRANSLATE_NOOP` below is the plain marker lupdate looks for.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "LoadErrors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# Codes of our own (files, JSON, versions, limits) and pydantic's error types (schema).
LOAD_TEXTS: dict[str, str] = {
    "file_too_large": QT_TRANSLATE_NOOP("LoadErrors", "the file is larger than {limit} MB"),
    "not_a_file": QT_TRANSLATE_NOOP("LoadErrors", "it is not a file (a device, a pipe or a socket)"),
    "empty_file": QT_TRANSLATE_NOOP("LoadErrors", "the file is empty"),
    "not_utf8": QT_TRANSLATE_NOOP("LoadErrors", "it is not UTF-8 text (byte {byte})"),
    "bad_json": QT_TRANSLATE_NOOP("LoadErrors", "it is not valid JSON (line {line}, column {column})"),
    "json_constant": QT_TRANSLATE_NOOP(
        "LoadErrors", "it is not valid JSON: {name} is not a number JSON allows"
    ),
    "json_number": QT_TRANSLATE_NOOP("LoadErrors", "it is not valid JSON: a number has too many digits"),
    "too_deep": QT_TRANSLATE_NOOP("LoadErrors", "it is nested too deeply"),
    "not_a_blueprint": QT_TRANSLATE_NOOP(
        "LoadErrors", "the file does not hold a blueprint (expected a JSON object)"
    ),
    "malformed": QT_TRANSLATE_NOOP("LoadErrors", "the file does not hold a valid blueprint"),
    "newer_version": QT_TRANSLATE_NOOP(
        "LoadErrors",
        "written by {writer} in file format {version}, which this version (Blueprint Studio {ours}, format {format}) cannot read without losing information; update Blueprint Studio to open it",
    ),
    "too_many": QT_TRANSLATE_NOOP("LoadErrors", "has {count} items, more than the {limit} allowed"),
    "greater_than_equal": QT_TRANSLATE_NOOP("LoadErrors", "must be ≥ {ge}"),
    "greater_than": QT_TRANSLATE_NOOP("LoadErrors", "must be > {gt}"),
    "less_than_equal": QT_TRANSLATE_NOOP("LoadErrors", "must be ≤ {le}"),
    "less_than": QT_TRANSLATE_NOOP("LoadErrors", "must be < {lt}"),
    "missing": QT_TRANSLATE_NOOP("LoadErrors", "is required"),
    "extra_forbidden": QT_TRANSLATE_NOOP("LoadErrors", "is not a known key"),
    "string_too_long": QT_TRANSLATE_NOOP("LoadErrors", "is too long (at most {max_length} characters)"),
    "string_too_short": QT_TRANSLATE_NOOP("LoadErrors", "must not be empty"),
    "string_unicode": QT_TRANSLATE_NOOP(
        "LoadErrors", "holds a broken character (half of a UTF-16 pair) that cannot be saved"
    ),
    "unsavable_text": QT_TRANSLATE_NOOP(
        "LoadErrors", "holds a broken character ({character}, half of a UTF-16 pair) that cannot be saved"
    ),
    "too_long": QT_TRANSLATE_NOOP("LoadErrors", "has too many items (at most {max_length})"),
    "too_short": QT_TRANSLATE_NOOP("LoadErrors", "has too few items (at least {min_length})"),
    "literal_error": QT_TRANSLATE_NOOP("LoadErrors", "must be one of {expected}"),
    "union_tag_invalid": QT_TRANSLATE_NOOP(
        "LoadErrors", "has an unknown kind '{tag}' (expected {expected_tags})"
    ),
    "union_tag_not_found": QT_TRANSLATE_NOOP("LoadErrors", "needs a 'kind'"),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP(
        "LoadErrors", "is not a valid identifier (letters, digits, _ . : -)"
    ),
    "finite_number": QT_TRANSLATE_NOOP("LoadErrors", "must be a finite number"),
    "float_parsing": QT_TRANSLATE_NOOP("LoadErrors", "must be a number"),
    "float_type": QT_TRANSLATE_NOOP("LoadErrors", "must be a number"),
    "int_parsing": QT_TRANSLATE_NOOP("LoadErrors", "must be a whole number"),
    "int_type": QT_TRANSLATE_NOOP("LoadErrors", "must be a whole number"),
    "int_from_float": QT_TRANSLATE_NOOP("LoadErrors", "must be a whole number"),
    "bool_type": QT_TRANSLATE_NOOP("LoadErrors", "must be true or false"),
    "bool_parsing": QT_TRANSLATE_NOOP("LoadErrors", "must be true or false"),
    "string_type": QT_TRANSLATE_NOOP("LoadErrors", "must be text"),
    "value_type": QT_TRANSLATE_NOOP("LoadErrors", "must be text, a number, or true or false"),
    "list_type": QT_TRANSLATE_NOOP("LoadErrors", "must be a list"),
    "dict_type": QT_TRANSLATE_NOOP("LoadErrors", "must be an object"),
    "model_type": QT_TRANSLATE_NOOP("LoadErrors", "must be an object"),
    "model_attributes_type": QT_TRANSLATE_NOOP("LoadErrors", "must be an object"),
    "tuple_type": QT_TRANSLATE_NOOP("LoadErrors", "must be a pair of numbers"),
    "whole_number_min": QT_TRANSLATE_NOOP("LoadErrors", "must be a whole number ≥ 0"),
    "whole_number": QT_TRANSLATE_NOOP("LoadErrors", "must be a whole number"),
    "unsavable": QT_TRANSLATE_NOOP(
        "LoadErrors", "the document holds a value that cannot be written to a file"
    ),
    # Reasons a file or folder cannot be read or written.
    "os.ENOSPC": QT_TRANSLATE_NOOP("LoadErrors", "the disk is full"),
    "os.EDQUOT": QT_TRANSLATE_NOOP("LoadErrors", "the disk quota is exceeded"),
    "os.EACCES": QT_TRANSLATE_NOOP("LoadErrors", "permission denied"),
    "os.EROFS": QT_TRANSLATE_NOOP("LoadErrors", "the disk is read-only"),
    "os.ENOENT": QT_TRANSLATE_NOOP("LoadErrors", "the file or folder does not exist"),
    "os.EISDIR": QT_TRANSLATE_NOOP("LoadErrors", "it is a folder, not a file"),
    "os.ENAMETOOLONG": QT_TRANSLATE_NOOP("LoadErrors", "the file name is too long"),
    "os.ENOTDIR": QT_TRANSLATE_NOOP("LoadErrors", "a file stands where a folder is expected"),
    "os.ELOOP": QT_TRANSLATE_NOOP("LoadErrors", "too many symbolic links (a link points back to itself)"),
}


def word(code: str, params: dict[str, Any], translate=lambda text: text, thousands: str = ",") -> str | None:
    """The text of `code` with its parameters, through `translate`; None for an unknown code."""
    template = LOAD_TEXTS.get(code)
    if template is None:
        return None
    shown = {
        k: (
            f"{v:,}".replace(",", thousands)
            if isinstance(v, int) and not isinstance(v, bool) and abs(v) >= 10_000
            else v
        )
        for k, v in params.items()
    }
    try:
        return translate(template).format(**shown)
    except (KeyError, IndexError, ValueError):
        return template
