"""Python's cyclic garbage collector, run in the GUI thread only.

The collector normally runs in whichever thread happens to allocate when a threshold is
crossed: a simulation job thread, or the result thread of a process pool. If the garbage it
finds holds a Qt object (a widget of a closed tab caught in a reference cycle), that object is
destroyed in the wrong thread and Qt aborts the whole program. So the window switches the
automatic collector off and runs it from a timer in the GUI thread instead, with the same
generation thresholds Python uses; reference counting still frees everything not in a cycle
at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


def collect_due() -> int:
    """Collect the oldest generation whose threshold is crossed, as Python's own trigger
    would; the number of unreachable objects found (0 when nothing was due)."""
    thresholds = gc.get_threshold()
    counts = gc.get_count()
    if counts[0] <= thresholds[0]:
        return 0
    generation = 0
    for older in (1, 2):
        if counts[older] > thresholds[older]:
            generation = older
    return gc.collect(generation)


class MainThreadCollector(QObject):
    """Owned by the application object: switches automatic collection off and collects from
    the GUI thread's event loop every `interval_ms`."""

    def __init__(self, parent: QObject, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(collect_due)
        self._timer.start()


def install(application: QObject) -> MainThreadCollector:
    """Once per application object; later calls return the collector already installed."""
    existing = application.findChild(MainThreadCollector)
    return existing if existing is not None else MainThreadCollector(application)
