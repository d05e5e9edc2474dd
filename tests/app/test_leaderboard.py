"""The results dock's agent leaderboard: a tab for a run with named agents (model/sim/agents.py),
one row per agent with its figures in words, sorted by tickets resolved, re-sorted by a click on a
column's header; no tab for a run without individual agents."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from blueprint_studio.app.shell.workers import RunRecord
from blueprint_studio.app.simulation.results import ResultsDock
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import replicate
from tests.sim.test_agents import billing_desk, reply_desk


def shown(qtbot, bp, dock: ResultsDock | None = None) -> ResultsDock:
    settings = SimulationSettings(horizon_minutes=None, tickets=3, replications=2, seed=1)
    result = replicate(compile_blueprint(bp).model, settings)
    if dock is None:
        dock = ResultsDock()
        qtbot.addWidget(dock)
    record = RunRecord(result=result, scenario_id=None, settings=settings, revision=1, blueprint=bp)
    dock.show_record(record, {n.id: n.title for n in bp.nodes}, {"desk": "Billing desk"}, [], "Test", "Desk")
    return dock


def click_header(board, column: int) -> None:
    header = board.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_the_leaderboard_lists_each_agent_and_sorts_by_a_clicked_column(qtbot):
    dock = shown(qtbot, billing_desk())
    dock.show()
    board = dock.leaderboard
    assert board is not None and dock.tabs.indexOf(board) >= 0
    # the hand-checked trace of tests/sim/test_agents.py: Ben resolves two tickets, Ana one
    assert board.agent_order() == ["Ben", "Ana"]
    row = [board.item(0, c).text() for c in range(board.columnCount())]
    assert row[:4] == ["Ben", "Billing desk", "2", "100 %"]
    assert row[-1] == "0 min"  # no duplicate tickets in this run
    click_header(board, 0)  # "Agent": A to Z
    assert board.agent_order() == ["Ana", "Ben"]
    click_header(board, 2)  # "Tickets resolved": highest first
    assert board.agent_order() == ["Ben", "Ana"]
    assert board.horizontalHeaderItem(6).text() == "Utilisation"
    assert "%" in board.horizontalHeaderItem(6).toolTip()


def test_a_run_without_named_agents_has_no_leaderboard(qtbot):
    dock = shown(qtbot, billing_desk())
    tabs = dock.tabs.count()
    shown(qtbot, reply_desk(ownership=False, named=False), dock)
    assert dock.leaderboard is None and dock.tabs.count() == tabs - 1
