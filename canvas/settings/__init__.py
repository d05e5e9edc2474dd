"""The Blueprint settings dialog (`dialog.BlueprintSettingsDialog`) and what its tabs share:
`SettingsTab`, a base that turns an edit into a validated undo command (or a message shown next
to the field, the document unchanged). Tabs never change the document themselves.

A tab: `Tab(document, parent)`, `title()`, `show_blueprint(blueprint)`, `sig_commit` (a command).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from blueprint_studio.canvas.commands.base import refusal
from blueprint_studio.canvas.commands.settings import change_item
from blueprint_studio.model.document import Document, validated_copy
from blueprint_studio.model.schema import Blueprint


def tr(text: str) -> str:
    return QCoreApplication.translate("BlueprintSettings", text)


def error_label(parent: QWidget, name: str) -> QLabel:
    """A hidden message line shown under a field when what was typed is refused."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def fill_list(widget: QListWidget, entries: list[tuple[str, str, str]], key: str | None) -> str | None:
    """Show (id, words, tooltip) entries in `widget`, the item with id `key` selected (the first
    when `key` is gone); returns the id selected, None when the list is empty. Callers keep
    the list's selection signal quiet meanwhile."""
    widget.clear()
    for id_, text, tip in entries:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, id_)
        item.setToolTip(tip)
        widget.addItem(item)
    keys = [id_ for id_, _, _ in entries]
    if key not in keys:
        key = keys[0] if keys else None
    if key is not None:
        widget.setCurrentRow(keys.index(key))
    return key


def unused_name(taken: Collection[str], first: str, numbered: Callable[[int], str], start: int = 2) -> str:
    """`first` when no item is called so, else the first free `numbered(n)` from `start` on
    ("New policy", "New policy 2", …)."""
    name, n = first, start
    while name in taken:
        name, n = numbered(n), n + 1
    return name


class SettingsTab(QWidget):
    """Base of the dialog's tabs: `commit(build, label)` builds a command and emits it, or shows
    why it was refused under the field; `quiet` is true while the tab shows the document."""

    sig_commit = Signal(object)  # a DocumentCommand for the document's undo stack

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.quiet = False

    def title(self) -> str:
        raise NotImplementedError

    def show_blueprint(self, blueprint: Blueprint) -> None:
        raise NotImplementedError

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """While the tab shows the document: its widgets' signals make no command."""
        was, self.quiet = self.quiet, True
        try:
            yield
        finally:
            self.quiet = was

    def refresh(self) -> None:
        """Show the document as it is (after a refused edit, to put back what it holds)."""
        with self.quietly():
            self.show_blueprint(self.document.blueprint)

    def commit(self, build: Callable[[], Any], label: QLabel | None = None) -> bool:
        """Emit the command `build()` makes; when it raises (a refused value), show why under the
        field (`label`) and leave the document as it is. Returns whether a command went out."""
        if self.quiet:
            return False
        try:
            command = build()
        except ValidationError as error:
            self._refused(refusal(error), label)
            return False
        except (ValueError, KeyError) as error:
            self._refused(self.explain(error), label)
            return False
        if label is not None:
            show_error(label, "")
        if command is not None:
            self.sig_commit.emit(command)
        return True

    def commit_change(
        self, element: Any, label: QLabel | None, text: str, merge: tuple | None = None, **changes: Any
    ) -> bool:
        """One command replacing `element` by a validated copy with `changes` (a refused value is
        shown under `label`); nothing goes out when the change changes nothing."""
        if element is None:
            return False

        def build() -> Any:
            after = validated_copy(element, **changes)  # refused values raise here, with words
            return None if after == element else change_item(self.document, after, text, merge)

        return self.commit(build, label)

    def explain(self, error: Exception) -> str:
        """The words for a refusal raised by a builder (a tab words its own model codes)."""
        return str(error.args[0]) if error.args else str(error)

    def _refused(self, text: str, label: QLabel | None) -> None:
        if label is not None:
            show_error(label, text)
