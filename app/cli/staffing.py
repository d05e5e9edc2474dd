"""`blueprint-studio sweep` and `staff` (and `compare`, in compare.py): a grid of variations of a
scenario as a table, CSV or JSON; the cheapest staffing plan that meets the document's targets; the
report's comparison and staffing pages for `export --report`. Each shows a progress bar on stderr,
keeps a checkpoint on request and runs on this machine or on a Dask scheduler (--cluster).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from blueprint_studio.app.cli import EXIT_OK, use_document_language
from blueprint_studio.app.cli.simulate import UsageError, cannot_simulate, pick_scenario, positive_int
from blueprint_studio.app.cli.words import os_reason_words
from blueprint_studio.app.shell.i18n import language
from blueprint_studio.model import kpis
from blueprint_studio.model.fileformat import load, write_atomic
from blueprint_studio.model.money import currency_symbol
from blueprint_studio.model.schema import Blueprint, StaffingTargets
from blueprint_studio.model.sim.replications import CompileFailed
from blueprint_studio.model.words import counted

EXIT_NO_PLAN = 3  # staff: the search ran, but no plan met every target
CLUSTER_TIMEOUT = 5.0  # seconds to reach a Dask scheduler before saying it cannot be reached

# Words of these commands (the catalogue's context "StaffingCommand")
TEXTS = {
    "sweep_header": QT_TRANSLATE_NOOP(
        "StaffingCommand",
        "{title} — scenario “{scenario}”: {candidates}, {replications} each",
    ),
    "plan": QT_TRANSLATE_NOOP("StaffingCommand", "Plan"),
    "nothing_to_vary": QT_TRANSLATE_NOOP(
        "StaffingCommand", "sweep needs what to vary: --vary POOL=2..6, or plans with --plan"
    ),
    "cost": QT_TRANSLATE_NOOP("StaffingCommand", "Cost a week"),
    "breaches_column": QT_TRANSLATE_NOOP("StaffingCommand", "SLA breaches"),
    "busiest_column": QT_TRANSLATE_NOOP("StaffingCommand", "Busiest pool"),
    "targets": QT_TRANSLATE_NOOP("StaffingCommand", "Targets"),
    "no_targets": QT_TRANSLATE_NOOP("StaffingCommand", "no target set"),
    "all_met": QT_TRANSLATE_NOOP("StaffingCommand", "all met"),
    "best": QT_TRANSLATE_NOOP(
        "StaffingCommand", "Cheapest plan that meets every target: {plan}, {cost} a week"
    ),
    "no_plan": QT_TRANSLATE_NOOP(
        "StaffingCommand",
        "No plan tried meets every target. Widen the ranges with --vary, or add replications to decide "
        "the undecided ones.",
    ),
    "frontier": QT_TRANSLATE_NOOP("StaffingCommand", "Cost against {figure} (plans no other beats on both):"),
    "searched": QT_TRANSLATE_NOOP(
        "StaffingCommand",
        "Plans simulated: {evaluated} of {candidates}; stopped early by their intervals or their "
        "cost: {dropped}; replications saved: {saved} of {total}.",
    ),
    "bounds": QT_TRANSLATE_NOOP("StaffingCommand", "{pool}: {low} to {high} agents tried"),
    "written": QT_TRANSLATE_NOOP("StaffingCommand", "Table written to {path}"),
    "unwritable": QT_TRANSLATE_NOOP("StaffingCommand", "cannot write “{name}”: {reason}"),
    "cluster": QT_TRANSLATE_NOOP("StaffingCommand", "cannot reach the Dask scheduler at {address}: {reason}"),
    "interrupted": QT_TRANSLATE_NOOP(
        "StaffingCommand", "Interrupted. Run the same command again to resume from the checkpoint {path}."
    ),
    "bad_target": QT_TRANSLATE_NOOP(
        "StaffingCommand",
        "cannot read the target “{text}”: write breach:POLICY=5%, wait=30m, wait.p90=2h, "
        "utilisation=85% or abandonment=2%",
    ),
    "unknown_policy": QT_TRANSLATE_NOOP(
        "StaffingCommand", "no SLA policy “{name}” in this blueprint (policies: {policies})"
    ),
}


def say(key: str, **params: Any) -> str:
    return QCoreApplication.translate("StaffingCommand", TEXTS[key]).format(**params)


# ---------------------------------------------------------------- arguments


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--lang", choices=("fr", "en"), help="language of the output (default: the document's)")


def _runs(p: argparse.ArgumentParser) -> None:
    p.add_argument("--scenario", metavar="NAME", help="scenario id or name (default: the first)")
    p.add_argument(
        "--replications",
        type=positive_int,
        metavar="R",
        help="replications per plan (default: the scenario's)",
    )
    p.add_argument("--csv", metavar="OUT", help="write the table of every plan tried as CSV")
    p.add_argument("--checkpoint", metavar="FILE", help="keep finished runs in FILE; run again to resume")
    p.add_argument(
        "--cluster", metavar="ADDRESS", help="run on the Dask scheduler at ADDRESS (tcp://host:8786)"
    )
    p.add_argument(
        "--processes", type=positive_int, default=2, metavar="N", help="local processes (default: 2)"
    )


def add_parsers(sub: Any) -> None:
    from blueprint_studio.app.cli import compare as cli_compare

    cli_compare.add_parser(sub, _common)
    p = sub.add_parser(
        "sweep",
        help="simulate every variation of a scenario (agents per pool, arrivals)",
        description="Example: sweep desk.blueprint.json --scenario 'Typical week' --vary 'Level 1=4..7' "
        "--vary arrivals=0.8,1,1.2 --csv out.csv. Exit status: 0 done, 1 validation errors, "
        "2 unreadable file or bad arguments.",
    )
    _common(p)
    _runs(p)
    p.add_argument(
        "--vary",
        action="append",
        default=[],
        metavar="WHAT=VALUES",
        help="POOL=2..6 or POOL=2,4,6 (agents; a pool by id or name), POOL#N=1..3 (the agents of its "
        "N-th shift), arrivals=0.8..1.2:0.1 (multiplier)",
    )
    _plan_argument(p)
    p = sub.add_parser(
        "staff",
        help="find the cheapest staffing that meets the targets",
        description="Targets come from the document, or from --target. Exit status: 0 a plan found, "
        "1 validation errors, 2 unreadable file or bad arguments, 3 no plan tried meets every target.",
    )
    _common(p)
    _runs(p)
    p.add_argument(
        "--target",
        action="append",
        default=[],
        metavar="WHAT=LIMIT",
        help="breach:POLICY=5%%, wait=30m (mean), wait.p90=2h, utilisation=85%%, abandonment=2%%",
    )
    p.add_argument(
        "--vary",
        action="append",
        default=[],
        metavar="WHAT=VALUES",
        help="agents to try instead of the theory's bounds",
    )
    _plan_argument(p)


def _plan_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--plan",
        action="append",
        default=[],
        metavar="PLAN",
        help="one plan to try as it is, e.g. 'Level 1=5; Level 2#1=3; arrivals=1.2' (give it several times)",
    )


def variations_of(args: argparse.Namespace, blueprint: Blueprint, lang: str):
    """The grid of --vary and the list of --plan; None when neither is given."""
    from blueprint_studio.model.staffing import VaryError, parse_plan, parse_vary

    if not args.vary and not args.plan:
        return None
    try:
        variations = parse_vary(args.vary, blueprint)
        variations.plans = [parse_plan(text, blueprint) for text in args.plan]
        variations.candidates()  # too many is said before anything runs
    except VaryError as exc:
        raise _model_error(exc, lang) from None
    return variations


# ---------------------------------------------------------------- shared pieces


@contextmanager
def task_bar() -> Iterator[Callable[[int, int], None]]:
    """A bar of tasks on stderr (hidden when stderr is not a terminal)."""
    from tqdm import tqdm

    bar = tqdm(total=0, unit="run", file=sys.stderr, leave=False, dynamic_ncols=True, disable=None)

    def update(done: int, total: int) -> None:
        if bar.total != total:
            bar.total = total
        bar.n = done
        bar.refresh()

    try:
        yield update
    finally:
        bar.close()


def _money(value: float, blueprint: Blueprint, lang: str) -> str:
    return kpis.format_figure(
        "",
        value,
        style=kpis.number_style(lang),
        unit="money",
        currency=currency_symbol(blueprint.meta.currency),
    ).value


def _write_atomic(path: str, text: str) -> None:
    """The table as the user asked for it, written like every other file we write (the usual
    permissions, not a temporary file's 0600); a failure in words."""
    try:
        write_atomic(path, text.encode("utf-8"))
    except OSError as exc:
        reason = os_reason_words(exc, language())  # the system's reason in the run's language
        raise UsageError(say("unwritable", name=Path(path).name or path, reason=reason)) from None


def _runner(args: argparse.Namespace):
    from blueprint_studio.model.staffing import DaskRunner, runner_for

    runner = runner_for(args.cluster, args.processes)
    if isinstance(runner, DaskRunner):
        runner.timeout = CLUSTER_TIMEOUT
    if args.cluster:
        try:
            runner.workers()  # connect now, to say so before any work
        except (OSError, TimeoutError) as exc:
            raise UsageError(say("cluster", address=args.cluster, reason=exc)) from None
    return runner


def _model_error(exc: Exception, lang: str) -> UsageError:
    from blueprint_studio.model.staffing.words import error_text

    return UsageError(error_text(exc.code, dict(exc.params), lang))  # type: ignore[attr-defined]


def _run(args, blueprint: Blueprint, lang: str, work: Callable[..., Any]) -> Any:
    """`work(runner=…, progress=…, checkpoint=…)` with a bar; model errors in words."""
    from blueprint_studio.model.staffing import CheckpointError, StaffingError, VaryError

    with _runner(args) as runner, task_bar() as progress:
        try:
            return work(runner=runner, progress=progress, checkpoint=args.checkpoint)
        except (VaryError, CheckpointError, StaffingError) as exc:
            raise _model_error(exc, lang) from None
        except KeyboardInterrupt:
            if args.checkpoint:
                print(f"blueprint-studio: {say('interrupted', path=args.checkpoint)}", file=sys.stderr)
            raise


def _rows_json(rows, blueprint: Blueprint, lang: str) -> list[dict[str, Any]]:
    from blueprint_studio.model.staffing.words import check_text

    return [
        row.to_json()
        | {
            "label": row.candidate.label(blueprint, lang),
            "check_texts": [check_text(c, lang) for c in row.checks],
        }
        for row in rows
    ]


def _figure_text(row, name: str, unit: str, lang: str) -> str:
    e = row.estimates.get(name)
    if e is None:
        return "—"
    text = kpis.format_figure("", e.mean, half=e.half_width, style=kpis.number_style(lang), unit=unit)
    return f"{text.value} {text.half}".strip()


def _print_rows(rows, blueprint: Blueprint, lang: str) -> None:
    from blueprint_studio.model.staffing.words import check_text, verdict

    labels = [row.candidate.label(blueprint, lang) for row in rows]
    width = max([len(say("plan")), *map(len, labels)])
    head = (say("cost"), say("breaches_column"), say("busiest_column"))
    print(f"  {say('plan'):<{width}}  {head[0]:>14}  {head[1]:>16}  {head[2]:>16}  {say('targets')}")
    for row, label in zip(rows, labels):
        if not row.checks:
            verdicts = say("no_targets")
        elif row.meets:
            verdicts = say("all_met")
        else:
            missed = [c for c in row.checks if c.met is not True]
            verdicts = "; ".join(f"{check_text(c, lang)}: {verdict(c, lang)}" for c in missed)
        breaches = _figure_text(row, "breach_rate", "%", lang)
        busiest = _figure_text(row, "utilisation", "%", lang)
        cost = _money(row.cost, blueprint, lang)
        print(f"  {label:<{width}}  {cost:>14}  {breaches:>16}  {busiest:>16}  {verdicts}")


# ---------------------------------------------------------------- sweep


def run_sweep_command(args: argparse.Namespace) -> int:
    from blueprint_studio.model.staffing import SweepResult, run_sweep

    blueprint = load(args.file)
    lang = use_document_language(args, blueprint)
    scenario = pick_scenario(blueprint, args.scenario)
    scenario_id = scenario.id if scenario else None
    variations = variations_of(args, blueprint, lang)
    if variations is None:
        raise UsageError(say("nothing_to_vary"))
    count = len(variations.candidates())
    try:
        result: SweepResult = _run(
            args,
            blueprint,
            lang,
            lambda **kw: run_sweep(blueprint, scenario_id, variations, replications=args.replications, **kw),
        )
    except CompileFailed as failed:
        return cannot_simulate(args.file, failed)
    if args.csv:
        _write_atomic(args.csv, result.to_csv())
    if args.json:
        print(
            json.dumps(
                {"scenario": scenario_id, "rows": _rows_json(result.rows, blueprint, lang)},
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        replications = args.replications or (scenario.replications if scenario else 1)
        title = blueprint.meta.title or "—"
        name = (scenario.name or scenario.id) if scenario else "—"
        candidates = counted("variation", count, lang)
        runs = counted("replication", replications, lang)
        print(say("sweep_header", title=title, scenario=name, candidates=candidates, replications=runs))
        _print_rows(result.rows, blueprint, lang)
        if args.csv:
            print(say("written", path=args.csv))
    return EXIT_OK


# ---------------------------------------------------------------- staff

_PERCENT = re.compile(r"\s*(\d+(?:\.\d+)?)\s*%?\s*")


def _share(text: str, whole: str) -> float:
    match = _PERCENT.fullmatch(text)
    if match is None:
        raise UsageError(say("bad_target", text=whole))
    value = float(match.group(1))
    return value / 100 if "%" in text or value > 1 else value


def with_targets(blueprint: Blueprint, texts: list[str]) -> Blueprint:
    """The document with the command line's targets added to (or replacing) its own."""
    from blueprint_studio.app.cli.simulate import duration

    if not texts:
        return blueprint
    data = blueprint.targets.model_dump()
    policies = {p.id: p for p in blueprint.sla}
    for text in texts:
        what, sep, limit = text.partition("=")
        what = what.strip()
        if not sep:
            raise UsageError(say("bad_target", text=text))
        if what.startswith("breach:"):
            name = what.split(":", 1)[1].strip()
            policy = policies.get(name) or next((p for p in policies.values() if p.name == name), None)
            if policy is None:
                names = ", ".join(p.name or p.id for p in policies.values()) or "—"
                raise UsageError(say("unknown_policy", name=name, policies=names))
            data["breach_rate"] = {**data["breach_rate"], policy.id: _share(limit, text)}
        elif what in ("wait", "wait.mean", "wait.p90", "wait.p95"):
            try:
                minutes = duration(
                    limit.strip() if re.search(r"[a-z]$", limit.strip()) else limit.strip() + "m"
                )
            except argparse.ArgumentTypeError:
                raise UsageError(say("bad_target", text=text)) from None
            data["wait_statistic"] = what.partition(".")[2] or "mean"
            data["wait_at_most"] = minutes
        elif what in ("utilisation", "abandonment"):
            data[f"{what}_at_most"] = _share(limit, text)
        else:
            raise UsageError(say("bad_target", text=text))
    try:
        targets = StaffingTargets.model_validate(data)
    except ValueError:
        raise UsageError(say("bad_target", text=", ".join(texts))) from None
    return blueprint.model_copy(update={"targets": targets})


def run_compare_command(args: argparse.Namespace) -> int:
    from blueprint_studio.app.cli import compare as cli_compare

    return cli_compare.run(args)


def run_staff_command(args: argparse.Namespace) -> int:
    from blueprint_studio.model.staffing import StaffingResult, find_staffing
    from blueprint_studio.model.staffing.words import check_text, verdict

    blueprint = with_targets(load(args.file), args.target)
    lang = use_document_language(args, blueprint)
    scenario = pick_scenario(blueprint, args.scenario)
    scenario_id = scenario.id if scenario else None
    variations = variations_of(args, blueprint, lang)
    try:
        result: StaffingResult = _run(
            args,
            blueprint,
            lang,
            lambda **kw: find_staffing(
                blueprint, scenario_id, variations=variations, replications=args.replications, **kw
            ),
        )
    except CompileFailed as failed:
        return cannot_simulate(args.file, failed)
    if args.csv:
        from blueprint_studio.model.staffing import SweepResult

        _write_atomic(args.csv, SweepResult(result.rows, result.figures).to_csv())
    if args.json:
        data = result.to_json()
        data["rows"] = _rows_json(result.rows, blueprint, lang)
        data["best"] = data["rows"][result.rows.index(result.best)] if result.best else None
        print(json.dumps({"scenario": scenario_id, **data}, ensure_ascii=False, indent=1))
        return EXIT_OK if result.best else EXIT_NO_PLAN
    names = {p.id: p.name or p.id for p in blueprint.all_pools()}
    for b in result.bounds:
        print(say("bounds", pool=names.get(b.pool, b.pool), low=b.low, high=b.high))
    if result.best is None:
        print(say("no_plan"))
    else:
        best = result.best
        print(
            say("best", plan=best.candidate.label(blueprint, lang), cost=_money(best.cost, blueprint, lang))
        )
        for check in best.checks:
            print(f"  {check_text(check, lang)}: {verdict(check, lang)}")
    from blueprint_studio.model.staffing.words import figure_name

    figure = figure_name(result.frontier_figure, lang)
    print(say("frontier", figure=figure))
    for row in result.frontier:
        e = row.estimates[result.frontier_figure]
        unit = "min" if result.frontier_figure.startswith("wait") else "%"
        value = kpis.format_figure("", e.mean, e.ci_low, e.ci_high, style=kpis.number_style(lang), unit=unit)
        shown = f"{value.value} ({value.span})" if value.has_interval else value.value
        print(
            f"  {_money(row.cost, blueprint, lang):>14}  {shown:<24}  {row.candidate.label(blueprint, lang)}"
        )
    total = result.candidates * result.replications
    print(
        say(
            "searched",
            evaluated=result.evaluated,
            candidates=result.candidates,
            dropped=result.dropped_early,
            saved=result.replications_saved,
            total=total,
        )
    )
    if args.csv:
        print(say("written", path=args.csv))
    return EXIT_OK if result.best else EXIT_NO_PLAN


# ---------------------------------------------------------------- the report's pages (export --report)


def add_report_arguments(p: argparse.ArgumentParser) -> None:
    """`export --report`'s options for the pages of export/pdf_staffing.py."""
    p.add_argument(
        "--compare",
        metavar="NAME",
        help="with --report: a page comparing the report's scenario with scenario NAME",
    )
    p.add_argument(
        "--staffing",
        action="store_true",
        help="with --report: a staffing-recommendation page (searches the cheapest plan meeting the targets)",
    )
    p.add_argument(
        "--cluster", metavar="ADDRESS", help="run the staffing search on the Dask scheduler at ADDRESS"
    )
    p.add_argument(
        "--target",
        action="append",
        default=[],
        metavar="WHAT=LIMIT",
        help="with --staffing: a target besides the document's (as for the staff command)",
    )


def with_report_pages(args: argparse.Namespace, blueprint: Blueprint, scenario, report):
    """The report with the comparison and staffing pages asked for by `--compare` and `--staffing`."""
    import dataclasses

    from blueprint_studio.app.cli.simulate import progress_bar
    from blueprint_studio.model.staffing import find_staffing

    changes: dict[str, Any] = {}
    scenario_id = scenario.id if scenario else None
    if getattr(args, "compare", None):
        from blueprint_studio.export.pdf_staffing import simulate_comparison

        other = pick_scenario(blueprint, args.compare)
        with progress_bar() as progress:
            changes["comparison"] = simulate_comparison(blueprint, scenario_id, other.id, progress)
    if getattr(args, "staffing", False):
        settings = argparse.Namespace(cluster=getattr(args, "cluster", None), processes=2, checkpoint=None)
        lang = args.lang or blueprint.meta.language
        targeted = with_targets(blueprint, getattr(args, "target", []))
        changes["staffing"] = _run(
            settings, targeted, lang, lambda **kw: find_staffing(targeted, scenario_id, **kw)
        )
    return dataclasses.replace(report, **changes) if changes else report
