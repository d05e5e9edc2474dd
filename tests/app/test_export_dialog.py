"""File > Export: the preview follows the choices; the PDF is written in the background with
progress and can be cancelled (Cancel or Escape, no thread left behind); images are written at
once; a failure says why and where, and leaves nothing behind."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialogButtonBox

from blueprint_studio import resources
from blueprint_studio.app.files.export_dialog import ExportDialog
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load


def make_dialog(qtbot, name="service_blueprint"):
    blueprint = load(resources.template_path(name, "fr"))
    scene = BlueprintScene(Document(blueprint))
    dialog = ExportDialog(blueprint, scene, default_page="A3")
    qtbot.addWidget(dialog)
    dialog._scene_keepalive = scene
    return dialog


def test_preview_follows_orientation_and_format(qtbot):
    dialog = make_dialog(qtbot)
    assert dialog.page.currentData() == "A3"
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("portrait"))
    assert dialog.paper_size() == (297, 420)
    portrait = dialog.preview_image()
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("landscape"))
    assert dialog.paper_size() == (420, 297)
    assert dialog.preview_image() != portrait
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    assert dialog.dpi.isVisibleTo(dialog) and not dialog.page.isVisibleTo(dialog)


def test_pdf_with_handout_is_written_in_the_background(qtbot, tmp_path):
    dialog = make_dialog(qtbot, "ticket_states")
    dialog.handout.setChecked(True)
    out = tmp_path / "states.pdf"
    with qtbot.waitSignal(dialog.finished, timeout=60_000):
        dialog.export(str(out))
        assert not dialog.progress.isHidden()
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    assert "Fermé" in "".join(page.extract_text() for page in reader.pages)
    assert [p.name for p in tmp_path.iterdir()] == ["states.pdf"]


def test_png_export_at_the_chosen_resolution(qtbot, tmp_path):
    dialog = make_dialog(qtbot, "helpdesk_flow")
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    dialog.dpi.setValue(96)
    out = tmp_path / "flow.png"
    dialog.export(str(out))
    assert QImage(str(out)).width() > 500


def test_failed_export_says_why(qtbot, tmp_path, monkeypatch):
    dialog = make_dialog(qtbot, "helpdesk_flow")
    shown = []
    monkeypatch.setattr(
        "blueprint_studio.app.files.export_dialog.QMessageBox.warning", lambda *a: shown.append(a[2])
    )
    dialog.format.setCurrentIndex(dialog.format.findData("svg"))
    dialog.export(str(tmp_path / "missing" / "x.svg"))
    assert shown and "does not exist" in shown[0]
    assert dialog.buttons.isEnabled() and dialog.progress.isHidden()


def test_escape_while_writing_cancels_and_leaves_no_thread(qtbot, tmp_path, monkeypatch):
    """Escape (or the title bar's close) during a report export stops it; nothing is written,
    nothing is warned about, and the dialog can then be closed."""
    shown = []
    monkeypatch.setattr(
        "blueprint_studio.app.files.export_dialog.QMessageBox.warning", lambda *a: shown.append(a[2])
    )
    dialog = make_dialog(qtbot)
    dialog.show()
    dialog.report.setChecked(True)
    dialog.export(str(tmp_path / "report.pdf"))
    worker = dialog.worker
    assert worker is not None and not dialog.format.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # the first Escape cancels
    assert worker._thread.isFinished()  # and waited for the thread
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=10_000)
    assert not shown and "cancelled" in dialog.status.text().lower()
    assert [p for p in tmp_path.iterdir()] == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_nothing_to_export_disables_save(qtbot):
    dialog = make_dialog(qtbot)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.sheets.setChecked(False)
    assert not save.isEnabled() and dialog.status.text()
    dialog.handout.setChecked(True)
    assert save.isEnabled() and not dialog.status.text()
    dialog.handout.setChecked(False)
    dialog.format.setCurrentIndex(dialog.format.findData("svg"))
    assert save.isEnabled()  # an image is always the drawing


def test_write_errors_are_sentences_naming_the_place(tmp_path):
    from blueprint_studio.app.shell.workers import PdfExportWorker
    from blueprint_studio.export.pdfdoc import PdfOptions

    blueprint = load(resources.template_path("helpdesk_flow", "en"))
    worker = PdfExportWorker(blueprint, PdfOptions(), str(tmp_path / "out" / "x.pdf"), None, False)
    folder = str(tmp_path / "out")
    assert folder in worker.reason(PermissionError(13, "Permission denied"))
    assert "not allowed" in worker.reason(PermissionError(13, "Permission denied"))
    assert folder in worker.reason(FileNotFoundError(2, "No such file"))
    assert "x.pdf" in worker.reason(OSError(28, "No space left on device"))
    assert "the disk is full" in worker.reason(OSError(28, "No space left on device"))  # catalogue
    assert "Input/output error" in worker.reason(OSError(5, "Input/output error"))  # a rare one: the system's


def test_suggested_file_name_is_the_title_without_forbidden_characters():
    from blueprint_studio.app.files.export_dialog import file_stem

    assert file_stem("Support à plusieurs niveaux (0 à 4)") == "Support à plusieurs niveaux (0 à 4)"
    assert file_stem('L1/L2: "urgent" <P1>?') == "L1-L2- -urgent- -P1"
    assert file_stem("\x00\x1f") == file_stem("") == file_stem(" . ") == "blueprint"
    assert len(file_stem("x" * 300)) == 80


def test_blueprint_report_and_handout_in_one_pdf_with_progress(qtbot, tmp_path):
    """All three parts: the progress bar moves forward through simulating then writing, and
    the file holds the sheet, the report and the handout in that order."""
    dialog = make_dialog(qtbot, "service_blueprint")
    dialog.report.setChecked(True)
    dialog.handout.setChecked(True)
    steps: list[tuple[int, str]] = []
    dialog.progress.valueChanged.connect(lambda v: steps.append((v, dialog.status.text())))
    out = tmp_path / "all.pdf"
    with qtbot.waitSignal(dialog.finished, timeout=120_000):
        dialog.export(str(out))
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    values = [v for v, _ in steps if v > 0]
    assert values == sorted(values) and values[-1] >= 95
    texts = {t for _, t in steps}
    assert any("simulat" in t.lower() for t in texts) and any("PDF" in t for t in texts)
    reader = PdfReader(out)
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert len(outline) == 3 and outline[1] == "Rapport de simulation", outline
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Fiche ticket" in text and len(reader.pages) >= 6


def test_a_large_drawings_preview_waits_for_its_routes_and_shows_what_the_file_holds(qtbot, monkeypatch):
    """A drawing over SYNC_DETOURS links shows plain routes with no labels first and finishes from
    the event loop: the preview says it is coming, then shows the finished drawing, the one a
    small drawing shows at once (and the export writes)."""
    from blueprint_studio.canvas import scene as scene_module

    small = make_dialog(qtbot)
    finished = small.preview.pixmap().toImage()
    monkeypatch.setattr(scene_module, "SYNC_DETOURS", 0)  # the template treated as large
    dialog = make_dialog(qtbot)
    assert dialog.scene.routes_pending() > 0
    assert dialog.preview.pixmap().isNull() and "preview follows" in dialog.preview.text()
    qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=10000)
    assert dialog.scene.routes_pending() == 0 and dialog.preview.text() == ""
    assert dialog.preview.pixmap().toImage() == finished
