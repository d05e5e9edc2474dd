"""The staffing finder and scenario sweeps (issue 19), without Qt: candidates and variations, target
checks with confidence intervals, sweeps, the search for the cheapest plan that meets the targets,
and where their tasks run (a local process pool or a Dask scheduler), with checkpoints.
"""

from __future__ import annotations

from blueprint_studio.model.staffing.candidates import (
    MAX_CANDIDATES,
    Candidate,
    Variations,
    VaryError,
    parse_plan,
    parse_vary,
)
from blueprint_studio.model.staffing.checkpoint import Checkpoint, CheckpointError
from blueprint_studio.model.staffing.runners import DaskRunner, LocalRunner, Runner, Task, runner_for
from blueprint_studio.model.staffing.search import (
    PoolBounds,
    StaffingError,
    StaffingResult,
    find_staffing,
    pool_bounds,
)
from blueprint_studio.model.staffing.sweep import Row, SweepResult, run_sweep
from blueprint_studio.model.staffing.targets import TargetCheck

__all__ = [
    "MAX_CANDIDATES",
    "Candidate",
    "Checkpoint",
    "CheckpointError",
    "DaskRunner",
    "LocalRunner",
    "PoolBounds",
    "Row",
    "Runner",
    "StaffingError",
    "StaffingResult",
    "SweepResult",
    "TargetCheck",
    "Task",
    "Variations",
    "VaryError",
    "find_staffing",
    "parse_plan",
    "parse_vary",
    "pool_bounds",
    "run_sweep",
    "runner_for",
]
