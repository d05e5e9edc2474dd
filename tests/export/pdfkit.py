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
