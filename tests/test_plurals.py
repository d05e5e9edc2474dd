"""Counts are said in proper singular and plural, never "ticket(s)": no source or translation of the
catalogue writes a bracketed plural, the rule is English's ("1 ticket", "0 tickets") and French's
("0 ticket", "1,5 jour"), and the same count reads right at 0, 1 and 2 in both languages in the
window's status bar and in the command line's `validate`."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from wordskit import PENDING, translations_tool, with_pending_french

from blueprint_studio.model import texts
from blueprint_studio.model.fileformat import save
from blueprint_studio.model.schema import Blueprint, Edge, EndNode, IntakeNode, Meta
from blueprint_studio.model.words import COUNTED, counted
from tests.app.shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
# "ticket(s)", "branch(es)", "écartée(s)", "canal(aux)", "sélectionné(e)(s)"
BRACKETED = re.compile(r"\w\((?:s|es|x|aux|e)\)")


def test_no_catalogue_text_writes_a_bracketed_plural():
    """Every source the code marks for translation (as lupdate extracts it), the French and English
    translations of those sources, and the French waiting in the pending lists."""
    tool = translations_tool()
    sources = {(ctx, src) for ctx, messages in tool.extract().items() for src in messages}
    bad = [f"source {ctx}: {src}" for ctx, src in sources if BRACKETED.search(src)]
    for language in ("fr", "en"):
        for context in ET.parse(TRANSLATIONS / f"blueprint_studio_{language}.ts").getroot():
            for message in context.findall("message"):
                key = (context.findtext("name"), message.findtext("source"))
                text = message.findtext("translation") or ""
                if key in sources and BRACKETED.search(text):
                    bad.append(f"{language} {key[0]}: {text}")
    for path in sorted(PENDING.glob("*.tsv")):
        for line in path.read_text("utf-8").splitlines():
            if BRACKETED.search(line):
                bad.append(f"{path.name}: {line}")
    assert not bad, "\n".join(bad)


def test_the_rule_of_each_language():
    assert [texts.is_plural(n, "en") for n in (0, 1, 1.5, 2)] == [True, False, True, True]
    assert [texts.is_plural(n, "fr") for n in (0, 1, 1.5, 2)] == [False, False, False, True]


def test_every_counted_thing_has_both_forms_in_french():
    with with_pending_french(qt=False):
        for noun in COUNTED:
            one, many = counted(noun, 1, "fr"), counted(noun, 3, "fr")
            assert one.startswith("1\u00a0") and many.startswith("3\u00a0"), noun
            assert one[2:] != many[2:], noun  # "ticket" / "tickets": two words, not one twice
    assert (counted("week", 1.5, "fr"), counted("week", 1.5, "en")) != ("", "")


# Documents with 1 error and no warning (an end nothing leads to), no error and 1 warning (an
# intake without arrivals), 2 errors and 2 warnings.
def _blueprint(language: str, quiet_intakes: int, lonely_ends: int) -> Blueprint:
    intakes = [IntakeNode(id=f"in{k}", title=f"Mail {k}", rate_per_hour=0) for k in range(quiet_intakes)]
    intakes = intakes or [IntakeNode(id="in", title="Mail", rate_per_hour=4)]
    ends = [EndNode(id=f"end{k}", title=f"Other {k}") for k in range(lonely_ends)]
    return Blueprint(
        meta=Meta(language=language),
        nodes=[*intakes, EndNode(id="end_done", title="Done"), *ends],
        edges=[Edge(id=f"e{k}", source=n.id, target="end_done") for k, n in enumerate(intakes)],
    )


def _documents(tmp_path: Path, language: str) -> list[Path]:
    paths = []
    for k, (quiet, lonely) in enumerate(((0, 1), (1, 0), (2, 2))):
        path = tmp_path / f"doc{k}.blueprint.json"
        save(_blueprint(language, quiet, lonely), path, keep_backup=False)
        paths.append(path)
    return paths


SAID = {
    "en": ["1 error, 0 warnings", "0 errors, 1 warning", "2 errors, 2 warnings"],
    "fr": [
        "1\u00a0erreur, 0\u00a0avertissement",
        "0\u00a0erreur, 1\u00a0avertissement",
        "2\u00a0erreurs, 2\u00a0avertissements",
    ],
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_status_bar_counts_errors_at_0_1_and_2(language, tmp_path, make_window, qtbot):
    from blueprint_studio.app.shell.settings import Settings

    settings = Settings()
    settings.set("ui/language", language)
    with with_pending_french():
        window = make_window(settings=settings)
        seen = []
        for path in _documents(tmp_path, language):
            tab = window.controller.open_path(path)
            assert tab is not None
            qtbot.waitUntil(lambda: window.validation_label.text() != "", timeout=5000)
            seen.append(window.validation_label.text())
            window.validation_label.clear()
    assert seen == SAID[language]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_validate_counts_errors_at_0_1_and_2(language, tmp_path, capsys, qapp):
    from blueprint_studio.app.cli.main import main
    from blueprint_studio.app.shell import i18n

    seen = []
    try:
        with with_pending_french():
            for path in _documents(tmp_path, language):
                main(["validate", str(path)])
                seen.append(capsys.readouterr().out.strip().splitlines()[-1])
    finally:
        i18n.install("en")
    colon = ":" if language == "en" else "\u00a0:"
    assert seen == [
        f"{tmp_path / f'doc{k}.blueprint.json'}{colon} {said}" for k, said in enumerate(SAID[language])
    ]


SELECTED = {
    "en": ["3 elements selected", "1 element selected"],
    "fr": ["3\u00a0éléments sélectionnés", "1\u00a0élément sélectionné"],
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_status_bar_counts_the_selection(language, tmp_path, make_window, qtbot):
    """Edit › Select all on an intake, its link and an end says three elements; a click on the end
    says one (a window text of two tr() forms, app.shell.i18n.plural)."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QAction
    from PySide6.QtTest import QTest

    from blueprint_studio.app.shell.settings import Settings

    settings = Settings()
    settings.set("ui/language", language)
    path = tmp_path / "desk.blueprint.json"
    desk = Blueprint(
        meta=Meta(language=language),
        nodes=[
            IntakeNode(id="in", title="Mail", rate_per_hour=4, x=100, y=100),
            EndNode(id="end_done", title="Done", x=400, y=100),
        ],
        edges=[Edge(id="e1", source="in", target="end_done")],
    )
    save(desk, path, keep_backup=False)
    with with_pending_french():
        window = make_window([path], settings=settings)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        tab = window.current_tab()
        seen = []
        window.findChild(QAction, "canvas_select_all").trigger()
        seen.append(window.selection_label.text())
        end = next(n for n in tab.document.blueprint.nodes if n.id == "end_done")

        def click(point: QPointF) -> None:
            tab.view.ensureVisible(point.x() - 20, point.y() - 20, 40, 40)
            QTest.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=tab.view.mapFromScene(point))

        click(QPointF(end.x + end.width / 2, end.y + 300))  # the empty canvas under the end
        qtbot.waitUntil(lambda: window.selection_label.text() != seen[0], timeout=3000)
        click(QPointF(end.x + end.width / 2, end.y + end.height / 2))
        seen.append(window.selection_label.text())
    assert seen == SELECTED[language]
