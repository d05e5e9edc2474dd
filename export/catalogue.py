"""The one catalogue of user words, read without Qt: the French (and English) `.ts` files that
the window loads through Qt's translators are read here for the PDF and the command line, so a
text has one translation wherever it appears. Sources are marked with `QT_TRANSLATE_NOOP(context,
text)` (tools/update_translations.py extracts them and lists what French lacks)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache

from blueprint_studio import resources
from blueprint_studio.model import texts

CATALOGUE = "blueprint_studio"


@lru_cache(maxsize=4)
def _table(language: str) -> dict[tuple[str, str], str]:
    path = resources.folder("translations") / f"{CATALOGUE}_{language}.ts"
    table: dict[tuple[str, str], str] = {}
    if not path.exists():
        return table
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                table[(name, message.findtext("source") or "")] = translation.text
    return table


def translate(context: str, text: str, language: str) -> str:
    """`text` (the English source) in `language`; the source itself when it has no translation."""
    if language == "en":
        return text
    return _table(language).get((context, text), text)


texts.install(translate)  # model/'s words come from this catalogue too
