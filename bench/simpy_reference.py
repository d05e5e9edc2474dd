"""The tiered help desk of the simulation benchmark, written twice from one small spec: as a
blueprint for the product engine (`build_blueprint`) and as a plain SimPy model (`run_simpy`).

SimPy is a benchmark and test dependency only; the product never imports this module.
Run alone for a quick figure: .venv/bin/python bench/simpy_reference.py [--tickets N] [--seed S]
"""

from __future__ import annotations

import argparse
import math
import random
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from blueprint_studio.model.schema import Blueprint

STEPS = ("level1", "level2", "level3", "triage")


def tiered_spec() -> dict[str, Any]:
    """Poisson arrivals; support tickets go to level 1, escalate with p = 0.3 to level 2 and
    from there with p = 0.2 to level 3, then face a satisfaction check that re-opens 10 % back to
    level 1; feature requests (20 %) go to product triage, then to the roadmap.

    Rates: λ = 1/min, so level 1 sees 0.8/0.9 = 0.889/min (re-opens included), level 2 0.267,
    level 3 0.0533 and triage 0.2/min; with the means and agents below every pool is ≈ 80 % busy
    (l1 0.790, l2 0.800, l3 0.800, pm 0.800). Times in minutes, the arrival rate per hour."""
    return {
        "arrival_rate_per_hour": 60.0,
        "feature_share": 0.2,
        "p_escalate": {"level1": 0.3, "level2": 0.2},
        "p_reopen": 0.1,
        "steps": {
            "level1": {"pool": "l1", "agents": 9, "mean": 8.0},
            "level2": {"pool": "l2", "agents": 10, "mean": 30.0},
            "level3": {"pool": "l3", "agents": 4, "mean": 60.0},
            "triage": {"pool": "pm", "agents": 5, "mean": 20.0},
        },
    }


def build_blueprint(spec: dict[str, Any]) -> Blueprint:
    """The same model as a service blueprint: one lane (and pool) per tier, FIFO, exponential.
    (Imports the project lazily: the caller has put it on the path, and SimPy runs need none.)"""
    from blueprint_studio.model.schema import (
        Blueprint,
        DecisionNode,
        Edge,
        EndNode,
        Exponential,
        IntakeNode,
        Lane,
        Meta,
        Pool,
        RoadmapNode,
        SatisfactionNode,
        StepNode,
        TicketField,
    )

    steps = spec["steps"]
    lane_of = {
        "level1": ("frontstage", "Level 1"),
        "level2": ("backstage", "Level 2"),
        "level3": ("support", "Level 3"),
        "triage": ("custom", "Product team"),
    }
    lanes = [Lane(id="lane_customer", kind="customer", title="Customer")] + [
        Lane(
            id=f"lane_{step}",
            kind=lane_of[step][0],
            title=lane_of[step][1],
            pool=Pool(
                id=steps[step]["pool"],
                name=lane_of[step][1],
                agents=steps[step]["agents"],
                cost_per_hour=40.0,
            ),
        )
        for step in STEPS
    ]
    share = spec["feature_share"]
    p1, p2 = spec["p_escalate"]["level1"], spec["p_escalate"]["level2"]

    def step(node_id: str, title: str, level: int | None, x: float) -> StepNode:
        return StepNode(
            id=node_id,
            title=title,
            lane=f"lane_{node_id}",
            pool=steps[node_id]["pool"],
            duration=Exponential(mean=steps[node_id]["mean"]),
            level=level,
            x=x,
        )

    nodes = [
        IntakeNode(
            id="intake",
            title="New ticket",
            lane="lane_customer",
            channel="portal",
            rate_per_hour=spec["arrival_rate_per_hour"],
        ),
        DecisionNode(id="kind", title="Feature request?", lane="lane_level1", x=200),
        step("level1", "Level 1 diagnosis", 1, 400),
        step("level2", "Level 2 investigation", 2, 600),
        step("level3", "Level 3 fix", 3, 800),
        step("triage", "Product triage", None, 400),
        RoadmapNode(id="roadmap", title="Roadmap", lane="lane_triage", x=600),
        SatisfactionNode(
            id="survey", title="Satisfied?", lane="lane_customer", x=1000, p_satisfied=1.0 - spec["p_reopen"]
        ),
        EndNode(id="resolved", title="Resolved", lane="lane_customer", x=1200),
        EndNode(id="recorded", title="Recorded", lane="lane_triage", x=800, outcome="closed"),
    ]
    edges = [
        Edge(id="e_in", source="intake", target="kind"),
        Edge(
            id="e_feature", source="kind", target="triage", label="feature", condition='category == "feature"'
        ),
        Edge(id="e_support", source="kind", target="level1", label="support", default=True),
        Edge(id="e_l1_l2", source="level1", target="level2", label="escalate", probability=p1),
        Edge(id="e_l1_done", source="level1", target="survey", default=True),
        Edge(id="e_l2_l3", source="level2", target="level3", label="escalate", probability=p2),
        Edge(id="e_l2_done", source="level2", target="survey", default=True),
        Edge(id="e_l3_done", source="level3", target="survey"),
        Edge(
            id="e_reopen", source="survey", target="level1", label="re-open", condition="satisfied == false"
        ),
        Edge(id="e_close", source="survey", target="resolved", default=True),
        Edge(id="e_triage", source="triage", target="roadmap"),
        Edge(id="e_recorded", source="roadmap", target="recorded"),
    ]
    fields = [TicketField(name="category", values=["support", "feature"], weights=[1.0 - share, share])]
    return Blueprint(
        meta=Meta(title="Tiered help desk (benchmark)"), fields=fields, lanes=lanes, nodes=nodes, edges=edges
    )


def run_simpy(spec: dict[str, Any], tickets: int, seed: int, warmup_minutes: float = 0.0) -> dict[str, Any]:
    """Run arrivals until `tickets` arrived after the warm-up, then drain, as the engine does
    with `SimulationSettings(tickets=...)`. Statistics follow the engine's definitions: time in system
    over tickets arriving at or after the warm-up, waits over services starting at or after it.

    Returns tickets (completed and counted), arrived (counted), time_in_system_mean,
    wait_mean / visits per step, and elapsed_seconds (wall clock)."""
    import simpy

    started = time.perf_counter()
    env = simpy.Environment()
    rng = random.Random(seed)
    expo = rng.expovariate
    steps = spec["steps"]
    servers = {name: simpy.Resource(env, capacity=s["agents"]) for name, s in steps.items()}
    rates = {name: 1.0 / s["mean"] for name, s in steps.items()}
    p_escalate, p_reopen, share = spec["p_escalate"], spec["p_reopen"], spec["feature_share"]
    wait_sum = dict.fromkeys(steps, 0.0)
    served = dict.fromkeys(steps, 0)
    totals = {"sojourn": 0.0, "done": 0, "arrived": 0}

    def visit(name: str):
        enabled = env.now
        with servers[name].request() as request:
            yield request
            if env.now >= warmup_minutes:
                wait_sum[name] += env.now - enabled
                served[name] += 1
            yield env.timeout(expo(rates[name]))

    def ticket(arrival: float):
        counted = arrival >= warmup_minutes
        if counted:
            totals["arrived"] += 1
        if rng.random() < share:
            yield from visit("triage")
        else:
            while True:
                yield from visit("level1")
                if rng.random() < p_escalate["level1"]:
                    yield from visit("level2")
                    if rng.random() < p_escalate["level2"]:
                        yield from visit("level3")
                if rng.random() >= p_reopen:
                    break
        if counted:
            totals["sojourn"] += env.now - arrival
            totals["done"] += 1

    def source():
        rate = spec["arrival_rate_per_hour"] / 60.0
        measured = 0
        while measured < tickets:  # tickets arriving after the warm-up, as the engine
            yield env.timeout(expo(rate))
            measured += env.now >= warmup_minutes
            env.process(ticket(env.now))

    env.process(source())
    env.run()
    done = totals["done"]
    return {
        "tickets": done,
        "arrived": totals["arrived"],
        "time_in_system_mean": totals["sojourn"] / done if done else math.nan,
        "wait_mean": {n: wait_sum[n] / served[n] if served[n] else math.nan for n in steps},
        "visits": dict(served),
        "elapsed_seconds": time.perf_counter() - started,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    result = run_simpy(tiered_spec(), args.tickets, args.seed)
    rate = result["tickets"] / result["elapsed_seconds"]
    print(
        f"SimPy: {result['tickets']:,} tickets in {result['elapsed_seconds']:.2f} s "
        f"({rate:,.0f} tickets/s); mean time in system {result['time_in_system_mean']:.2f} min"
    )
    for name, wait in result["wait_mean"].items():
        print(f"  {name:8s} mean wait {wait:8.3f} min over {result['visits'][name]:,} services")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
