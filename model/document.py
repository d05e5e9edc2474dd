"""`Document`: the one mutator of a blueprint. It swaps immutable elements, bumps a revision and
emits an event carrying element ids, last, once the state is consistent.

It knows nothing of undo or Qt: commands in `canvas/` call it and hold the `Placed` records it
returns so that undo can put elements back where they were. It takes no element the schema would
refuse, so every document it holds saves and reopens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

from blueprint_studio.model.schema import (
    LIMITS,
    NODE_CLASSES,
    Blueprint,
    Calendar,
    Edge,
    Lane,
    Meta,
    Pool,
    Scenario,
    SlaPolicy,
    StaffingTargets,
    Stage,
    TicketCard,
    TicketField,
)

COLLECTIONS = (
    "lanes",
    "stages",
    "pools",
    "calendars",
    "nodes",
    "edges",
    "fields",
    "sla",
    "scenarios",
    "cards",
)
_COLLECTION_OF: dict[type, str] = {
    Lane: "lanes",
    Stage: "stages",
    Pool: "pools",
    Calendar: "calendars",
    Edge: "edges",
    TicketField: "fields",
    SlaPolicy: "sla",
    Scenario: "scenarios",
    TicketCard: "cards",
    **{cls: "nodes" for cls in NODE_CLASSES.values()},
}
EventKind = Literal["added", "removed", "changed", "meta", "reset"]
ElementT = TypeVar("ElementT", bound=BaseModel)


def validated_copy(element: ElementT, **changes: Any) -> ElementT:
    """`element` with `changes`, rebuilt through the schema so that its bounds and cross-field
    validators apply (`model_copy(update=…)` checks nothing); raises pydantic's ValidationError
    (a ValueError) when the schema refuses it. The one way to make a changed element."""
    # A draft made by model_copy(update=…) may hold plain values (a dict for a pool): they are
    # validated here, so pydantic's serializer need not warn that they are not models yet.
    return type(element).model_validate({**element.model_dump(warnings=False), **changes})


def collection_of(element: Any) -> str:
    try:
        return _COLLECTION_OF[type(element)]
    except KeyError:
        raise TypeError(f"{type(element).__name__} is not a blueprint element") from None


def key_of(element: Any) -> str:
    """Elements are addressed by id; ticket fields, which have none, by name."""
    return element.name if isinstance(element, TicketField) else element.id


@dataclass(frozen=True)
class Placed:
    """Where an element stood: enough for undo to restore it at the same index."""

    collection: str
    index: int
    element: Any


@dataclass(frozen=True)
class DocumentEvent:
    kind: EventKind
    ids: tuple[str, ...]
    revision: int


@dataclass
class _Pending:
    kinds: dict[str, list[str]] = field(default_factory=dict)

    def note(self, kind: str, ids: Iterable[str]) -> None:
        self.kinds.setdefault(kind, []).extend(ids)


class Document:
    """Holds the current `Blueprint`; every change goes through a method here."""

    def __init__(self, blueprint: Blueprint | None = None) -> None:
        self._blueprint = blueprint if blueprint is not None else Blueprint()
        self._revision = 0
        self._listeners: list[Callable[[DocumentEvent], None]] = []
        self._index: dict[tuple[str, str], int] | None = None
        self._pending: _Pending | None = None
        self._depth = 0

    # ------------------------------------------------------------ reading
    @property
    def blueprint(self) -> Blueprint:
        return self._blueprint

    @property
    def revision(self) -> int:
        return self._revision

    def _positions(self) -> dict[tuple[str, str], int]:
        if self._index is None:
            self._index = {
                (name, key_of(el)): i
                for name in COLLECTIONS
                for i, el in enumerate(getattr(self._blueprint, name))
            }
        return self._index

    def find(self, key: str, collection: str | None = None) -> Placed | None:
        names = (collection,) if collection else COLLECTIONS
        positions = self._positions()
        for name in names:
            index = positions.get((name, key))
            if index is not None:
                return Placed(name, index, getattr(self._blueprint, name)[index])
        return None

    def element(self, key: str, collection: str | None = None) -> Any:
        placed = self.find(key, collection)
        return placed.element if placed else None

    def edges_of(self, node_ids: Iterable[str]) -> list[Edge]:
        ids = set(node_ids)
        return [e for e in self._blueprint.edges if e.source in ids or e.target in ids]

    # ------------------------------------------------------------ observing
    def subscribe(self, listener: Callable[[DocumentEvent], None]) -> Callable[[], None]:
        """Call `listener` after each change; returns a function that unsubscribes it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group changes: one revision and one event per kind, emitted when the batch closes."""
        if self._depth == 0:
            self._pending = _Pending()
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                pending, self._pending = self._pending, None
                if pending and pending.kinds:
                    self._emit(pending)

    def _changed(self, kind: EventKind, ids: Iterable[str]) -> None:
        with self.batch():
            assert self._pending is not None
            self._pending.note(kind, ids)

    def _emit(self, pending: _Pending) -> None:
        self._revision += 1
        for kind in ("reset", "meta", "removed", "added", "changed"):
            if kind in pending.kinds:
                event = DocumentEvent(kind, tuple(dict.fromkeys(pending.kinds[kind])), self._revision)
                for listener in list(self._listeners):
                    listener(event)

    def _set(self, **collections: Any) -> None:
        # Every element was validated on its way in and the blueprint-wide rules (unique keys,
        # collection sizes) are checked by the mutators, so the blueprint is not validated again
        # as a whole: that would cost a pass over every element at each change.
        self._blueprint = self._blueprint.model_copy(update=collections)
        self._index = None

    # ------------------------------------------------------------ changing
    def reset(self, blueprint: Blueprint) -> None:
        self._blueprint = blueprint
        self._index = None
        self._changed("reset", ())

    def set_meta(self, meta: Meta) -> None:
        self._set(meta=validated_copy(meta))
        self._changed("meta", ())

    def set_targets(self, targets: StaffingTargets) -> None:
        """The staffing targets (document-level, like `meta`): a "meta" event with id "targets"."""
        self._set(targets=validated_copy(targets))
        self._changed("meta", ("targets",))

    def add(self, element: Any, index: int | None = None) -> Placed:
        """Insert a validated copy of `element` (raises ValueError when the schema refuses it)."""
        name = collection_of(element)
        element = validated_copy(element)
        items = list(getattr(self._blueprint, name))
        self._check_new_key(name, key_of(element))
        self._check_lane_pool(element, None)
        if len(items) >= LIMITS[name]:
            raise ValueError(f"a blueprint holds at most {LIMITS[name]} {name}")
        index = len(items) if index is None else max(0, min(index, len(items)))
        items.insert(index, element)
        self._set(**{name: items})
        self._changed("added", (key_of(element),))
        return Placed(name, index, element)

    def insert(self, placed: Sequence[Placed]) -> None:
        """Put back removed elements at their old indexes (ascending, so each index is right)."""
        with self.batch():
            for item in sorted(placed, key=lambda p: (COLLECTIONS.index(p.collection), p.index)):
                self.add(item.element, item.index)

    def remove(self, keys: Iterable[str]) -> list[Placed]:
        """Remove elements, and the edges attached to removed nodes; returns what stood where."""
        keys = list(dict.fromkeys(keys))
        node_ids = {k for k in keys if self.find(k, "nodes")}
        keys += [e.id for e in self.edges_of(node_ids) if e.id not in keys]
        removed = [p for p in (self.find(k) for k in keys) if p is not None]
        if not removed:
            return []
        gone = {(p.collection, key_of(p.element)) for p in removed}
        updates = {
            name: [el for el in getattr(self._blueprint, name) if (name, key_of(el)) not in gone]
            for name in {p.collection for p in removed}
        }
        self._set(**updates)
        self._changed("removed", [key_of(p.element) for p in removed])
        return sorted(removed, key=lambda p: (COLLECTIONS.index(p.collection), p.index))

    def replace(self, element: Any, old_key: str | None = None) -> Any:
        """Swap the element with the same key (or `old_key`, to rename) for a validated copy of
        `element`; returns the old one. Raises ValueError when the schema refuses it."""
        name = collection_of(element)
        element = validated_copy(element)
        key = old_key if old_key is not None else key_of(element)
        placed = self.find(key, name)
        if placed is None:
            raise KeyError(f"no {name[:-1]} '{key}'")
        if key_of(element) != key:
            self._check_new_key(name, key_of(element))
        self._check_lane_pool(element, placed.element)
        items = list(getattr(self._blueprint, name))
        items[placed.index] = element
        self._set(**{name: items})
        self._changed("changed", (key, key_of(element)) if key != key_of(element) else (key,))
        return placed.element

    def update(self, key: str, **changes: Any) -> Any:
        """Replace an element by a validated copy with `changes`; returns the old element."""
        old = self.element(key)
        if old is None:
            raise KeyError(f"no element '{key}'")
        return self.replace(old.model_copy(update=changes))  # replace validates it, once

    def move(self, key: str, index: int) -> int:
        """Reorder within its collection (lanes, stages); returns the former index."""
        placed = self.find(key)
        if placed is None:
            raise KeyError(f"no element '{key}'")
        items = list(getattr(self._blueprint, placed.collection))
        items.insert(max(0, min(index, len(items) - 1)), items.pop(placed.index))
        self._set(**{placed.collection: items})
        self._changed("changed", (key,))
        return placed.index

    def _check_new_key(self, name: str, key: str) -> None:
        if name == "fields":
            taken = self.find(key, "fields") is not None
        else:
            taken = any(self.find(key, c) for c in COLLECTIONS if c != "fields") or any(
                pool.id == key for pool in self._blueprint.all_pools()
            )
        if taken:
            raise ValueError(f"'{key}' is already used")

    def _check_lane_pool(self, element: Any, old: Any) -> None:
        """A lane's own pool shares the ids of every element and pool (the blueprint refuses a file
        where one is used twice): a new id for it must be free, and not the lane's own."""
        pool = getattr(element, "pool", None) if isinstance(element, Lane) else None
        if pool is None:
            return
        old_pool = getattr(old, "pool", None)
        if pool.id == element.id:
            raise ValueError(f"'{pool.id}' is already used")
        if old_pool is None or old_pool.id != pool.id:
            self._check_new_key("pools", pool.id)

    def new_id(self, prefix: str) -> str:
        """An id not yet used, such as `step_12`."""
        n = 1
        while self.find(f"{prefix}_{n}") is not None or any(
            p.id == f"{prefix}_{n}" for p in self._blueprint.all_pools()
        ):
            n += 1
        return f"{prefix}_{n}"
