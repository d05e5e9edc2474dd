"""Undoable commands of the staffing targets (`Blueprint.targets`): one command per change, built on
`base`'s `DocumentCommand`; typing in one box merges into one undo step. They hold snapshots only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from blueprint_studio.canvas.commands.base import DocumentCommand
from blueprint_studio.model.document import Document, validated_copy
from blueprint_studio.model.schema import StaffingTargets


def tr(text: str) -> str:
    return QCoreApplication.translate("TargetsCommands", text)


class TargetsOp:
    """Swaps the document's `StaffingTargets`."""

    def __init__(self, before: StaffingTargets, after: StaffingTargets) -> None:
        self.before, self.after = before, after

    def redo(self, doc: Document) -> None:
        doc.set_targets(self.after)

    def undo(self, doc: Document) -> None:
        doc.set_targets(self.before)

    def merge(self, other: TargetsOp) -> None:
        self.after = other.after

    @property
    def empty(self) -> bool:
        return self.before == self.after


class TargetsCommand(DocumentCommand):
    """Repeated edits of the same target (same `merge_key`) merge into one undo step."""

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not (
            isinstance(other, TargetsCommand)
            and self.merge_key is not None
            and other.merge_key == self.merge_key
            and isinstance(self.ops[0], TargetsOp)
            and isinstance(other.ops[0], TargetsOp)
        ):
            return False
        self.ops[0].merge(other.ops[0])
        if self.ops[0].empty:
            self.setObsolete(True)
        return True


def change_targets(
    doc: Document, text: str | None = None, merge_key: tuple | None = None, **changes: Any
) -> TargetsCommand:
    """The targets with `changes` (validated now: raises pydantic's ValidationError on a refused
    value, before anything is pushed)."""
    after = validated_copy(doc.blueprint.targets, **changes)
    return TargetsCommand(
        doc, text or tr("Change staffing targets"), [TargetsOp(doc.blueprint.targets, after)], merge_key
    )
