"""Background work, the only place with threads: `SimulationWorker` runs replications (or a
comparison) in a QThread, reports progress and time left, and stops within a second on Cancel.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal

from blueprint_studio.model.schema import Blueprint
from blueprint_studio.model.sim.settings import SimulationSettings

if TYPE_CHECKING:
    from blueprint_studio.model.flow import FlowModel
    from blueprint_studio.model.sim.compare import Comparison
    from blueprint_studio.model.sim.engine import EventSink
    from blueprint_studio.model.sim.results import ReplicatedResult
    from blueprint_studio.model.sim.theory import Estimate

# The simulator (engine, compiler, process pool) is imported in the functions that run it: the
# window builds a SimulationWorker at start and must not load the simulator before it first shows
# (bench/startup.py, tests/app/test_startup.py).

Progress = Callable[[float], None]
CancelFlag = Callable[[], bool]


@dataclass
class RunRecord:
    """One finished run and where it came from: results carry the document revision."""

    result: ReplicatedResult
    scenario_id: str | None
    settings: SimulationSettings
    revision: int
    step_pools: dict[str, str] = field(default_factory=dict)  # step id -> pool id
    estimate: Estimate | None = None
    event_log: Any = None  # an in-memory log of replication 0 (for the replay), or None
    seconds: float = 0.0
    blueprint: Blueprint | None = None  # the drawing it ran (to re-run replication 0 for a log)
    finished_at: datetime | None = None  # local time, said with the results ("run today at 14:32")


def step_pools(model: FlowModel) -> dict[str, str]:
    return {n.id: model.pools[n.pool].id for n in model.nodes if n.pool is not None}


def quick_estimate(model: FlowModel, settings: SimulationSettings) -> Estimate | None:
    from blueprint_studio.model.sim.theory import estimate

    try:
        return estimate(model, settings.arrival_multiplier)
    except Exception:  # the estimate is a courtesy; it must never stop a run
        return None


def run_replications(
    model: FlowModel,
    settings: SimulationSettings,
    *,
    progress: Progress,
    cancel: CancelFlag,
    event_log: EventSink | None = None,
    processes: int = 0,
) -> ReplicatedResult:
    """`replicate` in this thread (processes <= 1) or in a process pool; cancellable within a
    second either way."""
    from blueprint_studio.model.sim.replications import replicate

    return replicate(
        model, settings, progress=progress, cancel=cancel, event_log=event_log, workers=max(1, processes)
    )


class _JobThread(QThread):
    sig_done = Signal(object)
    sig_error = Signal(object)

    def __init__(self, job: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job

    def run(self) -> None:
        try:
            self.sig_done.emit(self.job())
        except BaseException as error:  # noqa: BLE001 - every failure goes back to the window
            self.sig_error.emit(error)


class SimulationWorker(QObject):
    """Runs one job at a time. Signals arrive in the GUI thread; `sig_failed` carries the
    exception (CompileFailed has `.diagnostics`)."""

    sig_started = Signal()
    sig_progress = Signal(float, float)  # fraction done, seconds left (NaN while unknown)
    sig_estimate = Signal(object)  # the quick analytic Estimate (or None), before the runs
    sig_finished = Signal(object)  # RunRecord, or Comparison for a comparison
    sig_failed = Signal(object)
    sig_cancelled = Signal()

    def __init__(self, parent: QObject | None = None, processes: int = 0) -> None:
        super().__init__(parent)
        self.processes = processes
        self._stop = threading.Event()
        self._thread: _JobThread | None = None
        self._finished: _JobThread | None = None
        self._started = 0.0
        self._last_emit = 0.0

    # ------------------------------------------------------------ jobs
    def run_scenario(
        self,
        blueprint: Blueprint,
        scenario_id: str | None,
        revision: int,
        event_log: EventSink | None = None,
        settings: SimulationSettings | None = None,
    ) -> None:
        """Compile now (errors are reported at once, without a thread), then run in the background."""
        from blueprint_studio.model.sim.compare import settings_of
        from blueprint_studio.model.sim.replications import CompileFailed, compile_for

        try:
            model = compile_for(blueprint, scenario_id)
        except CompileFailed as error:
            self.sig_failed.emit(error)
            return
        settings = settings or settings_of(blueprint, scenario_id)

        def job() -> RunRecord:
            began = time.perf_counter()
            quick = quick_estimate(model, settings)  # here, not in the GUI thread: it can take a while
            self.sig_estimate.emit(quick)
            result = run_replications(
                model,
                settings,
                progress=self._progress,
                cancel=self._stop.is_set,
                event_log=event_log,
                processes=self.processes,
            )
            for run in result.runs:
                run.revision = revision
            return RunRecord(
                result,
                scenario_id,
                settings,
                revision,
                step_pools(model),
                quick,
                event_log,
                time.perf_counter() - began,
                blueprint,
                datetime.now(),
            )

        self._start(job)

    def run_comparison(self, blueprint: Blueprint, scenario_a: str | None, scenario_b: str | None) -> None:
        from blueprint_studio.model.sim.compare import compare_results, crn_settings, settings_of
        from blueprint_studio.model.sim.replications import CompileFailed, compile_for

        try:
            model_a, model_b = compile_for(blueprint, scenario_a), compile_for(blueprint, scenario_b)
        except CompileFailed as error:
            self.sig_failed.emit(error)
            return
        settings_a = settings_of(blueprint, scenario_a)
        settings_b = crn_settings(settings_a, settings_of(blueprint, scenario_b))

        def job() -> Comparison:
            stop = self._stop.is_set
            a = run_replications(
                model_a,
                settings_a,
                progress=lambda f: self._progress(f / 2),
                cancel=stop,
                processes=self.processes,
            )
            b = run_replications(
                model_b,
                settings_b,
                progress=lambda f: self._progress(0.5 + f / 2),
                cancel=stop,
                processes=self.processes,
            )
            return compare_results(a, b)

        self._start(job)

    def run_job(self, job: Callable[[Progress, CancelFlag], Any]) -> None:
        """Any long function taking (progress, cancel)."""
        self._start(lambda: job(self._progress, self._stop.is_set))

    # ------------------------------------------------------------ control
    def is_running(self) -> bool:
        return self._thread is not None

    def cancel(self) -> None:
        self._stop.set()

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the job thread ends (tests and shutdown)."""
        return self._thread.wait(msecs) if self._thread is not None else True

    def shutdown(self) -> None:
        """Cancel and join: call before the window closes so no thread outlives Python."""
        self.cancel()
        self.wait(10_000)

    def _start(self, job: Callable[[], Any]) -> None:
        if self._thread is not None:
            raise RuntimeError("a simulation is already running")
        self._stop.clear()
        self._started = time.perf_counter()
        self._last_emit = 0.0
        self._finished = None
        thread = _JobThread(job)
        thread.sig_done.connect(self._done)
        thread.sig_error.connect(self._error)
        self._thread = thread
        self.sig_started.emit()
        thread.start()

    def _progress(self, fraction: float) -> None:
        now = time.perf_counter()
        if now - self._last_emit < 0.05 and fraction < 1.0:
            return
        self._last_emit = now
        elapsed = now - self._started
        left = elapsed * (1.0 - fraction) / fraction if fraction > 0.02 and elapsed > 0.3 else math.nan
        self.sig_progress.emit(fraction, left)  # queued to the GUI thread by Qt

    def _finish_thread(self) -> None:
        # The finished thread is kept (not deleteLater'd) until the next job: deleting a signal's
        # sender inside its slot, or a child after its parent, crashed the interpreter at exit.
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            self._finished = thread

    def _done(self, value: Any) -> None:
        self._finish_thread()
        self.sig_finished.emit(value)

    def _error(self, error: BaseException) -> None:
        from blueprint_studio.model.sim.engine import Cancelled

        self._finish_thread()
        if isinstance(error, Cancelled):
            self.sig_cancelled.emit()
        else:
            self.sig_failed.emit(error)


class PdfExportWorker(QObject):
    """Writes a PDF in the background (after simulating the scenario when the report is asked),
    atomically: a temporary file beside the target, renamed at the end, removed on failure."""

    sig_progress = Signal(float, str)  # fraction, what is being done
    sig_done = Signal(str, int)  # path, pages
    sig_failed = Signal(str)  # a sentence for people
    sig_cancelled = Signal()  # stopped on request; nothing was written

    def __init__(
        self,
        blueprint: Blueprint,
        options: Any,
        path: str,
        scenario: str | None,
        handout: bool,
        report: bool = False,
        parent: QObject | None = None,
        sheets: bool = True,
    ) -> None:
        super().__init__(parent)
        self.blueprint, self.options, self.path = blueprint, options, str(path)
        self.scenario, self.handout, self.report, self.sheets = scenario, handout, report, sheets
        self._stop = threading.Event()
        self._thread: _JobThread | None = None

    def start(self) -> None:
        self._thread = _JobThread(self._job)
        self._thread.sig_done.connect(self._done)
        self._thread.sig_error.connect(self._error)
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._thread.wait(msecs) if self._thread is not None else True

    def _progress(self, fraction: float, what: str) -> None:
        if self._stop.is_set():
            from blueprint_studio.model.sim.engine import Cancelled

            raise Cancelled()
        self.sig_progress.emit(fraction, what)

    def _job(self) -> tuple[str, int]:
        from blueprint_studio.export.pdf_report import simulate_report
        from blueprint_studio.export.publish import save_pdf

        report = None
        share = 0.6 if self.report else 0.0
        if self.report:
            scenario = next((s for s in self.blueprint.scenarios if s.id == self.scenario), None)
            simulating = self.tr("Simulating the scenario…")
            report = simulate_report(
                self.blueprint,
                scenario,
                cancel=self._stop.is_set,
                progress=lambda f: self._progress(f * share, simulating),
            )
        writing = self.tr("Writing the PDF…")
        pages = save_pdf(
            self.path,
            self.blueprint,
            self.options,
            report=report,
            handout=self.handout,
            blueprint_sheets=self.sheets,
            progress=lambda f: self._progress(share + f * (1 - share), writing),
        )
        return self.path, pages

    def _done(self, value: tuple[str, int]) -> None:
        self._thread.wait()
        self.sig_done.emit(*value)

    def _error(self, error: BaseException) -> None:
        from blueprint_studio.model.sim.engine import Cancelled

        self._thread.wait()
        if isinstance(error, Cancelled):
            self.sig_cancelled.emit()
        else:
            self.sig_failed.emit(self.reason(error))

    def reason(self, error: BaseException) -> str:
        """What went wrong, in words that say where (the folder, the file)."""
        folder = os.path.dirname(os.path.abspath(self.path))
        name = os.path.basename(self.path)
        from blueprint_studio.model.sim.replications import CompileFailed

        if isinstance(error, CompileFailed):
            from blueprint_studio.app.shell.i18n import plural

            one = self.tr("The blueprint has {n} validation error: the report cannot be simulated.")
            many = self.tr("The blueprint has {n} validation errors: the report cannot be simulated.")
            return plural(len(error.diagnostics), one, many).format(n=len(error.diagnostics))
        if isinstance(error, FileNotFoundError):
            return self.tr("The folder {folder} does not exist.").format(folder=folder)
        if isinstance(error, PermissionError):
            return self.tr(
                "You are not allowed to write in the folder {folder}: choose another folder."
            ).format(folder=folder)
        if isinstance(error, IsADirectoryError):
            return self.tr("{name} is a folder: choose a file name.").format(name=name)
        if isinstance(error, OSError):
            written = self.tr("{name} could not be written: {reason}")
            return written.format(name=name, reason=failure_words(error))
        from blueprint_studio.export.pdfdoc import ExportError

        if isinstance(error, ExportError):
            return self.tr("The PDF cannot be made: {reason}").format(reason=failure_words(error))
        return self.tr("The PDF could not be written ({reason}).").format(
            reason=str(error) or type(error).__name__
        )


def failure_words(error: BaseException) -> str:
    """Why an export or a run failed, in the window's language: a PDF refused as asked (its code,
    through the catalogue), the system's reason for a file (the catalogue's words for the usual
    ones), memory or arithmetic running out, else the error's own text."""
    from PySide6.QtCore import QCoreApplication

    from blueprint_studio.app.shell.i18n import language
    from blueprint_studio.export.pdfdoc import ExportError
    from blueprint_studio.model import load_texts
    from blueprint_studio.model.fileformat import os_reason

    if isinstance(error, ExportError):
        return error.words(language())
    if isinstance(error, OSError):
        code, english = os_reason(error)
        reason = load_texts.word(code, {}, lambda t: QCoreApplication.translate(load_texts.CONTEXT, t))
        return reason or english
    if isinstance(error, MemoryError):  # its str() is empty; the command line's words for it
        return QCoreApplication.translate("SimulateCommand", "not enough memory")
    if isinstance(error, (OverflowError, ZeroDivisionError)):
        return QCoreApplication.translate("SimulateCommand", "a number too large")
    return str(error) or type(error).__name__
