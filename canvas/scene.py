"""`BlueprintScene`: shows a `Document` and follows its events (items look themselves up by id).

It never changes the document: mouse and key events go to a handler (the editor) first, which
turns gestures into commands. Keeps Qt's default BSP index.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from blueprint_studio.canvas import routing
from blueprint_studio.canvas.geometry import extent, lane_bands, stage_bands
from blueprint_studio.canvas.items.edge import EdgeItem
from blueprint_studio.canvas.items.lane import LaneItem
from blueprint_studio.canvas.items.line import LineItem
from blueprint_studio.canvas.items.node import NodeItem
from blueprint_studio.canvas.items.stage import StageItem
from blueprint_studio.model import geometry, labels, ports, router
from blueprint_studio.model.collector import collector_paused
from blueprint_studio.model.document import Document, DocumentEvent
from blueprint_studio.model.style import CANVAS, LANE_HEADER_WIDTH, LINES, STAGE_HEADER_HEIGHT, node_style


class GestureHandler(Protocol):
    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool: ...
    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool: ...
    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool: ...
    def mouse_double_click(self, event: QGraphicsSceneMouseEvent) -> bool: ...


# A drawing with more edges than this opens with its edges' plain routes and no labels, so that
# it shows at once; from the event loop, in slices of DETOUR_SLICE seconds, its edges are then
# routed around nodes and settled, and its labels placed in the document's edge order (`_finish`).
SYNC_DETOURS = 400
DETOUR_SLICE = 0.012


class BlueprintScene(QGraphicsScene):
    sig_rebuilt = Signal()
    sig_changed = Signal(object)  # the DocumentEvent, after items caught up

    def __init__(self, document: Document, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.handler: GestureHandler | None = None
        self.straight_edges = False
        self.overview = False  # a view shows it below readable text size (set_overview)
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[str, EdgeItem] = {}
        self.lanes: dict[str, LaneItem] = {}
        self.stages: dict[str, StageItem] = {}
        self.lines: list[LineItem] = []
        self.edges_at: dict[str, set[str]] = {}
        # Where each node stands for the router (kept as nodes move), and the edges of a large
        # drawing still to be routed around nodes, a slice at a time once it shows (`_detour`).
        self.obstacles = router.Obstacles()
        # Each edge's own route in, the drawn one out: ends spread along the sides of nodes and
        # shared lines nudged apart (`model.ports`, as the PDF); `_holding` while a batch routes.
        self.routing = ports.RouteSet(self.obstacles.near, self._shape_of)
        self._holding = False
        self.labels = labels.Boxes()  # where each edge's label stands, by edge id (`EdgeItem.place_label`)
        self.labels_wanted = labels.Boxes()  # around the better places a label gave up, by edge id
        self.label_lines = labels.Lines()  # every edge's drawn segments, which labels keep off
        self._detours: dict[str, None] = {}  # edges of a large drawing still to route (`_finish`)
        self._lines_waiting: list[str] = []  # then edges whose lines labels must keep off, in order
        self._labels_waiting: list[str] = []  # then edges whose labels wait for their place, in order
        self._finish_due = False  # a slice of `_finish` is queued on the event loop
        self._detoured: set[str] = set()  # edges drawn around a node: they may go straight again
        self._labels_later = False  # while building: labels wait for the settled routes
        self.extent = 0.0
        self.setBackgroundBrush(QColor(CANVAS))
        self._unsubscribe = document.subscribe(self._on_event)
        self.rebuild()

    def close(self) -> None:
        """Stops following the document; detours still waiting are dropped (the items may be
        gone before the next slice runs)."""
        self._unsubscribe()
        self._clear_waiting()

    def _clear_waiting(self) -> None:
        self._detours.clear()
        self._lines_waiting.clear()
        self._labels_waiting.clear()

    # ------------------------------------------------------------ building
    def rebuild(self) -> None:
        with collector_paused():
            self._build_items()

    def _build_items(self) -> None:
        self.clearSelection()
        for item in [
            *self.nodes.values(),
            *self.edges.values(),
            *self.lanes.values(),
            *self.stages.values(),
            *self.lines,
        ]:
            self.removeItem(item)
        self.nodes, self.edges, self.lanes, self.stages, self.lines = {}, {}, {}, {}, []
        self.edges_at = {}
        self.obstacles.clear()
        self.routing.clear()
        self.labels.clear()
        self.labels_wanted.clear()
        self.label_lines.clear()
        self._clear_waiting()
        self._detoured.clear()
        bp = self.document.blueprint
        for node in bp.nodes:
            self._add_node(node)
        if len(bp.edges) > SYNC_DETOURS:
            self._open_large(bp.edges)
        else:
            self._holding = self._labels_later = True
            try:
                items = [self._new_edge(edge) for edge in bp.edges]
            finally:
                self._holding = self._labels_later = False
            self._settle()  # each edge's first route is its settled one: set once, before the index
            for item in items:
                self._join(item)
            self._place_labels(bp.edges)
        self.layout_bands()
        self.sig_rebuilt.emit()

    def _open_large(self, edges: Iterable[Any]) -> None:
        """Every edge on its plain route, its caption unread and its label unplaced: what is left
        waits for the event loop (`_finish`), in the order a small drawing does it at once."""
        blueprint, rects = (lambda: self.document.blueprint), self.obstacles.get
        for edge in edges:
            item = EdgeItem(edge, blueprint, caption=False)
            item.keep_clear_of(self.obstacles.near, self.labels, self.labels_wanted, self.label_lines)
            item.label_later = item.lines_later = True
            self.edges[edge.id] = item
            self.edges_at.setdefault(edge.source, set()).add(edge.id)
            self.edges_at.setdefault(edge.target, set()).add(edge.id)
            a, b = rects(edge.source), rects(edge.target)
            if a is not None and b is not None:
                item.set_route(geometry.orthogonal_route(a, b, edge.waypoints))
            self._detours[edge.id] = None
            self._join(item)
        self._lines_waiting = list(self._detours)
        self._labels_waiting = list(self._detours)
        self._lines_waiting.reverse()  # popped from the end: first edge first
        self._labels_waiting.reverse()
        self._finish_later()

    def _add_node(self, node: Any) -> NodeItem:
        item = NodeItem(node)
        self.nodes[node.id] = item
        self.addItem(item)
        self.obstacles.place(node.id, geometry.Rect(node.x, node.y, node.width, node.height))  # scene_rect()
        return item

    def _add_edge(self, edge: Any) -> EdgeItem:
        item = self._new_edge(edge)  # routed and settled at once (not `_holding`)
        self._join(item)
        return item

    def _new_edge(self, edge: Any) -> EdgeItem:
        """The edge's item, routed but not yet in the scene (`_join`)."""
        item = EdgeItem(edge, lambda: self.document.blueprint)
        item.keep_clear_of(self.obstacles.near, self.labels, self.labels_wanted, self.label_lines)
        item.label_later = item.lines_later = self._labels_later
        self.edges[edge.id] = item
        self.edges_at.setdefault(edge.source, set()).add(edge.id)
        self.edges_at.setdefault(edge.target, set()).add(edge.id)
        self._route(item)  # before it joins the index: a route change there costs a re-index
        return item

    def _join(self, item: EdgeItem) -> None:
        self.addItem(item)
        if self.overview:
            item.show_badge(True)

    def set_overview(self, on: bool) -> None:
        """A view shows the drawing below readable text size: edge labels show as badges."""
        if on != self.overview:
            self.overview = on
            for item in self.edges.values():
                item.show_badge(on)

    def _drop_edge(self, edge_id: str) -> None:
        item = self.edges.pop(edge_id)
        self.labels.remove(edge_id)
        self.labels_wanted.remove(edge_id)
        self.label_lines.remove(edge_id)
        self._detoured.discard(edge_id)
        self._detours.pop(edge_id, None)
        self.routing.drop(edge_id)
        for end in (item.element.source, item.element.target):
            self.edges_at.get(end, set()).discard(edge_id)
        self.removeItem(item)

    def layout_bands(self) -> None:
        """Place lanes, stages and the derived lines from the document's lists and sizes."""
        bp = self.document.blueprint
        self.extent = extent(bp.nodes, bp.stages)
        depth = sum(lane.height for lane in bp.lanes)
        self._sync(self.lanes, bp.lanes, LaneItem)
        for lane, band in zip(bp.lanes, lane_bands(bp.lanes)):
            self.lanes[lane.id].set_geometry(lane, band.start, self.extent)
        self._sync(self.stages, bp.stages, StageItem)
        for stage, band in zip(bp.stages, stage_bands(bp.stages)):
            self.stages[stage.id].set_geometry(stage, band.start, depth)
        for line in self.lines:
            self.removeItem(line)
        self.lines = []
        bands = lane_bands(bp.lanes)
        for (above, upper), (below, _) in zip(zip(bp.lanes, bands), zip(bp.lanes[1:], bands[1:])):
            code = LINES.get((above.kind, below.kind))
            if code:
                line = LineItem(code, upper.end, self.extent)
                self.lines.append(line)
                self.addItem(line)
        self._fit_scene_rect()

    def _sync(self, items: dict[str, Any], elements: Iterable[Any], cls: type) -> None:
        wanted = {e.id: e for e in elements}
        for key in [k for k in items if k not in wanted]:
            self.removeItem(items.pop(key))
        for key, element in wanted.items():
            if key not in items:
                items[key] = cls(element)
                self.addItem(items[key])

    def _fit_scene_rect(self) -> None:
        bp = self.document.blueprint
        depth = sum(lane.height for lane in bp.lanes)
        bottom = max([depth] + [n.y + n.height for n in bp.nodes])
        top = min([-STAGE_HEADER_HEIGHT] + [n.y for n in bp.nodes])
        left = min([-LANE_HEADER_WIDTH] + [n.x for n in bp.nodes])
        rect = QRectF(left, top, self.extent - left, bottom - top).adjusted(-400, -300, 400, 300)
        self.setSceneRect(rect)

    # ------------------------------------------------------------ following the document
    def _on_event(self, event: DocumentEvent) -> None:
        if event.kind == "reset":
            self.rebuild()
        elif event.kind == "removed":
            self._removed(event.ids)
        elif event.kind == "added":
            self._added(event.ids)
        elif event.kind == "changed":
            self._changed(event.ids)
        if event.kind == "meta" or self._touches_fields(event):
            self._refresh_captions()  # the document's language or its fields' words changed
        self.sig_changed.emit(event)

    def _touches_fields(self, event: DocumentEvent) -> bool:
        if event.kind not in ("added", "removed", "changed"):
            return False
        tables = (self.nodes, self.edges, self.lanes, self.stages)
        for key in event.ids:
            placed = self.document.find(key)
            if placed is not None and placed.collection == "fields":
                return True
            if placed is None and event.kind == "removed" and not any(key in t for t in tables):
                return True  # gone: it may have been a field
        return False

    def _refresh_captions(self) -> None:
        for item in self.edges.values():
            edge = item.element
            if edge.condition is not None or edge.before or edge.probability is not None or edge.default:
                item.set_element(edge)

    def _removed(self, ids: Iterable[str]) -> None:
        bands = False
        freed: list[QRectF] = []  # edges that went around a removed node may now go straight
        for key in ids:
            if key in self.edges:
                self._drop_edge(key)
            elif key in self.nodes:
                for edge_id in list(self.edges_at.pop(key, ())):
                    if edge_id in self.edges:
                        self._drop_edge(edge_id)
                node = self.nodes.pop(key)
                freed.append(node.scene_rect())
                self.obstacles.remove(key)
                self.removeItem(node)
            elif key in self.lanes or key in self.stages:
                bands = True
        self._reroute(set(), freed)
        if bands or ids:
            self.layout_bands()

    def _added(self, ids: Iterable[str]) -> None:
        doc = self.document
        new_edges = []
        taken: list[QRectF] = []  # edges that crossed where a new node stands go around it
        for key in ids:
            placed = doc.find(key)
            if placed is None:
                continue
            if placed.collection == "nodes":
                taken.append(self._add_node(placed.element).scene_rect())
            elif placed.collection == "edges":
                new_edges.append(placed.element)
        for edge in new_edges:  # after the nodes of the same batch
            self._add_edge(edge)
        self._reroute(set(), taken)
        self.layout_bands()

    def _changed(self, ids: Iterable[str]) -> None:
        doc = self.document
        bands = False
        for key in ids:
            placed = doc.find(key)
            if placed is None:
                continue
            if placed.collection == "nodes" and key in self.nodes:
                self.nodes[key].set_element(placed.element)
                self.route_edges_of(key)
            elif placed.collection == "edges" and key in self.edges:
                self._change_edge(placed.element)
            elif placed.collection in ("lanes", "stages"):
                bands = True
            elif placed.collection == "nodes":
                bands = True
        self.layout_bands() if bands or ids else None

    def _change_edge(self, edge: Any) -> None:
        item = self.edges[edge.id]
        old = item.element
        if (old.source, old.target) != (edge.source, edge.target):
            self._drop_edge(edge.id)
            self._add_edge(edge)
        else:
            item.set_element(edge)
            self._route(item)

    # ------------------------------------------------------------ routing
    def route_edges_of(self, node_id: str) -> None:
        """The node's own edges, and the edges it now lies across or used to (they go around)."""
        node = self.nodes.get(node_id)
        areas, taken = [], []
        if node is not None:
            taken = [node.scene_rect()]
            before = self.obstacles.get(node_id)
            areas = [] if before is None else [routing.to_qrect(before)]
            self.obstacles.place(node_id, routing.rect_of(taken[0]))
        self._reroute(set(self.edges_at.get(node_id, ())), areas, taken)

    def _reroute(
        self, edge_ids: set[str], areas: Iterable[QRectF] = (), taken: Iterable[QRectF] = ()
    ) -> None:
        """Routes these edges again, and every edge drawn across or along one of `areas` (a
        node's new place, which it must go around, or its old one, which it may now cross) or of
        `taken` (a node's new place only: an edge that found no way around any node stays)."""
        areas, taken = list(areas), list(taken)
        affected = set(edge_ids)
        if not self.straight_edges:
            m = router.MARGIN + 1
            for area, only_taken in [(a, False) for a in areas] + [(t, True) for t in taken]:
                zone = area.adjusted(-m, -m, m, m)
                box = routing.rect_of(zone)
                for found in self.items(zone, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
                    if not isinstance(found, EdgeItem) or found.edge_id in affected:
                        continue
                    if only_taken and self.routing.blocked(found.edge_id):
                        continue
                    if (
                        found.edge_id in self._detoured
                        or router.crosses(self.routing.held_back.get(found.edge_id, ()), box)
                        or router.crosses(found._route, box)  # its drawn points, as model values
                    ):
                        affected.add(found.edge_id)
        with self._batch():
            for edge_id in sorted(affected):
                item = self.edges.get(edge_id)
                if item is not None:
                    self._route(item)
        self._move_labels_off(areas + taken)

    def _route(self, item: EdgeItem) -> None:
        edge = item.element
        a, b = self.nodes.get(edge.source), self.nodes.get(edge.target)
        if a is None or b is None:
            item.setVisible(False)
            self.routing.drop(edge.id)
            return
        item.setVisible(True)
        ra, rb = a.scene_rect(), b.scene_rect()
        self._detours.pop(edge.id, None)
        if self.straight_edges:
            item.set_route(routing.straight(ra, rb))
            self.routing.drop(edge.id)
            return
        a_rect, b_rect = routing.rect_of(ra), routing.rect_of(rb)
        own, detour, blocked = router.plan_checked(a_rect, b_rect, self.obstacles.near, edge.waypoints)
        if detour:
            self._detoured.add(edge.id)
        else:
            self._detoured.discard(edge.id)
        self.routing.put(edge.id, edge.source, edge.target, a_rect, b_rect, own, edge.waypoints, blocked)
        if not self._holding:
            self._settle()

    @contextmanager
    def _batch(self) -> Iterator[None]:
        """The edges routed inside are settled together at the end, not one by one."""
        self._holding = True
        try:
            yield
        finally:
            self._holding = False
        self._settle()

    def _settle(self) -> None:
        """Draws the edges whose route changed once their ends and shared lines are spread."""
        for edge_id in sorted(self.routing.settle()):
            item = self.edges.get(edge_id)
            route = self.routing.routes[edge_id]
            if item is not None and item._route != route:  # `_route`: its points as model values
                item.set_route(route)

    def _shape_of(self, node_id: str) -> str:
        item = self.nodes.get(node_id)
        return node_style(item.element.kind).shape if item is not None else "rect"

    def _finish_later(self) -> None:
        if not self._finish_due and self.routes_pending():
            self._finish_due = True
            QTimer.singleShot(0, self._finish)

    def _finish(self) -> None:
        """A large drawing's waiting work for a few milliseconds, then the window breathes: the
        edges routed around nodes and settled, a batch at a time (settling in batches or at once
        gives the same routes); once all are, every edge's lines, then the labels in the
        document's edge order, each clear of those before it (as `_place_labels` does at once)."""
        self._finish_due = False
        self._work(time.perf_counter() + DETOUR_SLICE)
        self._finish_later()

    def finish_now(self) -> None:
        """Does at once what a large drawing leaves to the event loop (`_finish`): for a picture
        of the whole drawing, which must show every route and label."""
        while self.routes_pending():
            self._work(float("inf"))

    def _work(self, deadline: float) -> None:
        with collector_paused():  # as while building: the routes and labels made here stay
            if self._detours:
                with self._batch():
                    while self._detours and time.perf_counter() < deadline:
                        edge_id = next(iter(self._detours))
                        item = self.edges.get(edge_id)
                        if item is None:
                            self._detours.pop(edge_id)
                        else:
                            self._route(item)  # takes it off `_detours`
            else:
                self._label_slice(deadline)

    def _label_slice(self, deadline: float) -> None:
        lines, waiting = self._lines_waiting, self._labels_waiting
        while lines and time.perf_counter() < deadline:
            item = self.edges.get(lines.pop())
            if item is not None and item.lines_later:
                item.lines_later = False
                if item._route:
                    self.label_lines.put(item.edge_id, item._route)
        while not lines and waiting and time.perf_counter() < deadline:
            item = self.edges.get(waiting.pop())
            if item is not None and item.label_later:
                item.read_caption()
                item.label_later = False
                if item._text:
                    item.place_label()

    def routes_pending(self) -> int:
        """Edges of a large drawing not yet routed around the nodes in their way, or whose label
        is not yet placed."""
        return len(self._detours) + len(self._lines_waiting) + len(self._labels_waiting)

    def _place_labels(self, edges: Iterable[Any]) -> None:
        """Every label once the routes are settled, in the document's edge order, each clear of
        the labels before it: as the PDF places them (`export.layout.label_boxes`)."""
        items = [self.edges[edge.id] for edge in edges if edge.id in self.edges]
        for item in items:  # every line first: a label keeps off lines drawn after its own too
            item.label_later = item.lines_later = False
            if item._route:
                self.label_lines.put(item.edge_id, item._route)
        for item in items:
            if item._text:
                item.place_label()

    def _move_labels_off(self, areas: Iterable[QRectF]) -> None:
        """Labels that lie where a node now stands or stood, or that gave up a better place there,
        find their place again (whether or not their edge was routed again: a route that comes out
        the same is not drawn again): a node dropped on a label moves the label off, not under
        it, and the label goes back when the node leaves (undo)."""
        done: set[str] = set()
        for area in areas:
            box = routing.rect_of(area)
            keys = {str(key) for key in self.labels.keys_near(box)}
            if not any(r == box for r in self.obstacles.near(box)):  # a place a node left
                keys.update(str(key) for key in self.labels_wanted.keys_near(box))
            for key in sorted(keys - done):
                done.add(key)
                item = self.edges.get(key)
                if item is not None:
                    item.place_label()

    def set_straight_edges(self, straight: bool) -> None:
        self.straight_edges = straight
        with self._batch():
            for item in self.edges.values():
                self._route(item)

    # ------------------------------------------------------------ lookups
    def item_of(self, key: str) -> QGraphicsItem | None:
        for table in (self.nodes, self.edges, self.lanes, self.stages):
            if key in table:
                return table[key]
        return None

    def selected_ids(self) -> list[str]:
        ids = []
        for item in self.selectedItems():
            for attr in ("node_id", "edge_id", "lane_id", "stage_id"):
                if hasattr(item, attr):
                    ids.append(getattr(item, attr))
        return ids

    def selected_node_ids(self) -> list[str]:
        return [i.node_id for i in self.selectedItems() if isinstance(i, NodeItem)]

    def select_ids(self, ids: Iterable[str]) -> None:
        self.clearSelection()
        for key in ids:
            item = self.item_of(key)
            if item is not None:
                item.setSelected(True)

    # ------------------------------------------------------------ gestures go to the handler
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.handler is None or not self.handler.mouse_press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.handler is None or not self.handler.mouse_move(event):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.handler is None or not self.handler.mouse_release(event):
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.handler is None or not self.handler.mouse_double_click(event):
            super().mouseDoubleClickEvent(event)
