"""Benchmark: from process start to the main window shown with the help-desk template loaded,
against a bare Qt window (an empty QMainWindow) measured in the same run on the same machine.

Target (issue 14): the application's start within 3x the bare window's. Each run is a fresh
process (offscreen unless QT_QPA_PLATFORM is set), with an empty settings and data folder so no
earlier session is restored; bare and application runs alternate so a busy machine slows both.
Each process also reports the CPU time it used until then, a steadier figure on a shared machine.
Bytecode is cached as on a user's machine (PYTHONDONTWRITEBYTECODE is cleared for the children, and
one untimed run of each writes the caches first): otherwise every start compiles the sources again.
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

TARGET_RATIO = 3.0

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1360, 860)
window.show()
def shown():
    print("shown", time.process_time(), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

APPLICATION = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from blueprint_studio.app.shell.gui import build_window
window = build_window([], restore_session=False, checks_after_show=True)  # as run() does
window.show()
def shown():
    tab = window.current_tab()
    assert tab is not None and tab.document.blueprint.nodes
    print("shown", time.process_time(), flush=True)
    for t in window.tabs():
        t.set_forced_dirty(False)
        t.undo_stack.setClean()
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def once(code: str, home: str) -> tuple[float, float]:
    """Seconds from starting the process to its window shown (it prints "shown" then), and the
    CPU seconds it had used by then."""
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "HOME": home,
        "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_DATA_HOME": f"{home}/data",
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        text=True,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("shown"):
            elapsed = time.perf_counter() - started
            cpu = float(line.split()[1])
            break
    else:
        raise SystemExit("the window never showed")
    process.wait(timeout=60)
    return elapsed, cpu


def describe(name: str, times: list[float]) -> str:
    return f"{name}: median {statistics.median(times):.2f} s (min {min(times):.2f} s, max {max(times):.2f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bare: list[tuple[float, float]] = []
    application: list[tuple[float, float]] = []
    for code in (BARE, APPLICATION):  # untimed: write the bytecode caches a user's machine has
        with tempfile.TemporaryDirectory() as home:
            once(code, home)
    for _ in range(args.runs):
        for code, times in ((BARE, bare), (APPLICATION, application)):
            with tempfile.TemporaryDirectory() as home:
                times.append(once(code, home))
    print(f"over {args.runs} runs each")
    for figure, column in (("wall clock", 0), ("CPU time", 1)):
        ours, theirs = [t[column] for t in application], [t[column] for t in bare]
        ratio = statistics.median(ours) / statistics.median(theirs)
        print(describe(f"bare Qt window shown, {figure}", theirs))
        print(describe(f"Blueprint Studio window shown, {figure}", ours))
        print(f"ratio ({figure}): {ratio:.1f}x the bare window (target within {TARGET_RATIO:.0f}x)")


if __name__ == "__main__":
    main()
