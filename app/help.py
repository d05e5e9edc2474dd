"""Help: the getting-started guide shown inside the application, and the About box with the
version. Text only, through Qt's translation; no behaviour.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from app.icons import app_icon
from model import __version__


def tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def guide_html() -> str:
    sections = [
        (tr("Draw"), tr("Start from a template (File ▸ New from Template) or a blank blueprint. Drag a "
                        "node from the Palette onto the canvas, or click it and then click on the canvas. "
                        "Drag from the small circle on a node's edge to another node to connect them. "
                        "Double-click anything to rename it; edit the details in Properties.")),
        (tr("Lanes and lines"), tr("Insert ▸ Add lane creates a swimlane. Customer, frontstage, backstage "
                                   "and support lanes in that order give the line of interaction, the line "
                                   "of visibility and the line of internal interaction.")),
        (tr("Check"), tr("Diagnostics lists every problem (an unreachable step, a dead end, a decision "
                         "without a default branch). Click one to jump to the element at fault; the "
                         "canvas marks it with a badge.")),
        (tr("Save"), tr("File ▸ Save writes the file safely (the previous version is kept as .bak). "
                        "Unsaved work is copied aside every minute: after a crash, Blueprint Studio "
                        "offers it back the next time it starts.")),
        (tr("Keyboard"), tr("Arrow keys nudge the selection (Shift: one grid step); Tab goes to the next "
                            "node along the flow; F2 renames; Ctrl+1, Ctrl+2 and Ctrl+3 go to the Palette, "
                            "Properties and Diagnostics; F6 comes back to the canvas.")),
    ]
    body = "".join(f"<h3>{title}</h3><p>{text}</p>" for title, text in sections)
    return f"<h2>{tr('Getting started with Blueprint Studio')}</h2>{body}"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(tr("Getting Started"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_text")
        self.browser.setAccessibleName(tr("Getting started guide"))
        self.browser.setHtml(guide_html())
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 520)


def about_text() -> str:
    return tr("<h3>Blueprint Studio {version}</h3><p>Draw help-desk service blueprints and ticket flows, "
              "check them, simulate them, teach them and publish them.</p>").format(version=__version__)


def show_about(parent: QWidget | None) -> None:
    box = QMessageBox(parent)
    box.setObjectName("about_box")
    box.setWindowTitle(tr("About Blueprint Studio"))
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setText(about_text())
    box.exec()
