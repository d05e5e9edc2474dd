"""Reading XML that may be hostile: a size limit before parsing, and defusedxml, which refuses
entity declarations (the "billion laughs"), external entities and DTD fetching. Every refusal is a
`BpmnError` with a code and parameters that the window and the command line word.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET  # noqa: S405 - only for the ParseError type and Element
from pathlib import Path
from typing import Any

import defusedxml  # type: ignore[import-untyped]
from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]

from blueprint_studio.model.fileformat import LoadError
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP

MAX_BPMN_BYTES = 20 * 1024 * 1024  # far above any real diagram (a 2,000-task one is ~3 MB)

# English words of each code; the window and the command line translate them (context BpmnImport).
ERROR_TEXTS: dict[str, str] = {
    "bpmn_too_large": QT_TRANSLATE_NOOP("BpmnImport", "the file is larger than {limit} MB"),
    "bpmn_empty": QT_TRANSLATE_NOOP("BpmnImport", "the file is empty"),
    "bpmn_not_xml": QT_TRANSLATE_NOOP(
        "BpmnImport", "it is not well-formed XML (line {line}, column {column})"
    ),
    "bpmn_entities": QT_TRANSLATE_NOOP(
        "BpmnImport", "it declares XML entities, which are refused for safety (line {line})"
    ),
    "bpmn_external": QT_TRANSLATE_NOOP(
        "BpmnImport", "it refers to an external file or address, which is refused for safety"
    ),
    "bpmn_not_bpmn": QT_TRANSLATE_NOOP(
        "BpmnImport", "it is not a BPMN 2.0 file (its root element is {root})"
    ),
    "bpmn_no_process": QT_TRANSLATE_NOOP("BpmnImport", "it holds no BPMN process"),
    "bpmn_not_a_file": QT_TRANSLATE_NOOP("BpmnImport", "it is not a file (a folder, a device or a pipe)"),
    "bpmn_too_many": QT_TRANSLATE_NOOP(
        "BpmnImport", "it has {count} elements, more than the {limit} a blueprint holds"
    ),
    "bpmn_unusable": QT_TRANSLATE_NOOP(
        "BpmnImport", "it describes a process that cannot be turned into a blueprint ({reason})"
    ),
}


class BpmnError(LoadError):
    """A BPMN file that cannot be imported at all; `code` and `params` say why."""

    def __init__(self, code: str, source: str = "", **params: Any) -> None:
        reason = ERROR_TEXTS.get(code, code).format(**params)
        super().__init__(reason, "", source, code, params)


def read_bytes(source: str | os.PathLike[str] | bytes) -> tuple[bytes, str]:
    """The file's bytes and its name for messages, refusing what is not a file or too large."""
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
        name = ""
    else:
        path = Path(source)
        name = path.name
        if not path.is_file():
            if not path.exists():
                raise LoadError("the file does not exist", "", name, "os.ENOENT", {})
            raise BpmnError("bpmn_not_a_file", name)
        if path.stat().st_size > MAX_BPMN_BYTES:
            raise BpmnError("bpmn_too_large", name, limit=MAX_BPMN_BYTES // (1024 * 1024))
        with path.open("rb") as handle:
            data = handle.read(MAX_BPMN_BYTES + 1)
    if len(data) > MAX_BPMN_BYTES:
        raise BpmnError("bpmn_too_large", name, limit=MAX_BPMN_BYTES // (1024 * 1024))
    if not data.strip():
        raise BpmnError("bpmn_empty", name)
    return data, name


def parse(data: bytes, name: str = "") -> ET.Element:
    """The root element, parsed with entities and external references refused."""
    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.EntitiesForbidden as exc:
        raise BpmnError("bpmn_entities", name, line=_line_of(exc)) from None
    except (defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden):
        raise BpmnError("bpmn_external", name) from None
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise BpmnError("bpmn_not_xml", name, line=line, column=column + 1) from None
    except (ValueError, RecursionError):
        raise BpmnError("bpmn_not_xml", name, line=1, column=1) from None


def _line_of(exc: Exception) -> int:
    line = getattr(exc, "line", None) or getattr(exc, "lineno", None)
    return int(line) if isinstance(line, int) else 1
