"""Human-readable, translatable names of the model's fields and choice values for the forms.

Only text: the properties dock and its sub-forms look names up here instead of showing raw names.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from canvas.items.lane import lane_kind_name

CONTEXT = "Properties"
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("Properties", "Title"),
    "kind": QT_TRANSLATE_NOOP("Properties", "Lane kind"),
    "height": QT_TRANSLATE_NOOP("Properties", "Height"),
    "width": QT_TRANSLATE_NOOP("Properties", "Width"),
    "pool": QT_TRANSLATE_NOOP("Properties", "Pool of agents"),
    "lane": QT_TRANSLATE_NOOP("Properties", "Lane"),
    "channel": QT_TRANSLATE_NOOP("Properties", "Channel"),
    "rate_per_hour": QT_TRANSLATE_NOOP("Properties", "Arrival rate (per hour)"),
    "schedule": QT_TRANSLATE_NOOP("Properties", "Weekly arrival rates"),
    "interarrival": QT_TRANSLATE_NOOP("Properties", "Time between arrivals (minutes)"),
    "set_fields": QT_TRANSLATE_NOOP("Properties", "Field values set at arrival"),
    "patience": QT_TRANSLATE_NOOP("Properties", "Customer patience (minutes)"),
    "duration": QT_TRANSLATE_NOOP("Properties", "Duration (minutes)"),
    "duration_rules": QT_TRANSLATE_NOOP("Properties", "Duration rules"),
    "time_limit": QT_TRANSLATE_NOOP("Properties", "Time limit (minutes)"),
    "escalate_to": QT_TRANSLATE_NOOP("Properties", "Escalate to"),
    "first_response": QT_TRANSLATE_NOOP("Properties", "Counts as first response"),
    "pauses_sla": QT_TRANSLATE_NOOP("Properties", "Pauses the SLA clocks"),
    "level": QT_TRANSLATE_NOOP("Properties", "Support level"),
    "template_response": QT_TRANSLATE_NOOP("Properties", "Template response"),
    "guidance": QT_TRANSLATE_NOOP("Properties", "Guidance for agents"),
    "mandatory_fields": QT_TRANSLATE_NOOP("Properties", "Mandatory fields"),
    "actions": QT_TRANSLATE_NOOP("Properties", "Automated actions"),
    "question": QT_TRANSLATE_NOOP("Properties", "Question"),
    "response_time": QT_TRANSLATE_NOOP("Properties", "Customer response time (minutes)"),
    "p_response": QT_TRANSLATE_NOOP("Properties", "Probability the customer replies"),
    "timeout": QT_TRANSLATE_NOOP("Properties", "Timeout (minutes)"),
    "timeout_target": QT_TRANSLATE_NOOP("Properties", "After the timeout, go to"),
    "p_satisfied": QT_TRANSLATE_NOOP("Properties", "Probability of satisfaction"),
    "condition": QT_TRANSLATE_NOOP("Properties", "Condition"),
    "backlog": QT_TRANSLATE_NOOP("Properties", "Backlog"),
    "outcome": QT_TRANSLATE_NOOP("Properties", "Outcome"),
    "description": QT_TRANSLATE_NOOP("Properties", "Description"),
    "text": QT_TRANSLATE_NOOP("Properties", "Text"),
    "source": QT_TRANSLATE_NOOP("Properties", "From node"),
    "target": QT_TRANSLATE_NOOP("Properties", "To node"),
    "label": QT_TRANSLATE_NOOP("Properties", "Label"),
    "probability": QT_TRANSLATE_NOOP("Properties", "Probability"),
    "default": QT_TRANSLATE_NOOP("Properties", "Default branch"),
    "before": QT_TRANSLATE_NOOP("Properties", "Before: offered only when"),
    "during": QT_TRANSLATE_NOOP("Properties", "During: fields to fill"),
    "after": QT_TRANSLATE_NOOP("Properties", "After: automated actions"),
}
STEP_POOL = QT_TRANSLATE_NOOP("Properties", "Pool")
VALUE_LABELS = {
    "channel": {"email": QT_TRANSLATE_NOOP("Properties", "E-mail"),
                "phone": QT_TRANSLATE_NOOP("Properties", "Phone"),
                "chat": QT_TRANSLATE_NOOP("Properties", "Chat"),
                "portal": QT_TRANSLATE_NOOP("Properties", "Portal"),
                "other": QT_TRANSLATE_NOOP("Properties", "Other")},
    "outcome": {"resolved": QT_TRANSLATE_NOOP("Properties", "Resolved"),
                "closed": QT_TRANSLATE_NOOP("Properties", "Closed"),
                "abandoned": QT_TRANSLATE_NOOP("Properties", "Abandoned"),
                "rejected": QT_TRANSLATE_NOOP("Properties", "Rejected")},
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(name: str, element: Any = None) -> str:
    """The row label of field `name` (a step's pool is a reference, a lane's pool a whole form)."""
    if name == "pool" and getattr(element, "kind", None) == "step":
        return tr(STEP_POOL)
    if name in FIELD_LABELS:
        return tr(FIELD_LABELS[name])
    return tr(name.replace("_", " ").capitalize())


def value_label(field: str, value: Any) -> str:
    """How a choice value reads in a combo (a lane kind by its display name)."""
    if field == "kind":
        return lane_kind_name(str(value))
    known = VALUE_LABELS.get(field, {})
    return tr(known[value]) if value in known else str(value)
