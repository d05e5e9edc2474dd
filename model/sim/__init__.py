"""The simulator: runs a compiled flow model as a discrete-event simulation (no Qt).

`simulate` runs once; `replicate` runs R independent replications, in parallel through an
executor the caller may pass, and gives means with confidence intervals.
"""

from __future__ import annotations

from blueprint_studio.model.sim.engine import Cancelled, Engine, EventSink
from blueprint_studio.model.sim.replications import replicate, simulate, simulate_blueprint
from blueprint_studio.model.sim.results import ReplicatedResult, RunResult
from blueprint_studio.model.sim.settings import SimulationSettings

__all__ = [
    "Cancelled",
    "Engine",
    "EventSink",
    "ReplicatedResult",
    "RunResult",
    "SimulationSettings",
    "replicate",
    "simulate",
    "simulate_blueprint",
]
