"""The records of the compiled event loop's layout, one feature at a time: a node with its
transitions, actions, duration rules, approvals, follow-up contacts, merges and escalation ladder,
and the random streams and samplers they draw from (model/sim/layout_spec.py names every slot).
compiled_layout.py puts them together; nothing here runs the loop.
"""

from __future__ import annotations

import random
from typing import Any

from blueprint_studio.model.flow import FlowLadder, FlowNode, Transition
from blueprint_studio.model.schema import Empirical, Exponential, Fixed, Gamma, LogNormal, Triangular, Uniform
from blueprint_studio.model.sim import layout_spec as spec
from blueprint_studio.model.sim.approvals import transfer_reasons
from blueprint_studio.model.sim.compiled_states import States, Unsupported
from blueprint_studio.model.sim.distributions import lognormal_parameters
from blueprint_studio.model.sim.engine_state import BACKSTAGE_LANES, KIND_CODES, VISIBLE_LANES, EngineState
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
    IS_AFTER,
    IS_INTERRUPT,
    IS_STAY,
    LANE_BACKSTAGE,
    LANE_NONE,
    LANE_VISIBLE,
    LC_FIRST_RESPONSE,
    LC_RESOLUTION,
    LC_TIME_LIMIT,
    NO_INDEX,
    O_ABANDONED,
    O_NONE,
    O_OTHER,
    O_RESOLVED,
    R_CONDITION,
    R_FALLBACK,
    R_PROBABILITY,
)
from blueprint_studio.model.sim.notify import roles as notify_roles
from blueprint_studio.model.sim.results import OUTCOMES_RESOLVED

_RULES = {"condition": R_CONDITION, "probability": R_PROBABILITY, "default": R_FALLBACK, "always": R_FALLBACK}
_CLOCKS = {"resolution": LC_RESOLUTION, "first_response": LC_FIRST_RESPONSE, "time_limit": LC_TIME_LIMIT}
_IN_SERVICE = {"stay": IS_STAY, "after": IS_AFTER, "interrupt": IS_INTERRUPT}
_LANES = {**dict.fromkeys(VISIBLE_LANES, LANE_VISIBLE), **dict.fromkeys(BACKSTAGE_LANES, LANE_BACKSTAGE)}

# An intake without follow-up contacts (model/sim/contacts.py)
NO_FOLLOW_UPS = {
    "follow_stream": NO_INDEX,
    "follow_sampler": NO_INDEX,
    "follow_via": NO_INDEX,
    "follow_map": NO_INDEX,
    "follow_share": 0.0,
}


class Records:
    """The streams, samplers, tables and per-feature records of one run's layout, numbered in the
    order they are first asked for (the order the C side reads them in)."""

    def __init__(self, engine: EngineState, states: States) -> None:
        self.engine = engine
        self.setup = engine.compiled_setup()
        self.states = states
        self.streams: list[random.Random] = []
        self.stream_index: dict[int, int] = {}
        # kind, stream, three parameters, the samples of an empirical distribution
        self.samplers: list[tuple[int, int, tuple[float, float, float], tuple[float, ...]]] = []
        model = engine.model
        self.edges = sorted({t.edge_id for n in model.nodes for t in n.transitions})
        self.edge_index = {e: i for i, e in enumerate(self.edges)}
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
                    spec.pack(spec.ACTION, out, unused, {"kind": A_NOTIFY, "argument": role})
                continue
            out[0] += 1
            if action.kind == "send_template":
                spec.pack(spec.ACTION, out, unused, {"kind": A_RESPOND, "argument": NO_INDEX})
            elif action.kind == "set":
                name, value = action.field, action.value
                values = self.states.values_of(name)
                if values is None or value not in values:
                    raise Unsupported("an action that sets a number or text field")

                def moved(fields: dict[str, Any], name: str = name, value: Any = value) -> int:
                    return self.states.state_of({**fields, name: value})

                spec.pack(
                    spec.ACTION,
                    out,
                    unused,
                    {"kind": A_SET, "argument": self.states.table(("set", name, value), moved)},
                )
            else:  # re-assign: the next step's pool; with a reason, a transfer counted
                spec.pack(spec.ACTION, out, unused, {"kind": A_REASSIGN, "argument": action.pool})
                if action.reason:
                    out[0] += 1
                    argument = self.reason_index[action.reason]
                    spec.pack(spec.ACTION, out, unused, {"kind": A_TRANSFER, "argument": argument})
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
            raise Unsupported(f"distribution {dist!r}")
        self.samplers.append(entry)
        return len(self.samplers) - 1

    def skill_bits(self) -> dict[str, int]:
        """Each skill of the model's named agents and steps (model/sim/agents.py): its bit."""
        if not hasattr(self, "_skill_bits"):
            names = [s for p in self.engine.model.pools for _, skills, _ in p.roster for s in sorted(skills)]
            names += [n.required_skill for n in self.engine.model.nodes if n.required_skill]
            bits = {name: k for k, name in enumerate(dict.fromkeys(names))}
            if len(bits) > 63:
                raise Unsupported("more than 63 skills")
            self._skill_bits = bits
        return self._skill_bits

    def ladder(self, ladder: FlowLadder, ints: list[int], floats: list[float]) -> None:
        """An escalation ladder (model/sim/ladder.py): a raised priority is a state map that
        sets the field only where its value comes later in the field's values."""
        raise_map = NO_INDEX
        field = ladder.priority_field
        if field is not None:
            if self.states.values_of(field) is None:
                raise Unsupported("a priority that is not a list of values")
            ranks, value = ladder.priority_rank, ladder.priority_value

            def raised(fields: dict[str, Any], name: str = field) -> int:
                current = fields.get(name)
                if value not in ranks or (current in ranks and ranks.index(current) <= ranks.index(value)):
                    return self.states.state_of(fields)  # already as high or higher
                return self.states.state_of({**fields, name: value})

            raise_map = self.states.table(("raise", field, value, ranks), raised)
        spec.pack(
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

    def preset(self, values: dict[str, Any], kind: str = "preset") -> int:
        """The state map that sets `values`: an intake's preset field values (applied after the
        draws), or (`kind` "follow") a follow-up's field values at its intake."""
        for name, value in values.items():
            found = self.states.values_of(name)
            if found is None or value not in found:
                raise Unsupported("a preset number or text field")
        return self.states.table(
            (kind, tuple(sorted(values.items()))),
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
            return NO_FOLLOW_UPS
        via = self.engine.model.nodes[follow.via]
        set_fields = dict(via.arrival.set_fields) if via.arrival is not None else {}
        preset = {"responded": False, "satisfied": False, **set_fields}
        return {
            "follow_stream": self.stream(contacts.streams["follow", n.index]),
            "follow_sampler": self.sampler(follow.after, contacts.streams["after", n.index]),
            "follow_via": follow.via,
            "follow_map": self.preset(preset, "follow"),
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
        trans_ints, trans_floats = self.transitions(ordered, edge_index)
        rules, actions, sampler, stream_wait, timeout_edge, timeout_actions = self.work(n, edge_index)
        outcome = _outcome(n)
        spec.pack(
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
            spec.pack(spec.RULE, ints, floats, {"predicate": pred, "sampler": s})
        ints += actions[1:]
        if n.ladder is not None:
            self.ladder(n.ladder, ints, floats)

    def transitions(
        self, ordered: list[tuple[Transition, int, int]], edge_index: dict[str, int]
    ) -> tuple[list[int], list[float]]:
        """A node's transitions, in drawing order, each with its guard and condition tables, its
        approval and its after-actions."""
        trans_ints: list[int] = []
        trans_floats: list[float] = []
        for t, guard, condition in ordered:
            after = self.actions(t.actions)
            spec.pack(
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
        return trans_ints, trans_floats

    def work(
        self, n: FlowNode, edge_index: dict[str, int]
    ) -> tuple[list[tuple[int, int]], list[int], int, int, int, list[int]]:
        """A step's duration sampler, duration rules and actions; a wait's response-time sampler,
        its stream and its timeout's way out (edge and after-actions)."""
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
            way_out = next((t for t in n.transitions if t.target == n.timeout_target), None)
            if way_out is not None:
                timeout_edge = edge_index[way_out.edge_id]
                timeout_actions = self.actions(way_out.actions)
        return rules, actions, sampler, stream_wait, timeout_edge, timeout_actions


def _outcome(n: FlowNode) -> int:
    """How an end closes its tickets, as the C loop counts them."""
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
    return outcome
