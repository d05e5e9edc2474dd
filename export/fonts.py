"""The embedded fonts of every exported PDF: DejaVu Sans and Sans Bold from resources/fonts/
(licence beside them), registered once with reportlab. Knows which characters they cover; no Qt.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from blueprint_studio import resources

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
_covered: frozenset[int] | None = None


class FontMissing(Exception):
    """The bundled font files are not installed (a broken package)."""


def font_folder() -> Path:
    return resources.folder("fonts")


def register() -> None:
    """Register the fonts with reportlab (idempotent) and make <b> in paragraphs use the bold face."""
    global _covered
    if _covered is not None:
        return
    folder = font_folder()
    for name, filename in _FILES.items():
        path = folder / filename
        if not path.is_file():
            raise FontMissing(f"the font file {path} is missing; reinstall Blueprint Studio")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    for bold, italic, face in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT), (1, 1, FONT_BOLD)):
        addMapping(FONT, bold, italic, face)
    regular = pdfmetrics.getFont(FONT).face.charToGlyph
    bold_map = pdfmetrics.getFont(FONT_BOLD).face.charToGlyph
    # A character must exist in both faces: a title may be drawn in either.
    _covered = frozenset(c for c in regular if c in bold_map and regular[c] and bold_map[c])


def covered() -> frozenset[int]:
    """Code points both faces can draw."""
    register()
    assert _covered is not None
    return _covered


def string_width(text: str, size: float, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(text, FONT_BOLD if bold else FONT, size)
