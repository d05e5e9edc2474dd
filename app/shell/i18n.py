"""Translators: ours from resources/translations/*.qm and Qt's own qtbase for standard dialogs.

`install(language)` swaps them on the running application; it never touches widgets. The words
model/ writes (conditions, walkthrough) come from the same catalogue (export.catalogue, which
installs itself into model.texts when imported).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from blueprint_studio import resources
from blueprint_studio.export import catalogue  # noqa: F401 - model/'s words from the same catalogue
from blueprint_studio.model import texts

TRANSLATIONS = resources.folder("translations")
APP_CATALOGUE = "blueprint_studio"
SUPPORTED = ("fr", "en")
_installed: list[QTranslator] = []


def resolve(language: str) -> str:
    """'system' becomes fr or en from the system locale; anything else falls back to English."""
    if language == "system":
        language = QLocale.system().name().split("_")[0]
    return language if language in SUPPORTED else "en"


def install(language: str) -> str:
    """Replace the installed translators by those of `language`; returns the language used."""
    app = QCoreApplication.instance()
    code = resolve(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(f"{APP_CATALOGUE}_{code}", str(TRANSLATIONS)):
        app.installTranslator(ours)
        _installed.append(ours)
    if code != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.French if code == "fr" else QLocale.Language.English))
    return code


def current() -> list[QTranslator]:
    return list(_installed)


def language() -> str:
    """The language of the installed translators: "fr" or "en" (English when none is installed)."""
    return "fr" if _installed and QLocale().language() == QLocale.Language.French else "en"


def plural(n: float, one: str, many: str) -> str:
    """`one` or `many` (both already through `tr()`) as the installed language counts `n`: the
    same rule as the PDF and the command line (model.texts.is_plural; French says "0 ticket")."""
    return many if texts.is_plural(n, language()) else one
