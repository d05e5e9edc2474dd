"""The import rules of CONVENTIONS.md, checked by reading every module's imports with `ast`: what each
layer may import (an allow-list: anything not listed fails), no import of the former bare top-level
names, and no import circle between the product's modules at module level."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent
NAMESPACE = "blueprint_studio"
LAYERS = ("app", "canvas", "model", "export", "resources")
STDLIB = frozenset(sys.stdlib_module_names)


def ours(*layers: str) -> frozenset[str]:
    """Layers of the product as the allow-lists name them: under the namespace (`import model`,
    the old bare name, is not one of them)."""
    return frozenset(f"{NAMESPACE}.{layer}" for layer in layers)


# What each layer may import besides the standard library: third-party packages by their top-level
# import name, the product's layers by `ours`.
RUNTIME_DEPENDENCIES = frozenset(
    {
        "PySide6",
        "shiboken6",
        "networkx",
        "pydantic",
        "pydantic_core",  # pydantic's own core, installed with it
        "reportlab",
        "tqdm",
        "pyqtgraph",
        "numpy",  # brought by pyqtgraph, whose charts take numpy arrays
        "platformdirs",
        "defusedxml",  # the BPMN import's XML parser that refuses entities (model/bpmn/safe_xml.py)
    }
)
ALLOWED = {
    "model": frozenset({"pydantic", "pydantic_core", "networkx"}) | ours("model"),
    # pydantic: the model's elements are pydantic models; the canvas generates its property forms
    # from their fields and catches the ValidationError by which the model refuses a change.
    "canvas": frozenset({"PySide6", "shiboken6", "pydantic"}) | ours("model", "canvas"),
    # resources: the fonts embedded in every PDF.
    "export": frozenset({"reportlab"}) | ours("model", "export", "resources"),
    "resources": ours("resources"),
    "app": RUNTIME_DEPENDENCIES | ours(*LAYERS),
}
# Modules allowed more than their layer: export/image.py renders a canvas scene with Qt to SVG/PNG.
ALLOWED_EXTRA = {
    "export/image.py": frozenset({"PySide6", "shiboken6"}) | ours("canvas"),
    # model/bpmn/safe_xml.py parses BPMN files with entity expansion and external entities refused.
    "model/bpmn/safe_xml.py": frozenset({"defusedxml"}),
    # model/calibrate fits ticket exports with scipy.stats (maximum likelihood, Kolmogorov-Smirnov)
    # on numpy arrays; nothing else in model/ loads them (the compiler imports only its overrides).
    "model/calibrate/fit.py": frozenset({"scipy", "numpy"}),
    "model/calibrate/mapping.py": frozenset({"numpy"}),
    # model/staffing/runners.py submits a sweep's tasks to a Dask scheduler (--cluster), on demand.
    "model/staffing/runners.py": frozenset({"distributed"}),
}
# Where an old bare import (`import model`) could hide: the product, its tests and its scripts,
# including the child scripts they run (Python code in string constants).
SCANNED = (*LAYERS, "tests", "bench", "tools")


# When an import runs: when its module is imported, later (inside a function), or never (for
# the type checker only, under `if TYPE_CHECKING:`).
AT_IMPORT, DEFERRED, TYPING = "at import", "deferred", "typing"


@dataclass(frozen=True)
class Import:
    """One module an import statement loads: its absolute dotted name, its line and when it runs."""

    name: str
    line: int
    when: str


def module_name(path: Path, root: Path = ROOT) -> str:
    """The installed name of a product file: model/sim/core.py -> blueprint_studio.model.sim.core."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join((NAMESPACE, *parts))


def product_files(root: Path = ROOT, layers: tuple[str, ...] = LAYERS) -> list[Path]:
    return sorted(path for layer in layers for path in (root / layer).rglob("*.py"))


def product_modules(root: Path = ROOT) -> frozenset[str]:
    """The names of the product's modules: its Python files and its compiled extensions (by their C
    source, built or not: `from blueprint_studio.model.sim import _core` loads a module)."""
    extensions = [path.with_suffix(".py") for layer in LAYERS for path in (root / layer).rglob("*.c")]
    return frozenset(module_name(path, root) for path in [*product_files(root), *extensions])


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _statements(tree: ast.AST) -> Iterator[tuple[ast.Import | ast.ImportFrom, str]]:
    """Every import statement in `tree`, with when it runs."""
    return _imports_in_nodes([tree], AT_IMPORT)


def _imports_in_nodes(
    nodes: Iterable[ast.AST], when: str
) -> Iterator[tuple[ast.Import | ast.ImportFrom, str]]:
    for node in nodes:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node, when
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            yield from _imports_in_nodes(ast.iter_child_nodes(node), TYPING if when == TYPING else DEFERRED)
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            yield from _imports_in_nodes(node.body, TYPING)
            yield from _imports_in_nodes(node.orelse, when)
        else:
            yield from _imports_in_nodes(ast.iter_child_nodes(node), when)


def imports_in(tree: ast.AST, importer: str, is_package: bool, known: frozenset[str]) -> list[Import]:
    """The modules the statements of `tree` import, as absolute names. `importer` is the module's own
    name (for relative imports); `from a import b` loads a.b when that is one of the `known` modules,
    else a."""
    found = []
    for statement, when in _statements(tree):
        if isinstance(statement, ast.Import):
            names = [alias.name for alias in statement.names]
        else:
            base = statement.module or ""
            if statement.level:
                package = importer if is_package else importer.rpartition(".")[0]
                for _ in range(statement.level - 1):
                    package = package.rpartition(".")[0]
                base = f"{package}.{base}" if base else package
            names = []
            for alias in statement.names:
                submodule = f"{base}.{alias.name}"
                names.append(submodule if submodule in known or base == NAMESPACE else base)
        found += [Import(name, statement.lineno, when) for name in dict.fromkeys(names)]
    return found


def product_imports(root: Path = ROOT) -> dict[Path, list[Import]]:
    files = product_files(root)
    known = product_modules(root)
    return {
        path: imports_in(
            ast.parse(path.read_text(encoding="utf-8"), filename=str(path)),
            module_name(path, root),
            path.name == "__init__.py",
            known,
        )
        for path in files
    }


def allowed_name(name: str) -> str:
    """What the allow-lists name: a product layer (`blueprint_studio.model.x` -> blueprint_studio.model)
    or a top-level package (`PySide6.QtCore` -> PySide6, `model.schema` -> model)."""
    parts = name.split(".")
    return ".".join(parts[:2]) if parts[0] == NAMESPACE else parts[0]


def layer_violations(root: Path = ROOT) -> list[str]:
    """Every import outside its layer's allow-list (and outside the standard library), as
    `path:line imports name`."""
    broken = []
    for path, imports in product_imports(root).items():
        relative = path.relative_to(root).as_posix()
        layer = relative.split("/")[0]
        allowed = ALLOWED[layer] | ALLOWED_EXTRA.get(relative, frozenset())
        for found in imports:
            if found.name.split(".")[0] not in STDLIB and allowed_name(found.name) not in allowed:
                broken.append(f"{relative}:{found.line} imports {found.name}")
    return broken


def _code_in_strings(tree: ast.AST) -> Iterator[tuple[int, ast.Module]]:
    """The Python code held in string constants (child scripts run by tests and benchmarks), each
    with the number of lines before it in its file."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "import" in node.value:
            try:
                yield node.lineno - 1, ast.parse(node.value)
            except SyntaxError:
                continue


def bare_imports(root: Path = ROOT) -> list[str]:
    """Every import of a layer by its old top-level name (`import model`, `from app.x import y`),
    in code or in a script held in a string, as `path:line imports name`."""
    found = []
    for path in sorted(p for folder in SCANNED for p in (root / folder).rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if relative == "tests/test_architecture.py":  # its checks below write bad imports on purpose
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        trees = [(0, tree), *_code_in_strings(tree)]
        for offset, part in trees:
            for statement, _ in _statements(part):
                if isinstance(statement, ast.ImportFrom) and statement.level:
                    continue
                names = (
                    [alias.name for alias in statement.names]
                    if isinstance(statement, ast.Import)
                    else [statement.module or ""]
                )
                found += [
                    f"{relative}:{offset + statement.lineno} imports {name}"
                    for name in names
                    if name.split(".")[0] in LAYERS
                ]
    return found


def import_circles(root: Path = ROOT, deferred: bool = False) -> list[list[str]]:
    """The product's modules that import one another in a circle when imported (module-level
    imports only; with `deferred`, imports inside functions too), one sorted list per strongly
    connected component of more than one module. Imports for the type checker never count."""
    counted = {AT_IMPORT, DEFERRED} if deferred else {AT_IMPORT}
    graph = nx.DiGraph()
    known = product_modules(root)
    for path, imports in product_imports(root).items():
        importer = module_name(path, root)
        graph.add_node(importer)
        graph.add_edges_from(
            (importer, found.name) for found in imports if found.when in counted and found.name in known
        )
    return sorted(
        sorted(component) for component in nx.strongly_connected_components(graph) if len(component) > 1
    )


@pytest.mark.parametrize("layer", LAYERS)
def test_layer_has_modules(layer):
    assert product_files(layers=(layer,)), f"{layer}/ has no modules"


def test_every_import_is_allowed_for_its_layer():
    assert layer_violations() == []


def test_no_import_of_the_old_bare_names():
    assert bare_imports() == []


def test_no_import_circle_between_modules():
    assert import_circles() == []


def test_no_import_circle_between_modules_even_through_deferred_imports():
    assert import_circles(deferred=True) == []


def test_nothing_imports_app():
    importers = [
        f"{path.relative_to(ROOT).as_posix()}:{found.line}"
        for path, imports in product_imports().items()
        if not path.relative_to(ROOT).as_posix().startswith("app/")
        for found in imports
        if allowed_name(found.name) in ours("app") | {"app"}
    ]
    assert importers == []


def test_no_eval_or_exec_in_product_code():
    calls = []
    for path in product_files(layers=("app", "canvas", "model", "export")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"eval", "exec", "compile", "__import__"}
            ):
                calls.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert calls == []


# The checkers themselves, on a small product written for the purpose: each finds what it must.


def write(root: Path, files: dict[str, str]) -> Path:
    for layer in LAYERS:
        (root / layer).mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_the_allow_list_refuses_what_it_does_not_name(tmp_path):
    root = write(
        tmp_path,
        {
            "model/ok.py": "import json\nimport networkx\nfrom blueprint_studio.model import ok\n",
            "model/charts.py": "import math\n\n\ndef draw():\n    import pyqtgraph\n",
            "model/qt.py": "from PySide6.QtCore import QObject\nfrom blueprint_studio import canvas\n",
            "canvas/view.py": "from blueprint_studio.export.pdfdoc import build\nimport shiboken6\n"
            "from model.schema import Blueprint\n",
            "export/pdf.py": "import reportlab.pdfgen\nfrom blueprint_studio.canvas.scene import Scene\n",
            "export/image.py": "from PySide6.QtGui import QImage\n"
            "from blueprint_studio.canvas import scene\n",
            "resources/__init__.py": "import pydantic\n",
            "app/main.py": "import pyqtgraph\nimport requests\n",
        },
    )
    assert layer_violations(root) == [
        "app/main.py:2 imports requests",
        "canvas/view.py:1 imports blueprint_studio.export.pdfdoc",
        "canvas/view.py:3 imports model.schema",
        "export/pdf.py:2 imports blueprint_studio.canvas.scene",
        "model/charts.py:5 imports pyqtgraph",
        "model/qt.py:1 imports PySide6.QtCore",
        "model/qt.py:2 imports blueprint_studio.canvas",
        "resources/__init__.py:1 imports pydantic",
    ]


def test_the_bare_name_check_finds_imports_in_code_and_in_child_scripts(tmp_path):
    root = write(
        tmp_path,
        {
            "model/a.py": "import model.schema\nfrom importlib import resources\n",
            "tests/test_a.py": 'import os\n\nSCRIPT = """\nimport sys\nfrom canvas.editor import E\n"""\n',
            "bench/b.py": "def run():\n    from blueprint_studio.app import gui\n    import app\n",
        },
    )
    assert bare_imports(root) == [
        "bench/b.py:3 imports app",
        "model/a.py:1 imports model.schema",
        "tests/test_a.py:5 imports canvas.editor",
    ]


def test_the_circle_check_counts_imports_by_when_they_run(tmp_path):
    root = write(
        tmp_path,
        {
            "model/a.py": "from blueprint_studio.model.b import f\n",
            "model/b.py": "from blueprint_studio.model import c\n",
            "model/c.py": "import blueprint_studio.model.a\n",
            "model/d.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
            "    from blueprint_studio.model.e import E\n",
            "model/e.py": "from blueprint_studio.model.d import D\n\n\ndef f():\n"
            "    from blueprint_studio.model import d\n",
            "model/sim/__init__.py": "from blueprint_studio.model.sim.engine import Engine\n",
            "model/sim/engine.py": "from .core import step\n",
            "model/sim/core.py": "class Core:\n    from . import engine\n",
            "model/f.py": "def g():\n    from blueprint_studio.model import h\n",
            "model/h.py": "from blueprint_studio.model.f import g\n",
        },
    )
    assert import_circles(root) == [
        ["blueprint_studio.model.a", "blueprint_studio.model.b", "blueprint_studio.model.c"],
        ["blueprint_studio.model.sim.core", "blueprint_studio.model.sim.engine"],
    ]
    assert import_circles(root, deferred=True) == [
        ["blueprint_studio.model.a", "blueprint_studio.model.b", "blueprint_studio.model.c"],
        ["blueprint_studio.model.f", "blueprint_studio.model.h"],
        ["blueprint_studio.model.sim.core", "blueprint_studio.model.sim.engine"],
    ]
