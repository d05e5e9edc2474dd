"""File › Import… (a BPMN 2.0 file, opened as a new unsaved blueprint with what the import
changed listed in the Diagnostics panel) and File › Export as BPMN…. The mapping itself is
model/bpmn's; here are the dialogs, the messages and the tab.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QWidget

from blueprint_studio.app.files.bpmn_mapping import choose_lane_kinds
from blueprint_studio.app.shell import prompts
from blueprint_studio.app.shell.i18n import plural
from blueprint_studio.model import bpmn
from blueprint_studio.model.bpmn.safe_xml import ERROR_TEXTS
from blueprint_studio.model.fileformat import LoadError, SaveError
from blueprint_studio.model.load_texts import CONTEXT, word

if TYPE_CHECKING:
    from blueprint_studio.app.files.document_tab import DocumentTab
    from blueprint_studio.app.files.documents import DocumentHost

BPMN_SUFFIX = ".bpmn"


def tr(text: str) -> str:
    return QCoreApplication.translate("BpmnImport", text)


def error_text(error: LoadError) -> str:
    """Why a BPMN file cannot be imported, in the user's language."""
    template = ERROR_TEXTS.get(error.code)
    if template is not None:
        try:
            return tr(template).format(**error.params)
        except (KeyError, IndexError, ValueError):
            return tr(template)
    group = QLocale().groupSeparator() or ","
    return (
        word(error.code, error.params, lambda t: QCoreApplication.translate(CONTEXT, t), group)
        or error.reason
    )


def bpmn_filter() -> str:
    return tr("BPMN 2.0 processes (*.bpmn *.bpmn20.xml *.xml);;All files (*)")


def choose_import_path(parent: QWidget | None, folder: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Import a BPMN Process"), folder, bpmn_filter())
    return path


def choose_export_path(parent: QWidget | None, suggestion: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Export as BPMN"), suggestion, bpmn_filter())
    return path


def import_path(window: DocumentHost, path: Path) -> DocumentTab | None:
    """The BPMN file as a new unsaved tab, its import notes in the Diagnostics panel."""
    try:
        blueprint, notes = bpmn.read(path)  # the document's language: that of its names
    except LoadError as exc:
        text = tr("“{name}” cannot be imported.").format(name=path.name)
        window.status_message(text)
        prompts.show_error(
            window,  # type: ignore[arg-type]
            tr("Cannot Import the File"),
            text,
            tr("Problem found: {reason}. The file itself is unchanged.").format(reason=error_text(exc)),
        )
        return None
    if blueprint.lanes:
        kinds = choose_lane_kinds(window, blueprint.lanes, path.name)  # type: ignore[arg-type]
        if kinds is None:
            window.status_message(tr("Import of “{name}” cancelled.").format(name=path.name))
            return None
        blueprint, notes = bpmn.with_lane_kinds(blueprint, notes, kinds)
    tab = window.add_tab(blueprint, None)
    tab.overlay.notes = list(notes)
    tab.overlay.run()
    tab.set_forced_dirty(True)  # nothing on disk holds it yet: closing asks to save
    dock = getattr(window, "diagnostics_dock", None)
    if notes and dock is not None:
        dock.show()
        dock.raise_()
    one = tr("Imported “{name}”: {count} point to check in the Diagnostics panel.")
    many = tr("Imported “{name}”: {count} points to check in the Diagnostics panel.")
    window.status_message(plural(len(notes), one, many).format(name=path.name, count=len(notes)))
    return tab


def import_dialog(window: DocumentHost) -> DocumentTab | None:
    chosen = choose_import_path(window, str(window.current_folder()))  # type: ignore[arg-type]
    return import_path(window, Path(chosen)) if chosen else None


def export_dialog(window: DocumentHost, reason_of: Callable[[SaveError], str]) -> bool:
    """The current blueprint as a BPMN file; a failed write said as a failed save is (`reason_of`:
    documents.save_error_text, passed in since documents imports this module)."""
    tab = window.current_tab()
    if tab is None:
        return False
    stem = tab.path.name.removesuffix(".blueprint.json") if tab.path else _safe(tab.display_name())
    folder = tab.path.parent if tab.path else window.current_folder()
    chosen = choose_export_path(window, str(folder / f"{stem}{BPMN_SUFFIX}"))  # type: ignore[arg-type]
    if not chosen:
        return False
    target = Path(chosen)
    if not target.suffix:
        target = target.with_suffix(BPMN_SUFFIX)
    try:
        bpmn.write_file(tab.document.blueprint, target)
    except SaveError as exc:
        text = tr("“{name}” was not written.").format(name=target.name)
        window.status_message(text)
        prompts.show_error(window, tr("Export Failed"), text, reason_of(exc))  # type: ignore[arg-type]
        return False
    window.status_message(tr("Exported “{name}” as BPMN.").format(name=target.name))
    return True


def _safe(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip()
    return cleaned[:80] or "blueprint"
