"""The workspace in a main window: Run (Ctrl+R) from the action, results and heat map shown,
out of date after an edit, a blocked run on validation errors, replay and comparison wired."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from blueprint_studio.app.simulation.workspace import SimulationWorkspace
from blueprint_studio.canvas.commands import AddOp, DocumentCommand, RemoveOp, change_elements
from blueprint_studio.canvas.editor import CanvasEditor
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.schema import Scenario

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


@pytest.fixture
def window(qtbot):
    bp = load(TEMPLATES / "tiered_support.en.blueprint.json")
    bp = bp.model_copy(
        update={
            "scenarios": [
                Scenario(id="quick", name="Quick", horizon_days=5, replications=2),
                Scenario(
                    id="quick_more",
                    name="Quick, more L2",
                    horizon_days=5,
                    replications=2,
                    pool_agents={"pool_l2": 6},
                ),
            ]
        }
    )
    win = QMainWindow()
    qtbot.addWidget(win)
    editor = CanvasEditor(Document(bp), win)
    win.setCentralWidget(editor.view)
    holder = {"editor": editor}
    workspace = SimulationWorkspace(win, lambda: holder["editor"])
    yield win, workspace, editor, holder
    workspace.shutdown()
    editor.scene.close()


def test_run_action_shows_results_and_heat_map(qtbot, window):
    win, workspace, editor, _ = window
    run = win.findChild(QAction, "simulation_run")
    assert run is not None and run.shortcut() == QKeySequence("Ctrl+R")
    with qtbot.waitSignal(workspace.worker.sig_finished, timeout=30_000):
        run.trigger()
    assert workspace.results.record is not None
    assert "Quick" in workspace.results.header.text()
    assert "Quick estimate" in workspace.panel.estimate.text()
    heat = workspace.heat_overlay()
    assert heat.step_items and not heat.stale
    node = editor.document.element("step_l1")
    editor.undo_stack.push(change_elements(editor.document, [node.model_copy(update={"x": node.x + 30})]))
    assert heat.stale and workspace.results.is_dimmed()
    assert workspace.results.stale.text().startswith("Run before your last edit")
    overlay = workspace.watch_tickets()
    assert overlay is not None and not workspace.replay.isHidden()
    workspace.replay.slider.setValue(300)
    assert overlay.time > overlay.start


def test_errors_block_the_run_and_ask_for_diagnostics(qtbot, window):
    _, workspace, editor, _ = window
    with qtbot.waitSignal(workspace.sig_show_diagnostics, timeout=1_000) as blocker:
        editor.undo_stack.push(
            DocumentCommand(
                editor.document, "cut", [RemoveOp([e.id for e in editor.document.blueprint.edges])]
            )
        )
        assert workspace.run("quick") is False
    assert blocker.args[0]
    assert not workspace.worker.is_running() and workspace.panel.errors.count() > 1


def test_compare_and_difference_heat_map(qtbot, window):
    _, workspace, editor, _ = window
    with qtbot.waitSignal(workspace.worker.sig_finished, timeout=60_000):
        assert workspace.compare("quick", "quick_more")
    assert workspace.compare_dock.table.rowCount() > 0
    workspace.set_heat_metric("difference")
    heat = workspace.heat_overlay()
    assert heat.metric == "difference" and heat.step_items


def test_cancel_from_the_action(qtbot, window):
    win, workspace, editor, _ = window
    long = Scenario(id="long", name="Long", horizon_days=3000, replications=200)  # minutes of work
    editor.undo_stack.push(DocumentCommand(editor.document, "add", [AddOp([long])]))
    assert workspace.run("long")
    qtbot.wait(300)
    with qtbot.waitSignal(workspace.worker.sig_cancelled, timeout=1_000):
        win.findChild(QAction, "simulation_cancel").trigger()
    assert workspace.actions["simulation_run"].isEnabled()


def test_exports_of_a_finished_run(qtbot, window, tmp_path):
    _, workspace, _, _ = window
    with qtbot.waitSignal(workspace.worker.sig_finished, timeout=30_000):
        workspace.run("quick")
    record = workspace.current_record()
    with qtbot.waitSignal(workspace.worker.sig_finished, timeout=60_000):
        workspace.export_report(str(tmp_path / "report.pdf"), record)
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    with qtbot.waitSignal(workspace.worker.sig_finished, timeout=60_000):
        workspace.export_event_log(str(tmp_path / "events.xes"), record)
    assert "<trace>" in (tmp_path / "events.xes").read_text()
    assert workspace.actions["simulation_run"].isEnabled()


def test_it_adopts_the_shells_placeholder_action_and_menu(qtbot):
    from PySide6.QtWidgets import QMenu

    win = QMainWindow()
    qtbot.addWidget(win)
    placeholder = QAction("&Run Simulation…", win)
    placeholder.setObjectName("simulation_run")
    placeholder.setEnabled(False)
    menu = win.menuBar().addMenu("&Simulation")
    menu.setObjectName("menu_simulation")
    menu.addAction(placeholder)
    editor = CanvasEditor(Document(load(TEMPLATES / "helpdesk_flow.en.blueprint.json")), win)
    workspace = SimulationWorkspace(win, lambda: editor)
    try:
        assert workspace.actions["simulation_run"] is placeholder and placeholder.isEnabled()
        assert placeholder.shortcut() == QKeySequence("Ctrl+R")
        assert len([a for a in win.findChildren(QAction) if a.objectName() == "simulation_run"]) == 1
        assert len(win.findChildren(QMenu, "menu_simulation")) == 1
        assert workspace.actions["simulation_compare"] in menu.actions()
    finally:
        workspace.shutdown()
        editor.scene.close()
