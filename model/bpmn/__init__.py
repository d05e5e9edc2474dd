"""BPMN 2.0 with BPSim: a blueprint in (`read`) and out (`write`). Pure model code, no Qt.

What a blueprint cannot hold as it is comes back as `Diagnostic`s with codes of
`model.diagnostics.IMPORT_CODES`; a file that cannot be read at all raises `BpmnError`.
"""

from __future__ import annotations

from blueprint_studio.model.bpmn.reader import read, with_lane_kinds
from blueprint_studio.model.bpmn.safe_xml import MAX_BPMN_BYTES, BpmnError
from blueprint_studio.model.bpmn.writer import write, write_file

__all__ = ["read", "with_lane_kinds", "write", "write_file", "BpmnError", "MAX_BPMN_BYTES"]
