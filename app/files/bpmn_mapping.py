"""The mapping step of a BPMN import: each lane of the process with the kind guessed from its
name, in a list people can correct before the blueprint opens (customer actions, frontstage,
backstage, support processes, physical evidence or a lane of its own). No document change here:
it returns the kinds chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.app.shell.i18n import plural
from blueprint_studio.canvas.items.lane import lane_kind_name
from blueprint_studio.model.schema import LANE_KINDS, Lane


def tr(text: str) -> str:
    return QCoreApplication.translate("BpmnImport", text)


class LaneKindsDialog(QDialog):
    """One row per lane: its title and a choice of its kind, the guess selected."""

    def __init__(self, lanes: list[Lane], file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bpmn_lane_kinds")
        self.setWindowTitle(tr("Lanes of the Imported Process"))
        one = tr(
            "“{name}” has {count} lane. Its kind was guessed from its name: the kind decides the "
            "lines of interaction and visibility, and which step gives the first response. "
            "Correct it if needed."
        )
        many = tr(
            "“{name}” has {count} lanes. Their kinds were guessed from their names: the kind "
            "decides the lines of interaction and visibility, and which step gives the first "
            "response. Correct them if needed."
        )
        intro = QLabel(plural(len(lanes), one, many).format(name=file_name, count=len(lanes)))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        for lane in lanes:
            combo = QComboBox()
            combo.setObjectName(f"lane_kind_{lane.id}")
            for kind in LANE_KINDS:
                combo.addItem(lane_kind_name(kind), kind)
            combo.setCurrentIndex(LANE_KINDS.index(lane.kind))
            title = lane.title or tr("(untitled lane)")
            combo.setAccessibleName(tr("Kind of the lane {title}").format(title=title))
            combo.setToolTip(
                tr("What the lane “{title}” stands for in the service blueprint").format(title=title)
            )
            label = QLabel(title)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.choices[lane.id] = combo
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        if self.choices:
            next(iter(self.choices.values())).setFocus()

    def kinds(self) -> dict[str, str]:
        return {key: str(combo.currentData()) for key, combo in self.choices.items()}


def choose_lane_kinds(parent: QWidget | None, lanes: list[Lane], file_name: str) -> dict[str, str] | None:
    """The kinds chosen, lane id -> kind; None when the import is cancelled."""
    dialog = LaneKindsDialog(lanes, file_name, parent)
    try:
        return dialog.kinds() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
