"""The GUI entry point `run(argv)`: the application object, settings, translators and theme,
the main window on the files named (or the last session's tabs, or the help-desk template),
crash recovery and the session lock. Exits cleanly so Qt objects never outlive Python.
"""

from __future__ import annotations

import gc
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from blueprint_studio.app.shell import collector
from blueprint_studio.app.shell.icons import app_icon
from blueprint_studio.model import __version__
from blueprint_studio.model.collector import collector_paused

if TYPE_CHECKING:
    from blueprint_studio.app.files.autosave import RecoveryStore
    from blueprint_studio.app.shell.main_window import MainWindow
    from blueprint_studio.app.shell.settings import Settings

ORGANISATION = APPLICATION = "Blueprint Studio"
DESKTOP_ID = "blueprint-studio"


def tr(text: str) -> str:
    return QCoreApplication.translate("Startup", text)


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    collector.install(app)
    return app


def build_window(
    files: list[str],
    settings: Settings | None = None,
    store: RecoveryStore | None = None,
    restore_session: bool = True,
    ask_recovery=None,
    checks_after_show: bool = False,
) -> MainWindow:
    """The window as the user sees it at start: state restored, files or template opened.
    With `checks_after_show` (as `run` does) the documents opened are validated once the window
    is on screen rather than before (MainWindow.checks_after_show): it shows sooner."""
    with collector_paused():  # as a scene's rebuild does: no passes over a batch of long-lived objects
        window = _build_window(files, settings, store, restore_session, ask_recovery, checks_after_show)
        promote_survivors()
    return window


def _build_window(
    files: list[str],
    settings: Settings | None,
    store: RecoveryStore | None,
    restore_session: bool,
    ask_recovery,
    checks_after_show: bool,
) -> MainWindow:
    # The window's modules (the schema, the canvas, the workspaces) load here, with the collector
    # paused (collector_paused), rather than when this module is imported.
    from blueprint_studio.app.files.autosave import RecoveryStore
    from blueprint_studio.app.files.recovery import recover
    from blueprint_studio.app.shell import i18n
    from blueprint_studio.app.shell.main_window import MainWindow
    from blueprint_studio.app.shell.settings import Settings, apply_theme

    settings = settings or Settings()
    language = i18n.install(settings.language)
    apply_theme(QApplication.instance(), settings.theme)
    store = store or RecoveryStore()
    others = store.running_instances()
    window = MainWindow(settings, store, language)
    window.restore_state()
    store.acquire()
    with window.checks_after_show() if checks_after_show else nullcontext():
        recovered = recover(window, store, ask_recovery) if ask_recovery else recover(window, store)
        for path in files:
            window.controller.open_path(Path(path))
        if not files and not recovered and not (restore_session and window.restore_tabs()):
            window.controller.new_from_template("helpdesk_flow")
    if others:
        window.status_message(
            tr("Another Blueprint Studio window is already running; its unsaved work is left alone."), 15000
        )
    return window


def promote_survivors() -> None:
    """Move every object alive now into the collector's oldest generation, without walking them
    (freeze then unfreeze: two list splices). The objects made while the window is built (the
    schema, the Qt wrappers, the docks) live as long as it; left in the youngest generation,
    the next routine collection would walk all of them at once, about 50 ms here, and free next
    to nothing. They are still collected as usual by the full passes, should any become garbage."""
    gc.freeze()
    gc.unfreeze()


def run(argv: list[str]) -> int:
    app = make_application(argv)
    files = [a for a in argv if not a.startswith("-")]
    window = build_window(files, checks_after_show=True)
    window.show()
    QTimer.singleShot(0, lambda: [tab.view.fit() for tab in window.tabs()])
    status = app.exec()
    window.deleteLater()
    QCoreApplication.sendPostedEvents()
    return status
