"""Python's cycle collector held off while a batch of long-lived objects is made (a scene's
items, every edge's settled route): each full pass walks every object alive, and a batch that
makes tens of thousands of them sets off several passes. No Qt; nothing else here.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off inside, on again after as it was (a nested pause leaves it off)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
