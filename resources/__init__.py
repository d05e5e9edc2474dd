"""Package data: bundled templates (French and English), icons, fonts, translations.

Only locates files; reading and validating them is `model.fileformat`'s job.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

TEMPLATE_SUFFIX = ".blueprint.json"
LANGUAGES = ("fr", "en")
DEFAULT_TEMPLATE = "helpdesk_flow"


@dataclass(frozen=True)
class TemplateFile:
    name: str
    language: str
    path: Path


def folder(name: str) -> Path:
    """A data folder of this package ("templates", "translations", "icons", "fonts") or a file of it."""
    return Path(str(resources.files(__name__).joinpath(name)))


def _folder() -> Path:
    return folder("templates")


def templates() -> list[TemplateFile]:
    """Every bundled template file, sorted by name then language."""
    found = []
    for path in sorted(_folder().glob(f"*.*{TEMPLATE_SUFFIX}")):
        stem = path.name.removesuffix(TEMPLATE_SUFFIX)
        name, _, language = stem.rpartition(".")
        if name and language in LANGUAGES:
            found.append(TemplateFile(name, language, path))
    return found


def template_names() -> list[str]:
    return sorted({t.name for t in templates()})


def template_path(name: str, language: str = "en", fallback: str | None = None) -> Path:
    """The file of template `name` in `language`, else in `fallback` when given; raises KeyError
    when there is none."""
    for wanted in (language, fallback) if fallback else (language,):
        for t in templates():
            if t.name == name and t.language == wanted:
                return t.path
    raise KeyError(name)
