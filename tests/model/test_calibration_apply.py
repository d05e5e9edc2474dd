"""A calibration's re-open and escalation shares are applied where the blueprint has the branch:
surveys without a condition take the re-open share as their unsatisfied answer, the blueprint's
one escalation branch (into a step of a higher level) takes the escalation share; elsewhere they
are reported and not applied."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest

from blueprint_studio import resources
from blueprint_studio.model.calibrate.overrides import escalation_branch, with_overrides
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    Fixed,
    IntakeNode,
    Pool,
    Scenario,
    StepNode,
)
from blueprint_studio.model.sim.replications import replicate
from blueprint_studio.model.sim.settings import SimulationSettings


def tiers(scenario: Scenario, second_branch: bool = False) -> Blueprint:
    """in -> level 1 (90 % done, 10 % to level 2, drawn as probabilities) ; level 2 -> done."""
    edges = [
        Edge(id="e_in", source="in", target="l1"),
        Edge(id="e_done", source="l1", target="done", probability=0.9),
        Edge(id="e_up", source="l1", target="l2", probability=0.1),
        Edge(id="e_l2", source="l2", target="done"),
    ]
    nodes = [
        IntakeNode(id="in", interarrival=Fixed(value=1.0)),
        StepNode(id="l1", pool="a", level=1, duration=Fixed(value=0.5)),
        StepNode(id="l2", pool="a", level=2, duration=Fixed(value=0.5)),
        EndNode(id="done"),
    ]
    if second_branch:  # level 2 may go up to level 3: two escalation branches
        nodes.append(StepNode(id="l3", pool="a", level=3, duration=Fixed(value=0.5)))
        edges[-1] = Edge(id="e_l2", source="l2", target="done", default=True)
        edges += [
            Edge(id="e_up3", source="l2", target="l3", probability=0.2),
            Edge(id="e_l3", source="l3", target="done"),
        ]
    return Blueprint(pools=[Pool(id="a", agents=5)], nodes=nodes, edges=edges, scenarios=[scenario])


def test_the_one_escalation_branch_takes_the_fitted_share():
    bp = tiers(Scenario(id="cal", escalation_share=0.3))
    assert escalation_branch(bp).id == "e_up"
    edges = {e.id: e for e in with_overrides(bp, "cal").edges}
    assert edges["e_up"].probability == 0.3 and not edges["e_up"].default
    assert edges["e_done"].default and edges["e_done"].probability is None  # the rest
    # and the run escalates that share of its tickets
    result = replicate(compile_blueprint(bp, "cal").model, SimulationSettings(tickets=4000, seed=5))
    volumes = result.edge_volumes()
    assert volumes["e_up"] / volumes["e_in"] == pytest.approx(0.3, abs=0.03)
    assert compile_blueprint(bp, None).model is not None  # the blueprint's own run: 10 %
    plain = {e.id: e for e in with_overrides(bp, None).edges}
    assert plain["e_up"].probability == 0.1


def test_two_escalation_branches_leave_the_share_unapplied():
    bp = tiers(Scenario(id="cal", escalation_share=0.3), second_branch=True)
    assert escalation_branch(bp) is None
    assert with_overrides(bp, "cal").edges == bp.edges


def test_a_reopen_share_is_applied_to_the_templates_survey(tmp_path):
    from blueprint_studio.model.calibrate.importer import calibrate_file, calibrated_scenario, with_scenario
    from blueprint_studio.model.calibrate.words import summary
    from tests.model.test_calibration import simulated_log

    helpdesk = load(resources.template_path("helpdesk_flow", "en"))
    survey = next(n for n in helpdesk.nodes if n.kind == "satisfaction")
    calibration = calibrate_file(helpdesk, simulated_log(helpdesk, tmp_path, ".csv"))
    # the product's own log does not mark re-opens (a help desk's status history does): as if
    # 20 % of the tickets had been re-opened
    calibration = replace(calibration, reopen=(0.2, 0.18, 0.22))
    scenario = calibrated_scenario(helpdesk, calibration)
    assert scenario.reopen_share == calibration.reopen[0]
    compiled = compile_blueprint(with_scenario(helpdesk, scenario), scenario.id)
    assert compiled.ok
    node = next(n for n in compiled.model.nodes if n.id == survey.id)
    assert node.p_satisfied == pytest.approx(1 - scenario.reopen_share)
    # the summary says where it went, by the survey's title
    lines = summary(calibration, helpdesk, "en")
    assert any(
        line.startswith("Re-opened:") and f"the unsatisfied answer of “{survey.title}”" in line
        for line in lines
    )


def desk_with_a_reply(scenario: Scenario) -> Blueprint:
    """in -> work -> wait for the customer: 10 % answer "not fixed" (back to work, a re-open), the
    others close; no answer in 2 days: closed by the timeout."""
    from blueprint_studio.model.schema import WaitNode

    return Blueprint(
        pools=[Pool(id="a", agents=5)],
        nodes=[
            IntakeNode(id="in", interarrival=Fixed(value=10.0)),
            StepNode(id="work", pool="a", duration=Fixed(value=1.0)),
            WaitNode(
                id="reply",
                title="Customer reply",
                response_time=Fixed(value=5.0),
                timeout=2880.0,
                timeout_target="late",
            ),
            EndNode(id="done"),
            EndNode(id="late", outcome="closed"),
        ],
        edges=[
            Edge(id="e_in", source="in", target="work"),
            Edge(id="e_work", source="work", target="reply"),
            Edge(id="e_back", source="reply", target="work", probability=0.1),
            Edge(id="e_done", source="reply", target="done", default=True),
            Edge(id="e_late", source="reply", target="late"),
        ],
        scenarios=[scenario],
    )


def test_a_waits_reopening_answer_takes_the_fitted_reopen_share():
    from blueprint_studio.model.calibrate.overrides import reopen_branches

    bp = desk_with_a_reply(Scenario(id="cal", reopen_share=0.3))
    [(branch, timeout)] = reopen_branches(bp)
    assert (branch.id, timeout) == ("e_back", "e_late")
    edges = {e.id: e for e in with_overrides(bp, "cal").edges}
    assert edges["e_back"].probability == 0.3 and not edges["e_back"].default
    assert edges["e_done"].default and edges["e_done"].probability is None  # the rest
    assert edges["e_late"] == bp.edges[4]  # the timeout as drawn
    compiled = compile_blueprint(bp, "cal")
    assert compiled.ok, [d.code for d in compiled.errors]
    result = replicate(compiled.model, SimulationSettings(tickets=4000, seed=3))
    volumes = result.edge_volumes()
    assert volumes["e_back"] / volumes["e_work"] == pytest.approx(0.3, abs=0.03)
    assert {e.id: e for e in with_overrides(bp, None).edges}["e_back"].probability == 0.1


def test_the_summary_says_the_reopen_share_went_to_the_waits_answer():
    from blueprint_studio.model.calibrate.words import _reopen_and_escalation

    bp = desk_with_a_reply(Scenario(id="cal"))
    calibration = SimpleNamespace(reopen=(0.3, 0.25, 0.35), escalation=None, shares=[])
    lines = _reopen_and_escalation(calibration, bp, {"reply": "Customer reply"}, "en")  # type: ignore[arg-type]
    assert lines == [
        "Re-opened: 30.0 % of tickets (25.0 – 35.0 %; the answer that re-opens after “Customer reply”)"
    ]
