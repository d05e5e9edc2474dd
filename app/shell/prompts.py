"""Every question the shell asks the user, one function each, so that tests can answer them by
patching this module. They only ask; the callers act on the answer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from blueprint_studio.model.fileformat import SUFFIX


def tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


def _ask(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    info: str,
    buttons: list[tuple[str, QMessageBox.ButtonRole, str]],
    default: str,
) -> str:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(info)
    found = {}
    for label, role, answer in buttons:
        button = box.addButton(label, role)
        found[button] = answer
        if answer == default:
            box.setDefaultButton(button)
        if role == QMessageBox.ButtonRole.RejectRole:
            box.setEscapeButton(button)
    box.exec()
    return found.get(box.clickedButton(), "cancel")


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """'save', 'discard' or 'cancel'."""
    return _ask(
        parent,
        QMessageBox.Icon.Warning,
        tr("Unsaved Changes"),
        tr("Save the changes to “{name}” before closing?").format(name=name),
        tr("If you don't save, your changes since the last save are lost."),
        [
            (tr("&Save"), QMessageBox.ButtonRole.AcceptRole, "save"),
            (tr("&Don't Save"), QMessageBox.ButtonRole.DestructiveRole, "discard"),
            (tr("Cancel"), QMessageBox.ButtonRole.RejectRole, "cancel"),
        ],
        "save",
    )


def ask_disk_conflict(parent: QWidget | None, name: str) -> str:
    """'reload', 'overwrite', 'save_as' or 'cancel'."""
    return _ask(
        parent,
        QMessageBox.Icon.Warning,
        tr("File Changed on Disk"),
        tr("“{name}” was changed by someone else since you opened it.").format(name=name),
        tr(
            "Reload it and lose your changes, overwrite their version with yours, or save "
            "yours under another name?"
        ),
        [
            (tr("&Reload"), QMessageBox.ButtonRole.DestructiveRole, "reload"),
            (tr("&Overwrite"), QMessageBox.ButtonRole.AcceptRole, "overwrite"),
            (tr("Save &As…"), QMessageBox.ButtonRole.ActionRole, "save_as"),
            (tr("Cancel"), QMessageBox.ButtonRole.RejectRole, "cancel"),
        ],
        "save_as",
    )


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setInformativeText(detail)
    box.exec()


def file_filter() -> str:
    return tr("Blueprints (*{suffix});;All files (*)").format(suffix=SUFFIX)


def choose_open_paths(parent: QWidget | None, folder: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, tr("Open Blueprint"), folder, file_filter())
    return paths


def choose_save_path(parent: QWidget | None, suggestion: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Save Blueprint As"), suggestion, file_filter())
    return path
