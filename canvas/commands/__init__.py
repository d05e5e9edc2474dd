"""Undoable commands: thin `QUndoCommand`s that call `Document` and hold ids and element snapshots.

`base` holds `DocumentCommand` and its operations, `elements` the drawing's commands, `cards` and
`scenarios` those of ticket cards and scenarios. What callers use is re-exported here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from blueprint_studio.canvas.commands.arrange import arrange_nodes
from blueprint_studio.canvas.commands.base import (
    MERGE_ID,
    AddOp,
    DocumentCommand,
    RemoveOp,
    ReorderOp,
    ReplaceOp,
    add_elements,
    change_elements,
    refusal,
    update_element,
)
from blueprint_studio.canvas.commands.elements import (
    add_elements_growing_lane,
    insert_band,
    move_nodes,
    remove_elements,
    reorder_band,
    resize_band,
)

__all__ = [
    "MERGE_ID",
    "AddOp",
    "DocumentCommand",
    "RemoveOp",
    "ReorderOp",
    "ReplaceOp",
    "add_elements",
    "add_elements_growing_lane",
    "arrange_nodes",
    "change_elements",
    "insert_band",
    "move_nodes",
    "refusal",
    "remove_elements",
    "reorder_band",
    "resize_band",
    "tr",
    "update_element",
]


def tr(text: str) -> str:
    """`commands.tr("…")`: the canvas's context (each module defines its own, for the extractor)."""
    return QCoreApplication.translate("Canvas", text)
