"""A scenario's calendar dates (issue 15): ticking "From the week of" and picking a date in the
scenarios dock dates the run, so the SLA calendars' public holidays count; one undo step each;
the saved file holds the date, and the run's clock stops on the holiday."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDateTimeEdit

from blueprint_studio import resources
from blueprint_studio.app.simulation.scenarios import ScenariosDock
from blueprint_studio.canvas.editor import CanvasEditor
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import dumps, load, save


@pytest.fixture
def editor(qtbot):
    """The English tiered-support template, its office-hours calendar closed on 11 January 2027."""
    bp = load(resources.template_path("tiered_support", "en"))
    office = bp.calendars[0].model_copy(update={"holidays": ["2027-01-11"]})
    editor = CanvasEditor(Document(bp.model_copy(update={"calendars": [office]})))
    qtbot.addWidget(editor.view)
    yield editor
    editor.scene.close()


def test_a_start_date_typed_in_the_dock_dates_the_run_and_is_undoable(qtbot, editor, tmp_path):
    dock = ScenariosDock()
    qtbot.addWidget(dock)
    dock.set_editor(editor)
    dock.show()
    doc = editor.document
    before = dumps(doc.blueprint)
    scenario_id = dock.current_id()
    form = dock.form
    assert not form.dated.isChecked() and not form.start_date.isEnabled()
    assert "holiday" in form.dated.toolTip()

    QTest.mouseClick(form.dated, Qt.MouseButton.LeftButton)  # tick "From the week of"
    assert form.start_date.isEnabled()
    form.start_date.setDate(QDate(2027, 1, 5))  # a Tuesday
    form.start_date.setFocus()
    form.start_date.setCurrentSection(QDateTimeEdit.Section.DaySection)
    QTest.keyClick(form.start_date, Qt.Key.Key_Up)  # the next day, by the keyboard
    dated = doc.element(scenario_id, "scenarios").start_date
    assert dated == "2027-01-06"

    path = tmp_path / "dated.blueprint.json"
    save(doc.blueprint, path)
    assert load(path).scenarios[0].start_date == dated
    # the run starts on Monday 4 January: the holiday is its day 7, where the clocks stand still
    model = compile_blueprint(doc.blueprint, scenario_id).model
    calendars = {p.calendar for p in model.sla if p.calendar is not None}
    assert calendars and all(c.holidays == (7,) for c in calendars)

    QTest.mouseClick(form.dated, Qt.MouseButton.LeftButton)  # untick: weeks without dates
    assert doc.element(scenario_id, "scenarios").start_date is None
    assert not form.start_date.isEnabled()
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    assert dumps(doc.blueprint) == before
    assert not form.dated.isChecked()
    dock.detach()
