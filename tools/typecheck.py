"""Type-check model/ and export/ with mypy, as the installed namespace `blueprint_studio.*` sees them.

The repository's folders are installed under `blueprint_studio` by a package-dir mapping, which mypy
cannot follow, so this copies the layers into a temporary `blueprint_studio/` tree, runs mypy there
with the project's configuration and prints its findings with the repository's paths.
Usage: python tools/typecheck.py [extra mypy arguments]; exits with mypy's status.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("app", "canvas", "model", "export", "resources")
CHECKED = ("model", "export")


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="blueprint-typecheck-") as temp:
        tree = Path(temp) / "blueprint_studio"
        for layer in LAYERS:
            shutil.copytree(
                ROOT / layer,
                tree / layer,
                ignore=shutil.ignore_patterns(
                    "__pycache__", "*.so", "*.pyd", "templates", "translations", "fonts", "icons"
                ),
            )
        packages = [arg for layer in CHECKED for arg in ("-p", f"blueprint_studio.{layer}")]
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--config-file",
                str(ROOT / "pyproject.toml"),
                "--cache-dir",
                str(ROOT / ".mypy_cache"),
                *packages,
                *argv,
            ],
            cwd=temp,
            capture_output=True,
            text=True,
        )
    for stream, text in ((sys.stdout, done.stdout), (sys.stderr, done.stderr)):
        stream.write(re.sub(r"^blueprint_studio/", "", text, flags=re.M))
    return done.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
