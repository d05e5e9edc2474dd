"""`blueprint-studio simulate`: run a blueprint's scenario headless and print the KPIs (a table,
or JSON), with a progress bar on stderr and, on request, the event log as CSV or XES. A run
whose estimated cost is too large is refused unless forced; how a run ended is always said.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from blueprint_studio.app.cli import EXIT_ERRORS, use_document_language
from blueprint_studio.app.cli.words import os_reason_words, quoted_names, validation_errors
from blueprint_studio.app.cli.words import say as say_cli
from blueprint_studio.app.shell.i18n import language
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.cost import run_cost
from blueprint_studio.model.sim.replications import CompileFailed, compile_for, replicate
from blueprint_studio.model.texts import is_plural
from blueprint_studio.model.words import counted

_UNITS = {"m": 1.0, "min": 1.0, "h": 60.0, "d": 1440.0, "w": 10080.0}
EXIT_NOT_USABLE = 3  # the run went through, but measured nothing or was stopped as unstable

# Words of this command (the catalogue's context "SimulateCommand")
TEXTS = {
    "header": QT_TRANSLATE_NOOP(
        "SimulateCommand", "{title} — scenario {scenario}, {replications}, seed {seed}"
    ),
    "no_scenario": QT_TRANSLATE_NOOP("SimulateCommand", "default settings"),
    "horizon": QT_TRANSLATE_NOOP("SimulateCommand", "Horizon {horizon}, warm-up: {warmup}"),
    # --tickets counts new contacts: the tickets arrived and the contacts resolved by self-service
    # (deflected), not follow-ups; the table's "Tickets arrived" leaves the deflected out.
    "tickets": QT_TRANSLATE_NOOP("SimulateCommand", "{tickets} new contacts measured, warm-up: {warmup}"),
    "ticket": QT_TRANSLATE_NOOP("SimulateCommand", "{tickets} new contact measured, warm-up: {warmup}"),
    "compiled": QT_TRANSLATE_NOOP("SimulateCommand", "event loop: compiled"),
    "python": QT_TRANSLATE_NOOP("SimulateCommand", "event loop: Python (slower)"),
    "too_large": QT_TRANSLATE_NOOP(
        "SimulateCommand",
        "This run would cost about {steps} ticket steps ({tickets} × {nodes} × {replications}), more than the {limit} run without --force. Ask for fewer tickets, a shorter horizon or fewer replications, or add --force.",  # noqa: E501
    ),
    "no_warmup": QT_TRANSLATE_NOOP("SimulateCommand", "no warm-up"),
    "failed": QT_TRANSLATE_NOOP(
        "SimulateCommand",
        "The simulation could not be computed: {reason}. Check the durations and rates of the blueprint.",
    ),
    "out_of_memory": QT_TRANSLATE_NOOP("SimulateCommand", "not enough memory"),
    "overflow": QT_TRANSLATE_NOOP("SimulateCommand", "a number too large"),
    "log_unwritable": QT_TRANSLATE_NOOP("SimulateCommand", "cannot write the event log “{name}”: {reason}"),
}


def say(key: str, **params: Any) -> str:
    return QCoreApplication.translate("SimulateCommand", TEXTS[key]).format(**params)


class UsageError(Exception):
    pass


def duration(text: str) -> float:
    """'30d', '12h', '90m', '2w' or a plain number of days -> minutes."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(m|min|h|d|w)?\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a duration: use a number with m, h, d or w (e.g. 30d)"
        )
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
    p = sub.add_parser(
        "simulate",
        help="run a scenario and print the KPIs",
        description="Exit status: 0 done, 1 validation errors, 2 unreadable file, bad "
        "arguments or a run too large without --force, 3 the run measured "
        "no ticket or was stopped as unstable.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--scenario", metavar="NAME", help="scenario id or name (default: the first, if any)")
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--tickets",
        type=positive_int,
        metavar="N",
        help="measure N new contacts (arriving after the warm-up: the tickets, and the contacts "
        "resolved by self-service), then let them finish",
    )
    group.add_argument("--horizon", type=duration, metavar="DURATION", help="simulated time, e.g. 30d")
    p.add_argument("--warmup", type=duration, metavar="DURATION", help="excluded from statistics, e.g. 2d")
    p.add_argument("--replications", type=positive_int, metavar="R")
    p.add_argument("--seed", type=int, metavar="S")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--log", metavar="FILE", help="write replication 1's event log (.csv or .xes)")
    p.add_argument("--force", action="store_true", help="run even when the estimated cost is over the limit")
    p.add_argument("--lang", choices=("fr", "en"), help="language of the messages (default: the document's)")


def _loose(text: str) -> str:
    """A name as a shell user types it: French typography's no-break spaces and curly apostrophes
    as plain ones (NFKC), spaces collapsed, case ignored."""
    return " ".join(unicodedata.normalize("NFKC", text).replace("\u2019", "'").split()).casefold()


def pick_scenario(blueprint, name: str | None):
    """The scenario named (by id or name), the first one when no name is given, or None."""
    if name is None:
        return blueprint.scenarios[0] if blueprint.scenarios else None
    scenario = next((s for s in blueprint.scenarios if name in (s.id, s.name)), None)
    if scenario is None:  # as typed in a shell: plain spaces and apostrophes, any case
        loose = [s for s in blueprint.scenarios if _loose(name) in (_loose(s.id), _loose(s.name))]
        scenario = loose[0] if len(loose) == 1 else None
    if scenario is None:
        names = quoted_names((s.name or s.id for s in blueprint.scenarios), language())
        raise UsageError(say_cli("no_scenario", language(), name=name, names=names))
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
    horizon = changes.get("horizon_minutes", base.horizon_minutes)
    if horizon is not None and changes.get("warmup_minutes", base.warmup_minutes) >= horizon:
        raise UsageError(say_cli("warmup_too_long", language()))
    try:
        return (scenario.id if scenario else None), base.with_(**changes)
    except ValueError as exc:  # the arguments' own types refuse the rest first
        raise UsageError(str(exc)) from None


@contextmanager
def progress_bar() -> Iterator[Callable[[float], None]]:
    """A bar on stderr (hidden when stderr is not a terminal); yields the fraction callback."""
    from tqdm import tqdm

    bar = tqdm(
        total=100,
        unit="%",
        file=sys.stderr,
        leave=False,
        dynamic_ncols=True,
        disable=None,
        bar_format="{l_bar}{bar}| {elapsed}<{remaining}",
    )
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
    from blueprint_studio.app.shell.messages import (
        diagnostic_line,  # words naming the elements, no code or id
    )

    for d in diagnostics:
        print(diagnostic_line(d), file=sys.stderr)


def cannot_simulate(path: str, failed: CompileFailed) -> int:
    """Say on stderr why the document at `path` cannot be simulated (its validation errors); the
    exit status to return."""
    print_errors(failed.diagnostics)
    lang = language()
    errors = validation_errors(len(failed.diagnostics), lang)
    print(say_cli("cannot_simulate", lang, file=path, errors=errors), file=sys.stderr)
    return EXIT_ERRORS


def print_warnings(diagnostics) -> None:
    from blueprint_studio.app.shell.messages import diagnostic_line

    for d in diagnostics:
        if not d.is_error:
            print(diagnostic_line(d), file=sys.stderr)


def _duration_text(minutes: float) -> str:
    from blueprint_studio.app.shell.kpi_words import kpi_value

    return kpi_value("resolution_elapsed_mean", minutes)


def check_cost(model, settings: SimulationSettings) -> None:
    """Refuse (UsageError, exit 2) a run whose estimated cost is over the limit."""
    from blueprint_studio.app.shell.kpi_words import number_style

    cost = run_cost(model, settings)
    if cost.too_large:
        style = number_style()
        raise UsageError(
            say(
                "too_large",
                steps=style.magnitude(cost.steps),
                tickets=counted("ticket", cost.tickets, language(), style.number(cost.tickets, 0)),
                nodes=counted("node", cost.nodes, language()),
                replications=counted(
                    "replication", cost.replications, language(), style.number(cost.replications, 0)
                ),
                limit=style.magnitude(cost.limit),
            )
        )


def header(blueprint, scenario, settings: SimulationSettings, event_loop: str) -> list[str]:
    """What ran: the document, scenario (by name), replications and seed; horizon or new contacts
    and warm-up; which event loop."""
    from blueprint_studio.app.shell.kpi_words import number_style

    name = (scenario.name or scenario.id) if scenario is not None else say("no_scenario")
    warmup = _duration_text(settings.warmup_minutes) if settings.warmup_minutes else say("no_warmup")
    span = (
        say("horizon", horizon=_duration_text(settings.horizon_minutes), warmup=warmup)
        if settings.horizon_minutes is not None
        else say(
            "tickets" if is_plural(settings.tickets or 0, language()) else "ticket",
            tickets=number_style().number(float(settings.tickets or 0), 0),
            warmup=warmup,
        )
    )
    return [
        say(
            "header",
            title=blueprint.meta.title or "—",
            scenario=name,
            replications=counted("replication", settings.replications, language()),
            seed=settings.seed,
        ),
        "  " + say_cli("span_and_loop", language(), span=span, loop=say(event_loop)),
    ]


def _run(model, settings: SimulationSettings, log_path: str | None, field_names: list[str]):
    """Replicate with a progress bar; an arithmetic or memory failure becomes a UsageError-like
    message (exit 3), never a traceback."""
    log = None
    if log_path:
        from blueprint_studio.export.eventlog import open_event_log

        try:
            log = open_event_log(log_path, field_names)
        except OSError as exc:  # a folder, a missing folder, no permission: said, before the run
            raise UsageError(
                say(
                    "log_unwritable",
                    name=Path(log_path).name or log_path,
                    reason=os_reason_words(exc, language()),
                )
            ) from None
    try:
        with progress_bar() as progress:
            return replicate(model, settings, progress=progress, event_log=log)
    except MemoryError:
        raise RunFailed(say("failed", reason=say("out_of_memory"))) from None
    except (OverflowError, ZeroDivisionError, ValueError):
        raise RunFailed(say("failed", reason=say("overflow"))) from None  # not Python's English
    finally:
        if log is not None:
            log.close()


class RunFailed(Exception):
    pass


def run(args: argparse.Namespace) -> int:
    blueprint = load(args.file)
    use_document_language(args, blueprint)
    scenario_id, settings = _settings(args, blueprint)
    scenario = next((s for s in blueprint.scenarios if s.id == scenario_id), None)
    try:
        model = compile_for(blueprint, scenario_id)
    except CompileFailed as failed:
        return cannot_simulate(args.file, failed)
    from blueprint_studio.model.validation import validate

    print_warnings(validate(blueprint))
    if not args.force:
        check_cost(model, settings)
    try:
        result = _run(model, settings, args.log, [f.name for f in blueprint.fields])
    except RunFailed as failed:
        print(f"blueprint-studio: {failed}", file=sys.stderr)
        return EXIT_NOT_USABLE
    names = {n.id: n.title or n.id for n in blueprint.nodes}
    if args.json:
        print(
            json.dumps(
                result.to_dict()
                | {
                    "scenario": scenario_id,
                    "scenario_name": scenario.name if scenario else None,
                    "replications": settings.replications,
                    "seed": settings.seed,
                    "horizon_minutes": settings.horizon_minutes,
                    "tickets": settings.tickets,
                    "warmup_minutes": settings.warmup_minutes,
                    "event_loop": result.event_loop,
                },
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        print("\n".join(header(blueprint, scenario, settings, result.event_loop)))
        print_table(result, settings, {p.id: p.name or p.id for p in blueprint.all_pools()})
        print_ladders(result, blueprint)
        print_notifications(result)
        print_approvals(result, blueprint)
        print_transfers(result)
        print_agents(result, {p.id: p.name or p.id for p in blueprint.all_pools()})
    return _report_end(result, names)


def print_agents(result, pool_names: dict[str, str]) -> None:
    """The agent leaderboard as a short table: a heading, the columns' names, then one line per
    named agent by name, most tickets resolved first (model/agent_words.py, as the window and the
    PDF have it); nothing when the run had no named agents."""
    if not result.agents:
        return
    from blueprint_studio.model import agent_words

    lang = language()
    w = agent_words.words(lang)
    keys = ("agent", "pool", *agent_words.COLUMNS)
    rows = agent_words.sorted_rows(agent_words.rows(result.agents, pool_names, lang), "resolved")

    def cell(row: dict[str, Any], key: str) -> str:
        value = row[key]
        return value if isinstance(value, str) else agent_words.figure_text(key, value, lang)

    table = [[w[f"col.{key}"] for key in keys]] + [[cell(row, key) for key in keys] for row in rows]
    widths = [max(len(line[c]) for line in table) for c in range(len(keys))]
    print("  " + w["heading"])
    for line in table:
        cells = [
            cell.ljust(width) if c < 2 else cell.rjust(width)  # names left, figures right
            for c, (cell, width) in enumerate(zip(line, widths, strict=True))
        ]
        print("    " + "  ".join(cells).rstrip())


def print_ladders(result, blueprint) -> None:
    """One line per escalation ladder: its warnings, breaches, notifications, priorities raised
    and re-assignments, by its policy's or step's name (model/ladder_words.py)."""
    if not result.ladder:
        return
    from blueprint_studio.model import ladder_words

    lang = language()
    names = ladder_words.trigger_names(blueprint, lang)
    for key, figures in result.ladder.items():
        print("  " + ladder_words.figures_line(names.get(key, "—"), figures.table(), lang))


def print_approvals(result, blueprint) -> None:
    """One line per link that needs an approval: asked, granted, rejected, by the link's name
    (model/approval_words.py); nothing without approvals."""
    if not result.approvals:
        return
    from blueprint_studio.model import approval_words

    lang = language()
    edges = {e.id: e for e in blueprint.edges}
    for edge_id, figures in result.approvals.items():
        if edge_id in edges:
            print("  " + approval_words.figures_line(edges[edge_id], blueprint, figures, lang))


def print_transfers(result) -> None:
    """One line per reason given to re-assignments: its transfers (model/approval_words.py)."""
    if not result.transfers:
        return
    from blueprint_studio.model import approval_words
    from blueprint_studio.model.words import number

    lang = language()
    line = approval_words.words(lang)["transfer"]
    for reason, cell in result.transfers.items():
        print("  " + line.format(reason=reason, count=number(round(cell.mean, 1), lang)))


def print_notifications(result) -> None:
    """One line: the notifications of steps' and transitions' Notify actions, per role as typed
    (model/notify_words.py); nothing when nothing notified anybody."""
    if not result.notifications:
        return
    from blueprint_studio.model import notify_words

    lang = language()
    print("  " + notify_words.line(result.notifications, lang))


def print_table(result, settings: SimulationSettings, pool_names: dict[str, str]) -> None:
    from blueprint_studio.app.shell.kpi_words import kpi_figure, kpi_label, percent

    ci = settings.replications > 1
    figures = {k: kpi_figure(k, v.mean, v.ci_low, v.ci_high) for k, v in result.summary.items()}
    rows = [(kpi_label(k), f.value, f.half if ci else "") for k, f in figures.items()]
    width = max(len(r[0]) for r in rows)
    for label, value, half in rows:
        print(f"  {label:<{width}}  {value:>12}  {half}")
    pools = ", ".join(
        f"{pool_names.get(pool, pool)} {percent(v.utilisation.mean)}" for pool, v in result.pools.items()
    )
    print("  " + say_cli("utilisation", language(), pools=pools))


def _report_end(result, names: dict[str, str]) -> int:
    """Say on stderr how the run ended when it is not a plain success; the exit status."""
    from blueprint_studio.app.shell.kpi_words import run_status_text

    status = result.status
    if status.get("status") != "complete":
        print(f"blueprint-studio: {run_status_text(status, names)}", file=sys.stderr)
        return EXIT_NOT_USABLE
    return 0
