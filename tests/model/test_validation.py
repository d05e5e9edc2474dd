"""One test per diagnostic, each on a small document that has exactly that fault."""

from __future__ import annotations

import pytest
from flowkit import add, lanes_blueprint, minimal, replace_edge, replace_node

from blueprint_studio.model.diagnostics import CODES
from blueprint_studio.model.schema import (
    Calendar,
    DecisionNode,
    Edge,
    EndNode,
    EscalationLadder,
    EvidenceNode,
    IntakeNode,
    NoteNode,
    OpeningHours,
    Pool,
    SatisfactionNode,
    Scenario,
    SlaPolicy,
    StepNode,
    TicketCard,
    WaitNode,
)
from blueprint_studio.model.validation import validate


def codes(bp) -> set[str]:
    return {d.code for d in validate(bp)}


def node(bp, node_id):
    return next(n for n in bp.nodes if n.id == node_id)


def edge(bp, edge_id):
    return next(e for e in bp.edges if e.id == edge_id)


def test_minimal_is_clean():
    assert validate(minimal()) == []


def without(bp, *ids):
    return bp.model_copy(
        update={
            "nodes": [n for n in bp.nodes if n.id not in ids],
            "edges": [e for e in bp.edges if e.id not in ids and e.source not in ids and e.target not in ids],
        }
    )


def upd(obj, **changes):
    return type(obj).model_validate({**obj.model_dump(), **changes})


B = minimal()
CASES = {
    "no_intake": without(B, "in"),
    "unknown_node": add(B, edges=[Edge(id="e6", source="answer", target="ghost")]),
    "unknown_lane": replace_node(B, upd(node(B, "triage"), lane="nowhere")),
    "unknown_pool": replace_node(B, upd(node(B, "answer"), pool="ghost")),
    "unknown_field": replace_node(B, upd(node(B, "answer"), mandatory_fields=["ghost"])),
    "bad_value": replace_node(B, upd(node(B, "in"), set_fields={"priority": "P9"})),
    "shares_all_zero": replace_node(B, upd(node(B, "in"), field_shares={"priority": {"P1": 0}})),
    "shares_need_choice": replace_node(B, upd(node(B, "in"), field_shares={"vip": {"true": 1}})),
    "unreachable": add(
        B, [StepNode(id="orphan", pool="desk")], [Edge(id="e6", source="orphan", target="done")]
    ),
    "dead_end": add(
        B,
        [StepNode(id="stuck", pool="desk")],
        [Edge(id="e6", source="kind", target="stuck", condition="vip")],
    ),
    "trapped_loop": add(
        B,
        [StepNode(id="la", pool="desk"), StepNode(id="lb", pool="desk")],
        [
            Edge(id="e6", source="kind", target="la", condition="vip"),
            Edge(id="e7", source="la", target="lb"),
            Edge(id="e8", source="lb", target="la"),
        ],
    ),
    "decision_not_covered": replace_edge(
        B, upd(edge(B, "e4"), default=False, condition='category == "feature" and vip')
    ),
    "decision_coverage_unknown": replace_edge(
        replace_edge(B, upd(edge(B, "e3"), condition="age > 10")),
        upd(edge(B, "e4"), default=False, condition="age <= 10"),
    ),
    "probabilities_sum": replace_edge(
        replace_edge(B, upd(edge(B, "e3"), condition=None, probability=0.5)),
        upd(edge(B, "e4"), default=False, probability=0.3),
    ),
    "mixed_rules": replace_edge(B, upd(edge(B, "e4"), default=False, probability=1.0)),
    "ambiguous_exit": add(B, edges=[Edge(id="e6", source="answer", target="roadmap_end")]),
    "condition_syntax": replace_edge(B, upd(edge(B, "e3"), condition="category ==")),
    "condition_unknown_field": replace_edge(B, upd(edge(B, "e3"), condition='categry == "support"')),
    "condition_unknown_value": replace_edge(B, upd(edge(B, "e3"), condition='category == "bug"')),
    "condition_type": replace_edge(B, upd(edge(B, "e3"), condition='age == "x"')),
    "step_without_pool": replace_node(B, upd(node(B, "answer"), pool=None)),
    "pool_without_agents": B.model_copy(update={"pools": [Pool(id="desk", agents=0)]}),
    "performer_pool_unused": replace_node(B, upd(node(B, "answer"), performer="system")),
    "performer_time_limit": replace_node(
        B, upd(node(B, "answer"), performer="system", pool=None, time_limit=60)
    ),
    "performer_customer_lane": replace_node(
        B.model_copy(update={"lanes": lanes_blueprint(["frontstage"])}),
        upd(node(B, "answer"), performer="customer", pool=None, lane="lane_frontstage_0"),
    ),
    "escalation_target_missing": replace_node(B, upd(node(B, "triage"), time_limit=60)),
    "escalation_target_invalid": replace_node(B, upd(node(B, "triage"), time_limit=60, escalate_to="ghost")),
    "wait_timeout_target_missing": add(
        replace_edge(B, upd(edge(B, "e5"), target="wait")),
        [WaitNode(id="wait", timeout=120)],
        [Edge(id="e6", source="wait", target="done")],
    ),
    "flow_into_intake": add(
        B,
        [IntakeNode(id="in2")],
        [
            Edge(id="e6", source="kind", target="in2", condition="vip"),
            Edge(id="e7", source="in2", target="triage"),
        ],
    ),
    "end_has_exit": add(B, edges=[Edge(id="e6", source="done", target="answer")]),
    "flow_touches_annotation": add(B, [EvidenceNode(id="ev")], [Edge(id="e6", source="answer", target="ev")]),
    "association_between_executables": add(
        B, edges=[Edge(id="e6", kind="association", source="answer", target="triage")]
    ),
    "association_without_annotation": add(
        B,
        [NoteNode(id="n1"), NoteNode(id="n2")],
        [Edge(id="e6", kind="association", source="n1", target="n2")],
    ),
    "lane_order": B.model_copy(update={"lanes": lanes_blueprint(["frontstage", "customer"])}),
    "customer_to_support": replace_node(
        replace_node(
            B.model_copy(update={"lanes": lanes_blueprint(["customer", "support"])}),
            upd(node(B, "in"), lane="lane_customer_0"),
        ),
        upd(node(B, "triage"), lane="lane_support_1"),
    ),
    "business_hours_without_calendar": B.model_copy(
        update={"sla": [SlaPolicy(id="sla", resolution=480, business_hours=True)]}
    ),
    "first_response_never_given": B.model_copy(
        update={
            "nodes": [
                n.model_copy(update={"first_response": False}) if n.kind == "step" else n for n in B.nodes
            ],
            "sla": [SlaPolicy(id="sla", name="P1", first_response=60)],
        }
    ),
    "holidays_without_dates": B.model_copy(
        update={
            "calendars": [
                Calendar(
                    id="office", hours=[OpeningHours(days=[0], start=9, end=17)], holidays=["2027-01-11"]
                ),
            ],
            "sla": [SlaPolicy(id="sla", resolution=480, business_hours=True, calendar="office")],
        }
    ),
    "unknown_calendar": B.model_copy(
        update={"sla": [SlaPolicy(id="sla", resolution=480, business_hours=True, calendar="gone")]}
    ),
    "calendar_without_hours": B.model_copy(
        update={
            "calendars": [Calendar(id="closed", name="Closed")],
            "sla": [
                SlaPolicy(id="sla", name="Office SLA", resolution=480, business_hours=True, calendar="closed")
            ],
        }
    ),
    "intake_without_arrivals": replace_node(B, upd(node(B, "in"), rate_per_hour=0)),
    "card_path_invalid": B.model_copy(update={"cards": [TicketCard(id="c", expected_path=["in", "answer"])]}),
    # what the simulator is asked to do (model/sim/checks.py; tests/model/test_sim_checks.py)
    "loop_never_left": add(
        replace_edge(B, upd(edge(B, "e5"), target="survey")),
        [SatisfactionNode(id="survey", p_satisfied=0.0)],
        [
            Edge(id="e6", source="survey", target="answer", condition="satisfied == false"),
            Edge(id="e7", source="survey", target="done", default=True),
        ],
    ),
    "pool_overloaded": replace_node(B, upd(node(B, "in"), rate_per_hour=200)),
    "rate_too_high": replace_node(B, upd(node(B, "in"), rate_per_hour=1e6)),
    "duration_too_long": replace_node(
        B, upd(node(B, "triage"), duration={"kind": "exponential", "mean": 1e6})
    ),
    "distribution_overflow": replace_node(
        B, upd(node(B, "triage"), duration={"kind": "lognormal", "mean": 5, "sd": 1e200})
    ),
    "scenario_too_large": B.model_copy(
        update={
            "scenarios": [Scenario(id="big", tickets=100_000_000, horizon_days=None, replications=10_000)]
        }
    ),
}


def with_ladder(policy: dict | None = None, **ladder) -> object:
    """B with one SLA policy (resolution within 8 h unless `policy` says otherwise) and a ladder."""
    fields = {"resolution": 480, **(policy or {})}
    return B.model_copy(
        update={"sla": [SlaPolicy(id="sla", name="Standard", ladder=EscalationLadder(**ladder), **fields)]}
    )


CASES.update(
    {
        "ladder_warning_range": with_ladder(warn_at=120),
        "ladder_reassign_both": with_ladder(reassign_pool="desk", reassign_step="answer"),
        "ladder_pool_unknown": with_ladder(reassign_pool="nowhere"),
        "ladder_step_unknown": with_ladder(reassign_step="gone"),
        "ladder_step_not_step": with_ladder(reassign_step="done"),
        "ladder_priority_invalid": with_ladder(priority_field="priority", priority_value="P9"),
        "ladder_without_resolution_target": with_ladder({"resolution": None}),
        "ladder_without_first_response_target": with_ladder(clock="first_response"),
        "ladder_without_time_limit": replace_node(B, upd(node(B, "triage"), ladder={"warn_at": 80})),
        "ladder_step_reassign": replace_node(
            B,
            upd(node(B, "triage"), time_limit=60, escalate_to="answer", ladder={"reassign_pool": "desk"}),
        ),
    }
)


def with_contacts(follow_ups: dict | None, merge: bool = True) -> object:
    """B with follow-up contacts at its intake and, with `merge`, a merge rule at triage."""
    bp = replace_node(B, upd(node(B, "in"), follow_ups=follow_ups))
    return replace_node(bp, upd(node(bp, "triage"), merge={} if merge else None))


CASES.update(
    {
        "follow_up_via_unknown": with_contacts({"via": "gone"}),
        "follow_up_via_not_intake": with_contacts({"via": "triage"}),
        "follow_ups_never_merged": with_contacts({"share": 30}, merge=False),
        "merge_without_follow_ups": with_contacts(None),
    }
)


def with_skill(assignment: str, skills: list[str], fallback: float | None = None) -> object:
    """B with triage requiring the skill "billing"; the desk's rule, one named agent's skills and
    its skill fallback (model/agent_checks.py)."""
    desk = upd(
        B.pools[0], assignment=assignment, roster=[{"name": "Ana", "skills": skills}], skill_fallback=fallback
    )
    bp = replace_node(B, upd(node(B, "triage"), required_skill="billing"))
    return bp.model_copy(update={"pools": [desk]})


CASES.update(
    {
        "skill_rule_unused": with_skill("next_free", ["billing"]),
        "skill_nobody_has": with_skill("skills_first", ["network"], fallback=20.0),
        "skill_nobody_has_no_fallback": with_skill("skills_first", []),
    }
)
# a calibrated scenario with a share for a branch deleted since (model/calibrate/stale.py)
CASES["calibration_stale"] = B.model_copy(
    update={"scenarios": [Scenario(id="calibrated", edge_shares={"e_gone": 0.5})]}
)


def with_approval(edge_id: str, rejected_to: str | None) -> object:
    """B with an approval on `edge_id`, rejected tickets sent to `rejected_to` (None: back to the
    edge's source; model/approval_checks.py)."""
    edge = next(e for e in B.edges if e.id == edge_id)
    return replace_edge(B, upd(edge, approval={"role": "Team lead", "rejected_to": rejected_to}))


CASES.update(
    {
        "approval_rejected_to_unknown": with_approval("e5", "gone"),
        "approval_rejected_to_invalid": add(with_approval("e5", "memo"), nodes=[NoteNode(id="memo")]),
        "approval_rejected_to_intake": with_approval("e1", None),
    }
)


@pytest.mark.parametrize("code", sorted(CASES))
def test_each_fault_gives_exactly_its_diagnostic(code):
    assert codes(CASES[code]) == {code}


def test_every_code_has_a_case():
    untested = set(CODES) - set(CASES) - {"no_end"}
    assert untested == set()


def test_no_end():
    bp = without(B, "done", "roadmap_end")
    found = codes(bp)
    assert "no_end" in found and "dead_end" in found  # a flow without an end has dead ends too


def test_diagnostics_point_at_the_faulty_elements():
    [d] = validate(CASES["trapped_loop"])
    assert set(d.ids) == {"la", "lb"}
    [d] = validate(CASES["decision_not_covered"])
    assert d.ids[0] == "kind" and d.params["example"] == {"category": "feature", "vip": False}
    [d] = validate(CASES["condition_unknown_value"])
    assert d.ids == ("e3",) and d.params["column"] == 13 and d.params["value"] == "bug"


def test_escalation_target_must_lead_to_an_end():
    bp = add(
        replace_node(B, upd(node(B, "triage"), time_limit=60, escalate_to="la")),
        [StepNode(id="la", pool="desk"), StepNode(id="lb", pool="desk")],
        [Edge(id="e7", source="la", target="lb"), Edge(id="e8", source="lb", target="la")],
    )
    found = {(d.code, d.params.get("reason")) for d in validate(bp)}
    assert ("escalation_target_invalid", "no_way_to_end") in found


def test_default_branch_makes_guarded_decision_checked():
    # The default edge itself is guarded away for P1 tickets: P1 support tickets have no exit.
    bp = replace_edge(B, upd(edge(B, "e4"), before='priority != "P1"'))
    bp = replace_edge(bp, upd(edge(bp, "e3"), condition='category == "support" and priority != "P1"'))
    assert codes(bp) == {"decision_not_covered"}


def test_probabilities_with_default_may_sum_below_one():
    bp = replace_edge(B, upd(edge(B, "e3"), condition=None, probability=0.4))
    assert validate(bp) == []


def test_pool_of_a_lane_serves_its_steps():
    lanes = lanes_blueprint(["frontstage"])
    lanes = [lanes[0].model_copy(update={"pool": Pool(id="front", agents=3)})]
    bp = B.model_copy(update={"lanes": lanes})
    bp = replace_node(bp, upd(node(B, "answer"), pool=None, lane=lanes[0].id))
    assert validate(bp) == []


def test_decision_with_only_satisfied_conditions_is_covered():
    bp = add(
        without(B, "answer"),
        [DecisionNode(id="d2"), EndNode(id="e_ok")],
        [
            Edge(id="x1", source="kind", target="d2", condition='category == "support"'),
            Edge(id="x2", source="d2", target="e_ok", condition="satisfied"),
            Edge(id="x3", source="d2", target="done", condition="not satisfied"),
        ],
    )
    assert validate(bp) == []


def test_business_hours_without_a_calendar_is_an_error_that_blocks_the_run():
    """It counted every hour with only a warning, so SLA breaches came out wrong (issue 17, point 4)."""
    from blueprint_studio.model.compiler import compile_blueprint

    bp = CASES["business_hours_without_calendar"]
    found = [d for d in validate(bp) if d.code == "business_hours_without_calendar"]
    assert found and all(d.is_error for d in found)
    assert not compile_blueprint(bp).ok
