"""`KeyboardIntents`: the canvas editor's keyboard-first intents — Insert next to the selection,
Connect to… by name, Tab along the flow and Alt+arrows along the links. Mixed into `CanvasEditor`;
like it, they only push commands, never call `Document` mutators.
"""

from __future__ import annotations

from typing import Any

from blueprint_studio.canvas import commands, keyboard
from blueprint_studio.canvas.connect_dialog import ConnectDialog
from blueprint_studio.canvas.items.node import kind_name
from blueprint_studio.canvas.rename import RenameInteraction
from blueprint_studio.model.schema import ANNOTATION_KINDS, NODE_CLASSES, Edge

tr = commands.tr


class KeyboardIntents:
    """Needs the editor's document, scene, view, interaction, push, submit, status, rename and
    edge_problem."""

    connect_dialog: ConnectDialog | None = None

    def insert_node(self, kind: str) -> str:
        """Insert › kind from the keyboard or a menu: right of the selected node(s), in their lane,
        clear of other nodes, connected from them when a flow may run there; in a selected lane;
        with nothing selected, at a free spot in the middle of the view. One undo step; then the
        name is typed in place."""
        if isinstance(self.interaction, RenameInteraction):
            self.interaction.text_item.close(True)  # a name being typed is kept, not lost
        elif self.interaction is not None:
            self.interaction.cancel()
        bp = self.document.blueprint
        anchors = [self.document.element(k) for k in self.scene.selected_node_ids()]
        lanes = [k for k in self.scene.selected_ids() if self.document.find(k, "lanes")]
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        if anchors:
            spot = keyboard.spot_next_to(bp, kind, anchors)
        elif lanes:  # a selected lane: its first free place from the left of the view
            spot = keyboard.spot_in_lane(bp, kind, lanes[0], max(visible.left(), 0.0))
        else:
            spot = keyboard.spot_around(bp, kind, visible.center().x(), visible.center().y())
        width, height = keyboard.node_size(kind)
        node = NODE_CLASSES[kind](
            id=self.document.new_id(kind), x=spot.x, y=spot.y, width=width, height=height, lane=spot.lane
        )
        sources = [a.id for a in anchors if self._flow_problem(a, node) is None]
        edges = [
            Edge(id=key, source=source, target=node.id)
            for key, source in zip(self._new_ids("edge", len(sources)), sources)
        ]
        text = tr("Insert “{kind}”").format(kind=kind_name(kind))
        if not self.submit(
            lambda: commands.add_elements_growing_lane(
                self.document, [node, *edges], text, spot.lane, spot.lane_height
            )
        ):
            return ""
        self.scene.select_ids([node.id])
        self.select_and_centre(node.id, only_if_hidden=True)
        self.view.setFocus()
        self.rename(node.id)
        return node.id

    def _flow_problem(self, source: Any, target: Any) -> str | None:
        """Why no flow may run from node `source` to node `target` (elements, not ids: the
        target may not be in the document yet); None when it may."""
        if source.kind in ANNOTATION_KINDS or target.kind in ANNOTATION_KINDS:
            return tr("A flow cannot start or end at evidence or a note; use an association.")
        if target.kind == "intake":
            return tr("Nothing flows into an intake: tickets arrive there.")
        if source.kind == "end":
            return tr("Nothing leaves an end.")
        return None

    def open_connect_dialog(self) -> ConnectDialog | None:
        """Connect to…: choose by name the node the selected node(s) lead to (one undo step)."""
        sources = self.scene.selected_node_ids()
        if not sources:
            self.status(tr("Select the node to connect from, then choose Connect to…"))
            return None
        if self.interaction is not None:
            self.interaction.cancel()

        def problem(target: str) -> str | None:
            reasons = [self.edge_problem(self._edge_kind(s, target), s, target) for s in sources]
            return None if any(r is None for r in reasons) else reasons[0]

        dialog = ConnectDialog(self.document.blueprint, sources, problem, self.view)
        dialog.accepted.connect(lambda: self.connect_selection_to(sources, dialog.target()))
        dialog.finished.connect(lambda *_: self._connect_dialog_closed(dialog))
        self.connect_dialog = dialog
        dialog.open()
        return dialog

    def _connect_dialog_closed(self, dialog: ConnectDialog) -> None:
        if self.connect_dialog is dialog:
            self.connect_dialog = None
        dialog.deleteLater()
        self.view.activateWindow()  # not every window manager gives it back after a dialog
        self.view.setFocus()

    def connect_selection_to(self, sources: list[str], target: str | None) -> list[str]:
        """Edges from each source that may lead to `target`, in one command; the new edges are
        selected so their label or branch rule can be set next."""
        if target is None:
            return []
        fine, problems = [], []
        for source in sources:
            kind = self._edge_kind(source, target)
            problem = self.edge_problem(kind, source, target)
            if problem:
                problems.append(problem)
            else:
                fine.append((source, kind))
        edges = [
            Edge(id=key, kind=kind, source=source, target=target)
            for key, (source, kind) in zip(self._new_ids("edge", len(fine)), fine)
        ]
        if edges:
            self.push(commands.add_elements(self.document, edges, tr("Connect")))
            self.scene.select_ids([e.id for e in edges])
        if problems:
            self.status(problems[0])
        return [e.id for e in edges]

    def _new_ids(self, prefix: str, count: int) -> list[str]:
        """`count` unused ids, for several elements added by one command."""
        found: list[str] = []
        n = 0
        while len(found) < count:
            n += 1
            key = f"{prefix}_{n}"
            if key not in found and self.document.find(key) is None:
                found.append(key)
        return found

    def _edge_kind(self, source: str, target: str) -> str:
        a, b = self.document.element(source, "nodes"), self.document.element(target, "nodes")
        notes = a is not None and b is not None and (a.kind in ANNOTATION_KINDS or b.kind in ANNOTATION_KINDS)
        return "association" if notes else "flow"

    # ------------------------------------------------------------ navigation
    def select_next(self, forward: bool = True) -> None:
        """Tab: the next node along the flow (its first successor, then the sibling branches);
        Shift+Tab: back. From a selected edge, its target (or source). The view follows."""
        order = keyboard.tab_order(self.document.blueprint)
        if not order:
            return
        selected = self.scene.selected_ids()
        current = [k for k in selected if k in order]
        edge = self.document.element(selected[0], "edges") if len(selected) == 1 else None
        if edge is not None:
            self.select_and_centre(edge.target if forward else edge.source)
            return
        if current:
            i = order.index(current[-1 if forward else 0]) + (1 if forward else -1)
        else:
            i = 0 if forward else -1
        self.select_and_centre(order[i % len(order)])

    def select_link(self, outgoing: bool = True) -> None:
        """Alt+Right / Alt+Left: the selected node's outgoing (incoming) links one after the other,
        so a branch's label and rule can be edited without the mouse."""
        selected = self.scene.selected_ids()
        if len(selected) != 1:
            return
        edge = self.document.element(selected[0], "edges")
        node = (edge.source if outgoing else edge.target) if edge is not None else selected[0]
        end = "source" if outgoing else "target"
        links = [e.id for e in self.document.blueprint.edges if getattr(e, end) == node]
        if not links:
            self.status(
                tr("This node has no outgoing link.") if outgoing else tr("This node has no incoming link.")
            )
            return
        i = links.index(selected[0]) + 1 if edge is not None and selected[0] in links else 0
        self.select_and_centre(links[i % len(links)], only_if_hidden=True)

    def select_and_centre(self, key: str, only_if_hidden: bool = False) -> None:
        item = self.scene.item_of(key)
        if item is None:
            return
        self.scene.select_ids([key])
        rect = item.sceneBoundingRect()
        if only_if_hidden and self.view.mapToScene(self.view.viewport().rect()).boundingRect().contains(rect):
            return
        self.view.centerOn(rect.center())
