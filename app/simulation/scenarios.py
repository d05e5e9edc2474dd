"""`ScenariosDock`: the document's scenarios, listed and edited. Every change is an undoable
command pushed on the canvas's undo stack (canvas/commands/scenarios.py); the list follows the document.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.app.simulation.document_dock import DocumentDock
from blueprint_studio.app.simulation.scenario_form import ScenarioForm
from blueprint_studio.canvas.commands import scenarios as commands
from blueprint_studio.canvas.properties.labels import display_name


class ScenariosDock(DocumentDock):
    sig_current_changed = Signal(object)  # scenario id, or None
    sig_run_requested = Signal(object)  # scenario id (double click)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Scenarios"), parent)
        self.setObjectName("dock_scenarios")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.list = QListWidget(body)
        self.list.setObjectName("scenario_list")
        self.list.setMaximumHeight(120)
        self.list.setMinimumHeight(40)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"), body)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), body)
        self.rename_button = QPushButton(self.tr("Rename…"), body)
        self.delete_button = QPushButton(self.tr("Delete"), body)
        for button in (self.new_button, self.duplicate_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.form = ScenarioForm(body)
        scroll = QScrollArea(body)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setMinimumHeight(60)
        layout.addWidget(scroll, 1)
        self.setWidget(body)
        self.new_button.clicked.connect(self.new_scenario)
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.rename_button.clicked.connect(self._ask_rename)
        self.delete_button.clicked.connect(self.delete_current)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemDoubleClicked.connect(
            lambda item: self.sig_run_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.form.sig_changed.connect(self.change_current)
        self.set_editor(None)

    # ------------------------------------------------------------ the document
    def refresh(self) -> None:
        keep = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        scenarios = self.editor.document.blueprint.scenarios if self.editor is not None else []
        for s in scenarios:
            item = QListWidgetItem(display_name(s, self.editor.document.blueprint))  # never its id
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.list.addItem(item)
        ids = [s.id for s in scenarios]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        has_doc, has_one = self.editor is not None, row >= 0
        self.new_button.setEnabled(has_doc)
        for button in (self.duplicate_button, self.rename_button, self.delete_button):
            button.setEnabled(has_one)
        self._load_form()
        if self.current_id() != keep:
            self.sig_current_changed.emit(self.current_id())

    def _load_form(self) -> None:
        if self.editor is None:
            self.form.setEnabled(False)
            return
        doc = self.editor.document
        sid = self.current_id()
        self.form.load(doc.blueprint, doc.element(sid, "scenarios") if sid else None)

    def _current_changed(self, *_: Any) -> None:
        self._load_form()
        sid = self.current_id()
        self.duplicate_button.setEnabled(sid is not None)
        self.rename_button.setEnabled(sid is not None)
        self.delete_button.setEnabled(sid is not None)
        self.sig_current_changed.emit(sid)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, scenario_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == scenario_id:
                self.list.setCurrentRow(row)

    # ------------------------------------------------------------ commands
    def _push(self, command: Any) -> None:
        self.editor.undo_stack.push(command)

    def new_scenario(self) -> str | None:
        if self.editor is None:
            return None
        command = commands.new_scenario(self.editor.document)
        self._push(command)
        new_id = command.ops[0].elements[0].id
        self.select(new_id)
        return new_id

    def duplicate_current(self) -> str | None:
        sid = self.current_id()
        if self.editor is None or sid is None:
            return None
        command = commands.duplicate_scenario(self.editor.document, sid)
        self._push(command)
        new_id = command.ops[0].elements[0].id
        self.select(new_id)
        return new_id

    def rename_current(self, name: str) -> None:
        sid = self.current_id()
        if self.editor is not None and sid is not None and name:
            self._push(commands.rename_scenario(self.editor.document, sid, name))

    def _ask_rename(self) -> None:
        sid = self.current_id()
        if self.editor is None or sid is None:
            return
        old = self.editor.document.element(sid, "scenarios")
        name, ok = QInputDialog.getText(
            self, self.tr("Rename scenario"), self.tr("Name:"), text=old.name if old else ""
        )
        if ok:
            self.rename_current(name.strip())

    def delete_current(self) -> None:
        sid = self.current_id()
        if self.editor is not None and sid is not None:
            self._push(commands.delete_scenario(self.editor.document, sid))

    def change_current(self, changes: dict) -> None:
        sid = self.current_id()
        if self.editor is None or sid is None:
            return
        text, merge = changes.pop("_undo", (None, None))  # an escalation ladder's edit: its own step
        try:
            command = commands.change_scenario(self.editor.document, sid, text, merge, **changes)
        except ValidationError as error:
            from blueprint_studio.canvas.commands.base import refusal

            message = refusal(error)  # the catalogue's words, in the window's language
            self.setStatusTip(message)
            window = self.window()
            if isinstance(window, QMainWindow):  # said where the user looks, not only on hover
                window.statusBar().showMessage(message, 10_000)
            self._load_form()
            return
        self._push(command)
