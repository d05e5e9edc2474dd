"""Gestures on edges: `NewEdgeInteraction` (drag from a node's handle to another node) and
`ReattachEdgeInteraction` (drag an end of a selected edge to another node). Both ask the editor
whether the edge would be valid and push one command; neither edits the document directly.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSceneMouseEvent

from blueprint_studio.canvas import commands
from blueprint_studio.canvas.editor_host import EditorHost
from blueprint_studio.canvas.interactions import Interaction
from blueprint_studio.canvas.items.node import NodeItem
from blueprint_studio.model.style import SELECTION


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
        target = self.scene.node_at(pos, exclude=exclude)
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
    def __init__(self, editor: EditorHost, start: QPointF, source: str) -> None:
        super().__init__(editor, start)
        self.source = source

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        self._track(event.scenePos(), self.source)

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        target = self.scene.node_at(event.scenePos(), exclude=self.source)
        self.cleanup()
        self.editor.end_interaction(self)
        if target is not None:
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
        target = self.scene.node_at(event.scenePos(), exclude=self.fixed_node)
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
