"""The properties panel as a user meets it in the window (1366×768): elements picked on the
canvas by mouse show titles, a link's ends and a branch's target are pickers of titles, a
decision lists its branches in the order they are tried, each branch edit is one undo step
(undone through Edit › Undo), every field has words and a tooltip with its unit, and the
panel never scrolls sideways."""

from __future__ import annotations

import re

import pytest
from canvaskit import small_blueprint
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QScrollArea

from blueprint_studio import resources
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.fileformat import load, save
from blueprint_studio.model.schema import (
    NODE_KINDS,
    DurationRule,
    Exponential,
    NoteNode,
    RoadmapNode,
    SatisfactionNode,
    SetField,
    Shift,
    WaitNode,
    WeeklySchedule,
)

IDS = re.compile(r"\b(triage|dec|fix|done|e\d|a1|cust|front|back|s\d|agents)\b")  # ids, not words


def rich_blueprint():
    """The small blueprint with a node of every kind and every kind of field filled in: shifts,
    schedules, rules, actions."""
    bp = small_blueprint()
    lanes = list(bp.lanes)
    pool = lanes[1].pool.model_copy(
        update={"name": "Level 1 agents", "shifts": [Shift(days=[0, 1, 2, 3, 4], start=8, end=18, agents=3)]}
    )
    lanes[1] = lanes[1].model_copy(update={"pool": pool})
    nodes = list(bp.nodes)
    nodes[0] = nodes[0].model_copy(update={"schedule": WeeklySchedule(rates=[[1.0] * 24] * 7)})
    nodes[1] = nodes[1].model_copy(
        update={
            "actions": [SetField(field="category", value="feature")],
            "duration_rules": [DurationRule(when='category == "feature"', duration=Exponential(mean=30))],
            "time_limit": 60,
            "escalate_to": "fix",
        }
    )
    nodes += [
        WaitNode(id="wait", title="Wait for the customer", lane="front", x=700, y=220, timeout=600),
        SatisfactionNode(id="survey", title="Satisfied?", lane="front", x=800, y=220),
        RoadmapNode(id="road", title="Product backlog", lane="back", x=900, y=370),
        NoteNode(id="note", title="Remember", lane="back", x=1000, y=370),
    ]
    return bp.model_copy(update={"lanes": lanes, "nodes": nodes})


@pytest.fixture
def open_window(tmp_path, monkeypatch, qapp, qtbot):
    """`open_window(blueprint)`: the application window at 1366×768 on a saved copy of it."""
    from blueprint_studio.app.shell import i18n
    from blueprint_studio.app.shell.gui import build_window, make_application

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    make_application([])
    windows = []

    def make(bp):
        path = tmp_path / f"doc{len(windows)}.blueprint.json"
        save(bp, path, keep_backup=False)
        window = build_window([str(path)], restore_session=False, ask_recovery=lambda parent, docs: [])
        windows.append(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in windows:
        for tab in window.tabs():
            tab.set_forced_dirty(False)
            tab.undo_stack.setClean()
        window.close()
        window.store.release()
        window.deleteLater()
    qtbot.wait(1)
    i18n.install("en")


def click_scene(window, point: QPointF) -> None:
    view = window.current_tab().view
    view.ensureVisible(point.x() - 20, point.y() - 20, 40, 40)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view.mapFromScene(point)
    )


def click_node(window, key: str) -> None:
    node = window.current_tab().document.element(key)
    click_scene(window, QPointF(node.x + node.width / 2, node.y + node.height / 2))
    assert window.current_tab().editor.scene.selected_ids() == [key]


def click_edge(window, key: str) -> None:
    scene = window.current_tab().editor.scene
    item = scene.edges[key]
    for a, b in zip(item.points, item.points[1:]):
        point = item.mapToScene(a + (b - a) * 0.5)
        top = [i for i in scene.items(point) if i.flags() & i.GraphicsItemFlag.ItemIsSelectable]
        if top and top[0] is item:
            click_scene(window, point)
            break
    assert scene.selected_ids() == [key]


def panel(window):
    return window.current_tab().properties


def edit_undo(window) -> None:
    """Edit › Undo, as the menu offers it."""
    edit = window.menus["menu_edit"]
    undo = next(a for a in edit.actions() if a.objectName() == "edit_undo")
    assert undo.isEnabled()
    undo.trigger()


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def pick_next(combo: QComboBox) -> None:
    """The next item of a combo chosen by keyboard, as a user does (Down on the focused combo)."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)


def texts_of(dock) -> list[str]:
    found = [dock.title.text()]
    found += [w.text() for w in dock.form_host.findChildren(QLabel) if w.isVisibleTo(dock)]
    for combo in dock.form_host.findChildren(QComboBox):
        found += items(combo)
    found += [w.text() for w in dock.form_host.findChildren(QLineEdit) if w.objectName() == "branch_label"]
    return found


# ---------------------------------------------------------------- names by mouse


def test_nodes_and_links_clicked_on_the_canvas_show_titles_and_title_pickers(open_window):
    window = open_window(small_blueprint())
    click_node(window, "dec")
    dock = panel(window)
    assert dock.title.text() == "Decision · Known?"
    rows = dock.branches.rows
    assert [r.target.currentText() for r in rows] == ["Fix", "Done"]
    assert items(rows[0].target) == ["Triage", "Known?", "Fix", "Done"]  # titles of where tickets go
    assert not [t for t in texts_of(dock) if IDS.search(t)]
    click_edge(window, "e3")
    assert dock.title.text() == "Link · “Known?” → “Fix”"
    source, target = dock.fields["source"].widget, dock.fields["target"].widget
    assert (source.currentText(), target.currentText()) == ("Known?", "Fix")
    assert set(items(target)) == {"E-mail", "Triage", "Known?", "Fix", "Done", "Confirmation"}
    assert not [t for t in texts_of(dock) if IDS.search(t)]
    click_node(window, "fix")
    assert dock.title.text() == "Step · Fix" and dock.fields["lane"].widget.currentText() == "Backstage"


# ---------------------------------------------------------------- the branch list


def test_changing_a_branch_target_by_its_picker_is_one_undo_step(open_window):
    window = open_window(small_blueprint())
    tab = window.current_tab()
    click_node(window, "dec")
    row = panel(window).branches.rows[0]
    before = tab.undo_stack.count()
    pick_next(row.target)
    assert tab.document.element("e3").target == "done"
    assert tab.undo_stack.count() == before + 1
    assert panel(window).branches.rows[0].target.currentText() == "Done"
    edit_undo(window)
    assert tab.document.element("e3").target == "fix"
    assert panel(window).branches.rows[0].target.currentText() == "Fix"


def test_branches_reorder_and_routing_tries_them_in_the_new_order(open_window):
    bp = small_blueprint()
    nodes = [n.model_copy(update={"pool": "agents"}) if n.id == "fix" else n for n in bp.nodes]
    edges = [  # two conditions: their order is the order they are tried in
        e.model_copy(update={"default": False, "condition": 'category == "feature"'}) if e.id == "e4" else e
        for e in bp.edges
    ]
    window = open_window(bp.model_copy(update={"nodes": nodes, "edges": edges}))
    tab = window.current_tab()
    click_node(window, "dec")
    rows = panel(window).branches.rows
    assert not rows[0].up.isEnabled() and not rows[1].down.isEnabled()
    QTest.mouseClick(rows[0].down, Qt.MouseButton.LeftButton)
    assert [r.target.currentText() for r in panel(window).branches.rows] == ["Done", "Fix"]
    order = [e.id for e in tab.document.blueprint.edges]
    assert order.index("e4") < order.index("e3")
    flow = compile_blueprint(tab.document.blueprint, None).model
    decision = flow.nodes[flow.index["dec"]]
    assert [t.edge_id for t in decision.transitions] == ["e4", "e3"]
    edit_undo(window)
    order = [e.id for e in tab.document.blueprint.edges]
    assert order.index("e3") < order.index("e4")
    assert [r.target.currentText() for r in panel(window).branches.rows] == ["Fix", "Done"]
    label = panel(window).branches.rows[0].label  # by keyboard: Alt+Down from the branch's label
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    label.setFocus()
    QTest.keyClick(label, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    rows = panel(window).branches.rows
    assert [r.target.currentText() for r in rows] == ["Done", "Fix"]
    assert QApplication.focusWidget() is rows[1].label  # the focus went with the branch


def test_a_branch_label_typed_is_one_step_and_its_rule_changes_by_picker(open_window):
    window = open_window(small_blueprint())
    tab = window.current_tab()
    click_node(window, "dec")
    row = panel(window).branches.rows[0]
    before = tab.undo_stack.count()
    row.label.setFocus()
    QTest.keyClicks(row.label, "Support")
    assert tab.document.element("e3").label == "Support"
    assert tab.undo_stack.count() == before + 1  # the typing merged into one step
    assert row.words.text() == "Category is “support”" or "support" in row.words.text()
    pick_next(row.rule)  # "When…" -> "Share of tickets"
    edge = tab.document.element("e3")
    assert edge.probability == 1.0 and edge.condition is None and not edge.default
    row = panel(window).branches.rows[0]
    assert row.share.isVisibleTo(row) and not row.condition.isVisibleTo(row) and row.share.value() == 100
    edit_undo(window)
    assert tab.document.element("e3").condition == 'category == "support"'


def test_the_condition_builder_edits_the_links_condition(open_window):
    window = open_window(small_blueprint())
    tab = window.current_tab()
    click_edge(window, "e3")
    builder = panel(window).fields["condition"].builder
    assert builder is not None and not builder.text.isVisibleTo(builder)
    (value,) = [c for c in builder.findChildren(QComboBox, "condition_value") if c.isVisibleTo(builder)]
    before = tab.undo_stack.count()
    pick_next(value)
    assert tab.document.element("e3").condition == 'category == "feature"'
    assert tab.undo_stack.count() == before + 1
    assert panel(window).fields["condition"].widget.text() == 'category == "feature"'
    edit_undo(window)
    assert tab.document.element("e3").condition == 'category == "support"'


# ---------------------------------------------------------------- words, tooltips, width

UNITS = {
    "rate_per_hour": "per hour",
    "time_limit": "inutes",
    "timeout": "inutes",
    "duration": "minutes",
    "response_time": "minutes",
    "patience": "minutes",
    "p_response": "0 to 1",
    "p_satisfied": "0 to 1",
    "probability": "0 to 1",
    "height": "points",
    "width": "points",
    "schedule": "per hour",
}


def test_every_field_has_words_and_a_tooltip_with_its_unit(open_window):
    window = open_window(rich_blueprint())
    bp = window.current_tab().document.blueprint
    assert {n.kind for n in bp.nodes} == set(NODE_KINDS)  # every kind's form
    dock = panel(window)
    for element in (*bp.nodes, *bp.edges, *bp.lanes, *bp.stages):
        window.current_tab().editor.scene.select_ids([element.id])
        assert dock.fields, element.id
        for name, row in dock.fields.items():
            if isinstance(row.widget, QCheckBox):
                words, tip = row.widget.text(), row.widget.toolTip()
            else:
                label = dock.form_host.findChild(QLabel, f"label_{name}")
                words, tip = label.text(), label.toolTip()
                assert row.widget.toolTip(), (element.id, name)
            assert words and "_" not in words, (element.id, name, words)
            assert len(tip) > 20, (element.id, name, tip)
            if name in UNITS:
                assert UNITS[name] in tip, (element.id, name, tip)
            if name == "condition" and element.id == "survey":  # a survey's answer, not a branch
                assert "satisfied" in tip, tip
            if name in ("condition", "before"):  # conditions also as pick lists
                assert row.builder is not None, (element.id, name)


def test_performer_reads_in_words(open_window):
    window = open_window(small_blueprint())
    click_node(window, "fix")
    combo = panel(window).fields["performer"].widget
    assert items(combo) == ["An agent", "The system (automation)", "The customer (self-service)"]
    assert panel(window).form_host.findChild(QLabel, "label_performer").text() == "Done by"


@pytest.mark.parametrize("source", ["rich", "tiered_support"])
def test_the_panel_fits_its_default_width_at_1366x768(open_window, source):
    bp = rich_blueprint() if source == "rich" else load(resources.template_path(source, "en"))
    window = open_window(bp)
    tab = window.current_tab()
    dock = panel(window)
    assert window.properties_dock.width() < 420  # the dock's default width, not widened
    for element in (*bp.nodes, *bp.edges, *bp.lanes, *bp.stages):
        tab.editor.scene.select_ids([element.id])
        QApplication.processEvents()
        scroll = dock.findChild(QScrollArea)
        viewport = scroll.viewport().width()
        assert dock.form_host.minimumSizeHint().width() <= viewport, (element.id, viewport)
        assert scroll.horizontalScrollBar().maximum() == 0, element.id


def test_field_and_value_pickers_show_their_words(qtbot):
    from canvaskit import small_document

    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.canvas.properties.dock import PropertiesDock
    from blueprint_studio.canvas.properties.fields import FieldValue
    from blueprint_studio.model.schema import TicketField

    doc = small_document()
    field = TicketField(
        name="category",
        labels={"en": "Issue type", "fr": "Type de demande"},
        values=["support", "feature"],
        value_labels={"feature": {"en": "Feature request"}, "support": {"en": "Support"}},
    )
    doc.replace(field)
    editor = CanvasEditor(doc)
    qtbot.addWidget(editor.view)
    dock = PropertiesDock(editor)
    qtbot.addWidget(dock)
    editor.scene.select_ids(["triage"])
    assert [b.text() for b in dock.fields["mandatory_fields"].widget.boxes.values()] == ["Issue type"]
    dock.fields["actions"].widget.add_button.click()
    row = dock.fields["actions"].widget.rows[0][0]
    kinds = next(c for c in row.findChildren(QComboBox) if c.findData("set") >= 0)
    kinds.setCurrentIndex(kinds.findData("set"))
    value = dock.fields["actions"].widget.rows[0][0].findChild(FieldValue)
    assert items(value.field)[0] == "Issue type"
    assert items(value.choice) == ["Support", "Feature request"]
    assert doc.element("triage").actions[0].value == "support"  # the id is kept, words are shown


def test_diagnostics_list_names_the_element_and_the_fix_and_a_click_shows_it(open_window, qtbot):
    bp = small_blueprint()
    nodes = [n.model_copy(update={"title": "Escalate to L2"}) if n.id == "fix" else n for n in bp.nodes]
    edges = [e for e in bp.edges if e.id != "e5"]  # "Escalate to L2" has no way out
    window = open_window(bp.model_copy(update={"nodes": nodes, "edges": edges}))
    tab = window.current_tab()
    listing = tab.diagnostics_panel
    wanted = "The step “Escalate to L2” has no way out: connect it to a next step or an end."
    qtbot.waitUntil(lambda: any(wanted in listing.item(i).text() for i in range(listing.count())))
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert not [t for t in texts if IDS.search(t)]
    assert listing.wordWrap() and listing.horizontalScrollBar().maximum() == 0  # long texts wrap
    row = next(i for i, t in enumerate(texts) if wanted in t)
    assert listing.item(row).toolTip() == wanted
    listing.scrollToItem(listing.item(row))
    rect = listing.visualItemRect(listing.item(row))
    QTest.mouseClick(
        listing.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )
    assert tab.editor.scene.selected_ids() == ["fix"]
    assert panel(window).title.text() == "Step · Escalate to L2"
    (badge,) = [b for b in tab.overlay.badges() if b.parentItem() is tab.editor.scene.item_of("fix")]
    tip = badge.toolTip()
    assert wanted in " ".join(tip.split("\n")) and max(len(line) for line in tip.split("\n")) <= 80


def test_every_branch_edit_redo_undo_redo_gives_the_same_document(qtbot):
    from canvaskit import dump, small_document

    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.canvas.properties.dock import PropertiesDock

    editor = CanvasEditor(small_document())
    qtbot.addWidget(editor.view)
    dock = PropertiesDock(editor)
    qtbot.addWidget(dock)
    editor.scene.select_ids(["dec"])
    stack, doc = editor.undo_stack, editor.document
    edits = [
        lambda rows: rows[0].label.textEdited.emit("Known"),
        lambda rows: (rows[1].rule.setCurrentIndex(1), rows[1].rule.activated.emit(1)),
        lambda rows: rows[1].share.setValue(40),
        lambda rows: (rows[0].target.setCurrentIndex(0), rows[0].target.activated.emit(0)),
        lambda rows: rows[1].up.click(),  # a share is tried after a condition: no command
        lambda rows: rows[1].down.click(),  # nothing below the last: no command
    ]
    for edit in edits:
        before, count = dump(doc), stack.count()
        edit(dock.branches.rows)
        after = dump(doc)
        if stack.count() == count:
            assert after == before
            continue
        stack.undo()
        assert dump(doc) == before
        stack.redo()
        assert dump(doc) == after
    assert [e.id for e in doc.blueprint.edges if e.source == "dec"] == ["e3", "e4"]
    assert not dock.branches.rows[1].up.isEnabled()
    e3, e4 = doc.element("e3"), doc.element("e4")
    assert (e3.label, e3.target, e4.probability) == ("Known", "triage", 0.4)


def test_the_default_branch_is_listed_last_whatever_the_drawing_order(open_window):
    """Routing tries conditions, then shares, then the default: the list says it in that order."""
    bp = small_blueprint()
    e3 = next(e for e in bp.edges if e.id == "e3")
    edges = [e for e in bp.edges if e.id != "e3"] + [e3]  # the default "e4" drawn first
    window = open_window(bp.model_copy(update={"edges": edges}))
    click_node(window, "dec")
    rows = panel(window).branches.rows
    assert [r.key for r in rows] == ["e3", "e4"]
    assert not rows[1].up.isEnabled() and not rows[0].down.isEnabled()


def test_a_step_s_pool_picker_offers_a_pool_added_while_the_step_is_shown(qtbot):
    """Pools made in the Blueprint settings show in the picker of the step already selected."""
    from canvaskit import small_document

    from blueprint_studio.canvas.commands.settings import add_item
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.canvas.properties.dock import PropertiesDock
    from blueprint_studio.model.schema import Pool

    editor = CanvasEditor(small_document())
    qtbot.addWidget(editor.view)
    dock = PropertiesDock(editor)
    qtbot.addWidget(dock)
    editor.scene.select_ids(["triage"])
    picker = dock.fields["pool"].widget
    before = [picker.itemText(i) for i in range(picker.count())]
    assert "Level 3" not in before
    editor.push(add_item(editor.document, Pool(id="pool_l3", name="Level 3", agents=2), "Add pool"))
    picker = dock.fields["pool"].widget
    assert "Level 3" in [picker.itemText(i) for i in range(picker.count())]
    editor.undo_stack.undo()
    picker = dock.fields["pool"].widget
    assert "Level 3" not in [picker.itemText(i) for i in range(picker.count())]


def test_a_branch_condition_is_picked_from_lists_in_the_branch_list(open_window):
    """Each conditional branch has the condition builder: a value picked by keys rewrites the
    condition (one undo step), its words follow, and Edit › Undo puts it back."""
    from PySide6.QtWidgets import QComboBox

    window = open_window(small_blueprint())
    tab = window.current_tab()
    click_node(window, "dec")
    row = panel(window).branches.rows[0]
    assert row.builder.isVisibleTo(row)
    value = next(
        c
        for c in row.builder.findChildren(QComboBox)
        if c.isVisibleTo(row.builder)
        and c.objectName() not in ("condition_join", "condition_field", "condition_operator")
    )
    assert [value.itemText(i) for i in range(value.count())] == ["support", "feature"]
    value.setFocus()
    QTest.keyClick(value, Qt.Key.Key_Down)
    assert tab.document.element("e3").condition == 'category == "feature"'
    assert "feature" in panel(window).branches.rows[0].words.text().lower()
    edit_undo(window)
    assert tab.document.element("e3").condition == 'category == "support"'


def test_an_intake_gets_its_own_shares_of_a_field_in_the_panel(open_window):
    """An intake's own shares: added with a click (the field's overall shares to start from),
    a value's share typed, each edit undone through Edit › Undo; values by their words."""
    from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QPushButton

    window = open_window(small_blueprint())
    tab = window.current_tab()
    click_node(window, "in")
    editor = panel(window).fields["field_shares"].widget
    add = editor.findChild(QPushButton, "add_row")
    QTest.mouseClick(add, Qt.MouseButton.LeftButton)
    assert tab.document.element("in").field_shares == {"category": {"support": 50.0, "feature": 50.0}}
    editor = panel(window).fields["field_shares"].widget
    labels = [w.text() for w in editor.findChildren(QLabel) if w.isVisibleTo(editor)]
    assert "support" in labels and "feature" in labels
    boxes = [b for b in editor.findChildren(QDoubleSpinBox, "share_box") if b.isVisibleTo(editor)]
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    boxes[1].setFocus()
    QTest.keyClick(boxes[1], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(boxes[1], "20")
    assert tab.document.element("in").field_shares == {"category": {"support": 50.0, "feature": 20.0}}
    edit_undo(window)
    assert tab.document.element("in").field_shares == {"category": {"support": 50.0, "feature": 50.0}}
    edit_undo(window)
    assert tab.document.element("in").field_shares == {}


def test_a_link_s_condition_builder_fits_the_panel_in_french(qtbot):
    """In French (« Tickets remplissant » « toutes ces conditions ») the builder's lines are
    stacked: the form is no wider than the panel's default width and the value shows whole."""
    from canvaskit import small_document

    from blueprint_studio.app.shell import i18n
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.canvas.properties.dock import PropertiesDock

    i18n.install("fr")
    try:
        editor = CanvasEditor(small_document())
        qtbot.addWidget(editor.view)
        dock = PropertiesDock(editor)
        qtbot.addWidget(dock)
        dock.resize(360, 700)
        dock.show()
        editor.scene.select_ids(["e3"])
        qtbot.waitUntil(lambda: dock.fields["condition"].builder is not None)
        qtbot.wait(50)
        assert dock.form_host.minimumSizeHint().width() <= 336
        builder = dock.fields["condition"].builder
        assert builder.stacked
    finally:
        i18n.install("en")
