"""An intake whose follow-ups come through another intake without a title: the walkthrough's
stepper, the training dock and the handout's words say it is another intake without a title,
never its id (the compiled model titles an untitled node by its id)."""

from __future__ import annotations

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.contact_words import document_sentences
from blueprint_studio.model.schema import Blueprint
from blueprint_studio.model.walkthrough.walker import Walkthrough
from tests.app.test_contacts_walkthrough import desk
from tests.app.test_walkthrough_dock import Bench

UNTITLED = (
    "Follow-ups: for 25% of the tickets that open here, the customer writes again while the ticket "
    "is open, about 4 h after it opened, through another intake, one without a title."
)


def untitled_chat() -> Blueprint:
    bp = desk()
    nodes = [n.model_copy(update={"title": ""}) if n.id == "chat_in" else n for n in bp.nodes]
    return bp.model_copy(update={"nodes": nodes})


def test_the_stepper_says_an_untitled_channel_has_no_title_never_its_id():
    bp = untitled_chat()
    w = Walkthrough(compile_blueprint(bp).model, bp.cards[0], "en")
    assert w.state().node_id == "in"
    said = w.state().contacts
    assert said[0] == UNTITLED
    assert not any("chat_in" in text for text in said)


def test_the_handout_says_the_same_words_for_the_document():
    bp = untitled_chat()
    intake = next(n for n in bp.nodes if n.id == "in")
    said = document_sentences(intake, bp, "en")
    assert said[0] == UNTITLED
    assert not any("chat_in" in text for text in said)


def test_a_titled_channel_is_still_named(qtbot):
    bp = desk()
    w = Walkthrough(compile_blueprint(bp).model, bp.cards[0], "en")
    assert w.state().contacts[0].endswith("through “Chat”.")


def test_the_training_dock_shows_it_under_the_guidance(qtbot):
    bench = Bench(qtbot, untitled_chat())
    bench.workspace.actions["training_start"].trigger()
    text = bench.dock.page.guidance_label.text()
    assert UNTITLED in text and "chat_in" not in text
