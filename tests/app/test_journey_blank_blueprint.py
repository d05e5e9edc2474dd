"""Issue 15's journey, driven by real input events at 1366×768: from a blank document (File › New),
Edit › Blueprint settings… gives it a *Category* field (support / feature request, labels in French
and English, shares 80 / 20) and a *Priority* field, a "Business hours" calendar with the French
public holidays of 2027, an SLA policy for P1 made with the condition builder, a pool "Level 1" of
3 agents on a shift painted on the grid; the canvas gets an intake, a decision routed by a condition
made with the builder of the properties panel, two steps done by the pool (picked by its name) and
two ends; the one diagnostic (holidays count only in a dated run) is fixed as it says, in the
Scenarios panel; Simulation › Run gives results; File › Save As writes all of it; in French, the
link reads in French. No JSON is typed and no model value is set by the test: only menus, clicks
and keys (the document is read to check what they did)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio.app.shell import actions as ids
from blueprint_studio.canvas.settings.calendars_tab import CalendarsTab
from blueprint_studio.canvas.settings.document_tab import DocumentSettingsTab
from blueprint_studio.canvas.settings.fields_tab import FieldsTab
from blueprint_studio.canvas.settings.pools_tab import PoolsTab
from blueprint_studio.canvas.settings.shift_grid import ShiftGrid
from blueprint_studio.canvas.settings.sla_tab import SlaTab

CTRL = Qt.KeyboardModifier.ControlModifier
NO_KEY = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton

FRENCH_HOLIDAYS_2027 = [
    "2027-01-01",
    "2027-03-29",
    "2027-05-01",
    "2027-05-06",
    "2027-05-08",
    "2027-05-17",
    "2027-07-14",
    "2027-08-15",
    "2027-11-01",
    "2027-11-11",
    "2027-12-25",
]


# ---------------------------------------------------------------- hands (copied from the area tests)


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` as keys (accents included, which QTest.keyClicks refuses)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, NO_KEY, ch))


def replace_text(widget: QWidget, text: str) -> None:
    """Select what the box holds, type over it, leave the box with Tab (editing finished)."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, CTRL)
    type_text(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Tab)


def type_into(line: QWidget, text: str) -> None:
    """Select what the box holds, type over it and press Enter."""
    line.setFocus()
    QTest.keyClick(line, Qt.Key.Key_A, CTRL)
    QTest.keyClick(line, Qt.Key.Key_Delete)
    type_text(line, text)
    QTest.keyClick(line, Qt.Key.Key_Return)


def edit_cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    """Double-click the cell, type over it and press Enter."""
    point = table.visualItemRect(table.item(row, column)).center()
    QTest.mouseClick(table.viewport(), LEFT, pos=point)
    QTest.mouseDClick(table.viewport(), LEFT, pos=point)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.isAncestorOf(editor), f"no editor on the cell: {editor}"
    QTest.keyClick(editor, Qt.Key.Key_A, CTRL)
    type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits the editor's text in a queued call


def click(widget: QWidget) -> None:
    assert widget.isEnabled() and widget.isVisible(), widget.objectName() or widget
    QTest.mouseClick(widget, LEFT)


def tick(box: QCheckBox) -> None:
    """Click the box itself (not the middle of a wide row), as a person does."""
    assert box.isVisible() and box.isEnabled()
    QTest.mouseClick(box, LEFT, NO_KEY, QPoint(8, box.height() // 2))


def drag(grid: ShiftGrid, first: tuple[int, int], last: tuple[int, int]) -> None:
    viewport = grid.viewport()
    start, end = grid.cell_rect(*first).center(), grid.cell_rect(*last).center()
    QTest.mousePress(viewport, LEFT, NO_KEY, start)
    QTest.mouseMove(viewport, (start + end) / 2)
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, LEFT, NO_KEY, end)


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


class Designer:
    """The hands of the designer on one window: menus by their actions, the settings dialog by its
    tabs, the canvas by mouse and keys at the items' places, the properties panel by typing."""

    def __init__(self, window, qtbot) -> None:
        self.window, self.qtbot = window, qtbot

    @property
    def tab(self):
        return self.window.current_tab()

    @property
    def doc(self):
        return self.tab.document

    def menu(self, key: str) -> None:
        """Trigger a menu item: the current canvas's own, else the window's."""
        action = self.tab.view.findChild(QAction, key) if self.tab else None
        action = action or self.window.findChild(QAction, key)
        assert action is not None and action.isEnabled(), key
        action.trigger()

    # ------------------------------------------------------------ the settings dialog
    def settings(self):
        self.menu(ids.EDIT_BLUEPRINT_SETTINGS)
        dialog = self.window.blueprint_settings
        self.qtbot.waitExposed(dialog)
        dialog.activateWindow()
        self.qtbot.waitUntil(dialog.isActiveWindow)
        screen = QApplication.primaryScreen().availableGeometry()
        assert dialog.frameGeometry().width() <= 1366 and dialog.frameGeometry().height() <= 768, (
            dialog.frameGeometry(),
            screen,
        )
        return dialog

    def open_tab(self, dialog, cls):
        page = dialog.tab(cls)
        bar = dialog.tabs.tabBar()
        QTest.mouseClick(bar, LEFT, NO_KEY, bar.tabRect(dialog.tabs.indexOf(page)).center())
        assert dialog.tabs.currentWidget() is page
        return page

    # ------------------------------------------------------------ finding things by name
    def node(self, title: str):
        found = [n for n in self.doc.blueprint.nodes if n.title == title]
        assert len(found) == 1, (title, [n.title for n in self.doc.blueprint.nodes])
        return found[0]

    def edge(self, source: str, target: str):
        a, b = self.node(source).id, self.node(target).id
        return next(e for e in self.doc.blueprint.edges if (e.source, e.target) == (a, b))

    # ------------------------------------------------------------ the canvas
    def click_scene(self, point: QPointF) -> None:
        view = self.tab.view
        view.ensureVisible(point.x() - 20, point.y() - 20, 40, 40)
        QTest.mouseClick(view.viewport(), LEFT, NO_KEY, view.mapFromScene(point))

    def click_node(self, title: str) -> None:
        node = self.node(title)
        self.click_scene(QPointF(node.x + node.width / 2, node.y + node.height / 2))
        assert self.tab.editor.scene.selected_ids() == [node.id]

    def click_edge(self, source: str, target: str) -> None:
        edge = self.edge(source, target)
        item = self.tab.editor.scene.edges[edge.id]
        self.click_scene(self._visible_point(item))
        assert self.tab.editor.scene.selected_ids() == [edge.id]

    def _visible_point(self, item) -> QPointF:
        """A point of the edge's line where it is the top item: where a person would click."""
        scene = self.tab.editor.scene
        for a, b in sorted(zip(item.points, item.points[1:]), key=lambda p: -(p[1] - p[0]).manhattanLength()):
            for t in (0.5, 0.3, 0.7, 0.15, 0.85):
                point = item.mapToScene(a + (b - a) * t)
                top = [i for i in scene.items(point) if i.flags() & i.GraphicsItemFlag.ItemIsSelectable]
                if top and top[0] is item:
                    return point
        raise AssertionError("the edge is hidden everywhere")

    def type_keys(self, text: str) -> None:
        QTest.keyClicks(QApplication.focusWidget(), text)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    def insert(self, kind: str, name: str) -> None:
        """Insert › kind, then type the name (the new node is being renamed already)."""
        self.menu(f"insert_{kind}")
        assert QApplication.focusWidget() is not None
        self.type_keys(name)
        assert self.node(name).kind == kind

    # ------------------------------------------------------------ the properties panel
    def field(self, name: str):
        fields = self.tab.properties.fields
        assert name in fields, (name, list(fields))
        self.qtbot.waitUntil(fields[name].widget.isVisible)  # shown at the next turn of the loop
        return fields[name]

    def pick(self, name: str, words: str) -> None:
        """Focus a picker of the panel and type the first letters of the entry's words."""
        combo = self.field(name).widget
        assert isinstance(combo, QComboBox), name
        combo.setFocus()
        QTest.keyClicks(combo, words)
        assert combo.currentText().startswith(words), (combo.currentText(), items(combo))

    def tick(self, name: str) -> None:
        box = self.field(name).widget
        assert isinstance(box, QCheckBox) and not box.isChecked(), name
        tick(box)
        assert box.isChecked(), name

    def diagnostics(self) -> list[str]:
        """What the Diagnostics panel lists now (after the debounced validation ran)."""
        self.tab.overlay.run()
        panel = self.tab.diagnostics_panel
        return [panel.item(row).text() for row in range(panel.count())]


# ---------------------------------------------------------------- the journey's steps


def make_fields(d: Designer, dialog) -> None:
    """Ticket fields: Category (support / feature, labelled in both languages, 80 / 20) and
    Priority P1–P4."""
    page = d.open_tab(dialog, FieldsTab)
    click(page.add_button)
    replace_text(page.label_en, "Category")  # the first label typed names the field
    replace_text(page.label_fr, "Catégorie")
    assert page.name.text() == "category" and page.type.currentData() == "choice"
    click(page.value_add)
    assert page.values.rowCount() == 2
    for row, texts in enumerate(
        (
            ["support", "Demande d'assistance", "Support request", "80"],
            ["feature", "Demande d'évolution", "Feature request", "20"],
        )
    ):
        for column, text in enumerate(texts):
            edit_cell(page.values, row, column, text)

    click(page.add_button)
    replace_text(page.label_en, "Priority")
    replace_text(page.label_fr, "Priorité")
    assert page.name.text() == "priority"
    click(page.value_add)
    click(page.value_add)
    click(page.value_add)
    assert page.values.rowCount() == 4
    for row, (value, share) in enumerate((("P1", "10"), ("P2", "20"), ("P3", "40"), ("P4", "30"))):
        edit_cell(page.values, row, 0, value)
        edit_cell(page.values, row, 3, share)
    assert [page.fields.item(i).text() for i in range(page.fields.count())] == ["Category", "Priority"]
    assert page.errors["values"].isHidden() and page.shares_note.isHidden()


def make_calendar(d: Designer, dialog) -> None:
    """Calendars: "Business hours" Monday–Friday 9:00–18:00 and the French public holidays of 2027."""
    tab = d.open_tab(dialog, CalendarsTab)
    click(tab.add)
    type_into(tab.name, "Business hours")
    click(tab.weekdays)
    tab.preset.setFocus()
    QTest.keyClicks(tab.preset, "Fr")
    assert tab.preset.currentText() == "France"
    type_into(tab.first_year, "2027")
    type_into(tab.last_year, "2027")
    click(tab.add_preset)
    assert tab.holidays.count() == 11 and tab.holidays_error.isHidden()
    assert tab.list.currentItem().text().startswith("Business hours")


def make_policy(d: Designer, dialog) -> None:
    """SLA policies: "P1" for Priority is P1 with the condition builder, 1 h first response, 8 h
    resolution, business hours only on "Business hours"."""
    tab = d.open_tab(dialog, SlaTab)
    click(tab.add)
    type_into(tab.name, "P1")
    click(tab.when.add)
    row = tab.when._rows[0]
    assert items(row.field)[:2] == ["Category", "Priority"]  # labels, never names
    row.field.setFocus()
    QTest.keyClicks(row.field, "Prio")
    value = tab.when._rows[0].value
    assert items(value) == ["P1", "P2", "P3", "P4"]
    value.setFocus()
    QTest.keyClick(value, Qt.Key.Key_End)  # P4, then back up to the first: P1
    QTest.keyClick(value, Qt.Key.Key_Home)
    assert tab.when._rows[0].value.currentText() == "P1"
    assert tab.when_error.isHidden()
    assert tab.first_response.unit.currentText() == "hours"
    type_into(tab.first_response.amount, "1")
    tick(tab.resolution.enabled)
    assert tab.resolution.amount.isEnabled()
    tab.resolution.unit.setFocus()
    QTest.keyClicks(tab.resolution.unit, "h")
    assert tab.resolution.unit.currentText() == "hours"
    type_into(tab.resolution.amount, "8")
    tick(tab.business)
    assert tab.business.isChecked() and tab.calendar.currentText() == "Business hours"
    assert tab.targets_error.isHidden() and tab.name_error.isHidden()
    [policy] = d.doc.blueprint.sla
    assert (policy.when, policy.first_response, policy.resolution) == ('priority == "P1"', 60.0, 480.0)


def make_pool(d: Designer, dialog) -> None:
    """Pools: "Level 1", 3 agents, on duty Monday–Friday 9:00–17:00 painted with the mouse."""
    tab = d.open_tab(dialog, PoolsTab)
    click(tab.add_button)
    assert dialog.focusWidget() is tab.name and tab.name.selectedText() == "Pool 1"  # to type over
    QTest.keyClicks(tab.name, "Level 1")
    tab.agents.setFocus()
    QTest.keyClick(tab.agents, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(tab.agents, "3")
    QTest.keyClick(tab.agents, Qt.Key.Key_Tab)
    tab.shifts.paint.setFocus()
    QTest.keyClick(tab.shifts.paint, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(tab.shifts.paint, "3")
    grid = tab.shifts.grid
    assert grid.viewport().rect().contains(grid.cell_rect(4, 33)), "Friday 16:30 is on screen"
    drag(grid, (0, 18), (4, 33))  # Monday 9:00 to Friday 17:00
    assert "120 agent-hours per week" in tab.shifts.summary.text()
    assert tab.list.currentItem().text() == "Level 1"


def build_flow(d: Designer) -> None:
    """An intake, the decision, "Resolve" and "Log the request" by pool Level 1, two ends; each
    insert is linked from the node selected before it."""
    d.tab.view.setFocus()
    d.insert("intake", "New ticket")
    d.insert("decision", "Support or feature?")
    d.insert("step", "Resolve")
    d.pick("pool", "Level 1")
    d.tick("first_response")  # the agent's first answer stops the first-response clock
    d.insert("end", "Resolved")
    d.click_node("Support or feature?")
    d.insert("step", "Log the request")
    d.pick("pool", "Level 1")
    d.tick("first_response")
    d.insert("end", "Request logged")
    titles = {n.id: n.title for n in d.doc.blueprint.nodes}
    links = {(titles[e.source], titles[e.target]) for e in d.doc.blueprint.edges}
    assert links == {
        ("New ticket", "Support or feature?"),
        ("Support or feature?", "Resolve"),
        ("Resolve", "Resolved"),
        ("Support or feature?", "Log the request"),
        ("Log the request", "Request logged"),
    }


def route_by_category(d: Designer) -> None:
    """The link to "Log the request" gets Category is feature request with the panel's builder;
    the one to "Resolve" is the default."""
    d.click_edge("Support or feature?", "Log the request")
    builder = d.field("condition").builder
    assert builder is not None
    d.qtbot.waitUntil(builder.isVisible)  # the panel's new rows show at the next turn of the loop
    click(builder.add)
    row = builder._rows[0]
    d.qtbot.waitUntil(row.value.isVisible)
    scroll = d.tab.properties.scroll
    for widget in (row.field, row.operator, row.value, row.remove):  # at 1366×768, nothing cut off
        scroll.ensureWidgetVisible(widget)
        place = widget.rect().translated(widget.mapTo(scroll.viewport(), QPoint(0, 0)))
        assert scroll.viewport().rect().contains(place), (widget.objectName(), place)
    assert row.field.currentText() == "Category"
    value = row.value
    value.setFocus()
    QTest.keyClicks(value, "Feat")
    assert builder._rows[0].value.currentText() == "Feature request"
    assert d.edge("Support or feature?", "Log the request").condition == 'category == "feature"'
    words = d.field("condition").words
    assert words is not None and words.isVisible() and "==" not in words.text()

    d.click_edge("Support or feature?", "Resolve")
    d.tick("default")
    assert d.edge("Support or feature?", "Resolve").default is True

    # The decision's branch list reads the rule in words, the default as "otherwise".
    d.click_node("Support or feature?")
    branches = d.tab.properties.branches
    d.qtbot.waitUntil(lambda: branches.isVisible() and len(branches.rows) == 2)
    rows = {row.target.currentText(): row for row in branches.rows}
    assert rows["Log the request"].words.text() == "Category: feature request"
    assert rows["Resolve"].rule.currentText().startswith("Otherwise")


def section_value(box: QDateTimeEdit, section) -> int:
    date = box.date()
    return {
        QDateTimeEdit.Section.YearSection: date.year(),
        QDateTimeEdit.Section.MonthSection: date.month(),
        QDateTimeEdit.Section.DaySection: date.day(),
    }[section]


def step_to_section(box: QDateTimeEdit, section) -> None:
    """Tab or Shift+Tab along the date's parts until `section` is the one highlighted."""
    order = [box.sectionAt(i) for i in range(box.sectionCount())]
    for _ in range(box.sectionCount()):
        if box.currentSection() == section:
            return
        if order.index(section) > order.index(box.currentSection()):
            QTest.keyClick(box, Qt.Key.Key_Tab)
        else:
            QTest.keyClick(box, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert box.currentSection() == section, (box.currentSection(), section)


def step_to_value(box: QDateTimeEdit, section, wanted: int) -> None:
    """Up or Down on the highlighted part until it reads `wanted`."""
    for _ in range(40):
        now = section_value(box, section)
        if now == wanted:
            return
        QTest.keyClick(box, Qt.Key.Key_Up if now < wanted else Qt.Key.Key_Down)
    raise AssertionError(f"{section} never reaches {wanted}: {box.text()}")


def date_a_scenario(d: Designer) -> None:
    """Scenarios panel: a new scenario, "From the week of" ticked, the week of 3 May 2027 typed
    (Ascension and 8 May are in it), so that the calendar's holidays count in the run."""
    dock = d.window.simulation.scenarios
    if not dock.isVisible():
        dock.toggleViewAction().trigger()  # View › Scenarios
    d.qtbot.waitUntil(dock.isVisible)
    click(dock.new_button)
    assert dock.current_id() is not None
    form = dock.form
    tick(form.dated)
    assert form.start_date.isEnabled()
    box = form.start_date
    box.setFocus()
    for section, wanted in (
        (QDateTimeEdit.Section.YearSection, 2027),
        (QDateTimeEdit.Section.MonthSection, 5),
        (QDateTimeEdit.Section.DaySection, 3),
    ):
        step_to_section(box, section)
        step_to_value(box, section, wanted)
    assert d.doc.element(dock.current_id(), "scenarios").start_date == "2027-05-03"


def check_file(path: Path) -> None:
    """What the user gets on disk."""
    saved = json.loads(path.read_text("utf-8"))
    fields = {f["name"]: f for f in saved["fields"]}
    category = fields["category"]
    assert category["labels"] == {"en": "Category", "fr": "Catégorie"}
    assert category["values"] == ["support", "feature"] and category["weights"] == [80.0, 20.0]
    assert category["value_labels"] == {
        "support": {"fr": "Demande d'assistance", "en": "Support request"},
        "feature": {"fr": "Demande d'évolution", "en": "Feature request"},
    }
    assert fields["priority"]["values"] == ["P1", "P2", "P3", "P4"]

    [calendar] = saved["calendars"]
    assert calendar["name"] == "Business hours"
    assert calendar["hours"] == [{"days": [0, 1, 2, 3, 4], "start": 9.0, "end": 18.0}]
    assert calendar["holidays"] == FRENCH_HOLIDAYS_2027

    [policy] = saved["sla"]
    assert (policy["name"], policy["when"]) == ("P1", 'priority == "P1"')
    assert (policy["first_response"], policy["resolution"]) == (60.0, 480.0)
    assert policy["business_hours"] is True and policy["calendar"] == calendar["id"]

    [pool] = saved["pools"]
    assert (pool["name"], pool["agents"]) == ("Level 1", 3)
    assert pool["shifts"] == [{"days": [0, 1, 2, 3, 4], "start": 9.0, "end": 17.0, "agents": 3}]

    titles = {n["id"]: n["title"] for n in saved["nodes"]}
    steps = [n for n in saved["nodes"] if n["kind"] == "step"]
    assert sorted(n["title"] for n in steps) == ["Log the request", "Resolve"]
    assert all(n["pool"] == pool["id"] and n["first_response"] for n in steps)
    rules = {
        (titles[e["source"]], titles[e["target"]]): (e.get("condition"), e.get("default", False))
        for e in saved["edges"]
    }
    assert rules[("Support or feature?", "Log the request")] == ('category == "feature"', False)
    assert rules[("Support or feature?", "Resolve")] == (None, True)
    assert [s["start_date"] for s in saved["scenarios"]] == ["2027-05-03"]


# ---------------------------------------------------------------- the test


@pytest.fixture
def designer(make_window, qtbot):
    window = make_window()
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    d = Designer(window, qtbot)
    d.menu(ids.FILE_NEW)
    bp = d.doc.blueprint
    assert (bp.nodes, bp.fields, bp.sla, bp.calendars, bp.pools) == ([], [], [], [], [])
    return d


def test_a_blank_blueprint_gets_fields_sla_pool_and_a_routed_flow_then_simulates(
    designer, answers, tmp_path, qtbot
):
    d = designer
    dialog = d.settings()
    make_fields(d, dialog)
    make_calendar(d, dialog)
    make_policy(d, dialog)
    make_pool(d, dialog)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # the settings are kept as made: Escape only closes
    qtbot.waitUntil(lambda: not dialog.isVisible())
    d.window.activateWindow()
    qtbot.waitUntil(d.window.isActiveWindow)

    build_flow(d)
    route_by_category(d)
    caption = d.tab.editor.scene.edges[d.edge("Support or feature?", "Log the request").id]._text
    assert caption == "Category: feature request", caption  # in words, not code
    problems = d.diagnostics()
    assert len(problems) == 1 and "no scenario has calendar dates" in problems[0], problems
    date_a_scenario(d)  # the fix the diagnostic gives, done as it says
    assert d.diagnostics() == ["No problems found."]

    workspace = d.window.simulation
    with qtbot.waitSignal(workspace.worker.sig_finished, timeout=50_000):
        d.menu("simulation_run")
    record = workspace.results.record
    assert record is not None and workspace.results.isVisible()
    summary = record.result.summary
    assert summary["resolved"].mean > 0
    shown = [label.text() for label in workspace.results.findChildren(QLabel) if label.isVisible()]
    assert "Utilisation: Level 1" in shown, shown  # the pool by its name
    # The P1 policy's clocks ran: both breach figures are shown as percentages, not "—".
    for figure in ("First-response SLA breaches", "Resolution SLA breaches"):
        assert figure in shown, shown
        assert shown[shown.index(figure) + 1].endswith("%"), shown
    breaches = summary["sla_first_response_breach_rate"].mean
    assert summary["first_response_sla_mean"].mean > 0  # the steps count as the first response
    assert 0 <= breaches <= 1, breaches  # a rate, not "no SLA" (nan)
    # The condition routes by the category's shares: about 20 % of tickets are feature requests.
    feature = d.edge("Support or feature?", "Log the request").id
    support = d.edge("Support or feature?", "Resolve").id
    taken = [sum(run.edges.get(key, 0) for run in record.result.runs) for key in (feature, support)]
    assert 0.14 < taken[0] / sum(taken) < 0.26, taken

    path = tmp_path / "blank-journey.blueprint.json"
    answers.save_path.append(str(path))
    d.menu(ids.FILE_SAVE_AS)
    assert answers.asked == ["save_path"] and d.tab.path == path.resolve() and not d.tab.modified
    check_file(path)

    # The document in French: the same link reads with the French labels typed in step 1.
    dialog = d.settings()
    page = d.open_tab(dialog, DocumentSettingsTab)
    page.language.setFocus()
    QTest.keyClicks(page.language, "Fr")
    assert page.language.currentData() == "fr" and d.doc.blueprint.meta.language == "fr"
    caption = d.tab.editor.scene.edges[d.edge("Support or feature?", "Log the request").id]._text
    assert caption == "Catégorie\xa0: demande d'évolution", repr(caption)
