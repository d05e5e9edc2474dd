"""Conditions as short captions for edges ("Priority: P1 or P2"), on the canvas and in the PDF.

The full sentence stays `walkthrough_words.condition_words` (reused for tooltips); this module
only makes the compact form, from the same parsed tree and field labels. No Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from blueprint_studio.model import expr
from blueprint_studio.model.walkthrough.words import Labels, condition_words, field_labels, number

# Built-in fields have no label in the document: their words live here.
BUILTIN_LABELS = {
    "en": {"satisfied": "Customer satisfied", "responded": "Customer replied"},
    "fr": {"satisfied": "Client satisfait", "responded": "Réponse du client"},
}
_SHORT = {
    "en": {
        "colon": ": ",
        "and": " and ",
        "or": " or ",
        "yes": "yes",
        "no": "no",
        "not": "not {}",
        "neither": "neither {}",
        "nor": " nor ",
        "<": "less than {}",
        "<=": "at most {}",
        ">": "more than {}",
        ">=": "at least {}",
        "always": "always",
        "never": "never",
        "negation": "not",
        "guard": "if {}",
        "unreadable": "condition to fix",
    },
    "fr": {
        "colon": "\u00a0: ",
        "and": " et ",
        "or": " ou ",
        "yes": "oui",
        "no": "non",
        "not": "autre que {}",
        "neither": "ni {}",
        "nor": " ni ",
        "<": "moins de {}",
        "<=": "au plus {}",
        ">": "plus de {}",
        ">=": "au moins {}",
        "always": "toujours",
        "never": "jamais",
        "negation": "non",
        "guard": "si {}",
        "unreadable": "condition à corriger",
    },
}


def _lang(lang: str) -> str:
    return "fr" if lang[:2].lower() == "fr" else "en"


def caption_labels(fields: Iterable[Any], lang: str) -> Labels:
    """The (name, label) pairs of a blueprint's fields, built-in fields included."""
    labelled = dict(field_labels(fields))
    for name, label in BUILTIN_LABELS[_lang(lang)].items():
        labelled.setdefault(name, label)
    return tuple(sorted(labelled.items()))


def condition_sentence(text: str | None, lang: str, labels: Labels = ()) -> str | None:
    """The whole condition in a sentence (the walkthrough's words); None when unreadable."""
    try:
        return condition_words(text, lang, labels)
    except expr.ExprError:
        return None


@lru_cache(maxsize=2048)
def condition_caption(text: str | None, lang: str, labels: Labels = ()) -> str | None:
    """A condition as a caption: «Priorité : P1 ou P2», "Issue type: complex", "Customer
    satisfied: no". None for no condition; None too when it cannot be read (shown as a problem
    by validation, not as code)."""
    if not text:
        return None
    try:
        tree = expr.parse(text)
    except expr.ExprError:
        return None
    return _short(tree, _SHORT[_lang(lang)], dict(labels), lang)


def rule_caption(edge: Any, lang: str, labels: Labels, default: str, percent: str) -> str:
    """An edge's choice rule, then its guard on a second line ("Priority: P1 or P2" / "if
    Customer replied: yes"); `default` and `percent` are the caller's words for those rules."""
    w = _SHORT[_lang(lang)]
    if edge.condition is not None:
        rule = condition_caption(edge.condition, lang, labels) or w["unreadable"]
    elif edge.probability is not None:
        rule = percent
    elif edge.default:
        rule = default
    else:
        rule = ""
    if edge.before:
        guard = w["guard"].format(condition_caption(edge.before, lang, labels) or w["unreadable"])
        rule = f"{rule}\n{guard}" if rule else guard  # the guard on a line of its own
    return rule


def rule_sentence(edge: Any, lang: str, labels: Labels) -> str:
    """The condition and guard of an edge as whole sentences, for a tooltip ("" when none)."""
    condition = condition_sentence(edge.condition, lang, labels) if edge.condition else None
    guard = condition_sentence(edge.before, lang, labels) if edge.before else None
    parts = [condition, _SHORT[_lang(lang)]["guard"].format(guard) if guard else None]
    return "\n".join(p[:1].upper() + p[1:] for p in parts if p)


def _value(node: Any, lang: str) -> str:
    value = node.value if isinstance(node, expr.Literal) else node
    if isinstance(value, bool):
        return _SHORT[_lang(lang)]["yes" if value else "no"]
    if isinstance(value, (int, float)):
        return number(value, lang)
    return str(value)


def _listed(values: Iterable[Any], joiner: str, lang: str) -> str:
    items = [_value(v, lang) for v in values]
    return joiner.join(items)


def _short(node: Any, w: dict[str, str], labels: dict[str, str], lang: str) -> str:
    def name(field: Any) -> str:
        return labels.get(field.name, field.name)

    if isinstance(node, (expr.And, expr.Or)):
        joiner = w["and" if isinstance(node, expr.And) else "or"]
        return joiner.join(
            f"({_short(item, w, labels, lang)})"
            if isinstance(item, (expr.And, expr.Or))
            else _short(item, w, labels, lang)
            for item in node.operands
        )
    if isinstance(node, expr.Not):
        inner = node.operand
        if isinstance(inner, expr.Field):
            return name(inner) + w["colon"] + w["no"]
        if isinstance(inner, expr.Compare) and inner.op in ("==", "!="):
            return _short(
                expr.Compare("!=" if inner.op == "==" else "==", inner.left, inner.right), w, labels, lang
            )
        if isinstance(inner, expr.In):
            return _short(expr.In(inner.left, inner.values, not inner.negated), w, labels, lang)
        return f"{w['negation']} ({_short(inner, w, labels, lang)})"
    if isinstance(node, expr.Field):
        return name(node) + w["colon"] + w["yes"]
    if isinstance(node, expr.Literal) and isinstance(node.value, bool):
        return w["always" if node.value else "never"]
    if isinstance(node, expr.In) and isinstance(node.left, expr.Field):
        if node.negated:
            return name(node.left) + w["colon"] + w["neither"].format(_listed(node.values, w["nor"], lang))
        return name(node.left) + w["colon"] + _listed(node.values, w["or"], lang)
    if isinstance(node, expr.Compare):
        field, other = (
            (node.left, node.right) if isinstance(node.left, expr.Field) else (node.right, node.left)
        )
        if isinstance(field, expr.Field) and isinstance(other, expr.Literal):
            op = (
                node.op
                if field is node.left
                else {"<": ">", ">": "<", "<=": ">=", ">=": "<="}.get(node.op, node.op)
            )
            value = _value(other, lang)
            if op == "==":
                return name(field) + w["colon"] + value
            if op == "!=":
                return name(field) + w["colon"] + w["not"].format(value)
            return name(field) + w["colon"] + w[op].format(value)
    return expr.describe(node, lang)
