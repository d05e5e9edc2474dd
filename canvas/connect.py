"""Gestures on edges: `NewEdgeInteraction` (drag from a node's handle to another node) and
`ReattachEdgeInteraction` (drag an end of a selected edge to another node). The target is any node
whose rectangle is under the pointer (or within a few screen pixels of it). Both ask the editor
whether the edge would be valid and push one command; neither edits the document directly.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSceneMouseEvent

from blueprint_studio.canvas import commands
from blueprint_studio.canvas.editor_host import EditorHost
from blueprint_studio.canvas.interactions import DRAG_THRESHOLD, Interaction
from blueprint_studio.canvas.items.node import NodeItem
from blueprint_studio.model.style import SELECTION

DROP_SLACK_PX = 4.0  # a release this close outside a node's rectangle (screen pixels) still lands on it


def drop_target(editor: EditorHost, pos: QPointF, exclude: str) -> NodeItem | None:
    """The node a release at `pos` connects to: the topmost one whose rectangle holds `pos`, its
    whole rectangle whatever its outline (a diamond's corners count), else the topmost one
    within `DROP_SLACK_PX` of it. Never the node `exclude`."""
    slack = DROP_SLACK_PX / max(editor.view.zoom(), 1e-6)
    area = QRectF(pos.x() - slack, pos.y() - slack, 2 * slack, 2 * slack)
    near: NodeItem | None = None
    for item in editor.scene.items(area, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
        if not isinstance(item, NodeItem) or item.node_id == exclude:
            continue
        rect = item.scene_rect()
        if rect.contains(pos):
            return item
        if near is None and rect.adjusted(-slack, -slack, slack, slack).contains(pos):
            near = item
    return near


class _RubberEdge(Interaction):
    def __init__(self, editor: EditorHost, start: QPointF) -> None:
        super().__init__(editor, start)
        self.line = QGraphicsLineItem(QLineF(start, start))
        pen = QPen(QColor(SELECTION), 1.6, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.line.setPen(pen)
        self.line.setZValue(100)
        self.scene.addItem(self.line)
        self.hover: NodeItem | None = None

    def _track(self, pos: QPointF, exclude: str) -> None:
        self.line.setLine(QLineF(self.line.line().p1(), pos))
        target = drop_target(self.editor, pos, exclude)
        if target is not self.hover:
            if self.hover is not None:
                self.hover.hovered = False
                self.hover.update()
            self.hover = target
            if target is not None:
                target.hovered = True
                target.update()

    def cleanup(self) -> None:
        if self.line.scene() is not None:
            self.scene.removeItem(self.line)
        if self.hover is not None:
            self.hover.hovered = False
            self.hover.update()


class NewEdgeInteraction(_RubberEdge):
    """A drag from a handle of `source`. A click that never became a drag connects nothing; it
    does what a click at that point would have done without the handle (`on_click`), since the
    handle's hit area reaches over edges and the empty canvas around the node."""

    def __init__(
        self,
        editor: EditorHost,
        start: QPointF,
        source: str,
        on_click: Callable[[QGraphicsSceneMouseEvent], None] | None = None,
    ) -> None:
        super().__init__(editor, start)
        self.source = source
        self.on_click = on_click
        self.dragged = False

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        self._note_travel(event.scenePos())
        self._track(event.scenePos(), self.source)

    def _note_travel(self, pos: QPointF) -> None:
        if not self.dragged:  # the threshold is in screen pixels, whatever the zoom
            self.dragged = (pos - self.start).manhattanLength() * self.editor.view.zoom() >= DRAG_THRESHOLD

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        self._note_travel(pos)
        target = drop_target(self.editor, pos, self.source)
        self.cleanup()
        self.editor.end_interaction(self)
        if not self.dragged:
            if self.on_click is not None:
                self.on_click(event)
        elif target is not None:
            self.editor.connect_nodes(self.source, target.node_id)


class ReattachEdgeInteraction(_RubberEdge):
    def __init__(self, editor: EditorHost, start: QPointF, edge_id: str, end: str) -> None:
        edge = editor.document.element(edge_id)
        item = editor.scene.edges[edge_id]
        fixed = item.points[0] if end == "target" else item.points[-1]
        super().__init__(editor, fixed)
        self.edge_id = edge_id
        self.end = end
        self.fixed_node = edge.source if end == "target" else edge.target
        self.line.setLine(QLineF(fixed, start))

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        self._track(event.scenePos(), self.fixed_node)

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        target = drop_target(self.editor, event.scenePos(), self.fixed_node)
        self.cleanup()
        self.editor.end_interaction(self)
        if target is None:
            return
        edge = self.document.element(self.edge_id)
        source, dest = (
            (edge.source, target.node_id) if self.end == "target" else (target.node_id, edge.target)
        )
        if (source, dest) == (edge.source, edge.target):
            return
        problem = self.editor.edge_problem(edge.kind, source, dest, ignore=self.edge_id)
        if problem:
            self.editor.status(problem)
            return
        self.editor.submit(
            lambda: commands.update_element(
                self.document, self.edge_id, commands.tr("Reattach edge"), source=source, target=dest
            )
        )
