"""`SimulationWorkspace`: the one entry point of the simulation workspace for the main window. It
adds the docks and actions, runs scenarios and comparisons through `SimulationWorker`, and drives
the heat map and the replay on the current canvas. It never changes a drawing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QToolButton

from blueprint_studio.app.shell.workers import RunRecord, SimulationWorker
from blueprint_studio.app.simulation.compare import CompareDock, difference_heat
from blueprint_studio.app.simulation.panel import SimulationPanel
from blueprint_studio.app.simulation.replay import ReplayDock
from blueprint_studio.app.simulation.results import ResultsDock
from blueprint_studio.app.simulation.results_export import write_event_log, write_report, write_results
from blueprint_studio.app.simulation.scenarios import ScenariosDock
from blueprint_studio.app.simulation.staffing import StaffingDock
from blueprint_studio.app.simulation.targets import TargetsDock
from blueprint_studio.canvas.overlays.heatmap import HeatMapOverlay, heat_data
from blueprint_studio.canvas.overlays.replay import ReplayOverlay
from blueprint_studio.canvas.overlays.ticket_log import TicketLog
from blueprint_studio.model.document import DocumentEvent

if TYPE_CHECKING:
    from blueprint_studio.model.sim.compare import Comparison

ACTION_IDS = (
    "simulation_run",
    "simulation_cancel",
    "simulation_compare",
    "simulation_watch",
    "simulation_export",
    "simulation_export_log",
    "simulation_export_report",
    "simulation_targets",
    "simulation_staffing",
)


@dataclass
class _Canvas:
    """What the workspace keeps per canvas editor: its last run, comparison and overlays."""

    heat: HeatMapOverlay
    record: RunRecord | None = None
    comparison: Comparison | None = None
    compared_at: datetime | None = None
    compared: tuple[Any, Any] | None = None  # the scenario ids of `comparison` (A, B), for the report
    unsubscribe: Callable[[], None] | None = None


class SimulationWorkspace(QObject):
    """Simulation docks and actions for a main window. The main window calls:

        self.simulation = SimulationWorkspace(
            self, lambda: tab.editor if (tab := self.current_tab()) else None
        )
        self.simulation.sig_show_diagnostics.connect(lambda _: (self.diagnostics_dock.show(),
                                                                self.diagnostics_dock.raise_()))
        self.tab_widget.currentChanged.connect(lambda _: self.simulation.editor_changed())
        self.simulation.sig_status.connect(self.status_message)
        # and in closeEvent, before accepting:  self.simulation.shutdown()

    The actions (`actions[id]`, objectName = id; Run is Ctrl+R) go into the window's QMenu named
    "menu_simulation" (a new one if there is none), adopting a QAction already named
    "simulation_run" rather than adding a second; Run, Cancel and Watch also get a toolbar.
    With `install_menu=False` nothing is placed: put `self.actions` where you like.
    """

    sig_show_diagnostics = Signal(list)  # the Diagnostic errors that blocked a run
    sig_status = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        current_editor: Callable[[], Any],
        install_menu: bool = True,
        processes: int = 0,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.current_editor = current_editor
        self.worker = SimulationWorker(self, processes=processes)
        self.canvases: dict[int, _Canvas] = {}
        self.running_for: Any = None
        self.job = ""
        self.export_path = ""  # the file of the report or event log being written
        self._names: dict[str, str] = {}
        self.panel = SimulationPanel(window)
        self.scenarios = ScenariosDock(window)
        self.results = ResultsDock(window)
        self.compare_dock = CompareDock(window)
        self.replay = ReplayDock(window)
        self.targets = TargetsDock(window)  # issue 19: what the staffing finder and sweeps must meet
        self.staffing = StaffingDock(window)
        right, bottom = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        for dock, area in (
            (self.panel, right),
            (self.scenarios, right),
            (self.results, bottom),
            (self.compare_dock, bottom),
            (self.replay, bottom),
            (self.targets, right),
            (self.staffing, bottom),
        ):
            window.addDockWidget(area, dock)
        window.tabifyDockWidget(self.panel, self.scenarios)
        window.tabifyDockWidget(self.scenarios, self.targets)
        window.tabifyDockWidget(self.results, self.compare_dock)
        window.tabifyDockWidget(self.compare_dock, self.staffing)
        for dock in (self.compare_dock, self.replay, self.targets, self.staffing):
            dock.hide()
        self.panel.raise_()
        self.results.raise_()
        window.resizeDocks([self.results], [330], Qt.Orientation.Vertical)
        self.actions = self._build_actions()
        if install_menu:
            self._install_menu()
        self._wire()
        self.editor_changed()

    # ------------------------------------------------------------ set-up
    def _build_actions(self) -> dict[str, QAction]:
        texts = {
            "simulation_run": self.tr("&Run simulation"),
            "simulation_cancel": self.tr("&Cancel simulation"),
            "simulation_compare": self.tr("Co&mpare scenarios…"),
            "simulation_watch": self.tr("&Watch tickets"),
            "simulation_export": self.tr("&Export results…"),
            "simulation_export_log": self.tr("Export event &log…"),
            "simulation_export_report": self.tr("Export simulation &report (PDF)…"),
            "simulation_targets": self.tr("Staffing &targets…"),
            "simulation_staffing": self.tr("&Staffing finder and sweeps…"),
        }
        actions = {}
        for key in ACTION_IDS:
            # The shell may already hold a placeholder with this id (its Simulation menu): adopt it.
            # Actions are the window's own children: not a walk over every widget for each id.
            action = self.window.findChild(QAction, key, Qt.FindChildOption.FindDirectChildrenOnly)
            if action is None:
                action = QAction(texts[key], self.window)
                action.setObjectName(key)
            actions[key] = action
        run = actions["simulation_run"]
        if run.shortcut().isEmpty():
            run.setShortcut(QKeySequence("Ctrl+R"))
        keys = run.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        run.setToolTip(
            self.tr("Run the chosen scenario in the background ({shortcut})").format(shortcut=keys)
        )
        run.setStatusTip(run.toolTip())
        for button in (self.panel.run_button, self.results.empty_run):
            button.setToolTip(run.toolTip())
        actions["simulation_cancel"].setShortcut(QKeySequence("Ctrl+."))
        actions["simulation_run"].triggered.connect(lambda: self.run(self.panel.current_scenario()))
        actions["simulation_cancel"].triggered.connect(self.cancel)
        actions["simulation_compare"].triggered.connect(self.show_compare)
        actions["simulation_watch"].triggered.connect(self.watch_tickets)
        actions["simulation_export"].triggered.connect(self._ask_export_results)
        actions["simulation_export_log"].triggered.connect(self._ask_export_log)
        actions["simulation_export_report"].triggered.connect(self._ask_export_report)
        actions["simulation_targets"].triggered.connect(lambda: (self.targets.show(), self.targets.raise_()))
        actions["simulation_staffing"].triggered.connect(self.staffing.reveal)
        return actions

    def _install_menu(self) -> None:
        menu = self.window.findChild(QMenu, "menu_simulation")
        if menu is None:
            menu = QMenu(self.tr("&Simulation"), self.window)
            menu.setObjectName("menu_simulation")
            self.window.menuBar().addMenu(menu)
        present = set(menu.actions())
        menu.addActions([self.actions[k] for k in ACTION_IDS if self.actions[k] not in present])
        docks = (
            self.panel,
            self.scenarios,
            self.targets,
            self.results,
            self.compare_dock,
            self.staffing,
            self.replay,
        )
        menu.addSeparator()
        menu.addActions([dock.toggleViewAction() for dock in docks])
        toolbar = self.window.addToolBar(self.tr("Simulation"))
        toolbar.setObjectName("toolbar_simulation")
        toolbar.addActions(
            [self.actions[k] for k in ("simulation_run", "simulation_cancel", "simulation_watch")]
        )
        # Cancel and Watch show words; Run, the one that matters, must not be a bare icon beside them
        run_button = toolbar.widgetForAction(self.actions["simulation_run"])
        if isinstance(run_button, QToolButton):
            run_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def _wire(self) -> None:
        w = self.worker
        w.sig_progress.connect(self.panel.show_progress)
        w.sig_estimate.connect(self._estimate_ready)
        w.sig_finished.connect(self._finished)
        w.sig_failed.connect(self._failed)
        w.sig_cancelled.connect(self._cancelled)
        self.panel.sig_run_requested.connect(self.run)
        self.panel.sig_cancel_requested.connect(self.cancel)
        self.panel.sig_heat_metric.connect(self.set_heat_metric)
        self.scenarios.sig_current_changed.connect(self._scenario_picked)
        self.scenarios.sig_run_requested.connect(self.run)
        self.compare_dock.sig_compare_requested.connect(self.compare)
        self.compare_dock.sig_show_on_canvas.connect(
            lambda on: self.set_heat_metric("difference" if on else "wait")
        )
        self.results.sig_run_requested.connect(lambda: self.run(self.panel.current_scenario()))
        self.results.sig_export_results.connect(self._ask_export_results)
        self.results.sig_export_log.connect(self._ask_export_log)
        self.results.sig_export_report.connect(self._ask_export_report)
        self.staffing.sig_scenario_added.connect(self._scenario_added)
        self.staffing.sig_targets_wanted.connect(lambda: (self.targets.show(), self.targets.raise_()))

    def _scenario_added(self, scenario_id: str) -> None:
        """A row of a sweep opened as a scenario: show it in the scenarios dock, ready to run."""
        self.scenarios.select(scenario_id)
        self.scenarios.show()
        self.scenarios.raise_()

    def _estimate_ready(self, estimate: Any) -> None:
        if self.running_for is self.current_editor():  # else it shows with that tab's results
            self.panel.show_estimate(estimate, self._names)

    # ------------------------------------------------------------ per canvas
    def _canvas(self, editor: Any) -> _Canvas:
        state = self.canvases.get(id(editor))
        if state is None:
            heat = HeatMapOverlay(editor.scene, editor.view, editor)
            heat.sig_stale.connect(lambda stale, e=editor: self._stale(e, stale))
            state = _Canvas(heat)
            state.unsubscribe = editor.document.subscribe(lambda ev, e=editor: self._document_changed(e, ev))
            self.canvases[id(editor)] = state
            editor.destroyed.connect(lambda *_, key=id(editor): self._forget(key))
        return state

    def _forget(self, key: int) -> None:
        state = self.canvases.pop(key, None)
        if state is not None and state.unsubscribe is not None:
            state.unsubscribe()

    def editor_changed(self) -> None:
        """Call when the current document changes (tab switch, open, close): the docks show its
        own results and comparison, or say it has none; never another document's."""
        editor = self.current_editor()
        self.scenarios.set_editor(editor)
        self.targets.set_editor(editor)
        self.staffing.set_editor(editor)
        self.replay.detach()
        self._refresh_scenarios(editor)
        state = self._canvas(editor) if editor is not None else None
        record = state.record if state else None
        title = document_title(editor) if editor is not None else ""
        if record is not None:
            self._show_record(editor, record)
            self._update_freshness(editor)
        else:
            self.results.show_empty(title)
        self._show_panel_for(editor, record)
        if state is not None and state.comparison is not None:
            self.compare_dock.show_comparison(state.comparison, title, state.compared_at)
        else:
            self.compare_dock.show_empty(title)
        has = editor is not None
        self.actions["simulation_run"].setEnabled(has and not self.worker.is_running())
        self.results.empty_run.setEnabled(has and not self.worker.is_running())
        self.actions["simulation_cancel"].setEnabled(self.worker.is_running())
        for key in (
            "simulation_watch",
            "simulation_export",
            "simulation_export_log",
            "simulation_export_report",
        ):
            self.actions[key].setEnabled(record is not None)
        self.actions["simulation_compare"].setEnabled(has)

    def _show_panel_for(self, editor: Any, record: RunRecord | None) -> None:
        """The panel's estimate and errors are about the current document too."""
        if editor is not None and editor is self.running_for:
            return  # its run is going: the estimate (or "computing…") stays
        self.panel.errors.hide()
        if record is not None:
            bp = record.blueprint or editor.document.blueprint
            self.panel.show_estimate(record.estimate, {n.id: n.title or n.id for n in bp.nodes})
        else:
            self.panel.estimate.clear()

    def _refresh_scenarios(self, editor: Any) -> None:
        scenarios = [(s.id, s.name) for s in editor.document.blueprint.scenarios] if editor else []
        self.panel.set_scenarios(scenarios)
        self.compare_dock.set_scenarios(scenarios)

    def _document_changed(self, editor: Any, event: DocumentEvent) -> None:
        if editor is self.current_editor():
            self._refresh_scenarios(editor)
            self._update_freshness(editor)

    def _scenario_picked(self, scenario_id: Any) -> None:
        if scenario_id is not None:
            self.panel.set_scenarios(
                [
                    (self.panel.scenario.itemData(i), self.panel.scenario.itemText(i))
                    for i in range(self.panel.scenario.count() - 1)
                ],
                scenario_id,
            )

    def _stale(self, editor: Any, stale: bool) -> None:
        if editor is self.current_editor():
            self._update_freshness(editor)

    def _update_freshness(self, editor: Any) -> None:
        """Up to date, or run before the last N edits (revisions since the run), dimmed."""
        state = self._canvas(editor)
        if state.record is not None:
            edits = editor.document.revision - state.record.revision
            self.results.set_stale(state.heat.stale, edits)

    # ------------------------------------------------------------ running
    def run(self, scenario_id: str | None = None) -> bool:
        """Start a run of the current document; False when it cannot start (busy, errors)."""
        editor = self.current_editor()
        if editor is None or self.worker.is_running():
            return False
        from blueprint_studio.model.compiler import compile_blueprint  # networkx: not at start

        blueprint = editor.document.blueprint
        compiled = compile_blueprint(blueprint, scenario_id)
        if compiled.model is None:
            self._blocked(compiled.errors)
            return False
        self._names = {n.id: n.title or n.id for n in blueprint.nodes}
        self.panel.show_estimate_pending()
        self.running_for, self.job = editor, "run"
        self._set_running(True)
        self.worker.run_scenario(blueprint, scenario_id, editor.document.revision, event_log=TicketLog())
        return True

    def compare(self, scenario_a: str | None, scenario_b: str | None) -> bool:
        editor = self.current_editor()
        if editor is None or self.worker.is_running():
            return False
        self.running_for, self.job = editor, "compare"
        self._compared = (scenario_a, scenario_b)
        self.compare_dock.select(scenario_a, scenario_b)
        self._set_running(True)
        self.compare_dock.set_busy(True)
        self.worker.run_comparison(editor.document.blueprint, scenario_a, scenario_b)
        return self.worker.is_running()

    def cancel(self) -> None:
        self.worker.cancel()

    def shutdown(self) -> None:
        """Stop any run and detach from the documents (call before the window closes)."""
        self.worker.shutdown()
        self.staffing.shutdown()
        self.replay.detach()
        self.scenarios.detach()
        self.targets.detach()
        for state in self.canvases.values():
            if state.unsubscribe:
                state.unsubscribe()
        self.canvases.clear()

    def _set_running(self, running: bool) -> None:
        self.panel.set_running(running)
        self.results.empty_run.setEnabled(not running and self.current_editor() is not None)
        self.actions["simulation_run"].setEnabled(not running)
        self.actions["simulation_cancel"].setEnabled(running)

    def _blocked(self, errors: list) -> None:
        self.panel.show_errors(errors)
        self.panel.show()
        self.panel.raise_()
        self.sig_status.emit(self.tr("The blueprint has errors: it cannot run."))
        self.sig_show_diagnostics.emit(list(errors))

    def _finished(self, value: Any) -> None:
        from blueprint_studio.model.sim.compare import Comparison  # loaded by the run that sent it

        editor, self.running_for = self.running_for, None
        self._set_running(False)
        self.compare_dock.set_busy(False)
        if self.job in ("report", "log"):
            self.panel.show_message(self.tr("Export finished."))
            self.sig_status.emit(self.tr("Export finished."))
        if editor is None or id(editor) not in self.canvases and editor is not self.current_editor():
            return
        state = self._canvas(editor)
        current = editor is self.current_editor()
        if isinstance(value, Comparison):
            state.comparison, state.compared_at = value, datetime.now()
            state.compared = getattr(self, "_compared", None)
        elif isinstance(value, RunRecord):
            state.record = value
            self.sig_status.emit(
                self.tr("Simulation of {title} finished.").format(title=document_title(editor))
            )
        if not current:
            return  # kept for its document; shown when its tab comes back
        self.editor_changed()
        if isinstance(value, Comparison) and self.compare_dock.on_canvas.isChecked():
            self.set_heat_metric("difference")
        elif isinstance(value, RunRecord):
            self.results.show()
            self.results.raise_()

    def _show_record(self, editor: Any, record: RunRecord) -> None:
        bp = record.blueprint or editor.document.blueprint
        names = {n.id: n.title or n.id for n in bp.nodes}
        pools = {p.id: p.name or p.id for p in bp.all_pools()}
        policies = next(
            (s.sla for s in bp.scenarios if s.id == record.scenario_id and s.sla is not None), bp.sla
        )
        targets = [(p.name or p.id, p.resolution) for p in policies if p.resolution]
        scenario = next((s.name for s in bp.scenarios if s.id == record.scenario_id), "")
        self.results.show_record(record, names, pools, targets, scenario, document_title(editor))
        from blueprint_studio.app.files.calibration_view import show_for_record

        show_for_record(self.results, record, bp)  # a calibrated scenario: simulated vs actual
        state = self._canvas(editor)
        data = heat_data(
            record.result,
            record.revision,
            record.step_pools,
            lambda step, row: self._describe(names.get(step, step), row),
            record.blueprint,
        )
        metric = self.panel.heat.currentData()
        state.heat.show_data(data, metric if metric not in ("", "difference") else "wait")
        state.heat.set_visible(bool(metric) and metric != "difference")

    def _describe(self, title: str, row: dict[str, float]) -> str:
        from blueprint_studio.canvas.overlays.heatmap import format_figure

        return self.tr(
            "{title}\nmean wait {wait}\npool utilisation {util}\nSLA breaches {breaches}\n"
            "tickets per run {visits:.0f}\nmean queue {queue:.1f}"
        ).format(
            title=title,
            wait=format_figure("wait", row["wait"]),
            util=format_figure("utilisation", row["utilisation"]),
            breaches=format_figure("breaches", row["breaches"]),
            visits=row["visits"],
            queue=row["queue"],
        )

    def _failed(self, error: Any) -> None:
        from blueprint_studio.model.sim.replications import CompileFailed  # the engine: not at start

        self.running_for = None
        self._set_running(False)
        self.compare_dock.set_busy(False)
        if isinstance(error, CompileFailed):
            self._blocked(error.diagnostics)
        elif self.job in ("report", "log"):  # a file not written: which one, and why in words
            self._export_failed(self.export_path, error)
        else:
            from blueprint_studio.app.shell.workers import failure_words

            failed = self.tr("The simulation failed: {error}").format(error=failure_words(error))
            self.panel.show_message(failed)

    def _export_failed(self, path: str, error: BaseException) -> None:
        from pathlib import Path

        from blueprint_studio.app.shell.workers import failure_words

        message = self.tr("{name} could not be written: {reason}").format(
            name=Path(path).name, reason=failure_words(error)
        )
        self.panel.show_message(message)
        self.sig_status.emit(message)

    def _cancelled(self) -> None:
        self.running_for = None
        self._set_running(False)
        self.compare_dock.set_busy(False)
        self.panel.show_message(self.tr("Simulation cancelled."))

    # ------------------------------------------------------------ heat map, compare, replay
    def set_heat_metric(self, metric: str) -> None:
        editor = self.current_editor()
        if editor is None:
            return
        state = self._canvas(editor)
        if metric == "difference" and state.comparison is not None:
            names = {n.id: n.title or n.id for n in editor.document.blueprint.nodes}
            state.heat.show_data(
                difference_heat(state.comparison, editor.document.revision, names), "difference"
            )
            state.heat.set_visible(True)
        elif metric and state.record is not None:
            if state.heat.metric == "difference" or state.heat.data is None:
                self._show_record(editor, state.record)
            state.heat.set_metric(metric if metric != "difference" else "wait")
            state.heat.set_visible(True)
        else:
            state.heat.set_visible(False)

    def heat_overlay(self) -> HeatMapOverlay | None:
        editor = self.current_editor()
        return self._canvas(editor).heat if editor is not None else None

    def show_compare(self) -> None:
        self.compare_dock.show()
        self.compare_dock.raise_()

    def watch_tickets(self) -> ReplayOverlay | None:
        editor = self.current_editor()
        record = self._canvas(editor).record if editor is not None else None
        if record is None or not record.event_log or not record.event_log.traces:
            return None
        overlay = ReplayOverlay(editor.scene, record.event_log, parent=editor)
        fields = editor.document.blueprint.fields  # for the words of fields and values
        self.replay.attach(overlay, ReplayOverlay.field_names(record.event_log), fields)
        self.replay.show()
        self.replay.raise_()
        return overlay

    # ------------------------------------------------------------ exports
    def current_record(self) -> RunRecord | None:
        editor = self.current_editor()
        return self._canvas(editor).record if editor is not None else None

    def _ask_export_results(self) -> None:
        record = self.current_record()
        if record is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export results"), "results.json", self.tr("JSON (*.json);;CSV (*.csv)")
        )
        if path:
            self.export_path = path
            try:
                write_results(path, record)
            except OSError as error:  # a folder it may not write in, a full disk: said, not raised
                self._export_failed(path, error)

    def _ask_export_log(self) -> None:
        record = self.current_record()
        if record is None or self.worker.is_running():
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export event log"), "events.csv", self.tr("CSV (*.csv);;XES (*.xes)")
        )
        if path:
            self.export_event_log(path, record)

    def _ask_export_report(self) -> None:
        record = self.current_record()
        if record is None or self.worker.is_running():
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export simulation report"), "report.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.export_report(path, record)

    def export_report(self, path: str, record: RunRecord) -> None:
        """The report PDF of the finished run, in the background with progress."""
        self.running_for, self.job, self.export_path = None, "report", path
        self._set_running(True)
        settings = getattr(self.window, "settings", None)  # the paper of File > Preferences
        page = settings.page_size if settings is not None else "A4"
        pages = self._report_pages(record)
        self.worker.run_job(lambda progress, cancel: write_report(path, record, progress, page, **pages))

    def _report_pages(self, record: RunRecord) -> dict[str, Any]:
        """The pages of issue 19 the report adds for this document: its last comparison of two
        scenarios and its staffing finder's recommendation, when it has them."""
        editor = self.current_editor()
        state = self._canvas(editor) if editor is not None else None
        pages: dict[str, Any] = {}
        if state is not None and state.comparison is not None and state.compared is not None:
            from blueprint_studio.export.pdf_staffing import ComparisonData

            known = [
                *(record.blueprint.scenarios if record.blueprint else []),
                *editor.document.blueprint.scenarios,
            ]
            found = {s.id: s for s in known}
            a, b = state.compared
            pages["comparison"] = ComparisonData(state.comparison, found.get(a), found.get(b))
        outcome = self.staffing.outcome()
        if outcome is not None and outcome.kind == "find":
            pages["staffing"], pages["staffing_scenario"] = outcome.result, outcome.scenario_id
        return pages

    def export_event_log(self, path: str, record: RunRecord) -> None:
        """In the background (it re-runs replication 0), with progress and Cancel."""
        self.running_for, self.job, self.export_path = None, "log", path
        self._set_running(True)
        self.worker.run_job(lambda progress, cancel: write_event_log(path, record, cancel))


def document_title(editor: Any) -> str:
    """The name people know a document by: its title, else its tab's name."""
    title = editor.document.blueprint.meta.title
    if title:
        return title
    tab = getattr(editor, "tab", None) or editor.view.parent()
    name = getattr(tab, "display_name", None)
    return name() if callable(name) else QCoreApplication.translate("SimulationWorkspace", "this blueprint")
