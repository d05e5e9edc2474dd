"""model/words.py: the one way to say a field, a value and a condition in French or English
(issue 15). Fallbacks of the display words, conditions in words, and a property: any condition
a designer can write on a schema reads without code."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blueprint_studio.model import expr
from blueprint_studio.model.schema import TicketField
from blueprint_studio.model.walkthrough.words import condition_words
from blueprint_studio.model.words import (
    condition_caption,
    condition_sentence,
    field_value,
    field_words,
    glossary,
    rule_caption,
    value_label,
)

FIELDS = [
    TicketField(
        name="category",
        label="Catégorie",
        labels={"fr": "Catégorie", "en": "Category"},
        values=["support", "feature"],
        value_labels={
            "support": {"fr": "Demande d’assistance", "en": "Support request"},
            "feature": {"fr": "Demande d’évolution", "en": "Feature request"},
        },
    ),
    TicketField(name="priority", labels={"fr": "Priorité", "en": "Priority"}, values=["P1", "P2", "P3"]),
    TicketField(name="issue_type", values=["known", "vendor_bug"], value_labels={"known": {"en": "Known"}}),
    TicketField(name="reopened", label="Rouvert", type="boolean"),
    TicketField(name="age", labels={"en": "Age in days"}, type="number"),
]
FR, EN = glossary(FIELDS, "fr"), glossary(FIELDS, "en")
NBSP = "\u00a0"


def test_field_words_fall_back_from_the_language_to_the_other_to_label_to_the_id() -> None:
    category, priority, issue, reopened, age = FIELDS
    assert field_words(category, "fr") == "Catégorie" and field_words(category, "en") == "Category"
    assert field_words(age, "fr") == "Age in days"  # the other language's
    assert field_words(reopened, "en") == "Rouvert"  # `label`
    assert field_words(issue, "fr") == "Issue type"  # the id made readable
    assert field_words("satisfied", "fr") == "Client satisfait"  # built-in field
    assert FR.field("responded") == "Réponse du client" and EN.field("responded") == "Customer replied"
    assert dict(FR)["category"] == "Catégorie" and dict(EN)["category"] == "Category"


def test_value_words_fall_back_and_say_yes_no_and_numbers_in_the_language() -> None:
    issue = FIELDS[2]
    assert value_label(FIELDS[0], "feature", "fr") == "Demande d’évolution"
    assert value_label(issue, "known", "fr") == "Known"  # the other language's
    assert value_label(issue, "vendor_bug", "fr") == "vendor bug"  # the id made readable
    assert FR.value("reopened", True) == "oui" and EN.value("reopened", False) == "no"
    assert FR.value("age", 2.5) == "2,5" and EN.value("age", 2.5) == "2.5"
    assert FR.value("note", "mot_de_passe") == "mot_de_passe"  # free text stays as typed
    assert FR.value("category", None) == ""
    assert field_value(FR, "category", "feature") == f"Catégorie{NBSP}: demande d’évolution"
    assert field_value(EN, "priority", "P1") == "Priority: P1"


@pytest.mark.parametrize(
    "text, fr, en",
    [
        ('priority in ("P1", "P2")', "Priorité : P1 ou P2", "Priority: P1 or P2"),
        ('category == "feature"', "Catégorie : demande d’évolution", "Category: feature request"),
        (
            'category != "feature"',
            "Catégorie : autre que demande d’évolution",
            "Category: not feature request",
        ),
        (
            'not category == "support"',
            "Catégorie : autre que demande d’assistance",
            "Category: not support request",
        ),
        ('priority not in ("P1", "P2")', "Priorité : ni P1 ni P2", "Priority: neither P1 nor P2"),
        ("reopened", "Rouvert : oui", "Rouvert: yes"),
        ("not reopened", "Rouvert : non", "Rouvert: no"),
        ("reopened == false", "Rouvert : non", "Rouvert: no"),
        ("not satisfied", "Client satisfait : non", "Customer satisfied: no"),
        ("age >= 2.5", "Age in days : au moins 2,5", "Age in days: at least 2.5"),
        ("3 < age", "Age in days : plus de 3", "Age in days: more than 3"),
        (
            'category == "feature" and (priority == "P1" or reopened)',
            "Catégorie : demande d’évolution et (Priorité : P1 ou Rouvert : oui)",
            "Category: feature request and (Priority: P1 or Rouvert: yes)",
        ),
        ('issue_type == "vendor_bug"', "Issue type : vendor bug", "Issue type: vendor bug"),
        ("true", "toujours", "always"),
    ],
)
def test_conditions_read_as_words(text: str, fr: str, en: str) -> None:
    assert condition_caption(text, "fr", FR).replace(NBSP, " ") == fr
    assert condition_caption(text, "en", EN) == en
    assert condition_sentence(text, "en", EN) == en[:1].upper() + en[1:]


def test_unreadable_or_missing_conditions_show_no_code() -> None:
    assert condition_caption("priority == ", "fr", FR) is None
    assert condition_sentence("", "fr", FR) is None
    with pytest.raises(expr.ExprError):  # the walkthrough's conditions are compiled: an error there
        condition_words('priority ==== "P1"', "fr", FR)
    assert condition_words('priority == "P1"', "fr", FR) == f"Priorité{NBSP}: P1"


def test_plain_label_pairs_still_work() -> None:
    """Callers that pass (name, label) pairs keep working: fields by those labels."""
    assert condition_caption('priority in ("P1", "P2")', "fr", (("priority", "Priorité"),)) == (
        f"Priorité{NBSP}: P1 ou P2"
    )


def test_an_edge_rule_puts_its_guard_on_a_line_of_its_own() -> None:
    class Edge:
        condition, probability, default = 'category == "feature"', None, False
        before = "not reopened"

    assert rule_caption(Edge, "fr", FR, "par défaut", "").replace(NBSP, " ") == (
        "Catégorie : demande d’évolution\nsi Rouvert : non"
    )


CODE = re.compile(r'==|!=|<|>|\bin \(|"|\bvendor_bug\b|\bissue_type\b|\btrue\b|\bfalse\b')
ENGLISH = re.compile(r"\b(and|or|not|feature|support)\b")  # in French: operators and value ids
comparisons = st.one_of(
    st.builds(lambda v: f'category == "{v}"', st.sampled_from(["support", "feature"])),
    st.builds(lambda v: f'issue_type != "{v}"', st.sampled_from(["known", "vendor_bug"])),
    st.builds(
        lambda vs: f"priority in ({', '.join(map(repr, vs))})".replace("'", '"'),
        st.lists(st.sampled_from(["P1", "P2", "P3"]), min_size=1, max_size=3),
    ),
    st.builds(lambda op, n: f"age {op} {n}", st.sampled_from(["<", "<=", ">", ">="]), st.integers(0, 99)),
    st.sampled_from(["reopened", "satisfied", "responded"]),
)
conditions = st.recursive(
    comparisons,
    lambda inner: st.one_of(
        st.builds(lambda a, b: f"({a}) and ({b})", inner, inner),
        st.builds(lambda a, b: f"({a}) or ({b})", inner, inner),
        st.builds(lambda a: f"not ({a})", inner),
    ),
    max_leaves=6,
)


@settings(max_examples=200, deadline=None)
@given(conditions, st.sampled_from(["fr", "en"]))
def test_any_condition_on_the_schema_reads_without_code(text: str, lang: str) -> None:
    said = condition_caption(text, lang, glossary(FIELDS, lang))
    assert said and not CODE.search(said), (text, said)
    assert lang == "en" or not ENGLISH.search(said), (text, said)


def test_head_counts_are_written_with_the_plural_of_each_language():
    from blueprint_studio.model.words import agents_words, pool_caption

    assert [agents_words(n, "en") for n in (0, 1, 4)] == ["0 agents", "1 agent", "4 agents"]
    assert [agents_words(n, "fr") for n in (0, 1, 4)] == ["0\u00a0agent", "1\u00a0agent", "4\u00a0agents"]
    assert pool_caption("Level 1", 3, "en") == "Level 1: 3 agents"
    assert pool_caption("Niveau 1", 3, "fr") == "Niveau 1\u00a0: 3\u00a0agents"
    assert pool_caption("", 2, "en") == "2 agents"  # never the pool's id
