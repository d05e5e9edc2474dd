"""Undoable scenario commands (create, rename, duplicate, delete, change) for the canvas's
QUndoStack, built on `base`'s `DocumentCommand`; they hold ids and snapshots only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from blueprint_studio.canvas.commands.base import (
    DocumentCommand,
    add_elements,
    element_of,
    remove_ids,
    update_element,
)
from blueprint_studio.model.document import Document, validated_copy
from blueprint_studio.model.schema import Scenario


def tr(text: str) -> str:
    return QCoreApplication.translate("Scenarios", text)


def new_scenario(doc: Document, name: str | None = None, **fields: Any) -> DocumentCommand:
    scenario = Scenario(id=doc.new_id("scenario"), name=name or tr("New scenario"), **fields)
    return add_elements(doc, [scenario], tr("New scenario"))


def rename_scenario(doc: Document, scenario_id: str, name: str) -> DocumentCommand:
    return change_scenario(doc, scenario_id, tr("Rename scenario"), name=name)


def change_scenario(
    doc: Document, scenario_id: str, text: str | None = None, merge: str | None = None, **changes: Any
) -> DocumentCommand:
    """The scenario with `changes` (raises pydantic's ValidationError on a bad value).
    Repeated edits of one scenario's same fields merge into one undo step; with `merge` (an
    escalation ladder's edit: canvas/settings/ladder_box.py) only edits of that same kind do,
    and "" merges with nothing."""
    key = ("scenario", scenario_id, tuple(sorted(changes)))
    return update_element(
        doc,
        scenario_id,
        text or tr("Change scenario"),
        merge_key=key if merge is None else (key + (merge,) if merge else None),
        collection="scenarios",
        **changes,
    )


def duplicate_scenario(doc: Document, scenario_id: str) -> DocumentCommand:
    old = element_of(doc, scenario_id, "scenarios")
    copy = validated_copy(
        old, id=doc.new_id("scenario"), name=tr("{name} (copy)").format(name=old.name or old.id)
    )
    return add_elements(doc, [copy], tr("Duplicate scenario"))


def delete_scenario(doc: Document, scenario_id: str) -> DocumentCommand:
    return remove_ids(doc, [scenario_id], tr("Delete scenario"))
