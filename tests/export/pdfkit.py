"""Helpers for the export tests: build PDFs in memory and read them back with pypdf."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from blueprint_studio import resources
from blueprint_studio.export.pdfdoc import PdfOptions
from blueprint_studio.export.publish import write_pdf
from blueprint_studio.model.fileformat import load

TEMPLATES = ("helpdesk_flow", "service_blueprint", "tiered_support", "ticket_states")


def template(name: str, language: str = "fr"):
    return load(resources.template_path(name, language))


def pdf_bytes(blueprint, **kwargs) -> bytes:
    options = kwargs.pop("options", None) or PdfOptions(invariant=True)
    buffer = io.BytesIO()
    write_pdf(buffer, blueprint, options, **kwargs)
    return buffer.getvalue()


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in reader(data).pages)


def squeeze(text: str) -> str:
    """Text without any whitespace (PDF extraction splits wrapped lines unpredictably)."""
    return re.sub(r"[\s\u00a0\u202f]+", "", text)


def outline_titles(data: bytes) -> list[str]:
    found: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append(item.title)

    walk(reader(data).outline)
    return found


def text_runs(data: bytes) -> list[tuple[float, str, int, float, float, float]]:
    """(printed size in points, text, page index, x, y, x scale) of every piece of text in the
    PDF, from its content streams (forms too): the font size times the length of the text's y
    axis under the text matrix and the current transformation; (x, y) where it starts on the page."""
    found: list[tuple[float, str, int, float, float, float]] = []
    for index, page in enumerate(reader(data).pages):

        def visit(text, cm, tm, font, size, index=index) -> None:
            if not text.strip() or not size:
                return
            # [a b c d e f] matrices: the product tm × cm maps text space to the page
            a = tm[0] * cm[0] + tm[1] * cm[2]
            b = tm[0] * cm[1] + tm[1] * cm[3]
            c = tm[2] * cm[0] + tm[3] * cm[2]
            d = tm[2] * cm[1] + tm[3] * cm[3]
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            height, width = (c * c + d * d) ** 0.5, (a * a + b * b) ** 0.5
            found.append((abs(size) * height, text.strip(), index, x, y, width))

        page.extract_text(visitor_text=visit)
    return found


def text_sizes(data: bytes) -> list[tuple[float, str, int]]:
    """(printed size in points, text, page index) of every piece of text in the PDF."""
    return [(size, text, page) for size, text, page, *_ in text_runs(data)]


def smallest_text_pt(data: bytes) -> float:
    """The size in points of the smallest text printed anywhere in the PDF."""
    return min(size for size, _, _ in text_sizes(data))
