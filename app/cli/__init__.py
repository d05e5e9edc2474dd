"""The `blueprint-studio` command line: validate, simulate, export, templates, new; without a command
it opens the window."""

from typing import Any

# Exit status of every command: done, the document has errors, unusable input or arguments.
EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


def use_language(language: str) -> None:
    """The catalogue's words in `language` (a QCoreApplication is enough: no display)."""
    import sys

    from PySide6.QtCore import QCoreApplication

    from blueprint_studio.app.shell import i18n

    if QCoreApplication.instance() is None:
        QCoreApplication([sys.argv[0] if sys.argv else "blueprint-studio"])
    i18n.install(language)


def use_document_language(args: Any, blueprint: Any) -> str:
    """--lang, else the document's language: installed with `use_language`, and returned."""
    language = str(getattr(args, "lang", None) or blueprint.meta.language)
    use_language(language)
    return language
