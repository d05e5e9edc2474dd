"""What a calibration fitted, in words of the user's language (the one catalogue, context
"Calibration"), for the command line, the import dialog and the PDF page alike.
"""

from __future__ import annotations

from typing import Any

from blueprint_studio.model import texts
from blueprint_studio.model.calibrate.columns import PRESET_TEXTS, ROLE_TEXTS
from blueprint_studio.model.calibrate.mapping import NOTE_TEXTS, Calibration
from blueprint_studio.model.calibrate.tickets import ERROR_TEXTS, ROW_TEXTS, RowProblem
from blueprint_studio.model.kpis import format_figure, number_style
from blueprint_studio.model.schema import Blueprint
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP

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
        "{tickets} ticket(s) read from {source} over {weeks} week(s); {refused} row(s) left out",
    ),
    "arrivals": QT_TRANSLATE_NOOP(
        "Calibration", "{intake}: {rate} ticket(s) per hour on average ({span}), by the hour of the week"
    ),
    "duration": QT_TRANSLATE_NOOP(
        "Calibration",
        "{step}: {family}, mean {mean} ({span}), Kolmogorov-Smirnov distance {ks}, "
        "{count} duration(s) of “{state}”",
    ),
    "share": QT_TRANSLATE_NOOP("Calibration", "{decision} → {target}: {share} ({span}) of {total} ticket(s)"),
    "mix": QT_TRANSLATE_NOOP("Calibration", "Arrival mix of {field}: {values}"),
    "reopen": QT_TRANSLATE_NOOP("Calibration", "Re-opened: {share} of tickets ({span}; not applied)"),
    "escalation": QT_TRANSLATE_NOOP(
        "Calibration", "Escalated to a higher level: {share} of tickets ({span}; by the decisions' shares)"
    ),
    "breach": QT_TRANSLATE_NOOP("Calibration", "Resolved past the SLA resolution target: {share}"),
    "row": QT_TRANSLATE_NOOP("Calibration", "line {line}: {reason}"),
}


def say(table: dict[str, str], code: str, language: str, **params: Any) -> str:
    return texts.translate(CONTEXT, table.get(code, code), language).format(**params)


def role_name(role: str, language: str) -> str:
    return say(ROLE_TEXTS, role, language)


def preset_name(preset: str, language: str) -> str:
    return say(PRESET_TEXTS, preset, language)


def family_name(family: str, language: str) -> str:
    return say(FAMILY_TEXTS, family, language)


def error_text(code: str, params: dict[str, Any], language: str) -> str:
    params = {**params}
    if "role" in params:
        params["role"] = role_name(str(params["role"]), language)
    return say(ERROR_TEXTS, code, language, **params)


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
            tickets=style.number(calibration.tickets, 0),
            source=calibration.source or "—",
            weeks=style.number(calibration.weeks, 1),
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
                count=style.number(fit.n, 0),
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
                total=style.number(share.total, 0),
            )
        )
    for field_name, mix in calibration.mixes.items():
        values = ", ".join(
            f"{value} {format_figure('', share, style=style, unit='%').value}" for value, share in mix.items()
        )
        lines.append(say(LINE_TEXTS, "mix", language, field=field_name, values=values))
    for key, found in (("reopen", calibration.reopen), ("escalation", calibration.escalation)):
        if found is not None:
            value, span = _share(found[0], found[1], found[2], language)
            lines.append(say(LINE_TEXTS, key, language, share=value, span=span))
    if calibration.actual.breach_rate is not None:
        value = format_figure("", calibration.actual.breach_rate, style=style, unit="%").value
        lines.append(say(LINE_TEXTS, "breach", language, share=value))
    return lines


def notes(calibration: Calibration, language: str) -> list[str]:
    return [say(NOTE_TEXTS, note.code, language, **note.params) for note in calibration.notes]
