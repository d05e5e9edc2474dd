"""The fixed words of the exported PDFs (legend, title block, headings, KPI labels) in English and
French, and dates per language; numbers, durations and KPI values are written by model.kpis
(the window's formatter too). No Qt here; user text never passes through it.
"""

from __future__ import annotations

import datetime as _dt
import math
from typing import Any

from blueprint_studio.export.catalogue import translate
from blueprint_studio.model.kpis import (
    KPI_NOTES,
    KPI_TEXTS,
    FigureText,
    NumberStyle,
    format_figure,
    number_style,
)
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP

LANGUAGES = ("en", "fr")

_EN: dict[str, str] = {
    # legend and drawing
    "legend": QT_TRANSLATE_NOOP("Paper", "Legend"),
    "kind.intake": QT_TRANSLATE_NOOP("Paper", "Intake (channel)"),
    "kind.step": QT_TRANSLATE_NOOP("Canvas", "Step"),
    "kind.step_system": QT_TRANSLATE_NOOP("Paper", "Automated step"),
    "kind.step_customer": QT_TRANSLATE_NOOP("Paper", "Self-service step"),
    "kind.decision": QT_TRANSLATE_NOOP("Canvas", "Decision"),
    "kind.wait": QT_TRANSLATE_NOOP("Canvas", "Wait for customer"),
    "kind.satisfaction": QT_TRANSLATE_NOOP("Canvas", "Satisfaction survey"),
    "kind.roadmap": QT_TRANSLATE_NOOP("Canvas", "Roadmap"),
    "kind.end": QT_TRANSLATE_NOOP("Canvas", "End"),
    "kind.evidence": QT_TRANSLATE_NOOP("Canvas", "Physical evidence"),
    "kind.note": QT_TRANSLATE_NOOP("Canvas", "Note"),
    "edge.flow": QT_TRANSLATE_NOOP("Paper", "Ticket flow"),
    "edge.association": QT_TRANSLATE_NOOP("Paper", "Association"),
    "line.interaction": QT_TRANSLATE_NOOP("Canvas", "Line of interaction"),
    "line.visibility": QT_TRANSLATE_NOOP("Canvas", "Line of visibility"),
    "line.internal_interaction": QT_TRANSLATE_NOOP("Canvas", "Line of internal interaction"),
    "lane.customer": QT_TRANSLATE_NOOP("Canvas", "Customer actions"),
    "lane.frontstage": QT_TRANSLATE_NOOP("Paper", "Frontstage actions"),
    "lane.backstage": QT_TRANSLATE_NOOP("Paper", "Backstage actions"),
    "lane.support": QT_TRANSLATE_NOOP("Canvas", "Support processes"),
    "lane.evidence": QT_TRANSLATE_NOOP("Canvas", "Physical evidence"),
    "lane.custom": QT_TRANSLATE_NOOP("Canvas", "Lane"),
    "default": QT_TRANSLATE_NOOP("Canvas", "default"),
    "untitled": QT_TRANSLATE_NOOP("Paper", "Untitled blueprint"),
    # title block and sheets
    "title": QT_TRANSLATE_NOOP("Paper", "Title"),
    "page": QT_TRANSLATE_NOOP("Paper", "Page"),
    "author": QT_TRANSLATE_NOOP("Paper", "Author"),
    "revision": QT_TRANSLATE_NOOP("Paper", "Revision"),
    "date": QT_TRANSLATE_NOOP("Paper", "Date"),
    "page_of": QT_TRANSLATE_NOOP("Paper", "Page {page} of {pages}"),
    "sheet": QT_TRANSLATE_NOOP("Paper", "Sheet {label}"),
    "page_map": QT_TRANSLATE_NOOP("Paper", "Page map"),
    "page_map_hint": QT_TRANSLATE_NOOP(
        "Paper",
        "Printed at {scale} % on {count} sheets with {overlap} mm overlap: trim along the crop "
        "marks and align each sheet on the dashed overlap of the previous one.",
    ),
    "blueprint": QT_TRANSLATE_NOOP("Paper", "Blueprint"),
    "lanes": QT_TRANSLATE_NOOP("Paper", "Lanes"),
    "generator": QT_TRANSLATE_NOOP("Paper", "Blueprint Studio"),
    "subject_blueprint": QT_TRANSLATE_NOOP("Paper", "Service blueprint"),
    "subject_report": QT_TRANSLATE_NOOP("Paper", "Simulation report"),
    "subject_handout": QT_TRANSLATE_NOOP("Paper", "Training handout"),
    # report
    "report": QT_TRANSLATE_NOOP("Paper", "Simulation report"),
    "scenario": QT_TRANSLATE_NOOP("Paper", "Scenario"),
    "no_scenario": QT_TRANSLATE_NOOP("ResultsDock", "Default settings"),
    "settings": QT_TRANSLATE_NOOP("Paper", "Settings"),
    "horizon": QT_TRANSLATE_NOOP("Paper", "Simulated time"),
    "tickets_limit": QT_TRANSLATE_NOOP("Paper", "Tickets measured (after the warm-up)"),
    # how the run ended (engine_results.py: Engine._status; the window's words: app/shell/kpi_words.py)
    "status_queue": QT_TRANSLATE_NOOP(
        "Paper",
        "Unstable: the queue at {node} passed {limit} tickets after {time} of simulated time. The "
        "run was stopped there: its figures cover only that time.",
    ),
    "status_loop": QT_TRANSLATE_NOOP(
        "RunStatus",
        "Unstable: a ticket entered {node} {limit} times without reaching an end, a loop it never "
        "leaves. The run was stopped after {time} of simulated time.",
    ),
    "status_open": QT_TRANSLATE_NOOP(
        "RunStatus",
        "Unstable: more than {limit} tickets were open at once. The run was stopped after {time} "
        "of simulated time.",
    ),
    "status_pending": QT_TRANSLATE_NOOP(
        "RunStatus",
        "Unstable: more than {limit} events were waiting to happen. The run was stopped after "
        "{time} of simulated time.",
    ),
    "status_unfinished": QT_TRANSLATE_NOOP(
        "RunStatus", "Unfinished: {open} tickets never reached an end ({time} of simulated time)."
    ),
    "status_empty": QT_TRANSLATE_NOOP(
        "Paper", "No ticket was measured: every ticket arrived during the warm-up ({warmup})."
    ),
    "warmup": QT_TRANSLATE_NOOP("Paper", "Warm-up (not counted)"),
    "replications": QT_TRANSLATE_NOOP("ResultsDock", "Replications"),
    "seed": QT_TRANSLATE_NOOP("Paper", "Random seed"),
    "arrival_multiplier": QT_TRANSLATE_NOOP("Paper", "Arrival multiplier"),
    "staffing": QT_TRANSLATE_NOOP("Paper", "Staffing"),
    "pool": QT_TRANSLATE_NOOP("Paper", "Pool"),
    "kpis": QT_TRANSLATE_NOOP("Paper", "Key indicators"),
    "indicator": QT_TRANSLATE_NOOP("Paper", "Indicator"),
    "mean": QT_TRANSLATE_NOOP("ResultsDock", "Mean"),
    "ci": QT_TRANSLATE_NOOP("Paper", "95 % confidence interval"),
    "ci_note": QT_TRANSLATE_NOOP(
        "Paper",
        "Means over {n} replications; the interval contains the true mean with 95 % confidence. A "
        "dash means the indicator does not apply.",
    ),
    "single_run": QT_TRANSLATE_NOOP("Paper", "One replication: no confidence interval."),
    "deflection_note": KPI_NOTES["deflection_rate"],
    "resolution_chart": QT_TRANSLATE_NOOP("Paper", "Resolution time"),
    "resolution_note": QT_TRANSLATE_NOOP(
        "Paper",
        "The results keep the median, the 90th and 95th percentiles, the longest time and the mean "
        "of each group: bars show the quantiles, the diamond the mean, the red line the resolution "
        "target of the matching SLA.",
    ),
    "all_tickets": QT_TRANSLATE_NOOP("Paper", "All tickets"),
    "sla_target": QT_TRANSLATE_NOOP("Paper", "SLA target"),
    "longest": QT_TRANSLATE_NOOP("Paper", "longest"),
    # the resolution chart's key, in words (the window's and the targets' own)
    "p50": QT_TRANSLATE_NOOP("Results", "median"),
    "p90": QT_TRANSLATE_NOOP("TargetsDock", "90th percentile"),
    "p95": QT_TRANSLATE_NOOP("TargetsDock", "95th percentile"),
    "backlog_chart": QT_TRANSLATE_NOOP("Paper", "Open tickets over time"),
    "backlog_note": QT_TRANSLATE_NOOP(
        "Paper", "Each grey line is one replication; the dark line is their mean."
    ),
    "days": QT_TRANSLATE_NOOP("Paper", "days"),
    "open_tickets": QT_TRANSLATE_NOOP("Paper", "open tickets"),
    "utilisation_chart": QT_TRANSLATE_NOOP("Paper", "Utilisation per pool"),
    "utilisation_note": QT_TRANSLATE_NOOP(
        "Paper", "Share of the agents' on-duty time spent serving tickets (mean and 95 % interval)."
    ),
    "states_chart": QT_TRANSLATE_NOOP("Paper", "Time per state"),
    "states_note": QT_TRANSLATE_NOOP(
        "Paper", "Mean time a closed ticket spends in each step or wait, queueing included."
    ),
    "heatmap": QT_TRANSLATE_NOOP("Paper", "Where tickets wait"),
    "heatmap_note": QT_TRANSLATE_NOOP(
        "Paper", "Steps coloured by the mean wait for an agent; grey nodes do not queue."
    ),
    "heatmap_views": QT_TRANSLATE_NOOP(
        "Paper",
        "Above, the whole blueprint with each part that follows framed on it; below, those parts, "
        "stage by stage from left to right, printed large enough to read.",
    ),
    "wait_mean": QT_TRANSLATE_NOOP("Paper", "Mean wait"),
    "no_wait": QT_TRANSLATE_NOOP("Paper", "no queue"),
    "steps_table": QT_TRANSLATE_NOOP("Paper", "Steps"),
    "step": QT_TRANSLATE_NOOP("Canvas", "Step"),
    "wait_p90": QT_TRANSLATE_NOOP("Paper", "Wait, 90th percentile"),
    "wait_p95": QT_TRANSLATE_NOOP("Paper", "Wait, 95th percentile"),
    "definitions": QT_TRANSLATE_NOOP("Paper", "What the indicators mean"),
    "per_value": QT_TRANSLATE_NOOP("Paper", "Queue waits and breaches by field value"),
    "field_value": QT_TRANSLATE_NOOP("Paper", "Tickets"),
    "per_policy": QT_TRANSLATE_NOOP("Paper", "Breaches by SLA policy"),
    "sla_policy": QT_TRANSLATE_NOOP("Paper", "SLA policy"),
    "policy_tickets": QT_TRANSLATE_NOOP("Paper", "Tickets"),
    "kpi_definition": QT_TRANSLATE_NOOP("Paper", "{label}: {note}"),
    "queue_mean": QT_TRANSLATE_NOOP("Paper", "Queue, mean"),
    "breaches": QT_TRANSLATE_NOOP("ResultsDock", "Breaches"),
    # the steps table's last two heads: a count of tickets each, not an SLA breach rate
    "queue_mean_tickets": QT_TRANSLATE_NOOP("Paper", "Queue, mean (tickets)"),
    "limit_breaches": QT_TRANSLATE_NOOP("Paper", "Time limit exceeded (tickets)"),
    # handout
    "handout": QT_TRANSLATE_NOOP("Paper", "Training handout"),
    "card": QT_TRANSLATE_NOOP("Walkthrough", "Ticket card"),
    "fields": QT_TRANSLATE_NOOP("Paper", "Ticket fields"),
    "path": QT_TRANSLATE_NOOP("Paper", "Path"),
    "step_n": QT_TRANSLATE_NOOP("Paper", "Step {n}"),
    "guidance": QT_TRANSLATE_NOOP("Paper", "Guidance"),
    "template": QT_TRANSLATE_NOOP("Walkthrough", "Template response"),
    "mandatory": QT_TRANSLATE_NOOP("Paper", "Mandatory fields"),
    "sla": QT_TRANSLATE_NOOP("Paper", "SLA targets"),
    "first_response": QT_TRANSLATE_NOOP("Paper", "first response"),
    "resolution": QT_TRANSLATE_NOOP("Paper", "resolution"),
    "time_limit": QT_TRANSLATE_NOOP("Paper", "Time limit {limit}, then escalate to {target}"),
    "branch": QT_TRANSLATE_NOOP("Paper", "Branch taken"),
    "no_path": QT_TRANSLATE_NOOP("Paper", "This card has no expected path yet."),
    "business_hours": QT_TRANSLATE_NOOP("Paper", "business hours"),
    "no_sla": QT_TRANSLATE_NOOP("Walkthrough", "No SLA applies to this ticket."),
    "intake_via": QT_TRANSLATE_NOOP("Paper", "Arrives by {channel}"),
    "outcome": QT_TRANSLATE_NOOP("Walkthrough", "Outcome: {outcome}"),
    "channel.email": QT_TRANSLATE_NOOP("Paper", "e-mail"),
    "channel.phone": QT_TRANSLATE_NOOP("Paper", "phone"),
    "channel.chat": QT_TRANSLATE_NOOP("Paper", "chat"),
    "channel.portal": QT_TRANSLATE_NOOP("Paper", "portal"),
    "channel.other": QT_TRANSLATE_NOOP("Paper", "another channel"),
    "outcome.resolved": QT_TRANSLATE_NOOP("Paper", "resolved"),
    "outcome.closed": QT_TRANSLATE_NOOP("Paper", "closed"),
    "outcome.abandoned": QT_TRANSLATE_NOOP("Paper", "abandoned"),
    "outcome.rejected": QT_TRANSLATE_NOOP("Paper", "rejected"),
    "yes": QT_TRANSLATE_NOOP("Walkthrough", "yes"),
    "no": QT_TRANSLATE_NOOP("Paper", "no"),
    "unit.min": QT_TRANSLATE_NOOP("Paper", "min"),
    "unit.h": QT_TRANSLATE_NOOP("Paper", "h"),
    "unit.d": QT_TRANSLATE_NOOP("Paper", "d"),
}

# The window's context of the texts that the window shows too (one translation for both); the
# others are the PDF's own ("Paper").
_CONTEXT: dict[str, str] = {
    "kind.step": "Canvas",
    "kind.decision": "Canvas",
    "kind.wait": "Canvas",
    "kind.satisfaction": "Canvas",
    "kind.roadmap": "Canvas",
    "kind.end": "Canvas",
    "kind.evidence": "Canvas",
    "kind.note": "Canvas",
    "line.interaction": "Canvas",
    "line.visibility": "Canvas",
    "line.internal_interaction": "Canvas",
    "lane.customer": "Canvas",
    "lane.support": "Canvas",
    "lane.evidence": "Canvas",
    "lane.custom": "Canvas",
    "default": "Canvas",
    "no_scenario": "ResultsDock",
    "status_loop": "RunStatus",
    "status_open": "RunStatus",
    "status_pending": "RunStatus",
    "status_unfinished": "RunStatus",
    "replications": "ResultsDock",
    "mean": "ResultsDock",
    "step": "Canvas",
    "breaches": "ResultsDock",
    "card": "Walkthrough",
    "template": "Walkthrough",
    "no_sla": "Walkthrough",
    "outcome": "Walkthrough",
    "yes": "Walkthrough",
    "p50": "Results",
    "p90": "TargetsDock",
    "p95": "TargetsDock",
}


class Strings:
    """The PDF's words and number formats in one language (English when unknown)."""

    def __init__(self, language: str | None) -> None:
        self.language = language if language in LANGUAGES else "en"

    def __call__(self, key: str, **params: object) -> str:
        source = _EN.get(key)
        if source is None:
            return key
        context = "Kpi" if key == "deflection_note" else _CONTEXT.get(key, "Paper")
        text = translate(context, source, self.language)
        return text.format(**params) if params else text

    def kpi_note(self, key: str) -> str:
        """What a KPI means (model.kpis.KPI_NOTES, context "Kpi"), as the window's help says it."""
        note = KPI_NOTES.get(key)
        return translate("Kpi", note, self.language) if note else ""

    def kpi_label(self, key: str) -> str:
        """The KPI's name as the window shows it (model.kpis, context "Kpi")."""
        return translate("Kpi", KPI_TEXTS.get(key, (key, ""))[0], self.language)

    # ------------------------------------------------------------ numbers (model.kpis writes them)
    @property
    def style(self) -> NumberStyle:
        return number_style(self.language)

    def number(self, value: float, decimals: int = 1) -> str:
        return self.style.number(value, decimals)

    def percent(self, rate: float | None, decimals: int = 1) -> str:
        if rate is None or not math.isfinite(rate):
            return "—"
        return f"{self.number(rate * 100, decimals)}{self.style.percent_space}%"

    def minutes(self, value: float | None) -> str:
        """A duration given in minutes: minutes below 2 h, hours below 2 days, else days."""
        return format_figure("resolution_elapsed_mean", value, style=self.style).value

    def kpi_figure(
        self,
        key: str,
        mean: float | None,
        low: float | None = None,
        high: float | None = None,
        **options: Any,
    ) -> FigureText:
        return format_figure(key, mean, low, high, style=self.style, **options)

    def kpi_value(self, key: str, value: float | None) -> str:
        return self.kpi_figure(key, value).value

    def kpi_interval(self, key: str, mean: float | None, low: float | None, high: float | None) -> str:
        """ "14.0 – 17.2 h": both bounds in the unit of the mean, clipped to possible values."""
        return self.kpi_figure(key, mean, low, high).span or "—"

    def date(self, day: _dt.date) -> str:
        return day.strftime("%d/%m/%Y") if self.language == "fr" else day.isoformat()
