"""Opening, saving and closing blueprints: New (blank or from a template), Open (dialog, recent
files, drops, command line), Save / Save As through model.fileformat's atomic save, Close with
Save / Discard / Cancel, and the conflict check when the file changed on disk. No widgets here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from blueprint_studio import resources
from blueprint_studio.app.files.document_tab import DocumentTab, digest, file_digest
from blueprint_studio.app.shell import prompts
from blueprint_studio.model.fileformat import (
    FORMAT_VERSION,
    SUFFIX,
    LoadError,
    SaveError,
    dumps,
    load,
    load_with_content,
    over_limits,
    read_file,
    save,
)
from blueprint_studio.model.load_texts import CONTEXT, word
from blueprint_studio.model.schema import Blueprint, Meta

if TYPE_CHECKING:
    from blueprint_studio.app.files.filewatch import FileWatcher
    from blueprint_studio.app.files.recovery import Autosaver


class DocumentHost(Protocol):
    """What the controller needs of the window that owns it (its parent, and the parent of its
    prompts): handed in, never imported, so the dependency runs one way, window to documents."""

    language: str
    watcher: FileWatcher
    autosaver: Autosaver

    def tabs(self) -> list[DocumentTab]: ...

    def current_tab(self) -> DocumentTab | None: ...

    def show_tab(self, tab: DocumentTab) -> None: ...

    def add_tab(self, blueprint: Blueprint, path: Path | None) -> DocumentTab: ...

    def remove_tab(self, tab: DocumentTab) -> None: ...

    def current_folder(self) -> Path: ...

    def remember_recent(self, path: Path) -> None: ...

    def status_message(self, text: str, timeout: int = 8000) -> None: ...


def tr(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def is_newer_version(path: Path) -> bool:
    """Whether the file declares a reader version above ours (read again only after a failure)."""
    try:
        data = json.loads(read_file(path))
    except (LoadError, ValueError, RecursionError):
        return False
    if not isinstance(data, dict):
        return False
    need = data.get("min_reader_version", data.get("format_version"))
    return isinstance(need, int) and not isinstance(need, bool) and need > FORMAT_VERSION


def _thousands() -> str:
    """The digit grouping of the language in use: 200 000 in French, 200,000 in English."""
    return QLocale().groupSeparator() or ","


def load_reason_text(error: LoadError) -> str:
    """The reason a file cannot be opened, in the user's language (model codes, one catalogue)."""
    text = word(error.code, error.params, lambda t: QCoreApplication.translate(CONTEXT, t), _thousands())
    return text if text is not None else error.reason


def save_error_text(error: SaveError) -> str:
    """Why a save did not happen, in the user's language; says that nothing on disk changed."""
    reason = word(error.reason_code, {}, lambda t: QCoreApplication.translate(CONTEXT, t)) or error.reason
    return tr("{reason}. The file on disk is unchanged.").format(reason=reason[:1].upper() + reason[1:])


def open_error_text(path: Path, error: LoadError) -> tuple[str, str]:
    """The one message for every way of opening a file: (text, detail)."""
    name = path.name
    if is_newer_version(path):
        return (
            tr("“{name}” was made with a newer version of Blueprint Studio.").format(name=name),
            tr(
                "This version cannot open it without losing information, so it was not opened. "
                "Update Blueprint Studio to open it. The file itself is unchanged."
            ),
        )
    if not path.exists():
        return tr("“{name}” cannot be found.").format(name=name), str(path)
    where = f" ({error.location})" if error.location else ""
    if error.code.startswith("os.") or error.code == "not_a_file":  # not the content: the file
        return (
            tr("“{name}” cannot be read.").format(name=name),
            tr("Problem found{where}: {reason}. The file itself is unchanged.").format(
                where=where, reason=load_reason_text(error)
            ),
        )
    return (
        tr("“{name}” cannot be opened: it is damaged or is not a blueprint.").format(name=name),
        tr("Problem found{where}: {reason}. The file itself is unchanged.").format(
            where=where, reason=load_reason_text(error)
        ),
    )


def with_suffix(path: str) -> Path:
    target = Path(path)
    return (
        target
        if target.name.endswith(SUFFIX)
        else target.with_name(target.name.removesuffix(".json") + SUFFIX)
    )


class DocumentController(QObject):
    def __init__(self, window: DocumentHost) -> None:
        super().__init__(window)
        self.window = window
        self._gone: set[DocumentTab] = set()  # tabs whose file was deleted on disk

    # ------------------------------------------------------------ new and open
    def new_blank(self) -> DocumentTab:
        return self.window.add_tab(Blueprint(meta=Meta(language=self.window.language)), None)

    def new_from_template(self, name: str, language: str | None = None) -> DocumentTab | None:
        language = language or self.window.language
        path = resources.template_path(name, language, fallback="en")
        try:
            blueprint = load(path)
        except LoadError as exc:
            self._open_failed(path, exc)
            return None
        return self.window.add_tab(blueprint, None)

    def open_dialog(self) -> list[DocumentTab]:
        folder = str(self.window.current_folder())
        return [
            tab
            for p in prompts.choose_open_paths(self.window, folder)
            if (tab := self.open_path(Path(p))) is not None
        ]

    def open_path(self, path: Path | str, quiet: bool = False) -> DocumentTab | None:
        """Open a file (or show the tab that has it); the same message for every failure."""
        path = Path(path).expanduser().resolve()
        for tab in self.window.tabs():
            if tab.path == path:
                self.window.show_tab(tab)
                return tab
        if path.suffix.lower() == ".bpmn" and not quiet:  # dropped or named: imported, not opened
            from blueprint_studio.app.files import bpmn_files

            return bpmn_files.import_path(self.window, path)
        try:
            blueprint, data = load_with_content(path)
        except LoadError as error:
            if not quiet:
                self._open_failed(path, error)
            return None
        tab = self.window.add_tab(blueprint, path)
        tab.disk_digest = digest(data)
        self.window.watcher.watch(path)
        self.window.remember_recent(path)
        return tab

    # ------------------------------------------------------------ BPMN (app/files/bpmn_files.py)
    def import_bpmn_dialog(self) -> DocumentTab | None:
        from blueprint_studio.app.files import bpmn_files

        return bpmn_files.import_dialog(self.window)

    def export_bpmn_dialog(self) -> bool:
        from blueprint_studio.app.files import bpmn_files

        return bpmn_files.export_dialog(self.window, save_error_text)

    def _open_failed(self, path: Path, error: LoadError) -> None:
        text, detail = open_error_text(path, error)
        self.window.status_message(text)
        prompts.show_error(self.window, tr("Cannot Open the File"), text, detail)

    # ------------------------------------------------------------ save
    def save(self, tab: DocumentTab | None = None) -> bool:
        tab = tab or self.window.current_tab()
        if tab is None:
            return False
        if tab.path is None:
            return self.save_as(tab)
        if tab.disk_differs():
            answer = prompts.ask_disk_conflict(self.window, tab.display_name())
            if answer == "reload":
                self.reload(tab)
                return False
            if answer == "save_as":
                return self.save_as(tab)
            if answer != "overwrite":
                return False
        return self.write(tab, tab.path)

    def save_as(self, tab: DocumentTab | None = None) -> bool:
        tab = tab or self.window.current_tab()
        if tab is None:
            return False
        suggestion = tab.path or self.window.current_folder() / f"{_safe_name(tab.display_name())}{SUFFIX}"
        chosen = prompts.choose_save_path(self.window, str(suggestion))
        if not chosen:
            return False
        target = with_suffix(chosen).resolve()
        other = next((t for t in self.window.tabs() if t is not tab and t.path == target), None)
        if other is not None:
            prompts.show_error(
                self.window,
                tr("Cannot Save"),
                tr("“{name}” is open in another tab; close it first or choose another name.").format(
                    name=target.name
                ),
            )
            return False
        return self.write(tab, target)

    def write(self, tab: DocumentTab, target: Path) -> bool:
        """Atomic save; on failure the document stays modified and the reason is shown."""
        blueprint = tab.document.blueprint
        try:
            save(blueprint, target)
        except SaveError as exc:
            text = tr("“{name}” was not saved. Your changes are still open here.").format(name=target.name)
            self.window.status_message(text)
            prompts.show_error(self.window, tr("Save Failed"), text, save_error_text(exc))
            return False
        old = tab.path
        if old is not None and old != target:
            self.window.watcher.unwatch(old)
        self._gone.discard(tab)
        tab.mark_saved(target, digest(dumps(blueprint)))
        self.window.watcher.rearm(target)
        self.window.watcher.watch(target)
        self.window.remember_recent(target)
        self.window.autosaver.forget(tab)
        self.window.status_message(tr("Saved “{name}”.").format(name=target.name))
        self._warn_if_too_large(blueprint, target)
        return True

    def _warn_if_too_large(self, blueprint: Blueprint, target: Path) -> None:
        """Saved all the same (nothing is lost), but the user must know before closing."""
        found = over_limits(blueprint)
        if found is None:
            return
        key, count, limit = found
        sep = _thousands()
        prompts.show_error(
            self.window,
            tr("Too Large to Open Again"),
            tr(
                "“{name}” was saved, but it has {count} elements in “{collection}”, more than the {limit} "
                "Blueprint Studio opens."
            ).format(
                name=target.name,
                collection=key,
                count=f"{count:,}".replace(",", sep),
                limit=f"{limit:,}".replace(",", sep),
            ),
            tr("Split it into smaller blueprints before you close it, or it cannot be opened again."),
        )

    def reload(self, tab: DocumentTab) -> bool:
        if tab.path is None:
            return False
        try:
            blueprint, data = load_with_content(tab.path)
        except LoadError as error:
            self._open_failed(tab.path, error)
            return False
        self._gone.discard(tab)
        tab.replace_blueprint(blueprint, digest(data))
        self.window.autosaver.forget(tab)
        self.window.status_message(tr("Reloaded “{name}” from disk.").format(name=tab.path.name))
        return True

    def file_changed(self, path: str) -> None:
        for tab in self.window.tabs():
            if tab.path is None or str(tab.path) != path:
                continue
            if not tab.path.exists():
                self._file_deleted(tab)
            elif tab in self._gone:
                self._file_back(tab)
            elif tab.note_disk_change():
                self._changed_elsewhere(tab)

    def _changed_elsewhere(self, tab: DocumentTab) -> None:
        self.window.status_message(
            tr("“{name}” was changed on disk by someone else. Saving will ask what to do.").format(
                name=tab.path.name
            )
        )

    def _file_deleted(self, tab: DocumentTab) -> None:
        """The file is gone: the tab now holds the only copy, so it counts as unsaved (autosave
        keeps it, closing asks) and Save writes the file again."""
        if tab in self._gone:
            return
        self._gone.add(tab)
        tab.changed_on_disk = True
        tab.set_forced_dirty(True)
        self.window.status_message(
            tr(
                "“{name}” was deleted or moved on disk. The document is still "
                "open here: save it to write the file again."
            ).format(name=tab.path.name),
            30000,
        )

    def _file_back(self, tab: DocumentTab) -> None:
        """The file came back (a version-control checkout deletes and writes): same content as
        ours, nothing to do; another content is an ordinary change on disk."""
        self._gone.discard(tab)
        tab.changed_on_disk = False
        if not tab.note_disk_change():
            tab.set_forced_dirty(tab.recovered)
            self.window.status_message(tr("“{name}” is back on disk.").format(name=tab.path.name))
        else:
            self._changed_elsewhere(tab)

    # ------------------------------------------------------------ close
    def close(self, tab: DocumentTab | None = None) -> bool:
        """Close a tab, asking Save / Discard / Cancel when it has unsaved changes."""
        tab = tab or self.window.current_tab()
        if tab is None:
            return True
        if tab.modified:
            self.window.show_tab(tab)
            answer = prompts.ask_save_changes(self.window, tab.display_name())
            if answer == "cancel" or (answer == "save" and not self.save(tab)):
                return False
        if tab.path is not None:
            self.window.watcher.unwatch(tab.path)
        self._gone.discard(tab)
        self.window.autosaver.forget(tab)
        self.window.remove_tab(tab)
        return True

    def close_all(self) -> bool:
        for tab in list(self.window.tabs()):
            if not self.close(tab):
                return False
        return True


def _safe_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip()
    return cleaned[:80] or "blueprint"


__all__ = [
    "DocumentController",
    "open_error_text",
    "load_reason_text",
    "save_error_text",
    "is_newer_version",
    "file_digest",
]
