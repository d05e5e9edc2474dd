"""Benchmark: the token replay on the tiered-support template, overloaded so that hundreds of
tickets are on screen. Target (issue 7): at least 30 frames per second with 500 tokens, counting
the token layout and a full repaint of a 1600x1000 view. Run:
QT_QPA_PLATFORM=offscreen .venv/bin/python bench/replay.py [--multiplier 2.2] [--frames 200]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))

from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from blueprint_studio.canvas.editor import CanvasEditor  # noqa: E402
from blueprint_studio.canvas.overlays.replay import ReplayOverlay  # noqa: E402
from blueprint_studio.canvas.overlays.ticket_log import TicketLog  # noqa: E402
from blueprint_studio.model.document import Document  # noqa: E402
from blueprint_studio.model.fileformat import load  # noqa: E402
from blueprint_studio.model.sim.replications import compile_for, simulate  # noqa: E402
from blueprint_studio.model.sim.settings import DAY, SimulationSettings  # noqa: E402

TEMPLATE = HERE.parent / "resources" / "templates" / "tiered_support.en.blueprint.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--multiplier", type=float, default=2.2, help="arrival multiplier")
    parser.add_argument("--days", type=float, default=28.0)
    parser.add_argument("--frames", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    blueprint = load(TEMPLATE)
    model = compile_for(blueprint, None)
    log = TicketLog()
    began = time.perf_counter()
    simulate(
        model,
        SimulationSettings(horizon_minutes=args.days * DAY, arrival_multiplier=args.multiplier),
        0,
        event_log=log,
    )
    print(
        f"simulated {len(log.traces):,} tickets, {log.count:,} activities in "
        f"{time.perf_counter() - began:.2f} s"
    )
    editor = CanvasEditor(Document(blueprint))
    began = time.perf_counter()
    replay = ReplayOverlay(editor.scene, log)
    print(f"replay set-up {1000 * (time.perf_counter() - began):.0f} ms")
    # Start where the backlog is largest, then advance at 2 simulated hours per second.
    best, most = replay.start, 0
    for i in range(200):
        replay.set_fraction(i / 200)
        if replay.layer.count > most:
            best, most = replay.time, replay.layer.count
    replay.set_time(best)
    replay.set_speed(120.0)
    image = QImage(1600, 1000, QImage.Format.Format_ARGB32_Premultiplied)
    rect = editor.scene.itemsBoundingRect()
    layout_ms, frame_ms, tokens = [], [], []
    for _ in range(args.frames):
        t0 = time.perf_counter()
        replay.set_time(min(replay.end, replay.time + 120.0 / 30))
        t1 = time.perf_counter()
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        editor.scene.render(painter, source=rect)
        painter.end()
        t2 = time.perf_counter()
        layout_ms.append(1000 * (t1 - t0))
        frame_ms.append(1000 * (t2 - t0))
        tokens.append(replay.layer.count)
    mean = statistics.fmean(frame_ms)
    print(f"tokens on screen: mean {statistics.fmean(tokens):.0f}, min {min(tokens)}, max {max(tokens)}")
    print(
        f"token layout: mean {statistics.fmean(layout_ms):.2f} ms, "
        f"p95 {sorted(layout_ms)[int(0.95 * len(layout_ms)) - 1]:.2f} ms"
    )
    print(
        f"frame (layout + repaint of a 1600x1000 view): mean {mean:.2f} ms, "
        f"p95 {sorted(frame_ms)[int(0.95 * len(frame_ms)) - 1]:.2f} ms"
    )
    print(f"fps: {1000 / mean:.1f}  (target >= 30 with 500 tokens)")
    replay.close()
    editor.scene.close()
    del app


if __name__ == "__main__":
    main()
