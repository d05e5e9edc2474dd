"""SimulationWorker: a run finishes and emits the engine's results; the window's event loop keeps
turning during a run; Cancel stops a long run within a second; validation errors do not run."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from blueprint_studio.app.shell.workers import RunRecord, SimulationWorker
from blueprint_studio.canvas.overlays.ticket_log import TicketLog
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.schema import Scenario
from blueprint_studio.model.sim.replications import CompileFailed, compile_for, simulate
from blueprint_studio.model.sim.settings import DAY, SimulationSettings

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


@pytest.fixture
def blueprint():
    return load(TEMPLATES / "tiered_support.en.blueprint.json")


@pytest.fixture
def worker(qtbot):
    worker = SimulationWorker()
    yield worker
    worker.shutdown()


def test_a_run_finishes_with_the_engines_numbers(qtbot, worker, blueprint):
    settings = SimulationSettings(horizon_minutes=7 * DAY, replications=2, seed=3)
    log = TicketLog()
    progress = []
    worker.sig_progress.connect(lambda f, left: progress.append(f))
    with qtbot.waitSignal(worker.sig_finished, timeout=30_000) as blocker:
        worker.run_scenario(blueprint, None, revision=7, event_log=log, settings=settings)
    record = blocker.args[0]
    assert isinstance(record, RunRecord) and record.revision == 7
    assert all(run.revision == 7 for run in record.result.runs)
    direct = simulate(compile_for(blueprint, None), settings, 1)
    assert record.result.runs[1].kpis == direct.kpis
    assert record.estimate is not None and log.traces
    assert progress and progress[-1] == pytest.approx(1.0)
    assert not worker.is_running()


def test_events_are_processed_and_cancel_stops_within_a_second(qtbot, worker, blueprint):
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    settings = SimulationSettings(horizon_minutes=3000 * DAY, replications=200)  # minutes of work
    worker.run_scenario(blueprint, None, revision=0, settings=settings)
    qtbot.wait(700)
    assert worker.is_running()
    assert len(ticks) >= 10  # the GUI thread kept turning while the engine ran
    asked = time.perf_counter()
    with qtbot.waitSignal(worker.sig_cancelled, timeout=1_000):
        worker.cancel()
    assert time.perf_counter() - asked < 1.0
    assert not worker.is_running()
    timer.stop()


def test_process_pool_mode_cancels_too(qtbot, blueprint):
    worker = SimulationWorker(processes=2)
    settings = SimulationSettings(horizon_minutes=1500 * DAY, replications=60)
    worker.run_scenario(blueprint, None, revision=0, settings=settings)
    qtbot.wait(500)
    asked = time.perf_counter()
    with qtbot.waitSignal(worker.sig_cancelled, timeout=2_000):
        worker.cancel()
    assert time.perf_counter() - asked < 1.0
    worker.shutdown()


def test_a_document_with_errors_does_not_run(qtbot, worker, blueprint):
    broken = blueprint.model_copy(update={"edges": []})
    with qtbot.waitSignal(worker.sig_failed, timeout=1_000) as blocker:
        worker.run_scenario(broken, None, revision=0)
    assert isinstance(blocker.args[0], CompileFailed) and blocker.args[0].diagnostics
    assert not worker.is_running()


def test_a_scenario_runs_with_its_settings(qtbot, worker, blueprint):
    blueprint = blueprint.model_copy(
        update={"scenarios": [Scenario(id="short", name="Short", horizon_days=2, replications=2, seed=5)]}
    )
    with qtbot.waitSignal(worker.sig_finished, timeout=30_000) as blocker:
        worker.run_scenario(blueprint, "short", revision=1)
    record = blocker.args[0]
    assert record.scenario_id == "short" and len(record.result.runs) == 2
    assert record.settings.seed == 5


def test_pdf_export_worker_writes_a_report_atomically(qtbot, blueprint, tmp_path):
    from blueprint_studio.app.shell.workers import PdfExportWorker
    from blueprint_studio.export.pdfdoc import PdfOptions

    short = blueprint.model_copy(
        update={"scenarios": [Scenario(id="short", name="Short", horizon_days=3, replications=2)]}
    )
    out = tmp_path / "report.pdf"
    worker = PdfExportWorker(short, PdfOptions(invariant=True), str(out), "short", False, report=True)
    steps = []
    worker.sig_progress.connect(lambda f, what: steps.append(what))
    with qtbot.waitSignal(worker.sig_done, timeout=60_000) as blocker:
        worker.start()
    assert blocker.args[0] == str(out) and blocker.args[1] >= 2
    assert out.read_bytes().startswith(b"%PDF") and [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    assert steps and steps[0].startswith("Simulating")
    failing = PdfExportWorker(short, PdfOptions(), str(tmp_path / "no" / "x.pdf"), None, False)
    with qtbot.waitSignal(failing.sig_failed, timeout=10_000) as blocker:
        failing.start()
    assert "does not exist" in blocker.args[0]
    failing.wait()
    worker.wait()
