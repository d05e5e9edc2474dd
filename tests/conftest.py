"""Test-wide set-up: Qt runs headless unless the caller chose a platform (e.g. xcb under Xvfb)."""

from __future__ import annotations

import gc
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_sessionstart(session) -> None:
    """As in the window (app/shell/collector.py): the cyclic garbage collector never runs by
    itself, where it could destroy a Qt object left by an earlier test in a simulation or
    process-pool thread (Qt aborts); it runs between tests, in the main thread."""
    gc.disable()
    from blueprint_studio.export import catalogue  # noqa: F401 - model/'s words in French, as the app


def pytest_runtest_teardown(item, nextitem) -> None:
    from blueprint_studio.app.shell.collector import collect_due

    gc.disable()  # a test that turned the collector on does not leave it on for the next ones
    collect_due()


@pytest.fixture(autouse=True, scope="session")
def _one_application(qapp):
    """One QApplication for the whole session, made before any test runs: a command run in this
    process (app/cli main()) would otherwise make a bare QCoreApplication when it runs first, and
    every window test after it would build widgets without a QApplication (a segfault)."""
    return qapp
