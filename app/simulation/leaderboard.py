"""The agent leaderboard: one row per agent of the pools with named agents (model/sim/agents.py),
tickets resolved, first-contact resolution, satisfaction, SLA met, utilisation and time on
duplicates, sortable by clicking a column's header (figures highest first, names A to Z). A tab of
the results dock when the run has individual agents; the trainer's presenter mode shows the same
table in large type with the dock. Words from model/agent_words.py, as the PDF has them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.app.shell.kpi_words import display_language
from blueprint_studio.app.training.presenter import FONT_SCALE as PRESENTER_FONT_SCALE
from blueprint_studio.model import agent_words

KEYS = ("agent", "pool", *agent_words.COLUMNS)


def tr(text: str) -> str:
    return QCoreApplication.translate("Leaderboard", text)


class Leaderboard(QTableWidget):
    """The table; `show_agents` fills it, `sort_by` (or a click on a header) orders it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(KEYS), parent)
        self.setObjectName("agent_leaderboard")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(lambda column: self.sort_by(KEYS[column]))
        self.rows: list[dict[str, Any]] = []
        self.pool_names: dict[str, str] = {}
        self.key = "resolved"
        self.setToolTip(tr("Click a column's header to sort the agents by it"))

    def show_agents(self, agents: dict[str, Any], pool_names: dict[str, str]) -> None:
        lang = display_language()
        words = agent_words.words(lang)
        self.setHorizontalHeaderLabels([words[f"col.{key}"] for key in KEYS])
        for column, key in enumerate(KEYS):
            note = words.get(f"note.{key}")
            if note:
                self.horizontalHeaderItem(column).setToolTip(note)
        self.pool_names = dict(pool_names)
        self.rows = agent_words.rows(agents, pool_names, lang)
        self.sort_by(self.key)

    def sort_by(self, key: str) -> None:
        self.key = key
        lang = display_language()
        ordered = agent_words.sorted_rows(self.rows, key)
        self.setRowCount(len(ordered))
        for r, row in enumerate(ordered):
            for column, name in enumerate(KEYS):
                value = row[name]
                text = value if isinstance(value, str) else agent_words.figure_text(name, value, lang)
                item = QTableWidgetItem(text)
                if not isinstance(value, str):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, column, item)
        header = self.horizontalHeader()
        header.setSortIndicatorShown(True)
        order = Qt.SortOrder.AscendingOrder if key in ("agent", "pool") else Qt.SortOrder.DescendingOrder
        header.setSortIndicator(KEYS.index(key), order)

    def agent_order(self) -> list[str]:
        """The agents' names, top to bottom, as shown."""
        return [self.item(r, 0).text() for r in range(self.rowCount())]


def update_tab(dock: Any, record: Any, pool_names: dict[str, str]) -> None:
    """The results dock's "Agents" tab: added with a run that has individual agents, filled, and
    taken away for a run without."""
    board: Leaderboard | None = getattr(dock, "leaderboard", None)
    agents = getattr(record.result, "agents", None) or {}
    if not agents:
        if board is not None:
            dock.tabs.removeTab(dock.tabs.indexOf(board))
            board.deleteLater()
            dock.leaderboard = None
        return
    if board is None:
        board = Leaderboard(dock.tabs)
        dock.leaderboard = board
        index = dock.tabs.addTab(board, tr("Agents"))
        dock.tabs.setTabToolTip(index, tr("Each agent's figures: a leaderboard, sortable by column"))
    board.show_agents(agents, pool_names)


class LeaderboardScreen(QDialog):
    """The leaderboard for the class: over the window in large type, sortable by a click on a
    column's header; Escape closes it."""

    def __init__(self, agents: dict[str, Any], pool_names: dict[str, str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("leaderboard_screen")
        words = agent_words.words(display_language())
        self.setWindowTitle(words["heading"])
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * PRESENTER_FONT_SCALE)
        self.setFont(font)
        title = QLabel(words["heading"], self)
        title_font = QFont(font)
        title_font.setPointSizeF(font.pointSizeF() * 1.4)
        title_font.setBold(True)
        title.setFont(title_font)
        note = QLabel(tr("Click a column's header to sort; Escape closes."), self)
        self.board = Leaderboard(self)
        self.board.show_agents(agents, pool_names)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.board, 1)
        layout.addWidget(note)
        self.setGeometry(parent.geometry().adjusted(40, 40, -40, -40))


def present(window: QMainWindow) -> LeaderboardScreen | None:
    """Training › Show agent leaderboard: the results dock's last run's leaderboard, large, over the
    window (in presenter mode or not); None, with a word in the status bar, when that run had no
    named agents."""
    dock = window.findChild(QDockWidget, "dock_results")
    board = getattr(dock, "leaderboard", None)
    record = getattr(dock, "record", None)
    agents = getattr(getattr(record, "result", None), "agents", None) or {}
    if board is None or not agents:
        bar = window.statusBar()
        if bar is not None:
            bar.showMessage(
                tr("No agent leaderboard yet: simulate a blueprint whose pools have named agents."), 6000
            )
        return None
    screen = LeaderboardScreen(agents, board.pool_names, window)
    screen.board.sort_by(board.key)
    screen.show()
    screen.raise_()
    screen.activateWindow()
    return screen
