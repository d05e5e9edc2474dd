"""`Notify` actions (a step's or a transition's "notify a role") in the simulation: which roles
the model notifies, in the order they first appear, and how many notifications each received
after the warm-up. The Python loop counts through `Notifications.count` (Engine._apply); the
compiled loop counts per role index (an A_NOTIFY action) and hands the counts back.

Roles are as the designer typed them, trimmed; an empty role notifies nobody and is not counted.
The escalation ladders' notifications are counted with their ladders (model/sim/ladder.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from blueprint_studio.model.flow import FlowAction, FlowModel

if TYPE_CHECKING:
    from blueprint_studio.model.sim.engine_state import Ticket


def _actions(model: FlowModel) -> list[FlowAction]:
    out: list[FlowAction] = []
    for node in model.nodes:
        out += node.actions
        for transition in node.transitions:
            out += transition.actions
    return out


def roles(model: FlowModel) -> tuple[str, ...]:
    """The roles the model's Notify actions name, trimmed, without empties, in drawing order."""
    names = (a.text.strip() for a in _actions(model) if a.kind == "notify")
    return tuple(dict.fromkeys(name for name in names if name))


def has_notify(model: FlowModel) -> bool:
    return bool(roles(model))


class Notifications:
    """The notifications of one run, per role."""

    def __init__(self, model: FlowModel) -> None:
        self.roles = roles(model)
        index = {role: k for k, role in enumerate(self.roles)}
        # by the action's text as typed: trimmed once here, not at every notification
        self.index = {
            a.text: index[a.text.strip()]
            for a in _actions(model)
            if a.kind == "notify" and a.text.strip() in index
        }
        self.counts = [0] * len(self.roles)

    def count(self, ticket: Ticket, role: str) -> None:
        k = self.index.get(role)
        if k is not None and ticket.counted:
            self.counts[k] += 1

    def figures(self) -> dict[str, float]:
        return {role: float(n) for role, n in zip(self.roles, self.counts, strict=True)}
