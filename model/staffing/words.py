"""The staffing finder's and the sweeps' codes in words (context "Staffing" of the catalogue), for
the command line, the window and the PDF alike: plans by pool names, target checks with their
intervals, and the errors of --vary, checkpoints and the search. No Qt, no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from blueprint_studio.model import texts
from blueprint_studio.model.kpis import format_figure, number_style
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP
from blueprint_studio.model.words import counted, pool_caption

if TYPE_CHECKING:
    from blueprint_studio.model.schema import Blueprint
    from blueprint_studio.model.staffing.candidates import Candidate
    from blueprint_studio.model.staffing.targets import TargetCheck

TEXTS: dict[str, str] = {
    "arrivals": QT_TRANSLATE_NOOP("Staffing", "arrivals × {m}"),
    "shifts": QT_TRANSLATE_NOOP("Staffing", "{name}: {counts} agents by shift"),
    "as_scenario": QT_TRANSLATE_NOOP("Staffing", "as in the scenario"),
    "target.breach_rate": QT_TRANSLATE_NOOP(
        "Staffing", "{policy}: resolution SLA breached for {value} of tickets (at most {limit})"
    ),
    "target.wait.mean": QT_TRANSLATE_NOOP(
        "Staffing", "Mean queue wait at the slowest step: {value} (at most {limit})"
    ),
    "target.wait.p90": QT_TRANSLATE_NOOP(
        "Staffing", "90th percentile of queue wait at the slowest step: {value} (at most {limit})"
    ),
    "target.wait.p95": QT_TRANSLATE_NOOP(
        "Staffing", "95th percentile of queue wait at the slowest step: {value} (at most {limit})"
    ),
    "target.utilisation": QT_TRANSLATE_NOOP(
        "Staffing", "Utilisation of the busiest pool: {value} (at most {limit})"
    ),
    "target.abandonment": QT_TRANSLATE_NOOP("Staffing", "Tickets abandoned: {value} (at most {limit})"),
    "target.stable": QT_TRANSLATE_NOOP(
        "Staffing", "The queues grew without end in {runs}: not enough agents"
    ),
    "met": QT_TRANSLATE_NOOP("Staffing", "met"),
    "missed": QT_TRANSLATE_NOOP("Staffing", "missed"),
    "undecided": QT_TRANSLATE_NOOP("Staffing", "undecided (more replications needed)"),
    "unmeasured": QT_TRANSLATE_NOOP(
        "Staffing", "not measured: this scenario has no SLA policy of this name with a resolution target"
    ),
    "vary.syntax": QT_TRANSLATE_NOOP(
        "Staffing", "cannot read “{text}”: write POOL=2..6, POOL=2,4,6 or arrivals=0.8,1,1.2"
    ),
    "vary.unknown_pool": QT_TRANSLATE_NOOP("Staffing", "no pool “{name}” in this blueprint (pools: {pools})"),
    "vary.bad_number": QT_TRANSLATE_NOOP("Staffing", "“{text}” is not a number of zero or more"),
    "vary.bad_whole": QT_TRANSLATE_NOOP("Staffing", "“{text}” is not a whole number of agents"),
    "vary.empty_range": QT_TRANSLATE_NOOP(
        "Staffing", "the range “{text}” is empty: write the smaller bound first and a positive step"
    ),
    "vary.too_many": QT_TRANSLATE_NOOP("Staffing", "{count} variations is too many (at most {limit})"),
    "vary.no_shifts": QT_TRANSLATE_NOOP(
        "Staffing", "the pool “{name}” has no shifts: vary its agents with “{name}=2..6”"
    ),
    "vary.unknown_shift": QT_TRANSLATE_NOOP(
        "Staffing", "the pool “{name}” has no shift {number}: its shifts are numbered 1 to {count}"
    ),
    "vary.both": QT_TRANSLATE_NOOP(
        "Staffing", "vary either the agents of “{name}” or the agents of its shifts, not both"
    ),
    "checkpoint.other_sweep": QT_TRANSLATE_NOOP(
        "Staffing",
        "the checkpoint “{path}” belongs to another sweep (another document, scenario or search); "
        "name another file or delete it",
    ),
    "checkpoint.unreadable": QT_TRANSLATE_NOOP(
        "Staffing", "the checkpoint “{path}” is not a sweep checkpoint (line {line} cannot be read)"
    ),
    "staffing.no_targets": QT_TRANSLATE_NOOP(
        "Staffing",
        "the blueprint sets no staffing target: give at least one "
        "(breach rate, queue wait, utilisation or abandonment)",
    ),
    "staffing.no_pools": QT_TRANSLATE_NOOP(
        "Staffing", "no step of this blueprint is done by a pool of agents"
    ),
}


# The figures a frontier can set against cost (figures.py's names), as an axis or a heading says them
FIGURE_NAMES: dict[str, str] = {
    "breach_rate": QT_TRANSLATE_NOOP("Staffing", "resolution SLA breaches"),
    "wait_mean": QT_TRANSLATE_NOOP("Staffing", "mean queue wait at the slowest step"),
    "wait_p90": QT_TRANSLATE_NOOP("Staffing", "90th percentile of queue wait at the slowest step"),
    "wait_p95": QT_TRANSLATE_NOOP("Staffing", "95th percentile of queue wait at the slowest step"),
    "utilisation": QT_TRANSLATE_NOOP("Staffing", "utilisation of the busiest pool"),
    "abandonment": QT_TRANSLATE_NOOP("Staffing", "tickets abandoned"),
}


def figure_name(name: str, lang: str) -> str:
    """A figure's name in words; a policy's breach rate ("breach_rate:<id>") by the overall one's."""
    key = name.split(":")[0]
    return texts.table("Staffing", FIGURE_NAMES, lang).get(key, key)


def say(key: str, lang: str, **params: Any) -> str:
    return texts.table("Staffing", TEXTS, lang)[key].format(**params)


def error_text(code: str, params: dict[str, Any], lang: str) -> str:
    """A VaryError, CheckpointError or StaffingError in words."""
    if code == "vary.bad_number" and params.get("whole"):
        code = "vary.bad_whole"
    return say(code, lang, **{k: v for k, v in params.items() if k != "whole"})


def candidate_label(candidate: Candidate, blueprint: Blueprint, lang: str) -> str:
    names = {p.id: p.name or p.id for p in blueprint.all_pools()}
    style = number_style(lang)
    parts = [pool_caption(names.get(p, p), n, lang) for p, n in candidate.pool_agents.items()]
    parts += [
        say("shifts", lang, name=names.get(p, p), counts="/".join(str(x.agents) for x in s))
        for p, s in candidate.pool_shifts.items()
    ]
    if candidate.arrival_multiplier != 1.0 or not parts:
        m = candidate.arrival_multiplier
        amount = style.number(m, 1 if round(m, 1) == m else 2)
        parts.append(say("arrivals", lang, m=amount))
    return texts.table("Conditions", {"list": QT_TRANSLATE_NOOP("Conditions", ", ")}, lang)["list"].join(
        parts
    )


def _figure(value: float, low: float, high: float, unit: str, lang: str) -> str:
    text = format_figure("", value, low, high, style=number_style(lang), unit=unit)
    return f"{text.value} ({text.span})" if text.has_interval else text.value


def check_text(check: TargetCheck, lang: str) -> str:
    """One check in words with its interval: "Priority P1: resolution SLA breached for 3.1 %
    (2.4 – 3.8 %) of tickets (at most 5 %)"."""
    p = check.params
    if check.code == "target.stable":
        runs = int(p.get("runs", 0) or 0)  # type: ignore[call-overload]
        return say("target.stable", lang, runs=counted("replication", runs, lang))
    unit = "min" if check.code == "target.wait" else "%"
    value = _figure(float(p["value"]), float(p["low"]), float(p["high"]), unit, lang)  # type: ignore[arg-type]
    limit = format_figure("", float(p["limit"]), style=number_style(lang), unit=unit).value  # type: ignore[arg-type]
    key = f"target.wait.{p['statistic']}" if check.code == "target.wait" else check.code
    text = say(key, lang, value=value, limit=limit, policy=p.get("policy_name", ""))
    if p.get("measured") == "unmeasured":
        text += f" — {say(str(p['measured']), lang)}"
    return text


def verdict(check: TargetCheck, lang: str) -> str:
    return say("met" if check.met else ("undecided" if check.met is None else "missed"), lang)
