"""`StaffingDock`: the staffing finder and scenario sweeps of the simulation workspace (issue 19).
The user picks a scenario, says what to vary (arrival multipliers, agents per pool) or asks for the
cheapest staffing that meets the document's targets; the work runs in `SimulationWorker`'s thread
(on this machine's processes, or on the Dask scheduler of the Preferences) with progress and Cancel.
Results show in `staffing_view`; a row opens as a new scenario (one undo step). It never edits the
document otherwise.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.app.shell.workers import SimulationWorker
from blueprint_studio.app.simulation.document_dock import DocumentDock
from blueprint_studio.app.simulation.scenario_form import SHIFT_HELP, format_shifts
from blueprint_studio.app.simulation.staffing_view import StaffingResultsView, language
from blueprint_studio.canvas.commands.base import add_elements
from blueprint_studio.canvas.properties.labels import display_name
from blueprint_studio.model.document import DocumentEvent
from blueprint_studio.model.schema import Blueprint, Scenario


def tr(text: str) -> str:
    return QCoreApplication.translate("StaffingDock", text)


@dataclass
class Outcome:
    """A finished sweep or search, and where it came from (results belong to a revision)."""

    kind: str  # "sweep" or "find"
    result: Any  # model.staffing SweepResult or StaffingResult
    blueprint: Blueprint
    scenario_id: str | None
    revision: int
    finished_at: datetime


class StaffingDock(DocumentDock):
    sig_scenario_added = Signal(str)  # the id of a scenario opened from a row
    sig_targets_wanted = Signal()  # the finder needs targets the document does not set yet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Staffing and sweeps"), parent)
        self.setObjectName("dock_staffing")
        self.worker = SimulationWorker(self)
        self._stop = threading.Event()
        self._running_for: Any = None
        self._job: tuple[str, Blueprint, str | None, int] | None = None
        self._address = ""  # the Dask scheduler of the job running or last run ("": this machine)
        self.outcomes: dict[int, Outcome] = {}  # per editor (id), shown when its tab is current
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        # the pools table scrolls, not the column: the buttons and the message stay in sight
        splitter.addWidget(self._build_setup(splitter))
        self.view = StaffingResultsView(splitter)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 900])
        self.setWidget(splitter)
        self.worker.sig_progress.connect(self._progress)
        self.worker.sig_finished.connect(self._finished)
        self.worker.sig_failed.connect(self._failed)
        self.worker.sig_cancelled.connect(self._cancelled)
        self.view.sig_open_row.connect(self.open_row)
        self.view.export_button.clicked.connect(self._ask_export)
        self.set_editor(None)

    # ------------------------------------------------------------ set-up
    def _build_setup(self, parent: QWidget) -> QWidget:
        body = QWidget(parent)
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.scenario = QComboBox(body)
        self.scenario.setObjectName("staffing_scenario")
        self.scenario.setToolTip(tr("The scenario whose settings every candidate starts from"))
        form.addRow(tr("&Scenario:"), self.scenario)
        self.arrivals = QLineEdit(body)
        self.arrivals.setObjectName("staffing_arrivals")
        self.arrivals.setPlaceholderText(tr("e.g. 0.8, 1, 1.2"))
        self.arrivals.setToolTip(
            tr(
                "Arrival multipliers to try, times the scenario's own arrivals: a list (0.8, 1, 1.2) "
                "or a range with a step (0.8..1.2:0.1)"
            )
        )
        form.addRow(tr("&Arrivals ×:"), self.arrivals)
        layout.addLayout(form)
        self.pools = QTableWidget(0, 2, body)
        self.pools.setObjectName("staffing_pools")
        self.pools.setHorizontalHeaderLabels([tr("Pool"), tr("Agents to try")])
        self.pools.verticalHeader().hide()
        self.pools.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.pools.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.pools.setToolTip(
            tr("Agents per pool to try: a range (3..6) or a list (3, 5, 8); empty: as the scenario")
        )
        self.pools.setMinimumHeight(60)
        layout.addWidget(self.pools, 1)
        buttons = QHBoxLayout()
        self.sweep_button = QPushButton(tr("Run s&weep"), body)
        self.sweep_button.setObjectName("staffing_sweep")
        self.sweep_button.setToolTip(tr("Simulate every combination of the values above"))
        self.find_button = QPushButton(tr("&Find staffing"), body)
        self.find_button.setObjectName("staffing_find")
        self.find_button.setToolTip(
            tr("Search the cheapest number of agents per pool that meets every staffing target")
        )
        self.cancel_button = QPushButton(tr("Cancel"), body)
        self.cancel_button.setObjectName("staffing_cancel")
        for button in (self.sweep_button, self.find_button, self.cancel_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.progress = QProgressBar(body)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = QLabel(body)
        self.message.setObjectName("staffing_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMaximumHeight(self.message.fontMetrics().lineSpacing() * 4 + 4)  # more: the tooltip
        layout.addWidget(self.message)
        self.sweep_button.clicked.connect(lambda: self.start("sweep"))
        self.find_button.clicked.connect(lambda: self.start("find"))
        self.cancel_button.clicked.connect(self.cancel)
        return body

    # ------------------------------------------------------------ the document
    def refresh(self) -> None:
        """The current editor's scenarios and pools, and its last outcome (after a tab switch)."""
        self._load_choices()
        self._show_outcome()
        self._set_running(self.worker.is_running())

    def reveal(self) -> None:
        """Show the dock on top, tall enough for its table and chart."""
        self.show()
        self.raise_()
        window = self.parentWidget()
        if isinstance(window, QMainWindow):
            window.resizeDocks([self], [max(300, window.height() * 45 // 100)], Qt.Orientation.Vertical)

    def shutdown(self) -> None:
        self.cancel()
        self.worker.shutdown()
        self.detach()

    def _document_changed(self, event: DocumentEvent) -> None:
        if event.kind in ("added", "removed", "changed", "reset"):
            self._load_choices()
        self._show_freshness()

    def _load_choices(self) -> None:
        """The scenarios and pools of the current document, by name; what was typed is kept."""
        keep_scenario = self.scenario.currentData()
        typed = {
            self.pools.item(r, 0).data(Qt.ItemDataRole.UserRole): self.pools.item(r, 1).text()
            for r in range(self.pools.rowCount())
            if self.pools.item(r, 0) is not None and self.pools.item(r, 1) is not None
        }
        bp = self.editor.document.blueprint if self.editor is not None else None
        self.scenario.blockSignals(True)
        self.scenario.clear()
        for s in bp.scenarios if bp else []:
            self.scenario.addItem(display_name(s, bp), s.id)
        if bp is not None and not bp.scenarios:
            self.scenario.addItem(tr("Default settings"), None)
        self.scenario.setCurrentIndex(max(0, self.scenario.findData(keep_scenario)))
        self.scenario.blockSignals(False)
        # a row per pool (its peak head count, the week's shape kept), then one per shift block of
        # a pool with shifts ("POOL#N" for model.staffing.parse_vary: that block's agents only)
        rows: list[tuple[str, str, str]] = []
        for pool in bp.all_pools() if bp else []:
            name = display_name(pool, bp)  # never its id
            rows.append((pool.id, name, tr("Agents at the busiest hour; the week keeps its shape")))
            for number, shift in enumerate(pool.shifts, start=1):
                text = tr("{pool}, shift {number}: {shift}").format(
                    pool=name, number=number, shift=format_shifts([shift])
                )
                help_text = QCoreApplication.translate("ScenarioForm", SHIFT_HELP)
                rows.append((f"{pool.id}#{number}", "    " + text, f"{text}\n{help_text}"))
        self.pools.setRowCount(len(rows))
        for row, (key, text, tip) in enumerate(rows):
            name = QTableWidgetItem(text)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name.setData(Qt.ItemDataRole.UserRole, key)
            name.setToolTip(tip)
            self.pools.setItem(row, 0, name)
            self.pools.setItem(row, 1, QTableWidgetItem(typed.get(key, "")))
        enabled = bp is not None
        for widget in (self.scenario, self.arrivals, self.pools):
            widget.setEnabled(enabled)

    # ------------------------------------------------------------ running
    def variations(self) -> Any:
        """What the form asks to vary, as `model.staffing.Variations`; raises VaryError."""
        from blueprint_studio.model.staffing import parse_vary

        bp = self.editor.document.blueprint
        texts = []
        if self.arrivals.text().strip():
            texts.append(f"arrivals={self.arrivals.text().strip()}")
        for row in range(self.pools.rowCount()):
            text = self.pools.item(row, 1).text().strip()
            if text:
                texts.append(f"{self.pools.item(row, 0).data(Qt.ItemDataRole.UserRole)}={text}")
        return parse_vary(texts, bp)

    def start(self, kind: str) -> bool:
        """Start a sweep ("sweep") or the staffing finder ("find") on the current document;
        False when it cannot start (no document, busy, a wrong value: said in the dock)."""
        if self.editor is None or self.worker.is_running():
            return False
        from blueprint_studio.model.staffing import VaryError, find_staffing, run_sweep, runner_for
        from blueprint_studio.model.staffing.words import error_text

        bp = self.editor.document.blueprint
        scenario_id = self.scenario.currentData()
        try:
            variations = self.variations()
        except VaryError as error:
            self.show_message(error_text(error.code, error.params, language()), error=True)
            return False
        if kind == "sweep" and not (
            variations.pool_agents or variations.shift_plans or variations.arrival_multipliers
        ):
            self.show_message(tr("Say what to vary: arrival multipliers or agents for a pool."), error=True)
            return False
        address = self._address = self._dask_address()
        stop = self._stop = threading.Event()

        def job(progress: Callable[[float], None], cancel: Callable[[], bool]) -> Any:
            def report(done: int, total: int) -> None:
                progress(done / total if total else 0.0)

            with runner_for(address or None) as runner:
                if kind == "find":  # within the agents typed, else the queueing theory's bounds
                    return find_staffing(
                        bp, scenario_id, runner=runner, progress=report, cancel=stop, variations=variations
                    )
                return run_sweep(bp, scenario_id, variations, runner=runner, progress=report, cancel=stop)

        self._running_for = self.editor
        self._job = (kind, bp, scenario_id, self.editor.document.revision)
        self._set_running(True)
        where = address or tr("this machine")
        self.show_message(
            (
                tr("Searching the staffing on {where}…")
                if kind == "find"
                else tr("Running the sweep on {where}…")
            ).format(where=where)
        )
        self.worker.run_job(job)
        return True

    def cancel(self) -> None:
        self._stop.set()
        self.worker.cancel()

    def _dask_address(self) -> str:
        settings = getattr(self.window(), "settings", None)
        return getattr(settings, "dask_address", "") if settings is not None else ""

    def _set_running(self, running: bool) -> None:
        has = self.editor is not None
        self.sweep_button.setEnabled(has and not running)
        self.find_button.setEnabled(has and not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        if running:
            self.progress.setValue(0)

    def _progress(self, fraction: float, seconds_left: float) -> None:
        self.progress.setValue(int(fraction * 1000))

    def _finished(self, value: Any) -> None:
        editor, self._running_for = self._running_for, None
        job, self._job = self._job, None
        self._set_running(False)
        if job is None or editor is None:
            return
        kind, bp, scenario_id, revision = job
        self.outcomes[id(editor)] = Outcome(kind, value, bp, scenario_id, revision, datetime.now())
        if editor is self.editor:
            self._show_outcome()
        self.show_message(tr("Sweep finished.") if kind == "sweep" else tr("Staffing search finished."))

    def _failed(self, error: Any) -> None:
        self._running_for, self._job = None, None
        self._set_running(False)
        from blueprint_studio.model.sim.replications import CompileFailed
        from blueprint_studio.model.staffing.words import error_text

        if hasattr(error, "code") and hasattr(error, "params"):  # StaffingError, CheckpointError
            self.show_message(error_text(error.code, error.params, language()), error=True)
            if error.code == "staffing.no_targets":
                self.sig_targets_wanted.emit()
        elif isinstance(error, CompileFailed):
            self.show_message(tr("The blueprint has errors: it cannot run. See the Diagnostics panel."), True)
        elif self._address and isinstance(error, OSError):  # TimeoutError too: no scheduler answered
            self.show_message(
                tr(
                    "Cannot reach the Dask scheduler at {address}. Check that it runs and the address "
                    "in Preferences, or empty the address to run on this machine."
                ).format(address=self._address),
                error=True,
            )
            self.message.setToolTip(str(error))
        else:  # the first line says it, in words as a failed run says it; the whole text is in the tooltip
            from blueprint_studio.app.shell.workers import failure_words

            first = (failure_words(error).strip().splitlines() or [type(error).__name__])[0]
            self.show_message(tr("The sweep failed: {error}").format(error=first), error=True)
            self.message.setToolTip(str(error))

    def _cancelled(self) -> None:
        self._running_for, self._job = None, None
        self._set_running(False)
        self.show_message(tr("Cancelled."))

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b3261e;" if error else "")
        self.message.setToolTip("")
        self.message.setText(text)

    # ------------------------------------------------------------ results
    def outcome(self) -> Outcome | None:
        return self.outcomes.get(id(self.editor)) if self.editor is not None else None

    def _show_outcome(self) -> None:
        outcome = self.outcome()
        if outcome is None:
            self.view.show_empty()
        else:
            self.view.show_outcome(outcome, self.editor.document.blueprint)
        self._show_freshness()

    def _show_freshness(self) -> None:
        outcome = self.outcome()
        if outcome is not None and self.editor is not None:
            self.view.set_stale(self.editor.document.revision - outcome.revision)

    def open_row(self, index: int) -> str | None:
        """Add the row's plan as a new scenario of the current document (one undo step)."""
        outcome = self.outcome()
        if outcome is None or self.editor is None or not 0 <= index < len(outcome.result.rows):
            return None
        doc = self.editor.document
        row = outcome.result.rows[index]
        base = next((s for s in doc.blueprint.scenarios if s.id == outcome.scenario_id), None)
        base = base or Scenario(id="base", name=tr("Default settings"))
        name = row.candidate.label(doc.blueprint, language())
        scenario = row.scenario(doc.blueprint, base, name[:200])  # with an id the document has not
        self.editor.undo_stack.push(add_elements(doc, [scenario], tr("Open as scenario")))
        self.sig_scenario_added.emit(scenario.id)
        self.show_message(tr("“{name}” added to the scenarios.").format(name=scenario.name))
        return scenario.id

    def _ask_export(self) -> None:
        outcome = self.outcome()
        if outcome is None:
            return
        table = hasattr(outcome.result, "to_csv")  # a sweep; the search's result is JSON only
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export sweep results"),
            "sweep.csv" if table else "staffing.json",
            tr("CSV (*.csv);;JSON (*.json)") if table else tr("JSON (*.json)"),
        )
        if path:
            self.export(path, outcome)

    def export(self, path: str, outcome: Outcome) -> None:
        import json

        sweep = outcome.result
        text = (
            json.dumps(sweep.to_json(), indent=2, ensure_ascii=False)
            if path.lower().endswith(".json") or not hasattr(sweep, "to_csv")
            else sweep.to_csv()
        )
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        self.show_message(tr("Results written to {path}.").format(path=path))
