"""`FileWatcher`: tells when an open file changes on disk. Saves replace files by an atomic
rename, which drops the inode Qt was watching, so each path is re-armed after every change
(and its folder is watched to catch the new file). It reports paths; tabs compare contents.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal


class FileWatcher(QObject):
    sig_changed = Signal(str)  # a watched file may have a new content

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watcher = QFileSystemWatcher(self)
        self.paths: set[str] = set()
        self.watcher.fileChanged.connect(self._file_changed)
        self.watcher.directoryChanged.connect(self._folder_changed)

    def watch(self, path: Path) -> None:
        key = str(Path(path).resolve())
        self.paths.add(key)
        self._arm(key)

    def unwatch(self, path: Path) -> None:
        key = str(Path(path).resolve())
        self.paths.discard(key)
        if key in self.watcher.files():
            self.watcher.removePath(key)
        folder = str(Path(key).parent)
        if folder in self.watcher.directories() and not any(
            str(Path(p).parent) == folder for p in self.paths
        ):
            self.watcher.removePath(folder)

    def rearm(self, path: Path) -> None:
        """After our own atomic save the watched inode is gone: watch the new file."""
        key = str(Path(path).resolve())
        if key in self.watcher.files():
            self.watcher.removePath(key)
        self._arm(key)

    def _arm(self, key: str) -> bool:
        """Watch `key` (and its folder); True when the file had to be watched anew."""
        folder = str(Path(key).parent)
        if Path(folder).is_dir() and folder not in self.watcher.directories():
            self.watcher.addPath(folder)
        if key in self.watcher.files() or not Path(key).exists():
            return False
        return self.watcher.addPath(key)

    def _file_changed(self, key: str) -> None:
        if key in self.paths:
            self._arm(key)
            self.sig_changed.emit(key)

    def _folder_changed(self, folder: str) -> None:
        for key in sorted(self.paths):
            if str(Path(key).parent) == folder and self._arm(key):
                self.sig_changed.emit(key)
