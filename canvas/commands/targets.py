"""Undoable commands of the staffing targets (`Blueprint.targets`): one command per change, a
`SwapOp` in a `SettingsCommand` (canvas/commands/settings.py), so that edits given the same
`merge_key` merge into one undo step. They hold snapshots only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from blueprint_studio.canvas.commands.settings import SettingsCommand, SwapOp
from blueprint_studio.model.document import Document, validated_copy
from blueprint_studio.model.schema import StaffingTargets


def tr(text: str) -> str:
    return QCoreApplication.translate("TargetsCommands", text)


class TargetsOp(SwapOp):
    """Swaps the document's `StaffingTargets`."""

    def put(self, doc: Document, value: StaffingTargets) -> None:
        doc.set_targets(value)


def change_targets(
    doc: Document, text: str | None = None, merge_key: tuple | None = None, **changes: Any
) -> SettingsCommand:
    """The targets with `changes` (validated now: raises pydantic's ValidationError on a refused
    value, before anything is pushed)."""
    after = validated_copy(doc.blueprint.targets, **changes)
    return SettingsCommand(
        doc, text or tr("Change staffing targets"), [TargetsOp(doc.blueprint.targets, after)], merge_key
    )
