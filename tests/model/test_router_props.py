"""The router and the port pass on random drawings (hypothesis): nodes are non-overlapping
rectangles, edges join random pairs. A route found goes around every node, is orthogonal, starts
and ends on its own nodes' borders; no two arrowheads land on one point; the ends sharing a side
of a node are spread along it in an order that does not make them cross near the node."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blueprint_studio.model import drawcheck, geometry, ports, router
from blueprint_studio.model.geometry import Rect

CELL = 240.0


@st.composite
def drawings(draw):
    """Up to 12 nodes, one per cell of a 4 x 3 grid (so they never overlap), and 1-16 edges."""
    grid = st.tuples(st.integers(0, 3), st.integers(0, 2))
    cells = draw(st.lists(grid, min_size=2, max_size=12, unique=True))
    nodes = {}
    for number, (i, j) in enumerate(cells):
        w = draw(st.integers(40, 150))
        h = draw(st.integers(30, 100))
        dx = draw(st.integers(0, int(CELL - 60 - w)))
        dy = draw(st.integers(0, int(CELL - 60 - h)))
        nodes[f"n{number}"] = Rect(i * CELL + dx, j * CELL + dy, float(w), float(h))
    keys = sorted(nodes)
    pairs = st.tuples(st.sampled_from(keys), st.sampled_from(keys)).filter(lambda p: p[0] != p[1])
    edges = draw(st.lists(pairs, min_size=1, max_size=16))
    return nodes, {f"e{k}": pair for k, pair in enumerate(edges)}


def settled(nodes, edges):
    near = router.index(nodes.values())
    own = {key: router.plan(nodes[s], nodes[t], near) for key, (s, t) in edges.items()}
    routes = ports.settle_all([(key, s, t, own[key][0], ()) for key, (s, t) in edges.items()], nodes, near)
    return own, routes


def on_border(rect: Rect, point) -> bool:
    x, y = point
    inside = rect.x - 1e-6 <= x <= rect.right + 1e-6 and rect.y - 1e-6 <= y <= rect.bottom + 1e-6
    edge = min(abs(x - rect.x), abs(x - rect.right), abs(y - rect.y), abs(y - rect.bottom)) < 1e-6
    return inside and edge


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawings())
def test_routes_go_around_nodes_orthogonally_from_border_to_border(drawing):
    nodes, edges = drawing
    own, routes = settled(nodes, edges)
    near = router.index(nodes.values())
    assert set(routes) == set(edges)
    crossing = {fault.edge for fault in drawcheck.node_crossings(nodes, routes, edges)}
    for key, (source, target) in edges.items():
        points = routes[key]
        for (x1, y1), (x2, y2) in zip(points, points[1:]):  # a plain line may be out by < 1 unit
            assert abs(x1 - x2) < 1 or abs(y1 - y2) < 1, (key, points)
        assert on_border(nodes[source], points[0]), (key, points)
        assert on_border(nodes[target], points[-1]), (key, points)
        plain_crosses = router.crossed(own[key][0], nodes[source], nodes[target], near)
        if own[key][1] or not plain_crosses:  # the router found a way: spreading keeps it clear
            assert key not in crossing, (key, points)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawings())
def test_no_two_arrowheads_land_on_one_point(drawing):
    nodes, edges = drawing
    _own, routes = settled(nodes, edges)
    assert drawcheck.arrow_clashes(routes) == []
    assert drawcheck.shared_ends(routes) == []


def test_ends_on_one_side_are_spread_in_the_order_of_their_turns():
    """Three edges into the left side of T: from above, level and below. The one from above
    arrives highest, the one from below lowest, clear of the corners; none cross near T."""
    nodes = {
        "up": Rect(0, 0, 100, 50),
        "mid": Rect(0, 200, 100, 50),
        "down": Rect(0, 400, 100, 50),
        "t": Rect(300, 190, 120, 70),
    }
    edges = {"a": ("up", "t"), "b": ("mid", "t"), "c": ("down", "t")}
    _own, routes = settled(nodes, edges)
    ys = [routes[key][-1][1] for key in ("a", "b", "c")]
    assert ys[0] < ys[1] < ys[2]
    assert all(routes[key][-1][0] == 300 for key in edges)
    assert min(ys) >= 190 + ports.CORNER and max(ys) <= 260 - ports.CORNER
    assert drawcheck.arrow_clashes(routes) == []
    assert drawcheck.shared_trunks(routes) == []


def test_a_shared_trunk_is_split_where_no_node_is_in_the_way():
    """Two edges from one node to two nodes side by side far right run along one line at first;
    nudged, they run a few units apart."""
    nodes = {"s": Rect(0, 0, 100, 60), "t1": Rect(400, 200, 100, 60), "t2": Rect(400, 320, 100, 60)}
    base = {key: router.route(nodes["s"], nodes[t]) for key, t in (("a", "t1"), ("b", "t2"))}
    assert drawcheck.shared_trunks(base)  # both go down the same middle line
    _own, routes = settled(nodes, {"a": ("s", "t1"), "b": ("s", "t2")})
    assert drawcheck.shared_trunks(routes) == []
    assert drawcheck.shared_ends(routes) == []


def test_the_checks_find_what_they_look_for():
    nodes = {"a": Rect(0, 0, 50, 50), "b": Rect(200, 0, 50, 50), "m": Rect(100, 0, 50, 50)}
    routes = {
        "x": [(50.0, 25.0), (200.0, 25.0)],
        "y": [(25.0, 50.0), (25.0, 80.0), (225.0, 80.0), (200.0, 25.0)],
    }
    assert drawcheck.node_crossings(nodes, routes, {"x": ("a", "b"), "y": ("a", "b")}) == [
        drawcheck.NodeCrossing("x", "m")
    ]
    clashes = drawcheck.arrow_clashes(routes)
    assert [(c.first, c.second) for c in clashes] == [("x", "y")]
    assert drawcheck.arrow_clashes({"x": [(0.0, 0.0), (10.0, 0.0)], "y": [(0.0, 5.0), (10.0, 1.5)]}) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawings(), st.randoms(use_true_random=False))
def test_settling_edge_by_edge_gives_what_settling_all_at_once_gives(drawing, rnd):
    """The canvas puts, drops and puts again edges one at a time (settling after each), the PDF
    settles them all at once: the same drawing either way, so screen and paper agree."""
    nodes, edges = drawing
    near = router.index(nodes.values())
    own = {key: router.route(nodes[s], nodes[t], near) for key, (s, t) in edges.items()}
    routes = ports.RouteSet(near)
    order = list(edges) + rnd.sample(list(edges), k=min(3, len(edges)))
    rnd.shuffle(order)
    for key in order:
        source, target = edges[key]
        routes.put(key, source, target, nodes[source], nodes[target], own[key])
        routes.settle()
        if rnd.random() < 0.3:
            routes.drop(key)
            routes.settle()
    gone = set(rnd.sample(list(edges), k=len(edges) // 3))  # deleted for good
    for key in edges:  # the others dropped on the way come back
        source, target = edges[key]
        if key in gone:
            routes.drop(key)
        elif key not in routes:
            routes.put(key, source, target, nodes[source], nodes[target], own[key])
    routes.settle()
    kept = [(key, s, t, own[key], ()) for key, (s, t) in edges.items() if key not in gone]
    assert routes.routes == ports.settle_all(kept, nodes, near)


def _no_hook(points) -> bool:
    """No segment goes back over the one before it (a route that overshoots and returns)."""
    for (x0, y0), (x1, y1), (x2, y2) in zip(points, points[1:], points[2:]):
        if abs(y0 - y1) < 1e-6 and abs(y1 - y2) < 1e-6 and (x1 - x0) * (x2 - x1) < 0:
            return False
        if abs(x0 - x1) < 1e-6 and abs(x1 - x2) < 1e-6 and (y1 - y0) * (y2 - y1) < 0:
            return False
    return True


@given(
    st.floats(min_value=-500, max_value=500, allow_nan=False),
    st.floats(min_value=20, max_value=120, allow_nan=False),
)
def test_a_bend_placed_over_a_node_side_goes_straight_into_it(dx, above):
    """A hand-placed bend above a node's top side (clear of its corners) leads straight down into
    it at the bend's x: no hook to the side's middle and back (the service blueprint's "Le client
    répond" made one), and the end stays on the side."""
    a, b = Rect(0, 0, 140, 70), Rect(600, 300, 140, 70)
    bend = (b.x + 70 + dx / 5, b.y - above)
    route = geometry.orthogonal_route(a, b, [(b.x - 200, bend[1]), bend])
    assert _no_hook(route)
    end = route[-1]
    if b.x <= bend[0] <= b.right:  # over the top side: straight down into it at the bend's x
        assert end == (bend[0], b.y) and route[-2] == bend
