"""The simulation KPIs as pure data (key -> English label and unit) and the one formatter of a KPI
value with its interval, shared by the window, the command line and the PDF report. No Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for Qt's translation tools without importing Qt; returns it unchanged."""
    return text


# Units: "min" (minutes), "%" (a rate between 0 and 1), "money" (in the currency), "" (a count).
KPI_TEXTS: dict[str, tuple[str, str]] = {
    "arrived": (QT_TRANSLATE_NOOP("Kpi", "Tickets arrived"), ""),
    "resolved": (QT_TRANSLATE_NOOP("Kpi", "Tickets resolved"), ""),
    "abandoned": (QT_TRANSLATE_NOOP("Kpi", "Tickets abandoned"), ""),
    # only when the model has steps done by the customer or the system (results.TicketStats)
    "deflected": (QT_TRANSLATE_NOOP("Kpi", "Tickets resolved by self-service"), ""),
    "deflection_rate": (QT_TRANSLATE_NOOP("Kpi", "Deflection rate (self-service)"), "%"),
    "in_progress": (QT_TRANSLATE_NOOP("Kpi", "Tickets still open at the end"), ""),
    "in_system_mean": (QT_TRANSLATE_NOOP("Kpi", "Tickets in the help desk, time average"), ""),
    "in_queue_mean": (QT_TRANSLATE_NOOP("Kpi", "Tickets waiting in a queue, time average"), ""),
    # two clocks (results.TicketStats): elapsed minutes from arrival, and the SLA clock (the
    # business minutes of the ticket's SLA calendar, minus its pauses)
    "resolution_elapsed_mean": (QT_TRANSLATE_NOOP("Kpi", "Resolution time (elapsed), mean"), "min"),
    "resolution_elapsed_p50": (QT_TRANSLATE_NOOP("Kpi", "Resolution time (elapsed), median"), "min"),
    "resolution_elapsed_p90": (QT_TRANSLATE_NOOP("Kpi", "Resolution time (elapsed), 90th percentile"), "min"),
    "resolution_elapsed_p95": (QT_TRANSLATE_NOOP("Kpi", "Resolution time (elapsed), 95th percentile"), "min"),
    "resolution_elapsed_max": (QT_TRANSLATE_NOOP("Kpi", "Resolution time (elapsed), longest"), "min"),
    "resolution_sla_mean": (QT_TRANSLATE_NOOP("Kpi", "Resolution time on the SLA clock, mean"), "min"),
    "time_in_system_mean": (QT_TRANSLATE_NOOP("Kpi", "Time in the help desk, every outcome, mean"), "min"),
    "first_response_elapsed_mean": (QT_TRANSLATE_NOOP("Kpi", "First response time (elapsed), mean"), "min"),
    "first_response_sla_mean": (
        QT_TRANSLATE_NOOP("Kpi", "First response time on the SLA clock, mean"),
        "min",
    ),
    "queue_wait_mean": (QT_TRANSLATE_NOOP("Kpi", "Queue wait, mean"), "min"),
    "queue_wait_p50": (QT_TRANSLATE_NOOP("Kpi", "Queue wait, median"), "min"),
    "queue_wait_p90": (QT_TRANSLATE_NOOP("Kpi", "Queue wait, 90th percentile"), "min"),
    "queue_wait_p95": (QT_TRANSLATE_NOOP("Kpi", "Queue wait, 95th percentile"), "min"),
    "fcr_rate": (QT_TRANSLATE_NOOP("Kpi", "First-contact resolution"), "%"),
    "escalation_rate": (QT_TRANSLATE_NOOP("Kpi", "Escalation rate"), "%"),
    "sla_first_response_breach_rate": (QT_TRANSLATE_NOOP("Kpi", "First-response SLA breaches"), "%"),
    "sla_first_response_breached_open": (
        QT_TRANSLATE_NOOP("Kpi", "First-response SLA breached, still open at the end"),
        "",
    ),
    "sla_resolution_breach_rate": (QT_TRANSLATE_NOOP("Kpi", "Resolution SLA breaches"), "%"),
    "sla_resolution_breached_open": (
        QT_TRANSLATE_NOOP("Kpi", "Resolution SLA breached, still open at the end"),
        "",
    ),
    "reopen_rate": (QT_TRANSLATE_NOOP("Kpi", "Re-opened tickets"), "%"),
    "satisfaction_rate": (QT_TRANSLATE_NOOP("Kpi", "Satisfied survey answers"), "%"),
    "roadmap_requests": (QT_TRANSLATE_NOOP("Kpi", "Feature requests sent to the roadmap"), ""),
    "visible_time_mean": (QT_TRANSLATE_NOOP("Kpi", "Time above the line of visibility, per ticket"), "min"),
    "backstage_time_mean": (QT_TRANSLATE_NOOP("Kpi", "Time backstage, per ticket"), "min"),
    "cost_total": (QT_TRANSLATE_NOOP("Kpi", "Staff cost"), "money"),
    "stuck": (QT_TRANSLATE_NOOP("Kpi", "Tickets with no way out"), ""),
    # only when an intake makes follow-up contacts (model/sim/contacts.py)
    "contacts_per_ticket": (QT_TRANSLATE_NOOP("Kpi", "Contacts per ticket"), ""),
    "follow_ups": (QT_TRANSLATE_NOOP("Kpi", "Follow-up contacts"), ""),
    "merged_at_triage": (QT_TRANSLATE_NOOP("Kpi", "Follow-ups merged at triage"), ""),
    "duplicates_merged": (QT_TRANSLATE_NOOP("Kpi", "Duplicate tickets worked, then merged"), ""),
    "duplicate_rate": (QT_TRANSLATE_NOOP("Kpi", "Duplicate tickets"), "%"),
    "duplicate_minutes": (QT_TRANSLATE_NOOP("Kpi", "Agent time on duplicate tickets"), "min"),
    "merge_minutes": (QT_TRANSLATE_NOOP("Kpi", "Agent time on merges at triage"), "min"),
    # only with an approval on a transition or a re-assignment with a reason (sim/approvals.py)
    "approvals_asked": (QT_TRANSLATE_NOOP("Kpi", "Approvals asked"), ""),
    "approvals_granted": (QT_TRANSLATE_NOOP("Kpi", "Approvals granted"), ""),
    "approvals_rejected": (QT_TRANSLATE_NOOP("Kpi", "Approvals rejected"), ""),
    "approval_time": (QT_TRANSLATE_NOOP("Kpi", "Approval time, mean"), "min"),
    "transfers": (QT_TRANSLATE_NOOP("Kpi", "Transfers with a reason"), ""),
}


# What a KPI means where its label is not enough: the results' tooltip, the help and the report
# (French for the PDF in export/strings.py).
KPI_NOTES: dict[str, str] = {
    "approval_time": QT_TRANSLATE_NOOP(
        "Kpi",
        "Minutes from asking an approval to its answer, granted or rejected, per answer.",
    ),
    "approvals_rejected": QT_TRANSLATE_NOOP(
        "Kpi",
        "A rejected ticket takes the approval's rejection path, by default back to the step it came from.",
    ),
    "transfers": QT_TRANSLATE_NOOP(
        "Kpi",
        "Re-assignments to another pool that give a reason; the results list them per reason.",
    ),
    "contacts_per_ticket": QT_TRANSLATE_NOOP(
        "Kpi",
        "Every contact from customers (first contacts and follow-ups about a ticket still open) "
        "per ticket opened by a first contact.",
    ),
    "duplicate_rate": QT_TRANSLATE_NOOP(
        "Kpi",
        "Follow-ups not recognised at triage become tickets of their own, worked, then merged "
        "into the customer's ticket: their share of all the tickets opened.",
    ),
    "duplicate_minutes": QT_TRANSLATE_NOOP(
        "Kpi",
        "Agent minutes spent on duplicate tickets over the run, triage included: wasted work.",
    ),
    "fcr_rate": QT_TRANSLATE_NOOP(
        "Kpi",
        "A resolved ticket that was never escalated, never re-opened "
        "(an unsatisfied survey, or a way back to an earlier step after the customer's answer, "
        "however it is drawn), never waited for the customer and is not a feature request sent "
        "to the roadmap. The rate is such tickets out of all resolved tickets.",
    ),
    "sla_resolution_breach_rate": QT_TRANSLATE_NOOP(
        "Kpi",
        "A ticket counts as breached as soon as its SLA clock passes the target, whether it was "
        "then resolved, closed, abandoned or is still open at the end of the run. Tickets still "
        "open within their target are not counted yet.",
    ),
    "sla_first_response_breach_rate": QT_TRANSLATE_NOOP(
        "Kpi",
        "A ticket counts as breached as soon as its SLA clock passes the first-response target "
        "without an answer, whatever happens to it next, even if it is still open at the end of "
        "the run.",
    ),
    "resolution_elapsed_mean": QT_TRANSLATE_NOOP(
        "Kpi",
        "Elapsed time: calendar minutes from arrival to resolution, nights and weekends "
        "included, for resolved tickets.",
    ),
    "resolution_sla_mean": QT_TRANSLATE_NOOP(
        "Kpi",
        "SLA clock: the minutes the ticket's SLA policy counts (only business hours when it has "
        "a calendar), less the time paused waiting for the customer, for resolved tickets.",
    ),
    "first_response_sla_mean": QT_TRANSLATE_NOOP(
        "Kpi",
        "SLA clock: the minutes the ticket's SLA policy counts (only business hours when it has "
        "a calendar), less the time paused, from arrival to the first answer.",
    ),
    "time_in_system_mean": QT_TRANSLATE_NOOP(
        "Kpi",
        "Elapsed time from arrival to the end, for every ticket that ended: resolved, closed, "
        "abandoned or with no way on.",
    ),
    "queue_wait_mean": QT_TRANSLATE_NOOP(
        "Kpi",
        "Time between reaching a step and an agent starting on it, for every queue a ticket "
        "joined, including tickets that left the queue at a time limit or gave up.",
    ),
    "in_system_mean": QT_TRANSLATE_NOOP(
        "Kpi",
        "The number of open tickets averaged exactly over the time after the warm-up.",
    ),
    "deflection_rate": QT_TRANSLATE_NOOP(
        "Kpi",
        "Deflection: a contact is deflected when it ends resolved having passed only through steps "
        "done by the customer (self-service) or by the system (automation), never through a step "
        "done by an agent. The deflection rate is deflected contacts out of all contacts. Deflected "
        "contacts are not counted as help-desk arrivals, resolutions or first-contact resolutions, "
        "nor in resolution times, SLA, escalation, re-open or survey figures.",
    ),
}


def kpi_unit(key: str) -> str:
    return KPI_TEXTS.get(key, ("", ""))[1]


# ---------------------------------------------------------------- one way to write a figure
# The window, the comparison, the command line and the PDF all write a KPI value and its interval
# through `format_figure`, so a value and its bounds always share one unit and one precision.

DEFAULT_CURRENCY = "€"  # the document format has no currency yet; cost rates are read as euros


MINUS = "\u2212"  # a true minus sign, as wide as the plus
NBSP, NNBSP = "\u00a0", "\u202f"
SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
HOUR_FROM, DAY_FROM = 120.0, 2880.0  # minutes: below 2 h in minutes, below 2 days in hours


@dataclass(frozen=True)
class NumberStyle:
    """How one language writes numbers and units (decimal mark, grouping, unit words)."""

    language: str
    decimal: str
    group: str
    percent_space: str
    units: Mapping[str, str]
    money: str  # "{symbol}{amount}" or "{amount} {symbol}"

    def number(self, value: float, decimals: int = 1, signed: bool = False) -> str:
        """`value` rounded to `decimals`; never "-0" (a value that rounds to zero has no sign)."""
        rounded = round(value, decimals)
        if rounded == 0:
            rounded = 0.0
        text = f"{abs(rounded):,.{decimals}f}".replace(",", "\x00").replace(".", self.decimal)
        text = text.replace("\x00", self.group)
        if rounded < 0:
            return MINUS + text
        return ("+" + text) if signed and rounded > 0 else text

    def magnitude(self, value: float) -> str:
        """A very large number as a reader writes it: "4.0 × 10¹²" ("4,0 × 10¹²" in French),
        a round one as "5 × 10⁹"; below a million, the number itself ("250,000")."""
        if not math.isfinite(value) or abs(value) < 1e6:
            return self.number(value, 0) if math.isfinite(value) else str(value)
        exponent = math.floor(math.log10(abs(value)))
        mantissa = round(value / 10**exponent, 1)
        if abs(mantissa) >= 10:
            mantissa, exponent = mantissa / 10, exponent + 1
        whole = abs(value - round(mantissa) * 10**exponent) < 1e-9 * abs(value)  # "5 × 10⁹"
        power = str(exponent).translate(SUPERSCRIPTS)
        return f"{self.number(mantissa, 0 if whole else 1)}{NBSP}×{NBSP}10{power}"

    def unit(self, key: str) -> str:
        return self.units.get(key, key)


STYLES: dict[str, NumberStyle] = {
    "en": NumberStyle(
        "en", ".", ",", " ", {"min": "min", "h": "h", "d": "d", "pt": "pt"}, "{symbol}{amount}"
    ),
    "fr": NumberStyle(
        "fr",
        ",",
        NNBSP,
        NNBSP,
        {"min": "min", "h": "h", "d": "j", "pt": "pt"},
        "{amount}" + NBSP + "{symbol}",
    ),
}


def number_style(language: str | None) -> NumberStyle:
    return STYLES.get(language or "en", STYLES["en"])


@dataclass(frozen=True)
class FigureText:
    """A KPI value and its 95 % interval written in one unit. Empty strings when there is no
    interval. `span` is "14.0 – 17.2 h", `bracket` "[+1.8 ; +3.6] h", `half` "± 1.6 h"."""

    value: str
    low: str = ""
    high: str = ""
    half: str = ""
    span: str = ""
    bracket: str = ""

    @property
    def has_interval(self) -> bool:
        return bool(self.span)


def _finite(x: float | None) -> bool:
    return x is not None and math.isfinite(x)


def _scale(unit: str, reference: float) -> tuple[float, str]:
    """Divisor and unit word for a figure whose largest magnitude is `reference`."""
    if unit == "min":
        if reference >= DAY_FROM:
            return 1440.0, "d"
        return (60.0, "h") if reference >= HOUR_FROM else (1.0, "min")
    if unit == "%":
        return 0.01, "%"
    return 1.0, unit


def _decimals(amounts: list[float]) -> int:
    """Whole numbers stay whole; else 0 decimals from 100 up, 1 from 1 up, 2 below."""
    if all(float(a).is_integer() for a in amounts):
        return 0
    top = max(abs(a) for a in amounts)
    return 0 if top >= 100 else (1 if top >= 1 or top == 0 else 2)


def format_figure(
    key: str,
    mean: float | None,
    low: float | None = None,
    high: float | None = None,
    *,
    style: NumberStyle = STYLES["en"],
    signed: bool = False,
    half: float | None = None,
    reference: tuple[float, ...] = (),
    currency: str = DEFAULT_CURRENCY,
    unit: str | None = None,
) -> FigureText:
    """The one formatter of a KPI value with its interval (give `low`/`high` or `half`).

    The unit (min, h or days; %; money) and the precision are picked once from the largest of
    the value and the `reference` values (say, both sides of a comparison) and used for the bounds. `signed`
    writes a difference: "+" before positive values and percentage points for rates. Plain
    figures are counts, times, rates or money, none below zero (nor a rate above 100 %): the
    interval is clipped there, since beyond is the normal approximation's artefact. `unit`
    ("min", "%", "money" or "") stands in for the key's own, for figures that are not KPIs.
    """
    if mean is None or not math.isfinite(mean):
        return FigureText("—")
    unit = kpi_unit(key) if unit is None else unit
    if half is not None and math.isfinite(half) and not (_finite(low) and _finite(high)):
        low, high = mean - half, mean + half
    bounds = (low, high) if low is not None and high is not None and _finite(low) and _finite(high) else None
    if bounds is None:
        return FigureText(_write(unit, mean, reference, signed, style, currency))
    low_, high_ = bounds
    half_width = (high_ - low_) / 2
    if not signed:
        low_, high_ = max(low_, 0.0), (min(high_, 1.0) if unit == "%" else high_)
    return _with_interval(unit, mean, low_, high_, half_width, reference, signed, style, currency)


def _measure(
    unit: str, mean: float, reference: tuple[float, ...], extra: tuple[float, ...] = ()
) -> tuple[float, str, int]:
    """Divisor, unit word and decimals, picked from the value and the `reference` values; from
    `extra` (the bounds) too when those are all zero, as a difference can be."""
    scale_by = [v for v in (mean, *reference) if _finite(v)]
    if not any(scale_by):
        scale_by += extra
    divisor, word = _scale(unit, max(abs(v) for v in scale_by))
    amounts = [v / divisor for v in scale_by]
    top = max(abs(a) for a in amounts)
    decimals = (2 if 0 < top < 0.1 else 1) if unit == "%" else _decimals(amounts)
    return divisor, word, decimals


def _write(
    unit: str, mean: float, reference: tuple[float, ...], signed: bool, style: NumberStyle, currency: str
) -> str:
    """The value alone, in the unit and precision `_measure` picks."""
    divisor, word, decimals = _measure(unit, mean, reference)
    return _with_unit(style.number(mean / divisor, decimals, signed=signed), word, signed, style, currency)


def _with_interval(
    unit: str,
    mean: float,
    low: float,
    high: float,
    half_width: float,
    reference: tuple[float, ...],
    signed: bool,
    style: NumberStyle,
    currency: str,
) -> FigureText:
    # the value sets unit and precision (the same with or without its interval); the bounds
    # only when the value is zero, as a difference can be
    divisor, word, decimals = _measure(unit, mean, reference, (low, high))

    def bare(v: float, sign: bool = signed) -> str:
        return style.number(v / divisor, decimals, signed=sign)

    def whole(v: float, sign: bool = signed) -> str:
        return _with_unit(bare(v, sign), word, signed, style, currency)

    if word == "money":
        span = f"{whole(low)} – {whole(high)}"
        bracket = f"[{whole(low)} ; {whole(high)}]"
    else:  # the unit once, placed as for a single value
        template = _with_unit("{}", word, signed, style, currency)
        span = template.replace("{}", f"{bare(low)} – {bare(high)}")
        bracket = template.replace("{}", f"[{bare(low)} ; {bare(high)}]")
    return FigureText(
        whole(mean), whole(low), whole(high), "±" + NBSP + whole(half_width, False), span, bracket
    )


def _with_unit(amount: str, word: str, signed: bool, style: NumberStyle, currency: str) -> str:
    if word == "money":
        sign = amount[:1] if amount[:1] in ("+", MINUS) else ""
        return sign + style.money.format(symbol=currency, amount=amount[len(sign) :])
    if word == "%":
        return f"{amount}{NBSP}{style.unit('pt')}" if signed else f"{amount}{style.percent_space}%"
    if not word:
        return amount
    return f"{amount}{NBSP}{style.unit(word)}"
