"""Undoable scenario commands (create, rename, duplicate, delete, change) for the canvas's
QUndoStack, built on canvas/commands.py's `DocumentCommand`; they hold ids and snapshots only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from blueprint_studio.canvas.commands import AddOp, DocumentCommand, RemoveOp, ReplaceOp
from blueprint_studio.model.document import Document
from blueprint_studio.model.schema import Scenario


def tr(text: str) -> str:
    return QCoreApplication.translate("Scenarios", text)


def new_scenario(doc: Document, name: str | None = None, **fields: Any) -> DocumentCommand:
    scenario = Scenario(id=doc.new_id("scenario"), name=name or tr("New scenario"), **fields)
    return DocumentCommand(doc, tr("New scenario"), [AddOp([scenario])])


def rename_scenario(doc: Document, scenario_id: str, name: str) -> DocumentCommand:
    return change_scenario(doc, scenario_id, tr("Rename scenario"), name=name)


def change_scenario(
    doc: Document, scenario_id: str, text: str | None = None, **changes: Any
) -> DocumentCommand:
    """A validated copy with `changes` (raises pydantic's ValidationError on a bad value).
    Repeated edits of one scenario's same fields merge into one undo step."""
    old = doc.element(scenario_id, "scenarios")
    if old is None:
        raise KeyError(scenario_id)
    new = Scenario.model_validate({**old.model_dump(), **changes})
    return DocumentCommand(
        doc,
        text or tr("Change scenario"),
        [ReplaceOp([old], [new])],
        merge_key=("scenario", scenario_id, tuple(sorted(changes))),
    )


def duplicate_scenario(doc: Document, scenario_id: str) -> DocumentCommand:
    old = doc.element(scenario_id, "scenarios")
    if old is None:
        raise KeyError(scenario_id)
    copy = old.model_copy(
        update={"id": doc.new_id("scenario"), "name": tr("{name} (copy)").format(name=old.name or old.id)}
    )
    return DocumentCommand(doc, tr("Duplicate scenario"), [AddOp([copy])])


def delete_scenario(doc: Document, scenario_id: str) -> DocumentCommand:
    return DocumentCommand(doc, tr("Delete scenario"), [RemoveOp([scenario_id])])
