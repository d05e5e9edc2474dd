"""Help › Getting started explains named agents, the assignment rules, ownership, speed and the
agent leaderboard, naming the places as the window has them (menus, tabs, the rules' list)."""

from __future__ import annotations

from PySide6.QtGui import QAction

from blueprint_studio.app.shell import actions as ids
from tests.app.shellkit import answers, isolated, make_window  # noqa: F401 - fixtures


def guide_text(window, monkeypatch) -> str:
    from blueprint_studio.app.shell.help import GuideDialog

    shown: list[str] = []
    monkeypatch.setattr(GuideDialog, "exec", lambda self: shown.append(self.browser.toPlainText()) or 0)
    window.findChild(QAction, ids.HELP_GUIDE).trigger()
    return shown[0]


def test_the_help_explains_named_agents_and_the_leaderboard(make_window, monkeypatch):
    window = make_window()
    text = guide_text(window, monkeypatch)
    start = text.index("Named agents and the leaderboard.")
    section = text[start : text.index("\n", start)]
    settings = window.findChild(QAction, ids.EDIT_BLUEPRINT_SETTINGS)
    assert settings.text().replace("&", "") in section  # where named agents are set, by its menu name
    assert "the Pools tab lists a pool's Named agents" in section
    assert "a speed (2 takes half a step's time, 0.5 twice as long)" in section
    # the four rules by the names the Pools tab's Assignment list shows
    for rule in ("Next free agent", "Fewest open tickets owned", "Skills first", "Round-robin"):
        assert f"“{rule}”" in section
    assert "once the ticket has waited the Skill fallback time" in section
    assert "goes back to the agent who first worked it while that agent is on shift" in section
    assert "the Agents tab of the Simulation results panel is the leaderboard" in section
    assert "Training › Show agent leaderboard (Shift+F5)" in section
    assert "Simulation › " in section.split("in large type for the class, and ")[1]  # the PDF report
