"""Every command run on a French document speaks French on stdout and stderr (argparse's own help
aside): validate, simulate, export (with its report's progress), import, calibrate, compare and
sweep. A line with an English word fails the test; --lang en on the same document speaks English."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from wordskit import with_pending_french

from blueprint_studio import resources
from blueprint_studio.app.cli.main import main
from blueprint_studio.app.shell import i18n

# Words that are English and never French (names of the templates and of files are removed first).
ENGLISH = re.compile(
    r"\b(the|of|and|with|from|error|errors|warning|warnings|replication|replications|seed|"
    r"scenario|simulating|node|nodes|lane|lanes|written|cannot|default|settings|measured|is|are|"
    r"not|for|per|hour|each|against|added|was|has|no|none|rows?|weeks?|days?|read|left|out)\b",
    re.IGNORECASE,
)


@pytest.fixture
def desk(tmp_path: Path, qapp) -> Path:
    path = tmp_path / "desk.blueprint.json"
    shutil.copy(resources.template_path("helpdesk_flow", "fr"), path)
    with with_pending_french():
        yield path
    i18n.install("en")


def said(capsys, tmp_path: Path, *args: str) -> tuple[int, list[str]]:
    """Run the command in this process; its exit status and every line it printed, paths removed."""
    status = main([str(a) for a in args])
    captured = capsys.readouterr()
    text = (captured.out + captured.err).replace(str(tmp_path) + "/", "").replace(str(tmp_path), "")
    return status, [line for line in text.splitlines() if line.strip()]


def english(lines: list[str]) -> list[str]:
    """The lines holding an English word, once the names of files and options are taken out."""
    found = []
    for line in lines:
        plain = re.sub(r"[\w.-]+\.(json|pdf|svg|bpmn|csv)\b|--[\w-]+|\{[^}]*\}", "", line)
        if ENGLISH.search(plain):
            found.append(line)
    return found


def test_validate_and_simulate_speak_french(desk, tmp_path, capsys):
    status, lines = said(capsys, tmp_path, "validate", desk)
    assert status == 0 and lines == ["desk.blueprint.json\u00a0: 0\u00a0erreur, 0\u00a0avertissement"]
    status, lines = said(capsys, tmp_path, "simulate", desk, "--tickets", "200", "--replications", "2")
    assert status == 0, lines
    assert lines[0].endswith("scénario Semaine type, 2\u00a0réplications, graine 42"), lines[0]
    assert (
        lines[1].startswith("  200\u00a0nouveaux contacts mesurés")
        and "\u00a0; boucle d’événements" in lines[1]
    )
    assert any(line.startswith("  Utilisation\u00a0: ") for line in lines)
    assert not english(lines), english(lines)
    status, lines = said(capsys, tmp_path, "simulate", desk, "--scenario", "Nope")
    assert status == 2 and lines == [
        "blueprint-studio: aucun scénario «\u00a0Nope\u00a0» dans ce blueprint (scénarios\u00a0: "
        "«\u00a0Semaine type\u00a0», «\u00a0Pic d’activité (+30\u00a0%)\u00a0», "
        "«\u00a0Pic d’activité (+30\u00a0%) avec renfort\u00a0»)"
    ]


def test_export_with_its_report_speaks_french(desk, tmp_path, capsys):
    status, lines = said(capsys, tmp_path, "export", desk, "--pdf", tmp_path / "out.pdf", "--report")
    assert status == 0, lines
    assert "Simulation de «\u00a0Semaine type\u00a0» pour le rapport…" in lines
    assert any(re.fullmatch(r"out\.pdf\u00a0: \d+\u00a0pages", line) for line in lines), lines
    assert not english(lines), english(lines)
    status, lines = said(capsys, tmp_path, "export", desk)
    assert status == 2 and not english(lines) and "rien à exporter" in lines[0]
    status, lines = said(capsys, tmp_path, "export", desk, "--pdf", tmp_path / "missing" / "out.pdf")
    assert status == 2 and "n’existe pas" in lines[0] and not english(lines)


def test_the_same_document_speaks_english_when_asked(desk, tmp_path, capsys):
    status, lines = said(capsys, tmp_path, "validate", desk, "--lang", "en")
    assert lines == ["desk.blueprint.json: 0 errors, 0 warnings"]
    status, lines = said(capsys, tmp_path, "export", desk, "--lang", "en")
    assert lines == ["blueprint-studio: nothing to export: give --pdf, --svg or --png OUT"]


def test_import_and_calibrate_speak_french(desk, tmp_path, capsys):
    status, lines = said(capsys, tmp_path, "export", desk, "--bpmn", tmp_path / "desk.bpmn")
    assert status == 0
    status, lines = said(
        capsys, tmp_path, "import", tmp_path / "desk.bpmn", tmp_path / "back", "--lang", "fr"
    )
    assert status in (0, 1), lines
    assert re.match(r"back\.blueprint\.json\u00a0: \d+\u00a0nœuds, \d+\u00a0couloir", lines[-1]), lines[-1]
    assert not english(lines), english(lines)
    rows = ["Ref;Opened on;Done on;Queue"]
    rows += [
        f"T{k};{6 + k % 5:02d}/01/2025 09:{k:02d};{6 + k % 5:02d}/01/2025 11:00;Support niveau 1"
        for k in range(40)
    ]
    (tmp_path / "tickets.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    status, lines = said(
        capsys, tmp_path, "calibrate", desk, "--tickets", tmp_path / "tickets.csv", "--dry-run",
        "--mapping", "id=Ref", "--mapping", "created=Opened on", "--mapping", "solved=Done on",
        "--mapping", "group=Queue",
    )  # fmt: skip
    assert status == 0, lines
    assert re.fullmatch(
        r"Lu dans tickets\.csv\u00a0: 40\u00a0tickets sur 0,\d\u00a0semaine\u00a0; lignes écartées\u00a0: 0",
        lines[0],
    ), lines[0]
    assert not english(lines), english(lines)


def test_compare_and_sweep_speak_french(desk, tmp_path, capsys):
    status, lines = said(
        capsys, tmp_path, "compare", desk, "--scenario", "Semaine type",
        "--scenario", "Pic d’activité (+30\u00a0%)",
        "--replications", "2", "--processes", "1",
    )  # fmt: skip
    assert status == 0, lines
    assert "2\u00a0réplications appariées, graine" in lines[0]
    assert not english(lines), english(lines)
    status, lines = said(
        capsys, tmp_path, "sweep", desk, "--vary", "Support niveau 1=3..4", "--replications", "1",
        "--processes", "1",
    )  # fmt: skip
    assert status == 0, lines
    assert "2\u00a0variantes, 1\u00a0réplication chacune" in lines[0]
    assert not english(lines), english(lines)


def test_an_unreadable_file_is_refused_in_the_language_asked(tmp_path, capsys, qapp):
    path = tmp_path / "odd.blueprint.json"
    path.write_text('{"meta": "x"}', encoding="utf-8")
    try:
        with with_pending_french():
            status, lines = said(capsys, tmp_path, "validate", path, "--lang", "fr")
    finally:
        i18n.install("en")
    assert status == 2
    assert lines == [
        "blueprint-studio: lecture impossible de odd.blueprint.json\u00a0: meta\u00a0: doit être un objet"
    ]


def test_desktop_install_speaks_the_language_asked(tmp_path, capsys, qapp, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("PATH", str(tmp_path))  # no desktop cache tool to run
    with with_pending_french():
        status, lines = said(capsys, tmp_path, "desktop-install", "--lang", "fr")
        assert status == 0 and len(lines) >= 2
        assert all(line.startswith("écrit\u00a0: data/") for line in lines), lines
        status, lines = said(capsys, tmp_path, "desktop-install", "--uninstall", "--lang", "fr")
        assert all(line.startswith("supprimé\u00a0: data/") for line in lines), lines
        status, lines = said(capsys, tmp_path, "desktop-install", "--uninstall", "--lang", "fr")
        assert lines == ["rien à supprimer dans data"]


def test_a_mistyped_command_is_refused_in_the_systems_language(tmp_path, capsys, qapp, monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    with with_pending_french():
        status, lines = said(capsys, tmp_path, "validat")
    assert status == 2
    assert lines[0] == (
        "blueprint-studio: commande «\u00a0validat\u00a0» inconnue — "
        "vouliez-vous dire «\u00a0validate\u00a0»\u00a0?"
    )
    assert not english(lines), english(lines)
