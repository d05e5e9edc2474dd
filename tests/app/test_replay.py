"""Token replay: the slider moves simulated time and the tokens with it, play advances the clock,
tokens queue beside a busy step, colours follow the chosen field, and nothing enters the undo stack."""

from __future__ import annotations

from pathlib import Path

import pytest

from blueprint_studio.app.simulation.replay import ReplayDock, clock_text
from blueprint_studio.canvas.editor import CanvasEditor
from blueprint_studio.canvas.overlays.replay import ReplayOverlay
from blueprint_studio.canvas.overlays.ticket_log import TicketLog
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.sim.replications import compile_for, simulate
from blueprint_studio.model.sim.settings import DAY, SimulationSettings

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


@pytest.fixture
def setup(qtbot):
    bp = load(TEMPLATES / "tiered_support.en.blueprint.json")
    editor = CanvasEditor(Document(bp))
    qtbot.addWidget(editor.view)
    log = TicketLog()
    simulate(
        compile_for(bp), SimulationSettings(horizon_minutes=7 * DAY, arrival_multiplier=1.5), 0, event_log=log
    )
    overlay = ReplayOverlay(editor.scene, log)
    dock = ReplayDock()
    qtbot.addWidget(dock)
    dock.attach(overlay, ReplayOverlay.field_names(log), bp.fields)
    yield editor, overlay, dock
    dock.detach()
    editor.scene.close()


def test_the_slider_moves_time_and_tokens(setup):
    editor, overlay, dock = setup
    dock.slider.setValue(0)
    start = overlay.time
    dock.slider.setValue(500)
    assert overlay.time > start
    middle = overlay.token_positions()
    assert overlay.layer.count > 0
    dock.slider.setValue(510)
    assert overlay.token_positions() != middle
    assert dock.clock.text().startswith("Day ")
    assert overlay.layer.scene() is editor.scene


def test_play_advances_the_clock(qtbot, setup):
    _, overlay, dock = setup
    dock.slider.setValue(100)
    before = overlay.time
    dock.speed.setCurrentIndex(4)
    dock.toggle()
    assert overlay.playing and dock.play_button.text() == "Pause"
    qtbot.wait(200)
    dock.toggle()
    assert not overlay.playing
    assert overlay.time > before
    assert dock.slider.value() >= 100


def test_tokens_queue_at_a_busy_step(setup):
    editor, overlay, _ = setup
    l2 = editor.scene.nodes["step_l2"].scene_rect()
    most = 0
    for i in range(100):
        overlay.set_fraction(i / 100)
        beside = [
            p for p in overlay.token_positions() if p[0] < l2.left() and l2.top() <= p[1] <= l2.bottom() + 40
        ]
        most = max(most, len(beside))
    assert most >= 3


def test_colours_follow_the_field_and_no_undo(setup):
    editor, overlay, dock = setup
    count = editor.undo_stack.count()
    assert dock.colour_by.currentText() == "Priority" and dock.colour_by.currentData() == "priority"
    assert [v for v, _ in overlay.legend()][:4] == ["P1", "P2", "P3", "P4"]
    dock.colour_by.setCurrentText("Category")  # fields and values by their words, never ids
    assert "support" in [v for v, _ in overlay.legend()]
    assert "Support request" in dock.legend.text() and "support<" not in dock.legend.text()
    assert editor.undo_stack.count() == count


def test_clock_text():
    assert clock_text(0) == "Day 1 · Mon 00:00"
    assert clock_text(1440 * 2 + 14 * 60 + 5) == "Day 3 · Wed 14:05"
