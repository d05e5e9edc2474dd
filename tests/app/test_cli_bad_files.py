"""The command line on files that cannot be read: exit 2, one line on stderr naming the file and
the place, never a traceback, never a raw control or bidi character echoed into the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from blueprint_studio.model.schema import MAX_NODES


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "blueprint_studio.app.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.mark.parametrize("command", ["validate", "simulate"])
@pytest.mark.parametrize(
    "content, expected",
    [
        ('{"meta": "x"}', "odd.blueprint.json: meta: must be an object"),
        (
            '{"meta": {"title": "a"}, "cards": [{"id": "c", "fields": {"n": 1e400}}]}',
            "odd.blueprint.json: cards[0].fields.n: must be a finite number",
        ),
        (
            '{"cards": [{"id": "c", "fields": {"n": "\\ud800"}}]}',
            "odd.blueprint.json: cards[0].fields.n: holds a broken character (U+D800",
        ),
        ('{"nodes": [{"type": 5, "pos": "ab"}], "edges": [{"from": []}]}', "odd.blueprint.json: "),
    ],
)
def test_malformed_files_exit_two_with_a_message_and_no_traceback(tmp_path, command, content, expected):
    path = tmp_path / "odd.blueprint.json"
    path.write_text(content, encoding="utf-8")
    result = run(command, str(path))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"blueprint-studio: cannot read {expected}")
    assert result.stderr.count("\n") == 1


def test_too_many_nodes_are_refused_naming_the_file_and_the_limit(tmp_path):
    path = tmp_path / "huge.blueprint.json"
    path.write_text(json.dumps({"nodes": [{}] * (MAX_NODES + 1)}), encoding="utf-8")
    result = run("validate", str(path))
    assert result.returncode == 2
    assert result.stderr == (
        f"blueprint-studio: cannot read huge.blueprint.json: nodes: has "
        f"{MAX_NODES + 1:,} items, more than the {MAX_NODES:,} allowed\n"
    )


def test_a_newer_generator_name_is_not_echoed_raw(tmp_path):
    path = tmp_path / "future.blueprint.json"
    path.write_text(
        json.dumps({"format_version": 9, "min_reader_version": 9, "generator": "Evil\u202e\x1b[31m 9"}),
        encoding="utf-8",
    )
    result = run("validate", str(path))
    assert result.returncode == 2
    assert "\u202e" not in result.stderr and "\x1b" not in result.stderr
    assert "EvilU+202EU+001B[31m 9" in result.stderr


def test_a_refused_character_in_a_condition_is_named_and_never_echoed(tmp_path):
    from blueprint_studio import resources
    from blueprint_studio.model.fileformat import dumps, load

    data = json.loads(dumps(load(resources.template_path("helpdesk_flow", "en"))))
    edge = next(e for e in data["edges"] if e.get("condition"))
    edge["condition"] = 'category == "x\x00\u202e"'
    path = tmp_path / "nul.blueprint.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = run("validate", str(path))
    assert result.returncode == 1
    assert "\x00" not in result.stdout and "\u202e" not in result.stdout
    assert "the character U+0000 CONTROL CHARACTER is not allowed" in result.stdout
    # where it is, in words (the link by its ends, the character's place), not the condition's code
    assert "The condition of the link “Feature request” from “Support or feature?”" in result.stdout
    assert "cannot be read at character 15" in result.stdout and "category ==" not in result.stdout
