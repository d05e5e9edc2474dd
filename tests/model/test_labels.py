"""Edge labels without Qt (`model.labels`): captions wrap at word boundaries to two lines a part and
are cut only when they still do not fit; a label goes to the first free place along its edge,
clear of every node and of the labels placed before it; `model.drawcheck.label_overlaps`."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from blueprint_studio.model import labels
from blueprint_studio.model.drawcheck import LabelOverlap, label_overlaps
from blueprint_studio.model.geometry import Rect


def measure(text: str) -> float:
    return 5.0 * len(text)  # a monospaced font, five units a character


def nothing(region: Rect) -> list[Rect]:
    return []


def fixed(*rects: Rect):
    return lambda region: [r for r in rects if r.intersects(region)]


def test_a_long_rule_wraps_to_two_lines_at_word_boundaries_and_keeps_every_word():
    lines, cut = labels.wrap("Priority: P1 or P2 and category: feature", measure, 110)
    # balanced: the longer line as short as can be (not "Priority: P1 or P2 and" / "category: feature")
    assert lines == ("Priority: P1 or P2", "and category: feature") and not cut
    assert max(measure(line) for line in lines) == 105


def test_only_text_that_does_not_fit_two_lines_ends_with_an_ellipsis_on_the_second():
    lines, cut = labels.wrap("one two three four five six seven eight", measure, 60)
    assert cut and len(lines) == 2
    assert lines[0] == "one two" and lines[1].endswith(labels.ELLIPSIS)
    assert measure(lines[1]) <= 60
    assert lines[1].removesuffix(labels.ELLIPSIS).split() == ["three", "four"]  # whole words


def test_a_no_break_space_keeps_words_together():
    text = "Priorité\u00a0: P1 ou P2"
    lines, _ = labels.wrap(text, measure, 60)
    assert lines[0] == "Priorité\u00a0:"  # never "Priorité" alone with « : » on the next line


def test_a_line_break_typed_in_a_label_is_a_space_there():
    assert labels.wrap("Escalate\nnow", measure, 200) == (("Escalate now",), False)


def test_caption_parts_wrap_each_on_their_own():
    caption = labels.caption_lines(["Escalate", "", "Priority: P1 or P2"], measure, 55)
    assert caption.parts == (("Escalate",), ("Priority:", "P1 or P2"))
    assert caption.text == "Escalate\nPriority:\nP1 or P2" and not caption.cut


def test_the_middle_of_the_longest_segment_first_and_on_the_line_when_it_is_long_enough():
    placed = labels.place([(0, 0), (0, 40), (300, 40)], (60, 14), nothing, nothing)
    assert placed.overlap == 0
    assert (placed.rect.cx, placed.rect.cy) == (150, 40)


def test_a_label_leaves_a_node_that_is_not_one_of_its_ends():
    route = [(0, 0), (300, 0)]
    blocker = Rect(100, -30, 100, 60)  # some other node across the middle of the line
    placed = labels.place(route, (60, 14), fixed(blocker), nothing)
    assert placed.overlap == 0
    assert labels.area(placed.rect, blocker) == 0
    assert 0 <= placed.rect.cx <= 300  # still along its own edge


def test_a_label_keeps_clear_of_labels_placed_before_it():
    route = [(0, 0), (300, 0)]
    first = labels.place(route, (60, 14), nothing, nothing).rect
    second = labels.place(route, (60, 14), nothing, fixed(first))
    assert second.overlap == 0 and labels.area(second.rect, first) == 0


def test_with_no_free_place_the_least_covered_nearest_the_middle():
    route = [(0, 0), (100, 0)]
    wall = Rect(-1000, -1000, 2000, 2000)  # covers every place
    hole = labels.place(route, (40, 10), fixed(wall), nothing)
    assert hole.overlap > 0
    assert (hole.rect.cx, hole.rect.cy) == (50, 0)  # all cover the same: the one in the middle


def test_between_two_tall_nodes_close_together_the_label_goes_past_them():
    a, b = Rect(0, 0, 120, 80), Rect(175, 0, 120, 80)
    placed = labels.place([(120, 40), (175, 40)], (110, 28), fixed(a, b), nothing)
    assert placed.overlap == 0 and labels.area(placed.rect, a) == labels.area(placed.rect, b) == 0


def test_a_label_standing_away_from_its_edge_gets_a_line_to_it_and_one_beside_it_none():
    a, b = Rect(0, 0, 120, 80), Rect(175, 0, 120, 80)
    route = [(120.0, 40.0), (175.0, 40.0)]
    far = labels.place(route, (110, 28), fixed(a, b), nothing).rect
    box_end, edge_end = labels.leader(route, far)
    assert edge_end[1] == 40 and 120 <= edge_end[0] <= 175  # on the edge, between the nodes
    assert box_end[1] in (far.y, far.bottom) and far.x <= box_end[0] <= far.right  # on the box
    assert box_end[0] == edge_end[0]  # straight up or down
    beside = labels.place([(0, 0), (300, 0)], (60, 14), fixed(Rect(100, -30, 100, 60)), nothing).rect
    assert labels.leader([(0, 0), (300, 0)], beside) is None


def test_a_label_keeps_off_another_edge_line_when_a_place_nearby_is_free_of_it():
    route = [(0.0, 0.0), (300.0, 0.0)]
    lines = labels.Lines()
    lines.put("mine", route)
    lines.put("other", [(150.0, -100.0), (150.0, 100.0)])  # crosses the middle of the route
    placed = labels.place(route, (60, 14), nothing, nothing, None, lines.besides("mine"))
    assert placed.overlap == 0
    assert not labels.area(placed.rect, Rect(148.5, -100, 3, 200))  # off the other line
    assert (placed.rect.cx, placed.rect.cy) == (90, 0)  # on its own line, at 0.3 of it
    alone = labels.place(route, (60, 14), nothing, nothing)
    assert (alone.rect.cx, alone.rect.cy) == (150, 0)  # without lines: the middle


def test_a_label_hides_a_line_rather_than_going_far_from_its_edge():
    route = [(0.0, 0.0), (300.0, 0.0)]
    lines = labels.Lines()
    lines.put("fence", [(-10.0, -40.0), (310.0, -40.0), (310.0, 40.0), (-10.0, 40.0), (-10.0, -40.0)])
    for x in range(0, 301, 20):  # lines across the route everywhere
        lines.put(f"across {x}", [(float(x), -30.0), (float(x), 30.0)])
    placed = labels.place(route, (60, 14), nothing, nothing, None, lines.besides("mine"))
    assert placed.overlap == 0 and (placed.rect.cx, placed.rect.cy) == (150, 0)  # the first free


def test_paper_labels_stay_inside_the_bounds():
    bounds = Rect(-10, -10, 320, 30)
    placed = labels.place([(0, 0), (300, 0)], (60, 14), fixed(Rect(100, -30, 100, 60)), nothing, bounds)
    r = placed.rect
    assert placed.overlap == 0 and bounds.x <= r.x and r.right <= bounds.right
    assert bounds.y <= r.y and r.bottom <= bounds.bottom


coordinate = st.integers(-400, 400).map(float)


@st.composite
def routes(draw):
    """Orthogonal polylines of one to four segments."""
    x, y = draw(coordinate), draw(coordinate)
    points = [(x, y)]
    for k in range(draw(st.integers(1, 4))):
        step = draw(st.integers(-300, 300).filter(lambda v: abs(v) >= 5)).__float__()
        x, y = (x + step, y) if k % 2 == 0 else (x, y + step)
        points.append((x, y))
    return points


rects = st.builds(
    Rect, coordinate, coordinate, st.integers(10, 200).map(float), st.integers(10, 120).map(float)
)


@settings(max_examples=300, deadline=None)
@given(routes(), st.lists(rects, max_size=8), st.lists(rects, max_size=4))
def test_a_free_candidate_is_chosen_whenever_one_exists(route, nodes, others):
    size = (60.0, 14.0)
    placed = labels.place(route, size, fixed(*nodes), fixed(*others))
    grown = [
        Rect(n.x - labels.CLEAR, n.y - labels.CLEAR, n.w + 2 * labels.CLEAR, n.h + 2 * labels.CLEAR)
        for n in nodes
    ]

    def free(rect: Rect) -> bool:
        return all(labels.area(rect, r) == 0 for r in [*grown, *others])

    choices = labels.candidates(route, *size)
    if any(free(c) for c in choices):
        assert placed.overlap == 0 and free(placed.rect)
        assert placed.rect == next(c for c in choices if free(c))  # the best of the free ones
    else:
        assert placed.overlap > 0 and placed.rect in choices


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(routes(), st.integers(20, 120), st.integers(10, 30)), min_size=1, max_size=12))
def test_placing_a_whole_drawing_leaves_no_two_labels_on_each_other_when_each_found_a_free_place(edges):
    placed = labels.place_all(
        ((str(k), route, (float(w), float(h))) for k, (route, w, h) in enumerate(edges)), []
    )
    free = {k: p.rect for k, p in placed.items() if p.overlap == 0}
    assert len(placed) == len(edges)
    assert [f for f in label_overlaps({}, free) if not f.on_node] == []


def test_label_overlaps_names_label_on_label_and_label_on_node_and_ignores_touching():
    nodes = {"step": Rect(0, 0, 100, 50)}
    boxes = {"e1": Rect(90, 40, 40, 20), "e2": Rect(120, 50, 40, 20), "e3": Rect(100, 0, 30, 10)}
    assert label_overlaps(nodes, boxes) == [
        LabelOverlap("e1", "step", True, 100.0),
        LabelOverlap("e1", "e2", False, 100.0),
    ]
