"""Fitting a title into a box: word-wrapped, shrunk a little when needed, elided with "…" last.

Pure text layout on Qt font metrics with a small cache; it draws nothing and knows no items.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

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
PUNCTUATION = frozenset({"?", "!", ":", ";", "»"})


@dataclass(frozen=True)
class FittedText:
    """Lines to draw centred in the box, the font to draw them with, and whether text was cut."""

    lines: tuple[str, ...]
    font: QFont
    line_height: float
    elided: bool


@lru_cache(maxsize=16)
def _font(size: float) -> tuple[QFont, QFontMetricsF]:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    return font, QFontMetricsF(font)


def wrap(text: str, width: float, metrics: QFontMetricsF, strict: bool = True) -> list[str] | None:
    """Greedy word wrap; None when `strict` and a single word is wider than `width`."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in _words(paragraph):
            if strict and metrics.horizontalAdvance(word) > width:
                return None
            candidate = f"{current} {word}" if current else word
            if current and metrics.horizontalAdvance(candidate) > width:
                lines.append(current)
                current = word
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
