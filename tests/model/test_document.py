"""Document: the one mutator. Events carry ids, come last and once; undo data restores order."""

from __future__ import annotations

import pytest
from flowkit import minimal
from pydantic import ValidationError

from blueprint_studio.model.document import Document, validated_copy
from blueprint_studio.model.fileformat import dumps, loads
from blueprint_studio.model.schema import LIMITS, Blueprint, Edge, Lane, Meta, StepNode, TicketField


@pytest.fixture
def doc():
    document = Document(minimal())
    document.events = []
    document.subscribe(document.events.append)
    return document


def test_add_bumps_revision_and_emits_ids_after_the_change(doc):
    seen = []
    doc.subscribe(lambda e: seen.append(doc.element("new") is not None))
    doc.add(StepNode(id="new", pool="desk"))
    assert doc.revision == 1
    assert [(e.kind, e.ids, e.revision) for e in doc.events] == [("added", ("new",), 1)]
    assert seen == [True]


def test_duplicate_ids_are_refused_across_kinds(doc):
    with pytest.raises(ValueError, match="already used"):
        doc.add(Edge(id="triage", source="in", target="done"))
    with pytest.raises(ValueError, match="already used"):
        doc.add(Lane(id="desk"))  # the id of a pool
    assert doc.revision == 0 and doc.events == []


def test_removing_a_node_takes_its_edges_and_insert_restores_everything(doc):
    before = dumps(doc.blueprint)
    removed = doc.remove(["kind"])
    assert {p.element.id for p in removed} == {"kind", "e2", "e3", "e4"}
    assert doc.find("e3") is None and doc.revision == 1
    assert doc.events[-1].kind == "removed" and set(doc.events[-1].ids) == {"kind", "e2", "e3", "e4"}
    doc.insert(removed)
    assert dumps(doc.blueprint) == before
    assert doc.revision == 2 and doc.events[-1].kind == "added"


def test_replace_and_update_validate_and_report_changes(doc):
    old = doc.update("triage", title="Triage")
    assert old.title == "" and doc.element("triage").title == "Triage"
    assert doc.events[-1].ids == ("triage",)
    with pytest.raises(ValueError):
        doc.update("triage", time_limit=-5)
    assert doc.element("triage").title == "Triage" and doc.revision == 1


def test_rename_through_replace(doc):
    step = doc.element("answer")
    doc.replace(step.model_copy(update={"id": "reply"}), old_key="answer")
    assert doc.element("reply") is not None and doc.element("answer") is None
    assert doc.events[-1].ids == ("answer", "reply")


def test_batch_gives_one_revision_and_one_event_per_kind(doc):
    with doc.batch():
        doc.add(StepNode(id="s1", pool="desk"))
        doc.add(StepNode(id="s2", pool="desk"))
        doc.update("s1", title="One")
        doc.set_meta(Meta(title="Batch"))
    assert doc.revision == 1
    assert [(e.kind, e.ids) for e in doc.events] == [
        ("meta", ()),
        ("added", ("s1", "s2")),
        ("changed", ("s1",)),
    ]


def test_move_reorders_lanes(doc):
    doc.add(Lane(id="a", kind="customer"))
    doc.add(Lane(id="b", kind="frontstage"))
    former = doc.move("b", 0)
    assert former == 1 and [ln.id for ln in doc.blueprint.lanes] == ["b", "a"]


def test_fields_are_addressed_by_name(doc):
    doc.add(TicketField(name="tier", values=["gold", "std"]))
    assert doc.element("tier", "fields").values == ["gold", "std"]
    with pytest.raises(ValueError):
        doc.add(TicketField(name="tier", values=["x"]))


def test_unsubscribe_and_listener_order(doc):
    order = []
    first = doc.subscribe(lambda e: order.append(1))
    doc.subscribe(lambda e: order.append(2))
    doc.set_meta(Meta(title="x"))
    first()
    doc.set_meta(Meta(title="y"))
    assert order == [1, 2, 2]


def test_new_id_is_free(doc):
    doc.add(StepNode(id="step_1", pool="desk"))
    assert doc.new_id("step") == "step_2"


def test_an_element_the_schema_refuses_never_reaches_the_document(doc):
    """`model_copy(update=…)` checks nothing: the document re-validates what it is given, so
    each refused change leaves it as it was, and what it holds always saves and reopens."""
    before = dumps(doc.blueprint)
    triage = doc.element("triage")
    refused = [
        lambda: doc.replace(triage.model_copy(update={"x": 2e7})),  # beyond the drawing's bounds
        lambda: doc.replace(triage.model_copy(update={"width": -5.0})),
        lambda: doc.add(StepNode(id="far", pool="desk").model_copy(update={"y": float("nan")})),
        lambda: doc.add(
            Edge(id="both", source="in", target="done").model_copy(
                update={"default": True, "probability": 0.5}
            )
        ),  # a cross-field rule: one way of choosing the branch
        lambda: doc.update("triage", x=2e7),
        lambda: doc.set_meta(Meta(title="T").model_copy(update={"title": "t" * 100_000})),
    ]
    for change in refused:
        with pytest.raises(ValidationError):
            change()
    assert dumps(doc.blueprint) == before and doc.revision == 0 and doc.events == []
    assert loads(dumps(doc.blueprint)) == doc.blueprint


def test_the_document_keeps_the_schema_s_collection_sizes():
    full = Document(Blueprint(lanes=[Lane(id=f"lane_{i}") for i in range(LIMITS["lanes"])]))
    with pytest.raises(ValueError, match="at most"):
        full.add(Lane(id="one_more"))
    assert len(full.blueprint.lanes) == LIMITS["lanes"] and full.revision == 0


def test_validated_copy_applies_changes_and_the_schema(doc):
    triage = doc.element("triage")
    moved = validated_copy(triage, x=40, title="Sort")
    assert (moved.x, moved.title, moved.id) == (40.0, "Sort", "triage") and triage.x == 0
    with pytest.raises(ValidationError):
        validated_copy(triage, x=1e7 + 1)
