"""Types of the compiled event loop (model/sim/_core.c), for the type checker; model/sim/compiled_loop.py
lays out its input and reads its results."""

from typing import Any

# (count, total, maximum, {bin: count}), as stats.Histogram holds them
Histogram = tuple[int, float, float, dict[int, int]]
# wait, then layout_spec.STEP_ROW: visits, served, waited, service_total, time_total, queue,
# queue_area, queue_last, queue_max, since, breaches, escalations
StepRow = tuple[Histogram, int, int, int, float, float, int, float, float, int, float, int, int]
# layout_spec.POOL_ROW: busy, last, busy_area, duty_area, since, queued, on_duty
PoolRow = tuple[int, float, float, float, float, int, int]
# cell, its counts (layout_spec.CELL_COUNTS), its minutes (layout_spec.CELL_TIMES), resolution,
# first response, queue wait
CellRow = tuple[int, tuple[int, ...], tuple[float, ...], Histogram, Histogram, Histogram]
# layout_spec.LADDER_ROW: warnings, breaches, notified, priority_raised, reassigned, interrupted
LadderRow = tuple[int, int, int, int, int, int]
# per pool: () or, agents as individuals (model/sim/agents.py), the minute their time on shift was
# last counted and per agent layout_spec.AGENT_ROW
AgentRows = tuple[()] | tuple[float, list[tuple[float, ...]]]
# steps, pools, cells, level masks, edge counts, backlog, ladders, notifications per role (model/sim/
# notify.py), then layout_spec.RESULTS: events,
# now, arrivals, open, open_area, open_last, next_ticket_id, measured, stop code, stop node
Results = tuple[
    list[StepRow],
    list[PoolRow],
    list[CellRow],
    dict[int, int],
    list[int],
    list[tuple[float, int]],
    list[LadderRow],
    list[int],
    list[int],
    list[tuple[int, int, int, float]],
    list[AgentRows],
    int,
    float,
    int,
    int,
    float,
    float,
    int,
    int,
    int,
    int,
]

LAYOUT_DIGEST: str  # of model/sim/layout_spec.py, as built

class Run:
    """The capsule holding one run's tables."""

def new(ints: bytes, floats: bytes, tables: bytes, streams: bytes, /) -> Run: ...
def run(state: Run, budget: int, /) -> tuple[bool, float, int]: ...
def log(state: Run, /) -> list[tuple[Any, ...]]: ...
def results(state: Run, /) -> Results: ...
def footprint(state: Run, /) -> int: ...
