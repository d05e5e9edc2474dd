"""The tabs of the docked panels at 1366 × 768, in French and English: every title whole (never
"Pro…"), the four panels of the right side side by side without scrolling, and a tooltip on each."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures
from wordskit import with_pending_french

from blueprint_studio.app.shell.dock_tabs import dock_tab_bars
from blueprint_studio.app.shell.settings import Settings


@pytest.mark.parametrize("language", ["fr", "en"])
def test_right_dock_tabs_show_whole_titles_at_1366(language, make_window, qtbot):
    settings = Settings()
    settings.set("ui/language", language)
    with with_pending_french():
        window = make_window(settings=settings)
        window.resize(1366, 768)
        window.show()
        window.controller.new_from_template("tiered_support", language)
        targets = window.findChild(QDockWidget, "dock_targets")
        targets.show()
        targets.raise_()

        def right_bar():
            for bar in dock_tab_bars(window):
                titles = [bar.tabText(i) for i in range(bar.count())]
                if bar.isVisible() and len(titles) >= 4 and all(titles):
                    return bar
            return None

        qtbot.waitUntil(lambda: right_bar() is not None)
        qtbot.wait(50)  # the titles' keeper runs once the layout settles
        right = right_bar()
        titles = [right.tabText(i) for i in range(right.count())]
        expected = {
            "fr": ["Propriétés", "Simulation", "Scénarios", "Objectifs"],
            "en": ["Properties", "Simulation", "Scenarios", "Targets"],
        }[language]
        assert titles == expected
        for bar in dock_tab_bars(window):
            assert bar.elideMode() == Qt.TextElideMode.ElideNone
            assert bar.usesScrollButtons()
        assert sum(right.tabRect(i).width() for i in range(right.count())) <= right.width()
        assert right.tabToolTip(3).startswith(("Objectifs de dimensionnement", "Staffing targets"))
