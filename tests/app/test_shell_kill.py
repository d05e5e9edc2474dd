"""A process saving in a loop, killed with SIGKILL fifty times at random moments, never leaves an
unreadable file or backup: the atomic save the window uses keeps either the old or the new
version, and the next save removes the temporary files the killed one left."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from blueprint_studio import resources
from blueprint_studio.model.fileformat import load, save

ROOT = Path(__file__).resolve().parents[2]
SAVER = """
import sys
from blueprint_studio.model.fileformat import load, save
target, a, b = sys.argv[1:4]
blueprints = [load(a), load(b)]
save(blueprints[0], target)
print("ready", flush=True)
i = 0
while True:
    i += 1
    save(blueprints[i % 2], target)
"""
KILLS, PARALLEL = 50, 10


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_sigkill_during_saves_never_leaves_an_unreadable_file_or_backup(tmp_path):
    a = resources.template_path("service_blueprint", "en")
    b = resources.template_path("tiered_support", "fr")
    expected = [load(a), load(b)]
    rng = random.Random(5)
    for round_ in range(KILLS // PARALLEL):
        targets = [tmp_path / f"r{round_}_{i}.blueprint.json" for i in range(PARALLEL)]
        for target in targets:
            save(load(a), target, keep_backup=False)
        children = [
            subprocess.Popen(
                [sys.executable, "-c", SAVER, str(t), str(a), str(b)],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                text=True,
            )
            for t in targets
        ]
        for child in children:
            assert child.stdout.readline().strip() == "ready"
        for child in children:
            time.sleep(rng.uniform(0.0, 0.03))
            child.send_signal(signal.SIGKILL)
        for child, target in zip(children, targets):
            child.wait(timeout=30)
            child.stdout.close()
            assert child.returncode == -signal.SIGKILL
            assert load(target) in expected
            assert load(target.with_name(target.name + ".bak")) in expected
    leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    for target in tmp_path.glob("*.blueprint.json"):
        save(expected[0], target)  # the next save of each file cleans up after the kill
        assert load(target.with_name(target.name + ".bak")) in expected
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    print(f"{len(leftovers)} temporary file(s) left by {KILLS} kills, all removed by the next save")
