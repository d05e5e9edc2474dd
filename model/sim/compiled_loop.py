"""The glue to the compiled event loop (model/sim/_core.c): lays a model out as the C side
reads it, runs it, and writes its results back to the engine.

The layout is model/sim/layout_spec.py's: every record is packed through `layout_spec.pack`, by
slot name, and the C side reads each slot by the same name (the header _layout.h, generated from
the spec); a compiled module built from another spec is refused at import (`LayoutMismatch`).
The engine is read through its public set-up only (`EngineState.compiled_setup`).

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
(tests/model/test_sim_core.py, test_sim_traces.py, tests/sim/test_loops_agree.py).
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

from blueprint_studio.model.flow import FlowLadder, FlowModel, FlowNode, SlaCalendar, Transition
from blueprint_studio.model.schema import Empirical, Exponential, Fixed, Gamma, LogNormal, Triangular, Uniform
from blueprint_studio.model.sim import layout_spec as spec
from blueprint_studio.model.sim.approvals import transfer_reasons
from blueprint_studio.model.sim.clocks import BusinessClock
from blueprint_studio.model.sim.distributions import lognormal_parameters
from blueprint_studio.model.sim.engine_state import (
    BACKSTAGE_LANES,
    KIND_CODES,
    VISIBLE_LANES,
    Cancelled,
    EngineState,
    EventSink,
    intake_arrival,
)
from blueprint_studio.model.sim.layout_spec import (
    A_NOTIFY,
    A_REASSIGN,
    A_RESPOND,
    A_SET,
    A_TRANSFER,
    D_EMPIRICAL,
    D_EXP,
    D_FIXED,
    D_GAMMA,
    D_LOGNORMAL,
    D_TRIANGULAR,
    D_UNIFORM,
    EV_ARRIVAL,
    EV_SAMPLE,
    EV_SHIFT,
    EV_WARMUP,
    F_BOOLEAN,
    F_CHOICE,
    IS_AFTER,
    IS_INTERRUPT,
    IS_STAY,
    LANE_BACKSTAGE,
    LANE_NONE,
    LANE_VISIBLE,
    LC_FIRST_RESPONSE,
    LC_RESOLUTION,
    LC_TIME_LIMIT,
    LOG_OUTCOME,
    LOG_STATUS_WORDS,
    NO_INDEX,
    O_ABANDONED,
    O_NONE,
    O_OTHER,
    O_RESOLVED,
    Q_FIFO,
    Q_HEAP,
    R_CONDITION,
    R_FALLBACK,
    R_PROBABILITY,
    RANKS_DEADLINE,
    RANKS_NONE,
    STOP_LOOP,
    STOP_OPEN,
    STOP_PENDING,
    STOP_QUEUE,
    pack,
)
from blueprint_studio.model.sim.notify import roles as notify_roles
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
_RULES = {"condition": R_CONDITION, "probability": R_PROBABILITY, "default": R_FALLBACK, "always": R_FALLBACK}
_CLOCKS = {"resolution": LC_RESOLUTION, "first_response": LC_FIRST_RESPONSE, "time_limit": LC_TIME_LIMIT}
_IN_SERVICE = {"stay": IS_STAY, "after": IS_AFTER, "interrupt": IS_INTERRUPT}
_LANES = {**dict.fromkeys(VISIBLE_LANES, LANE_VISIBLE), **dict.fromkeys(BACKSTAGE_LANES, LANE_BACKSTAGE)}


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


# An intake without follow-up contacts (model/sim/contacts.py)
_NO_FOLLOW_UPS = {
    "follow_stream": NO_INDEX,
    "follow_sampler": NO_INDEX,
    "follow_via": NO_INDEX,
    "follow_map": NO_INDEX,
    "follow_share": 0.0,
}

# A pool's assignment rule (model/sim/agents.py)
_ASSIGNMENT_CODES = {
    "next_free": spec.AS_NEXT_FREE,
    "least_loaded": spec.AS_LEAST_LOADED,
    "fewest_owned": spec.AS_FEWEST_OWNED,
    "skills_first": spec.AS_SKILLS_FIRST,
    "round_robin": spec.AS_ROUND_ROBIN,
}


class _Layout:
    """Flat arrays in the order `_core.new` reads them."""

    def __init__(self, engine: EngineState, states: _States) -> None:
        self.engine = engine
        self.setup = engine.compiled_setup()
        self.states = states
        self.streams: list[random.Random] = []
        self.stream_index: dict[int, int] = {}
        # kind, stream, three parameters, the samples of an empirical distribution
        self.samplers: list[tuple[int, int, tuple[float, float, float], tuple[float, ...]]] = []

    def predicate(self, predicate: Any) -> int:
        if predicate is None:
            return NO_INDEX
        return self.states.table(("p", id(predicate)), lambda fields: bool(predicate(fields)))

    def actions(self, actions: tuple) -> list[int]:
        """[their number, then each spec.ACTION's slots]: what the simulation does of them."""
        out = [0]
        unused: list[float] = []  # an action has no float slot
        for action in actions:
            if action.kind == "notify":
                role = self.role_index.get(action.text.strip())
                if role is not None:  # counted per role (model/sim/notify.py); "" notifies nobody
                    out[0] += 1
                    pack(spec.ACTION, out, unused, {"kind": A_NOTIFY, "argument": role})
                continue
            out[0] += 1
            if action.kind == "send_template":
                pack(spec.ACTION, out, unused, {"kind": A_RESPOND, "argument": NO_INDEX})
            elif action.kind == "set":
                name, value = action.field, action.value
                values = self.states.values_of(name)
                if values is None or value not in values:
                    raise _Unsupported("an action that sets a number or text field")

                def moved(fields: dict[str, Any], name: str = name, value: Any = value) -> int:
                    return self.states.state_of({**fields, name: value})

                pack(
                    spec.ACTION,
                    out,
                    unused,
                    {"kind": A_SET, "argument": self.states.table(("set", name, value), moved)},
                )
            else:  # re-assign: the next step's pool; with a reason, a transfer counted
                pack(spec.ACTION, out, unused, {"kind": A_REASSIGN, "argument": action.pool})
                if action.reason:
                    out[0] += 1
                    argument = self.reason_index[action.reason]
                    pack(spec.ACTION, out, unused, {"kind": A_TRANSFER, "argument": argument})
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
            entry = (D_EXP, s, (dist.mean, 0.0, 0.0), ())
        elif isinstance(dist, Fixed):
            entry = (D_FIXED, s, (dist.value, 0.0, 0.0), ())
        elif isinstance(dist, Uniform):
            entry = (D_UNIFORM, s, (dist.low, dist.high - dist.low, 0.0), ())
        elif isinstance(dist, Triangular):
            entry = (D_TRIANGULAR, s, (dist.low, dist.mode, dist.high), ())
        elif isinstance(dist, Gamma):  # drawn as random.gammavariate draws it
            entry = (D_GAMMA, s, (dist.shape, dist.scale, 0.0), ())
        elif isinstance(dist, LogNormal):
            entry = (D_LOGNORMAL, s, (*lognormal_parameters(dist), 0.0), ())
        elif isinstance(dist, Empirical):
            entry = (D_EMPIRICAL, s, (0.0, 0.0, 0.0), tuple(dist.samples))
        else:
            raise _Unsupported(f"distribution {dist!r}")
        self.samplers.append(entry)
        return len(self.samplers) - 1

    # ------------------------------------------------------------ the whole layout
    def build(self) -> tuple[bytes, bytes, bytes, bytes]:
        """The four buffers of `_core.new`, laid out as model/sim/layout_spec.py describes."""
        engine, model = self.engine, self.engine.model
        states = self.states
        setup = self.setup
        nodes_ints: list[int] = []
        nodes_floats: list[float] = []
        edges = sorted({t.edge_id for n in model.nodes for t in n.transitions})
        self.edges = edges
        # escalation ladders, in the order of ladder.Ladders.counts: SLA policies, then steps
        self.triggers = [p.id for p in model.sla if p.ladder is not None]
        self.triggers += [n.id for n in model.nodes if n.ladder is not None]
        self.trigger_index = {key: i for i, key in enumerate(self.triggers)}
        self.roles = notify_roles(model)  # Notify actions' roles, in the order of notify.Notifications
        self.role_index = {role: i for i, role in enumerate(self.roles)}
        # transfers per reason and approvals per edge, in approvals.Approvals' order
        self.reasons = transfer_reasons(model)
        self.reason_index = {reason: i for i, reason in enumerate(self.reasons)}
        approvals = getattr(engine, "approvals", None)
        self.approval_edges = list(approvals.edges) if approvals is not None else []
        self.approval_index = {edge: i for i, edge in enumerate(self.approval_edges)}
        self.field_index = {f.name: i for i, f in enumerate(model.fields)}
        edge_index = {e: i for i, e in enumerate(edges)}
        for n in model.nodes:
            self.node(n, edge_index, nodes_ints, nodes_floats)
        pool_ints, pool_floats = self.pools()
        intake_ints: list[int] = []
        intake_floats: list[float] = []
        # the slot of a node that is no intake, packed once (documents hold up to 20,000 nodes)
        no_intake_ints: list[int] = []
        no_intake_floats: list[float] = []
        pack(
            spec.INTAKE,
            no_intake_ints,
            no_intake_floats,
            {
                "arrival_stream": NO_INDEX,
                "fields_stream": NO_INDEX,
                "patience": NO_INDEX,
                "renewal": NO_INDEX,
                "preset": NO_INDEX,
                "n_weekly": 0,
                "peak": 0.0,
                **_NO_FOLLOW_UPS,
            },
        )
        for n in model.nodes:
            intake = setup.intakes.get(n.index)
            if intake is None:
                intake_ints += no_intake_ints
                intake_floats += no_intake_floats
                continue
            arrival = intake_arrival(n)
            weekly = intake.weekly
            if weekly is not None and (len(weekly) != 7 or any(len(row) != 24 for row in weekly)):
                raise _Unsupported("a weekly schedule that is not 7 x 24")
            pack(
                spec.INTAKE,
                intake_ints,
                intake_floats,
                {
                    "arrival_stream": self.stream(intake.arrivals),
                    "fields_stream": self.stream(intake.fields),
                    # patience and renewal draw from their streams as the engine set them up
                    "patience": (
                        self.sampler(arrival.patience, engine.random_stream(f"patience:{n.id}"))
                        if arrival.patience
                        else NO_INDEX
                    ),
                    "renewal": (
                        self.sampler(arrival.interarrival, intake.arrivals)
                        if arrival.interarrival
                        else NO_INDEX
                    ),
                    "preset": self.preset(dict(arrival.set_fields)) if arrival.set_fields else NO_INDEX,
                    "n_weekly": 0 if weekly is None else spec.WEEKLY_SLOTS,
                    "peak": intake.peak,
                    **self.follow_ups(n),
                },
            )
            if weekly is not None:
                intake_floats += [float(rate) for row in weekly for rate in row]
        # The field draws of every node's slot, n_nodes x n_fields entries: an intake's with its
        # own shares; another node's slot is never read, so it holds empty yes/no entries (no
        # copy of the tables per node: documents hold up to 20,000 nodes).
        field_ints: list[int] = []
        field_floats: list[float] = []
        n_fields = sum(kind in ("choice", "boolean") for _, kind, _, _ in setup.field_draws)
        unread_ints: list[int] = []
        unread_floats: list[float] = []
        pack(
            spec.FIELD_DRAW,
            unread_ints,
            unread_floats,
            {"kind": F_BOOLEAN, "n_values": 0, "multiplier": 0, "p_true": 0.0},
        )
        unread_ints *= n_fields
        unread_floats *= n_fields
        for n in model.nodes:
            draws = setup.intake_field_draws.get(n.index)
            if draws is None:
                field_ints += unread_ints
                field_floats += unread_floats
                continue
            for name, field_type, p_true, cumulative in draws:
                if field_type == "choice":
                    pack(
                        spec.FIELD_DRAW,
                        field_ints,
                        field_floats,
                        {
                            "kind": F_CHOICE,
                            "n_values": len(cumulative),
                            "multiplier": states.multipliers[name],
                            "p_true": 0.0,
                        },
                    )
                    field_floats += list(cumulative)
                elif field_type == "boolean":
                    pack(
                        spec.FIELD_DRAW,
                        field_ints,
                        field_floats,
                        {
                            "kind": F_BOOLEAN,
                            "n_values": 0,
                            "multiplier": states.multipliers[name],
                            "p_true": p_true,
                        },
                    )
        policies = list(model.sla)
        policy_of = {id(p): i for i, p in enumerate(policies)}
        sla_table = states.table(
            ("sla",), lambda f: policy_of[id(p)] if (p := model.sla_for(f)) is not None else NO_INDEX
        )
        sla_of_state = states.tables[sla_table]
        policy_ints: list[int] = []
        policy_floats: list[float] = []
        for p in policies:
            self.policy(p.first_response, p.resolution, p.calendar, policy_ints, policy_floats, p.ladder)
            if p.ladder is not None:
                self.ladder(p.ladder, policy_ints, policy_floats)
        initial = sorted(setup.initial_events)
        sample_interval = 0.0
        event_ints: list[int] = []
        event_floats: list[float] = []
        for time, seq, kind, a, _ in initial:
            if kind not in (EV_ARRIVAL, EV_SAMPLE, EV_WARMUP, EV_SHIFT):
                raise _Unsupported("an event the compiled loop does not start with")
            if kind == EV_SAMPLE:
                sample_interval = a
            pack(
                spec.EVENT,
                event_ints,
                event_floats,
                {"seq": seq, "kind": kind, "a": a if kind in (EV_ARRIVAL, EV_SHIFT) else 0, "time": time},
            )
        settings = engine.settings
        limit = engine.ticket_limit
        sampler_ints: list[int] = []
        sampler_floats: list[float] = []
        for kind, stream, params, samples in self.samplers:
            pack(
                spec.SAMPLER,
                sampler_ints,
                sampler_floats,
                {
                    "kind": kind,
                    "stream": stream,
                    "n_samples": len(samples),
                    "a": params[0],
                    "b": params[1],
                    "c": params[2],
                },
            )
            sampler_floats += list(samples)
        header_ints: list[int] = []
        header_floats: list[float] = []
        pack(
            spec.HEADER,
            header_ints,
            header_floats,
            {
                "n_nodes": len(model.nodes),
                "n_pools": len(model.pools),
                "n_streams": len(self.streams),
                "n_states": states.n_states,
                "n_cells": states.n_cells * (len(policies) + 1),  # per SLA policy and none
                "n_edges": len(edges),
                "n_fields": n_fields,
                "n_policies": len(policies),
                "cell_divisor": states.cell_divisor,
                "satisfied_mult": states.multipliers["satisfied"],
                "limit": NO_INDEX if limit is None else limit,  # none: a horizon
                "has_horizon": settings.horizon_minutes is not None,
                "logging": engine.log is not None,
                "next_event": len(initial),  # one number per event so far
                "max_bin": _BINS,
                "n_samplers": len(self.samplers),
                "n_samples": sum(len(s[3]) for s in self.samplers),
                "n_initial": len(initial),
                "backlog_limit": 2 * settings.backlog_points,
                "max_queue": setup.limits[STOP_QUEUE],
                "max_visits": setup.limits[STOP_LOOP],
                "max_open": setup.limits[STOP_OPEN],
                "max_pending": setup.limits[STOP_PENDING],
                "n_triggers": len(self.triggers),
                "n_roles": len(self.roles),
                "n_approvals": len(self.approval_edges),
                "n_reasons": len(self.reasons),
                "horizon": engine.horizon,
                "warmup": engine.warmup,
                "sample_interval": sample_interval,
                "inv_min": _INV_MIN,
                "inv_log_ratio": _INV_LOG_RATIO,
                "min_x": _MIN,
                "nv_magic": _NV_MAGICCONST,
                "multiplier": settings.arrival_multiplier,
            },
        )
        ints = (
            header_ints
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
            header_floats
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

    def skill_bits(self) -> dict[str, int]:
        """Each skill of the model's named agents and steps (model/sim/agents.py): its bit."""
        if not hasattr(self, "_skill_bits"):
            names = [s for p in self.engine.model.pools for _, skills, _ in p.roster for s in sorted(skills)]
            names += [n.required_skill for n in self.engine.model.nodes if n.required_skill]
            bits = {name: k for k, name in enumerate(dict.fromkeys(names))}
            if len(bits) > 63:
                raise _Unsupported("more than 63 skills")
            self._skill_bits = bits
        return self._skill_bits

    def pools(self) -> tuple[list[int], list[float]]:
        """Per pool: agents on duty now, queue kind and priority ranks, weekly calendar, and its
        agents as individuals (model/sim/agents.py)."""
        ints: list[int] = []
        floats: list[float] = []
        bits = self.skill_bits()
        for state in self.engine.pools:
            flow = state.flow
            if flow.discipline == "fifo":
                queue, ranks = Q_FIFO, RANKS_NONE
            elif flow.discipline == "priority":
                queue, field = Q_HEAP, flow.priority_field
                if field:

                    def rank(
                        fields: dict[str, Any], r: dict[Any, int] = state.ranks, name: str = field
                    ) -> int:
                        return r.get(fields.get(name), len(r))

                    ranks = self.states.table(("rank", flow.index), rank)
                else:
                    ranks = RANKS_NONE
            else:
                queue, ranks = Q_HEAP, RANKS_DEADLINE  # earliest resolution deadline first
            field_id = NO_INDEX
            if flow.discipline == "priority" and flow.priority_field:
                field_id = self.field_index.get(flow.priority_field, NO_INDEX)
            pack(
                spec.POOL,
                ints,
                floats,
                {
                    "on_duty": state.on_duty,
                    "queue": queue,
                    "rank_table": ranks,
                    "priority_field": field_id,
                    "least_loaded": flow.assignment == "least_loaded",
                    "n_agents": state.agents,
                    "n_segments": len(flow.calendar.starts),
                    "individual": state.individual,
                    "rule": _ASSIGNMENT_CODES[flow.assignment],
                    "ownership": flow.ownership,
                    "has_fallback": flow.skill_fallback is not None,
                    "n_roster": state.agents if state.individual else 0,
                    "fallback": flow.skill_fallback or 0.0,
                },
            )
            for start, agents in zip(flow.calendar.starts, flow.calendar.agents):
                pack(spec.SEGMENT, ints, floats, {"agents": agents, "start": start})
            if state.individual:  # agents.AgentPool: skills and speed of each agent number
                for skills, speed in zip(state.skills, state.speed, strict=True):  # type: ignore[attr-defined]
                    mask = sum(1 << bits[name] for name in skills)
                    pack(spec.AGENT, ints, floats, {"skills": mask, "speed": speed})
        return ints, floats

    @staticmethod
    def policy(
        first_response: float | None,
        resolution: float | None,
        calendar: SlaCalendar | None,
        ints: list[int],
        floats: list[float],
        ladder: FlowLadder | None = None,
    ) -> None:
        """An SLA policy: its targets and its clock as BusinessClock holds it (0 segments: every
        minute counts); its ladder, if any, is the caller's to pack after."""
        clock = BusinessClock(calendar) if calendar is not None else None
        pack(
            spec.POLICY,
            ints,
            floats,
            {
                "has_first_response": first_response is not None,
                "has_resolution": resolution is not None,
                "n_segments": 0 if clock is None else len(clock.starts),
                "n_holidays": 0 if clock is None else len(clock.holidays),
                "n_lost": 0 if clock is None else len(clock.lost),
                "n_ladder": ladder is not None,
                "first_response": first_response or 0.0,
                "resolution": resolution or 0.0,
                "per_week": 0.0 if clock is None else clock.per_week,
            },
        )
        if clock is None:
            return
        for start, before, is_open in zip(clock.starts, clock.cumulative, clock.open):
            pack(spec.CLOCK_SEGMENT, ints, floats, {"open": is_open, "start": start, "cumulative": before})
        floats += clock.holidays + clock.lost

    def ladder(self, ladder: FlowLadder, ints: list[int], floats: list[float]) -> None:
        """An escalation ladder (model/sim/ladder.py): a raised priority is a state map that
        sets the field only where its value comes later in the field's values."""
        raise_map = NO_INDEX
        field = ladder.priority_field
        if field is not None:
            if self.states.values_of(field) is None:
                raise _Unsupported("a priority that is not a list of values")
            ranks, value = ladder.priority_rank, ladder.priority_value

            def raised(fields: dict[str, Any], name: str = field) -> int:
                current = fields.get(name)
                if value not in ranks or (current in ranks and ranks.index(current) <= ranks.index(value)):
                    return self.states.state_of(fields)  # already as high or higher
                return self.states.state_of({**fields, name: value})

            raise_map = self.states.table(("raise", field, value, ranks), raised)
        pack(
            spec.LADDER,
            ints,
            floats,
            {
                "trigger": self.trigger_index[ladder.trigger],
                "clock": _CLOCKS[ladder.clock],
                "has_warning": ladder.warn_at is not None,
                "notify": bool(ladder.notify),
                "raise_map": raise_map,
                "priority_field": self.field_index[field] if field is not None else NO_INDEX,
                "reassign_pool": NO_INDEX if ladder.reassign_pool is None else ladder.reassign_pool,
                "reassign_step": NO_INDEX if ladder.reassign_step is None else ladder.reassign_step,
                "in_service": _IN_SERVICE[ladder.in_service],
                "warn_at": ladder.warn_at or 0.0,
            },
        )

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

    def approval(self, t: Transition) -> dict[str, Any]:
        """A transition's approval (model/sim/approvals.py): its row of counts, the sampler and
        stream the engine's `Approvals` set up, its rejection path and share."""
        approval = t.approval
        if approval is None:
            return {
                "approval": NO_INDEX,
                "approval_sampler": NO_INDEX,
                "approval_stream": NO_INDEX,
                "rejected_to": NO_INDEX,
                "reject": 0.0,
            }
        streams = self.engine.approvals.streams  # type: ignore[attr-defined]  # Engine's
        return {
            "approval": self.approval_index[t.edge_id],
            "approval_sampler": self.sampler(approval.time, streams["time", t.edge_id]),
            "approval_stream": self.stream(streams["answer", t.edge_id]),
            "rejected_to": approval.rejected_to,
            "reject": approval.reject,
        }

    def follow_ups(self, n: FlowNode) -> dict[str, Any]:
        """An intake's follow-up contacts (model/sim/contacts.py): the streams the engine's
        `Contacts` set up, and the state map of a follow-up's field values at its intake."""
        contacts = getattr(self.engine, "contacts", None)
        follow = n.follow_ups
        if follow is None or contacts is None:
            return _NO_FOLLOW_UPS
        via = self.engine.model.nodes[follow.via]
        set_fields = dict(via.arrival.set_fields) if via.arrival is not None else {}
        preset = {"responded": False, "satisfied": False, **set_fields}
        for name, value in preset.items():
            found = self.states.values_of(name)
            if found is None or value not in found:
                raise _Unsupported("a preset number or text field")
        return {
            "follow_stream": self.stream(contacts.streams["follow", n.index]),
            "follow_sampler": self.sampler(follow.after, contacts.streams["after", n.index]),
            "follow_via": follow.via,
            "follow_map": self.states.table(
                ("follow", tuple(sorted(preset.items()))),
                lambda fields: self.states.state_of({**fields, **preset}),
            ),
            "follow_share": follow.share,
        }

    def merge_rule(self, n: FlowNode) -> dict[str, Any]:
        contacts = getattr(self.engine, "contacts", None)
        merge = n.merge
        if merge is None or contacts is None:
            return {"merge_stream": NO_INDEX, "merge_detect": 0.0, "merge_time": 0.0}
        return {
            "merge_stream": self.stream(contacts.streams["merge", n.index]),
            "merge_detect": merge.detect,
            "merge_time": merge.detection_time,
        }

    def node(self, n: FlowNode, edge_index: dict[str, int], ints: list[int], floats: list[float]) -> None:
        choice = self.setup.choice_streams[n.index]
        stream = self.stream(choice) if choice is not None else NO_INDEX
        transitions = n.transitions
        # routing.make_chooser: none, a single transition, or conditions, then probabilities,
        # then defaults, each in drawing order (sorted() keeps it within a rule)
        mode = min(len(transitions), 2)
        ordered = [
            (t, self.predicate(t.guard), self.predicate(t.condition if t.rule == "condition" else None))
            for t in sorted(transitions, key=lambda t: _RULES[t.rule])
        ]
        trans_ints: list[int] = []
        trans_floats: list[float] = []
        for t, guard, condition in ordered:
            after = self.actions(t.actions)
            pack(
                spec.TRANSITION,
                trans_ints,
                trans_floats,
                {
                    "target": t.target,
                    "edge": edge_index[t.edge_id],
                    "rule": _RULES[t.rule],
                    "guard": guard,
                    "condition": condition,
                    "reopens": t.reopens,
                    "n_actions": after[0],
                    "p": t.probability or 0.0,
                    **self.approval(t),
                },
            )
            trans_ints += after[1:]
        rules: list[tuple[int, int]] = []
        actions: list[int] = [0]
        sampler = stream_wait = timeout_edge = NO_INDEX
        timeout_actions: list[int] = [0]
        if n.kind == "step":
            rng = self.engine.random_stream(f"duration:{n.id}")  # no draw was taken from it yet
            sampler = self.sampler(n.duration, rng)
            rules = [(self.predicate(pred), self.sampler(dist, rng)) for pred, dist in n.duration_rules]
            actions = self.actions(n.actions)
        elif n.kind == "wait":
            rng = self.engine.random_stream(f"wait:{n.id}")
            sampler, stream_wait = self.sampler(n.response_time, rng), self.stream(rng)
            way_out = next((t for t in transitions if t.target == n.timeout_target), None)
            if way_out is not None:
                timeout_edge = edge_index[way_out.edge_id]
                timeout_actions = self.actions(way_out.actions)
        outcome = O_NONE
        if n.kind == "end":
            outcome = (
                O_RESOLVED
                if n.outcome in OUTCOMES_RESOLVED
                else O_ABANDONED
                if n.outcome == "abandoned"
                else O_NONE
                if n.outcome is None
                else O_OTHER
            )
        pack(
            spec.NODE,
            ints,
            floats,
            {
                "kind": KIND_CODES[n.kind],
                "mode": mode,
                "stream": stream,
                "guarded": any(t.guard is not None for t in transitions),
                "n_trans": len(ordered),
                "pool": NO_INDEX if n.pool is None else n.pool,
                "level_bit": 0 if n.level is None else 1 << n.level,
                "lane": _LANES.get(n.lane_kind or "", LANE_NONE),
                "timed": n.pauses_sla or n.lane_kind is not None,
                "responds": n.first_response,
                "sampler": sampler,
                "pauses": n.pauses_sla,
                "has_limit": n.time_limit is not None,
                "escalate_to": NO_INDEX if n.escalate_to is None else n.escalate_to,
                "stream_wait": stream_wait,
                "has_timeout": n.timeout is not None,
                "timeout_target": NO_INDEX if n.timeout_target is None else n.timeout_target,
                "timeout_edge": timeout_edge,
                # no pool: an infinite-server delay
                "unstaffed": n.kind == "step" and n.performer != "agent",
                "n_timeout_actions": timeout_actions[0],
                "n_rules": len(rules),
                "n_actions": actions[0],
                "satisfied_when": self.predicate(n.satisfied_when) if n.kind == "satisfaction" else NO_INDEX,
                "outcome": outcome,
                "n_ladder": n.ladder is not None,
                "time_limit": n.time_limit or 0.0,
                "p_response": n.p_response,
                "timeout": n.timeout or 0.0,
                "p_satisfied": n.p_satisfied if n.kind == "satisfaction" else 0.0,
                **self.merge_rule(n),
                "required_skill": self.skill_bits()[n.required_skill] if n.required_skill else NO_INDEX,
            },
        )
        # the parts, in the order of spec.NODE.parts
        ints += trans_ints
        floats += trans_floats
        ints += timeout_actions[1:]
        for pred, s in rules:
            pack(spec.RULE, ints, floats, {"predicate": pred, "sampler": s})
        ints += actions[1:]
        if n.ladder is not None:
            self.ladder(n.ladder, ints, floats)


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


# The order _LogWriter unpacks a record of `_core.log` in: the spec's, or the import fails.
_LOG_ORDER = ("start", "uid", "arrival", "values", "node", "pool", "agent", "enabled", "end", "status")
if spec.LOG_RECORD.names != _LOG_ORDER:
    raise LayoutMismatch(f"_LogWriter reads {_LOG_ORDER}, layout_spec.LOG_RECORD is {spec.LOG_RECORD.names}")


class _LogWriter:
    """Hands the compiled loop's activity records to the engine's event sink, as its own loop
    would: the same arguments, in the same order."""

    def __init__(self, sink: EventSink, engine: EngineState, layout: _Layout) -> None:
        self.sink, self.nodes = sink, engine.model.nodes
        self.pools = [p.id for p in engine.model.pools]
        self.fields = layout.states.field_dicts

    def __call__(self, records: list[tuple[Any, ...]]) -> None:
        record, nodes, pools, fields = self.sink.record, self.nodes, self.pools, self.fields
        for start, uid, arrival, values, node, pool, agent, enabled, end, status in records:  # _LOG_ORDER
            flow_node = nodes[node] if node >= 0 else None
            if status < len(LOG_STATUS_WORDS):
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


def _write_back(engine: EngineState, layout: _Layout, results: _core.Results) -> None:
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
