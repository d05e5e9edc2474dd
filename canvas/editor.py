"""`CanvasEditor`: turns gestures, keys and menu intents into commands on the undo stack.

It owns the scene, the view and the stack for one document, decides which interaction a press
starts, and is the only canvas code that pushes commands. It never calls `Document` mutators.
Gestures, menus and actions know it as an `EditorHost` (canvas/editor_host.py) and never import it.
"""

from __future__ import annotations

import atexit
import functools
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from blueprint_studio.canvas import arrange, clipboard, commands, menus
from blueprint_studio.canvas.actions import build_actions
from blueprint_studio.canvas.connect import NewEdgeInteraction, ReattachEdgeInteraction
from blueprint_studio.canvas.connect_dialog import ConnectDialog
from blueprint_studio.canvas.geometry import Grid, lane_of_point, snap
from blueprint_studio.canvas.interactions import (
    Interaction,
    MoveNodesInteraction,
    PlaceNodeInteraction,
    ReorderBandInteraction,
    ResizeBandInteraction,
    ResizeNodeInteraction,
)
from blueprint_studio.canvas.items.badge import BadgeItem
from blueprint_studio.canvas.items.edge import EdgeItem
from blueprint_studio.canvas.items.lane import LaneItem
from blueprint_studio.canvas.items.node import NodeItem, handle_reach
from blueprint_studio.canvas.items.stage import StageItem
from blueprint_studio.canvas.keyboard_intents import KeyboardIntents
from blueprint_studio.canvas.rename import InlineTextEditor, RenameInteraction
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.canvas.view import BlueprintView
from blueprint_studio.model.document import Document
from blueprint_studio.model.schema import ANNOTATION_KINDS, NODE_CLASSES, Edge, Lane, Stage
from blueprint_studio.model.style import GRID, NODE_SIZES

tr = commands.tr


class CanvasEditor(QObject, KeyboardIntents):
    sig_status = Signal(str)  # a message for the status bar
    sig_selection_changed = Signal(list)  # ids of the selected elements

    @property
    def snap_enabled(self) -> bool:
        return Grid.snapping

    @snap_enabled.setter
    def snap_enabled(self, value: bool) -> None:
        Grid.snapping = bool(value)

    def __init__(
        self, document: Document, parent: QObject | None = None, undo_stack: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack or QUndoStack(self)
        self.scene = BlueprintScene(document, self)
        self.scene.handler = self
        self.view = BlueprintView(self.scene)
        self.view.drop_handler = self.add_node
        self.view.key_handler = self.key_press
        self.view.context_menu_handler = self.context_menu
        self.interaction: Interaction | None = None
        self.connect_dialog: ConnectDialog | None = None
        self.scene.selectionChanged.connect(self._selection_changed)
        self.actions = build_actions(self)

    # ------------------------------------------------------------ plumbing
    def _selection_changed(self) -> None:
        try:
            ids = self.scene.selected_ids()
        except RuntimeError:  # the scene is being destroyed
            return
        self.sig_selection_changed.emit(ids)

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def submit(self, build: Callable[[], QUndoCommand | None]) -> bool:
        """Push the command `build` makes, unless the schema refuses the change (a node beyond
        the drawing's bounds, a name too long): then the status bar says why and nothing changes.
        True when a command was pushed."""
        try:
            command = build()
        except ValidationError as error:
            self.status(commands.refusal(error))  # "x: …", as the properties dock says it
            return False
        if command is None:
            return False
        self.push(command)
        return True

    def status(self, message: str) -> None:
        self.sig_status.emit(message)

    def end_interaction(self, interaction: Interaction) -> None:
        if self.interaction is interaction:
            self.interaction = None

    def start(self, interaction: Interaction) -> None:
        if self.interaction is not None:
            self.interaction.cancel()
        self.interaction = interaction

    def cancel(self) -> None:
        """Escape: drop the gesture in progress, or else the selection."""
        if self.interaction is not None:
            self.interaction.cancel()
        else:
            self.scene.clearSelection()

    # ------------------------------------------------------------ mouse (from the scene)
    def _grabbable(self, pos: QPointF) -> Any:
        for item in self.scene.items(pos):
            if isinstance(item, BadgeItem):
                item = item.parentItem()
            if isinstance(item, (NodeItem, EdgeItem, LaneItem, StageItem, InlineTextEditor)):
                return item
        return None

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if isinstance(self.interaction, RenameInteraction):
            return self.interaction.mouse_press(event)
        if self.interaction is not None:
            event.accept()
            return True
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        pos = event.scenePos()
        item = self._grabbable(pos)
        edge_end = self._selected_edge_end(pos)
        if isinstance(item, NodeItem):
            part = item.part_at(pos, self.view.zoom())
            if part != "connect" or edge_end is None:
                return self._press_node(item, part, event)
        if edge_end is not None:
            self.start(ReattachEdgeInteraction(self, pos, *edge_end))
        elif (owner := self._handle_owner(pos)) is not None:
            self.start(NewEdgeInteraction(self, pos, owner.node_id, self._click_on(item)))
        elif isinstance(item, EdgeItem):
            return False
        elif isinstance(item, (LaneItem, StageItem)):
            key = item.lane_id if isinstance(item, LaneItem) else item.stage_id
            if item.part_at(pos) == "resize":
                self.start(ResizeBandInteraction(self, pos, key))
            else:
                self.scene.select_ids([key])
                self.start(ReorderBandInteraction(self, pos, key))
        else:
            return False
        event.accept()
        return True

    def _selected_edge_end(self, pos: QPointF) -> tuple[str, str] | None:
        """(edge id, "source" or "target") when `pos` is on an end handle of a selected edge:
        those win over the nodes' connect handles drawn next to them."""
        near = QRectF(pos.x() - 15, pos.y() - 15, 30, 30)  # end_at's reach, with room
        for item in self.scene.items(near, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, EdgeItem) and item.isSelected():
                end = item.end_at(pos)
                if end is not None:
                    return item.edge_id, end
        return None

    def _handle_owner(self, pos: QPointF) -> NodeItem | None:
        """The node whose connect handle a press at `pos` grabs. The hit area is a fixed number of
        screen pixels, so it reaches past the node's shape when zoomed out: look around `pos`. It
        wins over the last pixels of an edge arriving there (the rest of the edge keeps its click)."""
        scale = self.view.zoom()
        reach = handle_reach(scale)
        area = QRectF(pos.x() - reach, pos.y() - reach, 2 * reach, 2 * reach)
        for item in self.scene.items(area, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, NodeItem) and item.part_at(pos, scale) == "connect":
                return item
        return None

    def _click_on(self, item: Any) -> Callable[[QGraphicsSceneMouseEvent], None]:
        """What a click on a handle's hit area does when it never becomes a drag: select what is
        under it (`item`, None for the empty canvas) as a click there would have."""

        def click(event: QGraphicsSceneMouseEvent) -> None:
            mods = event.modifiers()
            if item is None:
                if not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
                    self.scene.clearSelection()
            elif mods & Qt.KeyboardModifier.ControlModifier:
                item.setSelected(not item.isSelected())
            elif mods & Qt.KeyboardModifier.ShiftModifier:
                item.setSelected(True)
            else:
                self.scene.select_ids([_key_of_item(item)])

        return click

    def _press_node(self, item: NodeItem, part: str, event: QGraphicsSceneMouseEvent) -> bool:
        pos = event.scenePos()
        mods = event.modifiers()
        event.accept()
        if part == "connect":
            self.start(NewEdgeInteraction(self, pos, item.node_id, self._click_on(item)))
            return True
        if part == "resize":
            self.start(ResizeNodeInteraction(self, pos, item.node_id))
            return True
        if mods & Qt.KeyboardModifier.ControlModifier:
            item.setSelected(not item.isSelected())
            return True
        if mods & Qt.KeyboardModifier.ShiftModifier:
            item.setSelected(True)
        elif not item.isSelected():
            self.scene.select_ids([item.node_id])
        self.start(MoveNodesInteraction(self, pos, self.scene.selected_node_ids()))
        return True

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.interaction is None or isinstance(self.interaction, RenameInteraction):
            return False
        self.interaction.mouse_move(event)
        event.accept()
        return True

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self.interaction is None or isinstance(self.interaction, RenameInteraction):
            return False
        if isinstance(self.interaction, PlaceNodeInteraction) and event.button() != Qt.MouseButton.LeftButton:
            return False
        self.interaction.mouse_release(event)
        event.accept()
        return True

    def mouse_double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        item = self._grabbable(event.scenePos())
        if isinstance(item, (NodeItem, EdgeItem, LaneItem, StageItem)):
            if self.interaction is not None:
                self.interaction.cancel()
            self.rename(_key_of_item(item))
            event.accept()
            return True
        return False

    # ------------------------------------------------------------ keys (from the view)
    def key_press(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        if isinstance(self.scene.focusItem(), InlineTextEditor):
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and isinstance(
                self.interaction, RenameInteraction
            ):
                self.interaction.text_item.close(True)  # Tab ends the typing, as in a table
                return True
            return False
        if key == Qt.Key.Key_Escape:
            self.cancel()
            return True
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in steps and self.scene.selected_node_ids():
            size = GRID if mods & Qt.KeyboardModifier.ShiftModifier else 1.0
            self.nudge(steps[key][0] * size, steps[key][1] * size)
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not mods & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            if self.interaction is not None:
                self.interaction.cancel()
            self.select_next(forward=key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier)
            return True
        return False

    # ------------------------------------------------------------ intents
    def add_node(self, kind: str, pos: QPointF) -> str:
        """A new node of `kind` centred at `pos` (snapped), in the lane under it."""
        width, height = NODE_SIZES.get(kind, (140.0, 70.0))
        x, y = snap(pos.x() - width / 2), snap(pos.y() - height / 2)
        lane = lane_of_point(self.document.blueprint.lanes, y + height / 2)
        key = self.document.new_id(kind)
        if not self.submit(
            lambda: commands.add_elements(
                self.document,
                [NODE_CLASSES[kind](id=key, x=x, y=y, width=width, height=height, lane=lane)],
                tr("Add node"),
            )
        ):
            return ""
        self.scene.select_ids([key])
        return key

    def arm_placement(self, kind: str) -> None:
        """The palette's click-to-place: the next click on the canvas drops a `kind` node."""
        self.start(PlaceNodeInteraction(self, kind))
        self.status(tr("Click on the canvas to place the node; Escape cancels."))

    def edge_problem(self, kind: str, source: str, target: str, ignore: str | None = None) -> str | None:
        """Why an edge would be invalid, as a message; None when it may be drawn."""
        a, b = self.document.element(source, "nodes"), self.document.element(target, "nodes")
        if a is None or b is None:
            return tr("An edge joins two nodes.")
        if source == target:
            return tr("A node cannot be connected to itself.")
        if kind == "flow":
            problem = self._flow_problem(a, b)
            if problem:
                return problem
        elif (a.kind in ANNOTATION_KINDS) == (b.kind in ANNOTATION_KINDS):
            return tr("An association ties evidence or a note to a step.")
        for e in self.document.blueprint.edges:
            if e.id != ignore and e.source == source and e.target == target:
                return tr("These two nodes are already connected.")
        return None

    def connect_nodes(self, source: str, target: str, kind: str | None = None) -> str | None:
        """Draw an edge; the kind follows the ends (annotations take associations) unless given.
        Returns the new edge id, or None after telling the status bar why not."""
        kind = kind or self._edge_kind(source, target)
        problem = self.edge_problem(kind, source, target)
        if problem:
            self.status(problem)
            return None
        edge = Edge(id=self.document.new_id("edge"), kind=kind, source=source, target=target)
        self.push(commands.add_elements(self.document, [edge], tr("Connect")))
        self.scene.select_ids([edge.id])
        return edge.id

    def delete_selection(self) -> None:
        ids = self.scene.selected_ids()
        if ids:
            self.push(commands.remove_elements(self.document, ids))

    def rename(self, key: str) -> None:
        if self.document.find(key) is not None:
            self.start(RenameInteraction(self, key))

    def rename_selected(self) -> None:
        ids = self.scene.selected_ids()
        if len(ids) == 1:
            self.rename(ids[0])

    def select_all(self) -> None:
        for item in self.scene.nodes.values():
            item.setSelected(True)
        for item in self.scene.edges.values():
            item.setSelected(True)

    def nudge(self, dx: float, dy: float) -> None:
        ids = self.scene.selected_node_ids()
        positions = {k: (self.document.element(k).x + dx, self.document.element(k).y + dy) for k in ids}
        self.submit(
            lambda: commands.move_nodes(self.document, positions, tr("Nudge"), ("nudge", tuple(sorted(ids))))
        )

    def move_to(self, positions: dict[str, tuple[float, float]], text: str) -> None:
        if positions:
            self.submit(lambda: commands.move_nodes(self.document, positions, text))

    def align(self, mode: str) -> None:
        nodes = [self.document.element(k) for k in self.scene.selected_node_ids()]
        self.move_to(arrange.align(nodes, mode), tr("Align"))

    def distribute(self, axis: str) -> None:
        nodes = [self.document.element(k) for k in self.scene.selected_node_ids()]
        self.move_to(arrange.distribute(nodes, axis), tr("Distribute"))

    def auto_layout(self) -> None:
        """Arrange automatically: one undo step (nodes, lane heights and stage widths together).
        A small drawing is routed in several layouts to choose one: a busy cursor meanwhile."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            arrangement = arrange.auto_layout(self.document.blueprint)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.submit(lambda: commands.arrange_nodes(self.document, arrangement, tr("Arrange automatically")))

    def add_lane(self, kind: str = "custom", index: int | None = None) -> str:
        """A new lane of `kind` at `index` (the bottom by default); its title is its kind's name."""
        lane = Lane(id=self.document.new_id("lane"), kind=kind)
        if not self.submit(lambda: commands.insert_band(self.document, lane, index)):
            return ""
        self.scene.select_ids([lane.id])
        return lane.id

    def set_lane_kind(self, lane_id: str, kind: str) -> None:
        if self.document.element(lane_id, "lanes").kind != kind:
            self.submit(
                lambda: commands.update_element(self.document, lane_id, tr("Change lane kind"), kind=kind)
            )

    def delete_ids(self, ids: list[str]) -> None:
        self.push(commands.remove_elements(self.document, ids))

    def context_menu(self, scene_pos: QPointF, global_pos: QPoint) -> bool:
        """A right-click: the menu of the element under it, if it has one."""
        item = self._grabbable(scene_pos)
        if item is None:
            return False
        return menus.show_context_menu(self, _key_of_item(item), global_pos)

    def add_stage(self) -> str:
        stage = Stage(id=self.document.new_id("stage"), title=tr("Stage"))
        if not self.submit(lambda: commands.insert_band(self.document, stage)):
            return ""
        return stage.id

    # ------------------------------------------------------------ clipboard
    def copy(self) -> None:
        ids = self.scene.selected_node_ids()
        if not ids:
            return
        data = QMimeData()
        data.setData(clipboard.MIME, clipboard.copy_payload(self.document, ids))
        QGuiApplication.clipboard().setMimeData(data)
        _release_clipboard_at_exit()

    def cut(self) -> None:
        self.copy()
        ids = self.scene.selected_node_ids()
        if ids:
            self.push(commands.remove_elements(self.document, ids))

    def paste(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        if data is None or not data.hasFormat(clipboard.MIME):
            return
        pointer = self.view.pointer_scene_pos()  # at the mouse when it is over the canvas
        at = (pointer.x(), pointer.y()) if pointer is not None else None
        payload = bytes(data.data(clipboard.MIME))
        self._insert(lambda: clipboard.paste_elements(self.document, payload, at), tr("Paste"))

    def duplicate(self) -> None:
        ids = self.scene.selected_node_ids()
        if ids:
            payload = clipboard.copy_payload(self.document, ids)
            self._insert(lambda: clipboard.paste_elements(self.document, payload), tr("Duplicate"))

    def _insert(self, make: Callable[[], list[Any]], text: str) -> None:
        """Add the elements `make` builds (pasted or duplicated), selected and shown."""
        elements: list[Any] = []

        def build() -> QUndoCommand | None:
            elements.extend(make())
            return commands.add_elements(self.document, elements, text) if elements else None

        if self.submit(build):
            self.scene.select_ids([e.id for e in elements])
            shown = [self.scene.nodes[e.id].sceneBoundingRect() for e in elements if e.id in self.scene.nodes]
            if shown:  # a paste beside a wide group may land off screen
                self.view.ensureVisible(functools.reduce(lambda a, b: a.united(b), shown), 20, 20)


def _key_of_item(item: Any) -> str:
    for attr in ("node_id", "edge_id", "lane_id", "stage_id"):
        if hasattr(item, attr):
            return getattr(item, attr)
    raise TypeError(item)


_exit_hook_registered = False


def _release_clipboard_at_exit() -> None:
    """Qt's clipboard would delete our QMimeData in a static destructor after Python has shut
    down, which crashes the process on exit; give it back while Python is still alive."""
    global _exit_hook_registered
    if _exit_hook_registered:
        return
    _exit_hook_registered = True

    def release() -> None:
        if QGuiApplication.instance() is None:
            return
        board = QGuiApplication.clipboard()
        data = board.mimeData()
        if data is not None and data.hasFormat(clipboard.MIME):
            board.clear()

    atexit.register(release)
