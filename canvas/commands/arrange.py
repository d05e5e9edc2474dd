"""The command of Arrange automatically: nodes moved, lanes and stages resized and the routes'
hand-placed bends dropped, all in one undo step. Built on `base`; it only applies what
`model.arrange` computed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from blueprint_studio.canvas.commands.base import DocumentCommand, change_elements
from blueprint_studio.model.arrange import Arrangement
from blueprint_studio.model.document import Document


def tr(text: str) -> str:  # each module names its context, for tools/update_translations.py
    return QCoreApplication.translate("Canvas", text)


def arrange_nodes(doc: Document, arrangement: Arrangement, text: str | None = None) -> DocumentCommand | None:
    """Apply an arrangement as one command; None when it changes nothing. Loops get the bends
    that draw them around the flow; other edges of moved nodes lose their hand-placed bends,
    which would no longer lead anywhere sensible."""
    bp = doc.blueprint
    after: list[Any] = []
    for lane in bp.lanes:
        height = arrangement.lane_heights.get(lane.id)
        if height is not None and height != lane.height:
            after.append(lane.model_copy(update={"height": float(height)}))
    for stage in bp.stages:
        width = arrangement.stage_widths.get(stage.id)
        if width is not None and width != stage.width:
            after.append(stage.model_copy(update={"width": float(width)}))
    moved = set()
    for node in bp.nodes:
        if node.id not in arrangement.positions:
            continue
        x, y = arrangement.positions[node.id]
        lane = arrangement.lanes.get(node.id, node.lane)
        if (float(x), float(y), lane) != (node.x, node.y, node.lane):
            after.append(node.model_copy(update={"x": float(x), "y": float(y), "lane": lane}))
            moved.add(node.id)
    for edge in bp.edges:
        bends = arrangement.waypoints.get(edge.id)
        if bends is None:
            bends = [] if edge.source in moved or edge.target in moved else edge.waypoints
        bends = [(float(x), float(y)) for x, y in bends]
        if bends != list(edge.waypoints):
            after.append(edge.model_copy(update={"waypoints": bends}))
    if not after:
        return None
    return change_elements(doc, after, text or tr("Arrange automatically"))
