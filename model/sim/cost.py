"""What a run will cost before it starts: expected tickets from the arrival rates and the
horizon (or the ticket count and warm-up), times the nodes they pass and the replications, so
that a caller can refuse a run that would take hours. An order of magnitude, not a promise.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from blueprint_studio.model.flow import FlowModel
from blueprint_studio.model.schema import EXECUTABLE_KINDS, Blueprint, IntakeNode, Scenario
from blueprint_studio.model.sim import compiled_loop
from blueprint_studio.model.sim.distributions import mean_of
from blueprint_studio.model.sim.engine_state import intake_arrival
from blueprint_studio.model.sim.settings import SimulationSettings

# Ticket steps (a ticket entering a node) a run may cost without being forced: about two
# minutes on one core in the compiled loop, which does some 30 million a second; the Python
# loop is some fifty times slower.
MAX_STEPS_COMPILED = 5e9
MAX_STEPS_PYTHON = 1e8


@dataclass(frozen=True)
class RunCost:
    tickets: float  # expected tickets per replication, warm-up included
    candidates: float  # arrival times drawn (a weekly schedule is drawn at its peak rate)
    nodes: int
    replications: int

    @property
    def steps(self) -> float:
        """Ticket steps over all replications: the figure the limit applies to."""
        return (self.tickets * self.nodes + self.candidates) * self.replications

    @property
    def limit(self) -> float:
        return MAX_STEPS_COMPILED if compiled_loop.available() else MAX_STEPS_PYTHON

    @property
    def too_large(self) -> bool:
        return not self.steps <= self.limit  # NaN and infinity are too large too


def _rates(model: FlowModel, multiplier: float) -> tuple[float, float]:
    """(mean, peak) tickets a minute over all intakes."""
    mean = peak = 0.0
    for i in model.intakes:
        arrival = intake_arrival(model.nodes[i])
        if arrival.interarrival is not None:
            gap = mean_of(arrival.interarrival)
            rate = multiplier / gap if gap > 0 else math.inf
            mean, peak = mean + rate, peak + rate
            continue
        weekly = arrival.weekly_rates
        if weekly:
            mean += math.fsum(r for row in weekly for r in row) / (7 * 24) * multiplier / 60.0
            peak += max(max(row) for row in weekly) * multiplier / 60.0
        else:
            mean += arrival.rate_per_hour * multiplier / 60.0
            peak += arrival.rate_per_hour * multiplier / 60.0
    return mean, peak


def scenario_cost(blueprint: Blueprint, scenario: Scenario) -> RunCost:
    """The same estimate from the document, before it is compiled (validation warns with it)."""
    mean = peak = 0.0
    for node in blueprint.nodes:
        if not isinstance(node, IntakeNode):
            continue
        if node.interarrival is not None:
            gap = mean_of(node.interarrival)
            rate = 1.0 / gap if gap > 0 else math.inf
            mean, peak = mean + rate, peak + rate
        elif node.schedule is not None:
            rows = node.schedule.rates
            mean += math.fsum(r for row in rows for r in row) / (7 * 24) / 60.0
            peak += max(max(row) for row in rows) / 60.0
        else:
            mean, peak = mean + node.rate_per_hour / 60.0, peak + node.rate_per_hour / 60.0
    settings = SimulationSettings.from_scenario(scenario)
    executable = sum(node.kind in EXECUTABLE_KINDS for node in blueprint.nodes)
    return _cost(mean * settings.arrival_multiplier, peak * settings.arrival_multiplier, executable, settings)


def run_cost(model: FlowModel, settings: SimulationSettings) -> RunCost:
    mean, peak = _rates(model, settings.arrival_multiplier)
    return _cost(mean, peak, len(model.nodes), settings)


def _cost(mean: float, peak: float, nodes: int, settings: SimulationSettings) -> RunCost:
    if settings.horizon_minutes is not None:
        span = settings.horizon_minutes
        tickets = mean * span
    else:
        assert settings.tickets is not None  # settings give a horizon or a ticket count
        tickets = settings.tickets + mean * settings.warmup_minutes
        span = tickets / mean if mean > 0 else 0.0
    return RunCost(tickets=tickets, candidates=peak * span, nodes=nodes, replications=settings.replications)
