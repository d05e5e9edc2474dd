"""Human-readable, translatable names of the model's fields and choice values for the forms.

Only text: the properties dock and its sub-forms look names up here instead of showing raw names.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from blueprint_studio.canvas.items.lane import lane_kind_name
from blueprint_studio.canvas.items.node import kind_name
from blueprint_studio.model.schema import Blueprint, Edge, Lane, Pool, Scenario, SlaPolicy, Stage, TicketCard

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
    "field_shares": QT_TRANSLATE_NOOP("Properties", "Own shares at arrival"),
    "patience": QT_TRANSLATE_NOOP("Properties", "Customer patience (minutes)"),
    "duration": QT_TRANSLATE_NOOP("Properties", "Duration (minutes)"),
    "duration_rules": QT_TRANSLATE_NOOP("Properties", "Duration rules"),
    "time_limit": QT_TRANSLATE_NOOP("Properties", "Time limit (minutes)"),
    "escalate_to": QT_TRANSLATE_NOOP("Properties", "Escalate to"),
    "ladder": QT_TRANSLATE_NOOP("Properties", "Escalation ladder"),
    "follow_ups": QT_TRANSLATE_NOOP("Properties", "Follow-up contacts"),
    "merge": QT_TRANSLATE_NOOP("Properties", "Merge rule"),
    "required_skill": QT_TRANSLATE_NOOP("Properties", "Required skill"),
    "approval": QT_TRANSLATE_NOOP("Properties", "Approval"),
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
    "performer": QT_TRANSLATE_NOOP("Properties", "Done by"),
    "calendar": QT_TRANSLATE_NOOP("Properties", "Calendar"),
    "currency": QT_TRANSLATE_NOOP("Properties", "Currency"),
}
# What each field means, with its unit: the tooltip of its row (label and editor)
FIELD_TIPS = {
    "title": QT_TRANSLATE_NOOP("Properties", "The name people read on the canvas, in lists and in messages."),
    "kind": QT_TRANSLATE_NOOP(
        "Properties",
        "What the lane holds (customer, frontstage, backstage, support…); the dashed lines follow from it.",
    ),
    "height": QT_TRANSLATE_NOOP("Properties", "Height on the canvas, in points (1/72 inch at 100 % zoom)."),
    "width": QT_TRANSLATE_NOOP("Properties", "Width on the canvas, in points (1/72 inch at 100 % zoom)."),
    "pool": QT_TRANSLATE_NOOP(
        "Properties",
        "The agents who do this work (empty: the pool of the step's lane), their number, cost and shifts.",
    ),
    "lane": QT_TRANSLATE_NOOP("Properties", "The lane (swimlane) this node sits in."),
    "channel": QT_TRANSLATE_NOOP(
        "Properties", "How tickets arrive here: e-mail, phone, chat, portal or other."
    ),
    "rate_per_hour": QT_TRANSLATE_NOOP(
        "Properties",
        "Tickets arriving per hour, on average (random arrivals, Poisson). Unit: tickets per hour.",
    ),
    "schedule": QT_TRANSLATE_NOOP(
        "Properties",
        "Arrival rates that change by weekday and hour, in tickets per hour; replaces the constant rate.",
    ),
    "interarrival": QT_TRANSLATE_NOOP(
        "Properties",
        "The time between two arrivals as a distribution, in minutes; replaces the arrival rate when set.",
    ),
    "set_fields": QT_TRANSLATE_NOOP(
        "Properties", "Ticket field values every ticket arriving here gets (e.g. Channel: phone)."
    ),
    "field_shares": QT_TRANSLATE_NOOP(
        "Properties",
        "This intake's own shares of a list field's values, in percent, in place of the field's "
        "overall shares (e.g. more feature requests by the portal).",
    ),
    "patience": QT_TRANSLATE_NOOP(
        "Properties",
        "How long a customer waits in the queue before giving up, in minutes. None: customers never give up.",
    ),
    "duration": QT_TRANSLATE_NOOP(
        "Properties", "How long the work takes once an agent starts it, in minutes (a distribution)."
    ),
    "duration_rules": QT_TRANSLATE_NOOP(
        "Properties",
        "Other durations in minutes for some tickets (P1 takes longer…); the first rule that holds applies.",
    ),
    "time_limit": QT_TRANSLATE_NOOP(
        "Properties",
        "Minutes a ticket may wait in this queue before it escalates to the target below (empty: no limit).",
    ),
    "escalate_to": QT_TRANSLATE_NOOP(
        "Properties", "Where a ticket goes when its time limit passes while it still waits in the queue."
    ),
    "follow_ups": QT_TRANSLATE_NOOP(
        "Properties",
        "Customers who write again about a ticket still open: how many, when and through which channel. "
        "Each follow-up is a contact that a step with a merge rule can recognise and merge.",
    ),
    "approval": QT_TRANSLATE_NOOP(
        "Properties",
        "A transition that needs approval: the ticket waits for the answer (minutes, no agent of the flow); "
        "approved, it goes on; rejected, it goes back to the step it comes from, or where you choose.",
    ),
    "merge": QT_TRANSLATE_NOOP(
        "Properties",
        "Recognise follow-ups here (triage): a share is merged into the customer's open ticket after a "
        "detection time; the others become duplicate tickets, worked, then merged.",
    ),
    "ladder": QT_TRANSLATE_NOOP(
        "Properties",
        "What happens as the time limit runs: a warning at a share of it, then a role notified, the "
        "priority raised, and tickets in service sent to the escalation target too.",
    ),
    "required_skill": QT_TRANSLATE_NOOP(
        "Properties",
        "The skill an agent needs for this step when its pool assigns by skills first (Pools tab of the "
        "Blueprint settings); after the pool's fallback wait, any agent takes it. Empty: any agent.",
    ),
    "first_response": QT_TRANSLATE_NOOP(
        "Properties",
        "The end of this step stops the first-response clock of the SLA (the customer got an answer).",
    ),
    "pauses_sla": QT_TRANSLATE_NOOP(
        "Properties", "While a ticket is here (waiting for the customer), its SLA clocks do not run."
    ),
    "level": QT_TRANSLATE_NOOP(
        "Properties",
        "The support level of this step (1, 2, 3…), used for escalation rates per level. Empty: none.",
    ),
    "template_response": QT_TRANSLATE_NOOP(
        "Properties", "The canned answer agents send at this step; shown in walkthroughs and handouts."
    ),
    "guidance": QT_TRANSLATE_NOOP(
        "Properties", "Instructions or knowledge-base text for the agent; shown in walkthroughs and handouts."
    ),
    "mandatory_fields": QT_TRANSLATE_NOOP(
        "Properties", "Ticket fields the agent must fill in before the ticket leaves this step."
    ),
    "actions": QT_TRANSLATE_NOOP(
        "Properties",
        "What happens by itself when the step ends: set a field, send a response, notify, re-assign.",
    ),
    "question": QT_TRANSLATE_NOOP("Properties", "The question this decision answers, shown to trainees."),
    "response_time": QT_TRANSLATE_NOOP(
        "Properties", "How long the customer takes to reply, in minutes (a distribution)."
    ),
    "p_response": QT_TRANSLATE_NOOP(
        "Properties", "The share of customers who reply at all, from 0 to 1 (0.8 = 80 %)."
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "Properties", "Minutes to wait for the customer before giving up and moving on. Empty: wait forever."
    ),
    "timeout_target": QT_TRANSLATE_NOOP(
        "Properties", "Where the ticket goes when the customer has not replied in time."
    ),
    "p_satisfied": QT_TRANSLATE_NOOP(
        "Properties",
        "The share of customers satisfied by the answer, from 0 to 1; the others re-open the ticket.",
    ),
    "condition": QT_TRANSLATE_NOOP(
        "Properties",
        "What a ticket needs to take this branch (Priority is P1 or P2); branches are tried in order.",
    ),
    "backlog": QT_TRANSLATE_NOOP("Properties", "The product backlog feature requests are recorded in."),
    "outcome": QT_TRANSLATE_NOOP(
        "Properties", "How the ticket ends here: resolved, closed, abandoned or rejected."
    ),
    "description": QT_TRANSLATE_NOOP(
        "Properties", "What the customer sees or receives (e.g. the confirmation e-mail)."
    ),
    "text": QT_TRANSLATE_NOOP("Properties", "The text of the note; notes are not part of the ticket flow."),
    "source": QT_TRANSLATE_NOOP("Properties", "The node tickets leave by this link."),
    "target": QT_TRANSLATE_NOOP("Properties", "The node tickets reach by this link."),
    "label": QT_TRANSLATE_NOOP("Properties", "The words written on the link (e.g. Yes, Complex)."),
    "probability": QT_TRANSLATE_NOOP(
        "Properties", "The share of tickets that take this branch, from 0 to 1 (0.25 = 25 %)."
    ),
    "default": QT_TRANSLATE_NOOP(
        "Properties", "Tickets that match no other branch take this one (“otherwise”)."
    ),
    "before": QT_TRANSLATE_NOOP(
        "Properties", "A guard: the branch is offered only to tickets whose fields hold this condition."
    ),
    "during": QT_TRANSLATE_NOOP(
        "Properties", "Ticket fields that must be filled in to pass along this link."
    ),
    "after": QT_TRANSLATE_NOOP(
        "Properties", "What happens automatically when a ticket passes along this link."
    ),
    "performer": QT_TRANSLATE_NOOP(
        "Properties",
        "Who does this step: an agent (queue, cost), the system (no queue, no cost) or the customer.",
    ),
    "calendar": QT_TRANSLATE_NOOP(
        "Properties", "The opening hours and public holidays whose business hours the SLA clocks count."
    ),
    "currency": QT_TRANSLATE_NOOP(
        "Properties", "The currency of every cost in the document (ISO code, e.g. EUR)."
    ),
}
STEP_POOL = QT_TRANSLATE_NOOP("Properties", "Pool")
VALUE_LABELS = {
    "channel": {
        "email": QT_TRANSLATE_NOOP("Properties", "E-mail"),
        "phone": QT_TRANSLATE_NOOP("Properties", "Phone"),
        "chat": QT_TRANSLATE_NOOP("Properties", "Chat"),
        "portal": QT_TRANSLATE_NOOP("Properties", "Portal"),
        "other": QT_TRANSLATE_NOOP("Properties", "Other"),
    },
    "performer": {
        "agent": QT_TRANSLATE_NOOP("Properties", "An agent"),
        "system": QT_TRANSLATE_NOOP("Properties", "The system (automation)"),
        "customer": QT_TRANSLATE_NOOP("Properties", "The customer (self-service)"),
    },
    "outcome": {
        "resolved": QT_TRANSLATE_NOOP("Properties", "Resolved"),
        "closed": QT_TRANSLATE_NOOP("Properties", "Closed"),
        "abandoned": QT_TRANSLATE_NOOP("Properties", "Abandoned"),
        "rejected": QT_TRANSLATE_NOOP("Properties", "Rejected"),
    },
}


# What an element is called when it has no title (ids are never shown)
ELEMENT_KINDS = {
    "edge": QT_TRANSLATE_NOOP("Properties", "Link"),
    "lane": QT_TRANSLATE_NOOP("Properties", "Lane"),
    "stage": QT_TRANSLATE_NOOP("Properties", "Stage"),
    "pool": QT_TRANSLATE_NOOP("Properties", "Pool"),
    "scenario": QT_TRANSLATE_NOOP("Properties", "Scenario"),
    "sla": QT_TRANSLATE_NOOP("Properties", "SLA"),
    "card": QT_TRANSLATE_NOOP("Properties", "Ticket card"),
}
_KINDS = (
    (Edge, "edge"),
    (Lane, "lane"),
    (Stage, "stage"),
    (Pool, "pool"),
    (Scenario, "scenario"),
    (SlaPolicy, "sla"),
    (TicketCard, "card"),
)
UNTITLED = QT_TRANSLATE_NOOP("Properties", "{kind} {number} (untitled)")
UNTITLED_LANE = QT_TRANSLATE_NOOP("Properties", "{kind} (lane {number}, untitled)")
QUOTED = QT_TRANSLATE_NOOP("Properties", "\u201c{title}\u201d")
LINK_ENDS = QT_TRANSLATE_NOOP("Properties", "{source} \u2192 {target}")
MISSING = QT_TRANSLATE_NOOP("Properties", "(missing element)")
HEADING = QT_TRANSLATE_NOOP("Properties", "{kind} \u00b7 {name}")
HEADING_UNTITLED = QT_TRANSLATE_NOOP("Properties", "{kind} {number} \u00b7 untitled")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(name: str, element: Any = None) -> str:
    """The row label of field `name` (a step's pool is a reference, a lane's pool a whole form)."""
    if name == "pool" and getattr(element, "kind", None) == "step":
        return tr(STEP_POOL)
    if name in FIELD_LABELS:
        return tr(FIELD_LABELS[name])
    return tr(name.replace("_", " ").capitalize())


SURVEY_CONDITION_TIP = QT_TRANSLATE_NOOP(
    "Properties", "When set, tickets whose fields hold it are satisfied, instead of the probability."
)


def field_tip(name: str, element: Any = None) -> str:
    """The tooltip of field `name`: what it means and its unit ('' when none is written)."""
    if name == "condition" and getattr(element, "kind", None) == "satisfaction":
        return tr(SURVEY_CONDITION_TIP)
    return tr(FIELD_TIPS[name]) if name in FIELD_TIPS else ""


def value_label(field: str, value: Any) -> str:
    """How a choice value reads in a combo (a lane kind by its display name)."""
    if field == "kind":
        return lane_kind_name(str(value))
    known = VALUE_LABELS.get(field, {})
    return tr(known[value]) if value in known else str(value)


def _kind_key(element: Any) -> str | None:
    return next((key for cls, key in _KINDS if isinstance(element, cls)), None)


def element_kind(element: Any) -> str:
    """'Step', 'Decision', 'Link', 'Lane', 'Stage', 'Pool', … in the window's language."""
    key = _kind_key(element)
    return tr(ELEMENT_KINDS[key]) if key else kind_name(str(getattr(element, "kind", "")))


def _siblings(element: Any, blueprint: Any) -> list[Any]:
    key = _kind_key(element)
    if key == "pool":
        return blueprint.all_pools()
    if key == "sla":
        return list(blueprint.sla) + [p for s in blueprint.scenarios for p in s.sla or ()]
    if key is not None:
        return list(
            getattr(
                blueprint,
                {
                    "edge": "edges",
                    "lane": "lanes",
                    "stage": "stages",
                    "scenario": "scenarios",
                    "card": "cards",
                }[key],
            )
        )
    return [n for n in blueprint.nodes if n.kind == getattr(element, "kind", None)]


_numbered: list[Any] = []  # [blueprint, {(group, id): number}]: one walk per blueprint, not per name


def _group(element: Any) -> str:
    return _kind_key(element) or f"node:{getattr(element, 'kind', '')}"


def _numbers(blueprint: Any) -> dict[tuple[str, str], int]:
    """Every element's place among those of its kind, for the blueprint shown (blueprints are
    immutable: a new one is a new object), so that naming n untitled nodes costs n, not n²."""
    if _numbered and _numbered[0] is blueprint:
        return _numbered[1]
    found: dict[tuple[str, str], int] = {}
    counts: dict[str, int] = {}
    groups = [*blueprint.nodes, *blueprint.edges, *blueprint.lanes, *blueprint.stages]
    groups += [*blueprint.all_pools(), *blueprint.scenarios, *blueprint.cards]
    groups += [*blueprint.sla, *(p for s in blueprint.scenarios for p in s.sla or ())]
    for element in groups:
        group = _group(element)
        counts[group] = counts.get(group, 0) + 1
        found.setdefault((group, element.id), counts[group])
    _numbered[:] = [blueprint, found]
    return found


def number_of(element: Any, blueprint: Any) -> int:
    """The element's place among those of its kind (1, 2, …): tells untitled ones apart."""
    key = getattr(element, "id", None)
    if isinstance(blueprint, Blueprint):
        return _numbers(blueprint).get((_group(element), str(key)), 0)
    return next((i for i, e in enumerate(_siblings(element, blueprint), 1) if e.id == key), 0)


def own_name(element: Any) -> str:
    """The title a person gave the element ('' when none)."""
    if isinstance(element, Edge):
        return element.label.strip()
    return (getattr(element, "title", "") or getattr(element, "name", "") or "").strip()


def display_name(element: Any, blueprint: Any) -> str:
    """What a picker or list shows for an element: its title, or 'Step 3 (untitled)',
    'Backstage (lane 2, untitled)', a link by its ends; never its id."""
    name = own_name(element)
    if name:
        return name
    number = number_of(element, blueprint)
    if isinstance(element, Lane):
        return tr(UNTITLED_LANE).format(kind=lane_kind_name(element.kind), number=number)
    if isinstance(element, Edge):
        return link_ends(element, blueprint)
    return tr(UNTITLED).format(kind=element_kind(element), number=number)


def link_ends(edge: Edge, blueprint: Any) -> str:
    """A link by its ends: '“Triage” → “Fix”'."""
    ends = [blueprint_node(blueprint, k) for k in (edge.source, edge.target)]
    names = [tr(QUOTED).format(title=display_name(n, blueprint)) if n else tr(MISSING) for n in ends]
    return tr(LINK_ENDS).format(source=names[0], target=names[1])


def blueprint_node(blueprint: Any, key: str) -> Any:
    return next((n for n in blueprint.nodes if n.id == key), None)


def heading(element: Any, blueprint: Any) -> str:
    """The properties panel's heading: 'Step · Check the request', 'Step 3 · untitled'."""
    if isinstance(element, Edge) and own_name(element):  # "Yes" alone is ambiguous: add the ends
        ends = link_ends(element, blueprint)
        return tr(HEADING).format(kind=element_kind(element), name=f"{own_name(element)} ({ends})")
    if own_name(element) or isinstance(element, Edge):
        return tr(HEADING).format(kind=element_kind(element), name=display_name(element, blueprint))
    return tr(HEADING_UNTITLED).format(kind=element_kind(element), number=number_of(element, blueprint))
