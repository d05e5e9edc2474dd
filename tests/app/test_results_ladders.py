"""The results dock says how often each escalation ladder acted in the run shown: warnings,
breaches, notifications, priorities raised and re-assignments, by the policy's name, in words;
nothing for a run without ladders."""

from __future__ import annotations

import re

from blueprint_studio.app.shell.workers import RunRecord
from blueprint_studio.app.simulation.results import ResultsDock
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.schema import EscalationLadder, SlaPolicy
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import replicate
from tests.app.shellkit import answers, isolated, make_window  # noqa: F401 - fixtures
from tests.sim.test_ladder import two_levels


def shown(qtbot, bp) -> ResultsDock:
    settings = SimulationSettings(horizon_minutes=None, tickets=2, replications=2, seed=1)
    result = replicate(compile_blueprint(bp).model, settings)
    dock = ResultsDock()
    qtbot.addWidget(dock)
    record = RunRecord(result=result, scenario_id=None, settings=settings, revision=1, blueprint=bp)
    dock.show_record(record, {n.id: n.title for n in bp.nodes}, {}, [], "Test", "Desk")
    return dock


def test_the_dock_counts_what_each_ladder_did(qtbot):
    ladder = EscalationLadder(warn_at=80, notify="Superviseur", reassign_step="l2")
    dock = shown(qtbot, two_levels(ladder))
    # the hand-checked trace of tests/sim/test_ladder.py, the same in both replications
    assert not dock.ladders.isHidden()
    assert dock.ladders.text() == (
        "Standard: 2 warnings, 2 breaches, 2 notifications sent, 0 priorities raised, 1 re-assignment,"
        " of which 0 were interrupted"
    )
    # and in the table (All KPIs: copy and save), each count with its interval
    rows = {row[0]: row for row in dock.table_rows()}
    assert rows["Notifications sent — Standard"][1:] == ["2", "2", "2", "2"]
    assert rows["Tickets re-assigned — Standard"][1] == "1"
    assert "Tickets taken off their agent — Standard" in rows


def test_no_ladder_no_line(qtbot):
    bp = two_levels(EscalationLadder()).model_copy(
        update={"sla": [SlaPolicy(id="std", name="Standard", resolution=10.0)]}
    )
    dock = shown(qtbot, bp)
    assert dock.ladders.isHidden() and dock.ladders.text() == ""
    assert not any("Notifications sent" in row[0] for row in dock.table_rows())


def test_the_command_line_prints_what_each_ladder_did(tmp_path):
    from blueprint_studio.model.fileformat import save
    from tests.app.test_cli import run

    path = tmp_path / "desk.blueprint.json"
    save(two_levels(EscalationLadder(warn_at=80, notify="Superviseur", reassign_step="l2")), path)
    result = run("simulate", str(path), "--tickets", "2", "--warmup", "0", "--replications", "1")
    assert result.returncode == 0, result.stderr
    assert (
        "  Standard: 2 warnings, 2 breaches, 2 notifications sent, 0 priorities raised, 1 re-assignment,"
        " of which 0 were interrupted"
    ) in result.stdout
    assert "std" not in result.stdout.replace("Standard", "")


def test_a_run_from_the_window_reports_each_ladder_by_its_policy_name(qtbot):
    """Simulation › Run (the action) on the tiered template with ladders on its P3 and P4 policies:
    the results dock names the policies and gives their counts."""
    from pathlib import Path

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow

    from blueprint_studio.app.simulation.workspace import SimulationWorkspace
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.model.document import Document
    from blueprint_studio.model.fileformat import load
    from blueprint_studio.model.schema import Scenario

    templates = Path(__file__).resolve().parents[2] / "resources" / "templates"
    bp = load(templates / "tiered_support.en.blueprint.json")
    ladder = EscalationLadder(warn_at=50, notify="Team lead", priority_field="priority", priority_value="P2")
    bp = bp.model_copy(
        update={
            "sla": [
                p.model_copy(update={"ladder": ladder}) if p.id in ("sla_p3", "sla_p4") else p for p in bp.sla
            ],
            "scenarios": [Scenario(id="quick", name="Quick", horizon_days=5, replications=2)],
        }
    )
    win = QMainWindow()
    qtbot.addWidget(win)
    editor = CanvasEditor(Document(bp), win)
    win.setCentralWidget(editor.view)
    workspace = SimulationWorkspace(win, lambda: editor)
    try:
        with qtbot.waitSignal(workspace.worker.sig_finished, timeout=60_000):
            win.findChild(QAction, "simulation_run").trigger()
        lines = workspace.results.ladders.text().splitlines()
        assert not workspace.results.ladders.isHidden()
        assert [line.split(":")[0] for line in lines] == ["P3 — normal", "P4 — low"]
        assert all(re.search(r" warnings?, .* priorit(y|ies) raised", line) for line in lines), lines
        assert "sla_p3" not in workspace.results.ladders.text()
    finally:
        workspace.shutdown()
        editor.scene.close()


def test_the_help_explains_escalation_ladders(make_window):
    from blueprint_studio.app.shell.help import guide_html

    html = guide_html(make_window())
    assert "Escalation ladders" in html
    assert "the SLA clock turns amber at the warning and red at the breach" in html
