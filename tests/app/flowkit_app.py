"""Files for app tests."""

from __future__ import annotations

from pathlib import Path


def broken_file(folder: Path) -> Path:
    bad = folder / "broken.blueprint.json"
    bad.write_text('{"format_version": 1, "lanes": [{"id": "l", "pool": {"id": "p", "agents": -1}}]}')
    return bad
