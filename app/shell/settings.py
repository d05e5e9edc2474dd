"""User preferences in QSettings: language, theme, grid, autosave interval, PDF page size, and
the window's remembered state (geometry, docks, open tabs, recent files). Only reads and writes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from blueprint_studio.model.style import GRID

LANGUAGES = ("system", "fr", "en")
THEMES = ("system", "light", "dark")
PAGE_SIZES = ("A4", "A3")
MAX_RECENT = 10

DEFAULTS: dict[str, Any] = {
    "ui/language": "system",
    "ui/theme": "system",
    "canvas/grid_size": int(GRID),
    "canvas/snap": True,
    "canvas/show_grid": True,
    "canvas/show_minimap": False,
    "autosave/interval_minutes": 1,
    "export/page_size": "A4",
    "simulation/dask_address": "",  # a Dask scheduler for sweeps and the staffing finder; "": this machine
}


class Settings:
    """Typed access to QSettings; every value falls back to its default when absent or bad."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self.store.value(key, default)
        try:
            if isinstance(default, bool):
                return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
            if isinstance(default, int):
                return int(value)
        except (TypeError, ValueError):
            return default
        return value if isinstance(value, str) else default

    def set(self, key: str, value: Any) -> None:
        self.store.setValue(key, value)

    @property
    def language(self) -> str:
        value = self.get("ui/language")
        return value if value in LANGUAGES else "system"

    @property
    def theme(self) -> str:
        value = self.get("ui/theme")
        return value if value in THEMES else "system"

    @property
    def autosave_ms(self) -> int:
        return max(1, min(60, self.get("autosave/interval_minutes"))) * 60_000

    @property
    def page_size(self) -> str:
        value = self.get("export/page_size")
        return value if value in PAGE_SIZES else "A4"

    @property
    def dask_address(self) -> str:
        """The Dask scheduler sweeps run on ("tcp://host:8786"), or "" for this machine's processes."""
        return str(self.get("simulation/dask_address")).strip()

    # ------------------------------------------------------------ lists
    def paths(self, key: str) -> list[str]:
        value = self.store.value(key, [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in (value or []) if v]

    def recent_files(self) -> list[str]:
        return self.paths("files/recent")

    def add_recent(self, path: str) -> list[str]:
        recent = [path] + [p for p in self.recent_files() if p != path]
        self.store.setValue("files/recent", recent[:MAX_RECENT])
        return recent[:MAX_RECENT]

    def remove_recent(self, path: str) -> None:
        self.store.setValue("files/recent", [p for p in self.recent_files() if p != path])

    def sync(self) -> None:
        self.store.sync()


def apply_theme(app: QApplication, theme: str) -> None:
    """Fusion with Qt's own colour scheme; a dark Fusion palette where the platform gives none."""
    if "Fusion" in QStyleFactory.keys() and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
    wants_dark = scheme == Qt.ColorScheme.Dark or (
        scheme == Qt.ColorScheme.Unknown and hints.colorScheme() == Qt.ColorScheme.Dark
    )
    is_dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    if wants_dark and not is_dark:
        app.setPalette(_dark_palette())
    elif not wants_dark and is_dark:
        app.setPalette(app.style().standardPalette())


def _dark_palette() -> QPalette:
    """The colours Fusion uses for its dark scheme, for platforms that cannot switch."""
    p = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, "#323232"),
        (role.WindowText, "#f0f0f0"),
        (role.Base, "#262626"),
        (role.AlternateBase, "#2e2e2e"),
        (role.Text, "#f0f0f0"),
        (role.Button, "#3a3a3a"),
        (role.ButtonText, "#f0f0f0"),
        (role.Highlight, "#2f6db5"),
        (role.HighlightedText, "#ffffff"),
        (role.ToolTipBase, "#3a3a3a"),
        (role.ToolTipText, "#f0f0f0"),
        (role.Link, "#6ea8fe"),
        (role.PlaceholderText, "#9a9a9a"),
        (role.Mid, "#444444"),
        (role.Dark, "#1e1e1e"),
        (role.Light, "#505050"),
        (role.Midlight, "#464646"),
        (role.Shadow, "#141414"),
        (role.BrightText, "#ff6b6b"),
    ):
        p.setColor(r, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, QColor("#808080"))
    return p
