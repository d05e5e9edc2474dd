"""Helpers for canvas tests: a small service blueprint, document dumps, and real mouse gestures
on a view's viewport at mapped scene points."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import dumps
from blueprint_studio.model.schema import (
    Blueprint,
    DecisionNode,
    Edge,
    EndNode,
    EvidenceNode,
    IntakeNode,
    Lane,
    Meta,
    Pool,
    Stage,
    StepNode,
    TicketField,
)


def small_blueprint() -> Blueprint:
    """Three lanes (customer 0-160, frontstage 160-320, backstage 320-480), two stages."""
    lanes = [
        Lane(id="cust", kind="customer", title="Customer", height=160),
        Lane(id="front", kind="frontstage", title="Frontstage", height=160, pool=Pool(id="agents", agents=2)),
        Lane(id="back", kind="backstage", title="Backstage", height=160),
    ]
    nodes = [
        IntakeNode(id="in", title="E-mail", lane="cust", x=40, y=50, width=140, height=60),
        StepNode(id="triage", title="Triage", lane="front", x=260, y=205, width=150, height=70),
        DecisionNode(id="dec", title="Known?", lane="front", x=480, y=200, width=130, height=80),
        StepNode(id="fix", title="Fix", lane="back", x=700, y=365, width=150, height=70),
        EndNode(id="done", title="Done", lane="front", x=900, y=210, width=120, height=56),
        EvidenceNode(id="mail", title="Confirmation", lane="back", x=260, y=370),
    ]
    edges = [
        Edge(id="e1", source="in", target="triage"),
        Edge(id="e2", source="triage", target="dec"),
        Edge(id="e3", source="dec", target="fix", condition='category == "support"'),
        Edge(id="e4", source="dec", target="done", default=True),
        Edge(id="e5", source="fix", target="done"),
        Edge(id="a1", kind="association", source="mail", target="triage"),
    ]
    return Blueprint(
        meta=Meta(title="Small"),
        lanes=lanes,
        nodes=nodes,
        edges=edges,
        stages=[Stage(id="s1", title="Contact", width=450), Stage(id="s2", title="Resolution", width=650)],
        fields=[TicketField(name="category", values=["support", "feature"])],
    )


def small_document() -> Document:
    return Document(small_blueprint())


def dump(doc: Document) -> bytes:
    return dumps(doc.blueprint)


def assert_round_trip(stack, doc: Document, command) -> None:
    """Push `command`; redo -> undo -> redo must give identical dumps."""
    before = dump(doc)
    stack.push(command)
    after = dump(doc)
    stack.undo()
    assert dump(doc) == before
    stack.redo()
    assert dump(doc) == after


def vp(view, scene_point: QPointF | tuple[float, float]) -> QPoint:
    point = QPointF(*scene_point) if isinstance(scene_point, tuple) else scene_point
    return view.mapFromScene(point)


def drag(
    view, start, end, steps: int = 6, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press at `start`, move in `steps`, release at `end` (scene coordinates)."""
    viewport = view.viewport()
    a, b = vp(view, start), vp(view, end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifiers, a)
    for i in range(1, steps + 1):
        p = QPoint(a.x() + (b.x() - a.x()) * i // steps, a.y() + (b.y() - a.y()) * i // steps)
        QTest.mouseMove(viewport, p)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifiers, b)


def click(view, point, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers, vp(view, point))


def scene_in_sync(scene, doc: Document) -> None:
    """Every node and edge of the document has an item where the document says."""
    bp = doc.blueprint
    assert set(scene.nodes) == {n.id for n in bp.nodes}
    assert set(scene.edges) == {e.id for e in bp.edges}
    assert list(scene.lanes) == [lane.id for lane in bp.lanes] or set(scene.lanes) == {l.id for l in bp.lanes}
    for n in bp.nodes:
        item = scene.nodes[n.id]
        assert (item.pos().x(), item.pos().y()) == (n.x, n.y)
        assert item.element == n
    for e in bp.edges:
        assert scene.edges[e.id].element == e


@pytest.fixture
def dock(qtbot):
    """A properties dock on an editor of `small_document()`."""
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.canvas.properties.dock import PropertiesDock

    editor = CanvasEditor(small_document())
    qtbot.addWidget(editor.view)
    panel = PropertiesDock(editor)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def select(dock, key):
    """Select one element on the dock's canvas; returns it."""
    dock.editor.scene.select_ids([key])
    return dock.document.element(key)


def shown_editor(qtbot, width: int = 1500, height: int = 900, focus: bool = True):
    """An editor of `small_document()` in a shown view at 100 %, centred on the first lanes."""
    from blueprint_studio.canvas.editor import CanvasEditor

    ed = CanvasEditor(small_document())
    qtbot.addWidget(ed.view)
    ed.view.resize(width, height)
    ed.view.show()
    qtbot.waitExposed(ed.view)
    ed.view.zoom_reset()
    ed.view.centerOn(QPointF(450, 220))
    if focus:
        ed.view.setFocus()
    return ed
