"""How a ticket leaves a node: the first offered transition (before-guard true) that is chosen
(condition true, else by one probability draw, else the default). Built once per node as a
closure, or as the transition itself when the choice never depends on the ticket.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from blueprint_studio.model.flow import FlowNode, Transition

Chooser = Callable[[dict[str, Any]], "Transition | None"]


def make_chooser(node: FlowNode, draw: Callable[[], float] | None) -> Transition | Chooser | None:
    """A Transition when it is always the same, else a function of the ticket's fields."""
    transitions = node.transitions
    if not transitions:
        return None
    if len(transitions) == 1:
        only = transitions[0]
        guard = only.guard
        condition = only.condition if only.rule == "condition" else None
        if guard is None and condition is None:
            return only

        def single(fields: dict[str, Any]) -> Transition | None:
            if guard is not None and not guard(fields):
                return None
            if condition is not None and not condition(fields):
                return None
            return only

        return single
    # (transition, predicate) and (transition, probability) pairs, as the compiler fills them in
    # for each rule; a rule missing its own is never chosen by it
    conditions = tuple(
        (t, t.condition) for t in transitions if t.rule == "condition" and t.condition is not None
    )
    probable = tuple(
        (t, t.probability) for t in transitions if t.rule == "probability" and t.probability is not None
    )
    fallbacks = tuple(t for t in transitions if t.rule in ("default", "always"))
    guarded = any(t.guard is not None for t in transitions)
    sample = draw if draw is not None else _no_draw

    def choose(fields: dict[str, Any]) -> Transition | None:
        for t, condition in conditions:
            if (t.guard is None or t.guard(fields)) and condition(fields):
                return t
        if probable:
            offered = (
                [(t, p) for t, p in probable if t.guard is None or t.guard(fields)] if guarded else probable
            )
            if offered:
                u, total = sample(), 0.0
                for t, p in offered:
                    total += p
                    if u < total:
                        return t
        for t in fallbacks:
            if t.guard is None or t.guard(fields):
                return t
        return None

    return choose


def _no_draw() -> float:
    raise ValueError("a node with several ways out needs a random stream to choose by probability")
