"""Results belong to their document, in the real window: a run in one tab never shows in another
(which says it has no run and offers Run), each tab gets its own results and comparison back,
results say which document and scenario and when, and dim with words when the drawing changed."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QToolBar, QToolButton
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio import resources
from blueprint_studio.canvas.commands import change_elements

HELPDESK, TIERED = "Help-desk flow diagram", "Tiered support (levels 0 to 4)"


@pytest.fixture
def window(make_window, tmp_path, qtbot):
    files = []
    for name in ("helpdesk_flow", "tiered_support"):
        target = tmp_path / f"{name}.blueprint.json"
        shutil.copy(resources.template_path(name, "en"), target)
        files.append(target)
    window = make_window(files)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.simulation.shutdown()


def click_tab(window, qtbot, index: int) -> None:
    bar = window.tab_widget.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: window.tab_widget.currentIndex() == index, timeout=2000)


def run_from_the_menu(window, qtbot) -> None:
    sim = window.simulation
    with qtbot.waitSignal(sim.worker.sig_finished, timeout=120_000):
        window.findChild(QAction, "simulation_run").trigger()


def shown_texts(dock) -> str:
    return "\n".join(label.text() for label in dock.findChildren(QLabel) if label.isVisibleTo(dock))


def test_a_run_stays_with_its_document(window, qtbot):
    sim = window.simulation
    results = sim.results
    click_tab(window, qtbot, 0)
    run_from_the_menu(window, qtbot)
    assert HELPDESK in results.header.text() and "Typical week" in results.header.text()
    assert "run today at" in results.header.text() and "revision" not in shown_texts(results)
    figures = {card.value.text() for card in results.cards.values()} - {"—", "0.0 %", "0"}
    assert len(figures) >= 5

    click_tab(window, qtbot, 1)
    assert results.record is None and results.cards == {} and results.table.rowCount() == 0
    assert results.empty_text.text() == f"No simulation run for {TIERED} yet."
    assert not results.empty.isHidden() and results.content.isHidden()
    texts = shown_texts(results)
    assert not [f for f in figures if f in texts], texts
    assert not sim.actions["simulation_export_report"].isEnabled()

    with qtbot.waitSignal(sim.worker.sig_finished, timeout=120_000):
        QTest.mouseClick(results.empty_run, Qt.MouseButton.LeftButton)
    assert TIERED in results.header.text() and results.record is sim.current_record()

    click_tab(window, qtbot, 0)
    assert HELPDESK in results.header.text()
    assert results.cards["resolution_elapsed_mean"].value.text() in figures
    assert results.stale.text() == "Up to date with the drawing."


def test_an_edit_dims_the_results_and_says_how_many_edits_ago(window, qtbot):
    results = window.simulation.results
    click_tab(window, qtbot, 0)
    run_from_the_menu(window, qtbot)
    editor = window.current_tab().editor
    for dx in (30, 60):
        node = next(n for n in editor.document.blueprint.nodes if n.kind == "step")
        editor.undo_stack.push(change_elements(editor.document, [node.model_copy(update={"x": node.x + dx})]))
    assert results.stale.text().startswith("Run before your last 2 edits")
    assert results.is_dimmed()
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert results.stale.text() == "Up to date with the drawing." and not results.is_dimmed()


def test_a_comparison_stays_with_its_document(window, qtbot):
    sim = window.simulation
    click_tab(window, qtbot, 0)
    scenarios = [s.id for s in window.current_tab().editor.document.blueprint.scenarios]
    window.findChild(QAction, "simulation_compare").trigger()
    sim.compare_dock.select(scenarios[0], scenarios[1])
    with qtbot.waitSignal(sim.worker.sig_finished, timeout=120_000):
        QTest.mouseClick(sim.compare_dock.run_button, Qt.MouseButton.LeftButton)
    rows = sim.compare_dock.rows()
    assert rows and HELPDESK in sim.compare_dock.header.text()
    for row in rows:  # A and B in one unit; B − A and its interval in one unit
        a_b = {m.group(0) for m in re.finditer(r"\b(min|h|d)\b", row[1] + row[2])}
        diff = {m.group(0) for m in re.finditer(r"\b(min|h|d)\b|pt|%", row[3])}
        assert len(a_b) <= 1 and len(diff) <= 1, row
        assert not re.search("[-\u2212]0(?:[.,]0+)?(?![.,0-9])", row[3]), row
    click_tab(window, qtbot, 1)
    assert sim.compare_dock.table.rowCount() == 0
    assert sim.compare_dock.header.text().startswith(f"No comparison for {TIERED} yet")
    click_tab(window, qtbot, 0)
    assert sim.compare_dock.rows() == rows


def test_the_run_button_has_a_label_and_says_its_shortcut(window):
    run = window.findChild(QAction, "simulation_run")
    toolbar = window.findChild(QToolBar, "toolbar_simulation")
    button = toolbar.widgetForAction(run)
    assert isinstance(button, QToolButton)
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon and button.text()
    assert "Ctrl+R" in run.toolTip() and "Ctrl+R" in window.simulation.panel.run_button.toolTip()


def test_a_run_that_ends_while_another_tab_is_current_stays_with_its_own(window, qtbot):
    sim = window.simulation
    results = sim.results
    click_tab(window, qtbot, 0)
    with qtbot.waitSignal(sim.worker.sig_finished, timeout=120_000):
        window.findChild(QAction, "simulation_run").trigger()
        click_tab(window, qtbot, 1)
        assert results.empty_run.isEnabled() == (not sim.worker.is_running())
    assert results.record is None and not results.empty.isHidden()
    assert (
        results.empty_text.text() == f"No simulation run for {TIERED} yet." and results.empty_run.isEnabled()
    )
    assert window.statusBar().currentMessage() == f"Simulation of {HELPDESK} finished."
    click_tab(window, qtbot, 0)
    assert results.record is not None and HELPDESK in results.header.text()


def test_the_panel_estimate_is_about_the_current_document(window, qtbot):
    sim = window.simulation
    click_tab(window, qtbot, 0)
    run_from_the_menu(window, qtbot)
    estimate = sim.panel.estimate.text()
    assert estimate.startswith("Quick estimate")
    click_tab(window, qtbot, 1)
    assert sim.panel.estimate.text() == ""
    click_tab(window, qtbot, 0)
    assert sim.panel.estimate.text() == estimate
