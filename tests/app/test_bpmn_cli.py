"""`blueprint-studio import FILE.bpmn OUT` and `blueprint-studio export FILE --bpmn OUT.bpmn`, run
as a user runs them: exit statuses, the file written, the import's notes in words (English and
French), refusals on stderr without a traceback and without writing anything."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from blueprint_studio import resources
from blueprint_studio.model.bpmn import read
from blueprint_studio.model.fileformat import load

sys.path.insert(0, str(Path(__file__).parents[1] / "model"))
from bpmn_files import help_desk  # noqa: E402 - the files written for the model's tests


def run(*args: str, lang: str = "en_GB.UTF-8") -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": lang, "LANGUAGE": lang[:2]}
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    return subprocess.run(
        [sys.executable, "-m", "blueprint_studio.app.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_import_writes_the_blueprint_and_says_what_it_guessed(tmp_path):
    source = tmp_path / "desk.bpmn"
    source.write_bytes(help_desk())
    result = run("import", str(source), str(tmp_path / "desk"))
    assert result.returncode == 0, result.stderr
    out = tmp_path / "desk.blueprint.json"
    blueprint = load(out)
    assert blueprint == read(source)[0]
    # words with names, never codes or ids
    assert "The decision “En parallèle” sent each ticket down its 2 paths at once" in result.stdout
    assert "The step “Diagnostic approfondi” was a sub-process of 3 elements" in result.stdout
    assert "bpmn_" not in result.stdout and "Sub_diag" not in result.stdout
    assert result.stdout.strip().endswith("0 errors, 0 warnings")
    assert "Traceback" not in result.stderr


def test_import_speaks_the_users_language(tmp_path):
    source = tmp_path / "desk.bpmn"
    source.write_bytes(help_desk())
    result = run("import", str(source), str(tmp_path / "desk"), lang="fr_FR.UTF-8")
    assert result.returncode == 0, result.stderr
    assert "avertissement\u00a0:" in result.stdout  # the catalogue's French, not English
    assert "«\u00a0Diagnostic approfondi\u00a0»" in result.stdout


def test_import_refuses_a_hostile_file_and_writes_nothing(tmp_path):
    source = tmp_path / "bomb.bpmn"
    source.write_text(
        '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xx"><!ENTITY y "&x;&x;">]>'
        '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">&y;</definitions>'
    )
    result = run("import", str(source), str(tmp_path / "out"))
    assert result.returncode == 2
    assert "refused for safety" in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("out*"))


def test_import_says_where_a_malformed_file_breaks(tmp_path):
    source = tmp_path / "broken.bpmn"
    source.write_text('<?xml version="1.0"?>\n<definitions>\n  <process>\n</definitions>\n')
    result = run("import", str(source), str(tmp_path / "out"))
    assert result.returncode == 2
    assert "broken.bpmn: it is not well-formed XML (line 4, column 3)" in result.stderr


def test_import_does_not_replace_a_file_without_force(tmp_path):
    source = tmp_path / "desk.bpmn"
    source.write_bytes(help_desk())
    (tmp_path / "desk.blueprint.json").write_text("mine")
    result = run("import", str(source), str(tmp_path / "desk"))
    assert result.returncode == 2 and "--force" in result.stderr
    assert (tmp_path / "desk.blueprint.json").read_text() == "mine"
    assert run("import", str(source), str(tmp_path / "desk"), "--force").returncode == 0


def test_export_bpmn_then_import_gives_the_same_flow(tmp_path):
    template = resources.template_path("tiered_support", "en")
    out = tmp_path / "tiered.bpmn"
    result = run("export", str(template), "--bpmn", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"<?xml")
    back = run("import", str(out), str(tmp_path / "again"))
    assert back.returncode == 0, back.stderr
    original, again = load(template), load(tmp_path / "again.blueprint.json")
    assert again.nodes == original.nodes and again.edges == original.edges and again.lanes == original.lanes


def test_export_bpmn_into_a_missing_folder_is_refused(tmp_path):
    template = resources.template_path("helpdesk_flow", "en")
    result = run("export", str(template), "--bpmn", str(tmp_path / "nowhere" / "x.bpmn"))
    assert result.returncode == 2 and "does not exist" in result.stderr


def test_import_takes_the_lane_kinds_given_in_place_of_the_guesses(tmp_path):
    source = tmp_path / "desk.bpmn"
    source.write_bytes(help_desk())
    result = run(
        "import",
        str(source),
        str(tmp_path / "desk"),
        "--lane-kind",
        "fournisseur=support",
        "--lane-kind",
        "Système=backstage",
    )
    assert result.returncode == 0, result.stderr
    kinds = {lane.title: lane.kind for lane in load(tmp_path / "desk.blueprint.json").lanes}
    assert kinds["Fournisseur"] == "support" and kinds["Système"] == "backstage"
    assert "“Fournisseur” was given the kind" not in result.stdout  # chosen, not guessed
    assert "“Client” was given the kind" in result.stdout
    wrong = run("import", str(source), str(tmp_path / "other"), "--lane-kind", "Nowhere=support")
    assert (
        wrong.returncode == 2 and "no lane is called “Nowhere”" in wrong.stderr and "“Client”" in wrong.stderr
    )
    assert not (tmp_path / "other.blueprint.json").exists()


def test_import_json_gives_the_notes_with_codes_ids_and_words(tmp_path):
    import json

    source = tmp_path / "desk.bpmn"
    source.write_bytes(help_desk())
    result = run("import", str(source), str(tmp_path / "desk"), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["out"].endswith("desk.blueprint.json") and report["errors"] == 0
    split = next(n for n in report["notes"] if n["code"] == "bpmn_parallel_split")
    assert split["ids"] == ["Fork"] and split["severity"] == "warning"
    assert "“En parallèle”" in split["message"]
