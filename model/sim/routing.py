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
    conditions = tuple(t for t in transitions if t.rule == "condition")
    probable = tuple(t for t in transitions if t.rule == "probability")
    fallbacks = tuple(t for t in transitions if t.rule in ("default", "always"))
    guarded = any(t.guard is not None for t in transitions)

    def choose(fields: dict[str, Any]) -> Transition | None:
        for t in conditions:
            if (t.guard is None or t.guard(fields)) and t.condition(fields):
                return t
        if probable:
            offered = [t for t in probable if t.guard is None or t.guard(fields)] if guarded else probable
            if offered:
                u, total = draw(), 0.0
                for t in offered:
                    total += t.probability
                    if u < total:
                        return t
        for t in fallbacks:
            if t.guard is None or t.guard(fields):
                return t
        return None

    return choose
