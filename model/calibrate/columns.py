"""The columns of a ticket export: the roles a column can play, the presets of common help-desk
tools (column names as those tools export them), and a guess of the mapping from the header.
Pure data and string matching; no reading of files here.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from blueprint_studio.model.texts import QT_TRANSLATE_NOOP

# What a column can say about a ticket, in the order the mapping step lists them.
ROLES: tuple[str, ...] = (
    "id",
    "created",
    "first_reply",
    "solved",
    "closed",
    "status",
    "status_time",
    "status_history",
    "channel",
    "priority",
    "category",
    "group",
    "reopened",
)
# The English words of each role; the window and the command line translate them (context Calibration).
ROLE_TEXTS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("Calibration", "Ticket number"),
    "created": QT_TRANSLATE_NOOP("Calibration", "Created"),
    "first_reply": QT_TRANSLATE_NOOP("Calibration", "First reply"),
    "solved": QT_TRANSLATE_NOOP("Calibration", "Solved"),
    "closed": QT_TRANSLATE_NOOP("Calibration", "Closed"),
    "status": QT_TRANSLATE_NOOP("Calibration", "Status (one row per change)"),
    "status_time": QT_TRANSLATE_NOOP("Calibration", "Time of the status change"),
    "status_history": QT_TRANSLATE_NOOP("Calibration", "Status history"),
    "channel": QT_TRANSLATE_NOOP("Calibration", "Channel"),
    "priority": QT_TRANSLATE_NOOP("Calibration", "Priority"),
    "category": QT_TRANSLATE_NOOP("Calibration", "Category"),
    "group": QT_TRANSLATE_NOOP("Calibration", "Group or level"),
    "reopened": QT_TRANSLATE_NOOP("Calibration", "Re-opened"),
}
# A mapping: role -> the column's name in the header (roles left out are not in the file).
Mapping = dict[str, str]

# Column names as each tool writes them in its CSV export of tickets (several spellings when the
# tool's versions or languages differ); the first name found in a header is used. See
# docs/calibration.md for the versions these come from.
PRESETS: dict[str, dict[str, tuple[str, ...]]] = {
    "zendesk": {
        "id": ("Id", "Ticket ID"),
        "created": ("Created at",),
        "first_reply": ("First reply time in minutes", "First reply time"),
        "solved": ("Solved at",),
        "closed": ("Closed at", "Updated at"),
        "channel": ("Via", "Channel"),
        "priority": ("Priority",),
        "category": ("Ticket type", "Type"),
        "group": ("Group",),
        "reopened": ("Reopens",),
    },
    "freshdesk": {
        "id": ("Ticket ID", "Ticket Id"),
        "created": ("Created time", "Created Time"),
        "first_reply": ("Initial response time", "Initial Response Time"),
        "solved": ("Resolved time", "Resolved Time"),
        "closed": ("Closed time", "Closed Time"),
        "channel": ("Source",),
        "priority": ("Priority",),
        "category": ("Type",),
        "group": ("Group",),
    },
    "glpi": {
        "id": ("ID",),
        "created": ("Opening date", "Date d'ouverture", "Date d’ouverture"),
        "first_reply": ("Take into account date", "Date de prise en compte"),
        "solved": ("Resolution date", "Date de résolution"),
        "closed": ("Closing date", "Date de clôture"),
        "channel": ("Request source", "Source de la demande"),
        "priority": ("Priority", "Priorité"),
        "category": ("Category", "Catégorie"),
        "group": ("Assigned to - Group", "Attribué à - Groupe", "Attribué à - Groupe de techniciens"),
    },
    "jira": {
        "id": ("Issue key", "Issue id"),
        "created": ("Created",),
        "first_reply": ("Custom field (Time to first response)",),
        "solved": ("Resolved",),
        "closed": ("Custom field (Closed)", "Updated"),
        "channel": ("Custom field (Request channel type)", "Custom field (Source)"),
        "priority": ("Priority",),
        "category": ("Custom field (Request Type)", "Issue Type"),
        "group": ("Custom field (Team)", "Component/s", "Component"),
    },
    # The product's own event log (export/eventlog.py): one row per activity.
    "blueprint_log": {
        "id": ("case_id",),
        "status": ("activity",),
        "status_time": ("start_minutes",),
        "channel": ("channel",),
        "priority": ("priority",),
        "category": ("category",),
    },
}
PRESET_TEXTS: dict[str, str] = {
    "zendesk": QT_TRANSLATE_NOOP("Calibration", "Zendesk (ticket export)"),
    "freshdesk": QT_TRANSLATE_NOOP("Calibration", "Freshdesk (ticket export)"),
    "glpi": QT_TRANSLATE_NOOP("Calibration", "GLPI (ticket list export)"),
    "jira": QT_TRANSLATE_NOOP("Calibration", "Jira Service Management (issues CSV)"),
    "blueprint_log": QT_TRANSLATE_NOOP("Calibration", "Blueprint Studio event log"),
}

# Words a header may use for each role, for the guess (normalised: see `normal`).
_HINTS: dict[str, tuple[str, ...]] = {
    "id": ("id", "ticket id", "ticket", "number", "key", "case id", "numero", "ticket number", "issue key"),
    "created": ("created", "created at", "creation", "opened", "opening date", "date ouverture", "submitted"),
    "first_reply": (
        "first reply",
        "first response",
        "initial response",
        "taken into account",
        "prise en compte",
    ),
    "solved": ("solved", "resolved", "resolution date", "date de resolution", "resolved at"),
    "closed": ("closed", "closing date", "date de cloture", "closed at"),
    "status": ("status", "state", "activity", "statut", "etat"),
    "status_time": ("status changed", "changed at", "timestamp", "time", "start minutes", "date"),
    "status_history": ("status history", "history", "historique", "transitions"),
    "channel": ("channel", "via", "source", "canal", "origin", "request source"),
    "priority": ("priority", "priorite", "urgency", "severity"),
    "category": ("category", "type", "ticket type", "categorie", "request type"),
    "group": ("group", "level", "team", "tier", "queue", "groupe", "niveau", "assignment group"),
    "reopened": ("reopens", "reopened", "reopen", "re opened", "reouvert", "reopen count"),
}


@lru_cache(maxsize=65_536)
def normal(text: str) -> str:
    """Lower case, no accents, words separated by single spaces: how names are compared."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.findall(r"[a-z0-9]+", plain))


def header_signature(header: list[str]) -> str:
    """A short digest of a header's column names, by which the window remembers the mapping of a
    source (the same tool's next export has the same header)."""
    joined = "\x1f".join(normal(name) for name in header)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def preset_mapping(preset: str, header: list[str]) -> Mapping:
    """The preset's roles whose column is in `header` (exact name, else the same normalised)."""
    by_normal = {normal(name): name for name in header}
    mapping: Mapping = {}
    for role, names in PRESETS[preset].items():
        for name in names:
            found = name if name in header else by_normal.get(normal(name))
            if found is not None:
                mapping[role] = found
                break
    return mapping


def guess_preset(header: list[str]) -> str | None:
    """The preset that names most of the header's columns (at least its id and creation date)."""
    best, best_count = None, 0
    for preset in PRESETS:
        mapping = preset_mapping(preset, header)
        needed = ("id", "status") if preset == "blueprint_log" else ("id", "created")
        if all(role in mapping for role in needed) and len(mapping) > best_count:
            best, best_count = preset, len(mapping)
    return best


def guess_mapping(header: list[str]) -> Mapping:
    """The mapping a user most likely means: a preset's when one fits, else each role given to the
    column whose name is closest to that role's words (each column used once)."""
    preset = guess_preset(header)
    if preset is not None:
        return preset_mapping(preset, header)
    mapping: Mapping = {}
    used: set[str] = set()
    for role in ROLES:
        best, best_score = None, 0
        for name in header:
            if name in used:
                continue
            score = _score(normal(name), _HINTS[role])
            if score > best_score:
                best, best_score = name, score
        if best is not None:
            mapping[role] = best
            used.add(best)
    return mapping


def _score(name: str, hints: tuple[str, ...]) -> int:
    """3 for a name equal to a hint, 2 for one starting with it, 1 for one holding it as words."""
    score = 0
    for hint in hints:
        if name == hint:
            return 3
        if name.startswith(hint + " ") or name.endswith(" " + hint):
            score = max(score, 2)
        elif f" {hint} " in f" {name} ":
            score = max(score, 1)
    return score
