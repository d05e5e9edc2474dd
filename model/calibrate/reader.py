"""Reading a ticket export (CSV) with a column mapping into a `TicketLog`: one row per ticket,
one row per status change, or the product's own CSV event log. A bad row is left out with its
line number and the reason; a file that cannot be read at all raises `CalibrationError`. Never
writes anything.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from blueprint_studio.model.calibrate.columns import Mapping, guess_mapping, normal
from blueprint_studio.model.calibrate.tickets import CalibrationError, RowProblem, Ticket, TicketLog

CsvRows = Any  # the csv module's reader (its type is not public)
Progress = Callable[[float], None]
Cancel = Callable[[], bool]
MAX_EXPORT_BYTES = 512 * 1024 * 1024
MAX_CELL = 100_000  # characters: far above any real cell; a longer one is a broken or hostile file
MAX_PROBLEMS = 10_000  # rows refused that are kept to show (all are counted)
EPOCH = datetime(2000, 1, 3)  # a Monday: minute 0 of the readers
_EPOCH_DAY = EPOCH.toordinal()
# "2024-01-05 13:45", "2024-01-05T13:45:12.5+01:00": the wall-clock time as written (offset ignored)
_ISO = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?:Z|[+-]\d{2}:?\d{2})?$")
PRODUCT_LOG = ("case_id", "node_id", "start_minutes", "end_minutes", "status")
SOLVED_WORDS = frozenset({"solved", "resolved", "resolu", "resolue", "done", "completed", "termine"})
CLOSED_WORDS = frozenset({"closed", "ferme", "clos", "cloture", "abandoned", "rejected"})
_DATE_FORMATS = (
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M %p",
    "%d/%b/%y %I:%M %p",
    "%d/%b/%Y %I:%M %p",
    "%d.%m.%Y %H:%M",
    "%d-%m-%Y %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%d/%m/%Y",
)
_DURATION = re.compile(r"(\d+(?:[.,]\d+)?)\s*(w|d|h|m|min|s)\b", re.IGNORECASE)
_UNIT_MINUTES = {"w": 7 * 1440.0, "d": 1440.0, "h": 60.0, "m": 1.0, "min": 1.0, "s": 1 / 60}


def decode(data: bytes, name: str = "", encoding: str | None = None) -> str:
    """The text of an export: UTF-8 (with or without its mark) or UTF-16 with its mark, or the
    encoding named; anything else is refused naming the line of the first bad byte."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CalibrationError("cal_binary", name)
    try:
        if encoding:
            return data.decode(encoding)
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except LookupError:
        raise CalibrationError("cal_unknown_encoding", name, encoding=encoding) from None
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise CalibrationError("cal_encoding", name, line=line, byte=f"0x{data[exc.start]:02X}") from None


def read_bytes(source: str | os.PathLike[str] | bytes) -> tuple[bytes, str]:
    if isinstance(source, (bytes, bytearray)):
        data, name = bytes(source), ""
    else:
        path = Path(source)
        name = path.name
        if not path.exists():
            raise CalibrationError("cal_missing", name)
        if not path.is_file():
            raise CalibrationError("cal_not_a_file", name)
        if path.stat().st_size > MAX_EXPORT_BYTES:
            raise CalibrationError("cal_too_large", name, limit=MAX_EXPORT_BYTES // (1024 * 1024))
        data = path.read_bytes()
    if not data.strip():
        raise CalibrationError("cal_empty", name)
    return data, name


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t", "|")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _rows(text: str, name: str) -> tuple[list[str], CsvRows, str]:
    first = text.split("\n", 1)[0]
    delimiter = _delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader)]
    except (StopIteration, csv.Error):
        raise CalibrationError("cal_no_header", name) from None
    if not any(header):
        raise CalibrationError("cal_no_header", name)
    return header, reader, delimiter


@contextmanager
def _cell_limit() -> Iterator[None]:
    """The csv module's cell limit (a setting of the whole process) at MAX_CELL while reading."""
    previous = csv.field_size_limit(MAX_CELL)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def read_header(source: str | os.PathLike[str] | bytes, encoding: str | None = None, sample: int = 20):
    """The header and the first `sample` rows, for the mapping step."""
    with _cell_limit():
        return _read_header(source, encoding, sample)


def _read_header(source: str | os.PathLike[str] | bytes, encoding: str | None, sample: int):
    data, name = read_bytes(source)
    header, reader, _ = _rows(decode(data, name, encoding), name)
    rows: list[list[str]] = []
    try:
        for row in reader:
            rows.append(row)
            if len(rows) >= sample:
                break
    except csv.Error:
        pass
    return header, rows


class DateReader:
    """Dates as minutes from `EPOCH`, remembering per column the format that worked last."""

    def __init__(self) -> None:
        self._formats: dict[str, str | None] = {}
        self._days: dict[str, float] = {}

    def minutes(self, column: str, text: str) -> float | None:
        text = text.strip()
        if len(text) in (16, 19) and text[10:11] in (" ", "T") and text[4] == "-" and text[13] == ":":
            # "2024-01-05 13:45" or "2024-01-05 13:45:12", the most common, by slices
            day = self._days.get(text[:10])
            if day is not None and text[11:13].isdigit() and text[14:16].isdigit():
                hour, minute = int(text[11:13]), int(text[14:16])
                seconds = text[17:19] if len(text) == 19 else "0"
                if hour < 24 and minute < 60 and seconds.isdigit() and (len(text) == 16 or text[16] == ":"):
                    return day + hour * 60 + minute + int(seconds) / 60
        iso = _ISO.match(text)
        if iso is not None:  # the common case, without building a datetime: days are cached
            day = self._days.get(iso[1])
            if day is None:
                try:
                    day = self._days[iso[1]] = (date.fromisoformat(iso[1]).toordinal() - _EPOCH_DAY) * 1440.0
                except ValueError:
                    return None
            hour, minute = int(iso[2]), int(iso[3])
            if hour < 24 and minute < 60:
                return day + hour * 60 + minute + (float(iso[4]) / 60 if iso[4] else 0.0)
        fmt = self._formats.get(column)
        if fmt is not None:
            try:
                return self._since(datetime.strptime(text, fmt))
            except ValueError:
                pass
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
            self._formats[column] = None
            return self._since(moment)
        except ValueError:
            pass
        for candidate in _DATE_FORMATS:
            try:
                moment = datetime.strptime(text, candidate)
            except ValueError:
                continue
            self._formats[column] = candidate
            return self._since(moment)
        return None

    @staticmethod
    def _since(moment: datetime) -> float:
        # The wall-clock time as written: the hours of the week are the help desk's own.
        return (moment.replace(tzinfo=None) - EPOCH).total_seconds() / 60.0


def duration_minutes(text: str) -> float | None:
    """A number of minutes ("42", "42.5") or a duration written in units ("1h 30m", "2d")."""
    text = text.strip()
    try:
        return float(text.replace(",", "."))
    except ValueError:
        pass
    parts = _DURATION.findall(text)
    if not parts or _DURATION.sub("", text).strip(" ,"):
        return None
    return sum(float(v.replace(",", ".")) * _UNIT_MINUTES[u.lower()] for v, u in parts)


class CalibrationCancelled(Exception):
    """The reading was stopped by its caller's `cancel`."""


class _Watched:
    """The csv reader, saying every few thousand rows how far it is and whether to stop."""

    EVERY = 4096

    def __init__(self, reader: CsvRows, lines: int, progress: Progress | None, cancel: Cancel | None) -> None:
        self.reader, self.lines, self.progress, self.cancel = reader, max(lines, 1), progress, cancel
        self.count = 0

    @property
    def line_num(self) -> int:
        return int(self.reader.line_num)

    def __iter__(self) -> _Watched:
        return self

    def __next__(self) -> list[str]:
        self.count += 1
        if self.count % self.EVERY == 0:
            if self.cancel is not None and self.cancel():
                raise CalibrationCancelled()
            if self.progress is not None:
                self.progress(min(1.0, self.reader.line_num / self.lines))
        return next(self.reader)


def read_csv(
    source: str | os.PathLike[str] | bytes,
    mapping: Mapping | None = None,
    encoding: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> TicketLog:
    """Every ticket of a CSV export, with `mapping` (role -> column; guessed from the header when
    None). The product's own CSV event log is recognised by its columns. `progress` hears the
    share of lines read; `cancel` returning true stops it (CalibrationCancelled)."""
    with _cell_limit():
        return _read_csv(source, mapping, encoding, progress, cancel)


def _read_csv(
    source: str | os.PathLike[str] | bytes,
    mapping: Mapping | None,
    encoding: str | None,
    progress: Progress | None,
    cancel: Cancel | None,
) -> TicketLog:
    data, name = read_bytes(source)
    text = decode(data, name, encoding)
    header, reader, _ = _rows(text, name)
    if progress is not None or cancel is not None:
        reader = _Watched(reader, text.count("\n"), progress, cancel)
    if all(column in header for column in PRODUCT_LOG):
        log = _read_product_log(header, reader, name, mapping or {})
    else:
        mapping = dict(mapping) if mapping is not None else guess_mapping(header)
        for role, column in mapping.items():
            if column not in header:
                raise CalibrationError("cal_no_column", name, column=column, role=role)
        if "id" not in mapping:
            raise CalibrationError("cal_need_role", name, role="id")
        if "status" in mapping and "status_time" in mapping:
            log = _read_changes(header, reader, name, mapping)
        else:
            if "created" not in mapping:
                raise CalibrationError("cal_need_role", name, role="created")
            log = _read_tickets(header, reader, name, mapping)
    if not log.tickets:
        first = log.problems[0].line if log.problems else 2
        raise CalibrationError("cal_no_tickets", name, problems=len(log.problems), line=first)
    log.rebase()
    return log


def _each_row(header: list[str], reader: CsvRows, problems: list[RowProblem]):
    """(line, row) of each row that has the header's cells; the others become problems."""
    width = len(header)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            reason = "field larger than field limit" in str(exc)
            code, params = (
                ("row_huge", {"limit": MAX_CELL}) if reason else ("row_unreadable", {"reason": str(exc)})
            )
            _problem(problems, RowProblem(reader.line_num, code, params))
            continue
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if len(row) != width:
            _problem(
                problems, RowProblem(reader.line_num, "row_columns", {"found": len(row), "expected": width})
            )
            continue
        yield reader.line_num, row


def _problem(problems: list[RowProblem], problem: RowProblem) -> None:
    if len(problems) < MAX_PROBLEMS:
        problems.append(problem)


def _cell(row: list[str], index: dict[str, int], mapping: Mapping, role: str) -> str:
    column = mapping.get(role)
    return row[index[column]].strip() if column is not None else ""


def _cells(row: list[str], at: dict[str, int]) -> dict[str, str]:
    """The row's cell of each mapped role (its column's index in `at`), stripped."""
    return {role: row[k].strip() for role, k in at.items()}


def _read_tickets(header: list[str], reader: CsvRows, name: str, mapping: Mapping) -> TicketLog:
    at = {role: header.index(column) for role, column in mapping.items()}
    dates = DateReader()
    problems: list[RowProblem] = []
    tickets: list[Ticket] = []
    rows = 0
    for line, row in _each_row(header, reader, problems):
        rows += 1
        ticket_or_problem = _ticket(_cells(row, at), mapping, dates, line)
        if isinstance(ticket_or_problem, RowProblem):
            _problem(problems, ticket_or_problem)
        else:
            tickets.append(ticket_or_problem)
    states = list(dict.fromkeys(s for t in tickets for s, *_ in t.spells))
    return TicketLog(name, "tickets", tickets, problems, rows, states)


def _ticket(cells: dict[str, str], mapping: Mapping, dates: DateReader, line: int) -> Ticket | RowProblem:
    key = cells.get("id", "")
    if not key:
        return RowProblem(line, "row_no_id")
    created_text = cells.get("created", "")
    if not created_text:
        return RowProblem(line, "row_no_created")
    created = dates.minutes(mapping["created"], created_text)
    if created is None:
        return RowProblem(line, "row_bad_date", {"value": created_text[:80], "column": mapping["created"]})
    ticket = Ticket(key, created)
    for role in ("first_reply", "solved", "closed"):
        text = cells.get(role, "")
        if not text:
            continue
        # a plain number is a time after creation ("First reply time in minutes"), else a date
        after = duration_minutes(text) if text[0].isdigit() and len(text) < 16 else None
        moment = created + after if after is not None else dates.minutes(mapping[role], text)
        if moment is None:
            return RowProblem(line, "row_bad_date", {"value": text[:80], "column": mapping[role]})
        if moment < created:
            return RowProblem(line, "row_before_created", {"column": mapping[role]})
        setattr(ticket, role, moment)
    ticket.channel = cells.get("channel", "")
    ticket.priority = cells.get("priority", "")
    ticket.category = cells.get("category", "")
    ticket.group = cells.get("group", "")
    reopened = cells.get("reopened", "")
    if reopened:
        count = _count(reopened)
        if count is None:
            return RowProblem(line, "row_bad_number", {"value": reopened[:80], "column": mapping["reopened"]})
        ticket.reopened = count
    history = cells.get("status_history", "")
    if history:
        changes = _history(history, dates, mapping["status_history"])
        if isinstance(changes, str):
            return RowProblem(line, "row_bad_history", {"value": changes[:80]})
        _spells_from_changes(ticket, changes)
    elif ticket.group:
        start = ticket.first_reply if ticket.first_reply is not None else ticket.created
        end = ticket.solved if ticket.solved is not None else ticket.closed
        if end is not None and end >= start:
            ticket.spells.append((ticket.group, "", start, end))
    return ticket


def _count(text: str) -> int | None:
    word = normal(text)
    if word in ("yes", "true", "oui", "vrai", "y"):
        return 1
    if word in ("no", "false", "non", "faux", "n", ""):
        return 0
    try:
        return max(0, int(float(text.replace(",", "."))))
    except ValueError:
        return None


def _history(text: str, dates: DateReader, column: str) -> list[tuple[float, str]] | str:
    """ "New@2024-01-02 09:00; Open@2024-01-02 09:20": (time, state) in order, or the bad part."""
    changes: list[tuple[float, str]] = []
    for part in re.split(r"[;|\n]", text):
        if not part.strip():
            continue
        state, sep, when = part.rpartition("@")
        if not sep:
            state, sep, when = part.rpartition("=")
        moment = dates.minutes(column, when) if sep else None
        if moment is None or not state.strip():
            return part
        changes.append((moment, state.strip()))
    changes.sort(key=lambda c: c[0])
    return changes


def _spells_from_changes(ticket: Ticket, changes: list[tuple[float, str]]) -> None:
    """Each state lasts until the next change; solved, closed and re-opens from the state names."""
    was_final = False
    for k, (moment, state) in enumerate(changes):
        word = normal(state)
        final = word in SOLVED_WORDS or word in CLOSED_WORDS
        if word in SOLVED_WORDS and ticket.solved is None:
            ticket.solved = moment
        if word in CLOSED_WORDS and ticket.closed is None:
            ticket.closed = moment
        if was_final and not final:
            ticket.reopened += 1
        was_final = final
        if k + 1 < len(changes) and not final:
            ticket.spells.append((state, "", moment, changes[k + 1][0]))


def _read_changes(header: list[str], reader: CsvRows, name: str, mapping: Mapping) -> TicketLog:
    """One row per status change: the rows of a ticket, in time order, make its history."""
    index = {column: i for i, column in enumerate(header)}
    dates = DateReader()
    problems: list[RowProblem] = []
    changes: dict[str, list[tuple[float, str]]] = {}
    info: dict[str, Ticket] = {}
    rows = 0
    for line, row in _each_row(header, reader, problems):
        rows += 1
        key = _cell(row, index, mapping, "id")
        if not key:
            _problem(problems, RowProblem(line, "row_no_id"))
            continue
        text = _cell(row, index, mapping, "status_time")
        moment = dates.minutes(mapping["status_time"], text) if text else None
        if moment is None:
            _problem(
                problems,
                RowProblem(line, "row_bad_date", {"value": text[:80], "column": mapping["status_time"]}),
            )
            continue
        changes.setdefault(key, []).append((moment, _cell(row, index, mapping, "status")))
        ticket = info.get(key)
        if ticket is None:
            ticket = info[key] = Ticket(key, moment)
            for role in ("channel", "priority", "category", "group"):
                setattr(ticket, role, _cell(row, index, mapping, role))
        ticket.created = min(ticket.created, moment)
    tickets = []
    for key, ticket in info.items():
        history = sorted(changes[key], key=lambda c: c[0])
        _spells_from_changes(ticket, history)
        tickets.append(ticket)
    states = list(dict.fromkeys(s for t in tickets for s, *_ in t.spells))
    return TicketLog(name, "changes", tickets, problems, rows, states)


def _read_product_log(header: list[str], reader: CsvRows, name: str, mapping: Mapping) -> TicketLog:
    """The product's CSV event log (export/eventlog.py): each row an activity with its enabled,
    start and end minutes; the time in a step is its service (start to end), as simulated."""
    index = {column: i for i, column in enumerate(header)}
    col = {c: index[c] for c in ("case_id", "activity", "node_id", "status", "start_minutes", "end_minutes")}
    enabled_at = index.get("enabled_minutes")
    fields = {role: index.get(mapping.get(role, role)) for role in ("channel", "priority", "category")}
    problems: list[RowProblem] = []
    info: dict[str, Ticket] = {}
    rows = 0
    for line, row in _each_row(header, reader, problems):
        rows += 1
        key = row[col["case_id"]]
        try:
            end = float(row[col["end_minutes"]])
            start = float(row[col["start_minutes"]]) if row[col["start_minutes"]] else end
            enabled = float(row[enabled_at]) if enabled_at is not None and row[enabled_at] else start
        except ValueError:
            _problem(
                problems,
                RowProblem(
                    line, "row_bad_number", {"value": row[col["end_minutes"]][:80], "column": "end_minutes"}
                ),
            )
            continue
        ticket = info.get(key)
        if ticket is None:
            ticket = info[key] = Ticket(key, enabled)
            for role, at in fields.items():
                if at is not None:
                    setattr(ticket, role, row[at])
        ticket.created = min(ticket.created, enabled)
        status = row[col["status"]]
        if status in ("resolved", "closed", "abandoned", "rejected"):
            if status == "resolved" and ticket.solved is None:
                ticket.solved = end
            elif ticket.closed is None:
                ticket.closed = end
            ticket.spells.append((row[col["activity"]], row[col["node_id"]], end, end))
        elif status != "arrived":  # an arrival at an intake takes no time: only `created`
            ticket.spells.append((row[col["activity"]], row[col["node_id"]], start, end))
    tickets = list(info.values())
    for ticket in tickets:
        ticket.spells.sort(key=lambda s: (s[2], s[3]))
    states = list(dict.fromkeys(s for t in tickets for s, *_ in t.spells))
    return TicketLog(name, "log", tickets, problems, rows, states)
