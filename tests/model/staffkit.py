"""A one-queue help desk for the staffing tests: Poisson arrivals, exponential service, one pool
(an M/M/c queue, whose answer Erlang C gives)."""

from __future__ import annotations

from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    Exponential,
    IntakeNode,
    Meta,
    Pool,
    Scenario,
    StaffingTargets,
    StepNode,
)


def mmc_desk(
    *, rate_per_hour: float = 30, service: float = 6, agents: int = 4, days: float = 7, replications: int = 10
) -> Blueprint:
    """λ = 0.5 a minute, E[S] = 6 min: 3 Erlangs. Erlang C: Wq = 3.06 min with 4 agents, 0.71
    with 5, 0.20 with 6; the target (mean wait at most 1.5 min) needs 5."""
    return Blueprint(
        meta=Meta(title="Desk", currency="EUR"),
        pools=[Pool(id="desk", name="Service desk", agents=agents, cost_per_hour=30)],
        nodes=[
            IntakeNode(id="in", rate_per_hour=rate_per_hour),
            StepNode(id="answer", title="Answer", pool="desk", duration=Exponential(mean=service)),
            EndNode(id="done"),
        ],
        edges=[Edge(id="e1", source="in", target="answer"), Edge(id="e2", source="answer", target="done")],
        scenarios=[Scenario(id="week", name="A week", horizon_days=days, replications=replications, seed=7)],
        targets=StaffingTargets(wait_statistic="mean", wait_at_most=1.5),
    )
