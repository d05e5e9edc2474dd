"""File > Export: the same choices as `blueprint-studio export` (PDF with page size, orientation,
fit or poster, report, handout, language; SVG; PNG at a resolution), a preview of the page, and
the PDF written in the background with progress and Cancel. Images are drawn here (Qt paints in
the GUI thread only); the PDF and the report's simulation run in `app.shell.workers.PdfExportWorker`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.model import load_texts
from blueprint_studio.model.schema import Blueprint

# The sheets of export.pdfdoc.PAGE_SIZES, named here so that the dialog opens without reportlab
PAGES = ("A4", "A3", "A2", "A1", "A0", "LETTER")
PREVIEW = QSize(360, 260)
PREVIEW_POLL_MS = 100  # how often the preview looks whether a large drawing is finished


def file_stem(title: str) -> str:
    """A file name from the title: no character a file system refuses (/, \\, :, *, ?, ", <, >,
    |, controls), no leading dot, at most 80 characters."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f\x7f]+', "-", title or "").strip(" .-")[:80].strip()
    return stem or "blueprint"


class ExportDialog(QDialog):
    """Choose what to export and where; the PDF is written by a background worker."""

    def __init__(
        self,
        blueprint: Blueprint,
        scene: Any,
        parent: QWidget | None = None,
        default_page: str = "A4",
        folder: str = "",
        default_format: str = "pdf",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export"))
        self.blueprint = blueprint
        self.scene = scene
        self.folder = folder
        self.worker: Any = None
        self.exported_path = ""
        self._busy = False  # an image being painted in this thread
        self._cancel_image = False
        self._paper_painter: Any = None  # the drawing laid out once, for the paper choices
        self._larger_page = ""  # the sheet the "larger sheet" button fits on
        self._build(default_page)
        self.format.setCurrentIndex(max(0, self.format.findData(default_format)))
        self._update()

    # ------------------------------------------------------------ form
    def _build(self, default_page: str) -> None:
        self.format = QComboBox(objectName="export_format")
        self.format.addItem(self.tr("PDF document"), "pdf")
        self.format.addItem(self.tr("SVG drawing"), "svg")
        self.format.addItem(self.tr("PNG image"), "png")
        self.page = QComboBox(objectName="export_page")
        for name in PAGES:
            self.page.addItem("Letter" if name == "LETTER" else name, name)
        self.page.setCurrentIndex(max(0, self.page.findData(default_page.upper())))
        self.orientation = QComboBox(objectName="export_orientation")
        for label, value in (
            (self.tr("Automatic"), "auto"),
            (self.tr("Portrait"), "portrait"),
            (self.tr("Landscape"), "landscape"),
        ):
            self.orientation.addItem(label, value)
        self.fit = QRadioButton(self.tr("Fit on one page"), objectName="export_fit")
        self.tile = QRadioButton(self.tr("Poster over several pages"), objectName="export_tile")
        self.fit.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.fit)
        group.addButton(self.tile)
        from blueprint_studio.export.pdf_blueprint import LEGIBLE_SCALE

        legible = round(LEGIBLE_SCALE * 100)
        self.scale = QSpinBox(objectName="export_scale", suffix=" %", minimum=legible, maximum=400, value=100)
        self.scale.setToolTip(
            self.tr(
                "Size of the poster against the drawing (100 % = as on screen at 100 %). Below {percent} % "
                "its smallest text would print under 6 pt, too small to read."
            ).format(percent=legible)
        )
        self.sheets = QCheckBox(self.tr("The blueprint"), objectName="export_sheets", checked=True)
        self.report = QCheckBox(self.tr("Add the simulation report"), objectName="export_report")
        self.scenario = QComboBox(objectName="export_scenario")
        for scenario in self.blueprint.scenarios:
            self.scenario.addItem(scenario.name or scenario.id, scenario.id)
        self.handout = QCheckBox(self.tr("Add the training handout"), objectName="export_handout")
        self.language = QComboBox(objectName="export_language")
        self.language.addItem(self.tr("Language of the document"), None)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.dpi = QSpinBox(objectName="export_dpi", suffix=" dpi", minimum=24, maximum=1200, value=200)
        self.preview = QLabel(objectName="export_preview", alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW)
        self.preview.setWordWrap(True)
        # a large drawing routes its links from the event loop (canvas/scene.py): the preview
        # waits for it, so that it never shows routes or labels the file will not hold
        self._preview_due = QTimer(self, singleShot=True, interval=PREVIEW_POLL_MS)
        self._preview_due.timeout.connect(self._show_preview)
        self.print_note = QLabel(objectName="export_print_note", wordWrap=True)
        self.print_note.setMaximumWidth(PREVIEW.width() + 20)
        # the two ways out of a fit too small to read: a larger sheet, or a poster
        self.larger_sheet = QPushButton(objectName="export_larger_sheet", visible=False)
        self.larger_sheet.clicked.connect(self.use_larger_sheet)
        self.poster = QPushButton(objectName="export_poster", visible=False)
        self.poster.clicked.connect(self.use_poster)
        self.progress = QProgressBar(objectName="export_progress", visible=False)
        self.status = QLabel(objectName="export_status", wordWrap=True)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Paper:"), self.page)
        form.addRow(self.tr("Orientation:"), self.orientation)
        form.addRow(self.sheets)
        form.addRow(self.fit)
        self._tile_row = QHBoxLayout()
        self._tile_row.addWidget(self.tile)
        self._tile_row.addWidget(self.scale)
        form.addRow(self._tile_row)
        form.addRow(self.report, self.scenario)
        form.addRow(self.handout)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Resolution:"), self.dpi)
        self._form = form
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.cancel_or_close)
        top = QHBoxLayout()
        top.addLayout(form)
        side = QVBoxLayout()
        side.addWidget(self.preview)
        side.addWidget(self.print_note)
        side.addWidget(self.larger_sheet)
        side.addWidget(self.poster)
        side.addStretch(1)
        top.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        for widget in (self.format, self.page, self.orientation):
            widget.currentIndexChanged.connect(self._update)
        self.scale.valueChanged.connect(self._update)
        for button in (self.sheets, self.fit, self.tile, self.report, self.handout):
            button.toggled.connect(self._update)

    def _update(self) -> None:
        pdf = self.format.currentData() == "pdf"
        # whole rows, labels included: a label without its field reads as a broken form
        for row in (
            self.page,
            self.orientation,
            self.sheets,
            self.fit,
            self._tile_row,
            self.scenario,
            self.handout,
            self.language,
        ):
            self._form.setRowVisible(row, pdf)
        self._form.setRowVisible(self.dpi, self.format.currentData() == "png")
        self.report.setEnabled(bool(self.blueprint.scenarios))
        self.handout.setEnabled(bool(self.blueprint.cards))
        self.fit.setEnabled(self.sheets.isChecked())
        self.tile.setEnabled(self.sheets.isChecked())
        self.scale.setEnabled(self.sheets.isChecked() and self.tile.isChecked())
        self.scenario.setEnabled(self.report.isChecked())
        something = not pdf or self.sheets.isChecked() or self.report.isChecked() or self.handout.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(something)
        self.status.setText(
            ""
            if something
            else self.tr(
                "Choose at least one part: the blueprint, the simulation report or the training handout."
            )
        )
        self._show_preview()
        self._update_print_note(pdf and self.sheets.isChecked())

    # ------------------------------------------------------------ preview
    def _show_preview(self) -> None:
        """The preview, once the drawing is finished; until then a word that it is coming."""
        if self.scene.routes_pending():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Routing the links around the steps… the preview follows."))
            self._preview_due.start()
            return
        self.preview.setText("")
        self.preview.setPixmap(QPixmap.fromImage(self.preview_image()))

    def paper_size(self, plan: Any = None) -> tuple[float, float]:
        """Width and height in mm of a blueprint sheet as the PDF writer lays it out (the
        orientation chosen, or for "Automatic" the one that prints the drawing larger), from
        `plan` when the caller has it."""
        width, height = (plan or self.sheet_plan()).size
        return round(width / 72 * 25.4), round(height / 72 * 25.4)

    def preview_image(self) -> QImage:
        """The first sheet as it will print: the drawing fitted on the page, or the poster grid;
        a large drawing's deferred routes and labels are finished first, as the export does."""
        self.scene.finish_now()
        image = QImage(PREVIEW, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#d9dde3"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        source = self.scene.itemsBoundingRect()
        if self.format.currentData() == "pdf":
            plan = self.sheet_plan()
            width, height = self.paper_size(plan)
            ratio = min((PREVIEW.width() - 20) / width, (PREVIEW.height() - 20) / height)
            page = QRectF(0, 0, width * ratio, height * ratio)
            page.moveCenter(QRectF(0, 0, PREVIEW.width(), PREVIEW.height()).center())
            painter.fillRect(page, QColor("white"))
            target = page.adjusted(
                page.width() * 0.05, page.height() * 0.08, -page.width() * 0.05, -page.height() * 0.2
            )
            self.scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
            if plan.tiles:  # a poster asked for, or the one a fit too small becomes
                self._poster_grid(painter, target, source, plan.cols, plan.rows)
        else:
            self.scene.render(
                painter,
                QRectF(10, 10, PREVIEW.width() - 20, PREVIEW.height() - 20),
                source,
                Qt.AspectRatioMode.KeepAspectRatio,
            )
        painter.end()
        return image

    def _poster_grid(
        self, painter: QPainter, target: QRectF, source: QRectF, columns: int, rows: int
    ) -> None:
        """Dashed lines where the poster's sheets will be cut, as the PDF will tile it."""
        ratio = min(target.width() / max(source.width(), 1), target.height() / max(source.height(), 1))
        drawn = QRectF(0, 0, source.width() * ratio, source.height() * ratio)
        drawn.moveTopLeft(target.topLeft())  # QGraphicsScene.render keeps the top-left corner
        painter.setPen(QPen(QColor("#c62828"), 1, Qt.PenStyle.DashLine))
        for k in range(1, columns):
            x = drawn.left() + drawn.width() * k / columns
            painter.drawLine(QPointF(x, drawn.top()), QPointF(x, drawn.bottom()))
        for k in range(1, rows):
            y = drawn.top() + drawn.height() * k / rows
            painter.drawLine(QPointF(drawn.left(), y), QPointF(drawn.right(), y))

    def _painter(self) -> Any:
        """The drawing laid out for paper (routes and all), once per dialog."""
        if self._paper_painter is None:
            from blueprint_studio.export.painter import BlueprintPainter
            from blueprint_studio.export.strings import Strings

            self._paper_painter = BlueprintPainter(self.blueprint, Strings(self.blueprint.meta.language))
        return self._paper_painter

    def paper_choice(self, options: Any = None) -> Any:
        """How the PDF writer prints the sheets with `options` (default: the dialog's): an
        `export.pdf_blueprint.PaperChoice`, never with text below 6 pt."""
        from blueprint_studio.export.pdf_blueprint import choose_paper
        from blueprint_studio.export.publish import context

        return choose_paper(self._painter(), context(self.blueprint, options or self.pdf_options()))

    def sheet_plan(self) -> Any:
        """The blueprint's sheets planned exactly as the PDF writer will (cheap: layout once)."""
        return self.paper_choice().plan

    def poster_grid(self) -> tuple[int, int]:
        """Columns and rows of the poster."""
        plan = self.sheet_plan()
        return plan.cols, plan.rows

    def _update_print_note(self, sheets: bool) -> None:
        """How large the smallest text will print; when a fit would print it below 6 pt, why, and
        the two ways out as buttons: the smallest larger sheet that keeps it, or a poster."""
        self.print_note.setVisible(sheets)
        self.larger_sheet.setVisible(False)
        self.poster.setVisible(False)
        if not sheets:
            return
        from dataclasses import replace

        options = self.pdf_options()
        choice = self.paper_choice(options)
        if choice.change != "poster":  # printed as chosen
            plan = choice.plan
            note = self.tr(
                "Printed at {percent} % of full size: the smallest text prints at {points} pt."
            ).format(percent=round(plan.scale * 100), points=self._points(choice.text_pt))
            if plan.tiles:
                poster = self.tr("Poster of {columns} × {rows} sheets.")
                note = poster.format(columns=plan.cols, rows=plan.rows) + " " + note
            self.print_note.setText(note)
            self.print_note.setStyleSheet("")
            return
        page = self.page.currentText()
        self.print_note.setText(
            self.tr(
                "Fitted on one {page} sheet, the smallest text would print at {points} pt: too small to read "
                "(6 pt at least). Choose a larger sheet or a poster; saved as it is, the drawing prints as "
                "the poster."
            ).format(page=page, points=self._points(choice.asked_pt))
        )
        self.print_note.setStyleSheet("color: #b45309; font-weight: bold;")
        larger = self.paper_choice(replace(options, page_fixed=False))
        if larger.change == "sheet":
            self._larger_page = larger.options.page
            self.larger_sheet.setText(
                self.tr("Fit on one {page} sheet (smallest text {points} pt)").format(
                    page=self.page.itemText(self.page.findData(larger.options.page)),
                    points=self._points(larger.text_pt),
                )
            )
            self.larger_sheet.setVisible(True)
        self.poster.setText(
            self.tr("Poster over {count} {page} sheets (smallest text {points} pt)").format(
                count=choice.sheets - 1, page=page, points=self._points(choice.text_pt)
            )
        )
        self.poster.setVisible(True)

    @staticmethod
    def _points(value: float) -> str:
        return QLocale().toString(value, "f", 1)

    def use_larger_sheet(self) -> None:
        """Fit on the smallest sheet that prints every text at 6 pt or more."""
        self.fit.setChecked(True)
        self.page.setCurrentIndex(self.page.findData(self._larger_page))
        self.page.setFocus()

    def use_poster(self) -> None:
        """A poster on the chosen paper at the scale that prints every text at 6 pt or more."""
        from blueprint_studio.export.pdf_blueprint import LEGIBLE_SCALE

        self.scale.setValue(round(LEGIBLE_SCALE * 100))
        self.tile.setChecked(True)
        self.scale.setFocus()

    def pdf_options(self) -> Any:
        from blueprint_studio.export.pdfdoc import PdfOptions

        return PdfOptions(
            page=self.page.currentData(),
            page_fixed=True,  # the paper chosen here: a fit too small to read becomes a poster on it
            orientation=self.orientation.currentData(),
            tile=self.tile.isChecked(),
            tile_scale=self.scale.value() / 100,
            language=self.language.currentData(),
        )

    # ------------------------------------------------------------ exporting
    def _ask_path(self) -> str:
        kind = self.format.currentData()
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "svg": self.tr("SVG drawings (*.svg)"),
            "png": self.tr("PNG images (*.png)"),
        }
        stem = file_stem(self.blueprint.meta.title)
        suggested = str(Path(self.folder or Path.home()) / f"{stem}.{kind}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), suggested, filters[kind])
        if path and not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        return path

    def export(self, path: str | None = None) -> None:
        if self.worker is not None or self._busy:
            return
        path = path or self._ask_path()
        if not path:
            return
        kind = self.format.currentData()
        if kind in ("svg", "png"):
            self._export_image(kind, path)
            return
        from blueprint_studio.app.shell.workers import PdfExportWorker

        options = self.pdf_options()
        scenario = self.scenario.currentData() if self.report.isChecked() else None
        self.worker = PdfExportWorker(
            self.blueprint,
            options,
            path,
            scenario,
            self.handout.isChecked(),
            report=self.report.isChecked(),
            parent=self,
            sheets=self.sheets.isChecked(),
        )
        self.worker.sig_progress.connect(self._on_progress)
        self.worker.sig_done.connect(self._on_done)
        self.worker.sig_failed.connect(self._on_failed)
        self.worker.sig_cancelled.connect(self._on_cancelled)
        self._set_working(True)
        self.worker.start()

    def _set_working(self, working: bool) -> None:
        """While a file is written only Cancel stays live; the choices wait."""
        for widget in (
            self.format,
            self.page,
            self.orientation,
            self.sheets,
            self.fit,
            self.tile,
            self.scale,
            self.report,
            self.scenario,
            self.handout,
            self.language,
            self.dpi,
        ):
            widget.setEnabled(not working)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not working)
        self.progress.setVisible(working)
        self.progress.setValue(0)
        if not working:
            self._update()  # re-applies what depends on the choices

    def _export_image(self, kind: str, path: str) -> None:
        """SVG at once; PNG painted in bands in this thread (Qt paints scenes in the GUI thread
        only), with the progress bar and Cancel kept alive between bands."""
        from PySide6.QtWidgets import QApplication

        from blueprint_studio.export.image import ImageExportError, write_png, write_svg

        self._busy, self._cancel_image = True, False
        self._set_working(True)
        self._on_progress(0.0, self.tr("Drawing the image…"))

        def progress(fraction: float) -> None:
            self._on_progress(fraction, self.tr("Drawing the image…"))
            QApplication.processEvents()

        try:
            if kind == "svg":
                write_svg(self.blueprint, path)
            else:
                write_png(
                    self.blueprint,
                    path,
                    dpi=self.dpi.value(),
                    progress=progress,
                    cancel=lambda: self._cancel_image,
                )
        except ImageExportError as exc:
            self._busy = False
            if exc.code == "cancelled":
                self._on_cancelled()
            else:
                self._on_failed(self.image_error(exc))
            return
        self._busy = False
        self._on_done(path, 1)

    def image_error(self, error: Any) -> str:
        """The image writer's reason, in the user's language."""
        p = error.params
        if error.code == "too_large":
            return self.tr(
                "A {width} × {height} pixel image is too large: choose a lower resolution."
            ).format(width=p["width"], height=p["height"])
        if error.code == "no_folder":
            return self.tr("The folder {folder} does not exist.").format(folder=p["folder"])
        if error.code == "no_permission":
            return self.tr(
                "You are not allowed to write in the folder {folder}: choose another folder."
            ).format(folder=p["folder"])
        if error.code == "refused":
            return self.tr("{name} could not be written: the disk refused the data (is it full?).").format(
                name=p["name"]
            )
        if error.code == "bad_dpi":
            return self.tr("The resolution must be between 24 and 1200 dpi.")
        reason = load_texts.word(  # the system's reason in the catalogue's words when it has them
            p.get("reason_code", ""), {}, lambda t: QCoreApplication.translate(load_texts.CONTEXT, t)
        )
        return self.tr("{name} could not be written: {reason}").format(
            name=p.get("name", ""), reason=reason or p.get("reason", "")
        )

    def _on_progress(self, fraction: float, what: str) -> None:
        self.status.setText(what)
        self.progress.setValue(round(fraction * 100))

    def _on_done(self, path: str, pages: int) -> None:
        self.worker = None
        self.exported_path = path
        self.status.setText(self.tr("Exported to {path}").format(path=path))
        self.accept()

    def _on_failed(self, reason: str) -> None:
        self.worker = None
        self._set_working(False)
        self.status.setText(reason)
        QMessageBox.warning(self, self.tr("Export failed"), reason)

    def _on_cancelled(self) -> None:
        """Cancelled on request: nothing was written, nothing to warn about."""
        self.worker = None
        self._set_working(False)
        self.status.setText(self.tr("Export cancelled: no file was written."))

    def cancel_or_close(self) -> None:
        """Cancel stops a running export (the dialog stays open); otherwise it closes."""
        if self.worker is not None or self._busy:
            self._stop_work()
            return
        self.reject()

    def _stop_work(self) -> None:
        self._cancel_image = True
        if self.worker is not None:
            self.worker.cancel()
        self.status.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        """Escape or the window's close button: never leave a thread writing behind the dialog."""
        if self.worker is not None or self._busy:
            self._stop_work()
            if self.worker is not None:
                self.worker.wait()
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:
        if self.worker is not None or self._busy:
            self._stop_work()
            event.ignore()
            return
        super().closeEvent(event)
