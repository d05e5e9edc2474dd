"""File › Import tickets…: the dialog that reads a help desk's ticket export, with its mapping
step (a column for each role, a preset, the guess pre-filled, the mapping remembered per source by
its header's signature) and a preview of what will be fitted. It changes no document: the caller
adds the calibrated scenario as one undo step (calibration_files.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.model.calibrate import words
from blueprint_studio.model.calibrate.columns import PRESETS, ROLES, Mapping, guess_mapping, header_signature
from blueprint_studio.model.calibrate.columns import preset_mapping as columns_of_preset
from blueprint_studio.model.calibrate.importer import calibrate_file, is_xes
from blueprint_studio.model.calibrate.mapping import Calibration
from blueprint_studio.model.calibrate.reader import PRODUCT_LOG, read_header
from blueprint_studio.model.fileformat import LoadError
from blueprint_studio.model.schema import Blueprint

SETTINGS_KEY = "calibration/mappings/{signature}"
MAX_ROWS_SHOWN = 50


def tr(text: str) -> str:
    return QCoreApplication.translate("Calibration", text)


def ui_language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def export_filter() -> str:
    return tr("Ticket exports and event logs (*.csv *.txt *.xes);;All files (*)")


def remembered(store: QSettings, header: list[str]) -> Mapping | None:
    """The mapping chosen last time for an export with this header, if any."""
    raw = store.value(SETTINGS_KEY.format(signature=header_signature(header)), "")
    try:
        data = json.loads(raw) if isinstance(raw, str) and raw else None
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    return {r: c for r, c in data.items() if r in ROLES and isinstance(c, str) and c in header}


def remember(store: QSettings, header: list[str], mapping: Mapping) -> None:
    store.setValue(SETTINGS_KEY.format(signature=header_signature(header)), json.dumps(mapping))


class CalibrationDialog(QDialog):
    """Choose the export, check the columns, preview the fit; `calibration` holds the result."""

    def __init__(self, blueprint: Blueprint, store: QSettings, folder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calibration_dialog")
        self.setWindowTitle(tr("Import Tickets"))
        self.blueprint = blueprint
        self.store = store
        self.folder = folder
        self.header: list[str] = []
        self.calibration: Calibration | None = None
        self._previewed: tuple[str, tuple[tuple[str, str], ...]] | None = None
        language = ui_language()
        intro = QLabel(
            tr(
                "Choose a ticket export of your help desk (CSV) or an event log (CSV or XES). Its "
                "arrivals, the time spent in each state or level and the decisions' shares are "
                "fitted and added to the blueprint as a calibrated scenario; the drawing is unchanged."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("calibration_file")
        self.path_edit.setPlaceholderText(tr("Ticket export or event log"))
        self.path_edit.setAccessibleName(tr("Ticket export"))
        self.path_edit.editingFinished.connect(lambda: self.load(self.path_edit.text()))
        browse = QPushButton(tr("&Browse…"))
        browse.setObjectName("calibration_browse")
        browse.setToolTip(tr("Choose the export file"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.preset = QComboBox()
        self.preset.setObjectName("calibration_preset")
        self.preset.addItem(tr("Guessed from the column names"), "")
        for key in PRESETS:
            self.preset.addItem(words.preset_name(key, language), key)
        self.preset.setToolTip(tr("Column names of a help-desk tool's export"))
        self.preset.activated.connect(self._preset_chosen)
        form = QFormLayout()
        preset_label = QLabel(tr("&Layout:"))
        preset_label.setBuddy(self.preset)
        form.addRow(preset_label, self.preset)
        self.roles: dict[str, QComboBox] = {}
        for role in ROLES:
            combo = QComboBox()
            combo.setObjectName(f"calibration_role_{role}")
            name = words.role_name(role, language)
            combo.setAccessibleName(tr("Column of {role}").format(role=name))
            combo.setToolTip(tr("The export's column that holds “{role}”").format(role=name))
            combo.currentIndexChanged.connect(self._mapping_changed)
            label = QLabel(name)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.roles[role] = combo
        self.preview_button = QPushButton(tr("&Preview"))
        self.preview_button.setObjectName("calibration_preview_button")
        self.preview_button.setToolTip(tr("Fit the export with these columns and show what would be added"))
        self.preview_button.clicked.connect(self.preview)
        self.preview_text = QPlainTextEdit()
        self.preview_text.setObjectName("calibration_preview")
        self.preview_text.setReadOnly(True)
        self.preview_text.setAccessibleName(tr("What will be fitted"))
        self.preview_text.setMinimumHeight(160)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Add Calibrated Scenario"))
        ok.setObjectName("calibration_ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.preview_text, 1)
        layout.addWidget(self.buttons)
        self._set_enabled(False)

    # ------------------------------------------------------------ the file and its columns
    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import Tickets"), self.folder, export_filter())
        if path:
            self.path_edit.setText(path)
            self.load(path)

    def load(self, path: str) -> bool:
        """Read the export's header and pre-fill the columns: remembered, else guessed."""
        self.header, self.calibration, self._previewed = [], None, None
        if not path:
            return False
        self.path_edit.setText(path)
        try:
            if is_xes(path):
                self._fill([], {})
                self._set_enabled(True, mapping=False)
                return self.preview()
            header, _ = read_header(path)
        except LoadError as exc:
            self._show_error(exc)
            return False
        self.header = header
        own_log = all(column in header for column in PRODUCT_LOG)
        self._fill(header, remembered(self.store, header) or guess_mapping(header))
        self._set_enabled(True, mapping=not own_log)
        return self.preview()

    def _fill(self, header: list[str], mapping: Mapping) -> None:
        for role, combo in self.roles.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("— not in the file —"), "")
            for column in header:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(role, ""))))
            combo.blockSignals(False)

    def _preset_chosen(self) -> None:
        key = self.preset.currentData()
        if self.header:
            self._fill(
                self.header, columns_of_preset(key, self.header) if key else guess_mapping(self.header)
            )
            self._mapping_changed()

    def mapping(self) -> Mapping:
        return {role: combo.currentData() for role, combo in self.roles.items() if combo.currentData()}

    def _mapping_changed(self) -> None:
        self.calibration = None
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.header) or is_xes_text(self.path_edit.text()))

    def _set_enabled(self, enabled: bool, mapping: bool = True) -> None:
        for combo in self.roles.values():
            combo.setEnabled(enabled and mapping)
        self.preset.setEnabled(enabled and mapping)
        self.preview_button.setEnabled(enabled)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(enabled)

    # ------------------------------------------------------------ preview and accept
    def preview(self) -> bool:
        """Fit the export with the current columns; the figures, or why it cannot be read."""
        path = self.path_edit.text()
        mapping = self.mapping() if self.header else None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.calibration = calibrate_file(self.blueprint, path, mapping)
        except LoadError as exc:
            self.calibration = None
            self._show_error(exc)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._previewed = (path, tuple(sorted((mapping or {}).items())))
        language = ui_language()
        lines = words.summary(self.calibration, self.blueprint, language)
        lines += words.notes(self.calibration, language)
        lines += [words.row_text(p, language) for p in self.calibration.problems[:MAX_ROWS_SHOWN]]
        self.preview_text.setPlainText("\n".join(lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True

    def _show_error(self, exc: LoadError) -> None:
        name = exc.source or Path(self.path_edit.text()).name
        reason = (
            words.error_text(exc.code, exc.params, ui_language())
            if exc.code.startswith("cal_")
            else exc.reason
        )
        self.preview_text.setPlainText(
            tr("“{name}” cannot be used: {reason}. The file itself is unchanged.").format(
                name=name, reason=reason
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def accept(self) -> None:
        path = self.path_edit.text()
        current = (path, tuple(sorted((self.mapping() if self.header else {}).items())))
        if self.calibration is None or self._previewed != current:
            if not self.preview():
                return
        if self.header:
            remember(self.store, self.header, self.mapping())
        super().accept()


def is_xes_text(path: str) -> bool:
    return path.lower().endswith(".xes")
