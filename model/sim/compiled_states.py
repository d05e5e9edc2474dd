"""The ticket-field states of a model for the compiled event loop (model/sim/_core.c): every
combination of the choice and yes/no fields, `responded` and `satisfied`, and the tables over them
(conditions, guards, rules, ranks, field changes), kept for a model's next runs. No packing here.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Callable
from itertools import product
from typing import Any

from blueprint_studio.model.flow import FlowModel

MAX_STATES = 1 << 14


class Unsupported(Exception):
    """The model uses something only the Python loop does."""


class States:
    """The finite set of ticket-field states of one model, and the tables over it (conditions,
    guards, rules, ranks, field changes). Built once per model and kept for its next runs: they
    do not depend on the seed, and with thousands of states they cost more than a short run.

    State variables, least significant first: responded, satisfied, yes/no fields, then the
    choice fields (most significant), so that state // cell_divisor is the statistics cell."""

    def __init__(self, model: FlowModel) -> None:
        variables: list[tuple[str, tuple]] = [("responded", (False, True)), ("satisfied", (False, True))]
        constants: dict[str, Any] = {}
        for f in model.fields:
            if f.type == "boolean":
                variables.append((f.name, (False, True)))
            elif f.type == "number":
                if f.distribution is not None:
                    raise Unsupported("a number drawn at arrival")
                constants[f.name] = 0.0
            elif f.type == "text":
                constants[f.name] = ""
        self.cell_divisor = 1
        for _, values in variables:
            self.cell_divisor *= len(values)
        self.variables = variables + [(f.name, tuple(f.values)) for f in model.fields if f.type == "choice"]
        self.multipliers: dict[str, int] = {}
        size = 1
        for name, values in self.variables:
            self.multipliers[name] = size
            size *= len(values)
        if size > MAX_STATES:
            raise Unsupported("too many combinations of field values")
        self.n_states = size
        self.n_cells = size // self.cell_divisor
        # Each state's fields, keys in the engine's order (built-ins, then the schema's fields),
        # as event logs show them. product() counts with its last argument fastest: reversed
        # variables give state order.
        order = ["responded", "satisfied"] + [f.name for f in model.fields]
        self.field_dicts: list[dict[str, Any]] = []
        for digits in product(*(range(len(v)) for _, v in reversed(self.variables))):
            fields = dict(constants)
            for (name, values), digit in zip(reversed(self.variables), digits):
                fields[name] = values[digit]
            self.field_dicts.append({name: fields[name] for name in order})
        self.tables: list[list[int]] = []
        self.table_index: dict[tuple, int] = {}
        self._packed: tuple[int, bytes] = (0, b"")

    def values_of(self, name: str) -> tuple | None:
        return next((values for n, values in self.variables if n == name), None)

    def state_of(self, fields: dict[str, Any]) -> int:
        return sum(self.multipliers[name] * values.index(fields[name]) for name, values in self.variables)

    def table(self, key: tuple, make: Callable[[dict[str, Any]], int]) -> int:
        index = self.table_index.get(key)
        if index is None:
            try:
                column = [int(make(fields)) for fields in self.field_dicts]
            except Exception as error:  # a predicate that cannot run on every state
                raise Unsupported(str(error)) from error
            index = self.table_index[key] = len(self.tables)
            self.tables.append(column)
        return index

    def packed(self) -> bytes:
        """Every table, one after the other, as C ints (kept until a table is added)."""
        if self._packed[0] != len(self.tables):
            self._packed = (
                len(self.tables),
                array("i", [v for column in self.tables for v in column]).tobytes(),
            )
        return self._packed[1]


_recent: list[tuple[FlowModel, States | None]] = []  # the last few models run, newest last
tables_lock = threading.Lock()  # one layout at a time: a model's tables are shared


def states_for(model: FlowModel) -> States:
    """The model's states and tables, from the last runs when it is the same model object."""
    for known, states in _recent:
        if known is model:
            if states is None:
                raise Unsupported("seen before")
            return states
    try:
        states = States(model)
    except Unsupported:
        states = None
    _recent.append((model, states))
    del _recent[:-4]
    if states is None:
        raise Unsupported("number fields or too many field combinations")
    return states
