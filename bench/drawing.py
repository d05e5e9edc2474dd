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
import io
import math
import os
import sys
import tempfile
from itertools import combinations
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

from pypdf import PdfReader  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from blueprint_studio import resources  # noqa: E402
from blueprint_studio.app.cli.main import main as cli  # noqa: E402
from blueprint_studio.canvas.scene import BlueprintScene  # noqa: E402
from blueprint_studio.export.layout import layout  # noqa: E402
from blueprint_studio.model import router  # noqa: E402
from blueprint_studio.model.document import Document  # noqa: E402
from blueprint_studio.model.fileformat import load  # noqa: E402
from blueprint_studio.model.geometry import Rect  # noqa: E402

Points = list[tuple[float, float]]


def through_nodes(nodes: dict[str, Rect], routes: dict[str, Points], ends: dict[str, tuple[str, str]]) -> int:
    return sum(
        1
        for key, points in routes.items()
        for node, rect in nodes.items()
        if node not in ends[key] and router.crosses(points, rect)
    )


def arrow_clashes(routes: dict[str, Points]) -> int:
    tips = [points[-1] for points in routes.values() if points]
    return sum(1 for p, q in combinations(tips, 2) if math.dist(p, q) < 1.0)


def _segments(points: Points):
    for (x1, y1), (x2, y2) in zip(points, points[1:]):
        if abs(y1 - y2) < 1e-6:
            yield "h", round(y1, 3), min(x1, x2), max(x1, x2)
        elif abs(x1 - x2) < 1e-6:
            yield "v", round(x1, 3), min(y1, y2), max(y1, y2)


def shared_trunks(routes: dict[str, Points]) -> int:
    lines: dict[tuple[str, float], list[tuple[str, float, float]]] = {}
    for key, points in routes.items():
        for kind, at, low, high in _segments(points):
            lines.setdefault((kind, at), []).append((key, low, high))
    pairs = set()
    for segs in lines.values():
        for (k1, a1, b1), (k2, a2, b2) in combinations(segs, 2):
            if k1 != k2 and min(b1, b2) - max(a1, a2) > 2.0:
                pairs.add(tuple(sorted((k1, k2))))
    return len(pairs)


def crossings(routes: dict[str, Points]) -> int:
    """Places where a horizontal piece of one edge crosses a vertical piece of another."""
    across, along = [], []
    for key, points in routes.items():
        for kind, at, low, high in _segments(points):
            (across if kind == "v" else along).append((key, at, low, high))
    return sum(
        1 for k, x, y1, y2 in across for j, y, x1, x2 in along if k != j and x1 < x < x2 and y1 < y < y2
    )


def overlaps(a: Rect, b: Rect) -> bool:
    return min(a.right, b.right) - max(a.x, b.x) > 0.5 and min(a.bottom, b.bottom) - max(a.y, b.y) > 0.5


def canvas_figures(bp) -> dict[str, int]:
    scene = BlueprintScene(Document(bp))
    for _ in range(50):  # a large drawing routes its detours from the event loop
        QApplication.processEvents()
    nodes = {n.id: Rect(n.x, n.y, n.width, n.height) for n in bp.nodes}
    ends = {e.id: (e.source, e.target) for e in bp.edges}
    routes = {k: [(p.x(), p.y()) for p in item.points] for k, item in scene.edges.items()}
    labels = []
    for item in scene.edges.values():
        r = item.label_rect()
        if not r.isNull() and r.width() > 0:
            labels.append(Rect(r.x(), r.y(), r.width(), r.height()))
    label_label = sum(1 for a, b in combinations(labels, 2) if overlaps(a, b))
    label_node = sum(1 for a in labels for n in nodes.values() if overlaps(a, n))
    return {
        "through": through_nodes(nodes, routes, ends),
        "arrows": arrow_clashes(routes),
        "trunks": shared_trunks(routes),
        "cross": crossings(routes),
        "lab/lab": label_label,
        "lab/node": label_node,
    }


def paper_figures(bp) -> dict[str, int]:
    from blueprint_studio.export.painter import BlueprintPainter
    from blueprint_studio.export.strings import Strings
    from blueprint_studio.model.drawcheck import label_overlaps

    lay = layout(bp)
    ends = {e.id: (e.source, e.target) for e in bp.edges}
    boxes = BlueprintPainter(bp, Strings(bp.meta.language), lay)._label_places()  # as the PDF prints them
    faults = label_overlaps(lay.nodes, {key: box.rect for key, box in boxes.items()})
    return {
        "through": through_nodes(lay.nodes, lay.routes, ends),
        "arrows": arrow_clashes(lay.routes),
        "trunks": shared_trunks(lay.routes),
        "cross": crossings(lay.routes),
        "lab/lab": sum(not f.on_node for f in faults),
        "lab/node": sum(f.on_node for f in faults),
    }


def _times(m, n):
    return [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
    ]


def pdf_text(path: Path) -> tuple[float, int, str]:
    """(smallest text in points, cut words on the first sheet, page size) of a PDF."""
    reader = PdfReader(str(path))
    smallest = math.inf
    for page in reader.pages:

        def visit(text, cm, tm, font, size):
            nonlocal smallest
            if text.strip() and size:
                m = _times([tm[0], tm[1], tm[2], tm[3]], [cm[0], cm[1], cm[2], cm[3]])
                smallest = min(smallest, size * math.sqrt(abs(m[0] * m[3] - m[1] * m[2])))

        page.extract_text(visitor_text=visit)
    first = reader.pages[0]
    sheet = f"{float(first.mediabox.width):.0f}x{float(first.mediabox.height):.0f}"
    return smallest, (first.extract_text() or "").count("…"), sheet


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
    import importlib.util

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
