"""The compiled event loop (model/sim/_core.c) and the flat layout of a model it reads.

It runs everything the engine does (Poisson, weekly and renewal intakes, preset fields,
abandonment, shifts, FIFO, priority and deadline queues, time limits and escalation, waits with
timeouts, surveys, roadmap, after-actions, SLA clocks that pause or count business hours,
warm-up, event logs) except ticket fields of type number drawn from a distribution, and models
with more than MAX_STATES combinations of field values: those run in the engine's Python loop.
`run_core` says which by returning False.

Ticket fields become a finite set of states (every combination of the choice and yes/no fields,
`responded` and `satisfied`), so that conditions, guards, duration rules, priority ranks and SLA
policies are tables computed once here; the expression language never runs in C. The C loop
continues the engine's own random streams (CPython's Mersenne Twister) and repeats its
arithmetic operation for operation, so results are bit-identical with the Python loop
(tests/model/test_sim_core.py, test_sim_traces.py).
"""

from __future__ import annotations

import math
import os
import random
import threading
from array import array
from collections.abc import Callable
from itertools import product
from typing import Any

from blueprint_studio.model.flow import FlowModel, FlowNode, SlaCalendar
from blueprint_studio.model.schema import Empirical, Exponential, Fixed, LogNormal, Triangular, Uniform
from blueprint_studio.model.sim.clocks import BusinessClock
from blueprint_studio.model.sim.distributions import lognormal_parameters
from blueprint_studio.model.sim.engine_state import (
    ARRIVAL,
    BACKSTAGE_LANES,
    KIND_CODES,
    SAMPLE,
    SHIFT,
    STOP_LOOP,
    STOP_OPEN,
    STOP_PENDING,
    STOP_QUEUE,
    VISIBLE_LANES,
    WARMUP,
    Cancelled,
    EngineState,
    EventSink,
    intake_arrival,
)
from blueprint_studio.model.sim.results import OUTCOMES_RESOLVED, TicketStats
from blueprint_studio.model.sim.stats import _BINS, _INV_LOG_RATIO, _INV_MIN, _MIN, Histogram

try:
    from blueprint_studio.model.sim import _core
except ImportError:  # not built (no C compiler at install): the Python loop runs
    _core = None  # type: ignore[assignment]  # a module or None: mypy has no type for it
if os.environ.get("BLUEPRINT_STUDIO_PYTHON_LOOP"):  # to compare, or to rule the C loop out
    _core = None  # type: ignore[assignment]  # as above

MAX_STATES = 1 << 14
# random.NV_MAGICCONST (its type stub leaves it out), by the same expression as random.py: the C
# loop's normal draws repeat random.normalvariate with it
_NV_MAGICCONST = 4 * math.exp(-0.5) / math.sqrt(2.0)
_RULES = {"condition": 0, "probability": 1, "default": 2, "always": 2}
_LANES = {**dict.fromkeys(VISIBLE_LANES, 1), **dict.fromkeys(BACKSTAGE_LANES, 2)}
_SET, _RESPOND, _REASSIGN = 0, 1, 2
_D_EXP, _D_FIXED, _D_UNIFORM, _D_TRIANGULAR, _D_LOGNORMAL, _D_EMPIRICAL = range(6)
_COUNT_NAMES = (
    "arrived",
    "resolved",
    "abandoned",
    "other_end",
    "stuck",
    "fcr",
    "escalated",
    "fr_targets",
    "fr_breaches",
    "res_targets",
    "res_breaches",
    "reopened",
    "surveyed",
    "satisfied",
    "roadmap",
    "closed",
    "deflected",
)


def available() -> bool:
    return _core is not None


class _Unsupported(Exception):
    """The model uses something only the Python loop does."""


class _States:
    """The finite set of ticket-field states of one model, and the tables over it (conditions,
    guards, rules, ranks, field changes). Built once per model and kept for its next runs: they
    do not depend on the seed, and with thousands of states they cost more than a short run.

    State variables, least significant first: responded, satisfied, yes/no fields, then the
    choice fields (most significant), so that state // cell_divisor is the statistics cell."""

    def __init__(self, model: FlowModel) -> None:
        variables: list[tuple[str, tuple]] = [("responded", (False, True)), ("satisfied", (False, True))]
        constants: dict[str, Any] = {}
        for f in model.fields:
            if f.type == "boolean":
                variables.append((f.name, (False, True)))
            elif f.type == "number":
                if f.distribution is not None:
                    raise _Unsupported("a number drawn at arrival")
                constants[f.name] = 0.0
            elif f.type == "text":
                constants[f.name] = ""
        self.cell_divisor = 1
        for _, values in variables:
            self.cell_divisor *= len(values)
        self.variables = variables + [(f.name, tuple(f.values)) for f in model.fields if f.type == "choice"]
        self.multipliers: dict[str, int] = {}
        size = 1
        for name, values in self.variables:
            self.multipliers[name] = size
            size *= len(values)
        if size > MAX_STATES:
            raise _Unsupported("too many combinations of field values")
        self.n_states = size
        self.n_cells = size // self.cell_divisor
        # Each state's fields, keys in the engine's order (built-ins, then the schema's fields),
        # as event logs show them. product() counts with its last argument fastest: reversed
        # variables give state order.
        order = ["responded", "satisfied"] + [f.name for f in model.fields]
        self.field_dicts: list[dict[str, Any]] = []
        for digits in product(*(range(len(v)) for _, v in reversed(self.variables))):
            fields = dict(constants)
            for (name, values), digit in zip(reversed(self.variables), digits):
                fields[name] = values[digit]
            self.field_dicts.append({name: fields[name] for name in order})
        self.tables: list[list[int]] = []
        self.table_index: dict[tuple, int] = {}
        self._packed: tuple[int, bytes] = (0, b"")

    def values_of(self, name: str) -> tuple | None:
        return next((values for n, values in self.variables if n == name), None)

    def state_of(self, fields: dict[str, Any]) -> int:
        return sum(self.multipliers[name] * values.index(fields[name]) for name, values in self.variables)

    def table(self, key: tuple, make: Callable[[dict[str, Any]], int]) -> int:
        index = self.table_index.get(key)
        if index is None:
            try:
                column = [int(make(fields)) for fields in self.field_dicts]
            except Exception as error:  # a predicate that cannot run on every state
                raise _Unsupported(str(error)) from error
            index = self.table_index[key] = len(self.tables)
            self.tables.append(column)
        return index

    def packed(self) -> bytes:
        """Every table, one after the other, as C ints (kept until a table is added)."""
        if self._packed[0] != len(self.tables):
            self._packed = (
                len(self.tables),
                array("i", [v for column in self.tables for v in column]).tobytes(),
            )
        return self._packed[1]


_recent: list[tuple[FlowModel, _States | None]] = []  # the last few models run, newest last
_recent_lock = threading.Lock()


def _states_for(model: FlowModel) -> _States:
    """The model's states and tables, from the last runs when it is the same model object."""
    for known, states in _recent:
        if known is model:
            if states is None:
                raise _Unsupported("seen before")
            return states
    try:
        states = _States(model)
    except _Unsupported:
        states = None
    _recent.append((model, states))
    del _recent[:-4]
    if states is None:
        raise _Unsupported("number fields or too many field combinations")
    return states


class _Layout:
    """Flat arrays in the order `_core.new` reads them."""

    def __init__(self, engine: EngineState, states: _States) -> None:
        self.engine = engine
        self.states = states
        self.streams: list[random.Random] = []
        self.stream_index: dict[int, int] = {}
        # kind, stream, three parameters, the samples of an empirical distribution
        self.samplers: list[tuple[int, int, tuple[float, float, float], tuple[float, ...]]] = []

    def predicate(self, predicate: Any) -> int:
        if predicate is None:
            return -1
        return self.states.table(("p", id(predicate)), lambda fields: bool(predicate(fields)))

    def actions(self, actions: tuple) -> list[int]:
        out = [0]
        for action in actions:
            if action.kind == "notify":
                continue  # nothing for the simulation (Engine._apply)
            out[0] += 1
            if action.kind == "send_template":
                out += [_RESPOND, -1]
            elif action.kind == "set":
                name, value = action.field, action.value
                values = self.states.values_of(name)
                if values is None or value not in values:
                    raise _Unsupported("an action that sets a number or text field")

                def moved(fields: dict[str, Any], name: str = name, value: Any = value) -> int:
                    return self.states.state_of({**fields, name: value})

                out += [_SET, self.states.table(("set", name, value), moved)]
            else:  # re-assign: the next step's pool
                out += [_REASSIGN, action.pool]
        return out

    # ------------------------------------------------------------ streams and samplers
    def stream(self, rng: random.Random) -> int:
        index = self.stream_index.get(id(rng))
        if index is None:
            index = self.stream_index[id(rng)] = len(self.streams)
            self.streams.append(rng)
        return index

    def sampler(self, dist: object, rng: random.Random) -> int:
        s = self.stream(rng)
        entry: tuple[int, int, tuple[float, float, float], tuple[float, ...]]
        if isinstance(dist, Exponential):
            entry = (_D_EXP, s, (dist.mean, 0.0, 0.0), ())
        elif isinstance(dist, Fixed):
            entry = (_D_FIXED, s, (dist.value, 0.0, 0.0), ())
        elif isinstance(dist, Uniform):
            entry = (_D_UNIFORM, s, (dist.low, dist.high - dist.low, 0.0), ())
        elif isinstance(dist, Triangular):
            entry = (_D_TRIANGULAR, s, (dist.low, dist.mode, dist.high), ())
        elif isinstance(dist, LogNormal):
            entry = (_D_LOGNORMAL, s, (*lognormal_parameters(dist), 0.0), ())
        elif isinstance(dist, Empirical):
            entry = (_D_EMPIRICAL, s, (0.0, 0.0, 0.0), tuple(dist.samples))
        else:
            raise _Unsupported(f"distribution {dist!r}")
        self.samplers.append(entry)
        return len(self.samplers) - 1

    # ------------------------------------------------------------ the whole layout
    def build(self) -> tuple[bytes, bytes, bytes, bytes]:
        engine, model = self.engine, self.engine.model
        states = self.states
        nodes_ints: list[int] = []
        nodes_floats: list[float] = []
        edges = sorted({t.edge_id for n in model.nodes for t in n.transitions})
        self.edges = edges
        edge_index = {e: i for i, e in enumerate(edges)}
        for n in model.nodes:
            nodes_ints_n, nodes_floats_n = self.node(n, edge_index)
            nodes_ints += nodes_ints_n
            nodes_floats += nodes_floats_n
        pool_ints, pool_floats = self.pools()
        intake_ints: list[int] = []
        intake_floats: list[float] = []
        for n in model.nodes:
            state = engine.intake_state.get(n.index)
            if state is None:
                intake_ints += [-1, -1, -1, -1, -1, 0]
                intake_floats.append(0.0)
                continue
            peak, weekly = state[3], state[4]
            arrivals_rng, fields_rng = engine.intake_streams[n.index]
            arrival = intake_arrival(n)
            intake_ints += [self.stream(arrivals_rng), self.stream(fields_rng)]
            # patience and renewal draw from their streams as the engine set them up
            intake_ints.append(
                self.sampler(arrival.patience, engine.random_stream(f"patience:{n.id}"))
                if arrival.patience
                else -1
            )
            intake_ints.append(
                self.sampler(arrival.interarrival, arrivals_rng) if arrival.interarrival else -1
            )
            intake_ints.append(self.preset(dict(arrival.set_fields)) if arrival.set_fields else -1)
            intake_ints.append(weekly is not None)
            intake_floats.append(peak)
            if weekly is not None:
                if len(weekly) != 7 or any(len(row) != 24 for row in weekly):
                    raise _Unsupported("a weekly schedule that is not 7 x 24")
                intake_floats += [float(rate) for row in weekly for rate in row]
        # The field draws of every node's slot, n_nodes x n_fields entries: an intake's with its
        # own shares; another node's slot is never read, so it holds empty yes/no entries (no
        # copy of the tables per node: documents hold up to 20,000 nodes).
        field_ints: list[int] = []
        field_floats: list[float] = []
        n_fields = sum(kind in ("choice", "boolean") for _, kind, _, _ in engine.field_draws)
        for n in model.nodes:
            draws = engine.intake_field_draws.get(n.index)
            if draws is None:
                field_ints += [1, 0, 0] * n_fields
                field_floats += [0.0] * n_fields
                continue
            for name, field_type, spec, cumulative in draws:
                if field_type == "choice":
                    field_ints += [0, len(cumulative), states.multipliers[name]]
                    field_floats += [0.0] + list(cumulative)
                elif field_type == "boolean":
                    field_ints += [1, 0, states.multipliers[name]]
                    field_floats.append(spec)
        policies = list(model.sla)
        policy_of = {id(p): i for i, p in enumerate(policies)}
        sla_table = states.table(
            ("sla",), lambda f: policy_of[id(p)] if (p := model.sla_for(f)) is not None else -1
        )
        sla_of_state = states.tables[sla_table]
        policy_ints: list[int] = []
        policy_floats: list[float] = []
        for p in policies:
            policy_ints.append(p.first_response is not None)
            policy_floats.append(p.first_response or 0.0)
            policy_ints.append(p.resolution is not None)
            policy_floats.append(p.resolution or 0.0)
            self.clock(p.calendar, policy_ints, policy_floats)
        initial = sorted(engine.heap)
        sample_interval = 0.0
        event_ints: list[int] = []
        event_floats: list[float] = []
        for time, seq, kind, a, _ in initial:
            if kind not in (ARRIVAL, SAMPLE, WARMUP, SHIFT):
                raise _Unsupported("an event the compiled loop does not start with")
            if kind == SAMPLE:
                sample_interval = a
            event_floats.append(time)
            event_ints += [seq, kind, a if kind in (ARRIVAL, SHIFT) else 0]
        settings = engine.settings
        limit = engine.ticket_limit
        sampler_ints: list[int] = []
        sampler_floats: list[float] = []
        for kind, stream, params, samples in self.samplers:
            sampler_ints += [kind, stream, len(samples)]
            sampler_floats += list(params) + list(samples)
        header = [
            len(model.nodes),
            len(model.pools),
            len(self.streams),
            states.n_states,
            states.n_cells,
            len(edges),
            n_fields,
            len(policies),
            states.cell_divisor,
            states.multipliers["satisfied"],
            -1 if limit is None else limit,
            settings.horizon_minutes is not None,
            engine.log is not None,
            len(initial),  # the next event number: one per event so far
            _BINS,
            len(self.samplers),
            sum(len(s[3]) for s in self.samplers),
            len(initial),
            2 * settings.backlog_points,
        ] + [engine.limits[code] for code in (STOP_QUEUE, STOP_LOOP, STOP_OPEN, STOP_PENDING)]
        ints = (
            header
            + sampler_ints
            + nodes_ints
            + pool_ints
            + intake_ints
            + field_ints
            + sla_of_state
            + policy_ints
            + event_ints
        )
        floats = (
            [
                engine.horizon,
                engine.warmup,
                sample_interval,
                _INV_MIN,
                _INV_LOG_RATIO,
                _MIN,
                _NV_MAGICCONST,
                settings.arrival_multiplier,
            ]
            + sampler_floats
            + nodes_floats
            + pool_floats
            + intake_floats
            + field_floats
            + policy_floats
            + event_floats
        )
        words = array("I" if array("I").itemsize == 4 else "L")  # 32-bit words, then the index
        for rng in self.streams:
            words.extend(rng.getstate()[1])
        tables = states.packed()
        return array("q", ints).tobytes(), array("d", floats).tobytes(), tables, words.tobytes()

    def pools(self) -> tuple[list[int], list[float]]:
        """Per pool: agents on duty now, queue kind and priority ranks, weekly calendar."""
        ints: list[int] = []
        floats: list[float] = []
        for state in self.engine.pools:
            flow = state.flow
            if flow.discipline == "fifo":
                heap_queue, ranks = 0, -1
            elif flow.discipline == "priority":
                heap_queue, field = 1, flow.priority_field
                if field:

                    def rank(
                        fields: dict[str, Any], r: dict[Any, int] = state.ranks, name: str = field
                    ) -> int:
                        return r.get(fields.get(name), len(r))

                    ranks = self.states.table(("rank", flow.index), rank)
                else:
                    ranks = -1
            else:
                heap_queue, ranks = 1, -2  # earliest resolution deadline first
            ints += [
                state.on_duty,
                heap_queue,
                ranks,
                flow.assignment == "least_loaded",
                len(state.free),
                len(flow.calendar.starts),
            ]
            for start, agents in zip(flow.calendar.starts, flow.calendar.agents):
                floats.append(start)
                ints.append(agents)
        return ints, floats

    @staticmethod
    def clock(calendar: SlaCalendar | None, ints: list[int], floats: list[float]) -> None:
        """An SLA policy's clock as BusinessClock holds it (0 segments: every minute counts)."""
        if calendar is None:
            ints.append(0)
            return
        clock = BusinessClock(calendar)
        ints.append(len(clock.starts))
        for start, before, is_open in zip(clock.starts, clock.cumulative, clock.open):
            floats += [start, before]
            ints.append(is_open)
        floats.append(clock.per_week)
        ints.append(len(clock.holidays))
        floats += clock.holidays + clock.lost

    def preset(self, values: dict[str, Any]) -> int:
        """The state map of an intake's preset field values (applied after the draws)."""
        for name, value in values.items():
            found = self.states.values_of(name)
            if found is None or value not in found:
                raise _Unsupported("a preset number or text field")
        return self.states.table(
            ("preset", tuple(sorted(values.items()))),
            lambda fields: self.states.state_of({**fields, **values}),
        )

    def node(self, n: FlowNode, edge_index: dict[str, int]) -> tuple[list[int], list[float]]:
        engine = self.engine
        choice = engine.choice_streams[n.index]
        stream = self.stream(choice) if choice is not None else -1
        transitions = n.transitions
        guarded = any(t.guard is not None for t in transitions)
        # routing.make_chooser: none, a single transition, or conditions, then probabilities,
        # then defaults, each in drawing order (sorted() keeps it within a rule)
        mode = min(len(transitions), 2)
        ordered = [
            (t, self.predicate(t.guard), self.predicate(t.condition if t.rule == "condition" else None))
            for t in sorted(transitions, key=lambda t: _RULES[t.rule])
        ]
        ints = [KIND_CODES[n.kind], mode, stream, guarded, len(ordered)]
        floats: list[float] = []
        for t, guard, condition in ordered:
            ints += [t.target, edge_index[t.edge_id], _RULES[t.rule], guard, condition]
            floats.append(t.probability or 0.0)
            ints += self.actions(t.actions)
        lane = _LANES.get(n.lane_kind or "", 0)
        timed = n.pauses_sla or n.lane_kind is not None
        rules: list[tuple[int, int]] = []
        actions: list[int] = [0]
        sampler = stream_wait = timeout_edge = -1
        timeout_actions: list[int] = [0]
        if n.kind == "step":
            rng = engine.random_stream(f"duration:{n.id}")  # no draw was taken from it yet
            sampler = self.sampler(n.duration, rng)
            rules = [(self.predicate(pred), self.sampler(dist, rng)) for pred, dist in n.duration_rules]
            actions = self.actions(n.actions)
        elif n.kind == "wait":
            rng = engine.random_stream(f"wait:{n.id}")
            sampler, stream_wait = self.sampler(n.response_time, rng), self.stream(rng)
            way_out = next((t for t in transitions if t.target == n.timeout_target), None)
            if way_out is not None:
                timeout_edge = edge_index[way_out.edge_id]
                timeout_actions = self.actions(way_out.actions)
        ints += [
            -1 if n.pool is None else n.pool,
            0 if n.level is None else 1 << n.level,
            lane,
            timed,
            n.first_response,
            sampler,
            n.pauses_sla,
            n.time_limit is not None,
            -1 if n.escalate_to is None else n.escalate_to,
            stream_wait,
            n.timeout is not None,
            -1 if n.timeout_target is None else n.timeout_target,
            timeout_edge,
            n.kind == "step" and n.performer != "agent",  # no pool: an infinite-server delay
        ]
        floats += [n.time_limit or 0.0, n.p_response, n.timeout or 0.0]
        ints += timeout_actions + [len(rules)]
        for pred, s in rules:
            ints += [pred, s]
        ints += actions
        if n.kind == "satisfaction":
            ints.append(self.predicate(n.satisfied_when))
            floats.append(n.p_satisfied)
        else:
            ints.append(-1)
            floats.append(0.0)
        if n.kind == "end":
            outcome = n.outcome
            ints.append(
                1
                if outcome in OUTCOMES_RESOLVED
                else 2
                if outcome == "abandoned"
                else 0
                if outcome is None
                else 3
            )
        else:
            ints.append(0)
        return ints, floats


def _histogram(count: int, total: float, maximum: float, bins: dict[int, int]) -> Histogram:
    h = Histogram()
    h.count, h.total, h.maximum, h.bins = count, total, maximum, bins
    return h


def run_core(engine: EngineState, progress_every: int) -> bool:
    """Run `engine` in C when its model is covered; False (and nothing done) when it is not."""
    if _core is None:
        return False
    try:
        with _recent_lock:  # one layout at a time: the tables of a model are shared
            layout = _Layout(engine, _states_for(engine.model))
            buffers = layout.build()
    except _Unsupported:
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


class _LogWriter:
    """Hands the compiled loop's activity records to the engine's event sink, as its own loop
    would: the same arguments, in the same order."""

    _STATUS = ("completed", "escalated", "timeout", "abandoned")

    def __init__(self, sink: EventSink, engine: EngineState, layout: _Layout) -> None:
        self.sink, self.nodes = sink, engine.model.nodes
        self.pools = [p.id for p in engine.model.pools]
        self.fields = layout.states.field_dicts

    def __call__(self, records: list[tuple[Any, ...]]) -> None:
        record, nodes, pools, fields = self.sink.record, self.nodes, self.pools, self.fields
        for uid, arrival, state, node, pool, agent, enabled, start, end, status in records:
            flow_node = nodes[node] if node >= 0 else None
            if status < 4:
                text = self._STATUS[status]
            else:
                text = (flow_node.outcome if status == 4 and flow_node is not None else None) or "stuck"
            record(
                _LoggedTicket(uid, arrival, dict(fields[state])),
                flow_node,
                pools[pool] if pool >= 0 else None,
                agent if agent >= 0 else None,
                enabled,
                start,
                end,
                text,
            )


def _write_back(engine: EngineState, layout: _Layout, results: _core.Results) -> None:
    (
        events,
        now,
        arrivals,
        open_,
        next_id,
        steps,
        pools,
        cells,
        masks,
        edges,
        backlog,
        measured,
        stop,
        stop_node,
    ) = results
    engine.events, engine.now, engine.arrivals, engine.open = events, now, arrivals, open_
    engine.next_ticket_id, engine.measured = next_id, measured
    if stop:
        engine.stopped.append((stop, stop_node))
    engine.end_time = engine.horizon if engine.settings.horizon_minutes is not None and not stop else now
    for step, step_row in zip(engine.steps, steps):
        (
            step.visits,
            step.waited,
            wait,
            step.service_total,
            step.time_total,
            step.queue,
            step.queue_area,
            step.queue_last,
            step.queue_max,
            step.since,
            step.breaches,
            step.escalations,
        ) = step_row
        step.wait = _histogram(*wait)
    for pool, pool_row in zip(engine.pools, pools):
        pool.busy, pool.last, pool.busy_area, pool.duty_area, pool.since, pool.queued, pool.on_duty = pool_row
    dimension_values = [values for name, values in layout.states.variables if name in engine.dimension_names]
    for cell_id, counts, resolution, first_response, visible, backstage in cells:
        key: list[Any] = []
        rest = cell_id
        for values in dimension_values:  # least significant first
            key.append(values[rest % len(values)])
            rest //= len(values)
        cell = TicketStats()
        for name, value in zip(_COUNT_NAMES, counts):
            setattr(cell, name, value)
        cell.resolution = _histogram(*resolution)
        cell.first_response = _histogram(*first_response)
        cell.visible, cell.backstage = visible, backstage
        engine.cells[tuple(key)] = cell
    engine.level_masks.update(masks)
    engine.edge_counts.update({edge: n for edge, n in zip(layout.edges, edges) if n})
    engine.backlog.extend(backlog)
