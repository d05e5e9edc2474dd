"""`blueprint-studio desktop-install [--uninstall]`, run as a user runs it with XDG_DATA_HOME in a
temporary folder: the files it writes, their content, the cache tools it runs, and the uninstall."""

from __future__ import annotations

import configparser
import os
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from blueprint_studio import resources
from blueprint_studio.app.cli import desktop
from blueprint_studio.model.fileformat import SUFFIX

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
MIME_TYPE = "application/x-blueprint-studio"
TOOLS = ("update-desktop-database", "update-mime-database")


def run(data: Path, bin_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_DATA_HOME": str(data), "PATH": str(bin_dir), "QT_QPA_PLATFORM": "offscreen"}
    env.update(LANG="C.UTF-8", LANGUAGE="", LC_ALL="", LC_MESSAGES="")  # its messages in English
    return subprocess.run(
        [sys.executable, "-m", "blueprint_studio.app.cli.main", "desktop-install", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def fake_tools(bin_dir: Path, log: Path) -> None:
    """Stand-ins for the desktop's cache tools that record how they were called."""
    bin_dir.mkdir(exist_ok=True)
    for tool in TOOLS:
        script = bin_dir / tool
        script.write_text(f'#!/bin/sh\necho "{tool} $*" >> "{log}"\n', encoding="utf-8")
        script.chmod(script.stat().st_mode | stat.S_IXUSR)


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def expected_command() -> str:
    beside = Path(sys.executable).parent / "blueprint-studio"
    return str(beside) if beside.is_file() else "blueprint-studio"


@pytest.mark.skipif(sys.platform == "win32", reason="XDG desktop integration")
def test_install_writes_launcher_file_type_and_icon_then_uninstall_removes_them(tmp_path):
    data, bin_dir, log = tmp_path / "data", tmp_path / "bin", tmp_path / "tools.log"
    fake_tools(bin_dir, log)
    launcher = data / "applications" / "blueprint-studio.desktop"
    mime = data / "mime" / "packages" / "blueprint-studio.xml"
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / "blueprint-studio.svg"

    done = run(data, bin_dir)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == ""
    assert done.stdout.splitlines() == [
        f"wrote {launcher}",
        f"wrote {mime}",
        f"wrote {icon}",
        f"ran update-desktop-database {data / 'applications'}",
        f"ran update-mime-database {data / 'mime'}",
    ]
    entry = read_entry(launcher)
    assert entry["Exec"] == f"{expected_command()} %F"
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Blueprint Studio"
    assert entry["Icon"] == "blueprint-studio"
    assert entry["MimeType"] == f"{MIME_TYPE};"
    bundled = resources.folder("blueprint-studio.desktop").read_text(encoding="utf-8")
    assert [line for line in launcher.read_text("utf-8").splitlines() if not line.startswith("Exec=")] == [
        line for line in bundled.splitlines() if not line.startswith("Exec=")
    ]
    mime_type = ET.parse(mime).getroot().find(f"{MIME_NS}mime-type")
    assert mime_type is not None and mime_type.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime_type.iter(f"{MIME_NS}glob")] == [f"*{SUFFIX}"]
    assert icon.read_bytes() == (resources.folder("icons") / "blueprint-studio.svg").read_bytes()
    assert log.read_text("utf-8").splitlines() == [
        f"update-desktop-database {data / 'applications'}",
        f"update-mime-database {data / 'mime'}",
    ]

    log.unlink()
    done = run(data, bin_dir, "--uninstall")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[:3] == [f"removed {launcher}", f"removed {mime}", f"removed {icon}"]
    assert not launcher.exists() and not mime.exists() and not icon.exists()
    assert len(log.read_text("utf-8").splitlines()) == 2  # caches refreshed without our entries

    done = run(data, bin_dir, "--uninstall")
    assert done.returncode == 0
    assert done.stdout.strip() == f"nothing to remove in {data}"


@pytest.mark.skipif(sys.platform == "win32", reason="XDG desktop integration")
def test_install_without_cache_tools_and_refusal_in_words(tmp_path):
    data, empty_bin = tmp_path / "data", tmp_path / "bin"
    empty_bin.mkdir()
    done = run(data, empty_bin)
    assert done.returncode == 0, done.stdout + done.stderr
    assert [line.split()[0] for line in done.stdout.splitlines()] == ["wrote"] * 3
    assert (data / "applications" / "blueprint-studio.desktop").is_file()

    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "applications").write_text("not a folder", encoding="utf-8")
    done = run(blocked, empty_bin)
    assert done.returncode == 2
    assert done.stderr.startswith("blueprint-studio: ") and "Traceback" not in done.stderr


def test_data_home_follows_xdg_and_ignores_a_relative_path(tmp_path):
    assert desktop.data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    assert desktop.data_home({"XDG_DATA_HOME": "relative/share"}) == Path.home() / ".local" / "share"
    assert desktop.data_home({}) == Path.home() / ".local" / "share"


def test_exec_quotes_a_command_path_with_reserved_characters():
    assert desktop.exec_argument("/opt/bs/bin/blueprint-studio") == "/opt/bs/bin/blueprint-studio"
    assert desktop.exec_argument("/home/a b/bin/blueprint-studio") == '"/home/a b/bin/blueprint-studio"'
    # `$` escaped inside the quotes, then the backslash doubled as in every desktop string value
    assert desktop.exec_argument("/srv/$x/blueprint-studio") == '"/srv/\\\\$x/blueprint-studio"'
    entry = desktop.desktop_entry("[Desktop Entry]\nExec=blueprint-studio %F\nName=B\n", "/a b/c")
    assert entry == '[Desktop Entry]\nExec="/a b/c" %F\nName=B\n'


def test_bundled_launcher_and_file_type_agree():
    entry = read_entry(resources.folder("blueprint-studio.desktop"))
    root = ET.parse(resources.folder("blueprint-studio.xml")).getroot()
    declared = [m.get("type") for m in root.iter(f"{MIME_NS}mime-type")]
    assert entry["MimeType"].rstrip(";").split(";") == declared == [MIME_TYPE]
    assert entry["Exec"].endswith(" %F")
    assert (resources.folder("icons") / f"{entry['Icon']}.svg").is_file()
