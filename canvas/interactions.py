"""Modal gestures, one class each: move nodes, resize a node, resize or reorder a lane or stage,
place a node from the palette. Each previews on items and pushes one command when it ends;
Escape (`cancel`) puts the items back from the document. None edits the document directly.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSceneMouseEvent

from blueprint_studio.canvas import commands
from blueprint_studio.canvas.editor_host import EditorHost
from blueprint_studio.canvas.geometry import band_at, clamp_into, lane_bands, nearest_band, snap, stage_bands
from blueprint_studio.model.document import validated_copy
from blueprint_studio.model.style import NODE_MIN_HEIGHT, NODE_MIN_WIDTH, SELECTION

DRAG_THRESHOLD = 4.0


class Interaction:
    """A gesture in progress; the editor forwards mouse events until `finish` or `cancel`."""

    def __init__(self, editor: EditorHost, start: QPointF) -> None:
        self.editor = editor
        self.scene = editor.scene
        self.document = editor.document
        self.start = QPointF(start)

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        pass

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.finish()

    def cancel(self) -> None:
        self.cleanup()
        self.editor.end_interaction(self)

    def finish(self) -> None:
        self.cleanup()
        self.editor.end_interaction(self)

    def cleanup(self) -> None:
        pass

    def moved_enough(self, pos: QPointF) -> bool:
        return (pos - self.start).manhattanLength() >= DRAG_THRESHOLD


def _guide(scene: Any, line: QLineF) -> QGraphicsLineItem:
    item = QGraphicsLineItem(line)
    pen = QPen(QColor(SELECTION), 2, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    item.setPen(pen)
    item.setZValue(100)
    scene.addItem(item)
    return item


class MoveNodesInteraction(Interaction):
    """Drag the selected nodes; snaps to the grid and, on release, into the lane under each."""

    def __init__(self, editor: EditorHost, start: QPointF, node_ids: list[str]) -> None:
        super().__init__(editor, start)
        self.origins = {k: QPointF(self.document.element(k).x, self.document.element(k).y) for k in node_ids}
        self.delta = QPointF()

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        raw = event.scenePos() - self.start
        if not self.moved_enough(event.scenePos()) and self.delta.isNull():
            return
        self.delta = QPointF(snap(raw.x()), snap(raw.y()))
        for key, (x, y) in self.targets().items():
            self.scene.nodes[key].setPos(x, y)
        for key in self.origins:
            self.scene.route_edges_of(key)

    def finish(self) -> None:
        self.editor.end_interaction(self)
        if not self.delta.isNull():
            targets = self.targets()
            self.cleanup()  # the command puts the items where the document says
            self.editor.submit(lambda: commands.move_nodes(self.document, targets))

    def targets(self) -> dict[str, tuple[float, float]]:
        """Final corners: moved by the snapped delta, then kept inside the lane under the centre
        and inside the stage column under it (stage edges snap like lane bounds)."""
        bp = self.document.blueprint
        lanes, stages = lane_bands(bp.lanes), stage_bands(bp.stages)
        result = {}
        for key, origin in self.origins.items():
            node = self.document.element(key)
            x, y = origin.x() + self.delta.x(), origin.y() + self.delta.y()
            band = nearest_band(lanes, y + node.height / 2)
            if band is not None:
                y = clamp_into(y, node.height, band)
            column = band_at(stages, x + node.width / 2)
            if column is not None:
                x = clamp_into(x, node.width, column)
            result[key] = (x, y)
        return result

    def cleanup(self) -> None:
        for key, origin in self.origins.items():
            if key in self.scene.nodes:
                self.scene.nodes[key].setPos(origin)
                self.scene.route_edges_of(key)


class ResizeNodeInteraction(Interaction):
    def __init__(self, editor: EditorHost, start: QPointF, node_id: str) -> None:
        super().__init__(editor, start)
        self.node_id = node_id
        self.original = self.document.element(node_id)
        self.size = (self.original.width, self.original.height)

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        d = event.scenePos() - self.start
        size = (
            max(NODE_MIN_WIDTH, snap(self.original.width + d.x())),
            max(NODE_MIN_HEIGHT, snap(self.original.height + d.y())),
        )
        if size == self.size:  # the snapped size did not change: nothing to check or redraw
            return
        self.size = size
        try:
            preview = validated_copy(self.original, width=self.size[0], height=self.size[1])
        except ValidationError:  # beyond the schema's bounds: the preview stops growing
            return
        self.scene.nodes[self.node_id].set_element(preview)
        self.scene.route_edges_of(self.node_id)

    def finish(self) -> None:
        self.cleanup()
        if self.size != (self.original.width, self.original.height):
            self.editor.submit(
                lambda: commands.update_element(
                    self.document,
                    self.node_id,
                    commands.tr("Resize"),
                    width=self.size[0],
                    height=self.size[1],
                )
            )
        self.editor.end_interaction(self)

    def cleanup(self) -> None:
        if self.node_id in self.scene.nodes:
            self.scene.nodes[self.node_id].set_element(self.document.element(self.node_id))
            self.scene.route_edges_of(self.node_id)


class ResizeBandInteraction(Interaction):
    """Drag the lower border of a lane or the right border of a stage; a guide shows the border."""

    def __init__(self, editor: EditorHost, start: QPointF, key: str) -> None:
        super().__init__(editor, start)
        self.key = key
        self.is_lane = self.document.find(key, "lanes") is not None
        element = self.document.element(key)
        self.original = element.height if self.is_lane else element.width
        self.size = self.original
        bands = (
            lane_bands(self.document.blueprint.lanes)
            if self.is_lane
            else stage_bands(self.document.blueprint.stages)
        )
        self.band = next(b for b in bands if b.id == key)
        self.guide = _guide(self.scene, self._line())

    def _line(self) -> QLineF:
        edge = self.band.start + self.size
        if self.is_lane:
            return QLineF(-200, edge, self.scene.extent, edge)
        depth = sum(lane.height for lane in self.document.blueprint.lanes)
        return QLineF(edge, -40, edge, max(depth, 40))

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        d = event.scenePos() - self.start
        change = d.y() if self.is_lane else d.x()
        self.size = max(40.0, snap(self.original + change))
        self.guide.setLine(self._line())

    def finish(self) -> None:
        self.cleanup()
        if self.size != self.original:
            self.editor.submit(lambda: commands.resize_band(self.document, self.key, self.size))
        self.editor.end_interaction(self)

    def cleanup(self) -> None:
        if self.guide.scene() is not None:
            self.scene.removeItem(self.guide)


class ReorderBandInteraction(Interaction):
    """Drag a lane or stage header to a new place; a guide shows where it will go."""

    def __init__(self, editor: EditorHost, start: QPointF, key: str) -> None:
        super().__init__(editor, start)
        self.key = key
        self.is_lane = self.document.find(key, "lanes") is not None
        self.index = self.document.find(key).index
        self.guide = None

    def target_index(self, pos: QPointF) -> int:
        bp = self.document.blueprint
        bands = lane_bands(bp.lanes) if self.is_lane else stage_bands(bp.stages)
        value = pos.y() if self.is_lane else pos.x()
        slot = sum(1 for b in bands if value > b.start + b.size / 2)  # boundary index 0..n
        current = self.document.find(self.key).index
        return slot - 1 if slot > current else slot

    def _boundary(self, pos: QPointF) -> float:
        bp = self.document.blueprint
        bands = lane_bands(bp.lanes) if self.is_lane else stage_bands(bp.stages)
        value = pos.y() if self.is_lane else pos.x()
        slot = sum(1 for b in bands if value > b.start + b.size / 2)
        return bands[slot].start if slot < len(bands) else bands[-1].end

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        if not self.moved_enough(pos) and self.guide is None:
            return
        edge = self._boundary(pos)
        depth = sum(lane.height for lane in self.document.blueprint.lanes)
        line = (
            QLineF(-150, edge, self.scene.extent, edge)
            if self.is_lane
            else QLineF(edge, -40, edge, max(depth, 40))
        )
        if self.guide is None:
            self.guide = _guide(self.scene, line)
        self.guide.setLine(line)
        self.index = self.target_index(pos)

    def finish(self) -> None:
        self.cleanup()
        if self.guide is not None and self.index != self.document.find(self.key).index:
            self.editor.submit(lambda: commands.reorder_band(self.document, self.key, self.index))
        self.editor.end_interaction(self)

    def cleanup(self) -> None:
        if self.guide is not None and self.guide.scene() is not None:
            self.scene.removeItem(self.guide)


class PlaceNodeInteraction(Interaction):
    """After picking a kind in the palette: the next click on the canvas places it there."""

    def __init__(self, editor: EditorHost, kind: str) -> None:
        super().__init__(editor, QPointF())
        self.kind = kind
        self.editor.view.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        self.cleanup()
        self.editor.end_interaction(self)
        self.editor.add_node(self.kind, event.scenePos())

    def cleanup(self) -> None:
        self.editor.view.viewport().unsetCursor()
