"""The import rules of CONVENTIONS.md, checked by reading every module's imports with `ast`."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "model": {"PySide6", "shiboken6", "PyQt5", "PyQt6", "reportlab", "canvas", "app", "export"},
    "canvas": {"app", "export"},
    "export": {"PySide6", "shiboken6", "canvas", "app"},
    "resources": {"PySide6", "canvas", "app", "export"},
}
EXPORT_IMAGE = {"image.py"}  # export/image renders a Qt scene to SVG/PNG and may import Qt


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_respects_its_import_rules(package):
    assert modules(package), f"{package}/ has no modules"
    broken = {}
    for path in modules(package):
        if package == "export" and path.name in EXPORT_IMAGE:
            continue
        bad = imports_of(path) & FORBIDDEN[package]
        if bad:
            broken[str(path.relative_to(ROOT))] = sorted(bad)
    assert broken == {}


def test_nothing_imports_app():
    importers = [
        str(p.relative_to(ROOT))
        for pkg in ("model", "canvas", "export", "resources")
        for p in modules(pkg)
        if "app" in imports_of(p)
    ]
    assert importers == []


def test_no_eval_or_exec_in_product_code():
    calls = []
    for pkg in ("app", "canvas", "model", "export"):
        for path in modules(pkg):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in {"eval", "exec", "compile", "__import__"}
                ):
                    calls.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert calls == []


def test_the_rule_checker_catches_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport reportlab.pdfgen\n")
    assert imports_of(bad) & FORBIDDEN["model"] == {"PySide6", "reportlab"}
