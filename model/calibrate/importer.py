"""The calibration's front door for the command line and the window: read an export of any kind
(CSV with a mapping or a preset, the product's CSV or XES event log), and add the calibrated
scenario to a blueprint (a new one, or in place of one of the same id).
"""

from __future__ import annotations

import os
from pathlib import Path

from blueprint_studio.model.calibrate.columns import Mapping, preset_mapping
from blueprint_studio.model.calibrate.mapping import Calibration, calibrate
from blueprint_studio.model.calibrate.reader import (
    CalibrationCancelled,
    Cancel,
    Progress,
    read_bytes,
    read_csv,
    read_header,
)
from blueprint_studio.model.calibrate.tickets import TicketLog
from blueprint_studio.model.schema import Blueprint, Scenario
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP, translate

SCENARIO_NAME = QT_TRANSLATE_NOOP("Calibration", "Calibrated from {source}")


def is_xes(path: str | os.PathLike[str]) -> bool:
    if str(path).lower().endswith(".xes"):
        return True
    head = read_bytes(path)[0][:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<?xml") or head.startswith(b"<log")


def read_export(
    path: str | os.PathLike[str],
    mapping: Mapping | None = None,
    preset: str | None = None,
    encoding: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> TicketLog:
    """The tickets of the export at `path`: XES by its content, else CSV read with `mapping`, or
    the `preset`'s columns, or the mapping guessed from the header."""
    if is_xes(path):
        from blueprint_studio.model.calibrate.xes import read_xes

        return read_xes(path)
    if mapping is None and preset is not None:
        header, _ = read_header(path, encoding)
        mapping = preset_mapping(preset, header)
    return read_csv(path, mapping, encoding, progress, cancel)


def scenario_id_for(blueprint: Blueprint, base: str = "sc_calibrated") -> str:
    """A scenario id no element of the blueprint holds (ids are unique across every kind)."""
    collections = ("lanes", "stages", "calendars", "nodes", "edges", "sla", "scenarios", "cards")
    taken = {item.id for name in collections for item in getattr(blueprint, name)}
    taken |= {pool.id for pool in blueprint.all_pools()}
    if base not in taken:
        return base
    k = 2
    while f"{base}_{k}" in taken:
        k += 1
    return f"{base}_{k}"


def calibrated_scenario(
    blueprint: Blueprint, calibration: Calibration, scenario_id: str | None = None, name: str | None = None
) -> Scenario:
    """The calibrated scenario for `blueprint`: the settings of the scenario it replaces (same
    id), else of the blueprint's first scenario, with the fitted values; named in the
    document's language."""
    existing = next((s for s in blueprint.scenarios if s.id == scenario_id), None)
    base = existing or (blueprint.scenarios[0] if blueprint.scenarios else None)
    new_id = scenario_id or scenario_id_for(blueprint)
    if name is None:
        if existing is not None:
            name = existing.name
        else:
            source = Path(calibration.source).name or calibration.source
            name = translate("Calibration", SCENARIO_NAME, blueprint.meta.language).format(source=source)
    return calibration.scenario(new_id, name[:500], base)


def with_scenario(blueprint: Blueprint, scenario: Scenario) -> Blueprint:
    """The blueprint with `scenario` added, or in place of the one of the same id."""
    scenarios = list(blueprint.scenarios)
    for k, s in enumerate(scenarios):
        if s.id == scenario.id:
            scenarios[k] = scenario
            break
    else:
        scenarios.append(scenario)
    return Blueprint.model_validate(
        {**blueprint.model_dump(), "scenarios": [s.model_dump() for s in scenarios]}
    )


def calibrate_file(
    blueprint: Blueprint,
    path: str | os.PathLike[str],
    mapping: Mapping | None = None,
    preset: str | None = None,
    encoding: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Calibration:
    """Read and fit; `progress` hears the share done (reading is most of it), `cancel` stops it."""
    log = read_export(
        path, mapping, preset, encoding, (lambda f: progress(0.9 * f)) if progress else None, cancel
    )
    if cancel is not None and cancel():
        raise CalibrationCancelled()
    result = calibrate(log, blueprint)
    if progress is not None:
        progress(1.0)
    return result
