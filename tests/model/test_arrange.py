"""model.arrange on random drawings (hypothesis: random lanes, stages, nodes inside and outside
the lanes, flow edges with loops, notes tied to steps): the arranged drawing has no overlapping
nodes, every node wholly inside its lane with a margin (lanes grown when needed, never shrunk),
every node in its stage, edges outside loops left to right; the same drawing gives the same result."""

from __future__ import annotations

from itertools import combinations

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blueprint_studio.model import router
from blueprint_studio.model.arrange import acyclic_flow, arrange
from blueprint_studio.model.geometry import Rect
from blueprint_studio.model.layout import band_at, lane_bands, nearest_band, stage_bands
from blueprint_studio.model.schema import (
    Blueprint,
    DecisionNode,
    Edge,
    EndNode,
    EvidenceNode,
    IntakeNode,
    Lane,
    NoteNode,
    Stage,
    StepNode,
)

MARGIN = 10.0
KINDS = {"intake": IntakeNode, "step": StepNode, "decision": DecisionNode, "end": EndNode}


@st.composite
def drawings(draw) -> Blueprint:
    lanes = [
        Lane(id=f"lane{k}", height=draw(st.sampled_from([40.0, 100.0, 160.0, 300.0])))
        for k in range(draw(st.integers(0, 4)))
    ]
    stages = [
        Stage(id=f"stage{k}", width=draw(st.sampled_from([100.0, 320.0, 800.0])))
        for k in range(draw(st.integers(0, 3)))
    ]
    count = draw(st.integers(1, 18))
    nodes = []
    for k in range(count):
        kind = draw(st.sampled_from(["intake", "step", "step", "decision", "end"]))
        lane = draw(st.sampled_from([None] + [lane.id for lane in lanes]))
        nodes.append(
            KINDS[kind](
                id=f"n{k}",
                lane=lane,
                x=draw(st.floats(-200, 2500, allow_nan=False)),
                y=draw(st.floats(-200, 1200, allow_nan=False)),
                width=draw(st.sampled_from([60.0, 100.0, 140.0])),
                height=draw(st.sampled_from([40.0, 70.0, 80.0])),
            )
        )
    notes = draw(st.integers(0, 3))
    for k in range(notes):
        cls = EvidenceNode if k % 2 else NoteNode
        nodes.append(cls(id=f"a{k}", x=draw(st.floats(0, 2000)), y=draw(st.floats(0, 900))))
    ends = st.tuples(st.integers(0, count - 1), st.integers(0, count - 1))
    pairs = draw(st.lists(ends, max_size=3 * count))
    edges = [Edge(id=f"e{k}", source=f"n{a}", target=f"n{b}") for k, (a, b) in enumerate(pairs)]
    for k in range(notes):
        if draw(st.booleans()):
            edges.append(Edge(id=f"t{k}", kind="association", source=f"a{k}", target=f"n{k % count}"))
    return Blueprint(lanes=lanes, stages=stages, nodes=nodes, edges=edges)


def applied(bp: Blueprint, result) -> Blueprint:
    lanes = [b.model_copy(update={"height": result.lane_heights.get(b.id, b.height)}) for b in bp.lanes]
    stages = [s.model_copy(update={"width": result.stage_widths.get(s.id, s.width)}) for s in bp.stages]
    nodes = [
        n.model_copy(update={"x": result.positions[n.id][0], "y": result.positions[n.id][1]})
        for n in bp.nodes
    ]
    return bp.model_copy(update={"lanes": lanes, "stages": stages, "nodes": nodes})


def stage_index(bp: Blueprint) -> dict[str, int]:
    bands = stage_bands(bp.stages)
    index = {b.id: k for k, b in enumerate(bands)}
    found = {}
    for n in bp.nodes:
        centre = n.x + n.width / 2
        band = band_at(bands, centre) or nearest_band(bands, centre)
        found[n.id] = index[band.id] if band else 0
    return found


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawings())
def test_arranged_drawing_keeps_its_invariants(bp: Blueprint) -> None:
    result = arrange(bp)
    assert set(result.positions) == {n.id for n in bp.nodes}
    after = applied(bp, result)
    for lane in bp.lanes:  # lanes only grow
        assert result.lane_heights.get(lane.id, lane.height) >= lane.height
    for stage in bp.stages:
        assert result.stage_widths.get(stage.id, stage.width) >= stage.width
    rects = [(n.id, n.x, n.y, n.x + n.width, n.y + n.height) for n in after.nodes]
    for (a, *r), (b, *s) in combinations(rects, 2):
        assert min(r[2], s[2]) <= max(r[0], s[0]) or min(r[3], s[3]) <= max(r[1], s[1]), (a, b)
    if bp.lanes:
        old, new = lane_bands(bp.lanes), {b.id: b for b in lane_bands(after.lanes)}
        for n, m in zip(bp.nodes, after.nodes):
            lane = n.lane if n.lane in new else nearest_band(old, n.y + n.height / 2).id
            assert result.lanes[n.id] == lane
            band = new[lane]
            assert band.start + MARGIN <= m.y and m.y + m.height <= band.end - MARGIN, n.id
    assert stage_index(after) == stage_index(bp)
    flow = nx.DiGraph()
    flow.add_nodes_from(n.id for n in bp.nodes)
    flow.add_edges_from((e.source, e.target) for e in bp.edges if e.kind == "flow")
    loop = {k: i for i, part in enumerate(nx.strongly_connected_components(flow)) for k in part}
    stage, at = stage_index(bp), {n.id: n for n in after.nodes}
    for e in bp.edges:
        if e.kind == "flow" and loop[e.source] != loop[e.target] and stage[e.source] <= stage[e.target]:
            a, b = at[e.source], at[e.target]
            assert a.x + a.width / 2 < b.x + b.width / 2, (e.source, e.target)
    rects = {n.id: Rect(n.x, n.y, n.width, n.height) for n in after.nodes}
    near = router.index(rects.values())
    for e in bp.edges:  # a loop drawn around the flow passes through no node
        if e.id in result.waypoints:
            a, b = rects[e.source], rects[e.target]
            assert not router.crossed(router.route(a, b, near, result.waypoints[e.id]), a, b, near)
    assert arrange(bp) == result


@settings(max_examples=100, deadline=None)
@given(drawings())
def test_loops_are_reversed_into_an_acyclic_flow(bp: Blueprint) -> None:
    dag = acyclic_flow(bp, stage_index(bp))
    assert nx.is_directed_acyclic_graph(dag)
    stage = stage_index(bp)
    flows = {(e.source, e.target) for e in bp.edges if e.kind == "flow" and e.source != e.target}
    for s, t in flows:  # every edge is there, in its direction or reversed
        assert dag.has_edge(s, t) or dag.has_edge(t, s)
    for s, t in dag.edges:
        assert stage[s] <= stage[t]


def test_a_loop_drawn_back_stays_a_back_edge() -> None:
    """Satisfaction re-opens to the step drawn left of it: that edge is the one reversed."""
    nodes = [
        IntakeNode(id="in", x=0, y=0),
        StepNode(id="work", x=200, y=0),
        StepNode(id="survey", x=400, y=0),
        EndNode(id="done", x=600, y=0),
    ]
    edges = [
        Edge(id="e1", source="in", target="work"),
        Edge(id="e2", source="work", target="survey"),
        Edge(id="e3", source="survey", target="work"),
        Edge(id="e4", source="survey", target="done"),
    ]
    result = arrange(Blueprint(nodes=nodes, edges=edges))
    xs = [result.positions[k][0] for k in ("in", "work", "survey", "done")]
    assert xs == sorted(xs) and len(set(xs)) == 4


def two_branches(first_on_top: bool) -> Blueprint:
    """A decision with two branches of two steps each, drawn by the user one above the other."""
    top, bottom = (0.0, 300.0) if first_on_top else (300.0, 0.0)
    nodes = [
        IntakeNode(id="in", x=0, y=150),
        DecisionNode(id="dec", x=200, y=150),
        StepNode(id="a1", x=400, y=top),
        StepNode(id="a2", x=600, y=top),
        StepNode(id="b1", x=400, y=bottom),
        StepNode(id="b2", x=600, y=bottom),
        EndNode(id="done", x=800, y=150),
    ]
    pairs = [
        ("in", "dec"),
        ("dec", "a1"),
        ("a1", "a2"),
        ("dec", "b1"),
        ("b1", "b2"),
        ("a2", "done"),
        ("b2", "done"),
    ]
    edges = [Edge(id=f"e{k}", source=s, target=t) for k, (s, t) in enumerate(pairs)]
    return Blueprint(nodes=nodes, edges=edges)


def test_the_users_order_is_kept_where_nothing_is_gained() -> None:
    for first_on_top in (True, False):
        result = arrange(two_branches(first_on_top)).positions
        a_above = result["a1"][1] < result["b1"][1] and result["a2"][1] < result["b2"][1]
        assert a_above == first_on_top
        assert result["a1"][1] == result["a2"][1] and result["b1"][1] == result["b2"][1]  # straight lines
