"""`NodeItem`: one node drawn with its kind's shape, icon and wrapped title, plus the handles (one
in the middle of each side) that start an edge and the grip that resizes it. It shows its element;
it never edits the document.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from blueprint_studio.canvas import theme
from blueprint_studio.canvas.items.shapes import draw_icon, icon_anchor, outline, text_rect
from blueprint_studio.canvas.items.text import (
    FULL_MIN_PX,
    FittedText,
    fit_text,
    short_pixel_size,
    short_text,
    text_px,
)
from blueprint_studio.model.style import node_icon, node_style

HANDLE = 6.0  # radius of a drawn connection handle, just outside the middle of each side
HANDLE_GAP = 4.0  # between a side and its handle's circle
HANDLE_HIT_PX = 14.0  # a press this many screen pixels from a handle's centre grabs it, at any zoom
DETAIL_MIN_ZOOM = 0.3  # below it a node shows no icon, full title or handles (and handles grab nothing)
HANDLE_DEPTH = 0.25  # inside the node a handle reaches at most this share of the node across it
SIDES = ("right", "left", "top", "bottom")
SHORT_PAD = 3.0  # between a node's outline and its short (low-zoom) title
GRIP = 9.0  # side of the resize grip at the bottom-right corner
BOUNDS_MARGIN = 2 * HANDLE + 10  # around the outline: the handles on every side, with their pen
KIND_NAMES = {
    "intake": "Intake",
    "step": "Step",
    "decision": "Decision",
    "wait": "Wait for customer",
    "satisfaction": "Satisfaction survey",
    "roadmap": "Roadmap",
    "end": "End",
    "evidence": "Evidence",
    "note": "Note",
}


# A step done by the system or the customer is named so in its tooltip (its icon shows it too).
PERFORMER_NAMES = {"system": "Automated step", "customer": "Self-service step"}


def handle_hit_radius(scale: float) -> float:
    """How far from a handle's centre a press still grabs it, in scene units, at the view's `scale`."""
    return max(HANDLE + 3, HANDLE_HIT_PX / max(scale, 1e-6))


def handle_reach(scale: float) -> float:
    """How far outside a node a press may still grab one of its handles, in scene units."""
    return HANDLE_GAP + HANDLE + handle_hit_radius(scale)


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("Canvas", KIND_NAMES.get(kind, kind))


FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable


@lru_cache(maxsize=512)
def _geometry(kind: str, width: float, height: float) -> tuple[QRectF, QPainterPath, QRectF, QRectF]:
    """A node's rectangle, outline, bounds (with room for the handles) and title box
    (`shapes.text_rect`), at the origin: made once per kind and size (nodes of a kind share a
    size), never changed in place by the items that share them."""
    rect = QRectF(0, 0, width, height)
    shape = node_style(kind).shape
    margin = BOUNDS_MARGIN
    return rect, outline(shape, rect), rect.adjusted(-margin, -margin, margin, margin), text_rect(shape, rect)


class NodeItem(QGraphicsItem):
    """A node at its document position. Whoever moves it re-routes its edges (the scene's
    `route_edges_of`): no `itemChange` hook, which would cost a Python call per item change."""

    hovered = False
    element: Any = None
    _shape: QPainterPath | None = None  # made when a hit test first asks (`shape`)

    def __init__(self, node: Any) -> None:
        super().__init__()
        self.node_id: str = node.id
        self.setFlags(FLAGS)
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self.set_element(node)

    # ------------------------------------------------------------ state
    def set_element(self, node: Any) -> None:
        old = self.element
        self.element = node
        if old is None or (old.width, old.height, old.kind) != (node.width, node.height, node.kind):
            if old is not None:
                self.prepareGeometryChange()
            # The node's rectangle, outline, bounds and title box at the origin, shared by the nodes
            # of one kind and size: read, never changed in place.
            size = (node.kind, node.width, node.height)
            self._rect, self._path, self._bounds, self._title_box = _geometry(*size)
            self._shape = None
        if old is None or (old.x, old.y) != (node.x, node.y):
            self.setPos(node.x, node.y)
        performer = PERFORMER_NAMES.get(getattr(node, "performer", "agent")) if node.kind == "step" else None
        kind = QCoreApplication.translate("Canvas", performer) if performer else kind_name(node.kind)
        self.setToolTip(f"{kind}: {node.title or node.id}")  # who does a step, when not an agent
        self.update()

    def scene_rect(self) -> QRectF:
        return QRectF(self.x(), self.y(), self._rect.width(), self._rect.height())

    def handle_centre(self, side: str = "right") -> QPointF:
        """The centre of the handle on `side`, in item coordinates."""
        r, off = self._rect, HANDLE_GAP + HANDLE
        return {
            "right": QPointF(r.right() + off, r.center().y()),
            "left": QPointF(r.left() - off, r.center().y()),
            "top": QPointF(r.center().x(), r.top() - off),
            "bottom": QPointF(r.center().x(), r.bottom() + off),
        }[side]

    def handle_rect(self, side: str = "right") -> QRectF:
        centre = self.handle_centre(side)
        return QRectF(centre.x() - HANDLE, centre.y() - HANDLE, 2 * HANDLE, 2 * HANDLE)

    def handle_at(self, scene_pos: QPointF, scale: float = 1.0) -> str | None:
        """The side whose handle a press at `scene_pos` grabs when the view shows the drawing at
        `scale`: within `HANDLE_HIT_PX` screen pixels of its centre, but never deep inside the node,
        so that its body can still be grabbed at low zoom. None below `DETAIL_MIN_ZOOM`, where the
        handles are not drawn: a press there starts a selection, not an edge nobody saw coming."""
        if scale < DETAIL_MIN_ZOOM:
            return None
        local = self.mapFromScene(scene_pos)
        reach = handle_hit_radius(scale)
        r = self._rect
        depth = {  # how far inside the node, from each side
            "right": r.right() - local.x(),
            "left": local.x() - r.left(),
            "top": local.y() - r.top(),
            "bottom": r.bottom() - local.y(),
        }
        best, nearest = None, reach
        for side in SIDES:
            across = r.width() if side in ("left", "right") else r.height()
            if depth[side] > HANDLE_DEPTH * across:
                continue
            distance = QLineF(local, self.handle_centre(side)).length()
            if distance <= nearest:
                best, nearest = side, distance
        return best

    def grip_rect(self) -> QRectF:
        return QRectF(self._rect.right() - GRIP, self._rect.bottom() - GRIP, GRIP, GRIP)

    def part_at(self, scene_pos: QPointF, scale: float = 1.0) -> str:
        """What a press at `scene_pos` grabs at the view's `scale`: the resize grip, an edge
        handle or the body."""
        local = self.mapFromScene(scene_pos)
        if self.isSelected() and self.grip_rect().adjusted(-2, -2, 2, 2).contains(local):
            return "resize"
        if self.handle_at(scene_pos, scale) is not None:
            return "connect"
        return "body"

    def view_scale(self) -> float:
        """The zoom of the first view showing this item (1 without a view)."""
        scene = self.scene()
        views = scene.views() if scene is not None else []
        return views[0].transform().m11() if views else 1.0

    # ------------------------------------------------------------ QGraphicsItem
    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        """The outline and the handles' circles, made once per size: scene queries in the
        default mode ask it of every node they meet."""
        if self._shape is None:
            path = QPainterPath(self._path)
            path.setFillRule(Qt.FillRule.WindingFill)
            for side in SIDES:
                path.addEllipse(self.handle_rect(side).adjusted(-3, -3, 3, 3))
            self._shape = path
        return self._shape

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.hovered = False
        self.update()

    def hoverMoveEvent(self, event) -> None:  # noqa: N802
        part = self.part_at(event.scenePos(), self.view_scale())
        cursor = {"connect": Qt.CursorShape.CrossCursor, "resize": Qt.CursorShape.SizeFDiagCursor}.get(
            part, Qt.CursorShape.ArrowCursor
        )
        self.setCursor(cursor)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        node = self.element
        colours = theme.of_item(self)
        style = colours.node(node.kind)
        stroke = QColor(style.stroke)
        selected = self.isSelected()
        pen = QPen(
            QColor(colours.selection) if selected else stroke, style.stroke_width + (1.2 if selected else 0)
        )
        if style.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor(style.fill)))
        painter.drawPath(self._path)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        dpi = painter.device().logicalDpiY() if painter.device() else 96.0
        title = self.title_at(lod, dpi) if widget is not None else None  # exports: as at full detail
        if title is not None and title.short:
            self._paint_short_title(painter, title, colours)
        if lod < DETAIL_MIN_ZOOM:
            return
        if title is None or not title.short:
            draw_icon(painter, node_icon(node), icon_anchor(style.shape, self._rect), stroke)
            self._paint_title(painter, style.shape, colours)
        if self.hovered or selected:
            self._paint_handles(painter, selected, colours)

    def _paint_title(self, painter: QPainter, shape: str, colours: theme.CanvasColours) -> None:
        node = self.element
        box = QRectF(self._title_box)
        fitted = fit_text(node.title or kind_name(node.kind), box.width(), box.height())
        painter.setFont(fitted.font)
        painter.setPen(QColor(colours.ink if node.title else colours.muted))
        top = box.center().y() - fitted.line_height * len(fitted.lines) / 2
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        for i, line in enumerate(fitted.lines):
            row = QRectF(box.left() - 2, top + i * fitted.line_height, box.width() + 4, fitted.line_height)
            painter.drawText(row, flags, line)

    def title_at(self, lod: float, dpi: float = 96.0) -> FittedText | None:
        """The title as drawn at the level of detail `lod` on a device of `dpi`: the full title
        while it is at least `FULL_MIN_PX` tall there, else its short form in a larger font
        (`short` set; None when not even that fits the node)."""
        node = self.element
        text = node.title or kind_name(node.kind)
        box = self._title_box
        fitted = fit_text(text, box.width(), box.height())
        if text_px(fitted.font, lod, dpi) >= FULL_MIN_PX:
            return fitted
        r = self._rect.adjusted(SHORT_PAD, SHORT_PAD, -SHORT_PAD, -SHORT_PAD)
        return short_text(text, r.width(), r.height(), short_pixel_size(lod))

    def _paint_short_title(self, painter: QPainter, fitted: FittedText, colours: theme.CanvasColours) -> None:
        """The short title centred in the node, over the whole of it (no icon at this zoom)."""
        painter.setFont(fitted.font)
        painter.setPen(QColor(colours.ink if self.element.title else colours.muted))
        centre = self._rect.center()
        top = centre.y() - fitted.line_height * len(fitted.lines) / 2
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip)
        for i, line in enumerate(fitted.lines):
            row = QRectF(
                self._rect.left(), top + i * fitted.line_height, self._rect.width(), fitted.line_height
            )
            painter.drawText(row, flags, line)

    def title_fits(self) -> bool:
        """False when the title had to be elided (the tooltip then carries it in full)."""
        node = self.element
        box = self._title_box
        return not fit_text(node.title or kind_name(node.kind), box.width(), box.height()).elided

    def _paint_handles(self, painter: QPainter, selected: bool, colours: theme.CanvasColours) -> None:
        painter.setPen(QPen(QColor(colours.selection), 1.2))
        painter.setBrush(QBrush(QColor(colours.surface)))
        for side in SIDES:
            centre = self.handle_centre(side)
            painter.drawEllipse(centre, HANDLE, HANDLE)
            painter.drawLine(centre - QPointF(3, 0), centre + QPointF(3, 0))
            painter.drawLine(centre - QPointF(0, 3), centre + QPointF(0, 3))
        if selected:
            painter.setBrush(QBrush(QColor(colours.selection)))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(self.grip_rect())
