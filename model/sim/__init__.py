"""The simulator: runs a compiled flow model as a discrete-event simulation (no Qt).

`simulate` runs once; `replicate` runs R independent replications, in parallel through an
executor the caller may pass, and gives means with confidence intervals.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from blueprint_studio.model.sim.engine import Cancelled, Engine, EventSink
    from blueprint_studio.model.sim.replications import replicate, simulate, simulate_blueprint
    from blueprint_studio.model.sim.results import ReplicatedResult, RunResult
    from blueprint_studio.model.sim.settings import SimulationSettings

# What this package offers, by the module that defines it. Loaded on first use (PEP 562), so that
# importing one module of the simulator (validation imports model.sim.checks) does not load them
# all, the compiler with the replications: that would be an import circle back to validation.
_EXPORTS = {
    "Cancelled": "engine",
    "Engine": "engine",
    "EventSink": "engine",
    "replicate": "replications",
    "simulate": "replications",
    "simulate_blueprint": "replications",
    "ReplicatedResult": "results",
    "RunResult": "results",
    "SimulationSettings": "settings",
}


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_EXPORTS[name]}"), name)


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
