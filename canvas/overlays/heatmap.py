"""`HeatMapOverlay`: colours steps by mean wait, utilisation or SLA breaches (or a scenario
difference), widens edges by ticket volume, badges the figures, and fades when the drawing
changes. It reads results and the scene; it never touches the document or the undo stack.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from blueprint_studio.canvas import theme
from blueprint_studio.canvas.items.edge import UNDER_NODES
from blueprint_studio.canvas.overlays.legend import HeatLegend, heat_colour
from blueprint_studio.canvas.routing import rounded_path
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.model import kpis, style
from blueprint_studio.model.document import DocumentEvent

METRICS = ("wait", "utilisation", "breaches", "difference")
STALE_OPACITY = 0.3


DRAWING = ("fields", "lanes", "stages", "pools", "nodes", "edges", "sla")


def same_drawing(a: Any, b: Any) -> bool:
    """Equal but for scenarios, metadata and cards. Unchanged elements are shared between
    document versions, so this is mostly identity checks."""
    return all(getattr(a, name) == getattr(b, name) for name in DRAWING)


def tr(text: str) -> str:
    return QCoreApplication.translate("Simulation", text)


def metric_title(metric: str) -> str:
    return {
        "wait": tr("Mean wait"),
        "utilisation": tr("Utilisation of the pool"),
        "breaches": tr("SLA breaches"),
        "difference": tr("Change in mean wait (B − A)"),
    }[metric]


METRIC_UNITS = {"wait": "min", "difference": "min", "utilisation": "%", "breaches": ""}


def format_figure(metric: str, value: float) -> str:
    """A step's figure as the results dock writes it (model.kpis), in the window's language."""
    french = QLocale().language() == QLocale.Language.French
    return kpis.format_figure(
        metric,
        value,
        style=kpis.number_style("fr" if french else "en"),
        signed=metric == "difference",
        unit=METRIC_UNITS[metric],
    ).value


@dataclass
class HeatData:
    """What the overlay shows: step figures by metric, edge volumes, and their revision."""

    revision: int
    steps: dict[str, dict[str, float]] = field(default_factory=dict)  # step -> metric -> value
    details: dict[str, str] = field(default_factory=dict)  # step -> tooltip text
    edge_volumes: dict[str, float] = field(default_factory=dict)
    drawing: Any = None  # the Blueprint simulated: an undo back to it makes the results fresh again


def heat_data(
    result: Any,
    revision: int,
    step_pools: dict[str, str],
    describe: Callable[[str, dict[str, float]], str] | None = None,
    drawing: Any = None,
) -> HeatData:
    """From a `ReplicatedResult` (means over replications); edges carry the engine's exact counts
    (`ReplicatedResult.edge_volumes`, the one source of edge volumes)."""
    data = HeatData(revision, edge_volumes=result.edge_volumes() or {}, drawing=drawing)
    for step, figures in result.steps.items():
        pool = result.pools.get(step_pools.get(step, ""))
        row = {
            "wait": figures.wait_mean.mean,
            "utilisation": math.nan if pool is None else pool.utilisation.mean,
            "breaches": figures.breaches.mean,
            "visits": figures.visits.mean,
            "queue": figures.queue_mean.mean,
        }
        data.steps[step] = row
        if describe is not None:
            data.details[step] = describe(step, row)
    return data


class StepHeatItem(QGraphicsItem):
    """A translucent tint over a node (a child of its item) with a badge; passes clicks on."""

    def __init__(
        self, outline: QPainterPath, colour: QColor, badge: str, tooltip: str, parent: QGraphicsItem
    ) -> None:
        super().__init__(parent)
        self.outline = outline
        self.colour = colour
        self.badge = badge
        self.setToolTip(tooltip)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        font = QFont()
        font.setPixelSize(11)
        font.setBold(True)
        self.font = font
        width = QFontMetricsF(font).horizontalAdvance(badge) + 10
        rect = outline.boundingRect()
        self.badge_rect = QRectF(rect.right() - width + 6, rect.top() - 17, width, 16)
        self.bounds = rect.adjusted(-4, -4, 4, 4).united(self.badge_rect)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(self.colour)
        fill.setAlpha(80)
        painter.setPen(QPen(self.colour, 4))
        painter.setBrush(QBrush(fill))
        painter.drawPath(self.outline)
        painter.setPen(Qt.PenStyle.NoPen)
        badge = self.colour.darker(115)
        painter.setBrush(badge)
        painter.drawRoundedRect(self.badge_rect, 7, 7)
        painter.setFont(self.font)
        white, black = QColor("#ffffff"), QColor("#1b1b1b")  # whichever reads on green or amber
        painter.setPen(white if theme.contrast(white, badge) >= theme.contrast(black, badge) else black)
        painter.drawText(self.badge_rect, int(Qt.AlignmentFlag.AlignCenter), self.badge)


class HeatMapOverlay(QObject):
    """Show with `show_data(HeatData)`; switch with `set_metric`; `clear()` removes it."""

    sig_stale = Signal(bool)  # the drawing changed since the results shown (or they are fresh)

    def __init__(self, scene: BlueprintScene, view: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent or scene)
        self.scene = scene
        self.data: HeatData | None = None
        self.metric = "wait"
        self.stale = False
        self.visible = True
        self.step_items: dict[str, StepHeatItem] = {}
        self.edge_items: list[QGraphicsPathItem] = []
        self.legend = HeatLegend(view) if view is not None else None
        self._scenarios: set[str] = set()
        scene.sig_changed.connect(self._document_changed)
        scene.sig_rebuilt.connect(self._redraw)

    # ------------------------------------------------------------ public
    def show_data(self, data: HeatData, metric: str | None = None) -> None:
        self.data = data
        if metric is not None:
            self.metric = metric
        document = self.scene.document
        self.stale = (
            not same_drawing(document.blueprint, data.drawing)
            if data.drawing is not None
            else data.revision != document.revision
        )
        self._redraw()
        self.sig_stale.emit(self.stale)

    def set_metric(self, metric: str) -> None:
        if metric not in METRICS:
            raise ValueError(metric)
        self.metric = metric
        self._redraw()

    def set_visible(self, visible: bool) -> None:
        """Hide or show the colours; results stay, and so does the tracking of staleness."""
        self.visible = visible
        self._redraw()

    def clear(self) -> None:
        self.data = None
        self._remove_items()
        if self.legend is not None:
            self.legend.hide()

    def colour_of(self, step_id: str) -> QColor | None:
        item = self.step_items.get(step_id)
        return QColor(item.colour) if item is not None and shiboken6.isValid(item) else None

    def values(self) -> dict[str, float]:
        if self.data is None:
            return {}
        return {k: row.get(self.metric, math.nan) for k, row in self.data.steps.items()}

    # ------------------------------------------------------------ following the document
    def _document_changed(self, event: DocumentEvent) -> None:
        if self.data is None:
            return
        doc = self.scene.document
        self._scenarios |= {s.id for s in doc.blueprint.scenarios}
        if event.ids and all(key in self._scenarios for key in event.ids):
            return  # a scenario edit does not change the drawing the results belong to
        if self.data.drawing is not None:
            stale = not same_drawing(doc.blueprint, self.data.drawing)
        else:
            stale = self.stale or event.revision != self.data.revision
        was, self.stale = self.stale, stale
        self._redraw()
        if self.stale != was:
            self.sig_stale.emit(self.stale)

    # ------------------------------------------------------------ drawing
    def _remove_items(self) -> None:
        """Tints are children of node items, which die with their node: they are found again
        through the ids (never touched through a kept reference); edge bands are top-level."""
        for key in self.step_items:
            node = self.scene.nodes.get(key)
            for child in node.childItems() if node is not None else ():
                if isinstance(child, StepHeatItem):
                    shiboken6.delete(child)
        for item in self.edge_items:
            if shiboken6.isValid(item) and item.scene() is not None:
                self.scene.removeItem(item)
        self.step_items, self.edge_items = {}, []

    def _redraw(self) -> None:
        self._remove_items()
        if self.data is None or not self.visible:
            if self.legend is not None:
                self.legend.hide()
            return
        diverging = self.metric == "difference"
        low, top = style.heat_range(self.values().values(), diverging)
        opacity = STALE_OPACITY if self.stale else 1.0
        for step, value in self.values().items():
            node = self.scene.nodes.get(step)
            if node is None:
                continue
            t = style.heat_fraction(value, low, top, diverging)
            outline = QPainterPath(getattr(node, "_path", QPainterPath()))
            if outline.isEmpty():
                outline.addRect(QRectF(QPointF(0, 0), node.scene_rect().size()))
            item = StepHeatItem(
                outline,
                heat_colour(t, diverging),
                format_figure(self.metric, value),
                self.data.details.get(step, ""),
                node,
            )
            item.setOpacity(opacity)
            item.setZValue(1)
            self.step_items[step] = item
        self._draw_edges(opacity)
        if self.legend is not None:
            self.legend.show_scale(
                metric_title(self.metric),
                format_figure(self.metric, -top if diverging else low),
                format_figure(self.metric, top),
                diverging,
                self.stale,
            )

    def _draw_edges(self, opacity: float) -> None:
        assert self.data is not None
        volumes = self.data.edge_volumes
        most = max(volumes.values(), default=0.0)
        if most <= 0:
            return
        dark = theme.of_scene(self.scene).dark
        colour = QColor("#64b5f6" if dark else "#1565c0")  # a light blue stands out on the dark canvas
        colour.setAlpha(90 if dark else 70)
        for edge_id, volume in volumes.items():
            edge = self.scene.edges.get(edge_id)
            if edge is None or not edge.points or volume <= 0:
                continue
            item = QGraphicsPathItem(rounded_path(edge.points))
            pen = QPen(colour, 2 + 16 * math.sqrt(volume / most))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            item.setPen(pen)
            item.setZValue(UNDER_NODES - 0.5)
            item.setOpacity(opacity)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            item.setToolTip(tr("{n} tickets").format(n=f"{volume:,.0f}"))
            self.scene.addItem(item)
            self.edge_items.append(item)
