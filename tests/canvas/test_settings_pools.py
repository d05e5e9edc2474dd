"""The Pools tab of the Blueprint settings and its weekly shift grid: shifts to grid and back exactly
(every bundled template's pools), painting with the mouse and the keyboard, every edit one undo step,
removal refused with the steps named, and a user's journey in the window down to the saved file."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from blueprint_studio import resources
from blueprint_studio.app.shell import actions as ids
from blueprint_studio.canvas.settings.pools_tab import PoolsTab, pool_title
from blueprint_studio.canvas.settings.shift_grid import (
    SLOTS,
    ShiftGrid,
    ShiftGridEditor,
    agent_hours,
    cells_of,
    shifts_of,
)
from blueprint_studio.model.build import calendar_of
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import dumps, load
from blueprint_studio.model.schema import Blueprint, Lane, Pool, Shift, StepNode, TicketField
from tests.app.shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

TEMPLATES = ("helpdesk_flow", "service_blueprint", "ticket_states", "tiered_support")
LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
NO_KEY = Qt.KeyboardModifier.NoModifier


def week_of(agents: int, shifts: list[Shift]) -> list[int]:
    """Agents on duty at each half hour of the week, as the simulator's calendar gives them."""
    calendar = calendar_of(agents, shifts)
    return [calendar.agents_at(minute + 1) for minute in range(0, 7 * 1440, 30)]


# ---------------------------------------------------------------- shifts <-> grid


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_pool_goes_through_the_grid_and_back_exactly(template, language):
    blueprint = load(resources.template_path(template, language))
    with_shifts = 0
    for pool in blueprint.all_pools():
        again = shifts_of(cells_of(pool.shifts))
        assert week_of(pool.agents, again) == week_of(pool.agents, pool.shifts), pool.name
        assert len(again) <= len(pool.shifts), pool.name
        with_shifts += bool(pool.shifts)
    if template == "tiered_support":
        assert with_shifts == 4  # the round trip is tried on real shifts, not only on empty lists


def test_the_grid_merges_cells_into_the_fewest_shifts_and_adds_overlaps():
    overlapping = [
        Shift(days=[0, 2], start=8.5, end=12, agents=2),
        Shift(days=[0], start=10, end=14, agents=1),
        Shift(days=[1], start=8.5, end=12, agents=2),
    ]
    cells = cells_of(overlapping)
    assert cells[0][17:28] == [2, 2, 2, 3, 3, 3, 3, 1, 1, 1, 1][:11]
    again = shifts_of(cells)
    assert week_of(0, again) == week_of(0, overlapping)
    assert again == [
        Shift(days=[0], start=8.5, end=10, agents=2),
        Shift(days=[0], start=10, end=12, agents=3),
        Shift(days=[0], start=12, end=14, agents=1),
        Shift(days=[1, 2], start=8.5, end=12, agents=2),
    ]
    assert agent_hours(cells) == 2 * 3.5 * 3 + 4
    office = [Shift(days=[d], start=9, end=17, agents=3) for d in range(5)]
    assert shifts_of(cells_of(office)) == [Shift(days=[0, 1, 2, 3, 4], start=9, end=17, agents=3)]


# ---------------------------------------------------------------- the grid by mouse and keys


def test_head_counts_follow_french_grammar_in_a_french_window(qapp):
    from blueprint_studio.app.shell import i18n

    i18n.install("fr")
    try:
        widget = ShiftGridEditor()
        widget.set_shifts([], 0)
        said = widget.grid.describe(0, 0).replace("\u00a0", " ")
        assert "0 agent" in said and "0 agents" not in said  # « 0 agent », as model.words says it
    finally:
        i18n.install("en")


@pytest.fixture
def editor(qtbot):
    widget = ShiftGridEditor()
    qtbot.addWidget(widget)
    widget.resize(760, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def drag(grid: ShiftGrid, first: tuple[int, int], last: tuple[int, int], button=LEFT) -> None:
    viewport = grid.viewport()
    start, end = grid.cell_rect(*first).center(), grid.cell_rect(*last).center()
    QTest.mousePress(viewport, button, NO_KEY, start)
    QTest.mouseMove(viewport, (start + end) / 2)
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, button, NO_KEY, end)


def test_dragging_paints_the_rectangle_once_and_right_drag_erases(editor, qtbot):
    edits: list[list[Shift]] = []
    editor.sig_shifts_edited.connect(edits.append)
    editor.paint.selectAll()
    QTest.keyClicks(editor.paint, "3")
    assert editor.grid.paint_value == 3
    drag(editor.grid, (0, 18), (4, 33))  # Monday 9:00 to Friday 16:30, the cell ending at 17:00
    assert edits == [[Shift(days=[0, 1, 2, 3, 4], start=9, end=17, agents=3)]]
    assert "120 agent-hours per week" in editor.summary.text()
    drag(editor.grid, (2, 24), (2, 25), RIGHT)  # Wednesday 12:00-13:00 off
    assert edits[-1] == [
        Shift(days=[0, 1, 3, 4], start=9, end=17, agents=3),
        Shift(days=[2], start=9, end=12, agents=3),
        Shift(days=[2], start=13, end=17, agents=3),
    ]
    assert len(edits) == 2


def test_keyboard_moves_selects_and_types_agents(editor, qtbot):
    grid = editor.grid
    grid.setFocus()
    edits: list[list[Shift]] = []
    editor.sig_shifts_edited.connect(edits.append)
    grid.cursor_cell = grid.anchor = (0, 0)
    for _ in range(16):
        QTest.keyClick(grid, Qt.Key.Key_Right)
    QTest.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    for _ in range(3):
        QTest.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(grid, Qt.Key.Key_2)  # Monday and Tuesday 8:00-10:00
    assert edits[-1] == [Shift(days=[0, 1], start=8, end=10, agents=2)]
    QTest.keyClick(grid, Qt.Key.Key_Right)  # a single cell again: typing fills and moves on
    QTest.keyClick(grid, Qt.Key.Key_1)
    QTest.keyClick(grid, Qt.Key.Key_1)
    assert grid.cursor_cell == (1, 22)
    assert edits[-1] == [
        Shift(days=[0, 1], start=8, end=10, agents=2),
        Shift(days=[1], start=10, end=11, agents=1),
    ]
    QTest.keyClick(grid, Qt.Key.Key_Left)
    QTest.keyClick(grid, Qt.Key.Key_Delete)
    assert grid.cells()[1][20:22] == [1, 0]


def test_escape_during_a_drag_paints_nothing(editor, qtbot):
    edits: list[list[Shift]] = []
    editor.sig_shifts_edited.connect(edits.append)
    grid, viewport = editor.grid, editor.grid.viewport()
    start, end = grid.cell_rect(0, 18).center(), grid.cell_rect(4, 33).center()
    QTest.mousePress(viewport, LEFT, NO_KEY, start)
    QTest.mouseMove(viewport, end)
    QTest.keyClick(grid, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, LEFT, NO_KEY, end)
    assert edits == [] and not any(map(any, grid.cells()))


def test_copy_day_to_weekdays_and_clear(editor, qtbot):
    editor.set_shifts([Shift(days=[0], start=7, end=15, agents=2)], 2)
    edits: list[list[Shift]] = []
    editor.sig_shifts_edited.connect(edits.append)
    editor.grid.cursor_cell = editor.grid.anchor = (0, 0)
    QTest.mouseClick(editor.copy, LEFT)
    assert edits[-1] == [Shift(days=[0, 1, 2, 3, 4], start=7, end=15, agents=2)]
    QTest.mouseClick(editor.clear, LEFT)
    assert edits[-1] == []
    assert "around the clock" in editor.summary.text()


def test_the_grid_is_legible_at_1366_by_768(qtbot):
    tab = PoolsTab(Document(load(resources.template_path("tiered_support", "fr"))))
    qtbot.addWidget(tab)
    tab.resize(700, 470)  # what the settings dialog leaves to a tab in a 1366×768 screen's window
    tab.show()
    qtbot.waitExposed(tab)
    grid = tab.shifts.grid
    assert tab.minimumSizeHint().width() <= 700 and tab.minimumSizeHint().height() <= 470
    last = grid.cell_rect(6, SLOTS - 1)
    assert grid.viewport().rect().contains(last)  # Sunday 23:30 is on screen
    assert last.width() >= ShiftGrid.MIN_CELL and last.height() >= grid.fontMetrics().height()


# ---------------------------------------------------------------- the tab and its commands


def small_blueprint() -> Blueprint:
    return Blueprint(
        fields=[
            TicketField(name="priority", labels={"en": "Priority", "fr": "Priorité"}, values=["P1", "P2"]),
            TicketField(name="vip", type="boolean"),
        ],
        lanes=[Lane(id="lane_1", title="Support L1", pool=Pool(id="pool_l1", name="Level 1", agents=2))],
        pools=[Pool(id="pool_exp", name="Experts", agents=1)],
        nodes=[
            StepNode(id="step_1", title="Triage", lane="lane_1"),
            StepNode(id="step_2", title="Diagnose", pool="pool_exp"),
        ],
    )


class Harness:
    """The tab on a document with an undo stack, as the dialog holds it."""

    def __init__(self, blueprint: Blueprint, qtbot) -> None:
        self.doc = Document(blueprint)
        self.stack = QUndoStack()
        self.tab = PoolsTab(self.doc)
        qtbot.addWidget(self.tab)
        self.tab.sig_commit.connect(self.push)
        self.doc.subscribe(lambda _event: self.tab.show_blueprint(self.doc.blueprint))  # as the dialog
        self.tab.resize(760, 520)
        self.tab.show()

    def push(self, command) -> None:
        self.stack.push(command)

    def select(self, name: str) -> None:
        items = [self.tab.list.item(i) for i in range(self.tab.list.count())]
        self.tab.list.setCurrentItem(next(i for i in items if i.text().startswith(name)))

    def pool(self, name: str) -> Pool:
        return next(p for p in self.doc.blueprint.all_pools() if p.name == name)

    def undo_redo_undo_redo(self) -> None:
        """Every step of the stack redoes to the same dump it left."""
        after = dumps(self.doc.blueprint)
        while self.stack.canUndo():
            self.stack.undo()
        before = dumps(self.doc.blueprint)
        while self.stack.canRedo():
            self.stack.redo()
        assert dumps(self.doc.blueprint) == after
        while self.stack.canUndo():
            self.stack.undo()
        assert dumps(self.doc.blueprint) == before
        while self.stack.canRedo():
            self.stack.redo()


def test_list_names_every_pool_and_its_lane(qtbot):
    h = Harness(small_blueprint(), qtbot)
    texts = [h.tab.list.item(i).text() for i in range(h.tab.list.count())]
    assert texts == ["Level 1 (lane Support L1)", "Experts"]
    assert pool_title(h.pool("Experts"), h.doc.blueprint) == "Experts"


def test_an_added_pool_takes_the_next_number_not_taken(qtbot):
    h = Harness(small_blueprint(), qtbot)
    QTest.mouseClick(h.tab.add_button, LEFT)  # "Pool 3", renamed "Pool 4": the next is "Pool 5"
    h.tab.name.selectAll()
    QTest.keyClicks(h.tab.name, "Pool 4")
    QTest.keyClick(h.tab.name, Qt.Key.Key_Return)
    QTest.mouseClick(h.tab.add_button, LEFT)
    assert [p.name for p in h.doc.blueprint.pools][-2:] == ["Pool 4", "Pool 5"]


def test_add_rename_and_edit_a_pool_each_one_undo_step(qtbot):
    h = Harness(small_blueprint(), qtbot)
    QTest.mouseClick(h.tab.add_button, LEFT)
    added = h.doc.blueprint.pools[-1]
    assert (added.name, added.agents, added.shifts) == ("Pool 3", 1, [])
    assert h.tab.pool_id == added.id and h.tab.list.currentItem().text() == "Pool 3"
    h.tab.name.selectAll()
    QTest.keyClicks(h.tab.name, "Niveau 2")
    h.tab.agents.selectAll()
    QTest.keyClicks(h.tab.agents, "4")
    h.tab.cost.selectAll()
    QTest.keyClicks(h.tab.cost, "31.5")
    assert h.stack.count() == 4  # add, then one step per field typed into
    assert h.pool("Niveau 2").agents == 4 and h.pool("Niveau 2").cost_per_hour == 31.5
    h.undo_redo_undo_redo()
    h.stack.undo()
    assert h.doc.blueprint.pools[-1].cost_per_hour == 0 and h.tab.cost.value() == 0  # the form follows


def test_editing_a_lanes_pool_changes_the_lane(qtbot):
    h = Harness(small_blueprint(), qtbot)
    h.select("Level 1")
    assert h.tab.shifts.paint.value() == 2  # painting puts the pool's whole team on duty
    drag(h.tab.shifts.grid, (0, 16), (4, 35))
    lane = h.doc.blueprint.lanes[0]
    assert lane.pool.shifts == [Shift(days=[0, 1, 2, 3, 4], start=8, end=18, agents=2)]
    assert h.stack.count() == 1 and h.stack.text(0) == "Change the shifts"
    h.undo_redo_undo_redo()


def test_priority_discipline_picks_a_choice_field_by_its_display_name(qtbot):
    blueprint = small_blueprint()
    blueprint = blueprint.model_copy(update={"meta": blueprint.meta.model_copy(update={"language": "fr"})})
    h = Harness(blueprint, qtbot)
    h.select("Experts")
    assert h.tab.priority.isHidden()
    h.tab.discipline.setCurrentIndex(h.tab.discipline.findData("priority"))
    pool = h.pool("Experts")
    assert (pool.discipline, pool.priority_field) == ("priority", "priority")
    assert not h.tab.priority.isHidden()
    names = [h.tab.priority.itemText(i) for i in range(h.tab.priority.count())]
    assert "Priorité" in names and "vip" not in names and "priority" not in names
    assert h.stack.count() == 1


def test_priority_field_without_a_label_is_named_as_the_fields_tab_names_it(qtbot):
    blueprint = small_blueprint()
    fields = [*blueprint.fields, TicketField(name="issue_type", values=["simple", "complex"])]
    h = Harness(blueprint.model_copy(update={"fields": fields}), qtbot)
    h.select("Experts")
    h.tab.discipline.setCurrentIndex(h.tab.discipline.findData("priority"))
    names = [h.tab.priority.itemText(i) for i in range(h.tab.priority.count())]
    assert "Issue type" in names and "issue_type" not in names  # model.words, not the bare name


def test_cost_is_shown_in_the_documents_currency(qtbot):
    blueprint = small_blueprint()
    h = Harness(blueprint, qtbot)
    assert h.tab.cost.suffix() == " € / agent-hour"
    meta = blueprint.meta.model_copy(update={"currency": "SEK"})
    h.doc.set_meta(meta)
    h.tab.show_blueprint(h.doc.blueprint)
    assert h.tab.cost.suffix() == " SEK / agent-hour" and "SEK" in h.tab.cost.toolTip()


def test_removing_a_pool_in_use_names_the_steps_and_changes_nothing(qtbot):
    h = Harness(small_blueprint(), qtbot)
    h.select("Experts")
    QTest.mouseClick(h.tab.remove_button, LEFT)
    assert "“Diagnose”" in h.tab.message.text() and h.stack.count() == 0
    h.select("Level 1")
    QTest.mouseClick(h.tab.remove_button, LEFT)
    assert "“Triage”" in h.tab.message.text() and h.stack.count() == 0
    QTest.mouseClick(h.tab.add_button, LEFT)
    QTest.mouseClick(h.tab.remove_button, LEFT)
    assert [p.name for p in h.doc.blueprint.all_pools()] == ["Level 1", "Experts"]
    h.undo_redo_undo_redo()


def test_removing_a_lanes_unused_pool_leaves_the_lane_without_one(qtbot):
    blueprint = small_blueprint()
    h = Harness(blueprint.model_copy(update={"nodes": blueprint.nodes[1:]}), qtbot)
    h.select("Level 1")
    QTest.mouseClick(h.tab.remove_button, LEFT)
    assert h.doc.blueprint.lanes[0].pool is None and h.tab.list.count() == 1
    assert h.tab.list.currentItem().text() == "Experts"  # the selection moves to a pool left
    h.undo_redo_undo_redo()


def test_two_pools_of_one_name_are_pointed_out(qtbot):
    h = Harness(small_blueprint(), qtbot)
    h.select("Experts")
    h.tab.name.selectAll()
    QTest.keyClicks(h.tab.name, "Level 1")
    assert "Another pool is also called “Level 1”" in h.tab.message.text()
    QTest.keyClicks(h.tab.name, "b")
    assert h.tab.message.text() == "" and h.pool("Level 1b").id == "pool_exp"


def test_f2_on_the_list_renames_the_pool_in_one_undo_step(qtbot):
    h = Harness(small_blueprint(), qtbot)
    h.select("Level 1")
    h.tab.list.setFocus()
    QTest.keyClick(h.tab.list, Qt.Key.Key_F2)
    assert h.tab.focusWidget() is h.tab.name and h.tab.name.selectedText() == "Level 1"
    QTest.keyClicks(h.tab.name, "Niveau 1")
    assert h.doc.blueprint.lanes[0].pool.name == "Niveau 1" and h.stack.count() == 1
    assert h.tab.list.item(0).text() == "Niveau 1 (lane Support L1)"
    h.undo_redo_undo_redo()


def test_shifts_off_the_half_hour_are_said_to_be_rounded(editor):
    editor.set_shifts([Shift(days=[0], start=8 + 1 / 3, end=12, agents=1)], 1)
    assert "rounds" in editor.summary.text() and editor.grid.cells()[0][16:18] == [0, 1]


# ---------------------------------------------------------------- the user's journey in the window


def menu(window, key: str) -> None:
    """Trigger a menu item: the current canvas's own (Insert › …), else the window's."""
    tab = window.current_tab()
    action = (tab.view.findChild(QAction, key) if tab else None) or window.findChild(QAction, key)
    assert action is not None and action.isEnabled(), key
    action.trigger()


def test_a_pool_painted_on_shifts_in_the_window_is_undone_redone_and_saved(
    make_window, answers, tmp_path, qtbot
):
    window = make_window()
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    menu(window, ids.FILE_NEW)
    doc = window.current_tab().document
    assert doc.blueprint.all_pools() == []
    menu(window, "insert_step")  # a step, to see the new pool in its Pool picker
    assert QApplication.focusWidget() is not None  # the new step's title, being typed
    QTest.keyClicks(QApplication.focusWidget(), "Qualifier")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert [n.title for n in doc.blueprint.nodes] == ["Qualifier"]

    menu(window, ids.EDIT_BLUEPRINT_SETTINGS)
    dialog = window.blueprint_settings
    qtbot.waitUntil(dialog.isVisible)
    dialog.resize(900, 600)
    bar = dialog.tabs.tabBar()
    tab = dialog.tab(PoolsTab)
    QTest.mouseClick(bar, LEFT, NO_KEY, bar.tabRect(dialog.tabs.indexOf(tab)).center())
    assert dialog.tabs.currentWidget() is tab and tab.empty.isVisible() and tab.shifts.isHidden()

    QTest.mouseClick(tab.add_button, LEFT)
    assert dialog.focusWidget() is tab.name and tab.name.selectedText() == "Pool 1"  # to type over
    QTest.keyClicks(tab.name, "Niveau 1")
    tab.agents.setFocus()
    QTest.keyClick(tab.agents, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(tab.agents, "3")
    tab.shifts.paint.setFocus()
    QTest.keyClick(tab.shifts.paint, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(tab.shifts.paint, "3")
    drag(tab.shifts.grid, (0, 18), (4, 33))  # Monday 9:00 to Friday 17:00
    [pool] = doc.blueprint.pools
    office = [Shift(days=[0, 1, 2, 3, 4], start=9, end=17, agents=3)]
    assert (pool.name, pool.agents, pool.shifts) == ("Niveau 1", 3, office)
    assert tab.list.currentItem().text() == "Niveau 1"

    menu(window, ids.EDIT_UNDO)
    assert doc.blueprint.pools[0].shifts == []
    qtbot.waitUntil(lambda: not any(map(any, tab.shifts.grid.cells())))  # the dialog follows
    menu(window, ids.EDIT_REDO)
    assert doc.blueprint.pools[0].shifts == office
    qtbot.waitUntil(lambda: tab.shifts.grid.cells()[4][33] == 3)

    # The step's Pool picker lists the new pool by its name once the step is shown again (the
    # properties panel builds its pickers when it shows an element; see the report).
    view, step = window.current_tab().view, doc.blueprint.nodes[0]
    click_at = view.mapFromScene(QPointF(step.x + step.width / 2, step.y + step.height / 2))
    QTest.mouseClick(view.viewport(), LEFT, NO_KEY, click_at + QPoint(0, 400))  # off the step
    QTest.mouseClick(view.viewport(), LEFT, NO_KEY, click_at)
    assert window.current_tab().editor.scene.selected_ids() == [step.id]
    picker = window.current_tab().properties.fields["pool"].widget
    assert "Niveau 1" in [picker.itemText(i) for i in range(picker.count())]

    path = tmp_path / "niveau1.blueprint.json"
    answers.save_path.append(str(path))
    menu(window, ids.FILE_SAVE_AS)
    [saved] = json.loads(path.read_text("utf-8"))["pools"]
    assert saved["name"] == "Niveau 1" and saved["agents"] == 3
    assert saved["shifts"] == [{"days": [0, 1, 2, 3, 4], "start": 9.0, "end": 17.0, "agents": 3}]
