"""The cyclic garbage collector runs in the GUI thread only (a Qt object destroyed by a
collection in a simulation thread aborts the program)."""

from __future__ import annotations

import gc
import threading
import weakref

from blueprint_studio.app.shell import collector
from blueprint_studio.app.shell.gui import make_application


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_the_application_collects_cycles_from_its_own_thread(qtbot):
    app = make_application([])
    assert app.findChild(collector.MainThreadCollector) is not None
    assert not gc.isenabled()
    threads: list[str] = []

    def record(phase: str, info: dict) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(record)
    try:
        cycle = _Node()
        gone = weakref.ref(cycle)
        del cycle
        stop = threading.Event()

        def allocate() -> None:  # what a simulation thread does: many new objects
            while not stop.is_set():
                [_Node() for _ in range(2000)]

        worker = threading.Thread(target=allocate, name="simulation")
        worker.start()
        try:
            qtbot.waitUntil(lambda: gone() is None, timeout=5000)
        finally:
            stop.set()
            worker.join()
    finally:
        gc.callbacks.remove(record)
    assert threads and set(threads) == {threading.main_thread().name}


def test_collect_due_follows_the_generation_thresholds():
    gc.collect()
    assert collector.collect_due() == 0  # nothing allocated since: nothing due
    threshold = gc.get_threshold()[0]
    cycles = [_Node() for _ in range(threshold + 10)]
    probe = weakref.ref(cycles[0])
    del cycles
    assert collector.collect_due() >= threshold
    assert probe() is None


def test_installing_twice_keeps_one_collector(qapp):
    first = collector.install(qapp)
    assert collector.install(qapp) is first
    assert len(qapp.findChildren(collector.MainThreadCollector)) == 1
