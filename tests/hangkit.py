"""A time budget for work that could hang (simulator bounds, reading pipes): the test fails
instead of stalling CI. Shared by the model and simulation tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


def within(seconds: float, work: Callable[[], Any]) -> Any:
    """`work()`, failing the test when it takes more than `seconds` (it runs in a daemon thread,
    left behind if it hangs); an exception it raises is raised here."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = work()
        except BaseException as error:  # re-raised in the test
            box["error"] = error

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"took more than {seconds} s: a hang"
    if "error" in box:
        raise box["error"]
    return box.get("value")
