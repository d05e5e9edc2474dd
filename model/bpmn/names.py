"""The namespaces of BPMN 2.0, BPMN DI, BPSim and Blueprint Studio's own extension, and the
identifiers both notations accept. No parsing here."""

from __future__ import annotations

import re

BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"
DC = "http://www.omg.org/spec/DD/20100524/DC"
DI = "http://www.omg.org/spec/DD/20100524/DI"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
BPSIM = "http://www.bpsim.org/schemas/1.0"
# What BPMN has no word for (a lane's kind, a step's performer, the ticket fields): attributes
# and extension elements in a namespace of our own, which other modellers keep and ignore.
BS = "https://blueprint-studio.org/schema/bpmn/1"

# The title band left of a participant's and a lane's content, as BPMN modellers draw it: the
# writer puts it there, the reader takes it off again (the canvas draws titles left of x = 0).
LANE_HEADER = 30.0

PREFIXES = {"bpmn": BPMN, "bpmndi": BPMNDI, "dc": DC, "di": DI, "xsi": XSI, "bpsim": BPSIM, "bs": BS}

_OUR_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.:-]*$")
_NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


def q(namespace: str, name: str) -> str:
    """ElementTree's {namespace}name."""
    return f"{{{namespace}}}{name}"


def local(tag: object) -> str:
    """An element's name without its namespace ('' for comments and processing instructions)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


class IdMaker:
    """Identifiers unique in one document, kept as they were when the other notation allows them."""

    def __init__(self, pattern: re.Pattern[str] = _OUR_ID, fallback: str = "id") -> None:
        self.pattern = pattern
        self.fallback = fallback
        self.used: set[str] = set()
        self.made: dict[str, str] = {}
        self.claimed: set[str] = set()

    def __call__(self, original: str) -> str:
        if original in self.made:
            return self.made[original]
        candidate = re.sub(r"[^A-Za-z0-9_.-]", "_", original or self.fallback)[:60]
        if not self.pattern.match(candidate):
            candidate = ("_" + candidate)[:60]
        if not self.pattern.match(candidate):
            candidate = self.fallback
        unique, n = candidate, 1
        while unique in self.used:
            n += 1
            unique = f"{candidate}_{n}"
        self.used.add(unique)
        self.made[original] = unique
        return unique

    def claim(self, original: str) -> str:
        """The identifier of a new element made from `original`: its own when no element took it
        yet, a fresh one when a file gives two elements the same id."""
        key = self(original)
        if key in self.claimed:
            key = self.fresh(key[:56])
        self.claimed.add(key)
        return key

    def fresh(self, wish: str) -> str:
        """A new identifier that is no original's."""
        unique, n = wish, 1
        while unique in self.used:
            n += 1
            unique = f"{wish}_{n}"
        self.used.add(unique)
        return unique


def bpmn_ids() -> IdMaker:
    """Identifiers BPMN accepts (XML NCNames: no ':' and no leading digit)."""
    return IdMaker(_NCNAME, "_id")
