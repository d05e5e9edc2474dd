"""The one way to say a ticket field, a value and a condition in words («Priorité : P1 ou P2»,
«Catégorie : demande d’évolution»), for the canvas, the forms, the walkthrough and the PDF alike.

Field and value words come from the document's labels in the requested language (then the other
language, then `label`, then the id made readable); conditions are written from their parsed tree,
never shown as code. No Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from blueprint_studio.model import expr, kpis, texts
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP

LANGS = ("fr", "en")
# Built-in fields have no label in the document: their words live here.
BUILTIN_LABELS: dict[str, str] = {  # built-in fields have no label in the document: their words
    "satisfied": QT_TRANSLATE_NOOP("Conditions", "Customer satisfied"),
    "responded": QT_TRANSLATE_NOOP("Conditions", "Customer replied"),
}
# The joints and operators of conditions in words (context "Conditions" of the catalogue).
_SHORT: dict[str, str] = {
    "colon": QT_TRANSLATE_NOOP("Conditions", ": "),
    "and": QT_TRANSLATE_NOOP("Conditions", " and "),
    "or": QT_TRANSLATE_NOOP("Conditions", " or "),
    "list": QT_TRANSLATE_NOOP("Conditions", ", "),
    "yes": QT_TRANSLATE_NOOP("Conditions", "yes"),
    "no": QT_TRANSLATE_NOOP("Conditions", "no"),
    "not": QT_TRANSLATE_NOOP("Conditions", "not {}"),
    "neither": QT_TRANSLATE_NOOP("Conditions", "neither {}"),
    "nor": QT_TRANSLATE_NOOP("Conditions", " nor "),
    "<": QT_TRANSLATE_NOOP("Conditions", "less than {}"),
    "<=": QT_TRANSLATE_NOOP("Conditions", "at most {}"),
    ">": QT_TRANSLATE_NOOP("Conditions", "more than {}"),
    ">=": QT_TRANSLATE_NOOP("Conditions", "at least {}"),
    "same": QT_TRANSLATE_NOOP("Conditions", "same as {}"),
    "always": QT_TRANSLATE_NOOP("Conditions", "always"),
    "default": QT_TRANSLATE_NOOP("Conditions", "default"),
    "never": QT_TRANSLATE_NOOP("Conditions", "never"),
    "negation": QT_TRANSLATE_NOOP("Conditions", "not"),
    "guard": QT_TRANSLATE_NOOP("Conditions", "if {}"),
    "unreadable": QT_TRANSLATE_NOOP("Conditions", "condition to fix"),
    # a link that needs an approval (Edge.approval): who approves, after the colon
    "approval": QT_TRANSLATE_NOOP("Conditions", "approval"),
    "approval_anyone": QT_TRANSLATE_NOOP("Conditions", "needs approval"),
}


# A head count in words (context "Staffing" of the catalogue): French takes the singular for 0 too.
_STAFF: dict[str, str] = {
    "one": QT_TRANSLATE_NOOP("Staffing", "{n} agent"),
    "many": QT_TRANSLATE_NOOP("Staffing", "{n} agents"),
}

# Counted things (context "Counts"): the singular and the plural of each, for the places where a
# count stands alone in a sentence ("over 3 weeks", "(1 ticket)"); a sentence whose other words
# agree with the count has its own two forms instead (model.texts.plural).
COUNTED: dict[str, tuple[str, str]] = {
    "ticket": (QT_TRANSLATE_NOOP("Counts", "{n} ticket"), QT_TRANSLATE_NOOP("Counts", "{n} tickets")),
    "week": (QT_TRANSLATE_NOOP("Counts", "{n} week"), QT_TRANSLATE_NOOP("Counts", "{n} weeks")),
    "duration": (QT_TRANSLATE_NOOP("Counts", "{n} duration"), QT_TRANSLATE_NOOP("Counts", "{n} durations")),
    "error": (QT_TRANSLATE_NOOP("Counts", "{n} error"), QT_TRANSLATE_NOOP("Counts", "{n} errors")),
    "warning": (QT_TRANSLATE_NOOP("Counts", "{n} warning"), QT_TRANSLATE_NOOP("Counts", "{n} warnings")),
    "validation_error": (
        QT_TRANSLATE_NOOP("Counts", "{n} validation error"),
        QT_TRANSLATE_NOOP("Counts", "{n} validation errors"),
    ),
    "replication": (
        QT_TRANSLATE_NOOP("Counts", "{n} replication"),
        QT_TRANSLATE_NOOP("Counts", "{n} replications"),
    ),
    "paired_replication": (
        QT_TRANSLATE_NOOP("Counts", "{n} paired replication"),
        QT_TRANSLATE_NOOP("Counts", "{n} paired replications"),
    ),
    "variation": (
        QT_TRANSLATE_NOOP("Counts", "{n} variation"),
        QT_TRANSLATE_NOOP("Counts", "{n} variations"),
    ),
    "node": (QT_TRANSLATE_NOOP("Counts", "{n} node"), QT_TRANSLATE_NOOP("Counts", "{n} nodes")),
    "lane": (QT_TRANSLATE_NOOP("Counts", "{n} lane"), QT_TRANSLATE_NOOP("Counts", "{n} lanes")),
    "import_note": (
        QT_TRANSLATE_NOOP("Counts", "{n} import note"),
        QT_TRANSLATE_NOOP("Counts", "{n} import notes"),
    ),
    "page": (QT_TRANSLATE_NOOP("Counts", "{n} page"), QT_TRANSLATE_NOOP("Counts", "{n} pages")),
    "intake": (QT_TRANSLATE_NOOP("Counts", "{n} intake"), QT_TRANSLATE_NOOP("Counts", "{n} intakes")),
    "step_or_wait": (
        QT_TRANSLATE_NOOP("Counts", "{n} step or wait"),
        QT_TRANSLATE_NOOP("Counts", "{n} steps or waits"),
    ),
    "branch": (QT_TRANSLATE_NOOP("Counts", "{n} branch"), QT_TRANSLATE_NOOP("Counts", "{n} branches")),
    "ticket_field": (
        QT_TRANSLATE_NOOP("Counts", "{n} ticket field"),
        QT_TRANSLATE_NOOP("Counts", "{n} ticket fields"),
    ),
}


def counted(noun: str, n: float, lang: str, shown: str | None = None) -> str:
    """ "1 ticket", "3 weeks" ("0 ticket", "1,5 semaine" in French): `noun` is a key of COUNTED;
    `shown` is the count as already written (thousands, decimals), else `number(n)`."""
    one, many = COUNTED[noun]
    text = texts.plural("Counts", one, many, n, _lang(lang))
    return text.format(n=number(n, lang) if shown is None else shown)


def agents_words(n: int, lang: str) -> str:
    """ "1 agent", "4 agents" ("0 agent" in French)."""
    lang = _lang(lang)
    return texts.plural("Staffing", _STAFF["one"], _STAFF["many"], n, lang).format(n=n)


def pool_caption(name: str, agents: int, lang: str) -> str:
    """ "Level 1 support: 4 agents", or the head count alone for a pool without a name."""
    count = agents_words(agents, lang)
    return f"{name}{_short(lang)['colon']}{count}" if name else count


def _short(lang: str) -> dict[str, str]:
    return texts.table("Conditions", _SHORT, _lang(lang))


def _lang(lang: str) -> str:
    return "fr" if lang[:2].lower() == "fr" else "en"


def readable(name: str) -> str:
    """An id made readable when nothing better is known: "issue_type" -> "issue type"."""
    return name.replace("_", " ").strip() or name


def _in_language(labels: Any, lang: str, fallback: str) -> str:
    """`labels[lang]`, else the other language's, else `fallback`."""
    labels = dict(labels or {})
    other = "en" if lang == "fr" else "fr"
    return str(labels.get(lang) or labels.get(other) or fallback)


def field_words(field: Any, lang: str) -> str:
    """A ticket field's display name in `lang`: its label in that language, its `label` (the
    schema's fallback in any language), the other language's, its id made readable ("Issue
    type"). Built-in fields have their own words."""
    lang = _lang(lang)
    name = str(getattr(field, "name", field))
    if name in BUILTIN_LABELS:
        return texts.translate("Conditions", BUILTIN_LABELS[name], lang)
    labels = dict(getattr(field, "labels", None) or {})
    own = labels.get(lang) or getattr(field, "label", "")
    text = own or _in_language(labels, lang, readable(name))
    return text[:1].upper() + text[1:]


def value_label(field: Any, value: str, lang: str) -> str:
    """A choice value's display words in `lang` ("Demande d’évolution"); the id made readable
    when the field gives it no label."""
    labels = (getattr(field, "value_labels", None) or {}).get(value)
    return _in_language(labels, _lang(lang), readable(str(value)))


def number(value: float, lang: str) -> str:
    """A number as written in `lang`: decimal comma and a thin space between thousands in French
    ("2 231,2"), a comma between thousands in English ("2,231.2"), no needless ".0" and never an
    exponent; up to six significant decimals are kept."""
    text = f"{value:.6g}" if isinstance(value, float) else str(value)
    decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
    return kpis.number_style(_lang(lang)).number(float(value), decimals)


def count_words(value: Any, lang: str) -> str:
    """A count of a run, or the mean of an Estimate over replications (a decimal when not whole)."""
    value = getattr(value, "mean", value)
    return number(round(float(value or 0.0), 1), lang)


def yes_no(value: bool, lang: str) -> str:
    return _short(lang)["yes" if value else "no"]


@dataclass(frozen=True)
class Glossary:
    """The display words of a blueprint's fields and values in both languages, hashable so that
    condition words can be cached. Iterating gives (name, field words) in `lang`, so that
    `dict(glossary)` maps names to labels."""

    lang: str = "en"
    fields: tuple[tuple[str, str, str], ...] = ()  # (name, French words, English words)
    values: tuple[tuple[str, str, str, str], ...] = ()  # (field, value, French, English)

    @cached_property
    def _field_map(self) -> dict[tuple[str, str], str]:
        return {(lang, name): text for name, *texts in self.fields for lang, text in zip(LANGS, texts)}

    @cached_property
    def _value_map(self) -> dict[tuple[str, str, str], str]:
        return {
            (lang, field, value): text
            for field, value, *texts in self.values
            for lang, text in zip(LANGS, texts)
        }

    @cached_property
    def _choice_fields(self) -> frozenset[str]:
        return frozenset(field for field, *_ in self.values)

    def field(self, name: str, lang: str | None = None) -> str:
        """The field's words ("Priorité"); built-in fields in words; an unknown one made readable."""
        lang = _lang(lang or self.lang)
        found = self._field_map.get((lang, name))
        return found if found is not None else field_words(name, lang)

    def value(self, field: str | None, value: Any, lang: str | None = None) -> str:
        """A value of `field` in words: its label, yes/no, a number with the language's comma."""
        lang = _lang(lang or self.lang)
        if value is None:
            return ""
        if isinstance(value, bool):
            return yes_no(value, lang)
        if isinstance(value, (int, float)):
            return number(value, lang)
        found = self._value_map.get((lang, field or "", str(value)))
        if found is not None:
            return found
        return readable(str(value)) if field in self._choice_fields else str(value)  # free text as typed

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter((name, self.field(name)) for name, *_ in self.fields)


def glossary(fields: Iterable[Any], lang: str = "en") -> Glossary:
    """The words of `fields` (a blueprint's or a compiled model's ticket fields) in both
    languages; `lang` is the one `dict(glossary)` and the default lookups use."""
    fields = list(fields)
    return Glossary(
        _lang(lang),
        tuple((str(f.name), field_words(f, "fr"), field_words(f, "en")) for f in fields),
        tuple(
            (str(f.name), str(v), value_label(f, v, "fr"), value_label(f, v, "en"))
            for f in fields
            for v in (getattr(f, "values", None) or ())
        ),
    )


Labels = Glossary | tuple[tuple[str, str], ...]  # a glossary, or plain (name, label) pairs


_last_labels: list[tuple[tuple[Any, ...], str, Any, Glossary]] = []  # the last caption_labels


def caption_labels(fields: Iterable[Any], lang: str) -> Glossary:
    """The words of a blueprint's fields and values, built-in fields included (kept name).

    The last answer is given again while the very same frozen field elements are asked for in
    the same language and catalogue: a canvas asks twice per edge it draws."""
    fields = tuple(fields)
    catalogue = texts._translator[0] if texts._translator else None
    if _last_labels:
        kept, kept_lang, kept_catalogue, said = _last_labels[0]
        same = len(kept) == len(fields) and all(a is b for a, b in zip(kept, fields))
        if same and kept_lang == lang and kept_catalogue is catalogue:
            return said
    said = glossary(fields, lang)
    if all(getattr(type(f), "model_config", {}).get("frozen") for f in fields):  # else not kept
        _last_labels[:] = [(fields, lang, catalogue, said)]
    return said


def _as_glossary(labels: Labels, lang: str) -> Glossary:
    if isinstance(labels, Glossary):
        return labels
    return Glossary(_lang(lang), tuple((name, label, label) for name, label in labels))


def field_value(words: Glossary, field: str, value: Any, lang: str | None = None) -> str:
    """A field and its value, as a condition says them: «Catégorie : demande d’évolution»."""
    lang = _lang(lang or words.lang)
    said = words.value(field, value, lang)
    return (
        words.field(field, lang)
        + _short(lang)["colon"]
        + (lower_first(said) if isinstance(value, str) else said)
    )


def condition_sentence(text: str | None, lang: str, labels: Labels = ()) -> str | None:
    """A condition in words for a sentence or a tooltip: the caption, capitalised; None when
    there is none or it cannot be read."""
    said = condition_caption(text, lang, labels)
    return said[:1].upper() + said[1:] if said else None


@lru_cache(maxsize=2048)
def condition_caption(text: str | None, lang: str, labels: Labels = ()) -> str | None:
    """A condition in words: «Priorité : P1 ou P2», "Issue type: complex", "Customer satisfied:
    no". None for no condition; None too when it cannot be read (shown as a problem by
    validation, not as code)."""
    if not text:
        return None
    try:
        tree = expr.parse(text)
    except expr.ExprError:
        return None
    lang = _lang(lang)
    return _Writer(_short(lang), _as_glossary(labels, lang), lang).say(tree)


def rule_caption(edge: Any, lang: str, labels: Labels, default: str | None = None, percent: str = "") -> str:
    """An edge's choice rule, then its guard on a second line ("Priority: P1 or P2" / "if
    Customer replied: yes"), then who approves it on a line of its own ("approval: Team lead");
    `default` and `percent` may give the caller's words for those rules (by default the words of
    `lang`: "default", "30 %")."""
    w = _short(lang)
    default = w["default"] if default is None else default
    if not percent and edge.probability is not None:
        percent = f"{edge.probability * 100:g}\u00a0%"
        percent = percent.replace(".", ",") if _lang(lang) == "fr" else percent
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
    said = approval_caption(edge, lang)
    if said:
        rule = f"{rule}\n{said}" if rule else said  # the approval on a line of its own
    return rule


def approval_caption(edge: Any, lang: str) -> str:
    """Who must approve a link, for its caption on the canvas and on paper alike ("approval:
    Team lead", "validation : Chef d'équipe"); "needs approval" without a role; "" when none."""
    approval = getattr(edge, "approval", None)
    if approval is None:
        return ""
    w = _short(lang)
    role = approval.role.strip()
    return f"{w['approval']}{w['colon']}{role}" if role else w["approval_anyone"]


def rule_sentence(edge: Any, lang: str, labels: Labels) -> str:
    """The condition and guard of an edge as whole sentences, for a tooltip ("" when none)."""
    condition = condition_caption(edge.condition, lang, labels) if edge.condition else None
    guard = condition_caption(edge.before, lang, labels) if edge.before else None
    parts = [condition, _short(lang)["guard"].format(guard) if guard else None]
    return "\n".join(p[:1].upper() + p[1:] for p in parts if p)


def lower_first(text: str) -> str:
    """ "Demande d’évolution" -> "demande d’évolution" after a colon; "P1", "VIP" stay."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


class _Writer:
    """Writes a parsed condition with the words of one language and one glossary."""

    def __init__(self, w: dict[str, str], words: Glossary, lang: str) -> None:
        self.w, self.words, self.lang = w, words, lang

    def name(self, field: expr.Field) -> str:
        return self.words.field(field.name, self.lang)

    def value(self, field: expr.Field | None, node: Any) -> str:
        value = node.value if isinstance(node, expr.Literal) else node
        said = self.words.value(field.name if field is not None else None, value, self.lang)
        return lower_first(said) if isinstance(value, str) else said

    def listed(self, field: expr.Field, values: Iterable[Any], joiner: str) -> str:
        return joiner.join(self.value(field, v) for v in values)

    def say(self, node: Any) -> str:
        w = self.w
        if isinstance(node, (expr.And, expr.Or)):
            joiner = w["and" if isinstance(node, expr.And) else "or"]
            return joiner.join(
                f"({self.say(item)})" if isinstance(item, (expr.And, expr.Or)) else self.say(item)
                for item in node.operands
            )
        if isinstance(node, expr.Not):
            return self.negated(node.operand)
        if isinstance(node, expr.Field):
            return self.name(node) + w["colon"] + w["yes"]
        if isinstance(node, expr.Literal):
            if isinstance(node.value, bool):
                return w["always" if node.value else "never"]
            return self.value(None, node)
        if isinstance(node, expr.In) and isinstance(node.left, expr.Field):
            listed = self.listed(node.left, node.values, w["nor" if node.negated else "or"])
            return (
                self.name(node.left) + w["colon"] + (w["neither"].format(listed) if node.negated else listed)
            )
        if isinstance(node, expr.Compare):
            return self.compare(node)
        return w["unreadable"]

    def negated(self, inner: Any) -> str:
        w = self.w
        while isinstance(inner, expr.Not) and isinstance(inner.operand, expr.Not):
            inner = inner.operand.operand
        if isinstance(inner, expr.Not):
            return self.say(inner.operand)
        if isinstance(inner, expr.Field):
            return self.name(inner) + w["colon"] + w["no"]
        if isinstance(inner, expr.Compare) and inner.op in ("==", "!="):
            return self.say(expr.Compare("!=" if inner.op == "==" else "==", inner.left, inner.right))
        if isinstance(inner, expr.In):
            return self.say(expr.In(inner.left, inner.values, not inner.negated))
        return f"{w['negation']} ({self.say(inner)})"

    def compare(self, node: expr.Compare) -> str:
        w = self.w
        field, other = (
            (node.left, node.right) if isinstance(node.left, expr.Field) else (node.right, node.left)
        )
        if not isinstance(field, expr.Field):
            return w["unreadable"]
        op = node.op
        if field is not node.left:  # 3 < age reads as age > 3
            op = {"<": ">", ">": "<", "<=": ">=", ">=": "<="}.get(op, op)
        if isinstance(other, expr.Field):  # two fields compared: rare, said plainly
            said = w["same"].format(self.name(other))
            if op == "==":
                return self.name(field) + w["colon"] + said
            if op == "!=":
                return self.name(field) + w["colon"] + w["not"].format(said)
            return self.name(field) + w["colon"] + w[op].format(self.name(other))
        if isinstance(other, expr.Literal) and isinstance(other.value, bool) and op in ("==", "!="):
            holds = other.value == (op == "==")
            return self.name(field) + w["colon"] + w["yes" if holds else "no"]
        value = self.value(field, other) if isinstance(other, expr.Literal) else self.say(other)
        if op == "==":
            return self.name(field) + w["colon"] + value
        if op == "!=":
            return self.name(field) + w["colon"] + w["not"].format(value)
        return self.name(field) + w["colon"] + w[op].format(value)
