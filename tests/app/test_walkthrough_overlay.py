"""The walkthrough overlay: the current node haloed, the path numbered, the next choices marked;
it follows moved nodes, takes no clicks, never touches the document or the undo stack, and goes
away cleanly."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QUndoStack

from blueprint_studio.canvas import commands
from blueprint_studio.canvas.overlays.walkthrough import BLOCKED, NEXT, NumberBadge, WalkthroughOverlay
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import dumps, load
from blueprint_studio.model.walkthrough.walker import Walkthrough
from blueprint_studio.resources import template_path


def setup(name: str = "helpdesk_flow", card_id: str = "card_invoice_reopened"):
    doc = Document(load(template_path(name, "en")))
    scene = BlueprintScene(doc)
    model = compile_blueprint(doc.blueprint).model
    walk = Walkthrough(model, doc.element(card_id), "en")
    return doc, scene, walk


def walk_along(walk: Walkthrough, steps: int) -> None:
    path = walk.card.expected_path
    for _ in range(steps):
        walk.advance(walk.choice_towards(path[walk.cursor + 1]))


def badges(overlay: WalkthroughOverlay, filled: bool) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for item in overlay.items:
        if isinstance(item, NumberBadge) and item.filled == filled:
            node = min(
                overlay.scene.nodes.values(),
                key=lambda n: (n.scene_rect().center() - item.pos()).manhattanLength(),
            )
            found.setdefault(node.node_id, []).append(item.text)
    return found


def test_halo_path_numbers_and_next_choices(qapp):
    doc, scene, walk = setup()
    before = len(scene.items())
    revision, dump = doc.revision, dumps(doc.blueprint)
    overlay = WalkthroughOverlay(scene)
    walk_along(walk, 8)  # around the loop: triage is visited twice
    view = walk.state()
    overlay.show_step(walk.summary().path, view, view.suggested)
    path = [p.node_id for p in walk.summary().path]
    assert overlay.current_id == view.node_id and overlay.path_ids == path
    assert overlay.item_for(view.node_id).pos() == scene.nodes[view.node_id].pos()
    numbers = badges(overlay, filled=True)
    repeated = next(n for n in path if path.count(n) > 1)
    assert "·" in numbers[repeated][0]
    visits = [str(i + 1) for i, n in enumerate(path) if n == view.node_id]
    assert numbers[view.node_id] == ["·".join(visits[-3:])]
    assert overlay.next_ids == [c.target_id for c in view.choices]
    keys = badges(overlay, filled=False)
    assert sorted(sum(keys.values(), [])) == [str(c.index + 1) for c in view.choices]
    for item in overlay.items:
        assert not item.isSelected() and not item.acceptedMouseButtons()
    assert doc.revision == revision and dumps(doc.blueprint) == dump
    overlay.clear()
    assert len(scene.items()) == before and not overlay.items and overlay.current_id is None
    scene.close()


def test_refused_choices_are_marked_grey(qapp):
    doc, scene, walk = setup("ticket_states", "card_password")
    overlay = WalkthroughOverlay(scene)
    walk.advance(0)
    view = walk.state()
    overlay.show_step(walk.summary().path, view, None)
    colours = {item.colour for item in overlay.items if isinstance(item, NumberBadge) and not item.filled}
    assert colours == {NEXT, BLOCKED}
    overlay.close()
    scene.close()


def test_the_overlay_follows_a_moved_node_and_stays_out_of_the_undo_stack(qapp):
    doc, scene, walk = setup()
    overlay = WalkthroughOverlay(scene)
    walk_along(walk, 2)
    view = walk.state()
    overlay.show_step(walk.summary().path, view, view.suggested)
    stack = QUndoStack()
    node = doc.element(view.node_id)
    stack.push(commands.move_nodes(doc, {node.id: (node.x + 200, node.y)}))
    assert stack.count() == 1
    assert overlay.item_for(view.node_id).pos() == QPointF(node.x + 200, node.y)
    stack.undo()
    assert overlay.item_for(view.node_id).pos() == QPointF(node.x, node.y)
    assert stack.count() == 1 and stack.index() == 0
    overlay.close()
    stack.redo()  # closed: it no longer draws
    assert not overlay.items
    scene.close()


def test_a_deleted_node_is_skipped_not_crashed_on(qapp):
    doc, scene, walk = setup()
    overlay = WalkthroughOverlay(scene)
    walk_along(walk, 3)
    view = walk.state()
    overlay.show_step(walk.summary().path, view, view.suggested)
    stack = QUndoStack()
    stack.push(commands.remove_elements(doc, [view.node_id]))
    assert overlay.item_for(view.node_id) is None and overlay.items
    stack.undo()
    assert overlay.item_for(view.node_id) is not None
    overlay.close()
    scene.close()
