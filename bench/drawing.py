"""Benchmark (figures, not a test): how each bundled template reads on screen and on paper.

For every bundled template in French and English it prints, on the canvas scene and on the PDF's
layout: edge segments through a node other than their own ends, pairs of arrowheads on one point,
pairs of edges sharing a trunk (collinear overlapping segments), crossings of two edges, edge
labels overlapping another label or a node (canvas at 100 %, and the PDF's label boxes); and
from the default PDF the command line writes (`export FILE --pdf OUT`), the smallest text size
in points and the number of cut words ("…") on the blueprint sheet.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/drawing.py
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

from PySide6.QtWidgets import QApplication  # noqa: E402

from blueprint_studio import resources  # noqa: E402
from blueprint_studio.app.cli.main import main as cli  # noqa: E402
from blueprint_studio.canvas.scene import BlueprintScene  # noqa: E402
from blueprint_studio.export.layout import layout  # noqa: E402
from blueprint_studio.export.painter import BlueprintPainter  # noqa: E402
from blueprint_studio.export.strings import Strings  # noqa: E402
from blueprint_studio.model import drawcheck  # noqa: E402
from blueprint_studio.model.document import Document  # noqa: E402
from blueprint_studio.model.fileformat import load  # noqa: E402
from blueprint_studio.model.geometry import Rect  # noqa: E402

# The PDF measure of the tests (tests/export/pdfkit.py): what size each text prints at.
_spec = importlib.util.spec_from_file_location("pdfkit", HERE.parent / "tests" / "export" / "pdfkit.py")
pdfkit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pdfkit)


def figures(bp, nodes: dict[str, Rect], routes: dict, labels: dict[str, Rect]) -> dict[str, int]:
    """The counts of model.drawcheck, the checks the tests make, for one drawing."""
    ends = {e.id: (e.source, e.target) for e in bp.edges}
    overlaps = drawcheck.label_overlaps(nodes, labels)
    return {
        "through": len(drawcheck.node_crossings(nodes, routes, ends)),
        "arrows": len(drawcheck.arrow_clashes(routes)),
        "trunks": len(drawcheck.shared_trunks(routes)),
        "cross": len(drawcheck.edge_crossings(routes)),
        "lab/lab": sum(not f.on_node for f in overlaps),
        "lab/node": sum(f.on_node for f in overlaps),
    }


def canvas_figures(bp) -> dict[str, int]:
    scene = BlueprintScene(Document(bp))
    for _ in range(50):  # a large drawing routes its detours from the event loop
        QApplication.processEvents()
    nodes = {n.id: Rect(n.x, n.y, n.width, n.height) for n in bp.nodes}
    routes = {k: [(p.x(), p.y()) for p in item.points] for k, item in scene.edges.items()}
    labels = {}
    for key, item in scene.edges.items():
        r = item.label_rect()
        if not r.isNull() and r.width() > 0:
            labels[key] = Rect(r.x(), r.y(), r.width(), r.height())
    return figures(bp, nodes, routes, labels)


def paper_figures(bp) -> dict[str, int]:
    lay = layout(bp)
    boxes = BlueprintPainter(bp, Strings(bp.meta.language), lay).label_places()  # as the PDF prints them
    return figures(bp, lay.nodes, lay.routes, {key: box.rect for key, box in boxes.items()})


def pdf_text(path: Path) -> tuple[float, int, str]:
    """(smallest text in points, cut words on the first sheet, page size) of a PDF."""
    data = path.read_bytes()
    first = pdfkit.reader(data).pages[0]
    sheet = f"{float(first.mediabox.width):.0f}x{float(first.mediabox.height):.0f}"
    return pdfkit.smallest_text_pt(data), (first.extract_text() or "").count("…"), sheet


def main() -> None:
    QApplication.instance() or QApplication([])
    print(
        f"{'template':<22}{'where':<8}{'through':>8}{'arrows':>8}{'trunks':>8}{'cross':>7}{'lab/lab':>8}{'lab/node':>9}"
        f"{'min pt':>8}{'cut':>5}  sheet"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for t in resources.templates():
            path = resources.template_path(t.name, t.language)
            bp = load(path)
            name = f"{t.name} ({t.language})"
            c = canvas_figures(bp)
            print(
                f"{name:<22}{'screen':<8}{c['through']:>8}{c['arrows']:>8}{c['trunks']:>8}{c['cross']:>7}"
                f"{c['lab/lab']:>8}{c['lab/node']:>9}"
            )
            p = paper_figures(bp)
            out = Path(tmp) / f"{t.name}_{t.language}.pdf"
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                cli(["export", str(path), "--pdf", str(out)])
            smallest, cut, sheet = pdf_text(out)
            print(
                f"{'':<22}{'paper':<8}{p['through']:>8}{p['arrows']:>8}{p['trunks']:>8}{p['cross']:>7}"
                f"{p['lab/lab']:>8}{p['lab/node']:>9}"
                f"{smallest:>8.1f}{cut:>5}  {sheet}"
            )


def generated_figures(size: int) -> None:
    """The same paper figures on a generated document (bench/compile.py's `generate`)."""
    spec = importlib.util.spec_from_file_location("bench_compile", HERE / "compile.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    bp = module.generate(size)
    p = paper_figures(bp)
    name = f"generated {len(bp.nodes)}"
    print(
        f"{name:<22}{'paper':<8}{p['through']:>8}{p['arrows']:>8}{p['trunks']:>8}{p['cross']:>7}"
        f"{p['lab/lab']:>8}{p['lab/node']:>9}"
    )


if __name__ == "__main__":
    main()
    generated_figures(300)
