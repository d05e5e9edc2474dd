"""`SimulationPanel`: choose a scenario, run or cancel, see progress and time left, the quick
estimate from queueing theory at once, and the errors that block a run. It emits intents only.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.app.shell.kpi_words import kpi_value
from blueprint_studio.app.shell.messages import diagnostic_text

ESTIMATE_REASONS = {
    "weekly_schedule": QT_TRANSLATE_NOOP("Simulation", "arrivals follow a weekly schedule"),
    "patience": QT_TRANSLATE_NOOP("Simulation", "customers abandon the queue"),
    "shifts": QT_TRANSLATE_NOOP("Simulation", "the number of agents changes over the week"),
    "time_limit": QT_TRANSLATE_NOOP("Simulation", "a step escalates on a time limit"),
    "reassign": QT_TRANSLATE_NOOP("Simulation", "tickets are re-assigned to another pool"),
    "wait_timeout": QT_TRANSLATE_NOOP("Simulation", "a customer wait has a timeout"),
    "mixed_rules": QT_TRANSLATE_NOOP("Simulation", "conditions and probabilities are mixed on a node"),
    "field_not_choice": QT_TRANSLATE_NOOP("Simulation", "a condition reads a number or text field"),
    "opaque_condition": QT_TRANSLATE_NOOP("Simulation", "a rule reads number or text fields"),
    "too_many_classes": QT_TRANSLATE_NOOP("Simulation", "too many kinds of tickets"),
    "no_exit": QT_TRANSLATE_NOOP("Simulation", "some tickets find no way out"),
    "trapped": QT_TRANSLATE_NOOP("Simulation", "tickets loop without end"),
    "no_arrivals": QT_TRANSLATE_NOOP("Simulation", "no tickets arrive"),
    "unstable": QT_TRANSLATE_NOOP(
        "Simulation", "a pool is overloaded (utilisation of 100 % or more): its queue grows without end"
    ),
}
HEAT_CHOICES = (
    ("", QT_TRANSLATE_NOOP("Simulation", "Off")),
    ("wait", QT_TRANSLATE_NOOP("Simulation", "Mean wait")),
    ("utilisation", QT_TRANSLATE_NOOP("Simulation", "Utilisation")),
    ("breaches", QT_TRANSLATE_NOOP("Simulation", "SLA breaches")),
    ("difference", QT_TRANSLATE_NOOP("Simulation", "Difference of the comparison")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Simulation", text)


def estimate_text(estimate: Any, names: dict[str, str] | None = None) -> str:
    """One sentence about the analytic estimate (or why there is none)."""
    if estimate is None:
        return tr("Quick estimate: not available.")
    if not estimate.ok:
        reason = tr(ESTIMATE_REASONS.get(estimate.reason, estimate.reason))
        return tr("Quick estimate: not possible here, because {reason}.").format(reason=reason)
    worst = max(estimate.steps, key=lambda s: s.wq, default=None)
    text = tr("Quick estimate ({kind}): {time} in the system per ticket").format(
        kind=tr("exact") if estimate.exact else tr("approximate"),
        time=kpi_value("resolution_elapsed_mean", estimate.time_in_system),
    )
    if worst is not None and worst.wq > 0:
        text += tr("; longest wait at {step}: {wait} (utilisation {load:.0f} %)").format(
            step=(names or {}).get(worst.node, worst.node),
            wait=kpi_value("resolution_elapsed_mean", worst.wq),
            load=worst.utilisation * 100,
        )
    return text + "."


def time_left_text(seconds: float) -> str:
    if seconds != seconds or math.isinf(seconds):
        return tr("estimating the time left…")
    if seconds < 60:
        return tr("about {s:.0f} s left").format(s=max(1.0, seconds))
    return tr("about {m:.0f} min left").format(m=seconds / 60)


class SimulationPanel(QDockWidget):
    sig_run_requested = Signal(object)  # scenario id or None
    sig_cancel_requested = Signal()
    sig_heat_metric = Signal(str)  # "" for off

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Simulation"), parent)
        self.setObjectName("dock_simulation")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        row = QHBoxLayout()
        self.scenario = QComboBox(body)
        self.scenario.setObjectName("simulation_scenario")
        self.run_button = QPushButton(self.tr("Run"), body)
        self.run_button.setObjectName("simulation_run_button")
        self.cancel_button = QPushButton(self.tr("Cancel"), body)
        self.cancel_button.setObjectName("simulation_cancel_button")
        row.addWidget(self.scenario, 1)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.progress = QProgressBar(body)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.time_left = QLabel(body)
        layout.addWidget(self.progress)
        layout.addWidget(self.time_left)
        self.estimate = QLabel(body)
        self.estimate.setObjectName("simulation_estimate")
        self.estimate.setWordWrap(True)
        layout.addWidget(self.estimate)
        heat = QHBoxLayout()
        heat.addWidget(QLabel(self.tr("Heat map:"), body))
        self.heat = QComboBox(body)
        self.heat.setObjectName("simulation_heat_metric")
        for key, text in HEAT_CHOICES:
            self.heat.addItem(tr(text), key)
        self.heat.setCurrentIndex(1)
        heat.addWidget(self.heat, 1)
        layout.addLayout(heat)
        self.errors = QListWidget(body)
        self.errors.setObjectName("simulation_errors")
        self.errors.hide()
        layout.addWidget(self.errors)
        layout.addStretch(1)
        self.setWidget(body)
        self.run_button.clicked.connect(lambda: self.sig_run_requested.emit(self.scenario.currentData()))
        self.cancel_button.clicked.connect(self.sig_cancel_requested)
        self.heat.currentIndexChanged.connect(lambda _: self.sig_heat_metric.emit(self.heat.currentData()))
        self.set_running(False)

    def set_scenarios(self, scenarios: list[tuple[str, str]], current: str | None = None) -> None:
        keep = current if current is not None else self.scenario.currentData()
        self.scenario.blockSignals(True)
        self.scenario.clear()
        for sid, name in scenarios:
            self.scenario.addItem(name or sid, sid)
        self.scenario.addItem(self.tr("Default settings (30 days, 1 run)"), None)
        index = self.scenario.findData(keep) if keep is not None else -1
        self.scenario.setCurrentIndex(max(0, index))
        self.scenario.blockSignals(False)

    def current_scenario(self) -> str | None:
        return self.scenario.currentData()

    def set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        self.time_left.setVisible(running)
        if running:
            self.progress.setValue(0)
            self.time_left.setText(time_left_text(math.nan))
            self.errors.hide()

    def show_progress(self, fraction: float, seconds_left: float) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.time_left.setText(time_left_text(seconds_left))

    def show_estimate(self, estimate: Any, names: dict[str, str] | None = None) -> None:
        self.estimate.setText(estimate_text(estimate, names))

    def show_estimate_pending(self) -> None:
        self.estimate.setText(self.tr("Quick estimate: computing…"))

    def show_errors(self, diagnostics: list) -> None:
        self.errors.clear()
        self.errors.addItem(self.tr("The blueprint has errors; fix them before running:"))
        for d in diagnostics:
            self.errors.addItem("● " + diagnostic_text(d))
        self.errors.show()

    def show_message(self, text: str) -> None:
        self.time_left.setText(text)
        self.time_left.show()
