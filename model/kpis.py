"""The simulation KPIs as pure data: key -> English label and unit, shared by the app (which
translates the labels through Qt) and the PDF report (which has its own French table). No Qt here.
"""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for Qt's translation tools without importing Qt; returns it unchanged."""
    return text


# Units: "min" (minutes), "%" (a rate between 0 and 1), "" (a count or money).
KPI_TEXTS: dict[str, tuple[str, str]] = {
    "arrived": (QT_TRANSLATE_NOOP("Kpi", "Tickets arrived"), ""),
    "resolved": (QT_TRANSLATE_NOOP("Kpi", "Tickets resolved"), ""),
    "abandoned": (QT_TRANSLATE_NOOP("Kpi", "Tickets abandoned"), ""),
    "in_progress": (QT_TRANSLATE_NOOP("Kpi", "Tickets still open at the end"), ""),
    "resolution_mean": (QT_TRANSLATE_NOOP("Kpi", "Resolution time, mean"), "min"),
    "resolution_p50": (QT_TRANSLATE_NOOP("Kpi", "Resolution time, median"), "min"),
    "resolution_p90": (QT_TRANSLATE_NOOP("Kpi", "Resolution time, 90th percentile"), "min"),
    "resolution_p95": (QT_TRANSLATE_NOOP("Kpi", "Resolution time, 95th percentile"), "min"),
    "resolution_max": (QT_TRANSLATE_NOOP("Kpi", "Resolution time, longest"), "min"),
    "first_response_mean": (QT_TRANSLATE_NOOP("Kpi", "First response time, mean"), "min"),
    "fcr_rate": (QT_TRANSLATE_NOOP("Kpi", "First-contact resolution"), "%"),
    "escalation_rate": (QT_TRANSLATE_NOOP("Kpi", "Escalation rate"), "%"),
    "sla_first_response_breach_rate": (QT_TRANSLATE_NOOP("Kpi", "First-response SLA breaches"), "%"),
    "sla_resolution_breach_rate": (QT_TRANSLATE_NOOP("Kpi", "Resolution SLA breaches"), "%"),
    "reopen_rate": (QT_TRANSLATE_NOOP("Kpi", "Re-opened tickets"), "%"),
    "satisfaction_rate": (QT_TRANSLATE_NOOP("Kpi", "Satisfied survey answers"), "%"),
    "roadmap_requests": (QT_TRANSLATE_NOOP("Kpi", "Feature requests sent to the roadmap"), ""),
    "visible_time_mean": (QT_TRANSLATE_NOOP("Kpi", "Time above the line of visibility, per ticket"), "min"),
    "backstage_time_mean": (QT_TRANSLATE_NOOP("Kpi", "Time backstage, per ticket"), "min"),
    "cost_total": (QT_TRANSLATE_NOOP("Kpi", "Staff cost"), ""),
    "stuck": (QT_TRANSLATE_NOOP("Kpi", "Tickets with no way out"), ""),
}


def kpi_unit(key: str) -> str:
    return KPI_TEXTS.get(key, ("", ""))[1]
