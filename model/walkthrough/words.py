"""Words of the walkthrough in English and French: automated actions, durations and quiz reasons;
conditions, fields and values through `model.words` (the one place that says them). Everything else
the walkthrough returns is codes and data.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from blueprint_studio.model import expr
from blueprint_studio.model.words import (
    Glossary,
    Labels,
    condition_sentence,
    glossary,
    lower_first,
    number,
    yes_no,
)

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "set": "Set {field} to {value}",
        "send_template": "Send the template response",
        "notify": "Notify {target}",
        "reassign": "Reassign to {pool}",
        "done.set": "{field} set to {value}",
        "done.send_template": "template response sent",
        "done.notify": "{target} notified",
        "done.reassign": "reassigned to {pool}",
        "timeout_label": "No answer before the timeout",
        "quotes": "\u201c{}\u201d",
        "minutes": "{n} min",
        "hours": "{n} h",
        "day": "1 day",
        "days": "{n} days",
        "percent": "{n}%",
        "reason.condition": "{label} is the right branch: its condition holds ({condition}).",
        "reason.default": "{label} is the right branch: it is the default branch, taken when "
        "no other branch applies.",
        "reason.always": "{label} is the way on: this branch has no condition.",
        "reason.probability": "{label} is the right branch for this ticket: a branch taken by "
        "chance, by {percent} of tickets.",
        "reason.satisfied": "{label} is the right branch: the customer is satisfied.",
        "reason.not_satisfied": "{label} is the right branch: the customer is not satisfied.",
        "reason.responded": "{label} is the right branch: the customer answers.",
        "reason.timeout": "{label} is the right branch: the customer does not answer within {duration}.",
    },
    "fr": {
        "set": "Renseigner {field}\u00a0: {value}",
        "send_template": "Envoyer la réponse type",
        "notify": "Prévenir\u00a0: {target}",
        "reassign": "Réaffecter à\u00a0: {pool}",
        "done.set": "{field}\u00a0: {value}",
        "done.send_template": "réponse type envoyée",
        "done.notify": "notification envoyée à {target}",
        "done.reassign": "ticket réaffecté à {pool}",
        "timeout_label": "Pas de réponse dans le délai",
        "quotes": "«\u00a0{}\u00a0»",
        "minutes": "{n}\u00a0min",
        "hours": "{n}\u00a0h",
        "day": "1\u00a0jour",
        "days": "{n}\u00a0jours",
        "percent": "{n}\u00a0%",
        "reason.condition": "{label} est la bonne branche\u00a0: sa condition est remplie ({condition}).",
        "reason.default": "{label} est la bonne branche\u00a0: c’est la branche par défaut, "
        "prise quand aucune autre ne s’applique.",
        "reason.always": "{label} est la suite\u00a0: cette branche n’a pas de condition.",
        "reason.probability": "{label} est la bonne branche pour ce ticket\u00a0: une branche "
        "prise au hasard, par {percent} des tickets.",
        "reason.satisfied": "{label} est la bonne branche\u00a0: le client est satisfait.",
        "reason.not_satisfied": "{label} est la bonne branche\u00a0: le client n’est pas satisfait.",
        "reason.responded": "{label} est la bonne branche\u00a0: le client répond.",
        "reason.timeout": "{label} est la bonne branche\u00a0: le client ne répond pas dans le "
        "délai de {duration}.",
    },
}


def words(lang: str) -> dict[str, str]:
    """The word table of `lang`; unknown languages get English, like `expr.describe`."""
    return _WORDS.get(lang[:2].lower(), _WORDS["en"])


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
