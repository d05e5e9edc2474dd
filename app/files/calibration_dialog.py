"""File › Import tickets…: the dialog that reads a help desk's ticket export, with its mapping
step (a column for each role, a preset, the guess pre-filled, the mapping remembered per source by
its header's signature) and a preview of what will be fitted. It changes no document: the caller
adds the calibrated scenario as one undo step (calibration_files.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
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
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.app.shell.workers import SimulationWorker
from blueprint_studio.model.calibrate import words
from blueprint_studio.model.calibrate.columns import (
    PRESETS,
    ROLES,
    Mapping,
    guess_mapping,
    guess_preset,
    header_signature,
)
from blueprint_studio.model.calibrate.columns import preset_mapping as columns_of_preset
from blueprint_studio.model.calibrate.importer import calibrate_file, is_xes
from blueprint_studio.model.calibrate.mapping import Calibration
from blueprint_studio.model.calibrate.reader import PRODUCT_LOG, CalibrationCancelled, read_header
from blueprint_studio.model.fileformat import LoadError
from blueprint_studio.model.schema import Blueprint
from blueprint_studio.model.sim.engine import Cancelled

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
        self.loaded = ""  # the file whose columns are shown: leaving the field does not reload it
        self.path_edit.editingFinished.connect(
            lambda: self.path_edit.text() != self.loaded and self.load(self.path_edit.text())
        )
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
        self.stop_button = QPushButton(tr("&Stop"))
        self.stop_button.setObjectName("calibration_stop")
        self.stop_button.setToolTip(tr("Stop reading the export"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("calibration_progress")
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(tr("Reading the export"))
        self.progress.hide()
        self.worker = SimulationWorker(self)
        self.worker.sig_progress.connect(lambda fraction, _left: self.progress.setValue(int(100 * fraction)))
        self.worker.sig_finished.connect(self._fitted)
        self.worker.sig_failed.connect(self._failed)
        self.worker.sig_cancelled.connect(self._stopped)
        self._running: tuple[str, tuple[tuple[str, str], ...]] | None = None
        self._accept_when_done = False
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
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.stop_button)
        layout.addLayout(actions)
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
        self.loaded = path
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
        known = remembered(self.store, header)
        # the layout recognised (a tool's preset) is shown as chosen, unless the user's own is back
        self.preset.setCurrentIndex(max(0, self.preset.findData("" if known else guess_preset(header) or "")))
        self._fill(header, known or guess_mapping(header))
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
    def _key(self) -> tuple[str, tuple[tuple[str, str], ...]]:
        return self.path_edit.text(), tuple(sorted((self.mapping() if self.header else {}).items()))

    def preview(self) -> bool:
        """Fit the export with the current columns in the background (progress, Stop); the
        figures, or why it cannot be read, come in the preview when done."""
        if self.worker.is_running():
            return False
        path = self.path_edit.text()
        if not path.strip():
            self.preview_text.setPlainText(tr("Choose the export file first."))
            return False
        mapping = self.mapping() if self.header else None
        self.calibration, self._running = None, self._key()
        blueprint = self.blueprint

        def job(progress, cancel):
            try:
                return calibrate_file(blueprint, path, mapping, progress=progress, cancel=cancel)
            except CalibrationCancelled:
                raise Cancelled() from None

        self._set_busy(True)
        self.preview_text.setPlainText(tr("Reading “{name}”…").format(name=Path(path).name))
        self.worker.run_job(job)
        return True

    def _set_busy(self, busy: bool) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.preview_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _fitted(self, calibration: Calibration) -> None:
        self._set_busy(False)
        if self._running != self._key():  # the columns changed while it ran: fit again
            self._accept_when_done = False
            self.preview()
            return
        self.calibration, self._previewed = calibration, self._running
        language = ui_language()
        lines = words.summary(calibration, self.blueprint, language)
        lines += words.notes(calibration, language)
        lines += [words.row_text(p, language) for p in calibration.problems[:MAX_ROWS_SHOWN]]
        self.preview_text.setPlainText("\n".join(lines))
        if self._accept_when_done:
            self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._accept_when_done = False
        if isinstance(error, LoadError):
            self._show_error(error)
        else:
            from blueprint_studio.app.shell.workers import failure_words

            self.preview_text.setPlainText(failure_words(error))  # the system's reason in words
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _stopped(self) -> None:
        self._set_busy(False)
        self._accept_when_done = False
        self.preview_text.setPlainText(tr("Stopped. Choose Preview to read the export again."))

    def stop(self) -> None:
        self.worker.cancel()

    def _show_error(self, exc: LoadError) -> None:
        name = exc.source or Path(self.path_edit.text()).name
        reason = words.error_text(exc, ui_language())
        self.preview_text.setPlainText(
            tr("“{name}” cannot be used: {reason}. The file itself is unchanged.").format(
                name=name, reason=reason
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def accept(self) -> None:
        if self.worker.is_running():
            self._accept_when_done = True
            return
        if self.calibration is None or self._previewed != self._key():
            self._accept_when_done = self.preview()
            return
        if self.header:
            remember(self.store, self.header, self.mapping())
        super().accept()

    def done(self, result: int) -> None:
        self.worker.shutdown()  # no thread outlives the dialog (OK, Cancel, Escape: all come here)
        super().done(result)


def is_xes_text(path: str) -> bool:
    return path.lower().endswith(".xes")
