"""The first window: opens a blueprint (or the help-desk template) read-only, with its
validation state in the status bar. The application-shell issue replaces it with the full shell.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

import resources
from app.messages import diagnostic_text
from canvas.editor import CanvasEditor
from model import __version__
from model.document import Document
from model.fileformat import LoadError, load
from model.schema import Blueprint
from model.validation import validate


def default_language() -> str:
    return "fr" if QLocale.system().name().startswith("fr") else "en"


class MainWindow(QMainWindow):
    def __init__(self, blueprint: Blueprint, path: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.blueprint = blueprint
        self.path = path
        title = blueprint.meta.title or (path.name if path else self.tr("Untitled"))
        self.setWindowTitle(self.tr("{title} — Blueprint Studio {version}").format(
            title=title, version=__version__))
        self.document = Document(blueprint)
        self.editor = CanvasEditor(self.document, self)
        self.scene = self.editor.scene
        self.view = self.editor.view
        self.setCentralWidget(self.view)
        self.editor.sig_status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.diagnostics = validate(blueprint)
        errors = sum(d.is_error for d in self.diagnostics)
        warnings = len(self.diagnostics) - errors
        self.statusBar().showMessage(
            self.tr("{errors} error(s), {warnings} warning(s)").format(errors=errors, warnings=warnings))
        if self.diagnostics:
            self.statusBar().setToolTip("\n".join(diagnostic_text(d) for d in self.diagnostics[:20]))
        self.resize(1280, 800)

    def fit(self) -> None:
        self.view.fitInView(self.scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)


def open_blueprint(argv: list[str], language: str) -> tuple[Blueprint, Path | None, str | None]:
    """The file named on the command line, or the help-desk template; with the load error if any."""
    template = resources.template_path(resources.DEFAULT_TEMPLATE, language)
    if argv:
        path = Path(argv[0])
        try:
            return load(path), path, None
        except LoadError as exc:
            return load(template), None, str(exc)
    return load(template), None, None


def run(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Blueprint Studio")
    app.setOrganizationName("Blueprint Studio")
    app.setApplicationVersion(__version__)
    files = [a for a in argv if not a.startswith("-")]
    blueprint, path, error = open_blueprint(files, default_language())
    window = MainWindow(blueprint, path)
    window.show()
    window.fit()
    if error:
        QMessageBox.warning(window, window.tr("Cannot open the file"), error)
    return app.exec()
