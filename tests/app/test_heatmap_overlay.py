"""Heat map: the slowest step gets the hottest colour, edges widen with volume, the overlay fades
with a note when the drawing changes (not when a scenario does), and it never touches the undo
stack or the document."""

from __future__ import annotations

import pytest
from shellkit import template_editor  # noqa: F401 - fixture

from blueprint_studio.app.shell.workers import step_pools
from blueprint_studio.canvas.commands import change_elements
from blueprint_studio.canvas.commands import scenarios as scenario_commands
from blueprint_studio.canvas.overlays.heatmap import STALE_OPACITY, HeatMapOverlay, heat_data
from blueprint_studio.canvas.overlays.ticket_log import TicketLog
from blueprint_studio.model.fileformat import dumps
from blueprint_studio.model.sim.replications import compile_for, replicate
from blueprint_studio.model.sim.settings import DAY, SimulationSettings


@pytest.fixture
def editor(template_editor):
    return template_editor


def run(editor):
    model = compile_for(editor.document.blueprint)
    log = TicketLog()
    result = replicate(model, SimulationSettings(horizon_minutes=14 * DAY), event_log=log)
    return result, step_pools(model), log


def test_the_slowest_step_is_the_hottest_and_edges_carry_volume(editor):
    result, pools, _ = run(editor)
    overlay = HeatMapOverlay(editor.scene, editor.view)
    overlay.show_data(
        heat_data(
            result,
            editor.document.revision,
            pools,
            lambda step, row: f"{step}: {row['wait']:.1f} min",
        )
    )
    waits = {k: v.wait_mean.mean for k, v in result.steps.items()}
    slowest = max(waits, key=lambda k: waits[k])
    fastest = min(waits, key=lambda k: waits[k])
    hot, cool = overlay.colour_of(slowest), overlay.colour_of(fastest)
    assert hot.hueF() < 0.05 and hot.saturationF() > 0.5  # red
    assert 0.25 < cool.hueF() < 0.4  # green
    assert overlay.step_items[slowest].toolTip().startswith(slowest)
    assert overlay.edge_items
    widths = sorted(item.pen().widthF() for item in overlay.edge_items)
    assert widths[-1] > widths[0]
    # the widest edge is the one the engine counted the most tickets on
    volumes = result.edge_volumes()
    widest = max(overlay.edge_items, key=lambda item: item.pen().widthF())
    assert widest.toolTip() == f"{max(volumes.values()):,.0f} tickets"
    overlay.set_metric("utilisation")
    assert overlay.step_items[slowest].badge.endswith("%")
    overlay.clear()
    assert not overlay.step_items and not overlay.edge_items


def test_it_fades_on_a_drawing_change_but_not_on_a_scenario_edit(editor):
    result, pools, _ = run(editor)
    overlay = HeatMapOverlay(editor.scene, editor.view)
    overlay.show_data(heat_data(result, editor.document.revision, pools))
    assert not overlay.stale
    scenario = editor.document.blueprint.scenarios[0].id
    editor.undo_stack.push(scenario_commands.change_scenario(editor.document, scenario, replications=2))
    assert not overlay.stale
    node = editor.document.element("step_l2")
    editor.undo_stack.push(change_elements(editor.document, [node.model_copy(update={"x": node.x + 40})]))
    assert overlay.stale
    assert all(item.opacity() == pytest.approx(STALE_OPACITY) for item in overlay.step_items.values())
    assert not overlay.legend.note.isHidden()
    # the items follow the moved node
    assert overlay.step_items["step_l2"].parentItem() is editor.scene.nodes["step_l2"]


def test_the_overlay_never_touches_the_undo_stack_or_the_document(editor):
    result, pools, _ = run(editor)
    before, revision, count = (
        dumps(editor.document.blueprint),
        editor.document.revision,
        editor.undo_stack.count(),
    )
    overlay = HeatMapOverlay(editor.scene, editor.view)
    overlay.show_data(heat_data(result, revision, pools))
    for metric in ("utilisation", "breaches", "wait"):
        overlay.set_metric(metric)
    overlay.clear()
    assert editor.undo_stack.count() == count
    assert editor.document.revision == revision
    assert dumps(editor.document.blueprint) == before


def test_undo_back_to_the_simulated_drawing_makes_results_fresh_again(editor):
    result, pools, _ = run(editor)
    overlay = HeatMapOverlay(editor.scene, editor.view)
    flags = []
    overlay.sig_stale.connect(flags.append)
    overlay.show_data(heat_data(result, editor.document.revision, pools, drawing=editor.document.blueprint))
    node = editor.document.element("step_l2")
    editor.undo_stack.push(change_elements(editor.document, [node.model_copy(update={"x": node.x + 40})]))
    assert overlay.stale
    editor.undo_stack.undo()
    assert not overlay.stale and flags == [False, True, False]
    assert all(item.opacity() == 1.0 for item in overlay.step_items.values())
