"""Regenerate resources/translations/blueprint_studio_{fr,en}.ts with Qt's lupdate (from app/,
canvas/ and the Qt-free QT_TRANSLATE_NOOP tables of model/ and export/), keep the translations already
written, then compile the .qm files with lrelease. `--check` only lists what French lacks.

lupdate guesses the context of `tr("…")` from the caller; our module-level `tr` wrappers pass an
explicit context (QCoreApplication.translate("Ctx", text)), so contexts are corrected by location.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "translations"
CATALOGUE = "blueprint_studio"
LANGUAGES = {"fr": "fr_FR", "en": "en_GB"}
SOURCE_FOLDERS = ("app", "canvas")


def qt_tool(name: str) -> str:
    """`pyside6-<name>` on the PATH or beside this Python, else the binary inside PySide6."""
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}", shutil.which(f"pyside6-{name}")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    import PySide6

    inside = Path(PySide6.__file__).parent / name
    if inside.exists():
        return str(inside)
    raise SystemExit(f"update_translations: cannot find Qt's {name} (install PySide6)")


def source_files() -> list[Path]:
    files = [p for folder in SOURCE_FOLDERS for p in sorted((ROOT / folder).rglob("*.py"))]
    files += [
        p
        for folder in ("model", "export")
        for p in sorted((ROOT / folder).rglob("*.py"))
        if "QT_TRANSLATE_NOOP" in p.read_text("utf-8")
    ]
    return files


# ---------------------------------------------------------------- contexts of tr() wrappers
def _wrapper_context(tree: ast.Module) -> str | None:
    """The context of a module-level `def tr(text): return QCoreApplication.translate("Ctx", text)`."""
    constants = {  # CONTEXT = "Name" at module level, passed by name
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name) and isinstance(node.value.value, str)
    }
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in ("tr", "_t"):
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "translate" and call.args:
                    first = call.args[0]
                    if isinstance(first, ast.Constant):
                        return str(first.value)
                    if isinstance(first, ast.Name) and first.id in constants:
                        return constants[first.id]
    return None


def _module_name(path: Path) -> str:
    """The name a module is imported by: its stem, or its folder's name for a package's __init__."""
    return path.parent.name if path.stem == "__init__" else path.stem


def wrapper_calls(files: list[Path]) -> dict[tuple[str, int, str], str]:
    """(file, line, text) -> context for every `tr("…")` / `module.tr("…")` through a wrapper."""
    trees = {p: ast.parse(p.read_text("utf-8")) for p in files}
    by_module = {_module_name(p): ctx for p, tree in trees.items() if (ctx := _wrapper_context(tree))}
    found: dict[tuple[str, int, str], str] = {}
    for path, tree in trees.items():
        own = _wrapper_context(tree)
        aliases = {}
        for node in tree.body:  # `from blueprint_studio.canvas.properties.subforms import tr`
            if isinstance(node, ast.ImportFrom) and node.module:
                for name in node.names:
                    if name.name in ("tr", "_t") and node.module.rsplit(".", 1)[-1] in by_module:
                        aliases[name.asname or name.name] = by_module[node.module.rsplit(".", 1)[-1]]
        for node in tree.body:  # `tr = commands.tr`
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "tr"
                and isinstance(node.value.value, ast.Name)
            ):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        aliases[target.id] = by_module.get(node.value.value.id)
        for call in ast.walk(tree):
            if not (
                isinstance(call, ast.Call)
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
            ):
                continue
            func, ctx = call.func, None
            if isinstance(func, ast.Name) and func.id in ("tr", "_t"):
                ctx = aliases.get(func.id) or own
            elif isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name):
                ctx = by_module.get(func.value.id)
            if ctx:  # lupdate may give any line of a call that spans several (formatted) lines
                for line in range(call.lineno, (call.end_lineno or call.lineno) + 1):
                    found[(str(path.relative_to(ROOT)), line, call.args[0].value)] = ctx
    return found


# ---------------------------------------------------------------- catalogue
@dataclass
class Message:
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: str = ""
    finished: bool = False


Catalogue = dict[str, dict[str, Message]]  # context -> source -> message


def extract() -> Catalogue:
    """Every translatable (context, source) of the code, as lupdate finds it, contexts corrected."""
    files = source_files()
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "extract.ts"
        subprocess.run(
            [
                qt_tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "absolute",
                *map(str, files),
                "-ts",
                str(ts),
            ],
            check=True,
            cwd=ROOT,
        )
        raw = read_ts(ts, base=Path(tmp))
    fixes = wrapper_calls(files)
    catalogue: Catalogue = {}
    for context, messages in raw.items():
        for message in messages.values():
            for filename, line in message.locations or [("", 0)]:
                ctx = fixes.get((filename, line, message.source), context)
                entry = catalogue.setdefault(ctx, {}).setdefault(message.source, Message(message.source))
                if filename:
                    entry.locations.append((filename, line))
    return {ctx: msgs for ctx, msgs in catalogue.items() if ctx}


def read_ts(path: Path, base: Path | None = None) -> Catalogue:
    catalogue: Catalogue = {}
    if not path.exists():
        return catalogue
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for node in context.iter("message"):
            source = node.findtext("source") or ""
            translation = node.find("translation")
            locations = []
            for loc in node.iter("location"):
                filename = loc.get("filename", "")
                if base is not None:
                    filename = str((base / filename).resolve().relative_to(ROOT))
                locations.append((filename, int(loc.get("line", "0"))))
            kind = translation.get("type", "") if translation is not None else "unfinished"
            catalogue.setdefault(name, {})[source] = Message(
                source,
                locations,
                (translation.text or "") if translation is not None else "",
                kind not in ("unfinished", "obsolete", "vanished"),
            )
    return catalogue


def merge(found: Catalogue, old: Catalogue, language: str) -> Catalogue:
    merged: Catalogue = {}
    for context in sorted(found):
        for source, message in found[context].items():
            before = old.get(context, {}).get(source)
            if before is not None and before.translation:
                message.translation, message.finished = before.translation, before.finished
            elif language == "en":
                message.translation, message.finished = source, True
            merged.setdefault(context, {})[source] = message
    return merged


def write_ts(catalogue: Catalogue, path: Path, locale: str) -> None:
    root = ET.Element("TS", version="2.1", language=locale, sourcelanguage="en_GB")
    for context in sorted(catalogue):
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for source in sorted(catalogue[context]):
            message = catalogue[context][source]
            entry = ET.SubElement(node, "message")
            for filename, line in sorted(set(message.locations)):
                ET.SubElement(entry, "location", filename=f"../../{filename}", line=str(line))
            ET.SubElement(entry, "source").text = source
            translation = ET.SubElement(entry, "translation")
            translation.text = message.translation
            if not message.finished or not message.translation:
                translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")


def read_tsv(path: Path) -> Catalogue:
    """A pending list of translations written by hand: `context<TAB>source<TAB>translation` per
    line (`\\n` for a line break inside a text); merged into the .ts by the next run."""
    catalogue: Catalogue = {}
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise SystemExit(f"{path.name}:{number}: expected context, source and translation (tabs)")
        context, source, translation = (part.replace("\\n", "\n") for part in parts)
        catalogue.setdefault(context, {})[source] = Message(source, [], translation, True)
    return catalogue


def missing(catalogue: Catalogue, language: str = "fr") -> list[tuple[str, str]]:
    """(context, source) of the code that the committed .ts lacks or leaves unfinished."""
    done = read_ts(OUT / f"{CATALOGUE}_{language}.ts")
    return [
        (ctx, src)
        for ctx, msgs in sorted(catalogue.items())
        for src in sorted(msgs)
        if not (m := done.get(ctx, {}).get(src)) or not m.finished or not m.translation
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="list untranslated French strings; change nothing"
    )
    args = parser.parse_args(argv)
    found = extract()
    if args.check:
        gaps = missing(found)
        for ctx, src in gaps:
            print(f"{ctx}: {src}")
        return 1 if gaps else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for language, locale in LANGUAGES.items():
        ts = OUT / f"{CATALOGUE}_{language}.ts"
        old = read_ts(ts)
        extras = [read_ts(extra) for extra in sorted(OUT.glob(f"*_{language}.ts")) if extra != ts]
        extras += [read_tsv(extra) for extra in sorted((OUT / "pending").glob(f"*_{language}.tsv"))]
        for catalogue in extras:  # a feature's own catalogue, or translations pending merge
            for ctx, messages in catalogue.items():
                for source, message in messages.items():
                    if message.translation and not old.get(ctx, {}).get(source, message).finished:
                        old.setdefault(ctx, {})[source] = message
                    old.setdefault(ctx, {}).setdefault(source, message)
        write_ts(merge(extract() if language != "fr" else found, old, language), ts, locale)
        subprocess.run(
            [qt_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )
        print(
            f"{ts.relative_to(ROOT)}: {sum(map(len, read_ts(ts).values()))} messages, "
            f"{len(missing(found, language))} to translate"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
