"""File › Import tickets…: the calibration dialog on the current blueprint, then the calibrated
scenario added as one undo step (the scenario commands of canvas/commands). The reading and
fitting are model/calibrate's; the dialog is calibration_dialog.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from blueprint_studio.app.files.calibration_dialog import CalibrationDialog
from blueprint_studio.app.shell.i18n import plural
from blueprint_studio.canvas.commands.base import add_elements
from blueprint_studio.model.calibrate.importer import calibrated_scenario, scenario_id_for

if TYPE_CHECKING:
    from blueprint_studio.app.files.documents import DocumentHost


def tr(text: str) -> str:
    return QCoreApplication.translate("Calibration", text)


def import_tickets(window: DocumentHost) -> bool:
    """Ask for the export and its columns; add the calibrated scenario to the current blueprint."""
    tab = window.current_tab()
    if tab is None:
        return False
    blueprint = tab.document.blueprint
    store = window.settings.store  # type: ignore[attr-defined]
    dialog = CalibrationDialog(blueprint, store, str(window.current_folder()), window)  # type: ignore[arg-type]
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.calibration is None:
        window.status_message(tr("Import of tickets cancelled."))
        return False
    blueprint = tab.document.blueprint  # unchanged while the dialog was open (modal), read again
    scenario = calibrated_scenario(blueprint, dialog.calibration, scenario_id_for(blueprint))
    tab.undo_stack.push(add_elements(tab.document, [scenario], tr("Import Tickets")))
    count = dialog.calibration.tickets
    one = tr("Added the calibrated scenario “{name}” from {count} ticket.")
    many = tr("Added the calibrated scenario “{name}” from {count} tickets.")
    window.status_message(plural(count, one, many).format(name=scenario.name, count=count))
    return True
