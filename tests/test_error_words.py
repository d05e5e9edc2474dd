"""Errors a user can cause by input reach them in the catalogue's words, in their language, saying
where: a PDF option the export refuses (command line), a PDF with nothing in it and a file the
system refuses to write (the window's export), each in French and in English."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from wordskit import with_pending_french

from blueprint_studio import resources
from blueprint_studio.app.cli.main import main
from blueprint_studio.app.shell import i18n
from blueprint_studio.model.fileformat import load, save
from tests.model.staffkit import mmc_desk

NBSP = "\u00a0"
# English words that no French sentence of these errors holds
ENGLISH = re.compile(r"\b(the|must|between|not|nothing|choose|could|written|file name|too long)\b", re.I)


@pytest.fixture
def french(qapp):
    """The window and the command line speak French, with the translations not merged yet."""
    i18n.install("fr")
    with with_pending_french():
        yield
    i18n.install("en")


def desk(tmp_path: Path, language: str) -> Path:
    path = tmp_path / "desk.blueprint.json"
    shutil.copy(resources.template_path("helpdesk_flow", language), path)
    return path


def run(capsys, *args: object) -> tuple[int, str]:
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, (captured.out + captured.err).strip()


# ------------------------------------------------------------------ command line


def test_a_poster_scale_out_of_range_is_refused_in_the_documents_french(french, tmp_path, capsys):
    out = tmp_path / "out.pdf"
    status, said = run(capsys, "export", desk(tmp_path, "fr"), "--pdf", out, "--tile", "--scale", "20")
    assert status == 2 and not out.exists()
    assert said == (
        f"blueprint-studio: --scale 20{NBSP}: l’échelle de l’affiche doit être comprise entre 0,05 et 10, "
        "et non 20"
    )
    assert not ENGLISH.search(said.replace("--scale", "")), said


def test_a_paper_size_that_does_not_exist_is_refused_in_the_documents_french(french, tmp_path, capsys):
    out = tmp_path / "out.pdf"
    status, said = run(capsys, "export", desk(tmp_path, "fr"), "--pdf", out, "--page", "b5")
    assert status == 2 and not out.exists()
    assert said == (
        f"blueprint-studio: --page{NBSP}: il n’existe pas de format de papier «{NBSP}B5{NBSP}» "
        f"(au choix{NBSP}: A4, A3, A2, A1, A0, LETTER)"
    )


def test_the_same_refusal_in_english(qapp, tmp_path, capsys):
    out = tmp_path / "out.pdf"
    status, said = run(capsys, "export", desk(tmp_path, "en"), "--pdf", out, "--tile", "--scale", "0.01")
    assert status == 2 and not out.exists()
    assert said == "blueprint-studio: --scale 0.01: the poster scale must be between 0.05 and 10, not 0.01"


def test_lang_overrides_the_documents_language(french, tmp_path, capsys):
    out = tmp_path / "out.pdf"
    status, said = run(
        capsys, "export", desk(tmp_path, "en"), "--pdf", out, "--tile", "--scale", "11", "--lang", "fr"
    )
    assert status == 2 and said.endswith("doit être comprise entre 0,05 et 10, et non 11"), said


# ------------------------------------------------------------------ the window's export


def _warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        "blueprint_studio.app.files.export_dialog.QMessageBox.warning", lambda *a: shown.append(a[2])
    )
    return shown


def _dialog(qtbot, language: str):
    from blueprint_studio.app.files.export_dialog import ExportDialog
    from blueprint_studio.canvas.scene import BlueprintScene
    from blueprint_studio.model.document import Document

    blueprint = load(resources.template_path("helpdesk_flow", language))
    scene = BlueprintScene(Document(blueprint))
    dialog = ExportDialog(blueprint, scene, default_page="A4")
    dialog._scene_keepalive = scene
    qtbot.addWidget(dialog)
    return dialog


def test_a_file_name_the_system_refuses_is_said_in_french(french, qtbot, tmp_path, monkeypatch):
    shown = _warnings(monkeypatch)
    dialog = _dialog(qtbot, "fr")
    path = tmp_path / ("x" * 300 + ".pdf")  # longer than any file system allows
    monkeypatch.setattr(
        "blueprint_studio.app.files.export_dialog.QFileDialog.getSaveFileName", lambda *a: (str(path), "")
    )
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert re.search(r"\.pdf\s: le nom du fichier est trop long$", shown[0]), shown[0]
    assert shown[0].startswith("Impossible d’écrire xxx")
    assert not ENGLISH.search(shown[0]), shown[0]
    assert [p.name for p in tmp_path.iterdir()] == []  # nothing left behind


def test_a_pdf_with_nothing_in_it_is_refused_in_french(french, qtbot, tmp_path):
    from blueprint_studio.app.shell.workers import PdfExportWorker
    from blueprint_studio.export.pdfdoc import PdfOptions

    blueprint = load(resources.template_path("helpdesk_flow", "fr"))
    worker = PdfExportWorker(blueprint, PdfOptions(), str(tmp_path / "x.pdf"), None, False, sheets=False)
    with qtbot.waitSignal(worker.sig_failed, timeout=10_000) as blocker:
        worker.start()
    worker.wait()
    before, reason = re.split(r"\s: ", blocker.args[0], maxsplit=1)  # the window's sentence, then why
    assert before == "Impossible de produire le PDF"
    assert reason == (
        f"il n’y a rien à exporter{NBSP}; choisissez le blueprint, le rapport de simulation ou le support "
        "de formation"
    )


def test_a_file_that_cannot_be_saved_is_said_in_french(french, tmp_path, capsys):
    out = tmp_path / "missing" / "a.blueprint.json"
    status, said = run(capsys, "new", out, "--template", "helpdesk_flow", "--lang", "fr")
    assert status == 2 and not out.parent.exists()
    assert said == (
        f"blueprint-studio: impossible d’enregistrer a.blueprint.json{NBSP}: le fichier ou le dossier "
        f"n’existe pas{NBSP}; le fichier sur le disque n’a pas été modifié"
    )


def test_a_file_that_cannot_be_saved_is_said_in_english(qapp, tmp_path, capsys):
    out = tmp_path / "missing" / "a.blueprint.json"
    status, said = run(capsys, "new", out, "--template", "helpdesk_flow", "--lang", "en")
    assert status == 2
    assert said == (
        "blueprint-studio: could not save a.blueprint.json: the file or folder does not exist; "
        "the file on disk is unchanged"
    )


@pytest.mark.parametrize("command", ["new", "export"])
def test_a_name_the_system_refuses_is_said_in_the_documents_french(french, tmp_path, capsys, command):
    name = "y" * 300 + ".pdf"
    if command == "new":
        args = ["new", tmp_path / name, "--template", "helpdesk_flow", "--lang", "fr"]
    else:
        args = ["export", desk(tmp_path, "fr"), "--pdf", tmp_path / name]
    status, said = run(capsys, *args)
    assert status == 2
    assert said.startswith("blueprint-studio: yyy") and said.endswith(
        f"{NBSP}: le nom du fichier est trop long"
    )
    assert "Errno" not in said and not ENGLISH.search(said), said


# ------------------------------------------------------------------ the trainer's handout


def test_a_handout_the_system_refuses_is_said_in_french(french, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMainWindow

    from blueprint_studio.app.training.workspace import TrainingWorkspace
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.model.document import Document

    window = QMainWindow()
    qtbot.addWidget(window)
    editor = CanvasEditor(Document(load(resources.template_path("helpdesk_flow", "fr"))), window)
    window.setCentralWidget(editor.view)
    workspace = TrainingWorkspace(window, lambda: editor)
    path = tmp_path / ("z" * 300 + ".pdf")
    monkeypatch.setattr(
        "blueprint_studio.app.training.workspace.QFileDialog.getSaveFileName", lambda *a: (str(path), "")
    )
    shown: list[str] = []
    monkeypatch.setattr(
        "blueprint_studio.app.training.workspace.QMessageBox.warning", lambda *a: shown.append(a[2])
    )
    workspace.actions["training_handout"].trigger()  # Training › Print Handout…
    assert len(shown) == 1
    assert re.fullmatch(
        r"Le support de formation n’a pas pu être écrit\s: le nom du fichier est trop long", shown[0]
    ), shown[0]
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ the ticket card dialog


@pytest.mark.parametrize(
    "language, said",
    [
        ("fr", f"«{NBSP}Nom{NBSP}» est trop long (500{NBSP}caractères au plus)."),
        ("en", "“Name” is too long (at most 500 characters)."),
    ],
)
def test_a_card_name_too_long_keeps_the_dialog_open_naming_the_field(qtbot, qapp, language, said):
    from blueprint_studio.app.training.card_dialog import CardDialog
    from blueprint_studio.model.schema import TicketCard

    i18n.install(language)
    try:
        with with_pending_french():
            dialog = CardDialog(TicketCard(id="card_1", name="Reset"), [])
            qtbot.addWidget(dialog)
            dialog.show()
            dialog.name_edit.setText("n" * 501)  # pasted
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
            assert dialog.isVisible() and dialog.result() == 0
            assert re.sub(r"\s", " ", dialog.error_label.text()) == re.sub(r"\s", " ", said)
            assert dialog.focusWidget() is dialog.name_edit
    finally:
        i18n.install("en")


# ------------------------------------------------------------------ calibration's mapping file


@pytest.mark.parametrize(
    "lang, said",
    [
        (
            "fr",
            f"blueprint-studio: --mapping roles.json{NBSP}: ce n’est pas du JSON valide (ligne 2, "
            "colonne 13)",
        ),
        ("en", "blueprint-studio: --mapping roles.json: not valid JSON (line 2, column 13)"),
    ],
)
def test_a_mapping_file_that_is_not_json_says_where(french, tmp_path, capsys, monkeypatch, lang, said):
    monkeypatch.chdir(tmp_path)
    blueprint = desk(tmp_path, "fr")
    Path("roles.json").write_text('{"id": "Ticket",\n "created": }\n', encoding="utf-8")
    Path("tickets.csv").write_text("Ticket,Created\n1,2026-01-05 09:00\n", encoding="utf-8")
    args = ["calibrate", blueprint.name, "--tickets", "tickets.csv", "--mapping", "roles.json"]
    status, out = run(capsys, *args, *(["--lang", "en"] if lang == "en" else []))
    assert status == 2 and out == said


# ------------------------------------------------------------------ exports of a finished run


def test_exports_of_a_run_the_system_refuses_are_said_in_french(french, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMainWindow

    from blueprint_studio.app.simulation.workspace import SimulationWorkspace
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.model.document import Document
    from blueprint_studio.model.schema import Scenario

    blueprint = load(resources.template_path("tiered_support", "fr"))
    blueprint = blueprint.model_copy(
        update={"scenarios": [Scenario(id="quick", name="Rapide", horizon_days=2, replications=1)]}
    )
    window = QMainWindow()
    qtbot.addWidget(window)
    editor = CanvasEditor(Document(blueprint), window)
    window.setCentralWidget(editor.view)
    workspace = SimulationWorkspace(window, lambda: editor)
    try:
        with qtbot.waitSignal(workspace.worker.sig_finished, timeout=30_000):
            workspace.run("quick")
        long = "r" * 300
        said: list[str] = []
        workspace.sig_status.connect(said.append)
        with qtbot.waitSignal(workspace.worker.sig_failed, timeout=60_000):
            workspace.export_report(str(tmp_path / f"{long}.pdf"), workspace.current_record())
        monkeypatch.setattr(
            "blueprint_studio.app.simulation.workspace.QFileDialog.getSaveFileName",
            lambda *a: (str(tmp_path / f"{long}.json"), ""),
        )
        workspace.results.sig_export_results.emit()  # Results › Export results…
        assert len(said) == 2, said
        for message, suffix in zip(said, (".pdf", ".json"), strict=True):
            assert re.fullmatch(
                rf"Impossible d’écrire r+\{suffix}\s: le nom du fichier est trop long", message
            )
        assert workspace.panel.time_left.text() == said[-1]
        assert list(tmp_path.iterdir()) == []
    finally:
        workspace.shutdown()
        editor.scene.close()


# ------------------------------------------------------------------ BPMN import


def test_a_missing_bpmn_file_is_said_in_french(french, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    status, said = run(capsys, "import", "missing.bpmn", "out.blueprint.json", "--lang", "fr")
    assert status == 2 and not (tmp_path / "out.blueprint.json").exists()
    assert said.endswith(f"missing.bpmn{NBSP}: le fichier ou le dossier n’existe pas"), said
    assert not ENGLISH.search(said), said


# ------------------------------------------------------------------ rules of the schema, in a file


def _with_rule_broken(tmp_path: Path, language: str) -> Path:
    import json

    path = desk(tmp_path, language)
    data = json.loads(path.read_text("utf-8"))
    step = next(n for n in data["nodes"] if n.get("kind") == "step")
    step["duration"] = {"kind": "triangular", "low": 10, "mode": 5, "high": 20}
    path.write_text(json.dumps(data), "utf-8")
    return path


def test_a_schema_rule_broken_in_a_file_is_said_in_french(french, tmp_path, capsys):
    status, said = run(capsys, "validate", _with_rule_broken(tmp_path, "fr"), "--lang", "fr")
    assert status == 2
    assert said.endswith(
        f"duration.triangular{NBSP}: la valeur la plus probable doit être comprise entre la plus basse "
        "et la plus haute"
    ), said


def test_a_schema_rule_broken_in_a_file_is_said_in_english(qapp, tmp_path, capsys):
    status, said = run(capsys, "validate", _with_rule_broken(tmp_path, "en"), "--lang", "en")
    assert status == 2
    assert said.endswith(
        ".duration.triangular: the most likely value must lie between the lowest and the highest"
    )


def test_the_window_says_why_a_file_cannot_be_opened_in_french(french, tmp_path):
    from blueprint_studio.app.files.documents import open_error_text
    from blueprint_studio.model.fileformat import LoadError

    path = _with_rule_broken(tmp_path, "fr")
    with pytest.raises(LoadError) as refused:
        load(path)
    text, detail = open_error_text(path, refused.value)
    words = f"{text} {detail}"
    assert "la valeur la plus probable doit être comprise entre la plus basse et la plus haute" in words
    assert "most likely" not in words and "lowest" not in words


# ------------------------------------------------------------------ images


def test_an_image_the_system_refuses_is_said_in_french_in_the_window(french, qtbot, tmp_path, monkeypatch):
    shown = _warnings(monkeypatch)
    dialog = _dialog(qtbot, "fr")
    dialog.format.setCurrentIndex(dialog.format.findData("svg"))
    path = tmp_path / ("s" * 300 + ".svg")
    monkeypatch.setattr(
        "blueprint_studio.app.files.export_dialog.QFileDialog.getSaveFileName", lambda *a: (str(path), "")
    )
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert re.fullmatch(r"Impossible d’écrire s+\.svg\s: le nom du fichier est trop long", shown[0]), shown[0]
    assert list(tmp_path.iterdir()) == []


def test_an_image_the_system_refuses_is_said_in_the_documents_french(french, tmp_path, capsys):
    path = tmp_path / ("p" * 300 + ".svg")
    status, said = run(capsys, "export", desk(tmp_path, "fr"), "--svg", path)
    assert status == 2
    assert said.endswith(f".svg{NBSP}: le nom du fichier est trop long"), said
    assert "File name" not in said and not ENGLISH.search(said.replace(str(path), "")), said


# ------------------------------------------------------------------ a scenario the schema refuses


def test_a_warm_up_longer_than_the_horizon_is_said_in_french(french, qtbot):
    from PySide6.QtWidgets import QMainWindow

    from blueprint_studio.app.simulation.scenarios import ScenariosDock
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.model.document import Document
    from blueprint_studio.model.schema import Scenario

    blueprint = load(resources.template_path("helpdesk_flow", "fr"))
    blueprint = blueprint.model_copy(
        update={"scenarios": [Scenario(id="s", name="Semaine", horizon_days=30)]}
    )
    window = QMainWindow()
    qtbot.addWidget(window)
    editor = CanvasEditor(Document(blueprint), window)
    window.setCentralWidget(editor.view)
    dock = ScenariosDock(window)
    dock.set_editor(editor)
    dock.select("s")
    window.show()
    warmup = dock.form.warmup
    warmup.setFocus()
    warmup.selectAll()
    QTest.keyClicks(warmup, "40")  # past the 30-day horizon
    QTest.keyClick(warmup, Qt.Key.Key_Return)
    said = window.statusBar().currentMessage()
    assert said == "la mise en régime doit être plus courte que l’horizon", said
    assert editor.document.blueprint.scenarios[0].warmup_days == 0  # refused: nothing changed
    assert warmup.value() == 0  # the form shows the document again


def test_a_run_out_of_memory_is_said_in_french(french, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMainWindow

    from blueprint_studio.app.shell import workers
    from blueprint_studio.app.simulation.workspace import SimulationWorkspace
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.model.document import Document

    def no_memory(*args, **kwargs):
        raise MemoryError()

    monkeypatch.setattr(workers, "run_replications", no_memory)
    window = QMainWindow()
    qtbot.addWidget(window)
    editor = CanvasEditor(Document(load(resources.template_path("helpdesk_flow", "fr"))), window)
    window.setCentralWidget(editor.view)
    workspace = SimulationWorkspace(window, lambda: editor)
    try:
        with qtbot.waitSignal(workspace.worker.sig_failed, timeout=30_000):
            workspace.actions["simulation_run"].trigger()
        said = workspace.panel.time_left.text()
        assert re.fullmatch(r"La simulation a échoué\s: mémoire insuffisante", said), said
    finally:
        workspace.shutdown()
        editor.scene.close()


# ------------------------------------------------------------------ the properties dock


@pytest.mark.parametrize("language, title", [("fr", "Titre"), ("en", "Title")])
def test_a_refused_property_is_said_with_the_rows_words_not_its_key(qtbot, qapp, language, title):
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.canvas.properties.dock import PropertiesDock
    from blueprint_studio.model.document import Document

    i18n.install(language)
    try:
        with with_pending_french():
            blueprint = load(resources.template_path("helpdesk_flow", language))
            editor = CanvasEditor(Document(blueprint))
            qtbot.addWidget(editor.view)
            dock = PropertiesDock(editor)
            qtbot.addWidget(dock)
            dock.show()
            step = next(n for n in blueprint.nodes if n.kind == "step")
            editor.scene.select_ids([step.id])
            row = dock.fields["title"]
            row.widget.setFocus()
            row.widget.selectAll()
            row.widget.insert("t" * 501)  # pasted
            QTest.keyClick(row.widget, Qt.Key.Key_Return)
            said = row.error.text()
            assert re.match(rf"{title}\s?: ", said), said
            assert "title" not in said and editor.document.element(step.id).title == step.title
    finally:
        i18n.install("en")


# ------------------------------------------------------------------ simulate --log


def test_an_event_log_the_system_refuses_is_said_in_the_documents_french(french, tmp_path, capsys):
    log = tmp_path / "missing" / "events.csv"
    status, said = run(capsys, "simulate", desk(tmp_path, "fr"), "--tickets", "20", "--log", log)
    assert status == 2
    assert re.search(r"«\s?events\.csv\s?»\s: le fichier ou le dossier n’existe pas$", said), said
    assert not ENGLISH.search(said.replace("events.csv", "")), said


def test_a_sweep_table_the_system_refuses_is_said_in_french(french, tmp_path, capsys):
    path = tmp_path / "desk.blueprint.json"
    save(mmc_desk(days=1, replications=2), path, keep_backup=False)
    out = tmp_path / "missing" / "sweep.csv"
    args = ("sweep", path, "--vary", "desk=4..5", "--csv", out, "--processes", "1", "--lang", "fr")
    status, said = run(capsys, *args)
    assert status == 2 and not out.exists()
    assert re.search(r"«\s?sweep\.csv\s?»\s?: le fichier ou le dossier n’existe pas$", said), said
