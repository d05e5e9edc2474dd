"""Where each figure of an export goes in the blueprint: a state, level or group to a step or a
wait (by node id, title, lane, pool or level number), a channel to intakes, an export's value to a
choice field's value, and the decisions whose edges the tickets' paths can tell apart.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from blueprint_studio.model.calibrate.columns import normal
from blueprint_studio.model.schema import Blueprint

START, END = "\x00start", "\x00end"
CHANNEL_WORDS: dict[str, tuple[str, ...]] = {
    "email": ("email", "e mail", "mail", "courriel", "mel", "inbound email"),
    "phone": ("phone", "telephone", "voice", "call", "tel", "appel"),
    "chat": ("chat", "live chat", "web chat", "messaging", "whatsapp", "sms", "tchat", "messagerie"),
    "portal": (
        "portal",
        "web",
        "web form",
        "form",
        "help center",
        "helpdesk",
        "api",
        "portail",
        "formulaire",
        "self service",
        "service desk",
        "customer portal",
    ),
}
_LEVEL = re.compile(r"\b(?:level|niveau|tier|l|n)\s*(\d)\b")


@lru_cache(maxsize=4096)
def channel_kind(word: str) -> str:
    """The intake channel an export's channel names ("Mail", "Web form", "Téléphone")."""
    text = normal(word)
    for kind, words in CHANNEL_WORDS.items():
        if text in words or any(text.startswith(w + " ") for w in words):
            return kind
    return "other" if text else ""


@lru_cache(maxsize=4096)
def level_of(text: str) -> int | None:
    found = _LEVEL.search(normal(text))
    return int(found.group(1)) if found else None


class NodeMatcher:
    """Finds the step or wait an export's state names; remembers why a name did not match."""

    def __init__(self, blueprint: Blueprint) -> None:
        self.blueprint = blueprint
        self.targets = [n for n in blueprint.nodes if n.kind in ("step", "wait")]
        self.ends = {n.id for n in blueprint.nodes if n.kind == "end"}
        # names of the nodes a log shows that take no time of their own (intakes, ends, decisions):
        # an event log names them by title, and they are not states to fit
        self.passing = {
            normal(n.title or n.id): n.kind for n in blueprint.nodes if n.kind not in ("step", "wait")
        }
        self.by_id = {n.id: n for n in blueprint.nodes}
        lanes = {lane.id: lane for lane in blueprint.lanes}
        pool_names = {p.id: normal(p.name or p.id) for p in blueprint.all_pools()}
        self._lane_pool = {lane.id: lane.pool.id for lane in blueprint.lanes if lane.pool is not None}
        self._names: dict[str, list[str]] = {}
        for node in self.targets:
            for name in (node.title, node.id):
                if name:
                    self._names.setdefault(normal(name), []).append(node.id)
        self._lanes: dict[str, list[str]] = {}
        self._levels: dict[int, list[str]] = {}
        for node in self.targets:
            if node.kind != "step" or node.performer != "agent":
                continue
            lane = lanes.get(node.lane) if node.lane else None
            groups = []
            if lane is not None:
                groups.append(normal(lane.title or lane.id))
            pool = node.pool or (self._lane_pool.get(node.lane) if node.lane else None)
            if pool is not None and pool in pool_names:
                groups.append(pool_names[pool])
            for group in dict.fromkeys(groups):
                self._lanes.setdefault(group, []).append(node.id)
            level = node.level if node.level is not None else (level_of(lane.title) if lane else None)
            if level is not None:
                self._levels.setdefault(level, []).append(node.id)

    def match(self, state: str, node_id: str = "") -> tuple[str | None, list[str]]:
        """(the node id, []) or (None, the candidates when the name fits several steps)."""
        if node_id and node_id in self.by_id:
            kind = self.by_id[node_id].kind
            return (node_id, []) if kind in ("step", "wait") else (None, [])
        key = normal(state)
        for table in (self._names, self._lanes):
            found = table.get(key, [])
            if len(found) == 1:
                return found[0], []
            if found:
                return None, found
        level = level_of(state)
        if level is not None:
            found = self._levels.get(level, [])
            if len(found) == 1:
                return found[0], []
            return None, found
        return None, []


def decision_routes(blueprint: Blueprint) -> dict[str, dict[str, tuple[str, dict[str, str]]]]:
    """For each node a ticket's path can show (a step, a wait, an end as END, an intake as START):
    the decisions right after it, each with the node that tells which of its edges was taken:
    {previous: {decision: (decision, {next node: edge})}}. Decisions whose edges cannot be told
    apart (two edges reaching the same next node) are left out."""
    nodes = {n.id: n for n in blueprint.nodes}
    flows = [e for e in blueprint.edges if e.kind == "flow" and e.source in nodes and e.target in nodes]
    outgoing: dict[str, list[Any]] = {}
    incoming: dict[str, list[Any]] = {}
    for edge in flows:
        outgoing.setdefault(edge.source, []).append(edge)
        incoming.setdefault(edge.target, []).append(edge)
    passing = ("decision", "satisfaction")

    def seen_as(node_id: str) -> str:
        kind = nodes[node_id].kind
        return START if kind == "intake" else END if kind == "end" else node_id

    def downstream(node_id: str, trail: frozenset[str]) -> set[str]:
        if nodes[node_id].kind not in passing:
            return {seen_as(node_id)}
        if node_id in trail:
            return set()
        found: set[str] = set()
        for edge in outgoing.get(node_id, []):
            found |= downstream(edge.target, trail | {node_id})
        return found

    def upstream(node_id: str, trail: frozenset[str]) -> set[str]:
        found: set[str] = set()
        for edge in incoming.get(node_id, []):
            source = edge.source
            if nodes[source].kind in passing:
                if source not in trail:
                    found |= upstream(source, trail | {node_id})
            else:
                found.add(seen_as(source))
        return found

    routes: dict[str, dict[str, tuple[str, dict[str, str]]]] = {}
    for decision in (n for n in blueprint.nodes if n.kind == "decision"):
        edges = outgoing.get(decision.id, [])
        if len(edges) < 2:
            continue
        by_next: dict[str, str] = {}
        clash = False
        for edge in edges:
            for after in downstream(edge.target, frozenset({decision.id})):
                clash |= after in by_next and by_next[after] != edge.id
                by_next[after] = edge.id
        if clash:
            continue
        for before in upstream(decision.id, frozenset()):
            routes.setdefault(before, {})[decision.id] = (decision.id, by_next)
    return routes


def field_value(field: Any, word: str) -> str | None:
    """The choice value of `field` an export's word names (the value itself or its label)."""
    key = normal(word)
    if not key:
        return None
    for value in field.values:
        if normal(value) == key:
            return value
        labels = field.value_labels.get(value, {})
        if any(normal(text) == key for text in labels.values()):
            return value
    if field.name == "channel":
        kind = channel_kind(word)
        return kind if kind in field.values else None
    return None
