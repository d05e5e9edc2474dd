"""Words of the walkthrough in English and French: automated actions, durations and quiz reasons;
conditions, fields and values through `model.words` (the one place that says them). Everything else
the walkthrough returns is codes and data.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from blueprint_studio.model import expr, texts
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP
from blueprint_studio.model.words import (
    Glossary,
    Labels,
    condition_sentence,
    glossary,
    lower_first,
    number,
    yes_no,
)

# The walkthrough's own words (context "WalkthroughWords" of the catalogue).
_WORDS: dict[str, str] = {
    "set": QT_TRANSLATE_NOOP("WalkthroughWords", "Set {field} to {value}"),
    "send_template": QT_TRANSLATE_NOOP("WalkthroughWords", "Send the template response"),
    "notify": QT_TRANSLATE_NOOP("WalkthroughWords", "Notify {target}"),
    "reassign": QT_TRANSLATE_NOOP("WalkthroughWords", "Reassign to {pool}"),
    "done.set": QT_TRANSLATE_NOOP("WalkthroughWords", "{field} set to {value}"),
    "done.send_template": QT_TRANSLATE_NOOP("WalkthroughWords", "template response sent"),
    "done.notify": QT_TRANSLATE_NOOP("WalkthroughWords", "{target} notified"),
    "done.reassign": QT_TRANSLATE_NOOP("WalkthroughWords", "reassigned to {pool}"),
    "timeout_label": QT_TRANSLATE_NOOP("WalkthroughWords", "No answer before the timeout"),
    "approval.granted": QT_TRANSLATE_NOOP("WalkthroughWords", "Approved by {role}"),
    "approval.rejected": QT_TRANSLATE_NOOP("WalkthroughWords", "Rejected by {role}"),
    "approval.granted.anyone": QT_TRANSLATE_NOOP("WalkthroughWords", "Approved"),
    "approval.rejected.anyone": QT_TRANSLATE_NOOP("WalkthroughWords", "Rejected"),
    "quotes": QT_TRANSLATE_NOOP("WalkthroughWords", "“{}”"),
    "minutes": QT_TRANSLATE_NOOP("WalkthroughWords", "{n} min"),
    "hours": QT_TRANSLATE_NOOP("WalkthroughWords", "{n} h"),
    "day": QT_TRANSLATE_NOOP("WalkthroughWords", "1 day"),
    "days": QT_TRANSLATE_NOOP("WalkthroughWords", "{n} days"),
    "percent": QT_TRANSLATE_NOOP("WalkthroughWords", "{n}%"),
    "reason.condition": QT_TRANSLATE_NOOP(
        "WalkthroughWords", "{label} is the right branch: its condition holds ({condition})."
    ),
    "reason.default": QT_TRANSLATE_NOOP(
        "WalkthroughWords",
        "{label} is the right branch: it is the default branch, taken when no other branch applies.",
    ),
    "reason.always": QT_TRANSLATE_NOOP(
        "WalkthroughWords", "{label} is the way on: this branch has no condition."
    ),
    "reason.probability": QT_TRANSLATE_NOOP(
        "WalkthroughWords",
        "{label} is the right branch for this ticket: a branch taken by chance, by {percent} of tickets.",
    ),
    "reason.satisfied": QT_TRANSLATE_NOOP(
        "WalkthroughWords", "{label} is the right branch: the customer is satisfied."
    ),
    "reason.not_satisfied": QT_TRANSLATE_NOOP(
        "WalkthroughWords", "{label} is the right branch: the customer is not satisfied."
    ),
    "reason.responded": QT_TRANSLATE_NOOP(
        "WalkthroughWords", "{label} is the right branch: the customer answers."
    ),
    "reason.timeout": QT_TRANSLATE_NOOP(
        "WalkthroughWords", "{label} is the right branch: the customer does not answer within {duration}."
    ),
}


def words(lang: str) -> dict[str, str]:
    """The word table of `lang`; unknown languages get English, like `expr.describe`."""
    return texts.table("WalkthroughWords", _WORDS, lang)


def approval_words(answer: str, role: str, lang: str) -> str:
    """An approval's answer ("granted" or "rejected") and who gives it, in words."""
    table = words(lang)
    return table[f"approval.{answer}"].format(role=role) if role else table[f"approval.{answer}.anyone"]


def field_labels(fields: Iterable[Any]) -> Glossary:
    """The words of a blueprint's or a compiled model's ticket fields and values, in both languages
    (`model.words.glossary`)."""
    return glossary(fields)


@lru_cache(maxsize=1024)
def condition_words(text: str | None, lang: str, labels: Labels = ()) -> str | None:
    """A compiled model's condition in words, fields and values by their labels («Priorité : P1
    ou P2», never `priority in ("P1", "P2")`); None for no condition. Raises `expr.ExprError`
    when the text cannot be read."""
    if not text:
        return None
    expr.parse(text)  # an unreadable condition is an error here, not a silent None
    return condition_sentence(text, lang, labels)


def value_words(value: Any, lang: str) -> str:
    """A value already in words (a label), yes/no, or a number with the language's comma."""
    if isinstance(value, bool):
        return yes_no(value, lang)
    if isinstance(value, (int, float)):
        return number(value, lang)
    return lower_first(str(value))


def duration_words(minutes: float, lang: str) -> str:
    w = words(lang)
    if minutes >= 1440 and minutes % 1440 == 0:
        days = int(minutes // 1440)
        return w["day"] if days == 1 else w["days"].format(n=days)
    if minutes >= 60 and minutes % 60 == 0:
        return w["hours"].format(n=int(minutes // 60))
    return w["minutes"].format(n=number(round(minutes, 1), lang))


def percent_words(probability: float, lang: str) -> str:
    return words(lang)["percent"].format(n=number(round(probability * 100, 1), lang))


def action_words(
    kind: str,
    lang: str,
    field: str | None = None,
    value: Any = None,
    text: str = "",
    pool: str = "",
    done: bool = False,
) -> str:
    """An automated action as an instruction ("Send the template response"), or with `done`
    as a thing that has happened ("template response sent")."""
    w = words(lang)
    prefix = "done." if done else ""
    if kind == "set":
        return w[prefix + "set"].format(field=field, value=value_words(value, lang))
    if kind == "notify":
        return w[prefix + "notify"].format(target=text)
    if kind == "reassign":
        return w[prefix + "reassign"].format(pool=pool)
    return w[prefix + "send_template"]


def reason_words(
    code: str,
    label: str,
    lang: str,
    condition: str | None = None,
    probability: float | None = None,
    timeout: float | None = None,
) -> str:
    """Why `label` is the right branch. `code` is a quiz reason code."""
    w = words(lang)
    return w[f"reason.{code}"].format(
        label=w["quotes"].format(label),
        condition=condition or "",
        percent=percent_words(probability or 0.0, lang),
        duration=duration_words(timeout or 0.0, lang),
    )
