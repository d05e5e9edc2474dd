"""The walkthrough on the canvas: the current node haloed, the path so far drawn and numbered, the
next choices marked. Items added to the scene beside the document's: never undoable, removed cleanly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from blueprint_studio.canvas.items.shapes import outline
from blueprint_studio.canvas.routing import rounded_path
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.model.style import node_style

if TYPE_CHECKING:  # types only: the stepper loads with the first walkthrough, not at start
    from blueprint_studio.model.walkthrough.views import ChoiceView, PathEntry, StepView

CURRENT = "#ff6f00"  # amber halo of the current node
PATH = "#ffa000"  # the way the ticket came
NEXT = "#2e7d32"  # a choice that is offered
BLOCKED = "#9e9e9e"  # a choice whose before-guard does not hold
Z_PATH, Z_HALO, Z_BADGE = 6.0, 9.0, 52.0  # edges sit at 5, nodes at 10, diagnostics badges at 50


def _passive(item: QGraphicsItem, z: float) -> QGraphicsItem:
    """Overlay items take no clicks and no selection: gestures go through to the canvas."""
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    item.setAcceptHoverEvents(False)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
    item.setZValue(z)
    return item


class NumberBadge(QGraphicsItem):
    """A round badge with a number ("3", "2·5" for a node visited twice, or a choice's key)."""

    def __init__(self, text: str, colour: str, filled: bool = True) -> None:
        super().__init__()
        self.text, self.colour, self.filled = text, colour, filled
        self.font = QFont()
        self.font.setBold(True)
        self.font.setPixelSize(12)
        width = QFontMetricsF(self.font).horizontalAdvance(text) + 10
        self.rect = QRectF(-max(width, 20) / 2, -10, max(width, 20), 20)
        _passive(self, Z_BADGE)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.rect.adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colour = QColor(self.colour)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour if not self.filled else QColor("#ffffff"), 1.5))
        painter.setBrush(QBrush(colour if self.filled else QColor("#ffffff")))
        painter.drawRoundedRect(self.rect, 10, 10)
        painter.setFont(self.font)
        painter.setPen(QColor("#ffffff") if self.filled else colour)
        painter.drawText(self.rect, int(Qt.AlignmentFlag.AlignCenter), self.text)


class WalkthroughOverlay(QObject):
    """Draws one walkthrough state over a `BlueprintScene`; redraws itself when the scene changes."""

    def __init__(self, scene: BlueprintScene, parent: QObject | None = None) -> None:
        super().__init__(parent or scene)
        self.scene = scene
        self.items: list[QGraphicsItem] = []
        self.current_id: str | None = None
        self.path_ids: list[str] = []
        self.next_ids: list[str] = []
        self._halo: QGraphicsItem | None = None
        self._state: tuple[tuple[PathEntry, ...], StepView, int | None] | None = None
        scene.sig_changed.connect(self._redraw)
        scene.sig_rebuilt.connect(self._redraw)

    # ------------------------------------------------------------ public
    def show_step(self, path: Sequence[PathEntry], view: StepView, highlight: int | None = None) -> None:
        """`path`: the history up to the current node; `highlight`: the index of the choice
        to mark strongly (the way on), None to mark all alike (a quiz)."""
        self._state = (tuple(path), view, highlight)
        self._draw()

    def clear(self) -> None:
        """Remove every overlay item; the document and the undo stack are untouched."""
        self._state = None
        self._remove_items()
        self.current_id, self.path_ids, self.next_ids = None, [], []

    def close(self) -> None:
        self.clear()
        for signal in (self.scene.sig_changed, self.scene.sig_rebuilt):
            try:
                signal.disconnect(self._redraw)
            except (RuntimeError, TypeError):
                pass

    def item_for(self, node_id: str) -> QGraphicsItem | None:
        """The halo drawn around `node_id` if it is the current node (tests, presenter)."""
        return self._halo if self.current_id == node_id else None

    # ------------------------------------------------------------ drawing
    def _redraw(self, *_: object) -> None:
        if self._state is not None:
            self._draw()

    def _remove_items(self) -> None:
        for item in self.items:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self.items = []
        self._halo: QGraphicsItem | None = None

    def _add(self, item: QGraphicsItem) -> QGraphicsItem:
        self.scene.addItem(item)
        self.items.append(item)
        return item

    def _draw(self) -> None:
        self._remove_items()
        assert self._state is not None
        path, view, highlight = self._state
        self.path_ids = [p.node_id for p in path]
        self.current_id = view.node_id
        self._draw_path(path)
        self._draw_choices(view, highlight)
        self._halo = self._outline(view.node_id, CURRENT, 9.0, Qt.PenStyle.SolidLine)
        self._number_path(path)

    def _outline(self, node_id: str, colour: str, width: float, style: Qt.PenStyle) -> QGraphicsItem | None:
        node = self.scene.nodes.get(node_id)
        if node is None:
            return None
        element = node.element
        shape = outline(node_style(element.kind).shape, QRectF(0, 0, element.width, element.height))
        item = QGraphicsPathItem(shape)
        pen = QPen(QColor(colour), width, style)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        item.setPen(pen)
        item.setBrush(Qt.BrushStyle.NoBrush)
        item.setPos(node.pos())
        return self._add(_passive(item, Z_HALO))

    def _edge_path(self, source: str, target: str, via: str | None) -> QPainterPath | None:
        edge = self.scene.edges.get(via) if via else None
        if edge is not None and edge.points and edge.isVisible():
            return rounded_path(edge.points)
        a, b = self.scene.nodes.get(source), self.scene.nodes.get(target)
        if a is None or b is None:
            return None
        line = QPainterPath(a.scene_rect().center())  # a timeout or an escalation: no edge
        line.lineTo(b.scene_rect().center())
        return line

    def _stroke(
        self, shape: QPainterPath, colour: str, width: float, style: Qt.PenStyle, alpha: int = 255
    ) -> None:
        item = QGraphicsPathItem(shape)
        tint = QColor(colour)
        tint.setAlpha(alpha)
        pen = QPen(tint, width, style)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        item.setPen(pen)
        self._add(_passive(item, Z_PATH))

    def _draw_path(self, path: Sequence[PathEntry]) -> None:
        for before, entry in zip(path, path[1:]):
            shape = self._edge_path(before.node_id, entry.node_id, entry.via)
            if shape is not None:
                solid = entry.via is None or entry.via in self.scene.edges
                self._stroke(shape, PATH, 6.0, Qt.PenStyle.SolidLine if solid else Qt.PenStyle.DashLine, 170)
        for entry in path[:-1]:
            self._outline(entry.node_id, PATH, 4.0, Qt.PenStyle.SolidLine)

    def _number_path(self, path: Sequence[PathEntry]) -> None:
        numbers: dict[str, list[int]] = {}
        for n, entry in enumerate(path, start=1):
            numbers.setdefault(entry.node_id, []).append(n)
        for node_id, ns in numbers.items():
            node = self.scene.nodes.get(node_id)
            if node is None:
                continue
            text = "·".join(str(n) for n in ns[-3:])
            colour = CURRENT if node_id == self.current_id else PATH
            badge = self._add(NumberBadge(text, colour))
            badge.setPos(node.scene_rect().topLeft() + QPointF(4, -2))

    def _draw_choices(self, view: StepView, highlight: int | None) -> None:
        self.next_ids = []
        for choice in view.choices:
            self.next_ids.append(choice.target_id)
            colour = NEXT if choice.offered else BLOCKED
            shape = self._edge_path(
                view.node_id, choice.target_id, choice.key if choice.key in self.scene.edges else None
            )
            strong = choice.index == highlight
            if shape is not None:
                self._stroke(shape, colour, 5.0 if strong else 3.0, Qt.PenStyle.DashLine, 200)
            if choice.target_id != view.node_id:
                self._outline(choice.target_id, colour, 5.0 if strong else 3.0, Qt.PenStyle.DashLine)
            self._choice_badge(choice, colour)

    def _choice_badge(self, choice: ChoiceView, colour: str) -> None:
        node = self.scene.nodes.get(choice.target_id)
        if node is None:
            return
        badge = self._add(NumberBadge(str(choice.index + 1), colour, filled=False))
        # Stack the keys of several choices leading to the same node instead of overlapping them.
        taken = sum(
            1
            for i in self.items
            if isinstance(i, NumberBadge)
            and not i.filled
            and i is not badge
            and i.data(0) == choice.target_id
        )
        badge.setData(0, choice.target_id)
        badge.setPos(node.scene_rect().topRight() + QPointF(-10 - 24 * taken, -2))
