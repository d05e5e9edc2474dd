"""The trainer shows the agent leaderboard to the class: Training › Show agent leaderboard (Shift+F5)
in presenter mode opens the results dock's last run's leaderboard in large type over the window,
sortable; Escape closes it. Without a run with named agents the status bar says why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from blueprint_studio.app.simulation.leaderboard import PRESENTER_FONT_SCALE, LeaderboardScreen
from blueprint_studio.app.simulation.results import ResultsDock
from tests.app.test_leaderboard import click_header, shown
from tests.app.test_presenter import shell  # noqa: F401 - fixture
from tests.sim.test_agents import billing_desk


def test_the_trainer_shows_the_leaderboard_in_presenter_mode(shell, qtbot):  # noqa: F811
    window, editor, workspace, docks, closed, toolbar = shell
    workspace.actions["training_leaderboard"].trigger()  # no run yet: a word, no screen
    assert "named agents" in window.statusBar().currentMessage()
    assert window.findChild(LeaderboardScreen) is None
    results = ResultsDock(window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, results)
    shown(qtbot, billing_desk(), results)
    workspace.start()
    workspace.actions["training_presenter"].trigger()
    assert workspace.presenter.active and results.isHidden()  # the dock is hidden for the class
    QTest.keyClick(workspace.dock, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    screen = window.findChild(LeaderboardScreen)
    assert screen is not None and screen.isVisible()
    assert screen.board.agent_order() == ["Ben", "Ana"]
    assert screen.font().pointSizeF() == pytest.approx(window.font().pointSizeF() * PRESENTER_FONT_SCALE)
    click_header(screen.board, 0)
    assert screen.board.agent_order() == ["Ana", "Ben"]
    QTest.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.isVisible() and workspace.presenter.active
    QApplication.processEvents()
