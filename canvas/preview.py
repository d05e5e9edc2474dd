"""A read-only scene of a blueprint: lanes, stages, the three lines, nodes and edges.

Used for the first window and for template previews; it draws, it never edits the document.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsScene

from model.schema import Blueprint

LANE_COLOURS = {
    "customer": "#fdf1d6", "frontstage": "#e3f0fb", "backstage": "#e7f5e8",
    "support": "#efe8f7", "evidence": "#f4f4f4", "custom": "#fbeee8",
}
NODE_COLOURS = {
    "intake": "#2e7d32", "step": "#1565c0", "decision": "#ef6c00", "wait": "#6d4c41",
    "satisfaction": "#ad1457", "roadmap": "#6a1b9a", "end": "#37474f", "evidence": "#757575",
    "note": "#9e9d24",
}
LINE_NAMES = {  # (kind above, kind below) -> the line drawn between them
    ("customer", "frontstage"): QT_TRANSLATE_NOOP("Canvas", "Line of interaction"),
    ("frontstage", "backstage"): QT_TRANSLATE_NOOP("Canvas", "Line of visibility"),
    ("backstage", "support"): QT_TRANSLATE_NOOP("Canvas", "Line of internal interaction"),
}
HEADER_WIDTH = 140.0


def _extent(blueprint: Blueprint) -> float:
    right = max((n.x + n.width for n in blueprint.nodes), default=600.0)
    return max(right + 80.0, sum(s.width for s in blueprint.stages), 600.0)


def _draw_lanes(scene: QGraphicsScene, blueprint: Blueprint, width: float) -> None:
    top = 0.0
    bounds = []
    for lane in blueprint.lanes:
        colour = QColor(LANE_COLOURS.get(lane.kind, "#ffffff"))
        scene.addRect(QRectF(-HEADER_WIDTH, top, width + HEADER_WIDTH, lane.height),
                      QPen(QColor("#b0b0b0")), QBrush(colour))
        scene.addRect(QRectF(-HEADER_WIDTH, top, HEADER_WIDTH, lane.height),
                      QPen(QColor("#b0b0b0")), QBrush(colour.darker(108)))
        label = scene.addText(lane.title or lane.kind)
        label.setTextWidth(HEADER_WIDTH - 12)
        label.setPos(-HEADER_WIDTH + 6, top + 6)
        bounds.append((lane.kind, top + lane.height))
        top += lane.height
    dashed = QPen(QColor("#455a64"), 1.5, Qt.PenStyle.DashLine)
    for (above, y), (below, _) in zip(bounds, bounds[1:]):
        name = LINE_NAMES.get((above, below))
        if name:
            scene.addLine(QLineF(0, y, width, y), dashed)
            text = scene.addText(QCoreApplication.translate("Canvas", name))
            text.setDefaultTextColor(QColor("#455a64"))
            text.setPos(width - text.boundingRect().width(), y - text.boundingRect().height())
    x = 0.0
    for stage in blueprint.stages:
        scene.addLine(QLineF(x, 0, x, max(top, 1.0)), QPen(QColor("#cfcfcf"), 1, Qt.PenStyle.DotLine))
        title = scene.addText(stage.title)
        title.setFont(QFont(title.font().family(), 11, QFont.Weight.Bold))
        title.setPos(x + 6, -28)
        x += stage.width


def _node_path(kind: str, rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    if kind == "decision":
        c = rect.center()
        path.addPolygon(QPolygonF([QPointF(c.x(), rect.top()), QPointF(rect.right(), c.y()),
                                   QPointF(c.x(), rect.bottom()), QPointF(rect.left(), c.y()),
                                   QPointF(c.x(), rect.top())]))
    elif kind in ("intake", "end"):
        path.addRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    else:
        path.addRoundedRect(rect, 8, 8)
    return path


def build_preview_scene(blueprint: Blueprint) -> QGraphicsScene:
    scene = QGraphicsScene()
    _draw_lanes(scene, blueprint, _extent(blueprint))
    rects = {n.id: QRectF(n.x, n.y, n.width, n.height) for n in blueprint.nodes}
    for edge in blueprint.edges:
        a, b = rects.get(edge.source), rects.get(edge.target)
        if a is None or b is None:
            continue
        line = QLineF(a.center(), b.center())
        style = Qt.PenStyle.DotLine if edge.kind == "association" else Qt.PenStyle.SolidLine
        scene.addLine(line, QPen(QColor("#546e7a"), 1.4, style))
        if edge.label:
            text = scene.addText(edge.label)
            text.setDefaultTextColor(QColor("#37474f"))
            text.setPos(line.center())
    for node in blueprint.nodes:
        rect = rects[node.id]
        colour = QColor(NODE_COLOURS.get(node.kind, "#607d8b"))
        item = scene.addPath(_node_path(node.kind, rect), QPen(colour, 2), QBrush(colour.lighter(185)))
        item.setToolTip(f"{node.kind}: {node.title}")
        text = scene.addText(node.title or node.id)
        text.setTextWidth(rect.width() - 8)
        text.setPos(rect.left() + 4, rect.top() + 4)
    return scene
