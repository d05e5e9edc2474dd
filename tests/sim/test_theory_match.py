"""The engine against queueing theory (DESIGN.md, executable semantics 8; issue 3).

Method: R independent replications of a run that starts empty, with the first 5 % of the horizon
as warm-up; each KPI's replication means give a t-based 99 % confidence interval (simkit, not
the engine's own statistics). A check passes when the theory value lies in that interval widened
by 1 % of the theory value on each side — the start-up bias warm-up leaves, and the tickets still
open at the horizon, shift means by a small relative amount that more replications do not
remove. Each check also demands a half-width below a stated share of the theory value, so that
a run too short to discriminate fails instead of passing vacuously. Seeds differ between cases,
so their errors are independent (the engine's streams are named by node, and identical seeds
would give identical arrival sequences in every case).

Cost: about 4.5 million simulated tickets, ~30 s on 2 cores. Marked `slow`.
"""

from __future__ import annotations

import pytest
from simkit import (
    Tier,
    assert_theory_in_ci,
    compiled,
    escalation_network,
    escalation_routing,
    interval,
    single_step,
)

from blueprint_studio.model.schema import TicketField
from blueprint_studio.model.sim import SimulationSettings, replicate, theory

pytestmark = pytest.mark.slow

REPLICATIONS = 10
WARMUP_SHARE = 0.05
SERVICE_MEAN = 10.0  # minutes


def settings(tickets: int, rate_per_minute: float, seed: int) -> SimulationSettings:
    horizon = tickets / rate_per_minute
    return SimulationSettings(
        horizon_minutes=horizon, warmup_minutes=WARMUP_SHARE * horizon, seed=seed, replications=REPLICATIONS
    )


@pytest.mark.parametrize(
    "agents, rho, tickets, seed",
    [
        (1, 0.5, 30_000, 101),
        (1, 0.9, 120_000, 102),
        (2, 0.7, 50_000, 103),
        (2, 0.9, 100_000, 104),
        (4, 0.8, 60_000, 105),
        (4, 0.9, 100_000, 106),
    ],
    ids=lambda v: str(v),
)
def test_mmc_step_matches_erlang_c(sim_executor, agents, rho, tickets, seed):
    lam = rho * agents / SERVICE_MEAN  # per minute
    expected = theory.mmc(lam, SERVICE_MEAN, agents)
    model = compiled(single_step(lam * 60.0, SERVICE_MEAN, agents))
    runs = replicate(model, settings(tickets, lam, seed), sim_executor).runs
    label = f"M/M/{agents} ρ={rho}"
    assert_theory_in_ci(
        [r.steps["work"].wait_mean for r in runs], expected.wq, f"{label} mean wait", precision=0.1
    )
    assert_theory_in_ci(
        [r.steps["work"].waited_share for r in runs],
        expected.p_wait,
        f"{label} share waiting",
        precision=0.03,
    )
    assert_theory_in_ci(
        [r.steps["work"].queue_mean for r in runs], expected.lq, f"{label} mean queue", precision=0.1
    )
    assert_theory_in_ci(
        [r.pools["desk"].utilisation for r in runs], rho, f"{label} utilisation", precision=0.01
    )


def test_escalation_network_matches_jackson(sim_executor):
    """level1 -(0.3)-> level2 -(0.2)-> level3; after any resolution 10 % re-open to level1."""
    tiers = [Tier("level1", 4, 3.0), Tier("level2", 4, 10.0), Tier("level3", 2, 22.5)]
    p_up, p_reopen, gamma = [0.3, 0.2], 0.1, 1.0  # γ: tickets per minute
    expected = theory.jackson(
        [gamma, 0.0, 0.0],
        escalation_routing(3, p_up, p_reopen),
        [t.mean for t in tiers],
        [t.agents for t in tiers],
    )
    assert [round(q.utilisation, 3) for q in expected.nodes] == [0.833, 0.833, 0.75]
    run_settings = settings(80_000, gamma, 201)
    model = compiled(escalation_network(gamma * 60.0, tiers, p_up, p_reopen))
    runs = replicate(model, run_settings, sim_executor).runs
    counted = run_settings.horizon_minutes - run_settings.warmup_minutes
    assert_theory_in_ci(
        [r.kpis["resolution_elapsed_mean"] for r in runs],
        expected.time_in_system,
        "network mean time in system",
        precision=0.05,
    )
    for tier, rate in zip(tiers, expected.rates):
        assert_theory_in_ci(
            [r.steps[tier.step].visits / counted for r in runs],
            rate,
            f"{tier.step} arrival rate",
            precision=0.02,
        )
    # per-step waits are noisier (level 2 is visited by a third of the tickets): a looser
    # precision bound, the same 99 % interval
    for tier, node in zip(tiers[:2], expected.nodes):
        assert_theory_in_ci(
            [r.steps[tier.step].wait_mean for r in runs], node.wq, f"{tier.step} mean wait", precision=0.15
        )


def test_two_class_priority_matches_cobham(sim_executor):
    """One agent at ρ = 0.8, non-preemptive priority by the `priority` field (P1 30 %, P2 70 %),
    same exponential service: per class, mean resolution time − E[S] is the class's mean wait."""
    lam = 0.8 / SERVICE_MEAN
    fields = [TicketField(name="priority", values=["P1", "P2"], weights=[0.3, 0.7])]
    model = compiled(single_step(lam * 60.0, SERVICE_MEAN, 1, "priority", fields, "priority"))
    runs = replicate(model, settings(100_000, lam, 301), sim_executor).runs
    w1, w2 = theory.mm1_priority_waits([0.3 * lam, 0.7 * lam], [SERVICE_MEAN, SERVICE_MEAN])
    for cls, wait in (("P1", w1), ("P2", w2)):
        values = [r.by_dimension["priority"][cls]["resolution_elapsed_mean"] - SERVICE_MEAN for r in runs]
        assert_theory_in_ci(values, wait, f"class {cls} mean wait (Cobham)", precision=0.05)
    # priority reorders the queue but keeps the work: the mean over all tickets is FIFO's
    assert_theory_in_ci(
        [r.steps["work"].wait_mean for r in runs],
        theory.mm1(lam, SERVICE_MEAN).wq,
        "all classes mean wait",
        precision=0.1,
    )
    shares = interval([r.by_dimension["priority"]["P1"]["arrived"] / r.kpis["arrived"] for r in runs])
    assert abs(shares.mean - 0.3) < 0.01
