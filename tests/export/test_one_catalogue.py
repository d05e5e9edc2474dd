"""One catalogue of words: the PDF reads the same translations as the window (the .ts files),
so a KPI, a run status or a drawing legend says the same thing on screen and on paper."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from blueprint_studio.app.shell import i18n, kpi_words
from blueprint_studio.export import strings
from blueprint_studio.export.catalogue import translate
from blueprint_studio.model.kpis import KPI_TEXTS


@pytest.fixture
def french(qapp):
    i18n.install("fr")
    yield
    i18n.install("en")


def test_every_kpi_has_the_same_french_name_on_screen_and_on_paper(french):
    paper = strings.Strings("fr")
    for key in KPI_TEXTS:
        assert paper.kpi_label(key) == kpi_words.kpi_label(key), key
    assert paper.kpi_label("reopen_rate") == "Tickets réouverts"  # the PDF said « rouverts »


def test_texts_the_window_shows_too_come_from_its_context(french):
    paper = strings.Strings("fr")
    for key, context in strings._CONTEXT.items():
        window = QCoreApplication.translate(context, strings._EN[key])
        assert paper(key) == window, key


def test_every_paper_word_has_french_that_differs_from_the_english_where_it_should():
    """Every word of the PDF is translated (tools/update_translations.py --check is the full
    test); here: no French PDF word is left in English, short units and names aside."""
    paper = strings.Strings("fr")
    # the same word in French
    alike = {
        "edge.association",
        "blueprint",
        "generator",
        "subject_blueprint",
        "field_value",
        "policy_tickets",
    }
    same = [key for key, english in strings._EN.items() if paper(key) == english and len(english) > 6]
    assert sorted(same) == sorted(alike), same


def test_french_punctuation_uses_a_no_break_space():
    for key in strings._EN:
        text = strings.Strings("fr")(key)
        assert not re.search(r"\w [:;?!]", text), (key, text)


def test_unknown_languages_and_texts_fall_back_to_english():
    assert translate("Paper", "Legend", "en") == "Legend"
    assert translate("Paper", "No such text", "fr") == "No such text"
    assert strings.Strings("de")("legend") == "Legend"


def test_model_and_export_hold_no_french_words_of_their_own():
    """French lives in the catalogue only: no string in model/ or export/ code (docstrings and
    comments aside) holds French letters or guillemets."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    french = re.compile(r"[éèàçêâîôûœ«»]")
    found = []
    for folder in ("model", "export"):
        for path in sorted((root / folder).rglob("*.py")):
            tree = ast.parse(path.read_text("utf-8"))
            docstrings = {
                id(node.body[0].value)
                for node in ast.walk(tree)
                if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                and node.body
                and isinstance(node.body[0], ast.Expr)
                and isinstance(node.body[0].value, ast.Constant)
            }
            # Other tools' column headings (GLPI exports in French), matched as those tools write
            # them: data to recognise, not words of ours.
            headings = {
                id(constant)
                for node in tree.body
                if isinstance(node, ast.AnnAssign)
                and isinstance(node.target, ast.Name)
                and (path.name, node.target.id) == ("columns.py", "PRESETS")
                for constant in ast.walk(node)
            }
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Constant)
                    and isinstance(node.value, str)
                    and id(node) not in docstrings
                    and id(node) not in headings
                ):
                    if french.search(node.value):
                        found.append(f"{path.relative_to(root)}:{node.lineno}: {node.value[:40]}")
    assert found == [], found
