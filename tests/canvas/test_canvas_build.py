"""The scene build's shortcuts change nothing that shows: a node's outline made once per shape and
size is the outline made where it stands, and the cycle collector held off during the build is
left as it was found, even when the build fails."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QRectF

from blueprint_studio import resources
from blueprint_studio.canvas.items import shapes
from blueprint_studio.canvas.routing import painter_path
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.model import geometry
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load

SHAPES = ("rounded", "pill", "diamond", "hexagon", "document", "note", "chevron", "octagon")


def elements(path) -> list[tuple[float, float]]:
    return [(e.x, e.y, e.type) for e in (path.elementAt(i) for i in range(path.elementCount()))]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_kept_outline_is_the_outline_made_where_the_node_stands(qapp, shape):
    for x, y, w, h in ((0, 0, 140, 70), (37.5, -210.25, 140, 70), (600, 90, 96, 96)):
        made = painter_path(geometry.outline(shape, geometry.Rect(x, y, w, h)))
        kept = shapes.outline(shape, QRectF(x, y, w, h))
        assert elements(kept) == elements(made), (shape, x, y)


def test_a_changed_outline_leaves_the_kept_one_alone(qapp):
    first = shapes.outline("diamond", QRectF(0, 0, 140, 70))
    first.addRect(QRectF(500, 500, 10, 10))  # a caller adds to its copy (NodeItem.shape does)
    again = shapes.outline("diamond", QRectF(0, 0, 140, 70))
    assert again.boundingRect() == QRectF(0, 0, 140, 70)


def document() -> Document:
    return Document(load(resources.template_path("helpdesk_flow", "en")))


@pytest.mark.parametrize("was_on", [True, False])
def test_a_build_leaves_the_collector_as_it_found_it(qapp, was_on):
    before = gc.isenabled()  # off in the test session (tests/conftest.py): left as found
    gc.enable() if was_on else gc.disable()
    try:
        scene = BlueprintScene(document())
        assert scene.nodes and scene.edges
        assert gc.isenabled() is was_on
        scene.rebuild()
        assert gc.isenabled() is was_on
    finally:
        gc.enable() if before else gc.disable()


def test_a_failed_build_turns_the_collector_back_on(qapp, monkeypatch):
    def broken(self, node):
        raise RuntimeError("no node")

    monkeypatch.setattr(BlueprintScene, "_add_node", broken)
    before = gc.isenabled()
    gc.enable()
    try:
        with pytest.raises(RuntimeError, match="no node"):
            BlueprintScene(document())
        assert gc.isenabled()
    finally:
        gc.enable() if before else gc.disable()


def test_kept_field_words_follow_the_language_and_fields_changed_in_place(qapp):
    from types import SimpleNamespace

    from blueprint_studio.model import words

    fields = load(resources.template_path("helpdesk_flow", "en")).fields
    english = dict(words.caption_labels(fields, "en"))
    assert dict(words.caption_labels(fields, "fr")) != english
    assert dict(words.caption_labels(fields, "en")) == english
    loose = [SimpleNamespace(name="tier", label="Tier", labels={}, values=[], value_labels={})]
    assert dict(words.caption_labels(loose, "en")) == {"tier": "Tier"}
    loose[0].label = "Support tier"  # not frozen: never kept, so the change shows
    assert dict(words.caption_labels(loose, "en")) == {"tier": "Support tier"}


def test_a_resized_node_is_hit_at_its_new_handles(qtbot):
    from canvaskit import click, drag, shown_editor, vp
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest

    from blueprint_studio.canvas.items.node import HANDLE, HANDLE_GAP

    editor = shown_editor(qtbot)
    click(editor.view, (300, 240))
    drag(editor.view, (407, 272), (447, 292))  # the grip of "triage", 40 wider and 20 taller
    triage = editor.document.element("triage")
    assert (triage.width, triage.height) == (190, 90)
    item = editor.scene.nodes["triage"]
    handle = QPointF(triage.x + triage.width + HANDLE_GAP + HANDLE, triage.y + triage.height / 2)
    assert item in editor.scene.items(handle)  # its shape follows the new size
    QTest.mouseMove(editor.view.viewport(), vp(editor.view, handle))
    assert editor.view.viewport().cursor().shape() == Qt.CursorShape.CrossCursor


def test_a_scene_closed_before_its_detours_are_routed_stays_quiet(qtbot, monkeypatch):
    """A large drawing routes its detours from the event loop once it shows; closing its tab
    before they are all done leaves no routing on items already gone."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from blueprint_studio.canvas import scene as scene_module

    monkeypatch.setattr(scene_module, "SYNC_DETOURS", 0)  # the template routes as a large drawing
    scene = BlueprintScene(Document(load(resources.template_path("service_blueprint", "en"))))
    assert scene.routes_pending() > 0
    scene.close()
    scene.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    qtbot.wait(50)  # pytest-qt fails the test on an exception raised in a timer's slot
    assert scene.routes_pending() == 0
