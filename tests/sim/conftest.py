"""Simulator tests: one process pool shared by the statistical tests, and the `slow` marker
(deselect those with `-m "not slow"`)."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: a statistical test that runs replications (seconds)")


@pytest.fixture(scope="session")
def sim_executor():
    """Spawned workers (as the engine's default pool), started once for every replicated test."""
    workers = max(2, min(4, os.cpu_count() or 1))
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield pool
