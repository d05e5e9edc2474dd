"""Benchmark: from process start to the main window shown with the help-desk template loaded.

Target (issue 5): under 1.5 s. Each run is a fresh process (offscreen unless QT_QPA_PLATFORM is
set), with an empty settings and data folder so no earlier session is restored.
Run: .venv/bin/python bench/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from app.gui import build_window
window = build_window([], restore_session=False)
window.show()
def shown():
    tab = window.current_tab()
    assert tab is not None and tab.document.blueprint.nodes
    print("shown", flush=True)
    for t in window.tabs():
        t.set_forced_dirty(False)
        t.undo_stack.setClean()
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def once(home: str) -> float:
    env = {
        **os.environ,
        "HOME": home,
        "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_DATA_HOME": f"{home}/data",
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdout=subprocess.PIPE,
        text=True,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
    )
    for line in process.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise SystemExit("the window never showed")
    process.wait(timeout=60)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    times = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as home:
            times.append(once(home))
    print(
        f"start-up to window shown: median {statistics.median(times):.2f} s, "
        f"min {min(times):.2f} s, max {max(times):.2f} s over {args.runs} runs (target < 1.5 s)"
    )


if __name__ == "__main__":
    main()
