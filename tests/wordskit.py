"""The catalogue's French as the lead will merge it: the finished translations of the .ts files and
the lists still pending in resources/translations/pending/, for tests of texts written since the
last merge (once merged, the pending lists are gone and the catalogue answers alone)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication, QTranslator

from blueprint_studio.app.shell import i18n
from blueprint_studio.export import catalogue
from blueprint_studio.model import texts

PENDING = Path(__file__).resolve().parents[1] / "resources" / "translations" / "pending"


def translations_tool() -> ModuleType:
    """tools/update_translations.py as a module: what lupdate extracts, and the .ts files."""
    path = Path(__file__).resolve().parents[1] / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


def pending_french() -> dict[tuple[str, str], str]:
    """(context, English source) -> French, from every pending list."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted(PENDING.glob("*_fr.tsv")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                context, source, french = (part.replace("\\n", "\n") for part in line.split("\t"))
                found[(context, source)] = french
    return found


class PendingTranslator(QTranslator):
    """Answers Qt's `tr()` from the pending lists; installed before the .qm translators, it is
    asked after them (Qt asks the last installed first)."""

    def __init__(self, table: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.table = table

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 - Qt's name
        if i18n.language() != "fr":  # the window or the command line speaks English
            return None  # a null string: "not here", ask the next translator (an empty one is a text)
        return self.table.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@contextmanager
def with_pending_french(qt: bool = True) -> Iterator[None]:
    """model/'s catalogue (and Qt's `tr()` when `qt`) answer French from the pending lists too."""
    table = pending_french()

    def translate(context: str, text: str, language: str) -> str:
        if language == "fr" and (context, text) in table:
            return table[(context, text)]
        return catalogue.translate(context, text, language)

    texts.install(translate)
    shim = PendingTranslator(table)
    if qt:
        QCoreApplication.instance().installTranslator(shim)
    try:
        yield
    finally:
        if qt:
            QCoreApplication.instance().removeTranslator(shim)
        texts.install(catalogue.translate)
