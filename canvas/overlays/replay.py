"""`ReplayOverlay`: replays a run's `TicketLog` on the canvas. Tokens coloured by a ticket field
travel along the edges, queue beside steps and sit on them while served; one item paints them all.
It reads the scene and the log; it never touches the document or the undo stack.
"""

from __future__ import annotations

import math
import time as clock
from bisect import bisect_right
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from blueprint_studio.canvas.overlays.paths import FlowPaths
from blueprint_studio.canvas.overlays.ticket_log import TicketLog, TicketTrace, TimeIndex
from blueprint_studio.canvas.scene import BlueprintScene

TOKEN = 8.0  # diameter, scene units
TOKEN_MIN_PX = 8.0  # a token is drawn at least this wide on screen, whatever the zoom
TOKEN_REACH = TOKEN_MIN_PX / 0.05  # the widest a token gets, in scene units (at the least zoom, 5 %)
TRAVEL_SECONDS = 0.6  # a hop along the edges takes this long on screen, whatever the speed
FRAME_MS = 16
PALETTE = ("#d32f2f", "#f57c00", "#1976d2", "#7b1fa2", "#388e3c", "#00838f", "#5d4037", "#c2185b")
PRIORITY_COLOURS = {"P1": "#d32f2f", "P2": "#f57c00", "P3": "#1976d2", "P4": "#9e9e9e"}


def token_size(lod: float) -> float:
    """A token's drawn diameter in scene units at the level of detail `lod`: `TOKEN`, or more so
    that it stays `TOKEN_MIN_PX` wide on screen."""
    return min(max(TOKEN, TOKEN_MIN_PX / max(lod, 1e-6)), TOKEN_REACH)


class TokenLayer(QGraphicsItem):
    """All tokens in one item: a paint call draws them grouped by colour (no item per token)."""

    def __init__(self, colours: list[QColor]) -> None:
        super().__init__()
        self.colours = colours
        self.groups: list[list[QRectF]] = [[] for _ in colours]
        self.bounds = QRectF()
        self.setZValue(40)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_tokens(self, groups: list[list[QRectF]], bounds: QRectF) -> None:
        if bounds != self.bounds:
            self.prepareGeometryChange()
            self.bounds = bounds
        self.groups = groups
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        radius = token_size(lod) / 2
        pen = QPen(QColor("#ffffff"), 1.2 * radius * 2 / TOKEN)
        painter.setPen(pen)
        for colour, rects in zip(self.colours, self.groups):
            if rects:
                painter.setBrush(QBrush(colour))
                for rect in rects:
                    painter.drawEllipse(rect.center(), radius, radius)

    @property
    def count(self) -> int:
        return sum(len(g) for g in self.groups)


class ReplayOverlay(QObject):
    """Play, pause, speed (simulated minutes per second) and seek; `sig_time` after each frame."""

    sig_time = Signal(float)
    sig_playing = Signal(bool)

    def __init__(
        self,
        scene: BlueprintScene,
        log: TicketLog,
        colour_by: str = "priority",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or scene)
        self.scene = scene
        self.log = log
        self.paths = FlowPaths(scene)
        self.traces: list[TicketTrace] = [t for t in log.traces.values() if t.activities]
        self.enabled = [[a.enabled for a in t.activities] for t in self.traces]
        self.index = TimeIndex(self.traces)
        self.start, self.end = self.index.start, self.index.end
        self.time = self.start
        self.speed = 60.0  # simulated minutes per second
        self.colour_by = colour_by
        self.values: list[str] = []
        self.layer = TokenLayer([])
        self.set_colour_by(colour_by)
        scene.addItem(self.layer)
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self._tick)
        self._last = 0.0
        self.set_time(self.start)

    # ------------------------------------------------------------ controls
    def set_colour_by(self, name: str) -> None:
        self.colour_by = name
        self.values = self.log.field_values(name)
        colours = [
            QColor(PRIORITY_COLOURS.get(v, PALETTE[i % len(PALETTE)])) for i, v in enumerate(self.values)
        ]
        self.layer.colours = colours + [QColor("#607d8b")]
        self._colour_index = {v: i for i, v in enumerate(self.values)}
        self._colour_of = [
            self._colour_index.get(str(t.fields.get(name)), len(self.values)) for t in self.traces
        ]
        self.layer.groups = [[] for _ in self.layer.colours]

    def play(self) -> None:
        if self.time >= self.end:
            self.time = self.start
        self._last = clock.perf_counter()
        self.timer.start()
        self.sig_playing.emit(True)

    def pause(self) -> None:
        self.timer.stop()
        self.sig_playing.emit(False)

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def set_speed(self, minutes_per_second: float) -> None:
        self.speed = max(0.01, minutes_per_second)

    def set_fraction(self, fraction: float) -> None:
        self.set_time(self.start + max(0.0, min(1.0, fraction)) * (self.end - self.start))

    @property
    def fraction(self) -> float:
        span = self.end - self.start
        return (self.time - self.start) / span if span > 0 else 0.0

    def close(self) -> None:
        self.timer.stop()
        if self.layer.scene() is not None:
            self.scene.removeItem(self.layer)

    def _tick(self) -> None:
        now = clock.perf_counter()
        step = (now - self._last) * self.speed
        self._last = now
        self.set_time(min(self.end, self.time + step))
        if self.time >= self.end:
            self.pause()

    # ------------------------------------------------------------ frames
    def set_time(self, time: float) -> None:
        self.time = time
        groups: list[list[QRectF]] = [[] for _ in self.layer.colours]
        travel = TRAVEL_SECONDS * self.speed
        queued: dict[str, int] = {}
        served: dict[str, int] = {}
        rects = {key: item.scene_rect() for key, item in self.scene.nodes.items()}
        left = top = math.inf
        right = bottom = -math.inf
        half = TOKEN / 2
        for trace_index in self._alive(time):
            trace = self.traces[trace_index]
            k = bisect_right(self.enabled[trace_index], time) - 1
            if k < 0:
                continue
            act = trace.activities[k]
            rect = rects.get(act.node)
            if rect is None:
                continue
            since = time - act.enabled
            span = min(travel, act.end - act.enabled)
            if k > 0 and since < span:
                x, y = self.paths.polyline(trace.activities[k - 1].node, act.node).at(since / span)
            elif act.start is None or time < act.start:
                n = queued[act.node] = queued.get(act.node, 0) + 1
                x = rect.left() - 6 - ((n - 1) % 5) * (TOKEN + 1)
                y = rect.top() + 5 + ((n - 1) // 5) * (TOKEN + 1)
            else:
                n = served[act.node] = served.get(act.node, 0) + 1
                x = rect.left() + 8 + ((n - 1) % 8) * (TOKEN + 1)
                y = rect.bottom() - 7 - ((n - 1) // 8) * (TOKEN + 1)
            groups[self._colour_of[trace_index]].append(QRectF(x - half, y - half, TOKEN, TOKEN))
            left, right = min(left, x), max(right, x)
            top, bottom = min(top, y), max(bottom, y)
        views = self.scene.views()
        m = token_size(views[0].transform().m11()) if views else TOKEN  # as wide as drawn
        bounds = (
            QRectF(QPointF(left - m, top - m), QPointF(right + m, bottom + m)) if right >= left else QRectF()
        )
        self.layer.set_tokens(groups, bounds)
        self.sig_time.emit(time)

    def _alive(self, time: float) -> list[int]:
        out = []
        index = self.index
        traces = self.traces
        for i in index.buckets[index._bucket(time)]:
            t = traces[i]
            if t.activities[0].enabled <= time < t.activities[-1].end:
                out.append(i)
        return out

    def token_positions(self) -> list[tuple[float, float]]:
        return [(r.center().x(), r.center().y()) for g in self.layer.groups for r in g]

    def legend(self) -> list[tuple[str, QColor]]:
        return list(zip(self.values, self.layer.colours))

    @staticmethod
    def field_names(log: TicketLog) -> list[str]:
        names: dict[str, Any] = {}
        for trace in list(log.traces.values())[:200]:
            names.update(trace.fields)
        return list(names)
