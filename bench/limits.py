"""Benchmark: what a document of N nodes costs to open, check, draw and simulate (200 tickets),
each phase in a fresh process so that its peak memory is its own. The figures set the size limits
of model.schema (MAX_NODES, MAX_EDGES) stated in the README.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/limits.py [--sizes 1000 5000 20000]
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PHASES = ("load", "validate", "draw", "simulate")

# One phase, run in a child: prints {"seconds": …, "peak_mb": …} on its last line.
CHILD = r"""
import json, os, resource, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
phase, path = sys.argv[1], sys.argv[2]
from blueprint_studio.model.fileformat import LoadError, load
start = time.perf_counter()
try:
    bp = load(path)
except LoadError as exc:
    if phase == "load":
        print(json.dumps({"refused": exc.code, "seconds": time.perf_counter() - start}))
        sys.exit(0)
    # Beyond the limits: measure what the limit spares, from the document built unchecked.
    import pickle
    bp = pickle.loads(open(path + ".pickle", "rb").read())
if phase == "validate":
    from blueprint_studio.model.validation import validate
    start = time.perf_counter()
    validate(bp)
elif phase == "draw":
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.model.document import Document
    doc = Document(bp)
    start = time.perf_counter()
    editor = CanvasEditor(doc)
    editor.view.resize(1400, 900)
    editor.view.show()
    app.processEvents()
elif phase == "simulate":
    from blueprint_studio.model.sim.replications import simulate_blueprint
    from blueprint_studio.model.sim.settings import SimulationSettings
    start = time.perf_counter()
    simulate_blueprint(bp, settings=SimulationSettings(horizon_minutes=None, tickets=200))
seconds = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024}))
"""


def _generate(size: int):
    """bench/compile.py's tiered help desk; beyond the limits it is built without the size
    check (model_construct) so that the cost the limits spare can be measured."""
    import importlib.util

    from blueprint_studio.model.schema import Blueprint

    spec = importlib.util.spec_from_file_location("bench_compile", HERE / "compile.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.Blueprint = lambda **parts: Blueprint.model_construct(**{**Blueprint().__dict__, **parts})
    return module.generate(size)


def run_phase(phase: str, path: Path, timeout: float) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, phase, str(path)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return f"> {timeout:.0f} s"
    if done.returncode != 0:
        return "failed: " + (done.stderr.strip().splitlines() or ["?"])[-1][:40]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    if "refused" in figures:
        return f"refused {figures['seconds']:.2f} s"
    return f"{figures['seconds']:.2f} s {figures['peak_mb']:.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--timeout", type=float, default=300, help="seconds per phase")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from blueprint_studio.model.fileformat import dumps
    from blueprint_studio.model.schema import MAX_EDGES, MAX_NODES

    print(
        f"limits now: {MAX_NODES:,} nodes, {MAX_EDGES:,} edges; each cell: time, peak memory of the process"
    )
    print(f"{'nodes':>7} {'edges':>7} {'file MB':>8} " + " ".join(f"{p:>18}" for p in PHASES))
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            bp = _generate(size)
            path = Path(folder) / f"gen_{size}.blueprint.json"
            path.write_bytes(dumps(bp))
            if len(bp.nodes) > MAX_NODES or len(bp.edges) > MAX_EDGES:
                Path(f"{path}.pickle").write_bytes(pickle.dumps(bp))
            cells = [run_phase(phase, path, args.timeout) for phase in PHASES]
            print(
                f"{len(bp.nodes):>7} {len(bp.edges):>7} {path.stat().st_size / 1e6:>8.1f} "
                + " ".join(f"{c:>18}" for c in cells),
                flush=True,
            )
    print(
        "load: read and check the file; validate: all diagnostics; draw: build the canvas scene and "
        "show it; simulate: 200 tickets, one replication, through the whole chain (each ticket "
        "crosses every block of the generated flow, the worst case for its size)"
    )


if __name__ == "__main__":
    main()
