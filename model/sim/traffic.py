"""The traffic of a flow model for the quick estimate (theory.py): what it cannot represent, the
(node, field values) states tickets and follow-up contacts flow through, and the traffic equations
solved over them, one loop of states at a time. No queue here: theory.py puts the rates to queues.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from blueprint_studio.model import expr
from blueprint_studio.model.schema import BUILTIN_FIELDS
from blueprint_studio.model.sim.distributions import mean_of as distribution_mean
from blueprint_studio.model.sim.engine_state import intake_arrival
from blueprint_studio.model.sim.queueing import solve_linear

if TYPE_CHECKING:
    from blueprint_studio.model.flow import FlowModel, Transition


class GiveUp(Exception):
    """The estimate does not apply to the model: a reason code, the ids at fault, parameters."""

    def __init__(self, reason: str, *ids: str, **params: object) -> None:
        super().__init__(reason)
        self.reason, self.ids, self.params = reason, ids, tuple(sorted(params.items()))


MAX_CLASSES = 4096
MAX_STATES = 200_000
MAX_LOOP = 600
FOLLOW_UP = "follow-up"  # one more value after a follow-up contact's fields in the traffic states


class Traffic:
    """The states of one model's tickets and the rate of each, for `estimate` (theory.py)."""

    def __init__(self, model: FlowModel, multiplier: float) -> None:
        self.model, self.multiplier = model, multiplier
        self.approximations: set[str] = set()
        self.check_supported()
        self.fields = self.relevant_fields()
        self.slot = {name: i for i, name in enumerate(self.fields)}
        self.open_time = 0.0  # the tickets' own mean time in system, minutes

    def made_share(self, follow) -> float:
        """q = s·E[e^{-A/T}]: the chance that a follow-up is due, and due while its ticket is still
        open, for a time open T exponential of mean `open_time` (0 on the first round)."""
        if self.open_time <= 0:
            return 0.0
        after, t = follow.after, self.open_time
        kind = getattr(after, "kind", None)
        if kind == "exponential":
            still_open = 1.0 / (1.0 + after.mean / t)
        elif kind == "fixed":
            still_open = math.exp(-after.value / t)
        else:  # Jensen: E[e^{-A/T}] ≥ e^{-E[A]/T}, close for a not too spread A
            still_open = math.exp(-distribution_mean(after) / t)
        return follow.share * still_open

    def is_follow_up(self, values: tuple) -> bool:
        """A follow-up contact's state: its fields and one more value (a field may hold any text)."""
        return len(values) > len(self.fields)

    # ------------------------------------------------ what the estimate cannot represent
    def check_supported(self) -> None:
        m = self.model
        for i in m.intakes:
            node = m.nodes[i]
            arrival = intake_arrival(node)
            if arrival.weekly_rates is not None:
                self.approximations.add("weekly_average")  # the week's mean rate
            if arrival.patience is not None:
                raise GiveUp("patience", node.id)
        for pool in m.pools:
            if len(set(pool.calendar.agents)) > 1:
                raise GiveUp("shifts", pool.id)
        for node in m.nodes:
            actions = list(node.actions) + [a for t in node.transitions for a in t.actions]
            if any(a.kind == "reassign" for a in actions):
                self.approximations.add("reassign_ignored")
            if node.kind == "step" and node.time_limit is not None:
                self.approximations.add("time_limits_ignored")  # queued tickets never escalate
            if node.kind == "wait" and node.timeout is not None:
                response = node.response_time
                if response is None:
                    raise ValueError(f"wait {node.id} has no response time")  # the compiler gives one
                if response.kind not in ("exponential", "fixed"):
                    raise GiveUp("wait_timeout", node.id)
            rules = {t.rule for t in node.transitions}
            if "probability" in rules and "condition" in rules:
                raise GiveUp("mixed_rules", node.id)

    def relevant_fields(self) -> tuple[str, ...]:
        """Fields that conditions read; all fields when a compiled-only predicate (duration
        rule, satisfaction condition) may read any of them."""
        # name -> (type, its values: the choices, or true and false)
        self.specs: dict[str, tuple[str, tuple[Any, ...]]] = {
            name: ("boolean", (True, False)) for name in BUILTIN_FIELDS
        }
        self.specs.update({f.name: (f.type, tuple(f.values)) for f in self.model.fields})
        names: set[str] = set()
        opaque = False
        for node in self.model.nodes:
            opaque |= bool(node.duration_rules) or node.satisfied_when is not None
            for t in node.transitions:
                for text in (t.condition_text, t.guard_text):
                    if text:
                        names |= expr.field_names(expr.parse(text))
        if opaque:
            names |= set(self.specs)
        for name in sorted(names):
            if self.specs[name][0] not in ("choice", "boolean"):
                raise GiveUp("opaque_condition" if opaque else "field_not_choice", field=name)
        return tuple(sorted(names))

    # ------------------------------------------------ states and their transitions
    def initial(self, node) -> list[tuple[tuple, float]]:
        """(values, probability) of the arriving tickets' relevant fields at one intake."""
        combos: list[tuple[tuple, float]] = [((), 1.0)]
        by_name = {f.name: f for f in self.model.fields}
        for name in self.fields:
            if name in node.arrival.set_fields:
                options = [(node.arrival.set_fields[name], 1.0)]
            elif name not in by_name:
                options = [(False, 1.0)]  # built-ins start false (as in the engine)
            elif by_name[name].type == "boolean":
                p = by_name[name].p_true
                options = [(v, q) for v, q in ((True, p), (False, 1 - p)) if q > 0]
            else:
                f = by_name[name]  # this intake's own shares first, as in the engine
                weights = node.arrival.field_weights.get(name) or f.weights or [1.0] * len(f.values)
                total = math.fsum(weights)
                options = [(v, w / total) for v, w in zip(f.values, weights) if w > 0]
            combos = [(vals + (v,), p * q) for vals, p in combos for v, q in options]
            if len(combos) > MAX_CLASSES:
                raise GiveUp("too_many_classes", node.id, classes=len(combos))
        return combos

    def with_actions(self, values: tuple, actions) -> tuple:
        for action in actions:
            if action.kind == "set" and action.field in self.slot:
                values = (
                    values[: self.slot[action.field]]
                    + (action.value,)
                    + values[self.slot[action.field] + 1 :]
                )
        return values

    def ticket(self, values: tuple) -> dict:
        return dict(zip(self.fields, values))

    def successors(self, node, values: tuple) -> list[tuple[tuple[int, tuple], float]]:
        if node.kind == "end":
            return []
        branches = [(values, 1.0)]
        if node.kind == "step":
            branches = [(self.with_actions(values, node.actions), 1.0)]
            if node.merge is not None and self.is_follow_up(values):
                # recognised: merged into its open ticket, it leaves; the others go on as duplicates
                branches = [(values, 1.0 - node.merge.detect)] if node.merge.detect < 1 else []
                branches = [(self.with_actions(v, node.actions), p) for v, p in branches]
        elif node.kind == "wait":
            return self.wait_exits(node, values)
        elif node.kind == "satisfaction":
            if node.satisfied_when is not None:
                happy = node.satisfied_when(self.ticket(values))
                branches = [(self.set_builtin(values, "satisfied", happy), 1.0)]
            else:
                p = node.p_satisfied
                branches = [
                    (self.set_builtin(values, "satisfied", v), q)
                    for v, q in ((True, p), (False, 1 - p))
                    if q > 0
                ]
        out = []
        for vals, p in branches:
            out += [
                ((t.target, self.with_actions(vals, t.actions)), p * q) for t, q in self.route(node, vals)
            ]
        return out

    def wait_exits(self, node, values: tuple) -> list[tuple[tuple[int, tuple], float]]:
        """The customer answers with probability p_response after a drawn time; past the
        timeout (if any) the ticket goes to the timeout target with `responded` false."""
        answered, late = node.p_response, 0.0
        if node.timeout is not None:
            late = 1.0 - answered * self.wait_in_time(node)
            answered = 1.0 - late
        out = []
        for flag, q in ((True, answered), (False, 1.0 - answered - late)):
            if q > 1e-15:
                vals = self.set_builtin(values, "responded", flag)
                out += [
                    ((t.target, self.with_actions(vals, t.actions)), q * r) for t, r in self.route(node, vals)
                ]
        if late > 1e-15:
            out.append(((node.timeout_target, self.set_builtin(values, "responded", False)), late))
        return out

    @staticmethod
    def wait_in_time(node) -> float:
        """P(response time ≤ timeout)."""
        dist, limit = node.response_time, node.timeout
        if dist.kind == "fixed":
            return float(dist.value <= limit)
        return 1.0 - math.exp(-limit / dist.mean)

    @staticmethod
    def wait_mean(node) -> float:
        """Mean time held: E[min(R, T)] for answers, T for no answer (T = ∞ without timeout)."""
        dist, limit, p = node.response_time, node.timeout, node.p_response
        if limit is None:
            return distribution_mean(dist)
        if dist.kind == "fixed":
            held = min(dist.value, limit)
        else:
            held = dist.mean * (1.0 - math.exp(-limit / dist.mean))
        return p * held + (1.0 - p) * limit

    def set_builtin(self, values: tuple, name: str, value: bool) -> tuple:
        if name not in self.slot:
            return values
        k = self.slot[name]
        return values[:k] + (value,) + values[k + 1 :]

    def route(self, node, values: tuple) -> list[tuple[Transition, float]]:
        """The first offered edge that is chosen: a condition that holds, else by one draw
        against the offered edges' probabilities, else the first default (or plain) edge."""
        ticket = self.ticket(values)
        offered = [t for t in node.transitions if t.guard is None or t.guard(ticket)]
        fallback = next((t for t in offered if t.rule in ("default", "always")), None)
        chosen = next((t for t in offered if t.rule == "condition" and t.condition(ticket)), None)
        if chosen is not None:
            return [(chosen, 1.0)]
        out = [(t, t.probability) for t in offered if t.rule == "probability" and t.probability]
        rest = 1.0 - math.fsum(p for _, p in out)
        if rest > 1e-9:
            if fallback is None:
                raise GiveUp("no_exit", node.id)
            out.append((fallback, rest))
        return out

    # ------------------------------------------------ traffic equations over states
    def rates(self) -> dict[tuple[int, tuple], float]:
        inflow: dict[tuple[int, tuple], float] = {}
        for i in self.model.intakes:
            node = self.model.nodes[i]
            arrival = intake_arrival(node)
            weekly = arrival.weekly_rates
            hourly = math.fsum(map(math.fsum, weekly)) / 168.0 if weekly else arrival.rate_per_hour
            per_minute = hourly * self.multiplier / 60.0
            for values, p in self.initial(node):
                if per_minute * p > 0:
                    inflow[(i, values)] = inflow.get((i, values), 0.0) + per_minute * p
        self.throughput = math.fsum(inflow.values())
        if self.throughput <= 0:
            raise GiveUp("no_arrivals")
        for i in self.model.intakes:  # follow-up contacts, at their intake with their ticket's fields
            node = self.model.nodes[i]
            if node.follow_ups is None:
                continue
            q = min(self.made_share(node.follow_ups), 1.0 - 1e-9)  # 1: without end, overloading a pool
            via = self.model.nodes[node.follow_ups.via]
            arrival = intake_arrival(node)
            weekly = arrival.weekly_rates
            hourly = math.fsum(map(math.fsum, weekly)) / 168.0 if weekly else arrival.rate_per_hour
            per_minute = hourly * self.multiplier / 60.0 * q / (1.0 - q)
            for values, p in self.initial(node):
                for name, value in intake_arrival(via).set_fields.items():
                    if name in self.slot:
                        k = self.slot[name]
                        values = values[:k] + (value,) + values[k + 1 :]
                state = (via.index, values + (FOLLOW_UP,))
                if per_minute * p > 0:
                    inflow[state] = inflow.get(state, 0.0) + per_minute * p
        succ: dict[tuple, dict[tuple, float]] = {}
        todo = list(inflow)
        while todo:
            state = todo.pop()
            if state in succ:
                continue
            out = succ[state] = {}
            for target, p in self.successors(self.model.nodes[state[0]], state[1]):
                out[target] = out.get(target, 0.0) + p
                if target not in succ:
                    todo.append(target)
            if len(succ) > MAX_STATES:
                raise GiveUp("too_many_classes", states=len(succ))
        rate: dict[tuple[int, tuple], float] = {}
        for members in _components(succ):  # upstream first: each loop solved once
            if len(members) > MAX_LOOP:
                raise GiveUp("too_many_classes", states=len(members))
            where = {s: k for k, s in enumerate(members)}
            matrix = [[float(r == k) for k in range(len(members))] for r in range(len(members))]
            for s in members:
                for target, p in succ[s].items():
                    if target in where:
                        matrix[where[target]][where[s]] -= p
            try:
                solved = solve_linear(matrix, [inflow.get(s, 0.0) for s in members])
            except ValueError:
                raise GiveUp("trapped", *sorted({self.model.nodes[s[0]].id for s in members})) from None
            for s, lam in zip(members, solved):
                rate[s] = lam
                for target, p in succ[s].items():
                    if target not in where:
                        inflow[target] = inflow.get(target, 0.0) + lam * p
        return rate


def _components(succ: dict[tuple, dict[tuple, float]]) -> list[list[tuple]]:
    """Strongly connected components, upstream first (Tarjan 1972, iterative)."""
    index: dict[tuple, int] = {}
    low: dict[tuple, int] = {}
    stack: list[tuple] = []
    on_stack: set[tuple] = set()
    found: list[list[tuple]] = []
    for root in succ:
        if root in index:
            continue
        work = [(root, iter(succ[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(succ[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(component)
    found.reverse()  # Tarjan emits downstream components first
    return found
