"""Reading an XES event log (IEEE 1849, as the product writes it, or a process-mining tool) into
a `TicketLog`: a trace per ticket, its events' start and complete times giving the time in each
activity. XML is parsed with entities and external references refused (model/bpmn/safe_xml.py).
"""

from __future__ import annotations

import os

from blueprint_studio.model.bpmn.safe_xml import parse
from blueprint_studio.model.calibrate.reader import DateReader, read_bytes
from blueprint_studio.model.calibrate.tickets import CalibrationError, RowProblem, Ticket, TicketLog

FINAL = {"resolved": "solved", "closed": "closed", "abandoned": "closed", "rejected": "closed"}
FIELD_ROLES = {"channel": "channel", "priority": "priority", "category": "category"}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attributes(element) -> dict[str, str]:
    return {
        child.get("key", ""): child.get("value", "")
        for child in element
        if _local(child.tag) in ("string", "date", "int", "float", "boolean", "id")
    }


def read_xes(source: str | os.PathLike[str] | bytes) -> TicketLog:
    data, name = read_bytes(source)
    root = parse(data, name)
    if _local(root.tag) != "log":
        raise CalibrationError("cal_not_xes", name, root=_local(root.tag))
    dates = DateReader()
    tickets: list[Ticket] = []
    problems: list[RowProblem] = []
    for number, trace in enumerate((t for t in root if _local(t.tag) == "trace"), start=1):
        attrs = _attributes(trace)
        key = attrs.get("concept:name") or str(number)
        ticket = _trace(key, trace, attrs, dates)
        if ticket is None:
            problems.append(RowProblem(number, "row_no_created"))
        else:
            tickets.append(ticket)
    if not tickets:
        raise CalibrationError("cal_no_tickets", name, problems=len(problems), line=1)
    states = list(dict.fromkeys(s for t in tickets for s, *_ in t.spells))
    log = TicketLog(name, "xes", tickets, problems, len(tickets) + len(problems), states)
    log.rebase()
    return log


def _trace(key: str, trace, attrs: dict[str, str], dates: DateReader) -> Ticket | None:
    ticket: Ticket | None = None
    started: dict[str, float] = {}
    for event in (e for e in trace if _local(e.tag) == "event"):
        ev = _attributes(event)
        moment = dates.minutes("time:timestamp", ev.get("time:timestamp", ""))
        if moment is None:
            continue
        if ticket is None:
            ticket = Ticket(key, moment)
        ticket.created = min(ticket.created, moment)
        activity = ev.get("concept:name", "")
        transition = ev.get("lifecycle:transition", "complete")
        status = ev.get("status", "")
        if transition == "start":
            started[activity] = moment
        elif transition == "complete":
            role = FINAL.get(status)
            if role is not None and getattr(ticket, role) is None:
                setattr(ticket, role, moment)
            start = started.pop(activity, moment)
            ticket.spells.append((activity, "", start, moment))
    if ticket is not None:
        for field, role in FIELD_ROLES.items():
            setattr(ticket, role, attrs.get(field, ""))
    return ticket
