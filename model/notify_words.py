"""The words of the notifications that steps and transitions send (their `Notify` actions,
counted per role by model/sim/notify.py), in English and French, for the results dock, the PDF
and the command line alike. Roles are shown as the designer typed them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from blueprint_studio.model import texts
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP
from blueprint_studio.model.words import count_words

_WORDS: dict[str, str] = {
    "line": QT_TRANSLATE_NOOP("NotifyWords", "Notifications sent by steps and transitions: {roles}"),
    "role": QT_TRANSLATE_NOOP("NotifyWords", "{role} ({count})"),
    "row": QT_TRANSLATE_NOOP("NotifyWords", "Notifications to {role}"),
    "count": QT_TRANSLATE_NOOP("NotifyWords", "Notifications to {role}: {count}"),
    "heading": QT_TRANSLATE_NOOP("NotifyWords", "Notifications"),
    "note": QT_TRANSLATE_NOOP(
        "NotifyWords",
        "How often each role was notified by the automated actions of steps and transitions (means per "
        "replication). The escalation ladders' notifications are counted with their ladders.",
    ),
}


def words(lang: str) -> dict[str, str]:
    return texts.table("NotifyWords", _WORDS, lang)


def roles_text(counts: Mapping[str, Any], lang: str) -> str:
    """«Team lead (12), Supervisor (3.5)»: each role with its count, in the order of the run."""
    w = words(lang)
    return ", ".join(w["role"].format(role=role, count=count_words(n, lang)) for role, n in counts.items())


def line(counts: Mapping[str, Any], lang: str) -> str:
    """The one-line summary of a run's notifications; "" when nothing notified anybody."""
    return words(lang)["line"].format(roles=roles_text(counts, lang)) if counts else ""


def row_label(role: str, lang: str) -> str:
    return words(lang)["row"].format(role=role)


def count_line(role: str, value: Any, lang: str) -> str:
    """«Notifications to Team lead: 12», a role's count as the report prints it."""
    return words(lang)["count"].format(role=role, count=count_words(value, lang))
