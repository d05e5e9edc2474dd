"""Random sequences of commands (add, move, connect, rename, delete, reorder and resize lanes,
change properties, arrange), then undo everything and redo everything: the dumps must match the
initial and final documents, and the scene must follow the document at every step."""

from __future__ import annotations

from canvaskit import dump, scene_in_sync, small_document
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from blueprint_studio.canvas import arrange, commands
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.model.schema import NODE_CLASSES, Edge, Lane

APP = QApplication.instance() or QApplication([])
KINDS = sorted(NODE_CLASSES)


class CommandSequences(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        self.doc = small_document()
        self.scene = BlueprintScene(self.doc)
        self.stack = QUndoStack()
        self.initial = dump(self.doc)

    def push(self, command) -> None:
        before = dump(self.doc)
        self.stack.push(command)
        if self.stack.count() and self.stack.command(self.stack.count() - 1) is command:
            after = dump(self.doc)
            self.stack.undo()
            assert dump(self.doc) == before
            self.stack.redo()
            assert dump(self.doc) == after

    def node_ids(self) -> list[str]:
        return [n.id for n in self.doc.blueprint.nodes]

    @rule(kind=st.sampled_from(KINDS), x=st.integers(-200, 1500), y=st.integers(-100, 700))
    def add_node(self, kind, x, y) -> None:
        node = NODE_CLASSES[kind](id=self.doc.new_id(kind), x=x, y=y)
        self.push(commands.add_elements(self.doc, [node]))

    @precondition(lambda self: self.doc.blueprint.nodes)
    @rule(data=st.data(), dx=st.integers(-300, 300), dy=st.integers(-300, 300))
    def move(self, data, dx, dy) -> None:
        ids = data.draw(st.lists(st.sampled_from(self.node_ids()), min_size=1, max_size=3, unique=True))
        pos = {k: (self.doc.element(k).x + dx, self.doc.element(k).y + dy) for k in ids}
        self.push(commands.move_nodes(self.doc, pos))

    @precondition(lambda self: len(self.doc.blueprint.nodes) >= 2)
    @rule(data=st.data(), association=st.booleans())
    def connect(self, data, association) -> None:
        a, b = data.draw(st.lists(st.sampled_from(self.node_ids()), min_size=2, max_size=2, unique=True))
        edge = Edge(
            id=self.doc.new_id("edge"), kind="association" if association else "flow", source=a, target=b
        )
        self.push(commands.add_elements(self.doc, [edge]))

    @precondition(lambda self: self.doc.blueprint.nodes)
    @rule(data=st.data(), title=st.text(max_size=20))
    def rename(self, data, title) -> None:
        key = data.draw(st.sampled_from(self.node_ids()))
        self.push(commands.update_element(self.doc, key, title=title))

    @precondition(lambda self: self.doc.blueprint.nodes or self.doc.blueprint.lanes)
    @rule(data=st.data())
    def delete(self, data) -> None:
        bp = self.doc.blueprint
        pool = [n.id for n in bp.nodes] + [e.id for e in bp.edges] + [lane.id for lane in bp.lanes]
        ids = data.draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3, unique=True))
        self.push(commands.remove_elements(self.doc, ids))

    @precondition(lambda self: len(self.doc.blueprint.lanes) >= 2)
    @rule(data=st.data())
    def reorder_lane(self, data) -> None:
        lanes = self.doc.blueprint.lanes
        key = data.draw(st.sampled_from([lane.id for lane in lanes]))
        index = data.draw(st.integers(0, len(lanes) - 1))
        if index != self.doc.find(key).index:
            self.push(commands.reorder_band(self.doc, key, index))

    @precondition(lambda self: self.doc.blueprint.lanes)
    @rule(data=st.data(), height=st.integers(40, 400))
    def resize_lane(self, data, height) -> None:
        key = data.draw(st.sampled_from([lane.id for lane in self.doc.blueprint.lanes]))
        self.push(commands.resize_band(self.doc, key, height))

    @rule(kind=st.sampled_from(["customer", "support", "custom"]), index=st.integers(0, 5))
    def add_lane(self, kind, index) -> None:
        lane = Lane(id=self.doc.new_id("lane"), kind=kind)
        self.push(commands.insert_band(self.doc, lane, index))

    @precondition(lambda self: any(n.kind == "step" for n in self.doc.blueprint.nodes))
    @rule(data=st.data(), guidance=st.text(max_size=10), first=st.booleans())
    def change_step(self, data, guidance, first) -> None:
        key = data.draw(st.sampled_from([n.id for n in self.doc.blueprint.nodes if n.kind == "step"]))
        self.push(commands.update_element(self.doc, key, guidance=guidance, first_response=first))

    @precondition(lambda self: self.doc.blueprint.edges)
    @rule(data=st.data(), p=st.floats(0, 1))
    def change_edge(self, data, p) -> None:
        key = data.draw(st.sampled_from([e.id for e in self.doc.blueprint.edges]))
        self.push(commands.update_element(self.doc, key, condition=None, default=False, probability=p))

    @rule()
    def auto_layout(self) -> None:
        command = commands.arrange_nodes(self.doc, arrange.auto_layout(self.doc.blueprint))
        if command is not None:
            self.push(command)

    @invariant()
    def scene_follows(self) -> None:
        if hasattr(self, "doc"):
            scene_in_sync(self.scene, self.doc)

    def teardown(self) -> None:
        if not hasattr(self, "doc"):
            return
        final = dump(self.doc)
        while self.stack.canUndo():
            self.stack.undo()
        assert dump(self.doc) == self.initial
        scene_in_sync(self.scene, self.doc)
        while self.stack.canRedo():
            self.stack.redo()
        assert dump(self.doc) == final
        scene_in_sync(self.scene, self.doc)
        self.scene.close()


CommandSequences.TestCase.settings = settings(
    max_examples=60, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
test_random_command_sequences_undo_and_redo_exactly = CommandSequences.TestCase
