"""User text made safe for the PDF: characters the font cannot draw are replaced, markup is
escaped before it reaches reportlab's Paragraph parser, long text is wrapped or cut with an
ellipsis. Pure functions over strings and font metrics; they never draw.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from blueprint_studio.export.fonts import covered, string_width
from blueprint_studio.model.labels import hyphen_pieces

REPLACEMENT = "\ufffd"  # drawn by DejaVu as a diamond with a question mark
ELLIPSIS = "…"
BREAKABLE = " "  # only a plain space breaks a line: U+00A0 and U+202F keep words together
MAX_CHARS = 2_000  # no single text element draws more than this


@lru_cache(maxsize=8192)
def printable(text: str, keep_newlines: bool = True) -> str:
    """`text` with control and format characters removed, tabs as spaces, and every character
    the embedded font lacks (emoji outside its set, CJK, lone surrogates) replaced by U+FFFD."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    have = covered()
    out = []
    for ch in text:
        code = ord(ch)
        if ch == "\n":
            out.append("\n" if keep_newlines else " ")
        elif code < 32 or 0x7F <= code < 0xA0:
            continue
        elif code >= 0xAD and unicodedata.category(ch) == "Cf":
            continue  # zero-width spaces and joiners, bidi overrides, BOM: invisible or tricks
        elif code in have:
            out.append(ch)
        elif unicodedata.category(ch) in ("Mn", "Me"):
            continue  # combining marks the font lacks (variation selectors): drop, not box
        else:
            out.append(REPLACEMENT)
    return "".join(out)


def escape(text: str) -> str:
    """Printable text as Paragraph markup that shows exactly the characters given: `<b>` prints
    as `<b>`, `&amp;` as `&amp;`, and a newline becomes a line break."""
    safe = printable(text[: MAX_CHARS * 10])
    safe = safe.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return safe.replace("\n", "<br/>")


def ellipsize(text: str, size: float, width: float, bold: bool = False) -> str:
    """The longest start of `text` that fits `width` with an ellipsis (or `text` if it fits)."""
    if string_width(text, size, bold) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # binary search on the cut: widths grow with the prefix
        mid = (lo + hi + 1) // 2
        if string_width(text[:mid].rstrip() + ELLIPSIS, size, bold) <= width:
            lo = mid
        else:
            hi = mid - 1
    return (
        (text[:lo].rstrip() + ELLIPSIS)
        if lo
        else (ELLIPSIS if string_width(ELLIPSIS, size, bold) <= width else "")
    )


def _break_word(word: str, size: float, width: float, bold: bool) -> list[str]:
    """A word wider than the line, cut into pieces that fit: after its hyphens first, as the
    canvas does ("libre-" / "service"), then letter by letter where a piece is still too wide."""
    pieces: list[str] = []
    for part in hyphen_pieces(word):
        if pieces and string_width(pieces[-1] + part, size, bold) <= width:
            pieces[-1] += part
        elif string_width(part, size, bold) <= width:
            pieces.append(part)
        else:
            pieces.extend(_letters(part, size, width, bold))
    return pieces


def _letters(word: str, size: float, width: float, bold: bool) -> list[str]:
    pieces, start = [], 0
    while start < len(word):
        end = start + 1
        while end < len(word) and string_width(word[start : end + 1], size, bold) <= width:
            end += 1
        pieces.append(word[start:end])
        start = end
    return pieces


@lru_cache(maxsize=16384)
def wrap(text: str, size: float, width: float, max_lines: int = 0, bold: bool = False) -> tuple[str, ...]:
    """`text` (already printable) broken into lines no wider than `width`; with `max_lines`,
    the last kept line ends with an ellipsis when text was left out."""
    text = text[:MAX_CHARS]
    lines: list[str] = []
    space = string_width(" ", size, bold)
    for paragraph in text.split("\n"):
        line, line_width = "", 0.0
        for word in paragraph.split(BREAKABLE):
            if not word:
                continue
            w = string_width(word, size, bold)
            if line and line_width + space + w <= width:
                line, line_width = f"{line} {word}", line_width + space + w
                continue
            if line:
                lines.append(line)
            if w <= width:
                line, line_width = word, w
            else:
                *full, line = _break_word(word, size, width, bold)
                lines.extend(full)
                line_width = string_width(line, size, bold)
            if max_lines and len(lines) > max_lines:
                break
        lines.append(line)
        if max_lines and len(lines) > max_lines:
            break
    if max_lines and len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = ellipsize(kept[-1] + " " + lines[max_lines], size, width, bold)
        if not kept[-1].endswith(ELLIPSIS):
            kept[-1] = ellipsize(kept[-1] + ELLIPSIS + ELLIPSIS, size, width, bold)
        return tuple(kept)
    return tuple(lines)
