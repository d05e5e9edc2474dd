"""Benchmark: a synthetic blueprint of N nodes (five lanes, stages, a chain of flows with labels)
exported to PDF, fitted on one A3 page and as an A3 poster. Prints figures; asserts nothing.

Usage: python bench/export.py [N ...]    (default: 1000 5000)
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path and its name would hide the package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from blueprint_studio.export.pdfdoc import PdfOptions  # noqa: E402
from blueprint_studio.export.publish import write_pdf  # noqa: E402
from blueprint_studio.model.schema import Blueprint, Edge, Lane, Meta, Stage, StepNode  # noqa: E402

KINDS = ("customer", "frontstage", "backstage", "support", "custom")


def synthetic(n: int) -> Blueprint:
    per_lane = -(-n // len(KINDS))
    lanes = [
        Lane(id=f"lane{i}", kind=k, title=f"Équipe {i} — {k}", height=120.0) for i, k in enumerate(KINDS)
    ]
    nodes = []
    for i in range(n):
        lane, col = divmod(i, per_lane)
        nodes.append(
            StepNode(
                id=f"n{i}",
                lane=f"lane{lane}",
                x=20 + col * 180.0,
                y=lane * 120 + 25.0,
                title=f"Étape n°{i} : vérifier la demande et répondre au client",
            )
        )
    edges = [
        Edge(id=f"e{i}", source=f"n{i}", target=f"n{i + 1}", label="Oui" if i % 7 == 0 else "")
        for i in range(n - 1)
    ]
    stages = [Stage(id=f"st{i}", title=f"Phase {i}", width=1800.0) for i in range(per_lane // 10 + 1)]
    return Blueprint(
        meta=Meta(title=f"Banc d’essai {n} nœuds", language="fr"),
        lanes=lanes,
        stages=stages,
        nodes=nodes,
        edges=edges,
    )


def timed(blueprint: Blueprint, options: PdfOptions, repeat: int = 3) -> tuple[float, int, int]:
    best, pages, size = float("inf"), 0, 0
    for _ in range(repeat):
        buffer = io.BytesIO()
        start = time.perf_counter()
        pages = write_pdf(buffer, blueprint, options)
        best = min(best, time.perf_counter() - start)
        size = len(buffer.getvalue())
    return best, pages, size


def main(sizes: list[int]) -> None:
    write_pdf(io.BytesIO(), synthetic(10), PdfOptions())  # font loading is not part of the figure
    for n in sizes:
        bp = synthetic(n)
        for label, options in (
            # as asked (legible=False): the same work at every size, not the legible sheet or poster
            ("fit A3", PdfOptions(page="A3", legible=False)),
            ("poster A3 at 50 %", PdfOptions(page="A3", tile=True, tile_scale=0.5, legible=False)),
        ):
            seconds, pages, size = timed(bp, options)
            print(f"{n:>6} nodes  {label:<18} {seconds:6.3f} s  {pages:>4} page(s)  {size / 1e6:6.2f} MB")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 5000])
