"""The one description of what the Python side hands the compiled event loop (model/sim/_core.c)
and what it hands back: the codes both loops use (node and event kinds, ticket phases, stop and
log codes...), the records of the flat layout with their named slots, and the rows of results.

`compiled_records.py` and `compiled_layout.py` pack every record through `pack` (a slot missing or
unknown is an error), and the C side reads each slot by its name from `_layout.h`, a header
generated from this module:

    python -m blueprint_studio.model.sim.layout_spec > model/sim/_layout.h

A test checks that the header is current; the compiled module carries the digest of the spec it
was built from (`_core.LAYOUT_DIGEST`) and compiled_loop.py refuses, at import, a module built
from another layout. Nothing here imports the engine: the engine imports its codes from here
(a cell's counts are the ones `results.TicketStats` declares).

Layout of a run (`_core.new(ints, floats, tables, streams)`): ints and floats are two streams;
each record puts its int slots on the first and its float slots on the second, in the order
below, then its parts (`Record.parts`) one after the other. The whole layout is HEADER, then
`n_samplers` SAMPLER, `n_nodes` NODE, `n_pools` POOL, `n_nodes` INTAKE, `n_nodes * n_fields`
FIELD_DRAW, `n_states` ints (the SLA policy of each state, or -1), `n_policies` POLICY, then
`n_initial` EVENT. An SLA policy or a node with an escalation ladder has one LADDER after its
other parts (`n_ladder` 1; model/sim/ladder.py), its counts a LADDER_ROW each. `tables` holds
int32 columns of `n_states` entries (predicates, field-value maps, priority ranks); `streams`
the Mersenne Twister states (624 words and the index each).
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from operator import itemgetter
from typing import Any

from blueprint_studio.model.sim.results import LadderFigures, TicketStats

# ---------------------------------------------------------------- codes (both loops)
# Node kinds
K_STEP, K_DECISION, K_WAIT, K_SATISFACTION, K_ROADMAP, K_END, K_INTAKE = range(7)
# Event kinds, in the order of the engine's handler table; housekeeping kinds come last
EV_ARRIVAL, EV_SERVICE_END, EV_RELEASE, EV_TIME_LIMIT, EV_TIMEOUT, EV_PATIENCE = range(6)
EV_SHIFT, EV_SAMPLE, EV_WARMUP = range(6, 9)
# An escalation ladder's rung (model/sim/ladder.py): after every other kind, as housekeeping ones
EV_LADDER = 9
# A follow-up contact falls due (model/sim/contacts.py): a housekeeping kind too
EV_CONTACT = 10
# A skills-first ticket's fallback falls due (model/sim/agents.py): a housekeeping kind too
EV_AGENTS = 12
# A pool's assignment rule (model/sim/agents.py; the first two among identical agents too)
AS_NEXT_FREE, AS_LEAST_LOADED, AS_FEWEST_OWNED, AS_SKILLS_FIRST, AS_ROUND_ROBIN = range(5)
# An approval's answer falls due (model/sim/approvals.py): a housekeeping kind too
EV_APPROVAL = 11
# An escalation ladder: the clock it follows; what a ticket in service does at the breach; the
# rung an EV_LADDER event stands for (an SLA policy's warning or breach, a step's warning)
LC_RESOLUTION, LC_FIRST_RESPONSE, LC_TIME_LIMIT = range(3)
IS_STAY, IS_AFTER, IS_INTERRUPT = range(3)
RUNG_WARN, RUNG_BREACH, RUNG_STEP_WARN = range(3)
# A ticket's phase (Ticket.phase in both loops; a ticket's field values are its `state` in C)
PH_MOVING, PH_QUEUED, PH_IN_SERVICE, PH_WAITING = range(4)
# Why a run stopped early (engine_state.MAX_*): none, a queue, a loop, open tickets, pending events
STOP_NONE, STOP_QUEUE, STOP_LOOP, STOP_OPEN, STOP_PENDING = range(5)
# Distributions of a sampler
D_EXP, D_FIXED, D_UNIFORM, D_TRIANGULAR, D_LOGNORMAL, D_EMPIRICAL, D_GAMMA = range(7)
# A transition's rule, in drawing order: conditions, then probabilities, then the default
R_CONDITION, R_PROBABILITY, R_FALLBACK = range(3)
# What an end node counts: no outcome (stuck), resolved, abandoned, another outcome
O_NONE, O_RESOLVED, O_ABANDONED, O_OTHER = range(4)
# Actions: set a field (argument: a state map), first response, re-assign (argument: a pool),
# notify a role (argument: the role's index in notify.roles, counted per role; model/sim/notify.py),
# a transfer counted (argument: its reason's index in approvals.transfer_reasons)
A_SET, A_RESPOND, A_REASSIGN, A_NOTIFY, A_TRANSFER = range(5)
# Lanes of a timed node: none, above the line of visibility, below it
LANE_NONE, LANE_VISIBLE, LANE_BACKSTAGE = range(3)
# Pool queues: first come first served, or a heap; a heap's key: none, a rank table, the deadline
Q_FIFO, Q_HEAP = range(2)
RANKS_NONE, RANKS_DEADLINE = -1, -2
# Field draws: a choice among values, or yes/no
F_CHOICE, F_BOOLEAN = range(2)
# Routing of a node: no way on, a single transition, a choice among several
M_NONE, M_SINGLE, M_CHOICE = range(3)
# Status of an event-log record (EventSink.record); "arrived" is the row of a ticket's arrival
LOG_COMPLETED, LOG_ESCALATED, LOG_TIMEOUT, LOG_ABANDONED, LOG_ARRIVED, LOG_OUTCOME, LOG_STUCK = range(7)
LOG_MERGED = 7  # a follow-up contact merged into its ticket (model/sim/contacts.py)
# an approval on a link asked, granted, rejected (approvals.APPROVAL_STATUSES, in this order): such
# a record names no node nor pool, and its `agent` slot holds the approval's row (n_approvals)
LOG_APPROVAL_ASKED, LOG_APPROVAL_GRANTED, LOG_APPROVAL_REJECTED = 8, 9, 10
# the first five, as the sink reads them
LOG_STATUS_WORDS = ("completed", "escalated", "timeout", "abandoned", "arrived")
# "None" for an index: no node, pool, sampler, table, stream...
NO_INDEX = -1

CODE_PREFIXES = (
    "K",
    "EV",
    "PH",
    "STOP",
    "D",
    "R",
    "O",
    "A",
    "LANE",
    "Q",
    "RANKS",
    "F",
    "M",
    "LOG",
    "LC",
    "IS",
    "RUNG",
    "AS",
)

# Bounds the C side checks on what it receives (it never trusts an index from Python)
MAX_LEVEL = 9  # level bits 0..9: level_masks has 1024 entries
WEEKLY_SLOTS = 7 * 24  # an intake's weekly rates, per hour of the week


# ---------------------------------------------------------------- records
@dataclass(frozen=True)
class Record:
    """A fixed block of named int slots and float slots, then its variable parts, each a count
    slot of this record and what follows that many times (a record, or "float"/"int")."""

    name: str
    ints: tuple[str, ...]
    floats: tuple[str, ...] = ()
    parts: tuple[tuple[str, str], ...] = field(default=())
    slots: frozenset[str] = field(init=False, repr=False, compare=False)
    # the int slots and the float slots of a dict of values, as tuples in slot order
    int_values: Callable[[dict[str, Any]], tuple[Any, ...]] = field(init=False, repr=False, compare=False)
    float_values: Callable[[dict[str, Any]], tuple[Any, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        names = self.ints + self.floats
        if len(set(names)) != len(names):
            raise ValueError(f"{self.name}: a slot name is used twice")
        object.__setattr__(self, "slots", frozenset(names))
        object.__setattr__(self, "int_values", _getter(self.ints))
        object.__setattr__(self, "float_values", _getter(self.floats))


def _getter(names: tuple[str, ...]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    if len(names) > 1:
        return itemgetter(*names)
    if names:
        name = names[0]
        return lambda values: (values[name],)
    return lambda values: ()


ACTION = Record("ACTION", ints=("kind", "argument"))
# An escalation ladder: the trigger it counts for (0..n_triggers-1), the clock it follows (LC_*),
# whether it warns and at which fraction of the target, whether it notifies, the state map that
# raises the priority (NO_INDEX: none) and the field it sets (an index of the model's fields),
# where it re-assigns (a pool or a node, or NO_INDEX) and what a ticket in service does (IS_*)
LADDER = Record(
    "LADDER",
    ints=(
        "trigger",
        "clock",
        "has_warning",
        "notify",
        "raise_map",
        "priority_field",
        "reassign_pool",
        "reassign_step",
        "in_service",
    ),
    floats=("warn_at",),
)
RULE = Record("RULE", ints=("predicate", "sampler"))
SAMPLER = Record(
    "SAMPLER", ints=("kind", "stream", "n_samples"), floats=("a", "b", "c"), parts=(("n_samples", "float"),)
)
TRANSITION = Record(
    "TRANS",
    # reopens: the transition is a re-open (flow.Transition.reopens)
    # approval: its row (an index of the approvals' counts) or NO_INDEX: none (model/sim/
    # approvals.py); the sampler of its time, the stream of its answer, the node a rejected
    # ticket enters, the share rejected (0 to 1)
    ints=(
        "target",
        "edge",
        "rule",
        "guard",
        "condition",
        "reopens",
        "n_actions",
        "approval",
        "approval_sampler",
        "approval_stream",
        "rejected_to",
    ),
    floats=("p", "reject"),
    parts=(("n_actions", "ACTION"),),
)
NODE = Record(
    "NODE",
    ints=(
        "kind",
        "mode",
        "stream",
        "guarded",
        "n_trans",
        "pool",
        "level_bit",
        "lane",
        "timed",
        "responds",
        "sampler",
        "pauses",
        "has_limit",
        "escalate_to",
        "stream_wait",
        "has_timeout",
        "timeout_target",
        "timeout_edge",
        "unstaffed",
        "n_timeout_actions",
        "n_rules",
        "n_actions",
        "satisfied_when",
        "outcome",
        "n_ladder",
        "merge_stream",
        "required_skill",
    ),
    # required_skill: the skill's bit (model/sim/agents.py), NO_INDEX: none;
    # merge_stream: a step's merge rule's draws (NO_INDEX: no rule; model/sim/contacts.py)
    floats=("time_limit", "p_response", "timeout", "p_satisfied", "merge_detect", "merge_time"),
    parts=(
        ("n_trans", "TRANS"),
        ("n_timeout_actions", "ACTION"),
        ("n_rules", "RULE"),
        ("n_actions", "ACTION"),
        ("n_ladder", "LADDER"),
    ),
)
SEGMENT = Record("SEGMENT", ints=("agents",), floats=("start",))
# One agent of a pool of individuals (model/sim/agents.py): its skills (bit k: skill k of the
# model, at most 63) and its speed factor
AGENT = Record("AGENT", ints=("skills",), floats=("speed",))
POOL = Record(
    "POOL",
    # priority_field: the field its priority queue ranks by (an index of the model's fields), or
    # NO_INDEX: a raised priority moves a queued ticket up only in the queues of its field.
    # individual: agents as individuals (agents.AgentPool), then `n_roster` (its agent numbers)
    # AGENT records, its rule (AS_*), ticket ownership and skills-first fallback in minutes
    ints=(
        "on_duty",
        "queue",
        "rank_table",
        "priority_field",
        "least_loaded",
        "n_agents",
        "n_segments",
        "individual",
        "rule",
        "ownership",
        "has_fallback",
        "n_roster",
    ),
    floats=("fallback",),
    parts=(("n_segments", "SEGMENT"), ("n_roster", "AGENT")),
)
# follow_stream: the draws of its follow-up contacts (NO_INDEX: none; model/sim/contacts.py), the
# sampler of their time after opening, the intake they come through and the state map of their
# field values there
INTAKE = Record(
    "INTAKE",
    ints=(
        "arrival_stream",
        "fields_stream",
        "patience",
        "renewal",
        "preset",
        "n_weekly",
        "follow_stream",
        "follow_sampler",
        "follow_via",
        "follow_map",
    ),
    floats=("peak", "follow_share"),
    parts=(("n_weekly", "float"),),
)
FIELD_DRAW = Record(
    "FIELD",
    ints=("kind", "n_values", "multiplier"),
    floats=("p_true",),
    parts=(("n_values", "float"),),
)
CLOCK_SEGMENT = Record("CLOCK_SEGMENT", ints=("open",), floats=("start", "cumulative"))
POLICY = Record(
    "POLICY",
    ints=("has_first_response", "has_resolution", "n_segments", "n_holidays", "n_lost", "n_ladder"),
    floats=("first_response", "resolution", "per_week"),
    parts=(
        ("n_segments", "CLOCK_SEGMENT"),
        ("n_holidays", "float"),
        ("n_lost", "float"),
        ("n_ladder", "LADDER"),
    ),
)
EVENT = Record("EVENT", ints=("seq", "kind", "a"), floats=("time",))
HEADER = Record(
    "H",
    ints=(
        "n_nodes",
        "n_pools",
        "n_streams",
        "n_states",
        "n_cells",
        "n_edges",
        "n_fields",
        "n_policies",
        "cell_divisor",
        "satisfied_mult",
        "limit",
        "has_horizon",
        "logging",
        "next_event",
        "max_bin",
        "n_samplers",
        "n_samples",
        "n_initial",
        "backlog_limit",
        "max_queue",
        "max_visits",
        "max_open",
        "max_pending",
        "n_triggers",
        "n_roles",
        "n_approvals",
        "n_reasons",
    ),
    floats=(
        "horizon",
        "warmup",
        "sample_interval",
        "inv_min",
        "inv_log_ratio",
        "min_x",
        "nv_magic",
        "multiplier",
    ),
)
RECORDS = (
    HEADER,
    SAMPLER,
    ACTION,
    LADDER,
    RULE,
    TRANSITION,
    NODE,
    SEGMENT,
    AGENT,
    POOL,
    INTAKE,
    FIELD_DRAW,
    CLOCK_SEGMENT,
    POLICY,
    EVENT,
)


# ---------------------------------------------------------------- results
@dataclass(frozen=True)
class Row:
    """A tuple of results built in C: named fields of a C struct, "i" (64-bit int), "n" (C int)
    or "d" (double), after `lead` leading items built apart (a histogram, a list...)."""

    name: str
    fields: tuple[tuple[str, str], ...]
    lead: tuple[str, ...] = ()

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.fields)

    @property
    def names(self) -> tuple[str, ...]:
        return self.lead + self.field_names


def _ints(*names: str) -> tuple[tuple[str, str], ...]:
    return tuple((name, "i") for name in names)


# A step's statistics (engine_state.StepStats; C StepStats): the queue-wait histogram (every
# ticket that left the queue: served, escalated or abandoned), then these
STEP_ROW = Row(
    "STEP_ROW",
    lead=("wait",),
    fields=(
        ("visits", "i"),
        ("served", "i"),
        ("waited", "i"),
        ("service_total", "d"),
        ("time_total", "d"),
        ("queue", "i"),
        ("queue_area", "d"),
        ("queue_last", "d"),
        ("queue_max", "i"),
        ("since", "d"),
        ("breaches", "i"),
        ("escalations", "i"),
    ),
)
# A pool's figures (engine_state.PoolState; C Pool)
POOL_ROW = Row(
    "POOL_ROW",
    fields=(
        ("busy", "i"),
        ("last", "d"),
        ("busy_area", "d"),
        ("duty_area", "d"),
        ("since", "d"),
        ("queued", "i"),
        ("on_duty", "i"),
    ),
)
# A cell's counts (C Cell): results.TicketStats's, in the order it declares them
CELL_COUNTS = Row("CELL_COUNTS", fields=_ints(*TicketStats.COUNTS))
# A cell's sums of minutes (C Cell): results.TicketStats's, in the order it declares them
CELL_TIMES = Row("CELL_TIMES", fields=tuple((name, "d") for name in TicketStats.TIMES))
# An escalation ladder's counts (C LadderCounts): results.LadderFigures's, in its order
LADDER_ROW = Row("LADDER_ROW", fields=_ints(*(f.name for f in fields(LadderFigures))))
# One agent's counts (agents.AgentPool.counts; C AgentCounts), after the warm-up
AGENT_ROW = Row(
    "AGENT_ROW",
    fields=tuple(
        (name, "d")
        for name in (
            "resolved",
            "fcr",
            "surveyed",
            "satisfied",
            "sla_targets",
            "sla_met",
            "busy_minutes",
            "duty_minutes",
            "duplicate_minutes",
        )
    ),
)
# A run's results (`_core.results`; C Sim): the lists and tables built apart, then these.
# agents: per pool, () or, for agents as individuals, (the minute its agents' time on shift was
# last counted, an AGENT_ROW per agent)
RESULTS = Row(
    "RESULTS",
    lead=(
        "steps",
        "pools",
        "cells",
        "level_masks",
        "edges",
        "backlog",
        "ladders",
        "notifications",
        "transfers",
        "approvals",
        "agents",
    ),
    fields=(
        ("events", "i"),
        ("now", "d"),
        ("arrivals", "i"),
        ("open", "i"),
        ("open_area", "d"),
        ("open_last", "d"),
        ("next_ticket_id", "i"),
        ("measured", "i"),
        ("stop", "n"),
        ("stop_node", "n"),
        # follow-up contacts (contacts.Contacts' counts)
        ("follow_ups", "i"),
        ("merged", "i"),
        ("duplicates", "i"),
        ("duplicate_minutes", "d"),
        ("merge_minutes", "d"),
    ),
)
CONTACT_RESULTS = ("follow_ups", "merged", "duplicates", "duplicate_minutes", "merge_minutes")
# One record of the event log (`_core.log`; C LogRecord): its start (None before service), then
LOG_RECORD = Row(
    "LOG_RECORD",
    lead=("start",),
    fields=(
        ("uid", "i"),
        ("arrival", "d"),
        ("values", "n"),
        ("node", "n"),
        ("pool", "n"),
        ("agent", "n"),
        ("enabled", "d"),
        ("end", "d"),
        ("status", "n"),
    ),
)
ROWS = (
    (STEP_ROW, "StepStats"),
    (POOL_ROW, "Pool"),
    (CELL_COUNTS, "Cell"),
    (CELL_TIMES, "Cell"),
    (LADDER_ROW, "LadderCounts"),
    (AGENT_ROW, "AgentCounts"),
    (RESULTS, "Sim"),
    (LOG_RECORD, "LogRecord"),
)
_C_TYPES = {"i": ("i64", "L"), "n": ("int", "i"), "d": ("double", "d")}


# ---------------------------------------------------------------- packing
def pack(record: Record, ints: list[int], floats: list[float], values: dict[str, Any]) -> None:
    """Append one record's fixed slots, by name, to the two streams; every slot and no other.
    Ints are ints or bools, floats any number: the buffers (array "q" and "d") refuse the rest."""
    if values.keys() != record.slots:
        missing = set(record.ints + record.floats) - set(values)
        unknown = set(values) - set(record.ints + record.floats)
        raise KeyError(f"{record.name}: missing {sorted(missing)}, unknown {sorted(unknown)}")
    ints.extend(record.int_values(values))
    floats.extend(record.float_values(values))


def codes() -> list[tuple[str, int]]:
    """Every named code of this module, by prefix then value."""
    here = vars(sys.modules[__name__])
    out: list[tuple[str, int]] = []
    for prefix in CODE_PREFIXES:
        group = sorted(
            (value, name)
            for name, value in here.items()
            if name.startswith(prefix + "_") and name.split("_")[0] == prefix and type(value) is int
        )
        out += [(name, value) for value, name in group]
    return out


def _description() -> str:
    lines = [f"{name}={value}" for name, value in codes()]
    lines += [f"MAX_LEVEL={MAX_LEVEL}", f"WEEKLY_SLOTS={WEEKLY_SLOTS}", f"NO_INDEX={NO_INDEX}"]
    for r in RECORDS:
        lines.append(f"{r.name}: ints {','.join(r.ints)}; floats {','.join(r.floats)}; parts {r.parts}")
    for row, struct in ROWS:
        lines.append(f"{row.name} ({struct}): {row.lead} {row.fields}")
    return "\n".join(lines)


DIGEST = hashlib.sha256(_description().encode()).hexdigest()[:16]


def c_header() -> str:
    """The C header `_core.c` includes: the codes, each record's slot numbers and sizes, the rows
    of results (their Py_BuildValue format, values, and a compile-time check of each field's type)
    and the digest of this description."""
    out = [
        "/* Generated from model/sim/layout_spec.py: do not edit. Regenerate with",
        " *     python -m blueprint_studio.model.sim.layout_spec > model/sim/_layout.h",
        " * (tests/sim/test_layout_spec.py checks that it is current). */",
        "#ifndef BLUEPRINT_LAYOUT_H",
        "#define BLUEPRINT_LAYOUT_H",
        f'#define LAYOUT_DIGEST "{DIGEST}"',
        "",
        "/* codes */",
    ]
    out += [f"#define {name} {value}" for name, value in codes()]
    out += [
        f"#define MAX_LEVEL {MAX_LEVEL}",
        f"#define WEEKLY_SLOTS {WEEKLY_SLOTS}",
        f"#define NO_INDEX {NO_INDEX}",
    ]
    out += ["", "/* records: the slot of each name in its block, and the block's size */"]
    widest = 0
    for r in RECORDS:
        for kind, names in (("INTS", r.ints), ("FLOATS", r.floats)):
            widest = max(widest, len(names))
            slots = [f"{r.name}_{name.upper()}" for name in names]
            out.append(
                f"enum {{ {', '.join(slots + [f'{r.name}_{kind}'])} }};"
                if names
                else f"enum {{ {r.name}_{kind} }};"
            )
    out.append(f"#define LAYOUT_WIDEST {widest}")
    out += ["", "/* rows of results */"]
    for row, struct in ROWS:
        fmt = "(" + "N" * len(row.lead) + "".join(_C_TYPES[kind][1] for _, kind in row.fields) + ")"
        values = ", ".join(f"(x)->{name}" for name, _ in row.fields)
        out.append(f'#define {row.name}_FORMAT "{fmt}"')
        out.append(f"#define {row.name}_VALUES(x) {values}")
        types = [(name, _C_TYPES[kind][0]) for name, kind in row.fields]
        checks = " ".join(
            f"_Static_assert(_Generic((({struct} *)0)->{name}, {c_type}: 1, default: 0),"
            f' "{struct}.{name} is not {c_type}");'
            for name, c_type in types
        )
        out.append(f"#define {row.name}_CHECKS {checks}")
    out += ["", "#endif", ""]
    return "\n".join(out)


if __name__ == "__main__":
    sys.stdout.write(c_header())
