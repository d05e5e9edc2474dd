"""Benchmark: BPMN 2.0 export and import of processes of N steps in lanes (a chain with a decision
every tenth step), and of every bundled template; prints seconds and file sizes.
Run: .venv/bin/python bench/bpmn.py [--sizes 500 2000 5000]
"""

from __future__ import annotations

import argparse
import time

from blueprint_studio import resources
from blueprint_studio.model.bpmn import read, write
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.schema import (
    Blueprint,
    DecisionNode,
    Edge,
    EndNode,
    IntakeNode,
    Lane,
    Pool,
    StepNode,
)


def process(steps: int) -> Blueprint:
    lanes = [
        Lane(
            id=f"lane{i}",
            kind="frontstage" if i == 0 else "backstage",
            title=f"Level {i + 1}",
            pool=Pool(id=f"pool{i}", agents=3 + i),
        )
        for i in range(4)
    ]
    nodes: list = [IntakeNode(id="start", lane="lane0", x=0, y=40)]
    edges = []
    previous = "start"
    for k in range(steps):
        lane = k * 4 // steps
        key = f"d{k}" if k % 10 == 9 else f"s{k}"
        kind = DecisionNode if key.startswith("d") else StepNode
        nodes.append(kind(id=key, title=f"Task {k}", lane=f"lane{lane}", x=180 + 170 * k, y=160 * lane + 40))
        edges.append(Edge(id=f"f{k}", source=previous, target=key))
        if key.startswith("d"):
            edges.append(Edge(id=f"back{k}", source=key, target=f"s{k - 1}", probability=0.1))
        previous = key
    nodes.append(EndNode(id="end", lane="lane3", x=180 + 170 * steps, y=520))
    edges.append(Edge(id="last", source=previous, target="end"))
    # a decision's forward branch takes the rest of the share
    fixed = []
    for edge in edges:
        if edge.source.startswith("d") and edge.probability is None:
            edge = edge.model_copy(update={"probability": 0.9})
        fixed.append(edge)
    return Blueprint(lanes=lanes, nodes=nodes, edges=fixed)


def measure(name: str, blueprint: Blueprint) -> None:
    start = time.perf_counter()
    data = write(blueprint)
    written = time.perf_counter()
    back, notes = read(data)
    done = time.perf_counter()
    assert [n.id for n in back.nodes] == [n.id for n in blueprint.nodes]
    print(
        f"{name:<28} {len(blueprint.nodes):>6} nodes {len(data) / 1e6:>7.2f} MB  "
        f"export {written - start:>6.2f} s  import {done - written:>6.2f} s  notes {len(notes)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[500, 2000, 5000])
    args = parser.parse_args()
    for name in resources.template_names():
        measure(name, load(resources.template_path(name, "en")))
    for size in args.sizes:
        measure(f"chain of {size} steps", process(size))


if __name__ == "__main__":
    main()
