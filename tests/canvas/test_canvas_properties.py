"""Sub-forms of the properties dock: distributions, lane pool and shifts, actions, field values,
lane kind; each edit one undoable command, typing merged per field; labels readable; titles fit."""

from __future__ import annotations

import pytest
from canvaskit import dock, dump, select, small_document  # noqa: F401 - fixture
from PySide6.QtWidgets import QComboBox, QLabel, QToolButton

from blueprint_studio.canvas.editor import CanvasEditor
from blueprint_studio.canvas.items.text import ELLIPSIS, fit_text
from blueprint_studio.canvas.properties.dock import PropertiesDock
from blueprint_studio.canvas.properties.fields import ActionsEditor, FieldValue, SetFieldsEditor
from blueprint_studio.canvas.properties.subforms import DistributionEditor, PoolEditor


def test_labels_are_readable_not_raw_names(dock):
    select(dock, "in")
    labels = [label.text() for label in dock.form_host.findChildren(QLabel) if label.buddy() is not None]
    assert "Arrival rate (per hour)" in labels
    assert not any("_" in label for label in labels)


def test_duration_parameters_merge_typing_into_one_step(dock):
    select(dock, "triage")
    before = dump(dock.document)
    editor = dock.fields["duration"].widget
    assert isinstance(editor, DistributionEditor)
    editor.spins["mean"].setValue(12)
    editor.spins["mean"].setValue(15)
    assert dock.document.element("triage").duration.mean == 15
    assert dock.editor.undo_stack.count() == 1
    dock.editor.undo_stack.undo()
    assert dump(dock.document) == before


def test_switching_the_distribution_kind_is_one_validated_step(dock):
    select(dock, "triage")
    editor = dock.fields["duration"].widget
    editor.kind.setCurrentIndex(editor.kind.findData("triangular"))
    duration = dock.document.element("triage").duration
    assert duration.kind == "triangular" and duration.low <= duration.mode <= duration.high
    assert dock.editor.undo_stack.count() == 1
    editor.spins["low"].setValue(1000)  # low > high: refused with a message, nothing applied
    assert dock.document.element("triage").duration == duration
    assert not dock.fields["duration"].error.isHidden()


def test_a_lane_pool_and_its_shifts(dock):
    select(dock, "back")
    pool = dock.fields["pool"].widget
    assert isinstance(pool, PoolEditor)
    pool.group.setChecked(True)
    lane = dock.document.element("back")
    assert lane.pool is not None and lane.pool.id
    pool.agents.setValue(3)
    pool.shifts.add_button.click()
    lane = dock.document.element("back")
    assert lane.pool.agents == 3 and len(lane.pool.shifts) == 1
    assert lane.pool.shifts[0].days == [0, 1, 2, 3, 4]
    steps = dock.editor.undo_stack.count()
    remove = pool.shifts.rows[0][0].findChild(QToolButton, "remove_row")
    remove.click()
    assert dock.document.element("back").pool.shifts == []
    assert dock.editor.undo_stack.count() == steps + 1


def test_lane_kind_is_a_combo_of_kinds(dock):
    select(dock, "back")
    combo = dock.fields["kind"].widget
    combo.setCurrentIndex(combo.findData("support"))
    assert dock.document.element("back").kind == "support"
    assert combo.currentText() == "Support processes"


def test_step_actions_add_and_set_a_field_from_its_values(dock):
    select(dock, "triage")
    actions = dock.fields["actions"].widget
    assert isinstance(actions, ActionsEditor)
    actions.add_button.click()
    assert dock.document.element("triage").actions[0].kind == "notify"
    row = actions.rows[0][0]
    kinds = [c for c in row.findChildren(QComboBox) if c.findData("set") >= 0][0]
    kinds.setCurrentIndex(kinds.findData("set"))
    row = actions.rows[0][0]
    action = dock.document.element("triage").actions[0]
    assert action.kind == "set" and action.field == "category" and action.value == "support"
    value = row.findChild(FieldValue).choice
    assert [value.itemText(i) for i in range(value.count())] == ["support", "feature"]
    value.setCurrentIndex(1)
    assert dock.document.element("triage").actions[0].value == "feature"


def test_intake_set_fields_rows(dock):
    select(dock, "in")
    editor = dock.fields["set_fields"].widget
    assert isinstance(editor, SetFieldsEditor)
    editor.add_button.click()
    assert dock.document.element("in").set_fields == {"category": "support"}
    editor.rows[0][0].findChild(FieldValue).choice.setCurrentIndex(1)  # rows rebuilt: the new one
    assert dock.document.element("in").set_fields == {"category": "feature"}


def test_edge_after_actions_and_during_fields(dock):
    select(dock, "e3")
    dock.fields["after"].widget.add_button.click()
    assert dock.document.element("e3").after[0].kind == "notify"
    boxes = dock.fields["during"].widget.boxes
    boxes["category"].setChecked(True)
    assert dock.document.element("e3").during == ["category"]


def test_long_titles_shrink_then_elide_and_keep_the_tooltip(qtbot):
    fits = fit_text("Closed", 70, 40)
    assert not fits.elided and fits.lines == ("Closed",)
    long = fit_text("Ticket resolved and closed after the customer confirmed it works again", 70, 40)
    assert long.elided and long.lines[-1].endswith(ELLIPSIS)
    assert long.font.pointSizeF() < fits.font.pointSizeF()
    editor = CanvasEditor(small_document())
    item = editor.scene.nodes["done"]
    from blueprint_studio.canvas import commands

    editor.push(commands.update_element(editor.document, "done", title=long.lines[0] * 6))
    assert not item.title_fits() and long.lines[0] * 6 in item.toolTip()
    french = fit_text("Problème complexe ?", 60, 60).lines
    assert french[-1].endswith("\u00a0?") and "?" not in french[:-1]  # "?" never alone


def test_a_field_value_row_never_widens_the_narrow_panel(dock):
    """Long field names and value words (French) must not push the intake's form past the panel's
    width, hiding the combos' arrows behind its scroll bar: the combos shrink and elide instead."""
    from blueprint_studio.model.schema import TicketField

    long = TicketField(
        name="origin",
        label="Origine déclarée de la demande par le client",
        values=["a", "b"],
        value_labels={"a": {"en": "Request for a new feature of the self-service portal"}},
    )
    row = FieldValue([long], lambda: None, lambda: None)
    row.show("origin", "a")
    assert row.choice.currentText().startswith("Request for a new feature")  # the words, whole, in the list
    assert row.minimumSizeHint().width() < 260
