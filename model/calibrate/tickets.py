"""What the calibration reads from an export: one `Ticket` per ticket (its times in minutes, its
channel, priority, category, group and the states it went through), the rows it could not use
(`RowProblem`: a line number and a code), and the refusal of a file that cannot be read at all
(`CalibrationError`). Codes, not prose: `ERROR_TEXTS` and `ROW_TEXTS` hold the English words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from blueprint_studio.model import texts
from blueprint_studio.model.fileformat import LoadError
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP

ERROR_TEXTS: dict[str, str] = {
    "cal_missing": QT_TRANSLATE_NOOP("Calibration", "the file does not exist"),
    "cal_not_a_file": QT_TRANSLATE_NOOP("Calibration", "it is not a file (a folder, a device or a pipe)"),
    "cal_too_large": QT_TRANSLATE_NOOP("Calibration", "the file is larger than {limit} MB"),
    "cal_empty": QT_TRANSLATE_NOOP("Calibration", "the file is empty"),
    "cal_binary": QT_TRANSLATE_NOOP("Calibration", "it is not a text file (it holds binary data)"),
    "cal_encoding": QT_TRANSLATE_NOOP(
        "Calibration",
        "line {line} is not UTF-8 text (byte {byte}); save the export as UTF-8, or name its encoding",
    ),
    "cal_no_header": QT_TRANSLATE_NOOP("Calibration", "the first line holds no column names"),
    "cal_unknown_encoding": QT_TRANSLATE_NOOP(
        "Calibration", "“{encoding}” is not a text encoding known here"
    ),
    "cal_no_column": QT_TRANSLATE_NOOP(
        "Calibration", "the column “{column}” chosen for “{role}” is not in the file"
    ),
    "cal_need_role": QT_TRANSLATE_NOOP(
        "Calibration", "choose a column for “{role}”: the calibration cannot do without it"
    ),
    "cal_no_tickets": QT_TRANSLATE_NOOP(
        "Calibration", "no ticket could be read ({problems} row refused: line {line})"
    ),
    "cal_not_xes": QT_TRANSLATE_NOOP(
        "Calibration", "it is not an XES event log (its root element is {root})"
    ),
    "cal_xml": QT_TRANSLATE_NOOP("Calibration", "it is not well-formed XML ({reason})"),
}
ROW_TEXTS: dict[str, str] = {
    "row_no_id": QT_TRANSLATE_NOOP("Calibration", "no ticket number"),
    "row_no_created": QT_TRANSLATE_NOOP("Calibration", "no creation date"),
    "row_bad_date": QT_TRANSLATE_NOOP("Calibration", "“{value}” in {column} is not a date"),
    "row_bad_number": QT_TRANSLATE_NOOP("Calibration", "“{value}” in {column} is not a number"),
    "row_before_created": QT_TRANSLATE_NOOP("Calibration", "{column} is before the creation date"),
    "row_huge": QT_TRANSLATE_NOOP("Calibration", "a cell longer than {limit} characters"),
    "row_columns": QT_TRANSLATE_NOOP("Calibration", "{found} cells where the header has {expected}"),
    "row_unreadable": QT_TRANSLATE_NOOP("Calibration", "the row cannot be read as CSV ({reason})"),
    "row_bad_history": QT_TRANSLATE_NOOP("Calibration", "“{value}” in the status history is not state@date"),
}

# What could not be matched to the blueprint (model/calibrate/mapping.py's notes).
NOTE_TEXTS: dict[str, str] = {
    "cal_state_unmatched": QT_TRANSLATE_NOOP(
        "Calibration", "“{state}” ({tickets} ticket) matches no step: its times are not used"
    ),
    "cal_state_ambiguous": QT_TRANSLATE_NOOP(
        "Calibration", "“{state}” could be any of {candidates}: rename one, its times are not used"
    ),
    "cal_state_few": QT_TRANSLATE_NOOP(
        "Calibration", "“{state}” has only {count} duration: too few to fit, the step keeps its own"
    ),
    "cal_step_unseen": QT_TRANSLATE_NOOP(
        "Calibration", "no state of the export matches the step “{step}”: it keeps its own duration"
    ),
    "cal_channel_unmatched": QT_TRANSLATE_NOOP(
        "Calibration",
        "the channel “{channel}” ({tickets} ticket) has no intake: its arrivals are not used",
    ),
    "cal_value_unmatched": QT_TRANSLATE_NOOP(
        "Calibration", "“{value}” ({tickets} ticket) is not a value of the field “{field}”"
    ),
    "cal_rows_refused": QT_TRANSLATE_NOOP("Calibration", "{count} row left out (see the list)"),
    "cal_short_span": QT_TRANSLATE_NOOP(
        "Calibration",
        "the export covers {days} day, less than a week: the hours it does not cover take the "
        "rate of the same hour on the days it covers",
    ),
}

# The texts above that a count decides (written for one): the count's parameter and the plural
# form; `english` and model/calibrate/words.say pick the form (model.texts.plural).
PLURAL_TEXTS: dict[str, tuple[str, str]] = {
    "cal_no_tickets": (
        "problems",
        QT_TRANSLATE_NOOP(
            "Calibration", "no ticket could be read ({problems} rows refused; the first: line {line})"
        ),
    ),
    "cal_state_unmatched": (
        "tickets",
        QT_TRANSLATE_NOOP(
            "Calibration", "“{state}” ({tickets} tickets) matches no step: its times are not used"
        ),
    ),
    "cal_state_few": (
        "count",
        QT_TRANSLATE_NOOP(
            "Calibration", "“{state}” has only {count} durations: too few to fit, the step keeps its own"
        ),
    ),
    "cal_channel_unmatched": (
        "tickets",
        QT_TRANSLATE_NOOP(
            "Calibration",
            "the channel “{channel}” ({tickets} tickets) has no intake: its arrivals are not used",
        ),
    ),
    "cal_value_unmatched": (
        "tickets",
        QT_TRANSLATE_NOOP(
            "Calibration", "“{value}” ({tickets} tickets) is not a value of the field “{field}”"
        ),
    ),
    "cal_rows_refused": (
        "count",
        QT_TRANSLATE_NOOP("Calibration", "{count} rows left out (see the list)"),
    ),
    "cal_short_span": (
        "days",
        QT_TRANSLATE_NOOP(
            "Calibration",
            "the export covers {days} days, less than a week: the hours it does not cover take the "
            "rate of the same hour on the days it covers",
        ),
    ),
}


def source_text(table: dict[str, str], code: str, params: dict[str, Any], language: str = "en") -> str:
    """The English source of `code` in `table`, in the form its count takes in `language`."""
    text = table.get(code, code)
    if code in PLURAL_TEXTS and code in table:
        param, many = PLURAL_TEXTS[code]
        if texts.is_plural(float(params.get(param) or 0), language):  # a count, not yet written out
            return many
    return text


class CalibrationError(LoadError):
    """An export that cannot be read at all; `code` and `params` say why."""

    def __init__(self, code: str, source: str = "", **params: Any) -> None:
        super().__init__(source_text(ERROR_TEXTS, code, params).format(**params), "", source, code, params)


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A row left out: its line in the file (1 is the header) and why."""

    line: int
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        return ROW_TEXTS.get(self.code, self.code).format(**self.params)


@dataclass(slots=True)
class Ticket:
    """One ticket, times in minutes from the reader's origin (set by `TicketLog.rebase`)."""

    key: str
    created: float
    first_reply: float | None = None
    solved: float | None = None
    closed: float | None = None
    channel: str = ""
    priority: str = ""
    category: str = ""
    group: str = ""
    reopened: int = 0
    # (state, node id when the log names one, start, end): the time spent in each state or step
    spells: list[tuple[str, str, float, float]] = field(default_factory=list)

    @property
    def resolution(self) -> float | None:
        end = self.solved if self.solved is not None else self.closed
        return None if end is None else end - self.created


@dataclass
class TicketLog:
    """The tickets read, the rows refused and what the file was."""

    source: str
    kind: str  # "tickets" (one row per ticket), "changes" (one row per status change), "log", "xes"
    tickets: list[Ticket]
    problems: list[RowProblem]
    rows: int = 0
    # states as the file orders them (first seen first), for tables in a stable order
    states: list[str] = field(default_factory=list)

    def rebase(self) -> None:
        """Times from 00:00 on the Monday of the first ticket's week, so that hours of the week
        line up with the simulator's (its minute 0 is a Monday 00:00)."""
        if not self.tickets:
            return
        first = min(t.created for t in self.tickets)
        origin = first - first % (7 * 24 * 60)  # the readers' minute 0 is a Monday 00:00
        if origin == 0:
            return
        for t in self.tickets:
            t.created -= origin
            t.first_reply = None if t.first_reply is None else t.first_reply - origin
            t.solved = None if t.solved is None else t.solved - origin
            t.closed = None if t.closed is None else t.closed - origin
            t.spells = [(s, n, a - origin, b - origin) for s, n, a, b in t.spells]
