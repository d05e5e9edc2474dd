"""The whole layout of a model for the compiled event loop (model/sim/_core.c): the header, the
samplers, the nodes, the pools with their calendars and agents, the intakes, the field draws, the
SLA policies and the first events, as four flat buffers in the order `_core.new` reads them.
"""

from __future__ import annotations

import math
from array import array
from typing import Any

from blueprint_studio.model.flow import FlowLadder, SlaCalendar
from blueprint_studio.model.sim import layout_spec as spec
from blueprint_studio.model.sim.clocks import BusinessClock
from blueprint_studio.model.sim.compiled_records import NO_FOLLOW_UPS, Records
from blueprint_studio.model.sim.compiled_states import Unsupported
from blueprint_studio.model.sim.engine_state import intake_arrival
from blueprint_studio.model.sim.layout_spec import (
    EV_ARRIVAL,
    EV_SAMPLE,
    EV_SHIFT,
    EV_WARMUP,
    F_BOOLEAN,
    F_CHOICE,
    NO_INDEX,
    Q_FIFO,
    Q_HEAP,
    RANKS_DEADLINE,
    RANKS_NONE,
    STOP_LOOP,
    STOP_OPEN,
    STOP_PENDING,
    STOP_QUEUE,
)
from blueprint_studio.model.sim.stats import _BINS, _INV_LOG_RATIO, _INV_MIN, _MIN

# random.NV_MAGICCONST (its type stub leaves it out), by the same expression as random.py: the C
# loop's normal draws repeat random.normalvariate with it
_NV_MAGICCONST = 4 * math.exp(-0.5) / math.sqrt(2.0)

# A pool's assignment rule (model/sim/agents.py)
_ASSIGNMENT_CODES = {
    "next_free": spec.AS_NEXT_FREE,
    "least_loaded": spec.AS_LEAST_LOADED,
    "fewest_owned": spec.AS_FEWEST_OWNED,
    "skills_first": spec.AS_SKILLS_FIRST,
    "round_robin": spec.AS_ROUND_ROBIN,
}


class Layout(Records):
    """Flat arrays in the order `_core.new` reads them."""

    # ------------------------------------------------------------ the whole layout
    def build(self) -> tuple[bytes, bytes, bytes, bytes]:
        """The four buffers of `_core.new`, laid out as model/sim/layout_spec.py describes. The
        records are made in this order, which numbers the streams, samplers and tables."""
        engine, model = self.engine, self.engine.model
        states = self.states
        setup = self.setup
        nodes_ints: list[int] = []
        nodes_floats: list[float] = []
        for n in model.nodes:
            self.node(n, self.edge_index, nodes_ints, nodes_floats)
        pool_ints, pool_floats = self.pools()
        intake_ints, intake_floats = self.intakes()
        field_ints, field_floats, n_fields = self.field_draws()
        policies = list(model.sla)
        sla_of_state, policy_ints, policy_floats = self.policies(policies)
        initial = sorted(setup.initial_events)
        event_ints, event_floats, sample_interval = self.events(initial)
        settings = engine.settings
        limit = engine.ticket_limit
        sampler_ints, sampler_floats = self.sampler_records()
        header_ints: list[int] = []
        header_floats: list[float] = []
        spec.pack(
            spec.HEADER,
            header_ints,
            header_floats,
            {
                "n_nodes": len(model.nodes),
                "n_pools": len(model.pools),
                "n_streams": len(self.streams),
                "n_states": states.n_states,
                "n_cells": states.n_cells * (len(policies) + 1),  # per SLA policy and none
                "n_edges": len(self.edges),
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

    def intakes(self) -> tuple[list[int], list[float]]:
        """Per node, its intake's streams, patience, renewal, preset fields, weekly rates and
        follow-up contacts; an empty slot for a node that is no intake."""
        engine, model = self.engine, self.engine.model
        setup = self.setup
        intake_ints: list[int] = []
        intake_floats: list[float] = []
        # the slot of a node that is no intake, packed once (documents hold up to 20,000 nodes)
        no_intake_ints: list[int] = []
        no_intake_floats: list[float] = []
        spec.pack(
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
                **NO_FOLLOW_UPS,
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
                raise Unsupported("a weekly schedule that is not 7 x 24")
            spec.pack(
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
        return intake_ints, intake_floats

    def field_draws(self) -> tuple[list[int], list[float], int]:
        """Per node and field, how an intake draws the field (its own shares); the number of
        fields drawn."""
        model, setup, states = self.engine.model, self.setup, self.states
        # The field draws of every node's slot, n_nodes x n_fields entries: an intake's with its
        # own shares; another node's slot is never read, so it holds empty yes/no entries (no
        # copy of the tables per node: documents hold up to 20,000 nodes).
        field_ints: list[int] = []
        field_floats: list[float] = []
        n_fields = sum(kind in ("choice", "boolean") for _, kind, _, _ in setup.field_draws)
        unread_ints: list[int] = []
        unread_floats: list[float] = []
        spec.pack(
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
                    spec.pack(
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
                    spec.pack(
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
        return field_ints, field_floats, n_fields

    def policies(self, policies: list[Any]) -> tuple[list[int], list[int], list[float]]:
        """The SLA policy of each state (a table), and each policy with its clock and ladder."""
        model, states = self.engine.model, self.states
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
        return sla_of_state, policy_ints, policy_floats

    def events(self, initial: list[Any]) -> tuple[list[int], list[float], float]:
        """The first events (arrivals, samples, warm-up, shifts); the sampling interval."""
        sample_interval = 0.0
        event_ints: list[int] = []
        event_floats: list[float] = []
        for time, seq, kind, a, _ in initial:
            if kind not in (EV_ARRIVAL, EV_SAMPLE, EV_WARMUP, EV_SHIFT):
                raise Unsupported("an event the compiled loop does not start with")
            if kind == EV_SAMPLE:
                sample_interval = a
            spec.pack(
                spec.EVENT,
                event_ints,
                event_floats,
                {"seq": seq, "kind": kind, "a": a if kind in (EV_ARRIVAL, EV_SHIFT) else 0, "time": time},
            )
        return event_ints, event_floats, sample_interval

    def sampler_records(self) -> tuple[list[int], list[float]]:
        """Every sampler, with the samples of an empirical distribution after its record."""
        sampler_ints: list[int] = []
        sampler_floats: list[float] = []
        for kind, stream, params, samples in self.samplers:
            spec.pack(
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
        return sampler_ints, sampler_floats

    def pools(self) -> tuple[list[int], list[float]]:
        """Per pool: agents on duty now, queue kind and priority ranks, weekly calendar, and its
        agents as individuals (model/sim/agents.py)."""
        ints: list[int] = []
        floats: list[float] = []
        bits = self.skill_bits()
        for state in self.engine.pools:
            flow = state.flow
            field_id = NO_INDEX  # the field a priority queue ranks by
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
                    field_id = self.field_index.get(field, NO_INDEX)
                else:
                    ranks = RANKS_NONE
            else:
                queue, ranks = Q_HEAP, RANKS_DEADLINE  # earliest resolution deadline first
            spec.pack(
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
                spec.pack(spec.SEGMENT, ints, floats, {"agents": agents, "start": start})
            if state.individual:  # agents.AgentPool: skills and speed of each agent number
                for skills, speed in zip(state.skills, state.speed, strict=True):  # type: ignore[attr-defined]
                    mask = sum(1 << bits[name] for name in skills)
                    spec.pack(spec.AGENT, ints, floats, {"skills": mask, "speed": speed})
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
        spec.pack(
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
            spec.pack(
                spec.CLOCK_SEGMENT, ints, floats, {"open": is_open, "start": start, "cumulative": before}
            )
        floats += clock.holidays + clock.lost
