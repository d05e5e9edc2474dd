"""A lane's own pool shares the ids of every element: the document refuses a lane whose pool takes an
id already used (by a node, another pool or the lane itself), added or changed, so that what it
holds always saves and reopens (the blueprint refuses a file with an id used twice)."""

from __future__ import annotations

import pytest

from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import dumps, loads
from blueprint_studio.model.schema import Blueprint, Lane, Pool, StepNode


@pytest.fixture
def doc() -> Document:
    return Document(
        Blueprint(
            lanes=[Lane(id="l1", pool=Pool(id="desk"))],
            pools=[Pool(id="experts")],
            nodes=[StepNode(id="triage", pool="desk", lane="l1")],
        )
    )


@pytest.mark.parametrize("taken", ["triage", "experts", "desk", "l1", "l2"])
def test_a_lane_added_with_a_pool_id_already_used_is_refused(doc, taken):
    before = dumps(doc.blueprint)
    with pytest.raises(ValueError, match="already used"):
        doc.add(Lane(id="l2", pool=Pool(id=taken)))
    assert dumps(doc.blueprint) == before and doc.revision == 0


@pytest.mark.parametrize("taken", ["triage", "experts", "l1"])
def test_a_lane_s_pool_given_an_id_already_used_is_refused(doc, taken):
    before = dumps(doc.blueprint)
    lane = doc.element("l1")
    with pytest.raises(ValueError, match="already used"):
        doc.replace(lane.model_copy(update={"pool": Pool(id=taken)}))
    with pytest.raises(ValueError, match="already used"):
        doc.update("l1", pool=Pool(id=taken))
    assert dumps(doc.blueprint) == before and doc.revision == 0


def test_a_lane_keeps_or_renames_its_own_pool_and_the_file_reopens(doc):
    lane = doc.element("l1")
    doc.replace(lane.model_copy(update={"height": 200.0}))  # its own pool, unchanged
    doc.update("l1", pool=Pool(id="front_desk", agents=3))  # a free id
    doc.add(Lane(id="l2", pool=Pool(id="level2")))
    assert [p.id for p in doc.blueprint.all_pools()] == ["front_desk", "level2", "experts"]
    assert loads(dumps(doc.blueprint)) == doc.blueprint
