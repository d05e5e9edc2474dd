"""Validation of calibrated scenarios: fitted values that point at elements deleted since the
calibration (an intake's arrival rates, a step's or wait's duration, a branch's share, a choice
field's mix) are ignored by the compiler (calibrate/overrides.py); this says so, as a warning
naming the scenario and how many of each kind are gone. Imports only the schema, like overrides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from blueprint_studio.model.validation import Analysis


def check_calibrations(a: Analysis) -> None:
    bp = a.blueprint
    kinds = {n.id: n.kind for n in bp.nodes}
    edges = {e.id for e in bp.edges if e.kind == "flow"}
    fields = {f.name for f in bp.fields if f.type == "choice"}
    for scenario in bp.scenarios:
        intakes = sum(1 for k in scenario.intake_rates if kinds.get(k) != "intake")
        steps = sum(1 for k in scenario.durations if kinds.get(k) not in ("step", "wait"))
        branches = sum(1 for k in scenario.edge_shares if k not in edges)
        mixes = sum(1 for k in scenario.field_weights if k not in fields)
        if intakes or steps or branches or mixes:
            a.report(
                "calibration_stale",
                (scenario.id,),
                intakes=intakes,
                steps=steps,
                branches=branches,
                fields=mixes,
            )
