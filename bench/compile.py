"""Benchmark: load, validate and compile generated blueprints of 1,000, 5,000 and 20,000 nodes.

Target (issue 2): a 5,000-node document loads, validates and compiles in under 0.5 s.
Run: .venv/bin/python bench/compile.py [--sizes 1000 5000 20000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from blueprint_studio.model.compiler import compile_blueprint  # noqa: E402
from blueprint_studio.model.fileformat import dumps, load  # noqa: E402
from blueprint_studio.model.schema import (
    Blueprint,
    Calendar,
    DecisionNode,
    Edge,
    EndNode,
    EvidenceNode,
    Exponential,
    IntakeNode,
    Lane,
    Meta,
    OpeningHours,
    Pool,
    SatisfactionNode,
    Shift,
    SlaPolicy,
    StepNode,
    TicketField,
)

LANES = ["customer", "frontstage", "backstage", "support", "evidence"]


def generate(n_nodes: int) -> Blueprint:
    """A tiered help desk: blocks of (decision, P1 step, other step, join step) in a chain,
    with escalation limits, evidence tied by associations, and a satisfaction loop at the end."""
    lanes = [
        Lane(
            id=f"lane_{k}",
            kind=k,
            title=k.title(),
            height=400,
            pool=Pool(
                id=f"pool_{k}",
                agents=6,
                cost_per_hour=35,
                shifts=[
                    Shift(days=[0, 1, 2, 3, 4], start=8, end=18, agents=6),
                    Shift(days=[5, 6], start=9, end=17, agents=2),
                ],
            )
            if k in ("frontstage", "backstage", "support")
            else None,
        )
        for k in LANES
    ]
    nodes: list = [
        IntakeNode(id=f"in_{c}", channel=c, rate_per_hour=3, lane="lane_customer", set_fields={"channel": c})
        for c in ("email", "phone", "chat", "portal")
    ]
    edges: list = []
    first = "d_0"
    for c in ("email", "phone", "chat", "portal"):
        edges.append(Edge(id=f"e_in_{c}", source=f"in_{c}", target=first))
    blocks = max(1, (n_nodes - 8) // 5)
    for k in range(blocks):
        lane = ("lane_frontstage", "lane_backstage", "lane_support")[k % 3]
        nxt = f"d_{k + 1}" if k + 1 < blocks else "survey"
        nodes += [
            DecisionNode(id=f"d_{k}", x=k * 400, y=50, lane="lane_frontstage"),
            StepNode(
                id=f"a_{k}",
                x=k * 400 + 100,
                y=850,
                lane=lane,
                duration=Exponential(mean=12),
                time_limit=120,
                escalate_to=f"c_{k}",
                template_response="Bonjour, …",
            ),
            StepNode(
                id=f"b_{k}",
                x=k * 400 + 100,
                y=950,
                lane=lane,
                duration=Exponential(mean=8),
                mandatory_fields=["category"],
            ),
            StepNode(id=f"c_{k}", x=k * 400 + 250, y=900, lane=lane, duration=Exponential(mean=5)),
            EvidenceNode(id=f"ev_{k}", x=k * 400 + 250, y=1700, lane="lane_evidence"),
        ]
        edges += [
            Edge(
                id=f"ea_{k}",
                source=f"d_{k}",
                target=f"a_{k}",
                condition='priority in ("P1", "P2") and channel != "phone"',
                before='not vip or category == "support"',
            ),
            Edge(id=f"eb_{k}", source=f"d_{k}", target=f"b_{k}", default=True),
            Edge(id=f"eac_{k}", source=f"a_{k}", target=f"c_{k}"),
            Edge(id=f"ebc_{k}", source=f"b_{k}", target=f"c_{k}"),
            Edge(id=f"ecn_{k}", source=f"c_{k}", target=nxt),
            Edge(id=f"ev_{k}_assoc", kind="association", source=f"ev_{k}", target=f"c_{k}"),
        ]
    nodes += [
        SatisfactionNode(id="survey", lane="lane_frontstage", y=100),
        EndNode(id="closed", lane="lane_frontstage", y=200),
    ]
    edges += [
        Edge(id="e_ok", source="survey", target="closed", default=True),
        Edge(id="e_reopen", source="survey", target=f"c_{blocks - 1}", condition="not satisfied"),
    ]
    fields = [
        TicketField(name="category", values=["support", "feature"], weights=[8, 2]),
        TicketField(name="priority", values=["P1", "P2", "P3", "P4"], weights=[5, 20, 50, 25]),
        TicketField(name="channel", values=["email", "phone", "chat", "portal"]),
        TicketField(name="vip", type="boolean", p_true=0.1),
    ]
    sla = [
        SlaPolicy(id="sla_p1", when='priority == "P1"', first_response=30, resolution=240),
        SlaPolicy(id="sla_rest", resolution=2880, business_hours=True, calendar="office"),
    ]
    office = Calendar(id="office", name="Office", hours=[OpeningHours(days=[0, 1, 2, 3, 4], start=8, end=18)])
    return Blueprint(
        meta=Meta(title=f"Generated {n_nodes}"),
        fields=fields,
        lanes=lanes,
        nodes=nodes,
        edges=edges,
        sla=sla,
        calendars=[office],
    )


def measure(path: Path, repeat: int) -> dict[str, float]:
    load_t, validate_t, total_t = [], [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        bp = load(path)
        t1 = time.perf_counter()
        result = compile_blueprint(bp)  # validates, then builds the flow model
        t2 = time.perf_counter()
        assert result.ok, [d.code for d in result.errors][:5]
        load_t.append(t1 - t0)
        total_t.append(t2 - t0)
        validate_t.append(t2 - t1)
    return {
        "load": statistics.median(load_t),
        "validate+compile": statistics.median(validate_t),
        "total": statistics.median(total_t),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"{'nodes':>7} {'edges':>7} {'file KB':>8} {'load s':>8} {'validate+compile s':>19} {'total s':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            bp = generate(size)
            path = Path(folder) / f"gen_{size}.blueprint.json"
            path.write_bytes(dumps(bp))
            times = measure(path, args.repeat)
            print(
                f"{len(bp.nodes):>7} {len(bp.edges):>7} {path.stat().st_size // 1024:>8} "
                f"{times['load']:>8.3f} {times['validate+compile']:>19.3f} {times['total']:>8.3f}"
            )
    print("target: 5,000 nodes in < 0.500 s total (median of runs)")


if __name__ == "__main__":
    main()
