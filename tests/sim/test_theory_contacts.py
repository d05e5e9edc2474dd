"""The quick queueing estimate (model/sim/theory.py `estimate`) with follow-up contacts and merges
(model/sim/contacts.py): their extra load is in the steps' rates and the pools' utilisation, near
what a simulation of the same small model measures; recognised follow-ups leave at the merge
step; the follow-ups' number agrees with the tickets' time open; and a model without follow-ups
(a merge rule alone included) gets the estimate it had before, exactly."""

from __future__ import annotations

import math

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.flow import FlowModel
from blueprint_studio.model.schema import (
    Blueprint,
    DecisionNode,
    Distribution,
    Edge,
    EndNode,
    Exponential,
    Fixed,
    FollowUps,
    IntakeNode,
    MergeRule,
    Pool,
    StepNode,
    TicketField,
)
from blueprint_studio.model.sim import SimulationSettings, simulate, theory

MAIL_PER_HOUR = 6.0
GAMMA = MAIL_PER_HOUR / 60.0  # tickets per minute


def help_desk(
    share: float | None = 40.0,
    detect: float | None = 60.0,
    after: Distribution | None = None,
    detection_time: float = 3.0,
) -> FlowModel:
    """mail (6 an hour) -> triage (front desk, 2 agents, 5 min, merge rule) -> fix (back office,
    3 agents, 15 min) -> done; `share` % of mail tickets get a follow-up by chat, 30 minutes after
    (exponential), and each follow-up the same chance of another while the ticket is open."""
    follow = None
    if share is not None:
        follow = FollowUps(share=share, after=after or Exponential(mean=30.0), via="chat")
    merge = MergeRule(detect=detect, detection_time=detection_time) if detect is not None else None
    bp = Blueprint(
        pools=[Pool(id="front", agents=2), Pool(id="back", agents=3)],
        nodes=[
            IntakeNode(id="mail", rate_per_hour=MAIL_PER_HOUR, follow_ups=follow),
            IntakeNode(id="chat", rate_per_hour=0.0),
            StepNode(id="triage", pool="front", duration=Exponential(mean=5.0), merge=merge),
            StepNode(id="fix", pool="back", duration=Exponential(mean=15.0)),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="mail", target="triage"),
            Edge(id="e2", source="chat", target="triage"),
            Edge(id="e3", source="triage", target="fix"),
            Edge(id="e4", source="fix", target="done"),
        ],
    )
    result = compile_blueprint(bp)
    assert result.ok, [(d.code, d.params) for d in result.errors]
    return result.model


def close(estimated: float, measured: float, tolerance: float, what: str) -> None:
    assert abs(estimated - measured) <= tolerance * measured, (
        f"{what}: estimate {estimated:.5g}, simulation {measured:.5g}"
    )


def test_follow_up_load_matches_a_simulation():
    """Follow-ups reach triage (chat) and, missed there (40 %), are worked at fix as duplicates:
    the estimate's visit rates, utilisations and tickets' time in system against two long runs."""
    model = help_desk()
    est = theory.estimate(model)
    assert est.ok and "follow_ups" in est.approximations
    assert est.throughput == GAMMA  # follow-up contacts are load, not tickets
    runs = [
        simulate(model, SimulationSettings(horizon_minutes=200_000.0, warmup_minutes=2_000.0, seed=seed))
        for seed in (11, 12)
    ]
    counted = 198_000.0

    def mean(values):
        return math.fsum(values) / len(values)

    triage = mean([r.steps["triage"].visits / counted for r in runs])
    fix = mean([r.steps["fix"].visits / counted for r in runs])
    # the simulation has about 1.24 contacts a ticket: 0.24 follow-ups, 40 % of them duplicates
    assert triage > 1.15 * GAMMA and fix > 1.05 * GAMMA
    close(est.step("triage").arrival_rate, triage, 0.03, "triage visits a minute")
    close(est.step("fix").arrival_rate, fix, 0.03, "fix visits a minute")
    close(est.step("triage").visits, mean([r.kpis["contacts_per_ticket"] for r in runs]), 0.03, "contacts")
    for step, pool in (("triage", "front"), ("fix", "back")):
        measured = mean([r.pools[pool].utilisation for r in runs])
        close(est.step(step).utilisation, measured, 0.03, f"{pool} utilisation")
    # the recognised follow-ups' detection time is in triage's mean work
    duplicates = est.step("fix").arrival_rate - GAMMA
    follow_ups = est.step("triage").arrival_rate - GAMMA
    assert math.isclose(duplicates, 0.4 * follow_ups, rel_tol=1e-9)
    assert math.isclose(
        est.step("triage").service_mean * est.step("triage").arrival_rate,
        5.0 * est.step("triage").arrival_rate + 0.6 * 3.0 * follow_ups,
        rel_tol=1e-9,
    )
    close(est.time_in_system, mean([r.kpis["time_in_system_mean"] for r in runs]), 0.08, "time in system")


def test_follow_ups_agree_with_the_time_open():
    """Each ticket makes q/(1 − q) follow-ups, q = s·E[e^{-A/T}] with T the tickets' time in
    system: for A exponential of mean a, q = s/(1 + a/T); for A fixed, q = s·e^{-a/T}. Every
    customer writing again (100 %) still gives a finite load: follow-ups stop when the ticket closes."""
    for after, still_open in (
        (Exponential(mean=120.0), lambda t: 1.0 / (1.0 + 120.0 / t)),
        (Fixed(value=60.0), lambda t: math.exp(-60.0 / t)),
    ):
        for share in (40.0, 100.0):
            est = theory.estimate(help_desk(share=share, after=after))
            assert est.ok, est.reason
            q = share / 100.0 * still_open(est.time_in_system)
            expected = GAMMA * (1.0 + q / (1.0 - q))
            assert math.isclose(est.step("triage").arrival_rate, expected, rel_tol=1e-6)


def test_every_follow_up_recognised_at_triage_leaves_there():
    est = theory.estimate(help_desk(detect=100.0, detection_time=0.0))
    assert est.step("triage").arrival_rate > 1.1 * GAMMA
    assert math.isclose(est.step("fix").arrival_rate, GAMMA, rel_tol=1e-12)


def test_without_follow_ups_the_estimate_is_unchanged():
    """No follow-ups (with or without a merge rule): two M/M/c stations at γ, figures exactly
    Erlang C's, and no follow-up approximation (a guard that passes before and after the change)."""
    plain = theory.estimate(help_desk(share=None, detect=None))
    merging = theory.estimate(help_desk(share=None, detect=60.0))
    assert plain == merging
    assert plain.approximations == ()
    front, back = theory.mmc(GAMMA, 5.0, 2), theory.mmc(GAMMA, 15.0, 3)
    assert plain.step("triage").wq == front.wq and plain.step("fix").wq == back.wq
    assert plain.time_in_system == front.wq + 5.0 + back.wq + 15.0


def test_follow_ups_without_end_overload_the_pool_they_reach():
    """Every customer writing again at once (100 %, after 0 minutes): follow-ups without end,
    said as the front desk's pool overloaded (the validation's overload warning), not a figure."""
    est = theory.estimate(help_desk(share=100.0, after=Fixed(value=0.0)))
    assert est.reason == "unstable" and est.ids[:2] == ("front", "triage")
    assert dict(est.params)["utilisation"] > 1.0


def test_follow_ups_carry_the_fields_of_the_intake_they_come_through():
    """The chat intake marks its tickets (channel = chat) and a decision after triage sends chat
    tickets to a call-back: only the follow-ups missed at triage (the duplicates) get there, the
    mail tickets go on to fix."""
    bp = Blueprint(
        fields=[TicketField(name="channel", values=["mail", "chat"], weights=[100, 0])],
        pools=[Pool(id="front", agents=2), Pool(id="back", agents=3)],
        nodes=[
            IntakeNode(
                id="mail",
                rate_per_hour=MAIL_PER_HOUR,
                set_fields={"channel": "mail"},
                follow_ups=FollowUps(share=40.0, after=Exponential(mean=30.0), via="chat"),
            ),
            IntakeNode(id="chat", rate_per_hour=0.0, set_fields={"channel": "chat"}),
            StepNode(
                id="triage",
                pool="front",
                duration=Exponential(mean=5.0),
                merge=MergeRule(detect=75.0, detection_time=2.0),
            ),
            DecisionNode(id="which"),
            StepNode(id="callback", pool="back", duration=Exponential(mean=4.0)),
            StepNode(id="fix", pool="back", duration=Exponential(mean=15.0)),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="mail", target="triage"),
            Edge(id="e2", source="chat", target="triage"),
            Edge(id="e3", source="triage", target="which"),
            Edge(id="e4", source="which", target="callback", condition='channel == "chat"'),
            Edge(id="e5", source="which", target="fix", default=True),
            Edge(id="e6", source="callback", target="done"),
            Edge(id="e7", source="fix", target="done"),
        ],
    )
    result = compile_blueprint(bp)
    assert result.ok, [(d.code, d.params) for d in result.errors]
    est = theory.estimate(result.model)
    assert est.ok, est.reason
    follow_ups = est.step("triage").arrival_rate - GAMMA
    assert follow_ups > 0.1 * GAMMA
    assert math.isclose(est.step("callback").arrival_rate, 0.25 * follow_ups, rel_tol=1e-9)
    assert math.isclose(est.step("fix").arrival_rate, GAMMA, rel_tol=1e-9)
