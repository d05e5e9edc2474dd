"""`blueprint-studio simulate`: run a blueprint's scenario headless and print the KPIs (a table,
or JSON), with a progress bar on stderr and, on request, the event log as CSV or XES.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from model.fileformat import load
from model.sim import SimulationSettings
from model.sim.replications import CompileFailed, compile_for, replicate

_UNITS = {"m": 1.0, "min": 1.0, "h": 60.0, "d": 1440.0, "w": 10080.0}


class UsageError(Exception):
    pass


def duration(text: str) -> float:
    """'30d', '12h', '90m', '2w' or a plain number of days -> minutes."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(m|min|h|d|w)?\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a duration: use a number with m, h, d or w (e.g. 30d)")
    return float(match.group(1)) * _UNITS[match.group(2) or "d"]


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value


def add_parser(sub: Any) -> None:
    p = sub.add_parser("simulate", help="run a scenario and print the KPIs",
                       description="Exit status: 0 done, 1 validation errors, 2 unreadable file or bad arguments.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--scenario", metavar="NAME", help="scenario id or name (default: the first, if any)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--tickets", type=positive_int, metavar="N", help="stop arrivals after N tickets")
    group.add_argument("--horizon", type=duration, metavar="DURATION", help="simulated time, e.g. 30d")
    p.add_argument("--warmup", type=duration, metavar="DURATION", help="excluded from statistics, e.g. 2d")
    p.add_argument("--replications", type=positive_int, metavar="R")
    p.add_argument("--seed", type=int, metavar="S")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--log", metavar="FILE", help="write replication 1's event log (.csv or .xes)")


def pick_scenario(blueprint, name: str | None):
    """The scenario named (by id or name), the first one when no name is given, or None."""
    if name is None:
        return blueprint.scenarios[0] if blueprint.scenarios else None
    scenario = next((s for s in blueprint.scenarios if name in (s.id, s.name)), None)
    if scenario is None:
        names = ", ".join(s.name or s.id for s in blueprint.scenarios) or "none"
        raise UsageError(f"no scenario '{name}' in this blueprint (scenarios: {names})")
    return scenario


def _settings(args: argparse.Namespace, blueprint) -> tuple[str | None, SimulationSettings]:
    scenario = pick_scenario(blueprint, args.scenario)
    base = SimulationSettings.from_scenario(scenario) if scenario else SimulationSettings()
    changes: dict[str, Any] = {}
    if args.tickets is not None:
        changes.update(tickets=args.tickets, horizon_minutes=None)
    if args.horizon is not None:
        changes.update(horizon_minutes=args.horizon, tickets=None)
    for name, key in (("warmup", "warmup_minutes"), ("replications", "replications"), ("seed", "seed")):
        if getattr(args, name) is not None:
            changes[key] = getattr(args, name)
    try:
        return (scenario.id if scenario else None), base.with_(**changes)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


@contextmanager
def progress_bar() -> Iterator[Callable[[float], None]]:
    """A bar on stderr (hidden when stderr is not a terminal); yields the fraction callback."""
    from tqdm import tqdm
    bar = tqdm(total=100, unit="%", file=sys.stderr, leave=False, dynamic_ncols=True,
               disable=None, bar_format="{l_bar}{bar}| {elapsed}<{remaining}")
    done = [0]

    def update(fraction: float) -> None:
        step = int(fraction * 100) - done[0]
        if step > 0:
            bar.update(step)
            done[0] += step
    try:
        yield update
    finally:
        bar.close()


def print_errors(diagnostics) -> None:
    from app.messages import diagnostic_text
    for d in diagnostics:
        print(f"error: {d.code} [{', '.join(d.ids)}]: {diagnostic_text(d)}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from app.messages import kpi_figure, kpi_label, percent, tr
    blueprint = load(args.file)
    scenario_id, settings = _settings(args, blueprint)
    try:
        model = compile_for(blueprint, scenario_id)
    except CompileFailed as failed:
        print_errors(failed.diagnostics)
        print(f"{args.file}: cannot simulate, {len(failed.diagnostics)} validation error(s)", file=sys.stderr)
        return 1
    log = None
    if args.log:
        from export.eventlog import open_event_log
        log = open_event_log(args.log, [f.name for f in blueprint.fields])
    try:
        with progress_bar() as progress:
            result = replicate(model, settings, progress=progress, event_log=log)
    finally:
        if log is not None:
            log.close()
    if args.json:
        print(json.dumps(result.to_dict() | {"scenario": scenario_id, "replications": settings.replications,
                                             "seed": settings.seed}, ensure_ascii=False, indent=1))
        return 0
    ci = settings.replications > 1
    figures = {k: kpi_figure(k, v["mean"], v["ci_low"], v["ci_high"]) for k, v in result.summary.items()}
    rows = [(kpi_label(k), f.value, f.half if ci else "") for k, f in figures.items()]
    width = max(len(r[0]) for r in rows)
    print(f"{blueprint.meta.title or args.file} — {settings.replications} replication(s), seed {settings.seed}")
    for label, value, half in rows:
        print(f"  {label:<{width}}  {value:>12}  {half}")
    print(f"  {tr('Utilisation')}: " + ", ".join(f"{pool} {percent(v['utilisation']['mean'])}"
                                             for pool, v in result.pools.items()))
    return 0
