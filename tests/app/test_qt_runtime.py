"""Regression guard for PySide6 6.12.0 on CPython 3.11, whose void methods drop a reference to
None on every call until the interpreter aborts (`none_dealloc`); the pin in pyproject avoids it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene


def test_void_qt_methods_do_not_leak_references_to_none(qapp):
    scene = QGraphicsScene()
    item = QGraphicsRectItem(QRectF(0, 0, 10, 10))
    scene.addItem(item)
    before = sys.getrefcount(None)
    for i in range(20_000):
        item.setPos(i, i)  # returns void
        item.setZValue(i % 7)  # returns void
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references"
