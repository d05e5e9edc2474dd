"""The words of model/ in one catalogue: model/ writes English marked with `QT_TRANSLATE_NOOP`
(the marker Qt's tools extract into the .ts files, without importing Qt) and asks `translate`
for another language. The reader of the catalogue lives outside model/ (export/catalogue.py
reads the .ts files the window's translators load) and installs itself here when imported, as
the window, the command line and the PDF do; without it every text stays English.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

Translate = Callable[[str, str, str], str]  # (context, English source, language) -> words
_translator: list[Translate] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for the translation tools; returns it unchanged."""
    return text


def install(translator: Translate) -> None:
    """The catalogue's reader, for every later call of `translate`."""
    _translator[:] = [translator]
    _tables.clear()


def translate(context: str, text: str, language: str) -> str:
    """`text` in `language` (its first two letters); English when no catalogue is installed or
    the catalogue has no translation."""
    lang = language[:2].lower()
    if lang == "en" or not _translator:
        return text
    return _translator[0](context, text, lang)


_tables: dict[tuple[str, int, str], dict[str, str]] = {}


def table(context: str, english: Mapping[str, str], language: str) -> dict[str, str]:
    """A whole table of English texts by key, in `language` (kept until the next `install`)."""
    key = (context, id(english), language[:2].lower())
    if key not in _tables:
        _tables[key] = {name: translate(context, text, language) for name, text in english.items()}
    return _tables[key]


def is_plural(n: float, language: str) -> bool:
    """Whether a count of `n` takes the plural in `language`: English says "1 ticket", "0 tickets";
    French takes the singular below 2 ("0 ticket", "1,5 jour")."""
    if language[:2].lower() == "fr":
        return abs(n) >= 2
    return n != 1


def plural(context: str, one: str, many: str, n: float, language: str) -> str:
    """The form a count of `n` takes, in `language`: `one` and `many` are the English sources (both
    marked with `QT_TRANSLATE_NOOP`), and each has its own translation. The window picks between
    two `tr()` texts with the same rule (app.shell.i18n.plural)."""
    return translate(context, many if is_plural(n, language) else one, language)
