"""Compiler: the flow model the simulator and the walkthrough execute."""

from __future__ import annotations

import pytest
from flowkit import minimal

from blueprint_studio.model.compiler import calendar_of, compile_blueprint
from blueprint_studio.model.schema import Calendar, OpeningHours, Pool, Scenario, Shift, SlaPolicy


def test_clean_document_compiles_to_an_indexed_model():
    result = compile_blueprint(minimal())
    assert result.ok and result.errors == ()
    flow = result.model
    assert [flow.nodes[i].id for i in flow.intakes] == ["in"]
    kind = flow.node("kind")
    assert [(flow.nodes[t.target].id, t.rule) for t in kind.transitions] == [
        ("answer", "condition"),
        ("roadmap_end", "default"),
    ]
    support = kind.transitions[0].condition
    assert support({"category": "support"}) is True and support({"category": "feature"}) is False
    assert flow.pools[flow.node("triage").pool].id == "desk"
    assert flow.node("answer").first_response  # it sends a template response
    assert not flow.node("triage").first_response
    assert flow.graph.has_edge("in", "triage")


def test_errors_block_compilation():
    bp = minimal(pools=[Pool(id="desk", agents=0)])
    result = compile_blueprint(bp)
    assert result.model is None
    assert {d.code for d in result.errors} == {"pool_without_agents"}


def test_calendar_sums_overlapping_shifts_over_the_week():
    cal = calendar_of(
        99,
        [Shift(days=[0, 1, 2, 3, 4], start=8, end=18, agents=3), Shift(days=[0], start=12, end=14, agents=1)],
    )
    monday = 0
    assert cal.agents_at(monday + 7 * 60) == 0
    assert cal.agents_at(monday + 8 * 60) == 3
    assert cal.agents_at(monday + 13 * 60) == 4
    assert cal.agents_at(monday + 14 * 60) == 3
    assert cal.agents_at(1440 + 13 * 60) == 3  # Tuesday has no lunch reinforcement
    assert cal.agents_at(5 * 1440 + 10 * 60) == 0  # Saturday
    assert cal.agents_at(7 * 1440 + 9 * 60) == 3  # next Monday: the week repeats
    assert cal.peak == 4 and not cal.always_open
    assert calendar_of(2, []).agents_at(12345) == 2


def test_scenario_overrides_pool_size_and_sla():
    bp = minimal(
        pools=[Pool(id="desk", agents=2, shifts=[Shift(days=[0, 1, 2, 3, 4], start=8, end=18, agents=2)])],
        sla=[
            SlaPolicy(id="p1", when='priority == "P1"', first_response=60, resolution=240),
            SlaPolicy(id="rest", resolution=480, business_hours=True, calendar="office"),
        ],
        calendars=[
            Calendar(id="office", name="Office", hours=[OpeningHours(days=[0, 1, 2, 3, 4], start=8, end=18)])
        ],
        scenarios=[Scenario(id="more", pool_agents={"desk": 4}, sla=[SlaPolicy(id="tight", resolution=120)])],
    )
    base = compile_blueprint(bp).model
    assert base.pools[0].calendar.agents_at(9 * 60) == 2
    assert base.sla_for({"priority": "P1"}).id == "p1"
    assert base.sla_for({"priority": "P3"}).id == "rest"
    more = compile_blueprint(bp, "more").model
    assert more.pools[0].calendar.agents_at(9 * 60) == 4  # shifts scaled to the new head count
    assert more.pools[0].calendar.agents_at(20 * 60) == 0
    assert more.sla_for({"priority": "P1"}).id == "tight"
    with pytest.raises(KeyError):
        compile_blueprint(bp, "missing")


def test_model_is_immutable():
    flow = compile_blueprint(minimal()).model
    with pytest.raises(AttributeError):
        flow.nodes[0].title = "x"
    with pytest.raises(TypeError):
        flow.index["x"] = 1


def test_decision_questions_and_evidence_reach_the_flow_model():
    from blueprint_studio import resources
    from blueprint_studio.model.fileformat import load

    bp = load(resources.template_path("service_blueprint", "en"))
    flow = compile_blueprint(bp).model
    tied = [n for n in flow.nodes if n.evidence]
    assert len(tied) >= 5
    evidence_titles = {n.title for n in bp.nodes if n.kind == "evidence"}
    assert all(set(n.evidence) <= evidence_titles for n in tied)
    decisions = [n for n in flow.nodes if n.kind == "decision"]
    sources = {n.id: n.question for n in bp.nodes if n.kind == "decision"}
    assert all(d.question == sources[d.id] for d in decisions)
