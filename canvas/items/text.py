"""Fitting a title into a box: word-wrapped, shrunk a little when needed, elided with "…" last;
and its short form for low zoom, at a size that stays legible on screen.

Pure text layout on Qt font metrics with a small cache; it draws nothing and knows no items.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from math import ceil

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from blueprint_studio.model.labels import hyphen_pieces
from blueprint_studio.model.style import FONT_FAMILY, TITLE_POINT_SIZE

# From the title size down to a size that still reads at 100 % zoom.
SIZES: tuple[float, ...] = (
    TITLE_POINT_SIZE,
    TITLE_POINT_SIZE - 0.5,
    TITLE_POINT_SIZE - 1.0,
    TITLE_POINT_SIZE - 1.5,
    TITLE_POINT_SIZE - 2.0,
)
ELLIPSIS = "…"
FULL_MIN_PX = 7.0  # a title smaller than this on the device gives way to its short form
SHORT_MIN_PX = 9.0  # the short form of a title is at least this tall on the device
SHORT_OVERFLOW = 1.25  # a short line may be this much taller than its box, never more
PUNCTUATION = frozenset({"?", "!", ":", ";", "»"})
DASHES = frozenset({"—", "–", "-"})  # a short form leaves out a dash standing alone ("Level 1 — …")


@dataclass(frozen=True)
class FittedText:
    """Lines to draw centred in the box, the font to draw them with, and whether text was cut."""

    lines: tuple[str, ...]
    font: QFont
    line_height: float
    elided: bool
    short: bool = False  # the low-zoom short form (see `short_text`)


@lru_cache(maxsize=16)
def _font(size: float) -> tuple[QFont, QFontMetricsF]:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    return font, QFontMetricsF(font)


def wrap(text: str, width: float, metrics: QFontMetricsF, strict: bool = True) -> list[str] | None:
    """Greedy word wrap; a word wider than `width` breaks after its hyphens ("libre-" /
    "service"); None when `strict` and a piece is still wider than `width`."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in _words(paragraph):
            pieces = hyphen_pieces(word) if metrics.horizontalAdvance(word) > width else [word]
            for k, piece in enumerate(pieces):
                if strict and metrics.horizontalAdvance(piece) > width:
                    return None
                glue = "" if k else " "
                candidate = f"{current}{glue}{piece}" if current else piece
                if current and metrics.horizontalAdvance(candidate) > width:
                    lines.append(current)
                    current = piece
                else:
                    current = candidate
        lines.append(current)
    return lines


def _words(paragraph: str) -> list[str]:
    """Words to wrap at; a lone "?", "!", ":" or ";" (French spacing) stays with the word before."""
    words: list[str] = []
    for word in paragraph.split():
        if words and word in PUNCTUATION:
            words[-1] += "\u00a0" + word
        else:
            words.append(word)
    return words


@lru_cache(maxsize=8192)
def fit_text(text: str, width: float, height: float) -> FittedText:
    """The largest of `SIZES` at which `text` fits the box; else the smallest, elided."""
    for size in SIZES:
        font, metrics = _font(size)
        lines = wrap(text, width, metrics)
        if lines is not None and len(lines) * metrics.lineSpacing() <= height + 1:
            return FittedText(tuple(lines), font, metrics.lineSpacing(), False)
    font, metrics = _font(SIZES[-1])
    return FittedText(tuple(_elided_lines(text, width, height, metrics)), font, metrics.lineSpacing(), True)


def _elided_lines(text: str, width: float, height: float, metrics: QFontMetricsF) -> list[str]:
    room = max(1, int((height + 1) // metrics.lineSpacing()))
    lines = wrap(text, width, metrics, strict=False) or [""]
    kept = lines[:room]
    cut = len(lines) > room or any(metrics.horizontalAdvance(line) > width for line in kept)
    if cut:
        last = kept[-1] + (ELLIPSIS if len(lines) > room else "")
        mode = Qt.TextElideMode.ElideRight
        kept = [metrics.elidedText(line, mode, width) for line in kept[:-1]] + [
            _elide_end(last, width, metrics)
        ]
    return kept


def _elide_end(line: str, width: float, metrics: QFontMetricsF) -> str:
    """`line` cut to `width`, always ending with "…" (Qt only adds it when the text overflows)."""
    if line.endswith(ELLIPSIS) and metrics.horizontalAdvance(line) <= width:
        return line
    body = line.removesuffix(ELLIPSIS)
    while body and metrics.horizontalAdvance(body + ELLIPSIS) > width:
        body = body[:-1]
    return body.rstrip() + ELLIPSIS


def text_px(font: QFont, lod: float, dpi: float) -> float:
    """How tall (its em) `font` is drawn on a device of `dpi` at the level of detail `lod`."""
    em = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * dpi / 72.0
    return em * lod


def short_pixel_size(lod: float, least: float = SHORT_MIN_PX) -> int:
    """The pixel size, in scene units, of a font at least `least` device pixels tall at `lod`."""
    return max(1, ceil(least / max(lod, 1e-6) - 1e-9))


@lru_cache(maxsize=32)
def pixel_font(pixel_size: int, bold: bool = False) -> tuple[QFont, QFontMetricsF]:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font, QFontMetricsF(font)


@lru_cache(maxsize=8192)
def short_text(
    text: str, width: float, height: float, pixel_size: int, lines: int = 2, bold: bool = False
) -> FittedText | None:
    """The first words of `text` that fit at most `lines` lines of `width` at `pixel_size`, cut at a
    word boundary with "…" when the rest does not fit (lone dashes left out); None when not even
    one line fits the box."""
    font, metrics = pixel_font(pixel_size, bold)
    spacing = metrics.lineSpacing()
    if spacing > height * SHORT_OVERFLOW:
        return None
    room = max(1, min(lines, int((height + 1) // spacing)))
    kept: list[str] = []
    current = ""
    words = [w for w in _words(" ".join(text.split())) if w not in DASHES] or [text.strip()]
    elided = False
    i = 0
    while i < len(words):
        candidate = f"{current} {words[i]}" if current else words[i]
        if metrics.horizontalAdvance(candidate) <= width:
            current, i = candidate, i + 1
        elif current and len(kept) + 1 < room:
            kept.append(current)
            current = ""
        else:
            current = (
                word_ellipsis(current, width, metrics) if current else _elide_end(words[i], width, metrics)
            )
            elided = True
            break
    kept.append(current)
    if not kept[0] or kept[0] == ELLIPSIS:
        return None
    return FittedText(tuple(kept), font, spacing, elided, True)


def word_ellipsis(line: str, width: float, metrics: QFontMetricsF) -> str:
    """`line` followed by "…", dropping its last words until it fits `width`."""
    words = line.split(" ")
    while len(words) > 1 and metrics.horizontalAdvance(" ".join(words) + ELLIPSIS) > width:
        words.pop()
    return _elide_end(" ".join(words) + ELLIPSIS, width, metrics)
