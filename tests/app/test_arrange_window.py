"""Arrange automatically, driven in the main window on every bundled template in both languages:
Insert › Arrange › Arrange automatically (and Ctrl+Shift+L on the canvas) gives a drawing with no
overlapping nodes, every node inside its lane with a margin and in its stage, the flow left to
right, no more edge crossings nor edges through nodes than the template's own drawing (printed);
Edit › Undo gives back the exact document, and the saved file holds the new places."""

from __future__ import annotations

import shutil
from itertools import combinations

import networkx as nx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio import resources
from blueprint_studio.app.shell import actions as ids
from blueprint_studio.canvas.actions import AUTO_LAYOUT
from blueprint_studio.export.layout import layout
from blueprint_studio.model import router
from blueprint_studio.model.fileformat import dumps, load
from blueprint_studio.model.geometry import Rect
from blueprint_studio.model.layout import band_at, lane_bands, nearest_band, stage_bands

TEMPLATES = ("helpdesk_flow", "service_blueprint", "ticket_states", "tiered_support")
MARGIN = 10.0  # the least room between a node and its lane's boundaries


def _kind(p, q) -> str:
    return "h" if abs(p[1] - q[1]) < 1e-6 else "v" if abs(p[0] - q[0]) < 1e-6 else "d"


def _cut(s, t) -> bool:
    """Whether a horizontal and a vertical segment cross at a point inside both."""
    if {_kind(*s), _kind(*t)} != {"h", "v"}:
        return False
    (a, b), (c, d) = (s, t) if _kind(*s) == "h" else (t, s)
    return min(a[0], b[0]) < c[0] < max(a[0], b[0]) and min(c[1], d[1]) < a[1] < max(c[1], d[1])


def figures(bp, drawn: bool = False) -> tuple[int, int]:
    """(edge crossings, edges through a node other than their ends): of each edge's own route
    around the nodes (`model.router`), or with `drawn` of the routes as drawn (ends spread)."""
    nodes = {n.id: Rect(n.x, n.y, n.width, n.height) for n in bp.nodes}
    if drawn:
        routes = layout(bp).routes
    else:
        near = router.index(nodes.values())
        routes = {e.id: router.route(nodes[e.source], nodes[e.target], near, e.waypoints) for e in bp.edges}
    ends = {e.id: (e.source, e.target) for e in bp.edges}
    through = sum(
        1
        for key, points in routes.items()
        for node, rect in nodes.items()
        if node not in ends[key] and router.crosses(points, rect)
    )
    crossings = sum(
        1
        for (_, p), (_, q) in combinations(routes.items(), 2)
        for s in zip(p, p[1:])
        for t in zip(q, q[1:])
        if _cut(s, t)
    )
    return crossings, through


def stage_of(bp) -> dict[str, str | None]:
    bands = stage_bands(bp.stages)
    result = {}
    for n in bp.nodes:
        centre = n.x + n.width / 2
        band = band_at(bands, centre) or nearest_band(bands, centre)
        result[n.id] = band.id if band else None
    return result


def check_drawing(before, after) -> None:
    """The invariants of an arranged drawing (`before` is the document it was arranged from)."""
    rects = {n.id: (n.x, n.y, n.x + n.width, n.y + n.height) for n in after.nodes}
    for (a, r), (b, s) in combinations(rects.items(), 2):
        assert min(r[2], s[2]) <= max(r[0], s[0]) or min(r[3], s[3]) <= max(r[1], s[1]), (a, b)
    bands = {b.id: b for b in lane_bands(after.lanes)}
    for n in after.nodes:
        if bands:
            band = bands[n.lane]
            assert band.start + MARGIN <= n.y and n.y + n.height <= band.end - MARGIN, (n.id, n.lane)
    assert stage_of(after) == stage_of(before)
    if not before.lanes:
        assert all(n.lane == m.lane for n, m in zip(before.nodes, after.nodes))
    else:  # a node keeps its lane (one outside every lane joins the nearest)
        old = lane_bands(before.lanes)
        for n, m in zip(before.nodes, after.nodes):
            expected = n.lane if n.lane in bands else nearest_band(old, n.y + n.height / 2).id
            assert m.lane == expected, n.id
    graph = nx.DiGraph((e.source, e.target) for e in before.edges if e.kind == "flow")
    loop = {k: i for i, part in enumerate(nx.strongly_connected_components(graph)) for k in part}
    old_stage, at = stage_of(before), {n.id: n for n in after.nodes}
    order = {s.id: k for k, s in enumerate(before.stages)}
    for e in before.edges:
        if e.kind != "flow" or loop[e.source] == loop[e.target]:
            continue  # an edge of a loop may go back
        if order.get(old_stage[e.source], 0) > order.get(old_stage[e.target], 0):
            continue  # to an earlier stage: both ends keep their stages
        a, b = at[e.source], at[e.target]
        assert a.x + a.width / 2 < b.x + b.width / 2, (e.source, e.target)


def open_template(make_window, tmp_path, name: str, language: str):
    path = tmp_path / f"{name}.{language}.blueprint.json"
    shutil.copyfile(resources.template_path(name, language), path)
    window = make_window([path])
    return window, window.current_tab()


def trigger(window, tab, key: str) -> None:
    action = tab.view.findChild(QAction, key) or window.findChild(QAction, key)
    assert action is not None and action.isEnabled(), key
    action.trigger()


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("name", TEMPLATES)
def test_arrange_every_template_from_the_menu(make_window, answers, tmp_path, name, language):  # noqa: F811
    window, tab = open_template(make_window, tmp_path, name, language)
    before_bp = tab.document.blueprint
    before = dumps(before_bp)
    trigger(window, tab, AUTO_LAYOUT)
    after_bp = tab.document.blueprint
    assert dumps(after_bp) != before
    assert tab.undo_stack.count() == 1 and tab.undo_stack.undoText() == "Arrange automatically"
    check_drawing(before_bp, after_bp)
    old, new = figures(before_bp), figures(after_bp)
    drawn = figures(before_bp, drawn=True), figures(after_bp, drawn=True)
    print(
        f"\n{name}.{language}: crossings {old[0]} -> {new[0]}, edges through nodes {old[1]} -> {new[1]}"
        f" (as drawn, ends spread: crossings {drawn[0][0]} -> {drawn[1][0]},"
        f" through nodes {drawn[0][1]} -> {drawn[1][1]})"
    )
    assert new[1] <= old[1] and drawn[1][1] <= drawn[0][1], (old, new, drawn)

    trigger(window, tab, ids.EDIT_UNDO)
    assert dumps(tab.document.blueprint) == before
    trigger(window, tab, ids.EDIT_REDO)
    assert dumps(tab.document.blueprint) == dumps(after_bp)

    saved = tmp_path / "arranged.blueprint.json"
    answers.save_path.append(str(saved))
    trigger(window, tab, ids.FILE_SAVE_AS)
    reread = load(saved)
    assert [(n.id, n.x, n.y, n.lane) for n in reread.nodes] == [
        (n.id, n.x, n.y, n.lane) for n in after_bp.nodes
    ]
    assert [(b.id, b.height) for b in reread.lanes] == [(b.id, b.height) for b in after_bp.lanes]
    assert [(s.id, s.width) for s in reread.stages] == [(s.id, s.width) for s in after_bp.stages]
    assert new[0] <= old[0] and drawn[1][0] <= drawn[0][0], (old, new, drawn)


def test_arrange_by_keyboard_on_the_canvas(make_window, answers, tmp_path, qtbot):  # noqa: F811
    window, tab = open_template(make_window, tmp_path, "tiered_support", "fr")
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.view.viewport().setFocus()
    qtbot.waitUntil(lambda: tab.view.viewport().hasFocus())
    before = dumps(tab.document.blueprint)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(tab.view.viewport(), Qt.Key.Key_L, modifiers)
    assert dumps(tab.document.blueprint) != before
    check_drawing(load(resources.template_path("tiered_support", "fr")), tab.document.blueprint)
    QTest.keyClick(tab.view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dumps(tab.document.blueprint) == before
