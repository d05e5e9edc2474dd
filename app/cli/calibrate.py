"""`blueprint-studio calibrate FILE --tickets EXPORT`: fit a help desk's ticket export (CSV with a
column mapping or a preset, or the product's CSV or XES event log) and add the calibrated scenario
to FILE (saved atomically), printing what was fitted and what could not be matched, in the
document's language (or --lang). The reading and fitting are model/calibrate's.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from blueprint_studio.app.cli import EXIT_OK, EXIT_USAGE, use_document_language
from blueprint_studio.app.cli import words as cli_words
from blueprint_studio.model.calibrate import words
from blueprint_studio.model.calibrate.columns import PRESETS, ROLES, Mapping
from blueprint_studio.model.calibrate.importer import calibrate_file, calibrated_scenario, with_scenario
from blueprint_studio.model.fileformat import LoadError, load, save


class CalibrateUsageError(Exception):
    """An export that cannot be read, or bad arguments: said on stderr, nothing written."""

    def __init__(self, message: str, status: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.status = status


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "calibrate",
        help="fit a ticket export and add a calibrated scenario to a blueprint",
        description="Reads the export, fits arrivals per hour of the week and channel, the time "
        "in each state or level (exponential, log-normal, gamma or empirical, by AIC) and the "
        "decisions' shares, and adds them to FILE as a calibrated scenario. Exit status: 0 done, "
        "2 unreadable file or bad arguments (FILE unchanged).",
    )
    p.add_argument("file", metavar="FILE", help="the blueprint to add the scenario to")
    p.add_argument(
        "--tickets", required=True, metavar="EXPORT", help="the export: .csv, or an event log .csv or .xes"
    )
    p.add_argument(
        "--mapping",
        action="append",
        default=[],
        metavar="ROLE=COLUMN",
        help="the column of a role, in place of the guess (repeatable), or a JSON file of them; "
        "ROLE is one of " + ", ".join(ROLES),
    )
    p.add_argument("--preset", choices=sorted(PRESETS), help="the column names of a help-desk tool's export")
    p.add_argument("--encoding", metavar="NAME", help="the export's text encoding (default: UTF-8)")
    p.add_argument(
        "--scenario", metavar="ID", help="replace this scenario's fitted values (default: a new scenario)"
    )
    p.add_argument("--name", metavar="NAME", help="the new scenario's name")
    p.add_argument("--dry-run", action="store_true", help="print what would be fitted; leave FILE as it is")
    p.add_argument("--lang", choices=("fr", "en"), help="language of the messages (default: the document's)")
    p.add_argument("--json", action="store_true", help="print what was fitted as JSON")


def _mapping(items: list[str], lang: str = "en") -> Mapping | None:
    if not items:
        return None
    mapping: Mapping = {}
    for item in items:
        if "=" not in item and Path(item).is_file():
            try:
                data = json.loads(Path(item).read_text(encoding="utf-8"))
            except OSError as exc:  # the system's reason, in the catalogue's words
                raise CalibrateUsageError(cli_words.os_error(exc, lang)) from None
            except json.JSONDecodeError as exc:  # where in the file, not the parser's English
                where = cli_words.say("mapping_bad_json", lang, item=item, line=exc.lineno, column=exc.colno)
                raise CalibrateUsageError(where) from None
            except ValueError:  # not UTF-8 text
                raise CalibrateUsageError(cli_words.say("mapping_not_json", lang, item=item)) from None
            if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
                raise CalibrateUsageError(cli_words.say("mapping_not_json", lang, item=item))
            pairs = list(data.items())
        else:
            role, sep, column = item.partition("=")
            if not sep:
                raise CalibrateUsageError(cli_words.say("mapping_syntax", lang, item=item))
            pairs = [(role.strip(), column.strip())]
        for role, column in pairs:
            if role not in ROLES:
                roles = ", ".join(ROLES)
                raise CalibrateUsageError(
                    cli_words.say("mapping_role", lang, item=item, role=role, roles=roles)
                )
            mapping[role] = column
    return mapping


def run(args: argparse.Namespace) -> int:
    blueprint = load(args.file)
    language = use_document_language(args, blueprint)  # the document's, as every command
    if args.scenario is not None and not any(s.id == args.scenario for s in blueprint.scenarios):
        known = ", ".join(s.id for s in blueprint.scenarios) or cli_words.say("none", language)
        raise CalibrateUsageError(cli_words.say("no_scenario_id", language, id=args.scenario, ids=known))
    try:
        calibration = calibrate_file(
            blueprint, args.tickets, _mapping(args.mapping, language), args.preset, args.encoding
        )
    except LoadError as exc:
        where = f"{exc.source}: " if exc.source else f"{Path(args.tickets).name}: "
        reason = words.error_text(exc, language)
        raise CalibrateUsageError(
            cli_words.say("cannot_calibrate", language, where=where, reason=reason)
        ) from None
    scenario = calibrated_scenario(blueprint, calibration, args.scenario, args.name)
    if not args.dry_run:
        save(with_scenario(blueprint, scenario), args.file)
    if args.json:
        _print_json(args, calibration, scenario, language, blueprint)
        return EXIT_OK
    for line in words.summary(calibration, blueprint, language):
        print(line)
    for line in words.notes(calibration, language):
        print(line)
    for problem in calibration.problems[:20]:
        print(words.row_text(problem, language))
    if len(calibration.problems) > 20:
        print(f"… {len(calibration.problems) - 20}")
    if not args.dry_run:
        print(
            words.say(words.LINE_TEXTS, "added", language, file=args.file, name=scenario.name, id=scenario.id)
        )
    return EXIT_OK


def _print_json(
    args: argparse.Namespace, calibration: Any, scenario: Any, language: str, blueprint: Any
) -> None:
    report = {
        "file": args.file,
        "export": args.tickets,
        "written": not args.dry_run,
        "scenario": {"id": scenario.id, "name": scenario.name},
        "tickets": calibration.tickets,
        "weeks": calibration.weeks,
        "arrivals": {
            a.intake_id: {
                "rate_per_hour": a.rates.mean_rate * a.share,
                "interval": [x * a.share for x in a.rates.mean_rate_interval()],
            }
            for a in calibration.arrivals
        },
        "durations": {
            s.node_id: {
                "state": s.state,
                "family": s.fit.family,
                "parameters": s.fit.params,
                "mean": s.fit.mean,
                "mean_interval": [s.fit.mean_low, s.fit.mean_high],
                "ks": s.fit.ks,
                "aic": s.fit.aic,
                "count": s.fit.n,
            }
            for s in calibration.states
            if s.node_id is not None and s.fit is not None
        },
        "shares": {
            s.edge_id: {"share": s.share, "interval": [s.low, s.high], "tickets": s.total}
            for s in calibration.shares
        },
        "mixes": calibration.mixes,
        "reopen": calibration.reopen,
        "escalation": calibration.escalation,
        "breach_rate": calibration.actual.breach_rate,
        "summary": words.summary(calibration, blueprint, language),
        "notes": words.notes(calibration, language),
        "rows_left_out": [
            {"line": p.line, "code": p.code, "message": words.row_text(p, language)}
            for p in calibration.problems
        ],
    }
    print(json.dumps(report, ensure_ascii=False, indent=2, default=str))
