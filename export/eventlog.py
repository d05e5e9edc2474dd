"""Event logs of a simulation run, streamed to disk as CSV or XES (IEEE 1849) for process-mining
tools. Both are `EventSink`s the engine calls; memory holds only the events of open tickets (XES
groups events by ticket). Names are written safely: XES is always well-formed XML, CSV cells never
start a spreadsheet formula. No Qt, no reportlab.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import quoteattr as _quoteattr

from blueprint_studio.export.safe_text import csv_row, xml_safe

# Simulated minute 0 is a Monday 00:00, so weekly shifts line up with the calendar.
EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
# "merged": a follow-up contact merged into its customer's ticket (model/sim/contacts.py)
FINAL = frozenset({"resolved", "closed", "abandoned", "rejected", "stuck", "merged"})
# the rows of an approval on a link (model/sim/approvals.py): asked, then the answer; its `node`
# is the approval (the link's id, "approval: ‹role›"), its resource the approving role
APPROVAL_ASKED = "approval_requested"
APPROVAL_ANSWERS = frozenset({"approval_granted", "approval_rejected"})


def timestamp(minutes: float | None) -> str:
    if minutes is None:
        return ""
    return (EPOCH + timedelta(minutes=minutes)).isoformat(timespec="milliseconds")


def quoteattr(value: Any) -> str:
    """An XML attribute value in quotes, without the characters XML 1.0 cannot hold."""
    return _quoteattr(xml_safe(value))


def _lane(node: Any) -> str:
    return (node.lane or "") if node is not None else ""


def _resource(node: Any, pool: str | None, agent: int | None) -> str:
    """Who did an activity: an agent of a pool ("pool#3"), the pool, or for a step done by the
    system or the customer "system" or "customer", so that process-mining tools see automation
    and self-service as resources of their own; for an approval, the role that approves."""
    if node is not None and node.kind == "approval":
        return node.role
    if pool is not None and agent is not None:
        return f"{pool}#{agent + 1}"
    performer = getattr(node, "performer", "agent") if node is not None and node.kind == "step" else "agent"
    return pool or ("" if performer == "agent" else performer)


class CsvEventLog:
    """One row per activity, written as it ends."""

    def __init__(self, path: str | Path, field_names: list[str]) -> None:
        # errors="replace": a lone surrogate in a name must not stop a log half written
        self._handle: IO[str] = open(path, "w", newline="", encoding="utf-8", errors="replace")
        self._fields = list(field_names)
        self._writer = csv.writer(self._handle)
        self._writer.writerow(
            csv_row(
                [
                    "case_id",
                    "activity",
                    "node_id",
                    "lane",
                    "pool",
                    "resource",
                    "status",
                    "enabled",
                    "start",
                    "end",
                    "enabled_minutes",
                    "start_minutes",
                    "end_minutes",
                    *self._fields,
                ]
            )
        )

    def record(self, ticket, node, pool, agent, enabled, start, end, status) -> None:
        resource = _resource(node, pool, agent)
        self._writer.writerow(
            csv_row(
                [
                    ticket.id,
                    node.title if node is not None else "",
                    node.id if node is not None else "",
                    _lane(node),
                    pool or "",
                    resource,
                    status,
                    timestamp(enabled),
                    timestamp(start),
                    timestamp(end),
                    enabled,
                    "" if start is None else start,
                    end,
                    *[ticket.fields.get(name, "") for name in self._fields],
                ]
            )
        )

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> CsvEventLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class XesEventLog:
    """A trace per ticket, written when the ticket closes (or at the end for open tickets)."""

    def __init__(self, path: str | Path, field_names: list[str], name: str = "Blueprint Studio") -> None:
        self._handle: IO[str] = open(path, "w", encoding="utf-8")
        self._fields = list(field_names)
        self._open: dict[int, tuple[dict[str, Any], list[str]]] = {}
        w = self._handle.write
        w('<?xml version="1.0" encoding="UTF-8"?>\n')
        w('<log xes.version="1.0" xes.features="nested-attributes" xmlns="http://www.xes-standard.org/">\n')
        for ext, prefix in (
            ("Concept", "concept"),
            ("Time", "time"),
            ("Lifecycle", "lifecycle"),
            ("Organizational", "org"),
        ):
            w(
                f'  <extension name="{ext}" prefix="{prefix}" uri="http://www.xes-standard.org/{prefix}.xesext"/>\n'
            )
        w(f'  <string key="concept:name" value={quoteattr(name)}/>\n')

    @staticmethod
    def _event(activity: str, transition: str, minutes: float, resource: str, status: str) -> str:
        return (
            "    <event>\n"
            f'      <string key="concept:name" value={quoteattr(activity)}/>\n'
            f'      <string key="lifecycle:transition" value="{transition}"/>\n'
            f'      <date key="time:timestamp" value="{timestamp(minutes)}"/>\n'
            f'      <string key="org:resource" value={quoteattr(resource)}/>\n'
            f'      <string key="status" value={quoteattr(status)}/>\n'
            "    </event>\n"
        )

    def record(self, ticket, node, pool, agent, enabled, start, end, status) -> None:
        fields, events = self._open.setdefault(ticket.id, (dict(ticket.fields), []))
        activity = node.title if node is not None else status
        resource = _resource(node, pool, agent)
        if status == APPROVAL_ASKED:  # the approval is asked: scheduled, until its answer
            events.append(self._event(activity, "schedule", end, resource, status))
        elif status in APPROVAL_ANSWERS:
            events.append(self._event(activity, "complete", end, resource, status))
        elif status == "arrived" or (
            status in FINAL and node is not None and (node.kind == "end" or status == "merged")
        ):
            events.append(self._event(activity, "complete", end, "", status))
        else:
            events.append(self._event(activity, "schedule", enabled, resource, status))
            if start is not None:
                events.append(self._event(activity, "start", start, resource, status))
            events.append(self._event(activity, "complete", end, resource, status))
        fields.update(ticket.fields)
        if status in FINAL:
            self._write_trace(ticket.id)

    def _write_trace(self, case: int) -> None:
        fields, events = self._open.pop(case)
        w = self._handle.write
        w("  <trace>\n")
        w(f'    <string key="concept:name" value="{case}"/>\n')
        for name in self._fields:
            w(f"    <string key={quoteattr(name)} value={quoteattr(str(fields.get(name, '')))}/>\n")
        w("".join(events))
        w("  </trace>\n")

    def close(self) -> None:
        for case in list(self._open):
            self._write_trace(case)
        self._handle.write("</log>\n")
        self._handle.close()

    def __enter__(self) -> XesEventLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_event_log(
    path: str | Path, field_names: list[str], name: str = "Blueprint Studio"
) -> CsvEventLog | XesEventLog:
    """By the file's extension: `.xes` for XES (the log named `name`, e.g. the blueprint's
    title), anything else CSV."""
    if str(path).lower().endswith(".xes"):
        return XesEventLog(path, field_names, name=name or "Blueprint Studio")
    return CsvEventLog(path, field_names)
