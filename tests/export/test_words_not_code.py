"""Issue 15: wherever a condition or a value is shown to a person it is written in words, with the
field and value labels of the document's language («Priorité : P1 ou P2», «Catégorie : demande
d’évolution»), never as code. Every bundled template is rendered, in French and in English, to the
canvas edge captions, the blueprint PDF, the report PDF, the handout (PDF and model) and the
walkthrough and quiz texts; any code-like text fails the test with where it was found."""

from __future__ import annotations

import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from pdfkit import TEMPLATES, pdf_bytes, template, text_of

from blueprint_studio.export.pdf_report import ReportData
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import compile_for, replicate
from blueprint_studio.model.walkthrough.handout import build_handout
from blueprint_studio.model.walkthrough.views import WalkthroughError
from blueprint_studio.model.walkthrough.walker import Walkthrough

LANGS = ("fr", "en")
# Condition code: comparisons, `in (`, a quoted value, a snake_case id joined by and/or/not.
CODE = re.compile(
    r"==|!=|\bin \(|\"[\w-]+\"|'[\w-]+'"
    r"|\b(?:and|or|not)\b\s+\(?[a-z]+_[a-z_]+|[a-z]+_[a-z_]+\s+(?:and|or|in)\b"
)
FREE_TEXT_KEYS = {
    "title",
    "name",
    "label",
    "description",
    "guidance",
    "template_response",
    "question",
    "text",
}


def _strings(data: Any, key: str = "") -> Iterator[str]:
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _strings(v, k)
    elif isinstance(data, list):
        for item in data:
            yield from _strings(item, key)
    elif isinstance(data, str) and key in FREE_TEXT_KEYS:
        yield data


def raw_ids(bp: Any, lang: str) -> set[str]:
    """The field names and value ids a reader must not see: those whose words in `lang` differ
    from the id, less the words the template's own texts and labels use in that language (a pool
    called « Support niveau 1 » may say "support", « Feature request » says "feature")."""
    data = bp.model_dump(mode="json")
    data.pop("fields", None)
    texts = list(_strings(data))
    for f in bp.fields:
        texts += [f.labels.get(lang, ""), *(f.value_labels.get(v, {}).get(lang, "") for v in f.values)]
    written = {w.lower() for text in texts for w in re.findall(r"\w+", text)}
    ids = set()
    for f in bp.fields:
        if f.labels.get(lang, "").lower() != f.name.lower():
            ids.add(f.name)
        for value in f.values:
            if f.value_labels.get(value, {}).get(lang, "").lower() != value.lower():
                ids.add(value)
    return {i for i in ids if i.lower() not in written}


def problems(texts: dict[str, str], bp: Any, lang: str) -> list[str]:
    """Each place whose text is code-like, with the piece at fault."""
    found = []
    ids = raw_ids(bp, lang)
    by_id = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(ids))) + r")\b") if ids else None
    for where, text in texts.items():
        match = CODE.search(text) or (by_id.search(text) if by_id else None)
        if match:
            start = max(0, match.start() - 40)
            found.append(f"{where}: …{text[start : match.end() + 40]}…")
    return found


# ------------------------------------------------------------------ what people read


def _shown(field: Any) -> str:
    """The value as the walkthrough shows it (before issue 15: the raw value)."""
    return str(getattr(field, "shown", field.value))


def _words_of(field: Any) -> tuple[str, ...]:
    return tuple(getattr(field, "value_words", field.values))


def canvas_texts(qtbot: Any, bp: Any, lang: str) -> dict[str, str]:
    from blueprint_studio.app.shell import i18n
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.model.document import Document

    i18n.install(lang)
    try:
        editor = CanvasEditor(Document(bp))
        qtbot.addWidget(editor.view)
        texts = {}
        for edge in bp.edges:
            item = editor.scene.edges.get(edge.id)
            if item is not None:
                texts[f"canvas caption of {edge.id}"] = item._text
                texts[f"canvas tooltip of {edge.id}"] = item.toolTip()
        return texts
    finally:
        i18n.install("en")


def walkthrough_texts(bp: Any, lang: str) -> dict[str, str]:
    """Every text the walkthrough gives a trainee, in quiz mode: choices (conditions, refusals,
    actions), fields in words, the quiz's reasons (a wrong branch tried at each decision first),
    and the handout built from the same cards."""
    model = compile_blueprint(bp).model
    texts: dict[str, str] = {}
    for card in bp.cards:
        walk = Walkthrough(model, card, lang, quiz=True)
        for _hop in range(60):
            view, cursor = walk.state(), walk.cursor
            for f in view.fields:
                texts[f"{card.id} field {f.name}"] = f"{f.label}: {_shown(f)} ({', '.join(_words_of(f))})"
            for a in (*view.actions, *view.applied):
                texts[f"{card.id} action at {view.node_id}"] = f"{a.words} / {a.done}"
            for c in view.choices:
                texts[f"{card.id} choice {c.key} at {view.node_id}"] = " / ".join(
                    [
                        c.why or "",
                        c.condition or "",
                        *(a.words for a in c.actions),
                        *getattr(c, "mandatory_words", c.mandatory),  # "Needs: …" on the button
                    ]
                )
            if view.finished or view.suggested is None:
                break
            for c in view.choices:  # every other branch tried first: refusals and quiz reasons
                if c.index == view.suggested:
                    continue
                try:
                    feedback = walk.advance(c.index)
                except WalkthroughError as refused:
                    texts[f"{card.id} refusal of {c.key}"] = str(refused.params.get("why", ""))
                    continue
                if feedback is not None:
                    texts[f"{card.id} quiz at {c.key}"] = feedback.reason
                if walk.cursor != cursor:  # a right answer too: back to try the others
                    walk.back()
            walk.advance(view.suggested, enforce=False)
    for card in build_handout(model, bp.cards, lang):
        for step in card.steps:
            texts[f"handout {card.card_id} step {step.number}"] = " / ".join([step.branch, *step.actions])
    return texts


def pdf_texts(bp: Any, report: Any = None) -> dict[str, str]:
    texts = {
        "blueprint PDF": text_of(pdf_bytes(bp)),
        "handout PDF": text_of(pdf_bytes(bp, handout=True, blueprint_sheets=False)),
    }
    if report is not None:
        texts["report PDF"] = text_of(pdf_bytes(bp, report=report, blueprint_sheets=False))
    return texts


def short_report(bp: Any) -> ReportData:
    scenario = bp.scenarios[0]
    settings = SimulationSettings.from_scenario(scenario).with_(
        horizon_minutes=1440, warmup_minutes=0, replications=1
    )
    with ThreadPoolExecutor(1) as pool:
        result = replicate(compile_for(bp, scenario.id), settings, pool)
    return ReportData(result, settings, scenario)


# ------------------------------------------------------------------ the tests


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TEMPLATES)
def test_canvas_captions_and_walkthrough_say_conditions_in_words(qtbot, name: str, lang: str) -> None:
    bp = template(name, lang)
    texts = {**canvas_texts(qtbot, bp, lang), **walkthrough_texts(bp, lang)}
    assert any("\u00a0: " in t or ": " in t for t in texts.values())  # conditions were said at all
    assert problems(texts, bp, lang) == []


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TEMPLATES)
def test_pdfs_say_conditions_and_values_in_words(name: str, lang: str) -> None:
    bp = template(name, lang)
    report = short_report(bp) if lang == "fr" else None  # one run per template is enough
    assert problems(pdf_texts(bp, report), bp, lang) == []


def test_french_templates_give_every_value_french_words() -> None:
    """The words the issue names, and no value left to be shown by its id."""
    shown = set()
    for name in TEMPLATES:
        bp = template(name, "fr")
        for f in bp.fields:
            assert f.labels.get("fr") and f.labels.get("en"), (name, f.name)
            for value in f.values:
                labels = f.value_labels.get(value, {})
                assert labels.get("fr") and labels.get("en"), (name, f.name, value)
                shown.add(labels["fr"].lower())
    assert {"demande d’évolution", "connu", "complexe"} <= shown


def test_the_check_catches_code() -> None:
    """The checker itself: code-like texts are caught, words pass."""
    bp = template("helpdesk_flow", "fr")
    bad = {
        "a": 'priority in ("P1", "P2")',
        "b": "Catégorie : feature",
        "c": "issue_type == complex",
        "d": "Type de problème est « complex »",
    }
    assert len(problems(bad, bp, "fr")) == 4
    good = {"a": "Priorité\u00a0: P1 ou P2", "b": "Catégorie\u00a0: demande d’évolution"}
    assert problems(good, bp, "fr") == []


def test_card_dialog_and_walkthrough_form_offer_values_in_words(qtbot) -> None:
    """The trainer picks « Demande d’évolution », the card and the walkthrough keep "feature"."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel

    from blueprint_studio.app.shell import i18n
    from blueprint_studio.app.training.card_dialog import CardDialog
    from blueprint_studio.app.training.widgets import FieldForm
    from blueprint_studio.model.schema import TicketCard

    bp = template("helpdesk_flow", "fr")
    i18n.install("fr")
    try:
        dialog = CardDialog(TicketCard(id="card_new", name="Nouvelle"), bp.fields)
        qtbot.addWidget(dialog)
        combo = dialog.editors["category"]
        items = [combo.itemText(i) for i in range(combo.count())]
        assert "Demande d’évolution" in items and "feature" not in items
        rows = [w.text() for w in dialog.findChildren(QLabel)]
        assert "Type de problème" in rows and "issue_type" not in rows
        combo.setCurrentIndex(combo.findText("Demande d’évolution"))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.values()["category"] == "feature"

        walk = Walkthrough(compile_blueprint(bp).model, bp.cards[0], "fr")
        form = FieldForm()
        qtbot.addWidget(form)
        fields = [f for f in walk.state().fields if f.name == "issue_type"]
        form.set_fields(fields, {})
        combo = form.widgets["issue_type"]
        assert [combo.itemText(i) for i in range(combo.count())] == ["Connu", "Standard", "Complexe"]
        label = form.layout_.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().text()
        assert label.startswith("Type de problème")
        combo.setCurrentIndex(2)
        assert form.values() == {"issue_type": "complex"}
    finally:
        i18n.install("en")
