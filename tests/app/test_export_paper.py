"""File > Export on paper that keeps every text legible: a fit that would print below 6 pt says so
and by how much, and offers a larger sheet and a poster as buttons; each choice, clicked, gives
the PDF it announces (page size, sheet count), whose smallest text, measured from the file,
is at least 6 pt."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from blueprint_studio import resources
from blueprint_studio.app.files.export_dialog import ExportDialog
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.export.pdfdoc import PAGE_SIZES
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from pdfkit import smallest_text_pt  # noqa: E402


def make_dialog(qtbot, name: str, page: str = "A3") -> ExportDialog:
    blueprint = load(resources.template_path(name, "en"))
    scene = BlueprintScene(Document(blueprint))
    dialog = ExportDialog(blueprint, scene, default_page=page)
    qtbot.addWidget(dialog)
    dialog._scene_keepalive = scene
    dialog.show()
    return dialog


def sizes_in_note(dialog: ExportDialog) -> list[float]:
    return [float(v.replace(",", ".")) for v in re.findall(r"(\d+[.,]\d) pt", dialog.print_note.text())]


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def write(qtbot, dialog: ExportDialog, out: Path) -> bytes:
    with qtbot.waitSignal(dialog.finished, timeout=60_000):
        dialog.export(str(out))
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    return out.read_bytes()


def test_a_fit_too_small_to_read_offers_a_larger_sheet_that_gives_that_sheet(qtbot, tmp_path):
    dialog = make_dialog(qtbot, "tiered_support")
    note = dialog.print_note.text()
    assert "too small to read" in note
    (asked,) = sizes_in_note(dialog)
    assert asked < 6  # the size it would print at, fitted on one A3 sheet
    assert dialog.poster.isVisible()
    sheet = dialog.larger_sheet.text()
    page = re.search(r"on one (A\d) sheet", sheet).group(1)
    (promised,) = [float(v) for v in re.findall(r"(\d+\.\d) pt", sheet)]
    assert promised >= 6
    click(qtbot, dialog.larger_sheet)
    assert dialog.fit.isChecked() and dialog.page.currentData() == page
    assert not dialog.larger_sheet.isVisible() and not dialog.poster.isVisible()
    assert "too small" not in dialog.print_note.text()
    assert sizes_in_note(dialog) == [promised]
    data = write(qtbot, dialog, tmp_path / "sheet.pdf")
    pages = PdfReader(tmp_path / "sheet.pdf").pages
    assert len(pages) == 1
    size = sorted(round(float(v)) for v in (pages[0].mediabox.width, pages[0].mediabox.height))
    assert size == sorted(round(v) for v in PAGE_SIZES[page])
    assert smallest_text_pt(data) >= 6.0


def test_the_poster_choice_prints_the_announced_sheets_legibly(qtbot, tmp_path):
    dialog = make_dialog(qtbot, "service_blueprint", page="A4")
    assert "too small to read" in dialog.print_note.text()
    count = int(re.search(r"over (\d+) A4 sheets", dialog.poster.text()).group(1))
    click(qtbot, dialog.poster)
    assert dialog.tile.isChecked() and dialog.scale.value() == dialog.scale.minimum()
    columns, rows = dialog.poster_grid()
    assert columns * rows == count > 1
    assert f"Poster of {columns} × {rows} sheets" in dialog.print_note.text()
    assert min(sizes_in_note(dialog)) >= 6
    data = write(qtbot, dialog, tmp_path / "poster.pdf")
    pdf = PdfReader(tmp_path / "poster.pdf")
    assert len(pdf.pages) == 1 + count  # the page map, then the sheets
    shorter = {min(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pdf.pages}
    assert shorter == {round(PAGE_SIZES["A4"][0])}  # every sheet is A4
    assert smallest_text_pt(data) >= 6.0


def test_a_poster_cannot_be_asked_below_the_legible_scale(qtbot):
    dialog = make_dialog(qtbot, "helpdesk_flow")
    dialog.tile.setChecked(True)
    dialog.scale.setFocus()
    for _ in range(30):  # the arrow key down, well past where text would print below 6 pt
        qtbot.keyClick(dialog.scale, Qt.Key.Key_Down)
    assert dialog.scale.value() == dialog.scale.minimum() >= 80
    assert "6 pt" in dialog.scale.toolTip()
    assert min(sizes_in_note(dialog)) >= 6


def test_a_drawing_that_fits_says_the_size_of_its_smallest_text(qtbot):
    dialog = make_dialog(qtbot, "helpdesk_flow", page="A2")
    assert not dialog.larger_sheet.isVisible() and not dialog.poster.isVisible()
    assert "too small" not in dialog.print_note.text()
    assert min(sizes_in_note(dialog)) >= 6
    assert dialog.paper_size() == (594, 420)  # a wide drawing: landscape


def test_the_dialog_and_the_command_offer_the_sheets_the_pdf_writer_has():
    from blueprint_studio.app.cli import export as cli_export
    from blueprint_studio.app.files import export_dialog
    from blueprint_studio.export.pdfdoc import PAGE_SIZES

    assert export_dialog.PAGES == cli_export.PAGES == tuple(PAGE_SIZES)
