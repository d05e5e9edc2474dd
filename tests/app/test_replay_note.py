"""A run's ticket log is cut at its limit (TicketLog.truncated): the replay then shows only the start
of the run, and the Watch tickets dock says so, with the limit in the window's digit grouping; a
whole log says nothing, and closing the replay hides the note."""

from __future__ import annotations

from pathlib import Path

import pytest

from blueprint_studio.app.simulation.replay import ReplayDock
from blueprint_studio.canvas.editor import CanvasEditor
from blueprint_studio.canvas.overlays.replay import ReplayOverlay
from blueprint_studio.canvas.overlays.ticket_log import TicketLog
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.sim.replications import compile_for, simulate
from blueprint_studio.model.sim.settings import DAY, SimulationSettings

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


def _replayed(qtbot, limit: int) -> tuple[ReplayDock, TicketLog, CanvasEditor]:
    bp = load(TEMPLATES / "tiered_support.en.blueprint.json")
    editor = CanvasEditor(Document(bp))
    qtbot.addWidget(editor.view)
    log = TicketLog(limit=limit)
    simulate(compile_for(bp), SimulationSettings(horizon_minutes=2 * DAY), 0, event_log=log)
    dock = ReplayDock()
    qtbot.addWidget(dock)
    dock.show()
    dock.attach(ReplayOverlay(editor.scene, log), ReplayOverlay.field_names(log), bp.fields)
    return dock, log, editor


@pytest.mark.parametrize("limit", [1_500])
def test_a_cut_log_is_said_in_the_dock(qtbot, limit):
    dock, log, editor = _replayed(qtbot, limit)
    assert log.truncated and log.count == limit
    assert dock.note.isVisible()
    assert dock.note.text().startswith("The replay holds the first 1,500 moves of the run's tickets only")
    dock.detach()
    assert not dock.note.isVisible()
    editor.scene.close()


def test_a_whole_log_says_nothing(qtbot):
    dock, log, editor = _replayed(qtbot, 400_000)
    assert not log.truncated
    assert not dock.note.isVisible()
    dock.detach()
    editor.scene.close()
