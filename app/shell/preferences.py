"""The preferences dialog: language, theme, grid size and snapping, autosave interval, default
PDF page size. It edits a Settings object; the window applies the new values.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from blueprint_studio.app.shell.settings import LANGUAGES, PAGE_SIZES, THEMES, Settings

LANGUAGE_NAMES = {
    "system": QT_TRANSLATE_NOOP("Preferences", "System language"),
    "fr": QT_TRANSLATE_NOOP("Preferences", "French (Français)"),
    "en": QT_TRANSLATE_NOOP("Preferences", "English"),
}
THEME_NAMES = {
    "system": QT_TRANSLATE_NOOP("Preferences", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("Preferences", "Light"),
    "dark": QT_TRANSLATE_NOOP("Preferences", "Dark"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(tr("Preferences"))
        self.settings = settings
        form = QFormLayout(self)
        self.language = self._combo(
            "pref_language", [(k, tr(LANGUAGE_NAMES[k])) for k in LANGUAGES], settings.language
        )
        self.theme = self._combo("pref_theme", [(k, tr(THEME_NAMES[k])) for k in THEMES], settings.theme)
        self.grid = QSpinBox(
            objectName="pref_grid_size", minimum=4, maximum=100, value=settings.get("canvas/grid_size")
        )
        self.grid.setSuffix(tr(" px"))
        self.snap = QCheckBox(tr("Snap nodes to the grid"), objectName="pref_snap")
        self.snap.setChecked(settings.get("canvas/snap"))
        self.autosave = QSpinBox(
            objectName="pref_autosave", minimum=1, maximum=60, value=settings.get("autosave/interval_minutes")
        )
        self.autosave.setSuffix(tr(" min"))
        self.page = self._combo("pref_page_size", [(k, k) for k in PAGE_SIZES], settings.page_size)
        self.dask = QLineEdit(settings.dask_address, objectName="pref_dask_address")
        self.dask.setPlaceholderText(tr("empty: this machine"))
        self.dask.setToolTip(
            tr(
                "Address of a Dask scheduler (e.g. tcp://192.168.1.20:8786) on which sweeps and the "
                "staffing finder run their simulations; empty: the processes of this machine"
            )
        )
        for label, widget in (
            (tr("&Language:"), self.language),
            (tr("&Theme:"), self.theme),
            (tr("&Grid size:"), self.grid),
            ("", self.snap),
            (tr("&Autosave every:"), self.autosave),
            (tr("PDF &page size:"), self.page),
            (tr("&Dask scheduler address:"), self.dask),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":") or self.snap.text())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _combo(self, name: str, entries: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        for key, text in entries:
            combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def store(self) -> None:
        s = self.settings
        s.set("ui/language", self.language.currentData())
        s.set("ui/theme", self.theme.currentData())
        s.set("canvas/grid_size", self.grid.value())
        s.set("canvas/snap", self.snap.isChecked())
        s.set("autosave/interval_minutes", self.autosave.value())
        s.set("export/page_size", self.page.currentData())
        s.set("simulation/dask_address", self.dask.text().strip())
        s.sync()
