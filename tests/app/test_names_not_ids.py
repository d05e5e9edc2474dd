"""People read names and words: no element id in the properties panel, no condition code on an
edge's caption (canvas and PDF), and every diagnostic names its element, in English and French,
in the window's words and in `validate`'s output."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QPlainTextEdit

from blueprint_studio import resources
from blueprint_studio.app.shell import i18n
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load, save
from blueprint_studio.model.schema import Lane, StepNode
from blueprint_studio.model.validation import validate

TEMPLATES = ("helpdesk_flow", "service_blueprint", "tiered_support", "ticket_states")
CODE = re.compile(r'==|!=|\bin \(|"|\b(and|or|not)\b(?=.*\w+_\w+)')


@pytest.fixture
def language(qapp):
    yield lambda code: i18n.install(code)
    i18n.install("en")


def all_ids(bp) -> set[str]:
    return {
        e.id
        for e in (
            *bp.nodes,
            *bp.edges,
            *bp.lanes,
            *bp.stages,
            *bp.all_pools(),
            *bp.scenarios,
            *bp.cards,
            *bp.sla,
        )
    }


def with_untitled(bp):
    """The template plus what a designer adds before naming it: an untitled lane and step."""
    lane = Lane(id="lane_2", kind="backstage")
    step = StepNode(id="step_2", title="", x=40, y=40, lane="lane_2")
    return bp.model_copy(update={"lanes": [*bp.lanes, lane], "nodes": [*bp.nodes, step]})


def shown_texts(dock) -> list[str]:
    """Every word the properties panel shows: heading, row labels, fields, every combo item."""
    texts = [dock.title.text()]
    host = dock.form_host
    for widget in host.findChildren(QLabel):
        texts.append(widget.text())
    for widget in host.findChildren(QLineEdit):
        if not isinstance(widget.parent(), QComboBox):
            texts += [widget.text(), widget.placeholderText()]
    for widget in host.findChildren(QPlainTextEdit):
        texts.append(widget.toPlainText())
    for widget in host.findChildren(QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    texts += [w.text() for w in host.findChildren(QAbstractButton)]
    texts += [w.title() for w in host.findChildren(QGroupBox)]
    return texts


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", TEMPLATES)
def test_properties_panel_shows_names_never_ids(qtbot, language, name, lang):
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.canvas.properties.dock import PropertiesDock

    language(lang)
    bp = with_untitled(load(resources.template_path(name, lang)))
    editor = CanvasEditor(Document(bp))
    qtbot.addWidget(editor.view)
    dock = PropertiesDock(editor)
    qtbot.addWidget(dock)
    ids = all_ids(bp)
    pattern = re.compile(
        "|".join(rf"(?<![\w]){re.escape(i)}(?![\w])" for i in sorted(ids, key=len, reverse=True))
    )
    for element in (*bp.nodes, *bp.edges, *bp.lanes, *bp.stages):
        editor.scene.select_ids([element.id])
        assert dock.key == element.id
        for text in shown_texts(dock):
            found = pattern.search(text or "")
            assert found is None, f"{element.id}: {found.group()!r} shown in {text!r}"
    editor.scene.select_ids(["step_2"])
    assert dock.title.text() == (
        "Step 2 · untitled" if lang == "en" else "Étape 2 · sans titre"
    ) or dock.title.text().endswith(("· untitled", "· sans titre"))
    editor.scene.select_ids(["step_2"])
    lanes = dock.fields["lane"].widget
    untitled = "Backstage (lane" if lang == "en" else "(couloir"
    assert any(untitled in lanes.itemText(i) for i in range(lanes.count()))


def test_heading_names_the_element(qtbot, language):
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.canvas.properties.dock import PropertiesDock

    language("en")
    bp = load(resources.template_path("helpdesk_flow", "en"))
    step = next(n for n in bp.nodes if n.kind == "step" and n.title)
    editor = CanvasEditor(Document(bp))
    qtbot.addWidget(editor.view)
    dock = PropertiesDock(editor)
    qtbot.addWidget(dock)
    editor.scene.select_ids([step.id])
    assert dock.title.text() == f"Step · {step.title}"


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", TEMPLATES)
def test_edge_captions_on_the_canvas_are_words(qtbot, language, name, lang):
    from blueprint_studio.canvas.editor import CanvasEditor

    language(lang)
    bp = load(resources.template_path(name, lang))
    editor = CanvasEditor(Document(bp))
    qtbot.addWidget(editor.view)
    labels = {f.name: f.label for f in bp.fields if f.label}
    conditioned = [e for e in bp.edges if e.condition]
    assert conditioned
    for edge in conditioned:
        item = editor.scene.edges[edge.id]
        caption, tip = item._text, item.toolTip()
        assert not CODE.search(caption), (edge.condition, caption)
        assert not re.search(r"==|!=|\bin \(", tip), (edge.condition, tip)
        assert all(len(line) <= 40 for line in caption.split("\n")), caption  # wraps, never cut
        assert "…" not in caption
        rule = caption.removeprefix(edge.label).replace("\n", " ").strip()
        field = re.match(r"\s*(?:not\s+)?(\w+)", edge.condition).group(1)
        if field in labels:
            assert labels[field] in rule, (edge.condition, caption)
        shown = (
            labels.get(field) or {"satisfied": "Customer satisfied", "responded": "Customer replied"}[field]
            if lang == "en"
            else labels.get(field)
            or {"satisfied": "Client satisfait", "responded": "Réponse du client"}[field]
        )
        assert rule.startswith(shown), (edge.condition, caption)  # the field by its label, first


def test_caption_reads_like_the_design_examples():
    from blueprint_studio.model.words import caption_labels, condition_caption

    labels = (("priority", "Priorité"),)
    assert condition_caption('priority in ("P1", "P2")', "fr", labels) == "Priorité\u00a0: P1 ou P2"
    assert (
        condition_caption('priority in ("P1", "P2")', "en", (("priority", "Priority"),))
        == "Priority: P1 or P2"
    )
    assert condition_caption("not satisfied", "en", caption_labels([], "en")) == "Customer satisfied: no"
    assert condition_caption("priority == ", "en") is None  # unreadable: no code either


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_pdf_edge_captions_are_words(lang):
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parents[1] / "export"))
    from pdfkit import pdf_bytes, text_of

    from blueprint_studio.export.pdfdoc import PdfOptions

    bp = load(resources.template_path("ticket_states", lang))
    text = text_of(pdf_bytes(bp, options=PdfOptions(invariant=True, language=lang)))
    assert "==" not in text and 'in ("' not in text and "!=" not in text
    flat = re.sub(r"[\s\u00a0]+", " ", text)  # wrapped lines and no-break spaces
    assert ("Priority: P1 or P2" if lang == "en" else "Priorité : P1 ou P2") in flat


def untitled_without_pools(lang: str):
    bp = load(resources.template_path("tiered_support", lang))
    nodes = [
        n.model_copy(update={"pool": None, "title": "" if i % 3 == 0 else n.title}) if n.kind == "step" else n
        for i, n in enumerate(bp.nodes)
    ]
    lanes = [ln.model_copy(update={"pool": None}) for ln in bp.lanes]
    return bp.model_copy(update={"nodes": nodes, "lanes": lanes, "scenarios": [], "sla": []})


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_diagnostic_names_its_element(language, lang):
    from blueprint_studio.app.shell.messages import diagnostic_text

    language(lang)
    bp = untitled_without_pools(lang)
    found = [d for d in validate(bp) if d.code == "step_without_pool"]
    texts = [diagnostic_text(d) for d in found]
    assert len(found) >= 5 and len(set(texts)) == len(texts)  # none alike
    for d, text in zip(found, texts):
        step = next(n for n in bp.nodes if n.id == d.ids[0])
        assert d.ids[0] not in text
        named = f"“{step.title}”" if lang == "en" else f"«\u00a0{step.title}\u00a0»"
        untitled = "(untitled)" if lang == "en" else "(sans titre)"
        assert (named if step.title else untitled) in text, text
        assert text.startswith("The step " if lang == "en" else "L’étape "), text


def run_validate(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "blueprint_studio.app.cli.main", "validate", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_validate_prints_words_in_both_languages_and_json_keeps_ids(tmp_path):
    bp = untitled_without_pools("fr")
    path = tmp_path / "broken.blueprint.json"
    save(bp, path, keep_backup=False)
    ids = all_ids(bp)
    titled = next(n for n in bp.nodes if isinstance(n, StepNode) and n.title and n.performer == "agent")
    for lang, start, name in (
        ("fr", "erreur\u00a0: L’étape ", f"«\u00a0{titled.title}\u00a0»"),
        ("en", "error: The step ", f"“{titled.title}”"),
    ):
        out = run_validate(str(path), "--lang", lang)
        assert out.returncode == 1
        lines = out.stdout.splitlines()[:-1]
        assert any(line.startswith(start) and name in line for line in lines), out.stdout
        assert not any(re.search(rf"\b{re.escape(i)}\b", out.stdout) for i in ids)
        assert "step_without_pool" not in out.stdout
    machine = json.loads(run_validate(str(path), "--json").stdout)
    entry = next(d for d in machine["diagnostics"] if d["code"] == "step_without_pool")
    assert entry["ids"] and entry["ids"][0] in ids and entry["names"][entry["ids"][0]]["kind"] == "step"


def test_scenarios_dock_names_untitled_scenarios_and_pools_without_ids(qtbot, language):
    from blueprint_studio.app.simulation.scenarios import ScenariosDock
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.model.schema import Pool, Scenario

    language("en")
    bp = load(resources.template_path("tiered_support", "en"))
    bp = bp.model_copy(
        update={
            "scenarios": [*bp.scenarios, Scenario(id="scenario_9")],
            "pools": [*bp.pools, Pool(id="pool_7", agents=2)],
        }
    )
    editor = CanvasEditor(Document(bp))
    qtbot.addWidget(editor.view)
    dock = ScenariosDock()
    qtbot.addWidget(dock)
    dock.set_editor(editor)
    shown = [dock.list.item(i).text() for i in range(dock.list.count())]
    assert shown[-1] == f"Scenario {len(bp.scenarios)} (untitled)"
    dock.list.setCurrentRow(len(shown) - 1)
    table = dock.form.pools
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert f"Pool {len(bp.all_pools())} (untitled)" in names
    assert not any(key in " ".join(shown + names) for key in all_ids(bp))


def test_condition_field_reads_back_in_words_as_it_is_typed(qtbot, language):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.canvas.properties.dock import PropertiesDock

    language("en")
    bp = load(resources.template_path("ticket_states", "en"))
    edge = next(e for e in bp.edges if e.before and "priority" in e.before)
    editor = CanvasEditor(Document(bp))
    qtbot.addWidget(editor.view)
    dock = PropertiesDock(editor)
    qtbot.addWidget(dock)
    dock.show()
    editor.scene.select_ids([edge.id])
    words = dock.fields["before"].words
    assert words.text() == "Priority: P1 or P2" and words.isVisibleTo(dock)
    line = dock.fields["before"].widget
    line.setFocus()
    line.selectAll()
    QTest.keyClicks(line, 'priority == "P4"')
    assert words.text() == "Priority: P4"
    QTest.keyClick(line, Qt.Key.Key_Backspace)  # now unreadable: the error shows instead
    assert not words.isVisibleTo(dock) and not dock.fields["before"].error.isHidden()


@pytest.mark.parametrize("name", TEMPLATES)
def test_pdf_edge_labels_do_not_hide_one_another(name):
    from blueprint_studio.export.painter import BlueprintPainter
    from blueprint_studio.export.strings import Strings

    for lang in ("en", "fr"):
        painter = BlueprintPainter(load(resources.template_path(name, lang)), Strings(lang))
        placed = list(painter.label_places().values())
        boxes = [box for _, box, _ in placed]
        assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.intersects(b)]
        nodes = list(painter.layout.nodes.values())
        # a label that found no clear place is drawn over the nodes (covered), never under them
        assert all(covered or not any(box.intersects(r) for r in nodes) for _, box, covered in placed)
