"""Diagnostic codes and load errors → sentences for people, through Qt's translation system.

`model/` returns codes and parameters; this is the one place that words them (the English texts in
app/shell/diagnostic_texts.py, numbers and KPIs in app/shell/kpi_words.py). QtCore only, so the
command line can use it without a display.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QCoreApplication

from blueprint_studio.app.shell.diagnostic_texts import (
    AND,
    COUNTED_PARAMS,
    DIAGNOSTIC_TEXTS,
    DISTRIBUTION_TEXTS,
    EXPECTED_OTHER,
    EXPECTED_TEXTS,
    EXPR_TEXTS,
    FIELD_VALUE,
    LINE,
    MISSING_NODE,
    NO,
    OR,
    PLURAL_TEXTS,
    QUOTED,
    REASON_TEXTS,
    SETTING_TEXTS,
    SEVERITY_TEXTS,
    SLOT_TEXTS,
    SUBJECT_TEXTS,
    THIS_ELEMENT,
    UNTITLED,
    YES,
)
from blueprint_studio.app.shell.i18n import plural
from blueprint_studio.app.shell.kpi_words import Lenient, display_language, number_style, percent
from blueprint_studio.model import words
from blueprint_studio.model.diagnostics import Diagnostic

_CONTEXT = "Diagnostics"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _field_of(name: Any, names: dict[str, dict[str, Any]]) -> SimpleNamespace | None:
    """The words validation gave for a ticket field a diagnostic names, shaped like the field."""
    entry = names.get(f"field:{name}")
    if entry is None:
        return None
    return SimpleNamespace(
        name=str(name),
        label=str(entry.get("title") or ""),
        labels=entry.get("labels") or {},
        value_labels=entry.get("values") or {},
    )


def field_label(name: Any, names: dict[str, dict[str, Any]]) -> str:
    """A ticket field as people read it, in the window's language (model.words, the one way of
    saying a field); a name that is no field is shown as written, for the user to find it."""
    field = _field_of(name, names)
    return str(_printable(words.field_words(field, display_language()) if field else str(name)))


def field_words(name: Any, names: dict[str, dict[str, Any]]) -> str:
    """The field's words in quotes: “Issue type”."""
    return tr(QUOTED).format(title=field_label(name, names))


def value_words(value: Any, field: Any, names: dict[str, dict[str, Any]]) -> str:
    """A field's value as people read it: its label in quotes (“Feature request”), yes or no,
    a number as the language writes it."""
    if isinstance(value, bool):
        return tr(YES if value else NO)
    if isinstance(value, (int, float)):
        return number_style().number(float(value), 2 if value % 1 else 0)
    known = _field_of(field, names)
    label = words.value_label(known, str(value), display_language()) if known else str(value)
    return tr(QUOTED).format(title=_printable(label))


def _choices(values: list[Any], field: Any, names: dict[str, dict[str, Any]]) -> str:
    """“P1”, “P2” or “P3”."""
    shown = [value_words(v, field, names) for v in values]
    if len(shown) < 2:
        return "".join(shown) or "—"
    return ", ".join(shown[:-1]) + tr(OR) + shown[-1]


def _example(example: dict[str, Any], names: dict[str, dict[str, Any]]) -> str:
    """Category “Feature request” and Priority “P3” (fields and values by their labels)."""
    pairs = [
        tr(FIELD_VALUE).format(field=field_label(k, names), value=value_words(v, k, names))
        for k, v in example.items()
    ]
    return tr(AND).join(pairs) or "—"


def _fields_and_values(d: Diagnostic, params: dict[str, Any]) -> None:
    """Fields, values and allowed values by their labels, in the window's language."""
    names, field = d.names, d.params.get("field")
    if "value" in params:
        params["value"] = value_words(d.params["value"], field, names)
    if isinstance(d.params.get("allowed"), list):
        params["allowed"] = _choices(d.params["allowed"], field, names)
    if field is not None:
        params["field"] = field_words(field, names)
    if isinstance(d.params.get("example"), dict):
        params["example"] = _example(d.params["example"], names)


def _printable(value: Any) -> Any:
    """Text from the document (a condition, a title) may hold a NUL, an escape or a bidi override
    that would act on a terminal or reorder the sentence: shown as U+XXXX instead."""
    if not isinstance(value, str) or value.isprintable():
        return value
    return "".join(ch if ch.isprintable() else f"U+{ord(ch):04X}" for ch in value)


def element_name(entry: dict[str, Any] | None) -> str:
    """An element's title in quotes, or its number among its kind when it has none."""
    if not entry:
        return tr(MISSING_NODE)
    title = str(_printable(entry.get("title") or "")).strip()
    if title:
        return tr(QUOTED).format(title=title)
    return tr(UNTITLED).format(number=entry.get("number", "?"))


def _end_name(entry: dict[str, Any] | None) -> str:
    """A link's end: its title, or its kind and number when untitled ("the step 2 (untitled)")."""
    if entry and not str(entry.get("title") or "").strip() and entry.get("kind") in SUBJECT_TEXTS:
        return subject_text(entry)
    return element_name(entry)


def subject_text(entry: dict[str, Any] | None) -> str:
    """'the step “Check the request”', 'the link “Yes” from “Resolved?” to “Close”'."""
    if not entry:
        return tr(THIS_ELEMENT)
    kind = str(entry.get("kind", ""))
    if kind == "edge":
        key = "edge_labelled" if entry.get("title") else "edge"
        return tr(SUBJECT_TEXTS[key]).format(
            name=element_name(entry),
            source=_end_name(entry.get("source")),
            target=_end_name(entry.get("target")),
        )
    if kind == "pool" and entry.get("lane") and not str(entry.get("title") or "").strip():
        return tr(SUBJECT_TEXTS["lane_pool"]).format(lane=element_name(entry["lane"]))
    template = SUBJECT_TEXTS.get(kind)
    return tr(template).format(name=element_name(entry)) if template else element_name(entry)


def _named(d: Diagnostic, params: dict[str, Any]) -> None:
    """The names of the elements at fault, in place of their ids (see SUBJECT_TEXTS)."""
    names = d.names
    subjects = [subject_text(names[i]) for i in d.ids if i in names]
    params["subject"] = subjects[0] if subjects else tr(THIS_ELEMENT)
    params["second"] = subjects[1] if len(subjects) > 1 else params["subject"]
    params["subjects"] = ", ".join(subjects)
    if d.code == "loop_never_left" and subjects:
        params["nodes"] = " → ".join(element_name(names[i]) for i in d.ids if i in names)
    pools = [
        k
        for k in (params.get("pool"), *d.ids)
        if isinstance(k, str) and names.get(k, {}).get("kind") == "pool"
    ]
    if pools:
        params["pool"] = subject_text(names[pools[0]])
    if "target" in params:
        target = names.get(str(params["target"]))
        params["target"] = subject_text(target) if target else tr(MISSING_NODE)
    for key in ("above", "below"):
        if key in params:
            from blueprint_studio.canvas.items.lane import (
                lane_kind_name,  # the lane kinds' one catalogue entry
            )

            params[key] = lane_kind_name(str(params[key]))


# French contracts a preposition with the article that opens a name: "de le lien" is "du lien"
_CONTRACTIONS = (("de", "le", "du"), ("de", "les", "des"), ("à", "le", "au"), ("à", "les", "aux"))


def _contracted(template: str, params: dict[str, Any]) -> str:
    """The template with "de {subject}" made "du {subject_c}" when the subject opens with "le "
    (and the like), the rest of the name in a parameter of its own."""
    for key in ("subject", "second", "target", "pool", "subjects"):
        value = params.get(key)
        if not isinstance(value, str):
            continue
        for preposition, article, contraction in _CONTRACTIONS:
            placeholder = f"{preposition} {{{key}}}"
            if value.startswith(article + " ") and placeholder in template:
                params[f"{key}_c"] = value[len(article) + 1 :]
                template = template.replace(placeholder, f"{contraction} {{{key}_c}}")
    return template


def diagnostic_text(d: Diagnostic) -> str:
    params: dict[str, Any] = {key: _printable(value) for key, value in d.params.items()}
    _named(d, params)
    if "slot" in params:
        slot = str(params["slot"])
        params["slot"] = tr(SLOT_TEXTS.get(slot.split("[")[0], "rule"))
        detail = EXPR_TEXTS.get(str(params.get("reason", "")))
        if params.get("reason") == "expr.expected":  # what is missing, in words
            detail = EXPECTED_TEXTS.get(str(params.get("expected")), EXPECTED_OTHER)
        params["detail"] = tr(detail).format_map(Lenient(params)) if detail else params.get("reason", "")
    if "reason" in params and params["reason"] in REASON_TEXTS:
        params["reason"] = tr(REASON_TEXTS[params["reason"]])
    _fields_and_values(d, params)
    if isinstance(d.params.get("utilisation"), (int, float)):
        params["utilisation"] = number_style().number(float(d.params["utilisation"]), 0)
    if d.code in ("probabilities_sum", "bpmn_shares_normalised") and isinstance(
        d.params.get("total"), (int, float)
    ):
        params["total"] = percent(float(d.params["total"]))
    if d.code.startswith("bpmn_"):
        _import_words(d, params)
    if params.get("setting") in SETTING_TEXTS:
        params["setting"] = tr(SETTING_TEXTS[params["setting"]])
        for key in ("rate", "limit", "days"):  # 10,000 / 10 000 as the language writes it
            if isinstance(params.get(key), (int, float)):
                params[key] = number_style().number(float(params[key]), 0)
    if d.code == "scenario_too_large":  # 4.0 × 10¹² ticket steps, more than the 5 × 10⁹ …
        for key in ("steps", "limit"):
            if isinstance(d.params.get(key), (int, float)):
                params[key] = number_style().magnitude(float(d.params[key]))
    _counts(d, params)
    template = _contracted(_source(d), params)
    try:
        text = template.format_map(Lenient(params))
    except (ValueError, IndexError, AttributeError):
        text = template
    if d.code.startswith("bpmn_"):  # an element of the file without a name leaves a gap
        text = " ".join(part for part in text.split(" ") if part)
    return text[:1].upper() + text[1:]  # a sentence may open with the element's name


def _source(d: Diagnostic) -> str:
    """The diagnostic's words in the form its count takes (PLURAL_TEXTS), translated."""
    one = tr(DIAGNOSTIC_TEXTS.get(d.code, d.code))
    if d.code not in PLURAL_TEXTS:
        return one
    param, many = PLURAL_TEXTS[d.code]
    count = d.params.get(param)
    return plural(count if isinstance(count, (int, float)) else 2, one, tr(many))


def _counts(d: Diagnostic, params: dict[str, Any]) -> None:
    """Counts standing alone in the sentence, with their noun: "2 intakes" (COUNTED_PARAMS)."""
    for param, noun in COUNTED_PARAMS.get(d.code, {}).items():
        count = d.params.get(param)
        if isinstance(count, (int, float)):
            params[param] = words.counted(noun, count, display_language())


def _import_words(d: Diagnostic, params: dict[str, Any]) -> None:
    """The words of a BPMN import's parameters: a lane kind's name, numbers as the language
    writes them, a distribution's name, an element's name in quotes."""
    if "kind" in params:
        from blueprint_studio.canvas.items.lane import lane_kind_name  # the one catalogue entry

        params["kind"] = lane_kind_name(str(params["kind"]))
    for key in ("minutes", "rate"):
        if isinstance(d.params.get(key), (int, float)):
            value = float(d.params[key])
            params[key] = number_style().number(value, 0 if value.is_integer() else 2)
    if "distribution" in params:
        shown = DISTRIBUTION_TEXTS.get(str(params["distribution"]))
        params["distribution"] = (
            tr(shown) if shown else str(params["distribution"]).removesuffix("Distribution")
        )
    if "name" in params:
        params["name"] = tr(QUOTED).format(title=params["name"]) if params["name"] else ""


def severity_text(d: Diagnostic) -> str:
    return tr(SEVERITY_TEXTS[d.severity])


def diagnostic_line(d: Diagnostic) -> str:
    """'error: The step “Check the request” has no agent pool: …' (the command line's form)."""
    return tr(LINE).format(severity=severity_text(d), message=diagnostic_text(d))
