"""Scenarios dock: create, rename, duplicate, change and delete are undoable commands whose undo
and redo round-trip the document dump; the form follows undo."""

from __future__ import annotations

import pytest
from shellkit import template_editor  # noqa: F401 - fixture

from blueprint_studio.app.simulation.scenario_form import format_shifts, parse_shifts
from blueprint_studio.app.simulation.scenarios import ScenariosDock
from blueprint_studio.canvas.commands import scenarios as commands
from blueprint_studio.model.fileformat import dumps


@pytest.fixture
def editor(template_editor):
    return template_editor


def round_trip(editor, command) -> None:
    doc = editor.document
    before = dumps(doc.blueprint)
    editor.undo_stack.push(command)
    after = dumps(doc.blueprint)
    assert after != before
    editor.undo_stack.undo()
    assert dumps(doc.blueprint) == before
    editor.undo_stack.redo()
    assert dumps(doc.blueprint) == after


def test_each_scenario_command_round_trips(editor):
    doc = editor.document
    first = doc.blueprint.scenarios[0].id
    round_trip(editor, commands.new_scenario(doc, "Night shift"))
    round_trip(editor, commands.rename_scenario(doc, first, "Renamed"))
    round_trip(editor, commands.duplicate_scenario(doc, first))
    round_trip(editor, commands.change_scenario(doc, first, replications=9, pool_agents={"pool_l2": 6}))
    round_trip(editor, commands.delete_scenario(doc, first))


def test_dock_edits_go_through_the_undo_stack(qtbot, editor):
    dock = ScenariosDock()
    qtbot.addWidget(dock)
    dock.set_editor(editor)
    doc = editor.document
    before = dumps(doc.blueprint)
    assert dock.list.count() == len(doc.blueprint.scenarios) == 3
    new_id = dock.new_scenario()
    assert dock.list.count() == 4 and dock.current_id() == new_id
    dock.rename_current("Weekend")
    assert doc.element(new_id, "scenarios").name == "Weekend"
    dock.form.replications.setValue(12)
    assert doc.element(new_id, "scenarios").replications == 12
    copy = dock.duplicate_current()
    assert doc.element(copy, "scenarios").replications == 12
    dock.delete_current()
    assert doc.element(copy, "scenarios") is None
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    assert dumps(doc.blueprint) == before
    assert dock.list.count() == 3
    dock.detach()


def test_form_follows_undo(qtbot, editor):
    dock = ScenariosDock()
    qtbot.addWidget(dock)
    dock.set_editor(editor)
    old = dock.form.multiplier.value()
    dock.form.multiplier.setValue(2.5)
    assert editor.document.element(dock.current_id(), "scenarios").arrival_multiplier == 2.5
    editor.undo_stack.undo()
    assert dock.form.multiplier.value() == old
    dock.detach()


def test_shift_text_round_trips():
    shifts = parse_shifts("1-5 8-17 4; 6 9:30-13 2")
    assert [(s.days, s.start, s.end, s.agents) for s in shifts] == [
        ([0, 1, 2, 3, 4], 8.0, 17.0, 4),
        ([5], 9.5, 13.0, 2),
    ]
    assert format_shifts(shifts) == "1-5 8-17 4; 6 9:30-13 2"
    with pytest.raises(ValueError):
        parse_shifts("weekdays all day")


def test_the_form_fits_the_side_panel_in_french(qtbot, editor):
    """At 1366 px the side panel is about 330 px wide: the form's long French rows ("À partir de la
    semaine du" and its date, "Jours de temps simulé") go under their labels and its combos shrink,
    rather than push the form under a horizontal scroll bar that hides its right edge."""
    from blueprint_studio.app.shell import i18n

    i18n.install("fr")
    try:
        dock = ScenariosDock()
        qtbot.addWidget(dock)
        dock.set_editor(editor)
        assert dock.form.dated.text() == "À partir de la semaine du"
        assert dock.form.minimumSizeHint().width() <= 320
        dock.detach()
    finally:
        i18n.install("en")
