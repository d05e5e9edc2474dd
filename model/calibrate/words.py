"""What a calibration fitted, in words of the user's language (the one catalogue, context
"Calibration"), for the command line, the import dialog and the PDF page alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from blueprint_studio.model import texts
from blueprint_studio.model.bpmn.safe_xml import ERROR_TEXTS as XML_TEXTS
from blueprint_studio.model.calibrate.columns import PRESET_TEXTS, ROLE_TEXTS
from blueprint_studio.model.calibrate.tickets import (
    ERROR_TEXTS,
    NOTE_TEXTS,
    ROW_TEXTS,
    RowProblem,
    source_text,
)
from blueprint_studio.model.fileformat import LoadError
from blueprint_studio.model.kpis import format_figure, number_style
from blueprint_studio.model.schema import Blueprint
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP
from blueprint_studio.model.words import counted

if TYPE_CHECKING:  # the fitting (numpy, scipy) is not loaded for the words
    from blueprint_studio.model.calibrate.mapping import Calibration

CONTEXT = "Calibration"
FAMILY_TEXTS: dict[str, str] = {
    "exponential": QT_TRANSLATE_NOOP("Calibration", "exponential"),
    "lognormal": QT_TRANSLATE_NOOP("Calibration", "log-normal"),
    "gamma": QT_TRANSLATE_NOOP("Calibration", "gamma"),
    "empirical": QT_TRANSLATE_NOOP("Calibration", "empirical"),
}
LINE_TEXTS: dict[str, str] = {
    "read": QT_TRANSLATE_NOOP(
        "Calibration",
        "Read from {source}: {tickets} over {weeks}; rows left out: {refused}",
    ),
    "arrivals": QT_TRANSLATE_NOOP(
        "Calibration",
        "{intake}: arrival rate of {rate} per hour on average ({span}), by the hour of the week",
    ),
    "duration": QT_TRANSLATE_NOOP(
        "Calibration",
        "{step}: {family}, mean {mean} ({span}), Kolmogorov-Smirnov distance {ks}, {count} of “{state}”",
    ),
    "share": QT_TRANSLATE_NOOP("Calibration", "{decision} → {target}: {share} ({span}) of {total}"),
    "mix": QT_TRANSLATE_NOOP("Calibration", "Arrival mix of {field}: {values}"),
    "reopen": QT_TRANSLATE_NOOP("Calibration", "Re-opened: {share} of tickets ({span}; not applied)"),
    "reopen_applied": QT_TRANSLATE_NOOP(
        "Calibration", "Re-opened: {share} of tickets ({span}; the unsatisfied answer of {surveys})"
    ),
    "reopen_applied_waits": QT_TRANSLATE_NOOP(
        "Calibration", "Re-opened: {share} of tickets ({span}; the answer that re-opens after {waits})"
    ),
    "reopen_applied_both": QT_TRANSLATE_NOOP(
        "Calibration",
        "Re-opened: {share} of tickets ({span}; the unsatisfied answer of {surveys} and the answer "
        "that re-opens after {waits})",
    ),
    "escalation_applied": QT_TRANSLATE_NOOP(
        "Calibration", "Escalated to a higher level: {share} of tickets ({span}; the branch {branch})"
    ),
    "escalation": QT_TRANSLATE_NOOP(
        "Calibration", "Escalated to a higher level: {share} of tickets ({span}; by the decisions' shares)"
    ),
    "breach": QT_TRANSLATE_NOOP("Calibration", "Resolved past the SLA resolution target: {share}"),
    "row": QT_TRANSLATE_NOOP("Calibration", "line {line}: {reason}"),
    "added": QT_TRANSLATE_NOOP(
        "Calibration",
        "{file}: scenario “{name}” added; run it with: blueprint-studio simulate {file} --scenario {id}",
    ),
}


def say(table: dict[str, str], code: str, language: str, **params: Any) -> str:
    """The words of `code` in `language`, in the form its count takes (tickets.PLURAL_TEXTS)."""
    return texts.translate(CONTEXT, source_text(table, code, params, language), language).format(**params)


def role_name(role: str, language: str) -> str:
    return say(ROLE_TEXTS, role, language)


def preset_name(preset: str, language: str) -> str:
    return say(PRESET_TEXTS, preset, language)


def family_name(family: str, language: str) -> str:
    return say(FAMILY_TEXTS, family, language)


def error_text(error: LoadError, language: str) -> str:
    """Why an export cannot be read, in `language`: the calibration's reasons, the safe XML
    parser's (an XES log) in the BPMN import's words, else the reason as it came."""
    params = {**error.params}
    if error.code in ERROR_TEXTS:
        if "role" in params:
            params["role"] = role_name(str(params["role"]), language)
        return say(ERROR_TEXTS, error.code, language, **params)
    if error.code in XML_TEXTS:
        return texts.translate("BpmnImport", XML_TEXTS[error.code], language).format(**params)
    return error.reason


def row_text(problem: RowProblem, language: str) -> str:
    reason = say(ROW_TEXTS, problem.code, language, **problem.params)
    return say(LINE_TEXTS, "row", language, line=problem.line, reason=reason)


def _minutes(mean: float, low: float, high: float, language: str) -> tuple[str, str]:
    figure = format_figure("", mean, low, high, style=number_style(language), unit="min")
    return figure.value, figure.span


def _share(share: float, low: float, high: float, language: str) -> tuple[str, str]:
    figure = format_figure("", share, low, high, style=number_style(language), unit="%")
    return figure.value, figure.span


def summary(calibration: Calibration, blueprint: Blueprint, language: str) -> list[str]:
    """One line per fitted figure, naming steps, intakes and decisions by their titles."""
    style = number_style(language)
    names = {n.id: n.title or n.id for n in blueprint.nodes}
    edges = {e.id: e for e in blueprint.edges}
    lines = [
        say(
            LINE_TEXTS,
            "read",
            language,
            tickets=counted("ticket", calibration.tickets, language, style.number(calibration.tickets, 0)),
            source=calibration.source or "—",
            weeks=counted("week", calibration.weeks, language, style.number(calibration.weeks, 1)),
            refused=style.number(len(calibration.problems), 0),
        )
    ]
    for arrival in calibration.arrivals:
        low, high = arrival.rates.mean_rate_interval()
        figure = format_figure(
            "",
            arrival.rates.mean_rate * arrival.share,
            low * arrival.share,
            high * arrival.share,
            style=style,
            unit="",
        )
        lines.append(
            say(
                LINE_TEXTS,
                "arrivals",
                language,
                intake=names.get(arrival.intake_id, ""),
                rate=figure.value,
                span=figure.span,
            )
        )
    for state in calibration.states:
        if state.node_id is None or state.fit is None:
            continue
        fit = state.fit
        mean, span = _minutes(fit.mean, fit.mean_low, fit.mean_high, language)
        lines.append(
            say(
                LINE_TEXTS,
                "duration",
                language,
                step=names.get(state.node_id, ""),
                family=family_name(fit.family, language),
                mean=mean,
                span=span,
                ks=style.number(fit.ks, 3),
                count=counted("duration", fit.n, language, style.number(fit.n, 0)),
                state=state.state,
            )
        )
    for share in calibration.shares:
        edge = edges.get(share.edge_id)
        target = (edge.label or names.get(edge.target, "")) if edge is not None else ""
        value, span = _share(share.share, share.low, share.high, language)
        lines.append(
            say(
                LINE_TEXTS,
                "share",
                language,
                decision=names.get(share.decision_id, ""),
                target=target,
                share=value,
                span=span,
                total=counted("ticket", share.total, language, style.number(share.total, 0)),
            )
        )
    for field_name, mix in calibration.mixes.items():
        values = ", ".join(
            f"{value} {format_figure('', share, style=style, unit='%').value}" for value, share in mix.items()
        )
        lines.append(say(LINE_TEXTS, "mix", language, field=field_name, values=values))
    lines += _reopen_and_escalation(calibration, blueprint, names, language)
    if calibration.actual.breach_rate is not None:
        value = format_figure("", calibration.actual.breach_rate, style=style, unit="%").value
        lines.append(say(LINE_TEXTS, "breach", language, share=value))
    return lines


def _reopen_and_escalation(
    calibration: Calibration, blueprint: Blueprint, names: dict[str, str], language: str
) -> list[str]:
    """The re-open and escalation shares, and where the calibrated scenario applies them
    (calibrate/overrides.py): the surveys' unsatisfied answer and the waits' re-opening answer,
    the one escalation branch."""
    from blueprint_studio.model.calibrate.overrides import escalation_branch, reopen_branches

    lines = []
    fitted = {share.decision_id for share in calibration.shares}  # decisions that took fitted shares
    if calibration.reopen is not None:
        value, span = _share(*calibration.reopen, language)
        surveys = [names[n.id] for n in blueprint.nodes if n.kind == "satisfaction" and n.condition is None]
        waits = [names.get(edge.source, "") for edge, _ in reopen_branches(blueprint, fitted)]
        places = {
            "surveys": ", ".join(f"“{name}”" for name in surveys),
            "waits": ", ".join(f"“{name}”" for name in waits),
        }
        code = "reopen_applied" if not waits else "reopen_applied_both" if surveys else "reopen_applied_waits"
        if surveys or waits:
            lines.append(say(LINE_TEXTS, code, language, share=value, span=span, **places))
        else:
            lines.append(say(LINE_TEXTS, "reopen", language, share=value, span=span))
    if calibration.escalation is not None:
        value, span = _share(*calibration.escalation, language)
        branch = escalation_branch(blueprint, fitted)
        if branch is not None:
            said = branch.label or f"{names.get(branch.source, '')} → {names.get(branch.target, '')}"
            lines.append(
                say(LINE_TEXTS, "escalation_applied", language, share=value, span=span, branch=f"“{said}”")
            )
        else:
            lines.append(say(LINE_TEXTS, "escalation", language, share=value, span=span))
    return lines


def notes(calibration: Calibration, language: str) -> list[str]:
    return [say(NOTE_TEXTS, note.code, language, **note.params) for note in calibration.notes]


# The simulated vs actual page (window and PDF).
PAGE_TEXTS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Calibration", "Simulated vs actual"),
    "intro": QT_TRANSLATE_NOOP(
        "Calibration",
        "Scenario “{scenario}”, calibrated from {source} ({tickets}): the simulated run "
        "beside the export it was fitted from.",
    ),
    "states": QT_TRANSLATE_NOOP("Calibration", "Time per state"),
    "step": QT_TRANSLATE_NOOP("Calibration", "Step"),
    "state": QT_TRANSLATE_NOOP("Calibration", "State in the export"),
    "actual": QT_TRANSLATE_NOOP("Calibration", "Actual"),
    "simulated_time": QT_TRANSLATE_NOOP("Calibration", "Simulated, in the step"),
    "simulated_service": QT_TRANSLATE_NOOP("Calibration", "Simulated, service"),
    "states_note": QT_TRANSLATE_NOOP(
        "Calibration",
        "Means in minutes. An export's time in a state includes the wait for an agent; an event "
        "log's is the service alone.",
    ),
    "resolution": QT_TRANSLATE_NOOP("Calibration", "Resolution time"),
    "percentile": QT_TRANSLATE_NOOP("Calibration", "Percentile"),
    "simulated": QT_TRANSLATE_NOOP("Calibration", "Simulated"),
    "ks": QT_TRANSLATE_NOOP(
        "Calibration", "Kolmogorov-Smirnov distance between the actual and simulated resolution times: {ks}"
    ),
    "breach": QT_TRANSLATE_NOOP(
        "Calibration", "SLA resolution breaches: actual {actual}, simulated {simulated}"
    ),
    "volume": QT_TRANSLATE_NOOP("Calibration", "Volume per hour of the week"),
    "day": QT_TRANSLATE_NOOP("Calibration", "Day"),
    "volume_note": QT_TRANSLATE_NOOP(
        "Calibration",
        "Tickets per day, from the hourly rates of the week: actual in the export, simulated as the "
        "scenario's intakes draw them. Busiest hour: actual {actual}, simulated {simulated}.",
    ),
    "none": QT_TRANSLATE_NOOP("Calibration", "—"),
}
DAY_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Calibration", "Monday"),
    QT_TRANSLATE_NOOP("Calibration", "Tuesday"),
    QT_TRANSLATE_NOOP("Calibration", "Wednesday"),
    QT_TRANSLATE_NOOP("Calibration", "Thursday"),
    QT_TRANSLATE_NOOP("Calibration", "Friday"),
    QT_TRANSLATE_NOOP("Calibration", "Saturday"),
    QT_TRANSLATE_NOOP("Calibration", "Sunday"),
)


def page_words(language: str) -> dict[str, str]:
    return {key: texts.translate(CONTEXT, text, language) for key, text in PAGE_TEXTS.items()}


def day_name(day: int, language: str) -> str:
    return texts.translate(CONTEXT, DAY_TEXTS[day], language)


def minutes(value: float | None, language: str) -> str:
    return format_figure("", value, style=number_style(language), unit="min").value


def percent(value: float | None, language: str) -> str:
    return format_figure("", value, style=number_style(language), unit="%").value


def count(value: float | None, language: str) -> str:
    return format_figure("", value, style=number_style(language), unit="").value


def hour_of_week(volume: list[float], language: str) -> str:
    """The busiest hour of the week ("Monday 10:00")."""
    if not volume or max(volume) <= 0:
        return "—"
    k = max(range(len(volume)), key=lambda i: volume[i])
    return f"{day_name(k // 24, language)} {k % 24:02d}:00"


def comparison_rows(comparison: Any, language: str) -> dict[str, list[list[str]]]:
    """The page's three tables as rows of words (header first), for the window and the PDF."""
    w = page_words(language)
    states = [[w["step"], w["state"], w["actual"], w["simulated_time"], w["simulated_service"]]]
    for row in comparison.states:
        states.append(
            [
                row.step,
                row.state,
                minutes(row.actual, language),
                minutes(row.simulated_time, language),
                minutes(row.simulated_service, language),
            ]
        )
    resolution = [[w["percentile"], w["actual"], w["simulated"]]]
    for p, actual, simulated in comparison.percentiles:
        resolution.append([f"p{p}", minutes(actual, language), minutes(simulated, language)])
    volume = [[w["day"], w["actual"], w["simulated"]]]
    for day, (actual, simulated) in enumerate(comparison.daily()):
        volume.append([day_name(day, language), count(actual, language), count(simulated, language)])
    return {"states": states, "resolution": resolution, "volume": volume}


def comparison_lines(comparison: Any, scenario_name: str, language: str) -> dict[str, str]:
    """The page's sentences: its introduction, the KS distance, the breaches, the busiest hours."""
    w = page_words(language)
    style = number_style(language)
    ks = style.number(comparison.ks, 3) if comparison.ks is not None else "—"
    return {
        "title": w["title"],
        "intro": w["intro"].format(
            scenario=scenario_name,
            source=comparison.source,
            tickets=counted("ticket", comparison.tickets, language, style.number(comparison.tickets, 0)),
        ),
        "states": w["states"],
        "states_note": w["states_note"],
        "resolution": w["resolution"],
        "ks": w["ks"].format(ks=ks),
        "breach": w["breach"].format(
            actual=percent(comparison.breach_actual, language),
            simulated=percent(comparison.breach_simulated, language),
        ),
        "volume": w["volume"],
        "volume_note": w["volume_note"].format(
            actual=hour_of_week(comparison.weekly_actual, language),
            simulated=hour_of_week(comparison.weekly_simulated, language),
        ),
    }
