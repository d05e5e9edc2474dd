"""The process designer's journey, driven as a person does it: from a blank document in the main
window, the help-desk flow of seed 000 drawn in lanes with the keyboard and the mouse (Insert ›
kind, Connect to…, clicks on the canvas, typing in the properties panel), its diagnostics fixed,
saved with File › Save As, reopened from File › Open Recent, and simulated with Simulation › Run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio.app.shell import actions as ids
from blueprint_studio.model.fileformat import dumps, load
from blueprint_studio.model.schema import NODE_KINDS
from blueprint_studio.model.style import LANE_HEADER_WIDTH

CTRL = Qt.KeyboardModifier.ControlModifier


class Designer:
    """The hands of the designer on one window: menus by their actions, the canvas by mouse and
    keys at the items' places, the properties panel by typing."""

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

    # ------------------------------------------------------------ finding things by name
    def node(self, title: str):
        found = [n for n in self.doc.blueprint.nodes if n.title == title]
        assert len(found) == 1, (title, [n.title for n in self.doc.blueprint.nodes])
        return found[0]

    def lane(self, title: str):
        return next(lane for lane in self.doc.blueprint.lanes if lane.title == title)

    def edge(self, source: str, target: str):
        a, b = self.node(source).id, self.node(target).id
        return next(e for e in self.doc.blueprint.edges if (e.source, e.target) == (a, b))

    # ------------------------------------------------------------ the canvas
    def click_scene(self, point: QPointF) -> None:
        view = self.tab.view
        view.ensureVisible(point.x() - 20, point.y() - 20, 40, 40)
        QTest.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            view.mapFromScene(point),
        )

    def click_node(self, title: str) -> None:
        node = self.node(title)
        self.click_scene(QPointF(node.x + node.width / 2, node.y + node.height / 2))
        assert self.tab.editor.scene.selected_ids() == [node.id]

    def click_lane(self, title: str) -> None:
        lane = self.lane(title)
        top = sum(other.height for other in self.doc.blueprint.lanes[: self.doc.find(lane.id).index])
        self.click_scene(QPointF(-LANE_HEADER_WIDTH / 2, top + lane.height / 2))
        assert self.tab.editor.scene.selected_ids() == [lane.id]

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

    def walk_to_link(self, source: str, target: str) -> None:
        """Select a node with the mouse, then its outgoing links with Alt+Right until the one to
        `target` is selected."""
        self.click_node(source)
        wanted = self.edge(source, target).id
        for _ in range(len(self.doc.blueprint.edges)):
            QTest.keyClick(self.tab.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
            if self.tab.editor.scene.selected_ids() == [wanted]:
                return
        raise AssertionError(f"no link from {source} to {target}")

    def type_keys(self, text: str) -> None:
        QTest.keyClicks(QApplication.focusWidget(), text)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    def insert(self, kind: str, name: str) -> None:
        """Insert › kind, then type the name (the new node is being renamed already)."""
        self.menu(f"insert_{kind}")
        assert QApplication.focusWidget() is self.tab.view
        self.type_keys(name)
        assert self.node(name).kind == kind

    def insert_from_palette(self, kind: str, name: str) -> None:
        """Ctrl+1 to the palette, arrows to the kind, Enter: inserted as by Insert › kind."""
        self.menu(ids.VIEW_FOCUS_PALETTE)
        palette = self.window.palette
        assert QApplication.focusWidget() is palette
        QTest.keyClick(palette, Qt.Key.Key_Home)
        for _ in range(NODE_KINDS.index(kind)):
            QTest.keyClick(palette, Qt.Key.Key_Down)
        QTest.keyClick(palette, Qt.Key.Key_Return)
        assert QApplication.focusWidget() is self.tab.view
        self.type_keys(name)
        assert self.node(name).kind == kind

    def connect_to(self, words: str) -> None:
        """Ctrl+K on the canvas, type part of the target's name, Enter."""
        QTest.keyClick(self.tab.view, Qt.Key.Key_K, CTRL)
        dialog = self.tab.editor.connect_dialog
        assert dialog is not None and dialog.isVisible()
        QTest.keyClicks(dialog.filter, words)
        QTest.keyClick(dialog.filter, Qt.Key.Key_Return)
        assert not dialog.isVisible()

    def rename_selected(self, name: str) -> None:
        QTest.keyClick(self.tab.view, Qt.Key.Key_F2)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
        self.type_keys(name)

    # ------------------------------------------------------------ the properties panel
    def field(self, name: str):
        fields = self.tab.properties.fields
        assert name in fields, (name, list(fields))
        return fields[name].widget

    def type_into(self, widget, text: str) -> None:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        QTest.keyClick(widget, Qt.Key.Key_A, CTRL)
        QTest.keyClicks(widget, text)

    def set_field(self, name: str, text: str) -> None:
        widget = self.field(name)
        assert isinstance(widget, QLineEdit), name
        self.type_into(widget, text)

    def tick(self, name: str) -> None:
        box = self.field(name)
        assert isinstance(box, QCheckBox) and not box.isChecked()
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert box.isChecked()

    def give_pool(self, lane: str, name: str, agents: int) -> None:
        """The lane's own pool: tick the group in the panel, name it, type the head count."""
        self.click_lane(lane)
        pool = self.field("pool")
        pool.group.setFocus()
        QTest.keyClick(pool.group, Qt.Key.Key_Space)
        assert pool.group.isChecked()
        self.type_into(pool.name, name)
        self.type_into(pool.agents, str(agents))
        assert self.lane(lane).pool.name == name and self.lane(lane).pool.agents == agents

    def diagnostics(self) -> list[str]:
        """What the Diagnostics panel lists now (after the debounced validation ran)."""
        self.tab.overlay.run()
        panel = self.tab.diagnostics_panel
        return [panel.item(row).text() for row in range(panel.count())]


def add_lane(d: Designer, kind: str, title: str | None = None) -> None:
    d.menu(f"canvas_add_lane_{kind}")
    if title:
        d.rename_selected(title)


def build_lanes(d: Designer) -> None:
    add_lane(d, "customer")
    add_lane(d, "frontstage", "Level 1")
    add_lane(d, "backstage", "Level 2")
    add_lane(d, "custom", "Product team")
    assert [lane.title for lane in d.doc.blueprint.lanes] == ["", "Level 1", "Level 2", "Product team"]


def build_support_path(d: Designer) -> None:
    """Intake in the customer lane; triage and the level-1 path in Level 1, a chain typed
    node after node (each insert is linked from the node before)."""
    customer = d.doc.blueprint.lanes[0]
    d.click_scene(QPointF(-LANE_HEADER_WIDTH / 2, customer.height / 2))
    d.insert("intake", "E-mail to support")
    d.set_field("rate_per_hour", "5")
    d.click_lane("Level 1")
    d.insert("decision", "Support or feature?")
    d.click_node("E-mail to support")
    d.connect_to("support or")
    d.click_node("Support or feature?")
    d.insert("step", "Qualify the request and acknowledge it")
    d.insert("decision", "Known issue?")
    d.insert("step", "Send the template response")
    d.click_node("Known issue?")
    d.insert("decision", "Complex issue?")
    d.insert("step", "Diagnose and resolve (level 1)")
    d.insert("satisfaction", "Customer satisfied?")
    d.insert("end", "Ticket resolved and closed")


def build_other_paths(d: Designer) -> None:
    """Level 2 and the product team, joined to the rest with Connect to…"""
    d.click_lane("Level 2")
    d.insert("step", "Handle the escalation (level 2)")
    d.connect_to("satisf")
    d.click_node("Complex issue?")
    d.connect_to("escalation")
    d.click_node("Send the template response")
    d.connect_to("satisf")
    d.click_node("Customer satisfied?")
    d.connect_to("diagnose")  # not satisfied: the ticket re-opens
    d.click_lane("Product team")
    d.insert("step", "Log the feature request")
    d.insert("step", "Review the request with the product team")
    d.insert_from_palette("roadmap", "Product roadmap")
    d.insert("step", "Tell the customer what happens next")
    d.insert("end", "Request passed to product")
    d.click_node("Support or feature?")
    d.connect_to("log the")


def set_branch_rules(d: Designer) -> None:
    """Branch probabilities, defaults and the satisfaction loop's condition, in the panel."""
    d.click_edge("Support or feature?", "Log the feature request")
    d.set_field("probability", "0.2")
    d.click_edge("Support or feature?", "Qualify the request and acknowledge it")
    d.set_field("probability", "0,8")  # a French decimal comma is fine too
    d.click_edge("Known issue?", "Send the template response")
    d.set_field("probability", "0.35")
    d.click_edge("Known issue?", "Complex issue?")
    d.set_field("probability", "0.65")
    d.click_edge("Complex issue?", "Handle the escalation (level 2)")
    d.set_field("probability", "0.15")
    d.click_edge("Complex issue?", "Diagnose and resolve (level 1)")
    d.tick("default")
    d.walk_to_link("Customer satisfied?", "Diagnose and resolve (level 1)")  # by keyboard
    d.set_field("condition", "not satisfied")
    d.set_field("label", "Not satisfied: reopened")
    d.walk_to_link("Customer satisfied?", "Ticket resolved and closed")
    d.tick("default")


def click_problem(d: Designer, words: str) -> str:
    """Click the first diagnostic that says `words`; returns the id the canvas selected."""
    panel = d.tab.diagnostics_panel
    row = next(r for r in range(panel.count()) if words in panel.item(r).text())
    QTest.mouseClick(
        panel.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        panel.visualItemRect(panel.item(row)).center(),
    )
    selected = d.tab.editor.scene.selected_ids()
    assert len(selected) == 1
    return selected[0]


def check_and_fix(d: Designer) -> None:
    """The diagnostics point at the steps without agents and the branches without rules; each
    fix makes its problems go, until there are none."""
    found = d.diagnostics()
    assert sum("no agent pool" in text for text in found) == 7
    assert sum("only the first one will ever be taken" in text for text in found) == 4
    steps = {n.id for n in d.doc.blueprint.nodes if n.kind == "step"}
    assert steps <= d.tab.overlay.badged and len(d.tab.overlay.badges()) >= len(steps)  # on the canvas
    step = d.doc.element(click_problem(d, "no agent pool"))
    assert step.kind == "step"
    lane = d.doc.element(step.lane).title
    d.give_pool(lane, f"{lane} support", 3)
    assert sum("no agent pool" in text for text in d.diagnostics()) < 7
    d.give_pool("Level 2", "Level 2 support", 2)
    d.give_pool("Product team", "Product team", 1)
    assert not any("no agent pool" in text for text in d.diagnostics())
    decision = d.doc.element(click_problem(d, "only the first one"))
    assert decision.kind in ("decision", "satisfaction")
    set_branch_rules(d)
    assert d.diagnostics() == ["No problems found."] and d.tab.overlay.badges() == []


def check_file(path: Path) -> None:
    """What the user gets on disk: the flow by names, its lanes, pools and rules."""
    bp = load(path)
    titles = {n.id: n.title for n in bp.nodes}
    assert len(bp.nodes) == 15 and len([e for e in bp.edges if e.kind == "flow"]) == 17
    assert [(lane.kind, lane.title) for lane in bp.lanes] == [
        ("customer", ""),
        ("frontstage", "Level 1"),
        ("backstage", "Level 2"),
        ("custom", "Product team"),
    ]
    assert [(lane.pool.name, lane.pool.agents) for lane in bp.lanes[1:]] == [
        ("Level 1 support", 3),
        ("Level 2 support", 2),
        ("Product team", 1),
    ]
    intake = next(n for n in bp.nodes if n.kind == "intake")
    assert intake.title == "E-mail to support" and intake.rate_per_hour == 5
    rules = {(titles[e.source], titles[e.target]): (e.probability, e.default, e.condition) for e in bp.edges}
    assert rules[("Support or feature?", "Log the feature request")] == (0.2, False, None)
    assert rules[("Support or feature?", "Qualify the request and acknowledge it")] == (0.8, False, None)
    assert rules[("Complex issue?", "Diagnose and resolve (level 1)")] == (None, True, None)
    assert rules[("Customer satisfied?", "Diagnose and resolve (level 1)")] == (None, False, "not satisfied")
    lanes = {lane.id: lane.title for lane in bp.lanes}
    assert {n.title: lanes[n.lane] for n in bp.nodes if lanes[n.lane] in ("Level 2", "Product team")} == {
        "Handle the escalation (level 2)": "Level 2",
        "Log the feature request": "Product team",
        "Review the request with the product team": "Product team",
        "Product roadmap": "Product team",
        "Tell the customer what happens next": "Product team",
        "Request passed to product": "Product team",
    }


@pytest.fixture
def designer(make_window, qtbot):
    window = make_window()
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    d = Designer(window, qtbot)
    d.menu(ids.FILE_NEW)
    assert d.doc.blueprint.nodes == [] and d.doc.blueprint.lanes == []
    d.tab.view.setFocus()
    return d


def test_the_designer_builds_checks_saves_reopens_and_simulates(designer, answers, tmp_path, qtbot):
    d = designer
    build_lanes(d)
    build_support_path(d)
    build_other_paths(d)
    check_and_fix(d)

    path = tmp_path / "help-desk.blueprint.json"
    answers.save_path.append(str(path))
    d.menu(ids.FILE_SAVE_AS)
    assert answers.asked == ["save_path"] and d.tab.path == path.resolve() and not d.tab.modified
    saved = dumps(d.doc.blueprint)
    check_file(path)

    d.menu(ids.FILE_CLOSE)
    assert all(tab.path != path.resolve() for tab in d.window.tabs())
    d.menu("file_recent_1")
    assert d.tab.path == path.resolve() and dumps(d.doc.blueprint) == saved
    d.menu(ids.VIEW_FOCUS_CANVAS)  # F6, then Tab along the flow
    for name in ("E-mail to support", "Support or feature?", "Qualify the request and acknowledge it"):
        QTest.keyClick(d.tab.view, Qt.Key.Key_Tab)
        assert d.tab.editor.scene.selected_ids() == [d.node(name).id]
        assert QApplication.focusWidget() is d.tab.view

    workspace = d.window.simulation
    with qtbot.waitSignal(workspace.worker.sig_finished, timeout=120_000):
        d.menu("simulation_run")
    record = workspace.results.record
    assert record is not None and workspace.results.isVisible()
    assert record.revision == d.doc.revision and record.result.summary["resolved"].mean > 0
    shown = [label.text() for label in workspace.results.findChildren(QLabel) if label.isVisible()]
    assert any("help-desk.blueprint.json" in text for text in shown)
    assert {
        "Utilisation: Level 1 support",
        "Utilisation: Level 2 support",
        "Utilisation: Product team",
    } <= set(shown)  # pools by their names
