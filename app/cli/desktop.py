"""`blueprint-studio desktop-install`: the launcher (resources/blueprint-studio.desktop), the file type
of `*.blueprint.json` (resources/blueprint-studio.xml) and the icon copied into the user's XDG data
folder, so that the desktop lists the application and opens blueprints with it; `--uninstall`
removes them. Headless, no Qt; it writes nothing outside that folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from blueprint_studio import resources

COMMAND = "blueprint-studio"
DESKTOP_FILE = "blueprint-studio.desktop"
MIME_FILE = "blueprint-studio.xml"
ICON_FILE = "blueprint-studio.svg"
# Characters that make an Exec argument need quoting (Desktop Entry Specification, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


@dataclass(frozen=True)
class Placement:
    """One file of the integration: where it comes from in the package and where it goes."""

    source: Path
    target: Path


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "desktop-install",
        help="add Blueprint Studio to the desktop's applications and open *.blueprint.json files with it",
        description="Writes the launcher, the file type and the icon into the user's data folder "
        "($XDG_DATA_HOME, else ~/.local/share). Exit status: 0 done, 2 a file could not be written.",
    )
    p.add_argument("--uninstall", action="store_true", help="remove what desktop-install wrote")
    p.add_argument("--lang", choices=("fr", "en"), help="language of the messages (default: the system's)")


def data_home(environ: dict[str, str] | None = None) -> Path:
    """The user's XDG data folder: $XDG_DATA_HOME when it is an absolute path (the specification
    ignores a relative one), else ~/.local/share."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def placements(data: Path) -> list[Placement]:
    """The files desktop-install writes under `data`; the icon only when the package bundles it."""
    found = [
        Placement(resources.folder(DESKTOP_FILE), data / "applications" / DESKTOP_FILE),
        Placement(resources.folder(MIME_FILE), data / "mime" / "packages" / MIME_FILE),
    ]
    icon = resources.folder("icons") / ICON_FILE
    if icon.is_file():
        found.append(Placement(icon, data / "icons" / "hicolor" / "scalable" / "apps" / ICON_FILE))
    return found


def installed_command() -> str:
    """The path of the `blueprint-studio` command of this installation: beside this Python (a
    virtual environment, pipx), else the one on the PATH, else the bare name."""
    beside = Path(sys.executable).parent / (COMMAND + (".exe" if os.name == "nt" else ""))
    if beside.is_file():
        return str(beside)
    return shutil.which(COMMAND) or COMMAND


def exec_argument(command: str) -> str:
    """`command` as the first word of an Exec key: quoted and escaped when it holds a reserved
    character, then with backslashes doubled as every string value of a desktop file."""
    if any(c in _RESERVED for c in command):
        inner = "".join("\\" + c if c in '"`$\\' else c for c in command)
        command = f'"{inner}"'
    return command.replace("\\", "\\\\")


def desktop_entry(text: str, command: str) -> str:
    """The bundled desktop entry with its Exec key starting `command` on the files opened (%F)."""
    lines = [
        f"Exec={exec_argument(command)} %F" if line.startswith("Exec=") else line
        for line in text.splitlines()
    ]
    return "\n".join(lines) + "\n"


def install(data: Path, command: str) -> list[Path]:
    """Writes every file of the integration under `data`; returns their paths."""
    written = []
    for placement in placements(data):
        placement.target.parent.mkdir(parents=True, exist_ok=True)
        if placement.source.name == DESKTOP_FILE:
            text = desktop_entry(placement.source.read_text(encoding="utf-8"), command)
            placement.target.write_text(text, encoding="utf-8")
        else:
            shutil.copyfile(placement.source, placement.target)
        written.append(placement.target)
    return written


def uninstall(data: Path) -> list[Path]:
    """Removes the files desktop-install writes under `data`; returns those that were there."""
    removed = []
    for placement in placements(data):
        if placement.target.is_file() or placement.target.is_symlink():
            placement.target.unlink()
            removed.append(placement.target)
    return removed


def refresh_caches(data: Path) -> list[tuple[str, int]]:
    """Runs the desktop's cache tools that are installed on the folders just changed; returns what
    was run and its exit status (the files are in place either way)."""
    ran = []
    for tool, folder in (
        ("update-desktop-database", data / "applications"),
        ("update-mime-database", data / "mime"),
    ):
        path = shutil.which(tool)
        if path is None or not folder.is_dir():
            continue
        done = subprocess.run([path, str(folder)], capture_output=True, text=True, check=False)
        ran.append((f"{tool} {folder}", done.returncode))
    return ran


def run(args: argparse.Namespace) -> int:
    from blueprint_studio.app.cli.words import say, system_language

    lang = system_language(args)
    data = data_home()
    if args.uninstall:
        changed = uninstall(data)
        if not changed:
            print(say("nothing_to_remove", lang, folder=data))
            return 0
    else:
        changed = install(data, installed_command())
    for path in changed:
        print(say("removed" if args.uninstall else "wrote", lang, path=path))
    for command, status in refresh_caches(data):
        print(
            say("ran_failed", lang, command=command, status=status)
            if status
            else say("ran", lang, command=command)
        )
    return 0
