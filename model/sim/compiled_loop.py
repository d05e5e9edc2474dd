"""The glue to the compiled event loop (model/sim/_core.c): loads and checks the compiled module,
has a model laid out as the C side reads it (compiled_layout.py, from the records of
compiled_records.py over the field states of compiled_states.py), runs it, hands its event log to
the engine's sink and writes its results back to the engine.

The layout is model/sim/layout_spec.py's: every record is packed through `layout_spec.pack`, by
slot name, and the C side reads each slot by the same name (the header _layout.h, generated from
the spec); a compiled module built from another spec is refused at import (`LayoutMismatch`).
The engine is read through its public set-up only (`EngineState.compiled_setup`).

It runs everything the engine does (Poisson, weekly and renewal intakes, preset fields,
abandonment, shifts, FIFO, priority and deadline queues, time limits and escalation, waits with
timeouts, surveys, roadmap, after-actions, SLA clocks that pause or count business hours,
warm-up, event logs) except ticket fields of type number drawn from a distribution, and models
with more than compiled_states.MAX_STATES combinations of field values: those run in the engine's
Python loop.
`run_core` says which by returning False.

Ticket fields become a finite set of states (every combination of the choice and yes/no fields,
`responded` and `satisfied`), so that conditions, guards, duration rules, priority ranks and SLA
policies are tables computed once here; the expression language never runs in C. The C loop
continues the engine's own random streams (CPython's Mersenne Twister) and repeats its
arithmetic operation for operation, so results are bit-identical with the Python loop
(tests/model/test_sim_core.py, test_sim_traces.py, tests/sim/test_loops_agree.py).
"""

from __future__ import annotations

import os
from typing import Any

from blueprint_studio.model.sim import layout_spec as spec
from blueprint_studio.model.sim.approvals import APPROVAL_STATUSES
from blueprint_studio.model.sim.compiled_layout import Layout
from blueprint_studio.model.sim.compiled_states import Unsupported, states_for, tables_lock
from blueprint_studio.model.sim.engine_state import Cancelled, EngineState, EventSink
from blueprint_studio.model.sim.layout_spec import LOG_OUTCOME, LOG_STATUS_WORDS
from blueprint_studio.model.sim.results import TicketStats
from blueprint_studio.model.sim.stats import Histogram

try:
    from blueprint_studio.model.sim import _core
except ImportError:  # not built (no C compiler at install): the Python loop runs
    _core = None  # type: ignore[assignment]  # a module or None: mypy has no type for it
if os.environ.get("BLUEPRINT_STUDIO_PYTHON_LOOP"):  # to compare, or to rule the C loop out
    _core = None  # type: ignore[assignment]  # as above


class LayoutMismatch(ImportError):
    """The compiled loop was built from another layout than model/sim/layout_spec.py."""


def _check_layout(module: Any) -> None:
    """Refuse a compiled module built from another description of the layout: it would read the
    model's arrays in another order. Rebuilding it (pip install -e .) makes them agree."""
    built = getattr(module, "LAYOUT_DIGEST", None)
    if built != spec.DIGEST:
        raise LayoutMismatch(
            f"the compiled event loop ({getattr(module, '__file__', '_core')}) was built from layout "
            f"{built or 'unknown'}, but model/sim/layout_spec.py describes layout {spec.DIGEST}: "
            "regenerate model/sim/_layout.h (python -m blueprint_studio.model.sim.layout_spec > "
            "model/sim/_layout.h) and rebuild the extension (pip install -e .)"
        )


def _load_core(path: str) -> Any:
    """The compiled loop built at `path` (a sanitizer build, say), in place of the installed one."""
    from importlib.machinery import ExtensionFileLoader
    from importlib.util import module_from_spec, spec_from_loader

    loader = ExtensionFileLoader("blueprint_studio.model.sim._core", path)
    found = spec_from_loader("blueprint_studio.model.sim._core", loader)
    if found is None:
        raise ImportError(f"no compiled event loop at {path}")
    module = module_from_spec(found)
    loader.exec_module(module)
    return module


if os.environ.get("BLUEPRINT_STUDIO_CORE") and not os.environ.get("BLUEPRINT_STUDIO_PYTHON_LOOP"):
    _core = _load_core(os.environ["BLUEPRINT_STUDIO_CORE"])  # tools/sanitize.sh: a build of its own
if _core is not None:
    _check_layout(_core)


def available() -> bool:
    return _core is not None


def _histogram(count: int, total: float, maximum: float, bins: dict[int, int]) -> Histogram:
    h = Histogram()
    h.count, h.total, h.maximum, h.bins = count, total, maximum, bins
    return h


def run_core(engine: EngineState, progress_every: int) -> bool:
    """Run `engine` in C when its model is covered; False (and nothing done) when it is not."""
    if _core is None:
        return False
    try:
        with tables_lock:  # one layout at a time: the tables of a model are shared
            layout = Layout(engine, states_for(engine.model))
            buffers = layout.build()
    except Unsupported:
        return False
    state = _core.new(*buffers)
    progress, cancel, sink = engine.progress, engine.cancel, engine.log
    write_log = _LogWriter(sink, engine, layout) if sink is not None else None
    while True:
        more, engine.now, engine.measured = _core.run(state, progress_every)
        if write_log is not None:
            write_log(_core.log(state))
        if not more:
            break
        if cancel is not None and cancel():
            raise Cancelled()
        if progress is not None:
            progress(engine.progress_fraction())
    _write_back(engine, layout, _core.results(state))
    engine.core_bytes = _core.footprint(state)
    return True


class _LoggedTicket:
    """What an EventSink reads of a ticket: its number, arrival time and fields at the time."""

    __slots__ = ("id", "arrival", "fields")

    def __init__(self, ticket_id: int, arrival: float, fields: dict[str, Any]) -> None:
        self.id, self.arrival, self.fields = ticket_id, arrival, fields


# The order _LogWriter unpacks a record of `_core.log` in: the spec's, or the import fails.
_LOG_ORDER = ("start", "uid", "arrival", "values", "node", "pool", "agent", "enabled", "end", "status")
if spec.LOG_RECORD.names != _LOG_ORDER:
    raise LayoutMismatch(f"_LogWriter reads {_LOG_ORDER}, layout_spec.LOG_RECORD is {spec.LOG_RECORD.names}")


class _LogWriter:
    """Hands the compiled loop's activity records to the engine's event sink, as its own loop
    would: the same arguments, in the same order."""

    def __init__(self, sink: EventSink, engine: EngineState, layout: Layout) -> None:
        self.sink, self.nodes = sink, engine.model.nodes
        self.pools = [p.id for p in engine.model.pools]
        self.fields = layout.states.field_dicts
        # an approval's rows name their approval by its row in `agent` (approvals.py says them)
        approvals = getattr(engine, "approvals", None)
        self.approvals = [approvals.activities[edge] for edge in layout.approval_edges] if approvals else []

    def __call__(self, records: list[tuple[Any, ...]]) -> None:
        record, nodes, pools, fields = self.sink.record, self.nodes, self.pools, self.fields
        for start, uid, arrival, values, node, pool, agent, enabled, end, status in records:  # _LOG_ORDER
            flow_node = nodes[node] if node >= 0 else None
            if status >= spec.LOG_APPROVAL_ASKED:  # asked, granted, rejected, by the role
                flow_node = self.approvals[agent]  # an approval: what the sinks read of a node
                text, agent = APPROVAL_STATUSES[status - spec.LOG_APPROVAL_ASKED], -1
            elif status < len(LOG_STATUS_WORDS):
                text = LOG_STATUS_WORDS[status]
            else:
                text = (
                    "merged"
                    if status == spec.LOG_MERGED
                    else (flow_node.outcome if status == LOG_OUTCOME and flow_node is not None else None)
                    or "stuck"
                )
            record(
                _LoggedTicket(uid, arrival, dict(fields[values])),
                flow_node,
                pools[pool] if pool >= 0 else None,
                agent if agent >= 0 else None,
                enabled,
                start,
                end,
                text,
            )


def _write_back(engine: EngineState, layout: Layout, results: _core.Results) -> None:
    (
        steps,
        pools,
        cells,
        masks,
        edges,
        backlog,
        ladders,
        notified,
        transfers,
        approval_rows,
        agents,  # agents.AgentPool's counts (model/sim/agents.py)
        *figures,
    ) = results
    named = dict(zip(spec.RESULTS.field_names, figures, strict=True))
    stop, stop_node = int(named.pop("stop")), int(named.pop("stop_node"))
    contacts = getattr(engine, "contacts", None)  # the engine's contacts.Contacts, with follow-ups
    for name in spec.CONTACT_RESULTS:
        value = named.pop(name)
        if contacts is not None:
            setattr(contacts, name, value)
    for name, value in named.items():  # events, now, arrivals, open, next_ticket_id, measured
        setattr(engine, name, value)
    now = engine.now
    if stop:
        engine.stopped.append((stop, stop_node))
    engine.end_time = engine.horizon if engine.settings.horizon_minutes is not None and not stop else now
    rows = (spec.STEP_ROW, spec.POOL_ROW, spec.CELL_COUNTS, spec.CELL_TIMES)
    step_names, pool_names, count_names, time_names = (row.field_names for row in rows)
    for step, (wait, *step_row) in zip(engine.steps, steps):  # the lead: the wait histogram
        for name, value in zip(step_names, step_row, strict=True):
            setattr(step, name, value)
        step.wait = _histogram(*wait)
    for pool, pool_row in zip(engine.pools, pools):
        for name, value in zip(pool_names, pool_row, strict=True):
            setattr(pool, name, value)
    for pool, agent_rows in zip(engine.pools, agents, strict=True):  # agents.AgentPool's counts
        if agent_rows:
            pool.duty_mark, per_agent = agent_rows  # type: ignore[attr-defined]
            pool.counts = {  # type: ignore[attr-defined]
                name: [row[k] for row in per_agent] for k, name in enumerate(spec.AGENT_ROW.field_names)
            }
    dimension_values = [values for name, values in layout.states.variables if name in engine.dimension_names]
    per_policy = layout.states.n_cells  # a cell id: its choice-field values + per_policy * (policy + 1)
    for cell_id, counts, times, resolution, first_response, queue_wait in cells:
        key: list[Any] = []
        rest = cell_id % per_policy
        for values in dimension_values:  # least significant first
            key.append(values[rest % len(values)])
            rest //= len(values)
        policy = cell_id // per_policy - 1
        key.append(None if policy < 0 else policy)  # Engine._on_arrival's key: the policy last
        cell = TicketStats()
        for name, value in zip(count_names, counts, strict=True):
            setattr(cell, name, value)
        for name, value in zip(time_names, times, strict=True):
            setattr(cell, name, value)
        cell.resolution = _histogram(*resolution)
        cell.first_response = _histogram(*first_response)
        cell.queue_wait = _histogram(*queue_wait)
        engine.cells[tuple(key)] = cell
    engine.level_masks.update(masks)
    engine.edge_counts.update({edge: n for edge, n in zip(layout.edges, edges) if n})
    engine.backlog.extend(backlog)
    on_ladders = getattr(engine, "ladders", None)  # the engine's ladder.Ladders, with ladders
    if on_ladders is not None:
        for trigger, row in zip(layout.triggers, ladders, strict=True):
            on_ladders.counts[trigger] = list(row)
    notifications = getattr(engine, "notifications", None)  # the engine's notify.Notifications
    if notifications is not None:
        notifications.counts = list(notified)
    approvals = getattr(engine, "approvals", None)  # the engine's approvals.Approvals
    if approvals is not None:
        approvals.transfers = {reason: float(n) for reason, n in zip(layout.reasons, transfers, strict=True)}
        for edge, (asked, granted, rejected, minutes) in zip(
            layout.approval_edges, approval_rows, strict=True
        ):
            approvals.edges[edge] = [float(asked), float(granted), float(rejected), minutes]
