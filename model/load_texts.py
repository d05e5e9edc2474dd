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
    # Rules of the schema (model/schema.py's PydanticCustomError codes)
    "low_above_high": QT_TRANSLATE_NOOP("LoadErrors", "the lowest value must not exceed the highest"),
    "mode_outside": QT_TRANSLATE_NOOP(
        "LoadErrors", "the most likely value must lie between the lowest and the highest"
    ),
    "choice_without_values": QT_TRANSLATE_NOOP("LoadErrors", "a choice field needs at least one value"),
    "values_repeated": QT_TRANSLATE_NOOP("LoadErrors", "its values must all differ"),
    "weights_count": QT_TRANSLATE_NOOP("LoadErrors", "it needs one weight per value"),
    "weights_zero": QT_TRANSLATE_NOOP("LoadErrors", "its weights must not all be zero"),
    "values_not_choice": QT_TRANSLATE_NOOP("LoadErrors", "only a choice field has values and weights"),
    "label_not_value": QT_TRANSLATE_NOOP(
        "LoadErrors", "has labels for “{value}”, which is not one of its values"
    ),
    "default_not_value": QT_TRANSLATE_NOOP("LoadErrors", "its default “{value}” is not one of its values"),
    "builtin_field": QT_TRANSLATE_NOOP("LoadErrors", "“{name}” is a built-in field"),
    "shift_order": QT_TRANSLATE_NOOP(
        "LoadErrors", "a shift must end after it starts (split a night shift in two)"
    ),
    "hours_order": QT_TRANSLATE_NOOP("LoadErrors", "opening hours must end after they start"),
    "iso_date": QT_TRANSLATE_NOOP("LoadErrors", "must be a date written YYYY-MM-DD"),
    "link_rules": QT_TRANSLATE_NOOP(
        "LoadErrors", "a link has at most one of: a condition, a probability, or default"
    ),
    "scenario_length": QT_TRANSLATE_NOOP("LoadErrors", "a scenario needs a horizon or a number of tickets"),
    "warmup_too_long": QT_TRANSLATE_NOOP("LoadErrors", "the warm-up must be shorter than the horizon"),
    "used_twice": QT_TRANSLATE_NOOP("LoadErrors", "“{key}” is used twice"),
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
