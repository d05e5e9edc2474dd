"""The manager's journey, driven as a person does: open the tiered-support template, File › Export
(the real action, the real dialog's widgets, the Save button) to an A3 landscape PDF fitted on one
page, an SVG and a PNG, then the simulation report (from the dialog, and from Simulation › Export
report after a run); the files are checked for what the manager needs: paper size, names, image.
In English and in French (window and template)."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QListWidget
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio import resources
from blueprint_studio.app.files.export_dialog import ExportDialog
from blueprint_studio.app.shell import actions as ids
from blueprint_studio.canvas import actions as ca
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.export.image import MARGIN, SCREEN_DPI
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load
from tests.export.imagekit import compare, scene_rect_of_png

A3_LANDSCAPE = (1190.55, 841.89)  # points
A3_PORTRAIT = (841.89, 1190.55)
SVG = "{http://www.w3.org/2000/svg}"


def squeeze(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f\u00ad]+", "", text).lower()


def page_sizes(path: Path) -> list[tuple[float, float]]:
    return [
        (round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2)) for p in PdfReader(path).pages
    ]


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def pick(combo: QComboBox, data: object) -> None:
    """Choose an entry as the keyboard does: focus the list, move to the entry."""
    index = combo.findData(data)
    assert index >= 0, (combo.objectName(), data)
    combo.setFocus()
    combo.setCurrentIndex(index)


def tick(qtbot, button) -> None:
    """Click a check box or radio button on its box (the widget may be wider than its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


class Exporter:
    """File › Export through the menu: the dialog is driven once it is shown (it is modal)."""

    def __init__(self, window, qtbot, monkeypatch) -> None:
        self.window, self.qtbot = window, qtbot
        self.suggested: list[str] = []
        self.target = ""
        monkeypatch.setattr(
            "blueprint_studio.app.files.export_dialog.QFileDialog.getSaveFileName", self._choose
        )

    def _choose(self, parent, caption, suggested, filters, *rest):
        self.suggested.append(suggested)
        return self.target, filters.split(";;")[0]

    def run(
        self,
        target: Path,
        configure: Callable[[ExportDialog], None],
        after: Callable[[ExportDialog], None] | None = None,
    ) -> dict:
        """Open the dialog by its action, `configure` it, click Save; then `after` (which must
        close the dialog) or wait for the export to finish."""
        self.target = str(target)
        seen: dict = {}

        def drive() -> None:
            dialog = QApplication.activeModalWidget()
            try:
                assert isinstance(dialog, ExportDialog), dialog
                seen["dialog"] = dialog
                configure(dialog)
                save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
                assert save.isEnabled()
                self.qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
                seen["progress"] = dialog.progress.isVisible() or dialog.result() == 1
                if after is not None:
                    after(dialog)
                # A watchdog that dies with the dialog (its context), not a timer firing in a later test.
                QTimer.singleShot(
                    120_000,
                    dialog,
                    lambda: (
                        dialog.isVisible()
                        and (
                            seen.setdefault("error", AssertionError("the export did not finish")),
                            dialog.done(0),
                        )
                    ),
                )
            except BaseException as error:  # noqa: BLE001 - re-raised below, outside exec()
                seen["error"] = error
                if dialog is not None:
                    dialog.done(0)

        action = self.window.findChild(QAction, ids.FILE_EXPORT)
        assert action.isEnabled()
        QTimer.singleShot(0, drive)
        action.trigger()  # returns when the dialog closes
        if "error" in seen:
            raise seen["error"]
        return seen


WORDS = {  # what the manager reads, in the window's (and the template's) language
    "en": {
        "report": "Simulation report",
        "kpis": "Key indicators",
        "cancelled": "cancelled",
        "exported": "Exported to",
        "missing": "does not exist",
        "read-only": "not allowed to write",
    },
    "fr": {
        "report": "Rapport de simulation",
        "kpis": "Indicateurs clés",
        "cancelled": "annulé",
        "exported": "Exporté dans",
        "missing": "n’existe pas",
        "read-only": "pas le droit d’écrire",
    },
}


@pytest.fixture(params=["en", "fr"])
def manager(request, make_window, qtbot, monkeypatch, tmp_path):
    from blueprint_studio.app.shell import i18n
    from blueprint_studio.app.shell.settings import Settings

    settings = Settings()
    settings.set("ui/language", request.param)
    settings.set("export/page_size", "A3")  # File › Preferences › paper: A3
    window = make_window(settings=settings)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    tab = open_template(window, qtbot, "tiered_support")
    title = load(resources.template_path("tiered_support", request.param)).meta.title
    assert tab is window.current_tab() and tab.document.blueprint.meta.title == title
    window.words = WORDS[request.param]
    yield window, tab, Exporter(window, qtbot, monkeypatch)
    i18n.install("en")


def open_template(window, qtbot, name: str):
    """File › New from template…, then a double click on the template's card in the gallery."""
    picked: dict = {}

    def choose() -> None:
        gallery = QApplication.activeModalWidget()
        try:
            cards = gallery.findChild(QListWidget, "template_list")
            card = next(
                cards.item(i)
                for i in range(cards.count())
                if cards.item(i).data(Qt.ItemDataRole.UserRole) == name
            )
            cards.scrollToItem(card)
            where = cards.visualItemRect(card).center()
            # a real double click starts with a press that selects the card
            qtbot.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=where)
            qtbot.mouseDClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=where)
            picked["title"] = card.text()
        except BaseException as error:  # noqa: BLE001 - re-raised below, outside exec()
            picked["error"] = error
            gallery.reject()

    QTimer.singleShot(0, choose)
    window.findChild(QAction, ids.FILE_NEW_FROM_TEMPLATE).trigger()
    if "error" in picked:
        raise picked["error"]
    return window.current_tab()


def names_of(blueprint) -> list[str]:
    lanes = [lane.title for lane in blueprint.lanes if lane.title]
    steps = [n.title for n in blueprint.nodes if n.kind in ("step", "decision", "intake") and n.title]
    return [blueprint.meta.title, *lanes, *steps]


def test_manager_exports_pdf_svg_png_and_the_report(manager, qtbot, tmp_path):
    window, tab, exporter = manager
    export = window.actions_by_id[ids.FILE_EXPORT]
    assert export.shortcut() == QKeySequence("Ctrl+E")
    assert export in window.menus["menu_file"].actions()
    export_a3_pdf(window, tab, exporter, tmp_path)
    export_svg(window, tab, exporter, tmp_path)
    export_png(window, tab, exporter, tmp_path)
    export_report_alone(window, tab, exporter, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "report.pdf",
        "tiered.pdf",
        "tiered.png",
        "tiered.svg",
    ]


def export_a3_pdf(window, tab, exporter: Exporter, tmp_path: Path) -> None:
    """The blueprint on A3 landscape sheets: fitted on one it would print too small to read, so
    the manager takes the poster the dialog offers."""
    blueprint, qtbot = tab.document.blueprint, exporter.qtbot
    sheets: list[int] = []

    def a3_landscape(dialog: ExportDialog) -> None:
        assert dialog.page.currentData() == "A3"  # the preference
        assert dialog.format.currentData() == "pdf"
        pick(dialog.orientation, "landscape")
        tick(qtbot, dialog.tile)
        assert dialog.scale.isEnabled()
        tick(qtbot, dialog.fit)
        assert dialog.fit.isChecked() and dialog.paper_size() == (420, 297)
        assert dialog.poster.isVisible()  # too small on one sheet: a poster is offered
        qtbot.mouseClick(dialog.poster, Qt.MouseButton.LeftButton)
        assert dialog.tile.isChecked()
        columns, rows = dialog.poster_grid()
        sheets.append(1 + columns * rows)  # the page map, then the sheets

    pdf = tmp_path / "tiered.pdf"
    seen = exporter.run(pdf, a3_landscape)
    assert seen["progress"]
    assert Path(exporter.suggested[-1]).name == f"{blueprint.meta.title}.pdf"
    assert page_sizes(pdf) == [A3_LANDSCAPE] * sheets[0]
    text = squeeze(pdf_text(pdf))
    missing = [name for name in names_of(blueprint) if squeeze(name) not in text]
    assert not missing, missing
    assert window.statusBar().currentMessage() == f"{window.words['exported']} {pdf}"


def export_svg(window, tab, exporter: Exporter, tmp_path: Path) -> None:
    """The SVG: XML, with the names as text."""
    blueprint = tab.document.blueprint

    def svg(dialog: ExportDialog) -> None:
        pick(dialog.format, "svg")
        assert not dialog.page.isVisibleTo(dialog) and not dialog.dpi.isVisibleTo(dialog)

    drawing = tmp_path / "tiered.svg"
    exporter.run(drawing, svg)
    assert Path(exporter.suggested[-1]).parent == tmp_path  # the folder of the last export
    root = ET.parse(drawing).getroot()
    assert root.find(f"{SVG}title").text == blueprint.meta.title
    svg_text = squeeze(" ".join(t for node in root.iter(f"{SVG}text") for t in node.itertext()))
    missing = [name for name in names_of(blueprint)[1:] if squeeze(name) not in svg_text]
    assert not missing, missing


def export_png(window, tab, exporter: Exporter, tmp_path: Path) -> None:
    """The PNG at the default 200 dpi: size, then content against the canvas at the same zoom."""
    blueprint, qtbot = tab.document.blueprint, exporter.qtbot

    def png(dialog: ExportDialog) -> None:
        pick(dialog.format, "png")
        assert dialog.dpi.isVisibleTo(dialog) and dialog.dpi.value() == 200

    picture = tmp_path / "tiered.png"
    exporter.run(picture, png)
    image = QImage(str(picture))
    rect = scene_rect_of_png(BlueprintScene(Document(blueprint)), MARGIN)
    scale = 200 / SCREEN_DPI
    assert (image.width(), image.height()) == (round(rect.width() * scale), round(rect.height() * scale))
    assert round(image.dotsPerMeterX() * 0.0254) == 200
    grid = tab.editor.actions[ca.SHOW_GRID]
    if grid.isChecked():
        grid.trigger()  # View › Show grid off, as a user would
    tab.view.set_zoom(scale)
    for node in (blueprint.nodes[0], blueprint.nodes[len(blueprint.nodes) // 2]):
        tab.view.centerOn(QPointF(node.x, node.y))
        qtbot.wait(10)
        screen = tab.view.viewport().grab().toImage()
        difference = compare(image, rect.topLeft(), screen, tab.view.mapToScene(0, 0), scale)
        assert difference.ink > 0.01
        assert difference.mean < 1.5 and difference.changed < 0.01, (node.title, difference)


def export_report_alone(window, tab, exporter: Exporter, tmp_path: Path) -> None:
    """The simulation report alone, from the dialog: A3 (the preference), portrait text pages."""
    blueprint, qtbot = tab.document.blueprint, exporter.qtbot

    def report_only(dialog: ExportDialog) -> None:
        assert dialog.format.currentData() == "png"  # the last format used
        pick(dialog.format, "pdf")
        tick(qtbot, dialog.sheets)
        assert not dialog.sheets.isChecked() and not dialog.fit.isEnabled()
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert not save.isEnabled()  # nothing chosen yet
        tick(qtbot, dialog.report)
        assert dialog.scenario.isEnabled()
        pick(dialog.scenario, blueprint.scenarios[0].id)

    report = tmp_path / "report.pdf"
    exporter.run(report, report_only)
    assert set(page_sizes(report)) == {A3_PORTRAIT}
    text = squeeze(pdf_text(report))
    for words in (
        window.words["report"],
        window.words["kpis"],
        blueprint.meta.title,
        blueprint.scenarios[0].name,
    ):
        assert squeeze(words) in text, words


def test_report_after_a_run_follows_the_paper_preference(manager, qtbot, tmp_path, monkeypatch):
    """Simulation › Run, then Simulation › Export report…: the paper of the preferences (A3)."""
    window, tab, _ = manager
    workspace = window.simulation
    target = tmp_path / "run-report.pdf"
    monkeypatch.setattr(
        "blueprint_studio.app.simulation.workspace.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), "PDF (*.pdf)"),
    )
    with qtbot.waitSignal(workspace.worker.sig_finished, timeout=120_000):
        window.findChild(QAction, "simulation_run").trigger()
    export_report = window.findChild(QAction, "simulation_export_report")
    assert export_report.isEnabled()
    with qtbot.waitSignal(workspace.worker.sig_finished, timeout=120_000):
        export_report.trigger()
    assert set(page_sizes(target)) == {A3_PORTRAIT}
    assert squeeze(window.words["kpis"]) in squeeze(pdf_text(target))


def click_cancel(qtbot, dialog: ExportDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)


def test_cancel_stops_the_export_without_a_warning(manager, qtbot, tmp_path, monkeypatch):
    window, tab, exporter = manager
    warnings: list[str] = []
    monkeypatch.setattr(
        "blueprint_studio.app.files.export_dialog.QMessageBox.warning",
        lambda parent, title, text: warnings.append(text),
    )
    seen: dict = {}

    def with_report(dialog: ExportDialog) -> None:
        tick(qtbot, dialog.report)
        assert dialog.report.isChecked()

    def cancel_then_close(dialog: ExportDialog) -> None:
        assert dialog.progress.isVisible() and not dialog.format.isEnabled()
        click_cancel(qtbot, dialog)  # stops the export, the dialog stays
        qtbot.waitUntil(lambda: dialog.worker is None, timeout=60_000)
        seen["open"] = dialog.isVisible()
        seen["status"] = dialog.status.text()
        seen["save"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        click_cancel(qtbot, dialog)  # now it closes

    exporter.run(tmp_path / "cancelled.pdf", with_report, cancel_then_close)
    assert seen["open"] and seen["save"] and window.words["cancelled"] in seen["status"].lower()
    assert not warnings and [p for p in tmp_path.iterdir() if p.is_file()] == []
    assert window.words["exported"] not in window.statusBar().currentMessage()


@pytest.mark.parametrize("trouble", ["missing", "read-only"])
def test_a_folder_that_cannot_take_the_file_is_named(manager, qtbot, tmp_path, monkeypatch, trouble):
    """Save into a folder that does not exist, or that the user may not write in: a warning
    names the folder, the dialog stays open with Save available, nothing is left behind."""
    window, tab, exporter = manager
    warnings: list[str] = []
    monkeypatch.setattr(
        "blueprint_studio.app.files.export_dialog.QMessageBox.warning",
        lambda parent, title, text: warnings.append(text),
    )
    folder = tmp_path / trouble
    if trouble == "read-only":
        folder.mkdir()
        folder.chmod(0o500)
        try:
            (folder / "probe").write_text("x")
            (folder / "probe").unlink()
            pytest.skip("this user can write in a read-only folder (root)")
        except PermissionError:
            pass
    expected = window.words[trouble]

    def wait_then_close(dialog: ExportDialog) -> None:
        qtbot.waitUntil(lambda: bool(warnings), timeout=60_000)
        assert dialog.isVisible() and dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        assert dialog.status.text() == warnings[0]
        click_cancel(qtbot, dialog)

    try:
        for kind in ("pdf", "svg", "png"):
            warnings.clear()
            exporter.run(folder / f"x.{kind}", lambda d, k=kind: pick(d.format, k), wait_then_close)
            assert str(folder) in warnings[0] and expected in warnings[0], (kind, warnings)
        assert not folder.exists() or list(folder.iterdir()) == []
    finally:
        if folder.exists():
            folder.chmod(0o700)
