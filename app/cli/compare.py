"""`blueprint-studio compare FILE --scenario A --scenario B`: both scenarios with common random
numbers (B takes A's seed and replications), every KPI of both and the paired difference with its
interval, the real differences marked; or all of it as JSON.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from blueprint_studio.app.cli import EXIT_OK, use_document_language
from blueprint_studio.app.cli.simulate import UsageError, cannot_simulate, pick_scenario, positive_int
from blueprint_studio.model import kpis
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.money import currency_symbol
from blueprint_studio.model.sim.replications import CompileFailed
from blueprint_studio.model.words import counted

# Words of this command (the catalogue's context "StaffingCommand", with sweep and staff)
TEXTS = {
    "compare_header": QT_TRANSLATE_NOOP(
        "StaffingCommand", "{title} — “{a}” against “{b}”, {replications}, seed {seed}"
    ),
    "difference": QT_TRANSLATE_NOOP("StaffingCommand", "Difference"),
    "real": QT_TRANSLATE_NOOP("StaffingCommand", "real difference"),
    "two_scenarios": QT_TRANSLATE_NOOP(
        "StaffingCommand", "compare needs two scenarios: --scenario A --scenario B"
    ),
}


def say(key: str, **params: Any) -> str:
    return QCoreApplication.translate("StaffingCommand", TEXTS[key]).format(**params)


def add_parser(sub: Any, common: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser(
        "compare",
        help="compare two scenarios with common random numbers",
        description="Exit status: 0 done, 1 validation errors, 2 unreadable file or bad arguments.",
    )
    common(p)
    p.add_argument("--scenario", action="append", metavar="NAME", default=[], help="give it twice: A, then B")
    p.add_argument(
        "--replications", type=positive_int, metavar="R", help="paired replications (default: A's)"
    )
    p.add_argument(
        "--processes", type=positive_int, default=2, metavar="N", help="local processes (default: 2)"
    )


def run(args: argparse.Namespace) -> int:
    from blueprint_studio.app.cli.simulate import progress_bar
    from blueprint_studio.model.sim.compare import compare_results, crn_settings, settings_of
    from blueprint_studio.model.sim.replications import compile_for, replicate

    blueprint = load(args.file)
    lang = use_document_language(args, blueprint)
    if len(args.scenario) != 2:
        raise UsageError(say("two_scenarios"))
    a, b = (pick_scenario(blueprint, name) for name in args.scenario)
    # B runs with A's seed and replications: replication r of both draws the same streams
    settings = settings_of(blueprint, a.id)
    if args.replications:
        settings = settings.with_(replications=args.replications)
    settings_b = crn_settings(settings, settings_of(blueprint, b.id))
    try:
        model_a, model_b = compile_for(blueprint, a.id), compile_for(blueprint, b.id)
    except CompileFailed as failed:
        return cannot_simulate(args.file, failed)
    with progress_bar() as progress:
        run_a = replicate(model_a, settings, workers=args.processes, progress=lambda f: progress(f / 2))
        run_b = replicate(
            model_b, settings_b, workers=args.processes, progress=lambda f: progress(0.5 + f / 2)
        )
    result = compare_results(run_a, run_b)
    if args.json:
        kpis_json = {k: _clean(vars(d) | {"real": d.real}) for k, d in result.kpis.items()}
        data = {"a": a.id, "b": b.id, "replications": settings.replications, "seed": settings.seed}
        print(json.dumps(data | {"kpis": kpis_json}, ensure_ascii=False, indent=1))
        return EXIT_OK
    _print_comparison(blueprint, a, b, result, settings, lang)
    return EXIT_OK


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    return {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in data.items()}


def _print_comparison(blueprint, a, b, result, settings, lang: str) -> None:
    from blueprint_studio.app.shell.kpi_words import kpi_label

    style = kpis.number_style(lang)
    print(
        say(
            "compare_header",
            title=blueprint.meta.title or "—",
            a=a.name or a.id,
            b=b.name or b.id,
            replications=counted("paired_replication", settings.replications, lang),
            seed=settings.seed,
        )
    )
    rows = []
    for key, d in result.kpis.items():
        reference = (d.a, d.b)
        va = kpis.format_figure(
            key, d.a, style=style, reference=reference, currency=currency_symbol(blueprint.meta.currency)
        ).value
        vb = kpis.format_figure(
            key, d.b, style=style, reference=reference, currency=currency_symbol(blueprint.meta.currency)
        ).value
        diff = kpis.format_figure(
            key,
            d.mean,
            d.ci_low,
            d.ci_high,
            style=style,
            signed=True,
            currency=currency_symbol(blueprint.meta.currency),
        )
        rows.append((kpi_label(key), va, vb, diff.bracket or diff.value, say("real") if d.real else ""))
    head = ("", a.name or a.id, b.name or b.id, say("difference"), "")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(5)]
    for r in [head, *rows]:
        print(
            "  "
            + "  ".join(
                f"{cell:<{w}}" if i == 0 else f"{cell:>{w}}" for i, (cell, w) in enumerate(zip(r, widths))
            ).rstrip()
        )
