"""model.sim.theory against textbook values, each recomputed here by a different route (exact
fractions and explicit sums instead of the module's recursions), and `estimate` on flow models."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from simkit import (
    Tier,
    compiled,
    escalation_network,
    escalation_routing,
    simpy_reference,
    single_step,
    t_quantile,
)

from blueprint_studio.model.schema import (
    Blueprint,
    DecisionNode,
    DurationRule,
    Edge,
    EndNode,
    Exponential,
    Fixed,
    IntakeNode,
    Meta,
    Pool,
    SatisfactionNode,
    Shift,
    StepNode,
    TicketField,
    WaitNode,
    WeeklySchedule,
)
from blueprint_studio.model.sim import theory

# ---------------------------------------------------------------- independent references


def erlang_c_exact(c: int, a: Fraction) -> Fraction:
    """P(wait) for M/M/c from the explicit sums (Erlang 1917), in exact arithmetic:
    C = (a^c/c!)·c/(c−a) / (Σ_{k<c} a^k/k! + (a^c/c!)·c/(c−a))."""
    top = a**c / math.factorial(c) * c / (c - a)
    return top / (sum(a**k / math.factorial(k) for k in range(c)) + top)


def erlang_b_exact(c: int, a: Fraction) -> Fraction:
    return (a**c / math.factorial(c)) / sum(a**k / math.factorial(k) for k in range(c + 1))


# ---------------------------------------------------------------- M/M/1 and M/M/c


def test_mm1_textbook_values():
    q = theory.mm1(0.8, 1.0)  # λ = 0.8/min, μ = 1/min
    assert q.utilisation == pytest.approx(0.8)
    assert q.p_wait == pytest.approx(0.8)
    assert q.wq == pytest.approx(4.0)  # ρ/(μ − λ)
    assert q.lq == pytest.approx(3.2)
    assert q.w == pytest.approx(5.0)  # 1/(μ − λ)
    assert q.l == pytest.approx(4.0)  # ρ/(1 − ρ)


def test_mm2_textbook_values():
    q = theory.mmc(1.5, 1.0, 2)  # a = 1.5 Erlangs on 2 agents
    assert q.p_wait == pytest.approx(9 / 14, rel=1e-12)  # 0.642857…
    assert q.wq == pytest.approx(9 / 7, rel=1e-12)  # C/(cμ − λ) = 1.285714…
    assert q.lq == pytest.approx(27 / 14, rel=1e-12)
    assert q.utilisation == pytest.approx(0.75)


@pytest.mark.parametrize(
    "c, a",
    [
        (1, Fraction(1, 2)),
        (2, Fraction(7, 5)),
        (3, Fraction(5, 2)),
        (4, Fraction(16, 5)),
        (4, Fraction(18, 5)),
        (10, Fraction(8)),
        (50, Fraction(45)),
        (200, Fraction(190)),
    ],
)
def test_erlang_b_and_c_match_the_explicit_sums(c, a):
    assert theory.erlang_b(c, float(a)) == pytest.approx(float(erlang_b_exact(c, a)), rel=1e-10)
    assert theory.erlang_c(c, float(a)) == pytest.approx(float(erlang_c_exact(c, a)), rel=1e-10)


@pytest.mark.parametrize("c, rho, mean", [(1, 0.5, 10.0), (2, 0.9, 3.0), (4, 0.8, 12.0), (7, 0.6, 1.0)])
def test_mmc_wait_and_littles_law(c, rho, mean):
    lam = rho * c / mean
    q = theory.mmc(lam, mean, c)
    p_wait = float(erlang_c_exact(c, Fraction(rho * c).limit_denominator(10**9)))
    assert q.p_wait == pytest.approx(p_wait, rel=1e-9)
    assert q.wq == pytest.approx(p_wait / (c / mean - lam), rel=1e-9)
    assert q.l == pytest.approx(q.lq + lam * mean, rel=1e-12)  # L = Lq + a
    assert q.w == pytest.approx(q.l / lam, rel=1e-12)


def test_no_arrivals_means_no_wait():
    q = theory.mmc(0.0, 5.0, 3)
    assert (q.p_wait, q.wq, q.utilisation, q.w) == (0.0, 0.0, 0.0, 5.0)


@pytest.mark.parametrize("lam, mean, c", [(1.0, 1.0, 1), (2.5, 1.0, 2), (1.0, 1.0, 0)])
def test_unstable_queue_raises_a_clear_error(lam, mean, c):
    with pytest.raises(ValueError, match="unstable"):
        theory.mmc(lam, mean, c)


# ---------------------------------------------------------------- priorities


def test_cobham_two_classes_exponential():
    # ρ = 0.8 on one agent, mean 10 min; P1 30 % of the load
    lam, s = 0.08, 10.0
    w1, w2 = theory.mm1_priority_waits([0.3 * lam, 0.7 * lam], [s, s])
    w0 = lam * 2 * s * s / 2  # Σ λ E[S²]/2 = 8
    assert w1 == pytest.approx(w0 / (1 - 0.24))  # 10.526…
    assert w2 == pytest.approx(w0 / ((1 - 0.24) * (1 - 0.8)))  # 52.63…
    # conservation law (Kleinrock): with equal service the load-weighted mean wait is FIFO's
    assert 0.3 * w1 + 0.7 * w2 == pytest.approx(theory.mm1(lam, s).wq)


def test_cobham_general_service_three_classes():
    rates, means = [Fraction(1, 20), Fraction(1, 10), Fraction(1, 40)], [Fraction(2), 3, 8]
    second = [m * m * 3 for m in means]  # e.g. a Gamma shape: E[S²] = 3·E[S]²
    w0 = sum(r * s2 for r, s2 in zip(rates, second)) / 2
    sigma = [Fraction(0)]
    for r, m in zip(rates, means):
        sigma.append(sigma[-1] + r * m)
    expected = [w0 / ((1 - sigma[k]) * (1 - sigma[k + 1])) for k in range(3)]
    got = theory.mg1_priority_waits(
        [float(r) for r in rates], [float(m) for m in means], [float(s) for s in second]
    )
    assert got == pytest.approx([float(e) for e in expected], rel=1e-12)


def test_mmc_priority_reduces_to_cobham_and_keeps_fifo_mean():
    assert theory.mmc_priority_waits([0.02, 0.05], 10.0, 1) == pytest.approx(
        theory.mm1_priority_waits([0.02, 0.05], [10.0, 10.0])
    )
    rates = [0.1, 0.2, 0.25]
    waits = theory.mmc_priority_waits(rates, 10.0, 6)
    fifo = theory.mmc(sum(rates), 10.0, 6).wq
    assert sum(r * w for r, w in zip(rates, waits)) / sum(rates) == pytest.approx(fifo)
    assert waits[0] < fifo < waits[-1]


def test_priority_unstable_raises():
    with pytest.raises(ValueError, match="unstable"):
        theory.mm1_priority_waits([0.05, 0.06], [10.0, 10.0])


# ---------------------------------------------------------------- Jackson networks


def test_solve_linear_and_singular():
    assert theory.solve_linear([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]) == pytest.approx(
        [2, 3, -1]
    )
    with pytest.raises(ValueError, match="singular"):
        theory.solve_linear([[1, 2], [2, 4]], [1, 2])


def test_tandem_queues():
    j = theory.jackson([1.0, 0.0], [[0, 1], [0, 0]], [0.5, 1 / 3], [1, 1])
    assert j.rates == pytest.approx((1.0, 1.0))
    assert j.time_in_system == pytest.approx(1 / (2 - 1) + 1 / (3 - 1))


def test_single_queue_with_feedback():
    # Bernoulli feedback p: λ = γ/(1−p); T = visits × 1/(μ − λ)  (Takács)
    gamma, p, mu = 0.5, 0.25, 1.0
    j = theory.jackson([gamma], [[p]], [1 / mu], [1])
    lam = gamma / (1 - p)
    assert j.rates[0] == pytest.approx(lam)
    assert j.time_in_system == pytest.approx(1 / (1 - p) / (mu - lam))
    assert j.visits[0] == pytest.approx(1 / (1 - p))


def test_escalation_traffic_equations_closed_form():
    # level1 → 0.3 level2 → 0.2 level3, re-open 0.1 after any resolution
    rates = theory.traffic_rates([1.0, 0.0, 0.0], escalation_routing(3, [0.3, 0.2], 0.1))
    l1 = 1.0 / (1 - 0.07 - 0.3 * 0.08 - 0.06 * 0.1)
    assert rates == pytest.approx([l1, 0.3 * l1, 0.06 * l1])
    assert l1 == pytest.approx(1 / 0.9)


def test_unstable_network_names_the_node():
    with pytest.raises(ValueError, match="node 1: unstable"):
        theory.jackson([1.0, 0.0], [[0, 0.5], [0, 0]], [0.5, 2.5], [1, 1])


# ---------------------------------------------------------------- estimate(flow model)


def test_estimate_of_an_mmc_step():
    e = theory.estimate(compiled(single_step(5.4, 10.0, 1)))
    assert e.ok and e.exact
    (step,) = e.steps
    assert (step.node, step.pool, step.servers) == ("work", "desk", 1)
    assert step.arrival_rate_per_hour == pytest.approx(5.4)
    assert step.utilisation == pytest.approx(0.9)
    assert step.wq == pytest.approx(90.0)
    assert e.time_in_system == pytest.approx(100.0)
    assert theory.estimate(compiled(single_step(5.4, 10.0, 1)), 0.5).step("work").wq == pytest.approx(
        theory.mm1(0.045, 10.0).wq
    )


def test_estimate_of_the_escalation_network_is_jackson():
    tiers = [Tier("level1", 4, 3.0), Tier("level2", 4, 10.0), Tier("level3", 2, 22.5)]
    e = theory.estimate(compiled(escalation_network(60.0, tiers, [0.3, 0.2], 0.1)))
    j = theory.jackson(
        [1.0, 0, 0],
        escalation_routing(3, [0.3, 0.2], 0.1),
        [t.mean for t in tiers],
        [t.agents for t in tiers],
    )
    assert e.ok and e.exact
    assert e.time_in_system == pytest.approx(j.time_in_system, rel=1e-12)
    for tier, node in zip(tiers, j.nodes):
        step = e.step(tier.step)
        assert (step.arrival_rate, step.utilisation, step.wq) == pytest.approx(
            (node.arrival_rate, node.utilisation, node.wq), rel=1e-12
        )


def test_estimate_of_the_benchmark_model():
    reference = simpy_reference()  # the spec and blueprint need no SimPy
    spec = reference.tiered_spec()
    e = theory.estimate(compiled(reference.build_blueprint(spec)))
    steps = spec["steps"]
    order = ["level1", "level2", "level3", "triage"]
    routing = [[0.7 * 0.1, 0.3, 0, 0], [0.8 * 0.1, 0, 0.2, 0], [0.1, 0, 0, 0], [0, 0, 0, 0]]
    j = theory.jackson(
        [0.8, 0, 0, 0.2], routing, [steps[s]["mean"] for s in order], [steps[s]["agents"] for s in order]
    )
    assert e.ok and e.exact
    assert e.time_in_system == pytest.approx(j.time_in_system, rel=1e-12)
    for name, node in zip(order, j.nodes):
        assert e.step(name).utilisation == pytest.approx(node.utilisation)
        assert 0.78 < node.utilisation < 0.81  # "each queue near 80 % busy"


def _loop_blueprint(**changes) -> Blueprint:
    """Feature tickets re-open half of the time, support tickets never: the same field read at
    the decision and at the survey."""
    fields = [TicketField(name="category", values=["support", "feature"], weights=[80, 20])]
    nodes = [
        IntakeNode(id="in", rate_per_hour=6.0),
        DecisionNode(id="kind"),
        StepNode(id="a", pool="pa", duration=Exponential(mean=5.0)),
        StepNode(id="b", pool="pb", duration=Exponential(mean=5.0)),
        SatisfactionNode(id="survey", p_satisfied=0.5),
        EndNode(id="done"),
    ]
    edges = [
        Edge(id="e0", source="in", target="kind"),
        Edge(id="e1", source="kind", target="a", condition='category == "feature"'),
        Edge(id="e2", source="kind", target="b", default=True),
        Edge(id="e3", source="a", target="survey"),
        Edge(id="e4", source="b", target="done"),
        Edge(
            id="e5", source="survey", target="a", condition='satisfied == false and category in ("feature")'
        ),
        Edge(id="e6", source="survey", target="done", default=True),
    ]
    data = dict(
        meta=Meta(title="loop"),
        fields=fields,
        nodes=nodes,
        edges=edges,
        pools=[Pool(id="pa", agents=1), Pool(id="pb", agents=1)],
    )
    data.update(changes)
    return Blueprint(**data)


def test_estimate_routes_each_ticket_class_consistently():
    e = theory.estimate(compiled(_loop_blueprint()))
    assert e.ok
    # feature tickets: 0.2 × 0.1/min, each visiting `a` 1/(1 − 0.5) = 2 times
    assert e.step("a").arrival_rate == pytest.approx(0.1 * 0.2 * 2)
    assert e.step("b").arrival_rate == pytest.approx(0.1 * 0.8)
    assert e.step("a").visits == pytest.approx(0.4)
    expected = (0.04 * theory.mm1(0.04, 5.0).w + 0.08 * theory.mm1(0.08, 5.0).w) / 0.1
    assert e.time_in_system == pytest.approx(expected)


def test_estimate_wait_node_with_timeout():
    nodes = [
        IntakeNode(id="in", rate_per_hour=3.0),
        StepNode(id="ask", pool="p", duration=Exponential(mean=4.0)),
        WaitNode(
            id="reply",
            response_time=Exponential(mean=60.0),
            p_response=0.8,
            timeout=120.0,
            timeout_target="chase",
        ),
        StepNode(id="chase", pool="q", duration=Exponential(mean=2.0)),
        EndNode(id="done"),
    ]
    edges = [
        Edge(id="e0", source="in", target="ask"),
        Edge(id="e1", source="ask", target="reply"),
        Edge(id="e2", source="reply", target="done"),
        Edge(id="e3", source="chase", target="done"),
    ]
    e = theory.estimate(compiled(Blueprint(nodes=nodes, edges=edges, pools=[Pool(id="p"), Pool(id="q")])))
    assert e.ok
    in_time = 0.8 * (1 - math.exp(-2.0))
    assert e.step("chase").arrival_rate == pytest.approx(0.05 * (1 - in_time))
    held = 0.8 * 60.0 * (1 - math.exp(-2.0)) + 0.2 * 120.0
    expected = theory.mm1(0.05, 4.0).w + held + (1 - in_time) * theory.mm1(0.05 * (1 - in_time), 2.0).w
    assert e.time_in_system == pytest.approx(expected)


def test_estimate_flags_approximations():
    bp = single_step(9.0, 10.0, 2)
    step = bp.nodes[1].model_copy(update={"duration": Fixed(value=10.0)})
    e = theory.estimate(compiled(bp.model_copy(update={"nodes": [bp.nodes[0], step, bp.nodes[2]]})))
    assert e.ok and not e.exact and e.approximations == ("non_exponential",)
    assert e.step("work").wq == pytest.approx(theory.mmc(0.15, 10.0, 2).wq)
    shared = _loop_blueprint(
        nodes=[n.model_copy(update={"pool": "pa"}) if n.id == "b" else n for n in _loop_blueprint().nodes]
    )
    assert theory.estimate(compiled(shared)).approximations == ("shared_pool",)
    ruled = _loop_blueprint(
        nodes=[
            n.model_copy(
                update={
                    "duration_rules": [
                        DurationRule(when='category == "feature"', duration=Exponential(mean=8.0))
                    ]
                }
            )
            if n.id == "b"
            else n
            for n in _loop_blueprint().nodes
        ]
    )
    e = theory.estimate(compiled(ruled))
    assert e.ok and e.step("b").service_mean == pytest.approx(5.0)  # no feature ticket in b


@pytest.mark.parametrize(
    "change, reason",
    [
        (
            lambda bp: _with_node(bp, IntakeNode(id="in", rate_per_hour=6.0, patience=Exponential(mean=30))),
            "patience",
        ),
        (
            lambda bp: bp.model_copy(
                update={
                    "pools": [
                        Pool(id="pa", shifts=[Shift(days=[0, 1, 2, 3, 4], start=8, end=18, agents=2)]),
                        Pool(id="pb"),
                    ]
                }
            ),
            "shifts",
        ),
        (lambda bp: _with_node(bp, SatisfactionNode(id="survey", p_satisfied=0.0)), "trapped"),
        (lambda bp: _with_node(bp, IntakeNode(id="in", rate_per_hour=0.0)), "no_arrivals"),
        (lambda bp: _with_node(bp, StepNode(id="b", pool="pb", duration=Exponential(mean=20.0))), "unstable"),
        (
            lambda bp: bp.model_copy(
                update={
                    "fields": bp.fields
                    + [TicketField(name="age", type="number", distribution=Exponential(mean=3))],
                    "edges": [
                        e.model_copy(update={"condition": "age > 2"}) if e.id == "e1" else e for e in bp.edges
                    ],
                }
            ),
            "field_not_choice",
        ),
    ],
)
def test_estimate_gives_up_with_a_reason(change, reason):
    e = theory.estimate(compiled(change(_loop_blueprint())))
    assert not e.ok and e.reason == reason and e.steps == () and e.time_in_system is None
    if reason == "unstable":
        assert e.ids[0] == "pb" and dict(e.params)["utilisation"] == pytest.approx(1.6)


def test_weekly_schedules_and_time_limits_are_approximated_not_refused():
    base = theory.estimate(compiled(_loop_blueprint()))
    intake = next(n for n in _loop_blueprint().nodes if n.kind == "intake")
    week = [[0.0] * 24 for _ in range(7)]
    for day in range(5):
        week[day][8:18] = [intake.rate_per_hour * 168 / 50] * 10  # same weekly mean, office hours
    scheduled = theory.estimate(
        compiled(
            _with_node(_loop_blueprint(), intake.model_copy(update={"schedule": WeeklySchedule(rates=week)}))
        )
    )
    assert scheduled.ok and "weekly_average" in scheduled.approximations
    assert scheduled.throughput == pytest.approx(base.throughput)
    limited = theory.estimate(
        compiled(_with_node(_loop_blueprint(), StepNode(id="b", pool="pb", time_limit=60, escalate_to="a")))
    )
    assert limited.ok and "time_limits_ignored" in limited.approximations


def test_estimate_applies_to_the_bundled_templates_without_shifts():
    from blueprint_studio import resources
    from blueprint_studio.model.fileformat import load

    for name in ("helpdesk_flow", "service_blueprint", "ticket_states"):
        e = theory.estimate(compiled(load(resources.template_path(name, "en"))))
        assert e.ok and e.time_in_system > 0, (name, e.reason)


def _with_node(bp: Blueprint, node) -> Blueprint:
    return bp.model_copy(update={"nodes": [node if n.id == node.id else n for n in bp.nodes]})


# ---------------------------------------------------------------- the test helpers' own maths


@pytest.mark.parametrize(
    "df, expected", [(1, 63.657), (4, 4.604), (9, 3.250), (19, 2.861), (30, 2.750), (1000, 2.581)]
)
def test_t_quantile_matches_tables(df, expected):
    assert t_quantile(0.995, df) == pytest.approx(expected, abs=1.5e-3)
