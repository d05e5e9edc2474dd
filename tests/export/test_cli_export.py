"""`blueprint-studio export` as a user runs it: files written, errors without tracebacks."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from blueprint_studio import resources

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = str(resources.template_path("ticket_states", "fr"))


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "blueprint_studio.app.cli.main", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_fit_tile_and_report(tmp_path):
    out = tmp_path / "fit.pdf"
    result = run("export", TEMPLATE, "--pdf", str(out), "--page", "A2", "--landscape", "--fit")
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(out).pages) == 1
    assert "pt" not in result.stdout  # legible as asked: nothing to say about the paper
    tiled = tmp_path / "tiled.pdf"
    assert run("export", TEMPLATE, "--pdf", str(tiled), "--tile", "--scale", "2").returncode == 0
    assert len(PdfReader(tiled).pages) > 1
    full = tmp_path / "full.pdf"
    result = run(
        "export",
        TEMPLATE,
        "--pdf",
        str(full),
        "--report",
        "--scenario",
        "Semaine type",
        "--handout",
        "--lang",
        "en",
    )
    assert result.returncode == 0, result.stderr
    assert "Simulating “Semaine type” for the report" in result.stderr  # --lang en: English
    text = "".join(p.extract_text() for p in PdfReader(full).pages)
    assert "Key indicators" in text and "training handout" in text.lower()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fit.pdf", "full.pdf", "tiled.pdf"]


def test_errors_are_clear_and_without_traceback(tmp_path):
    # TEMPLATE is a French document: its refusals are said in French
    svg = run("export", TEMPLATE, "--svg", str(tmp_path / "no" / "a.svg"))
    assert svg.returncode == 2 and "n’existe pas" in svg.stderr
    png = run("export", TEMPLATE, "--png", str(tmp_path / "a.png"), "--dpi", "5")
    assert png.returncode == 2 and "entre 24 et 1200" in png.stderr and "dpi" in png.stderr
    missing = run("export", str(tmp_path / "nope.blueprint.json"), "--pdf", str(tmp_path / "x.pdf"))
    assert missing.returncode == 2
    nothing = run("export", TEMPLATE)
    assert nothing.returncode == 2 and "--pdf, --svg ou --png" in nothing.stderr
    scenario = run("export", TEMPLATE, "--pdf", str(tmp_path / "x.pdf"), "--report", "--scenario", "Mars")
    assert scenario.returncode == 2 and "Semaine type" in scenario.stderr
    folder = run("export", TEMPLATE, "--pdf", str(tmp_path / "no" / "x.pdf"))
    assert folder.returncode == 2 and "n’existe pas" in folder.stderr
    page = run("export", TEMPLATE, "--pdf", str(tmp_path / "x.pdf"), "--page", "B5")
    assert page.returncode == 2
    for result in (svg, png, missing, nothing, scenario, folder, page):
        assert "Traceback" not in result.stderr
    assert not list(tmp_path.iterdir())


def test_an_exported_pdf_is_readable_like_any_new_file_and_keeps_the_mode_of_the_one_it_replaces(tmp_path):
    """The PDF is written to a private temporary file (0600) and renamed: the manager's copy on a shared
    folder must still be readable by others, as any program's new file would be."""
    umask = os.umask(0o022)
    os.umask(umask)
    out = tmp_path / "shared.pdf"
    assert run("export", TEMPLATE, "--pdf", str(out)).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
    out.chmod(0o640)
    assert run("export", TEMPLATE, "--pdf", str(out)).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
