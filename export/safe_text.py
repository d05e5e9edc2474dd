"""Text made safe for the files we write: XML 1.0 (SVG, XES) cannot hold control characters,
lone surrogates or U+FFFE/U+FFFF; spreadsheet cells must not start a formula (OWASP CSV
injection). Pure functions, no Qt, no reportlab.
"""

from __future__ import annotations

import math
import re
from typing import Any

# Everything outside XML 1.0's Char production: C0 controls but tab, LF and CR, lone
# surrogates, U+FFFE and U+FFFF. (C1 controls are legal XML, only discouraged; they stay.)
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_REFERENCE = re.compile(r"&#(x[0-9a-fA-F]+|[0-9]+);")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def xml_safe(text: Any) -> str:
    """`text` without the characters XML 1.0 cannot hold (they are invisible or unencodable)."""
    return _NOT_XML.sub("", str(text))


def xml_document_safe(document: str) -> str:
    """A whole XML text with forbidden characters, raw or as `&#…;` references, removed."""
    return _REFERENCE.sub(_legal_reference, xml_safe(document))


def _legal_reference(match: re.Match[str]) -> str:
    digits = match.group(1)
    code = int(digits[1:], 16) if digits[0] == "x" else int(digits)
    return match.group(0) if code <= 0x10FFFF and xml_safe(chr(code)) else ""


def csv_safe(cell: Any) -> Any:
    """A spreadsheet cell that cannot start a formula: text beginning with = + - @, a tab or a
    carriage return gets a leading single quote (OWASP). Numbers, and text that reads as a finite
    number ("-1.5"), are left alone so they stay numbers."""
    if not isinstance(cell, str) or not cell.startswith(FORMULA_STARTS):
        return cell
    try:
        if math.isfinite(float(cell)) and cell.strip() == cell:
            return cell
    except ValueError:
        pass
    return "'" + cell


def csv_row(row: list[Any] | tuple[Any, ...]) -> list[Any]:
    return [csv_safe(cell) for cell in row]
