"""Issue 19 in the window, driven as a person does: Simulation › Staffing targets… then typing a
limit (one undo step each, wrong values refused with a message naming the box); Simulation ›
Staffing finder and sweeps… then agents to try for a pool, Run sweep (the real engine on a tiny
model, in the worker thread), the table coloured by verdict, and a row opened as a scenario (one
undo step); the Dask address of the Preferences."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QStyleOptionViewItem
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio.app.shell import actions as ids
from blueprint_studio.app.shell.preferences import PreferencesDialog
from blueprint_studio.app.shell.settings import Settings
from blueprint_studio.app.simulation.staffing_view import MET, MISSED, UNDECIDED
from blueprint_studio.model.fileformat import save
from blueprint_studio.model.schema import (
    Blueprint,
    EndNode,
    Exponential,
    IntakeNode,
    Meta,
    Pool,
    Scenario,
    SlaPolicy,
    StaffingTargets,
    StepNode,
)
from blueprint_studio.model.schema import Edge as Link


def tiny_blueprint() -> Blueprint:
    """intake (6 an hour) -> Answer (Service desk agents, 15 min) -> end; SLA 'Standard' 1 h."""
    return Blueprint(
        meta=Meta(title="Tiny desk"),
        pools=[Pool(id="desk", name="Service desk", agents=2, cost_per_hour=30)],
        nodes=[
            IntakeNode(id="in", title="E-mail", rate_per_hour=6),
            StepNode(id="answer", title="Answer", pool="desk", duration=Exponential(mean=15)),
            EndNode(id="done", title="Resolved"),
        ],
        edges=[Link(id="e1", source="in", target="answer"), Link(id="e2", source="answer", target="done")],
        sla=[SlaPolicy(id="sla_std", name="Standard", resolution=60)],
        scenarios=[Scenario(id="quick", name="Quick", horizon_days=2, warmup_days=0, replications=2, seed=7)],
        targets=StaffingTargets(breach_rate={"sla_std": 0.10}),
    )


@pytest.fixture
def window(make_window, tmp_path: Path):
    path = tmp_path / "tiny.blueprint.json"
    save(tiny_blueprint(), path)
    win = make_window([path])
    win.show()
    yield win
    win.simulation.staffing.shutdown()


def trigger(win, name: str) -> None:
    action = win.findChild(QAction, name)
    assert action is not None and action.isEnabled(), name
    action.trigger()


def type_into(qtbot, box: QLineEdit, text: str) -> None:
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, text)
    QTest.keyClick(box, Qt.Key.Key_Return)


def type_in_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Edit a cell with the keyboard: select it, F2, type, Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    QTest.keyClick(table, Qt.Key.Key_F2)
    editors = table.viewport().findChildren(QLineEdit)
    assert len(editors) == 1, editors
    editor = editors[0]
    editor.selectAll()
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits the editor's text in a queued call


def test_targets_are_set_and_undone_from_the_simulation_menu(qtbot, window):
    doc = window.current_tab().editor.document
    trigger(window, "simulation_targets")
    dock = window.simulation.targets
    assert dock.isVisible()
    type_into(qtbot, dock.utilisation, "85")
    assert doc.blueprint.targets.utilisation_at_most == pytest.approx(0.85)
    # the breach-rate table lists the SLA policies by name, never by id
    assert dock.breach.item(0, 0).text() == "Standard"
    type_in_cell(qtbot, dock.breach, 0, 1, "4,5")
    assert doc.blueprint.targets.breach_rate == {"sla_std": pytest.approx(0.045)}
    dock.statistic.setCurrentIndex(dock.statistic.findData("p90"))
    type_into(qtbot, dock.wait, "30")
    assert (doc.blueprint.targets.wait_statistic, doc.blueprint.targets.wait_at_most) == ("p90", 30)
    # a wrong value is refused, said next to the boxes, and the document keeps its value
    type_into(qtbot, dock.abandonment, "150")
    assert doc.blueprint.targets.abandonment_at_most is None
    assert dock.error.isVisible() and "Abandonment" in dock.error.text() and "150" in dock.error.text()
    # each change is one undo step, through Edit › Undo
    trigger(window, ids.EDIT_UNDO)
    assert doc.blueprint.targets.wait_at_most is None and doc.blueprint.targets.wait_statistic == "p90"
    trigger(window, ids.EDIT_UNDO)
    assert doc.blueprint.targets.wait_statistic == "mean"
    trigger(window, ids.EDIT_UNDO)
    assert doc.blueprint.targets.breach_rate == {"sla_std": pytest.approx(0.10)}
    assert dock.breach.item(0, 1).text() == "10"  # the form follows undo
    trigger(window, ids.EDIT_UNDO)
    assert doc.blueprint.targets.utilisation_at_most is None and dock.utilisation.text() == ""
    trigger(window, ids.EDIT_REDO)
    assert doc.blueprint.targets.utilisation_at_most == pytest.approx(0.85)


def test_a_sweep_runs_and_a_row_opens_as_a_scenario(qtbot, window):
    doc = window.current_tab().editor.document
    trigger(window, "simulation_staffing")
    dock = window.simulation.staffing
    assert dock.isVisible()
    assert dock.scenario.currentText() == "Quick"
    assert dock.pools.item(0, 0).text() == "Service desk"
    type_in_cell(qtbot, dock.pools, 0, 1, "1..3")
    with qtbot.waitSignal(dock.worker.sig_finished, timeout=120_000):
        QTest.mouseClick(dock.sweep_button, Qt.MouseButton.LeftButton)
    table = dock.view.table
    assert table.rowCount() == 3
    plans = [table.item(r, 0).text() for r in range(3)]
    assert all("Service desk" in p for p in plans)  # pools by name
    assert "desk" not in " ".join(plans).replace("Service desk", "")  # never by id
    # one agent for 6 tickets an hour of 15 minutes cannot keep up: that plan misses the target
    colours = [table.item(r, 0).background().color() for r in range(3)]
    assert colours[0] == MISSED
    assert all(c in (MET, MISSED, UNDECIDED) for c in colours)
    assert "Standard" in table.item(0, 4).text()
    # a narrow Plan column still tells the plans apart: a cell keeps its end ("…: 2 agents")
    first = table.model().index(0, 0)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)  # as the table paints a cell: its options, then the delegate's
    table.itemDelegateForIndex(first).initStyleOption(option, first)
    shown = [table.fontMetrics().elidedText(p, option.textElideMode, 90) for p in plans]
    assert len(set(shown)) == 3 and all(s != p for s, p in zip(shown, plans, strict=True)), shown
    # open the third plan (3 agents) as a scenario: one undo step
    before = len(doc.blueprint.scenarios)
    table.setFocus()
    table.setCurrentCell(2, 0)
    QTest.mouseClick(dock.view.open_button, Qt.MouseButton.LeftButton)
    assert len(doc.blueprint.scenarios) == before + 1
    added = doc.blueprint.scenarios[-1]
    assert added.pool_agents == {"desk": 3}
    assert added.horizon_days == 2 and added.replications == 2  # the rest as the base scenario
    assert "Service desk" in added.name
    assert window.simulation.scenarios.current_id() == added.id
    trigger(window, ids.EDIT_UNDO)
    assert len(doc.blueprint.scenarios) == before
    # by keyboard: Enter on a row opens it too
    table.setCurrentCell(1, 0)
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert doc.blueprint.scenarios[-1].pool_agents == {"desk": 2}
    # the results belong to the revision they came from: an edit after the sweep is said
    assert "Computed before your last 3 edits." in dock.view.header.text()  # add, undo, add


def test_the_finder_without_targets_says_so_and_shows_the_targets(qtbot, window):
    trigger(window, "simulation_targets")
    targets = window.simulation.targets
    type_in_cell(qtbot, targets.breach, 0, 1, "")  # the tiny desk's one target, removed
    assert window.current_tab().editor.document.blueprint.targets.breach_rate == {}
    trigger(window, "simulation_staffing")
    dock = window.simulation.staffing
    with qtbot.waitSignal(dock.worker.sig_failed, timeout=60_000):
        QTest.mouseClick(dock.find_button, Qt.MouseButton.LeftButton)
    assert "sets no staffing target" in dock.message.text()
    assert targets.isVisible() and not targets.visibleRegion().isEmpty()


def test_a_sweep_with_nothing_to_vary_says_so(qtbot, window):
    trigger(window, "simulation_staffing")
    dock = window.simulation.staffing
    QTest.mouseClick(dock.sweep_button, Qt.MouseButton.LeftButton)
    assert not dock.worker.is_running()
    assert "vary" in dock.message.text()
    type_in_cell(qtbot, dock.pools, 0, 1, "three")
    QTest.mouseClick(dock.sweep_button, Qt.MouseButton.LeftButton)
    assert not dock.worker.is_running() and "three" in dock.message.text()


def test_the_dask_address_is_a_preference(qtbot, isolated):
    settings = Settings()
    assert settings.dask_address == ""
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.dask, "tcp://10.0.0.5:8786 ")
    dialog.store()
    assert Settings().dask_address == "tcp://10.0.0.5:8786"


def test_the_finder_recommends_the_cheapest_plan_in_words(qtbot, window):
    trigger(window, "simulation_staffing")
    dock = window.simulation.staffing
    with qtbot.waitSignal(dock.worker.sig_finished, timeout=180_000):
        QTest.mouseClick(dock.find_button, Qt.MouseButton.LeftButton)
    outcome = dock.outcome()
    assert outcome is not None and outcome.kind == "find"
    text = dock.view.recommendation.text()
    assert dock.view.recommendation.isVisible()
    assert "Plans settled early, before all their replications: " in text
    assert (
        f"of {outcome.result.candidates}; replications not run: {outcome.result.replications_saved}." in text
    )
    # two agents breach 'Standard' for about 10 % of tickets, three for about 1 %: three it is
    best = outcome.result.best
    assert best is not None and best.candidate.pool_agents == {"desk": 3}
    assert "Recommended:" in text and best.candidate.label(outcome.blueprint, "en") in text
    assert "€15,120 per week" in text  # 3 agents all week at 30 an hour, in the document's currency
    assert "Standard: resolution SLA breached for" in text and "(at most 10" in text
    assert dock.view.chart.getPlotItem().listDataItems()  # the frontier chart has its dots
    # the recommendation is the selected row: Open as scenario adds it
    QTest.mouseClick(dock.view.open_button, Qt.MouseButton.LeftButton)
    opened = window.current_tab().editor.document.blueprint.scenarios[-1]
    assert opened.pool_agents == {"desk": 3} and opened.name == best.candidate.label(outcome.blueprint, "en")


def test_cancel_stops_a_sweep_and_the_dock_is_ready_again(qtbot, window):
    trigger(window, "simulation_staffing")
    dock = window.simulation.staffing
    type_in_cell(qtbot, dock.pools, 0, 1, "1..40")
    QTest.mouseClick(dock.sweep_button, Qt.MouseButton.LeftButton)
    assert dock.worker.is_running() and not dock.sweep_button.isEnabled()
    with qtbot.waitSignal(dock.worker.sig_cancelled, timeout=60_000):
        QTest.mouseClick(dock.cancel_button, Qt.MouseButton.LeftButton)
    assert dock.message.text() == "Cancelled." and dock.sweep_button.isEnabled()
    assert dock.outcome() is None  # nothing half-done is shown as results


def test_the_report_from_the_window_carries_the_recommendation_and_the_comparison(qtbot, window, tmp_path):
    """The manager's journey: find the staffing, open the plan as a scenario, compare it with the
    scenario searched, run, and export the report: it prints both pages, with names."""
    from pypdf import PdfReader

    sim = window.simulation
    trigger(window, "simulation_staffing")
    dock = sim.staffing
    with qtbot.waitSignal(dock.worker.sig_finished, timeout=180_000):
        QTest.mouseClick(dock.find_button, Qt.MouseButton.LeftButton)
    best = dock.outcome().result.rows.index(dock.outcome().result.best)
    plan = dock.open_row(best)
    with qtbot.waitSignal(sim.worker.sig_finished, timeout=120_000):
        assert sim.compare("quick", plan)
    with qtbot.waitSignal(sim.worker.sig_finished, timeout=120_000):
        assert sim.run("quick")
    path = tmp_path / "report.pdf"
    with qtbot.waitSignal(sim.worker.sig_finished, timeout=120_000):
        sim.export_report(str(path), sim.current_record())
    text = " ".join((page.extract_text() or "") for page in PdfReader(path).pages)
    text = " ".join(text.split())
    assert "Comparison of two scenarios" in text and "A · Quick" in text
    assert "Staffing recommendation" in text and "Service desk" in text
    assert "Standard: resolution SLA breached for" in text and "sla_std" not in text


def sweep_rows(qtbot, dock) -> list[tuple]:
    with qtbot.waitSignal(dock.worker.sig_finished, timeout=120_000):
        QTest.mouseClick(dock.sweep_button, Qt.MouseButton.LeftButton)
    rows = dock.outcome().result.rows
    return [
        (r.candidate.pool_agents["desk"], r.cost, r.breach_rate.mean, r.breach_rate.half_width) for r in rows
    ]


def test_with_a_dask_scheduler_in_the_preferences_the_sweep_runs_there_with_the_same_results(qtbot, window):
    distributed = pytest.importorskip("distributed")
    trigger(window, "simulation_staffing")
    dock = window.simulation.staffing
    type_in_cell(qtbot, dock.pools, 0, 1, "2..3")
    local = sweep_rows(qtbot, dock)
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0"
    ) as cluster:
        window.settings.set("simulation/dask_address", cluster.scheduler_address)
        on_dask = sweep_rows(qtbot, dock)
        assert "staffing" in cluster.scheduler.task_prefixes  # its tasks ran on the scheduler
    assert on_dask == local  # the same seeds give the same figures, wherever they ran
    assert "Sweep finished." in dock.message.text()


def test_an_unreachable_scheduler_is_said_in_words(qtbot, window):
    window.settings.set("simulation/dask_address", "tcp://127.0.0.1:9")
    trigger(window, "simulation_staffing")
    dock = window.simulation.staffing
    type_in_cell(qtbot, dock.pools, 0, 1, "2..3")
    with qtbot.waitSignal(dock.worker.sig_failed, timeout=60_000):
        QTest.mouseClick(dock.sweep_button, Qt.MouseButton.LeftButton)
    assert "Cannot reach the Dask scheduler at tcp://127.0.0.1:9" in dock.message.text()
    assert dock.sweep_button.isEnabled()


def test_the_guide_names_the_staffing_menus(window):
    from blueprint_studio.app.shell.help import CommandIndex, guide_html

    html, index = guide_html(window), CommandIndex(window)
    for key in ("simulation_targets", "simulation_staffing", "file_preferences"):
        assert index.ref(key) in html, key
    assert "<b>Simulation › Staffing targets…</b>" in html
    assert "<b>Simulation › Staffing finder and sweeps…</b>" in html


def test_each_document_shows_its_own_sweep(qtbot, make_window, tmp_path):
    paths = []
    for name in ("first", "second"):
        paths.append(tmp_path / f"{name}.blueprint.json")
        save(tiny_blueprint(), paths[-1])
    win = make_window(paths)
    try:
        trigger(win, "simulation_staffing")
        dock = win.simulation.staffing
        win.tab_widget.setCurrentIndex(0)
        type_in_cell(qtbot, dock.pools, 0, 1, "2..3")
        with qtbot.waitSignal(dock.worker.sig_finished, timeout=120_000):
            QTest.mouseClick(dock.sweep_button, Qt.MouseButton.LeftButton)
        assert dock.view.table.rowCount() == 2
        win.tab_widget.setCurrentIndex(1)  # the other document has run nothing
        assert dock.view.table.rowCount() == 0 and "No sweep yet" in dock.view.header.text()
        win.tab_widget.setCurrentIndex(0)
        assert dock.view.table.rowCount() == 2 and "Quick" in dock.view.header.text()
    finally:
        win.simulation.staffing.shutdown()


def test_a_shift_block_is_swept_on_its_own(qtbot, make_window, tmp_path):
    from blueprint_studio.model.schema import Shift

    day, evening = (
        Shift(days=[0, 1, 2, 3, 4], start=8, end=18, agents=3),
        Shift(days=[0, 1, 2, 3, 4], start=18, end=22, agents=1),
    )
    bp = tiny_blueprint()
    bp = bp.model_copy(update={"pools": [bp.pools[0].model_copy(update={"shifts": [day, evening]})]})
    path = tmp_path / "shifts.blueprint.json"
    save(bp, path)
    win = make_window([path])
    try:
        trigger(win, "simulation_staffing")
        dock = win.simulation.staffing
        names = [dock.pools.item(r, 0).text().strip() for r in range(dock.pools.rowCount())]
        assert names == [
            "Service desk",
            "Service desk, shift 1: 1-5 8-18 3",
            "Service desk, shift 2: 1-5 18-22 1",
        ]
        type_in_cell(qtbot, dock.pools, 2, 1, "1..2")
        with qtbot.waitSignal(dock.worker.sig_finished, timeout=120_000):
            QTest.mouseClick(dock.sweep_button, Qt.MouseButton.LeftButton)
        plans = [r.candidate.pool_shifts["desk"] for r in dock.outcome().result.rows]
        assert [[s.agents for s in plan] for plan in plans] == [[3, 1], [3, 2]]  # the day shift kept
        dock.view.table.setCurrentCell(1, 0)
        QTest.mouseClick(dock.view.open_button, Qt.MouseButton.LeftButton)
        opened = win.current_tab().editor.document.blueprint.scenarios[-1]
        assert [s.agents for s in opened.pool_shifts["desk"]] == [3, 2]
    finally:
        win.simulation.staffing.shutdown()


def test_typing_a_target_applies_as_typed_and_undoes_in_one_step(qtbot, window):
    """Typing "12" in the queue-wait box applies 1 then 12 minutes as the keys are pressed, and
    Edit › Undo takes both keystrokes back at once; leaving the box ends the step, so the next
    visit is a step of its own."""
    doc = window.current_tab().editor.document
    trigger(window, "simulation_targets")
    dock = window.simulation.targets
    stack = window.current_tab().editor.undo_stack
    before = stack.count()
    dock.wait.setFocus()
    QTest.keyClicks(dock.wait, "12")
    assert doc.blueprint.targets.wait_at_most == 12 and dock.wait.text() == "12"
    assert stack.count() == before + 1
    QTest.keyClick(dock.wait, Qt.Key.Key_Return)  # leaves the value as typed: no second step
    assert stack.count() == before + 1
    QTest.keyClick(dock.wait, Qt.Key.Key_Backspace)
    QTest.keyClick(dock.wait, Qt.Key.Key_Return)
    assert doc.blueprint.targets.wait_at_most == 1 and stack.count() == before + 2
    trigger(window, ids.EDIT_UNDO)
    assert doc.blueprint.targets.wait_at_most == 12 and dock.wait.text() == "12"
    trigger(window, ids.EDIT_UNDO)
    assert doc.blueprint.targets.wait_at_most is None and dock.wait.text() == ""
    assert stack.count() - stack.index() == 2  # both steps can be redone, nothing else


def test_a_refused_target_takes_back_what_its_typing_applied(qtbot, window):
    """ "150" % passes through 1 % and 15 % while typed: refused at Enter, the document keeps the
    value it had before, and no step is left to undo for it."""
    doc = window.current_tab().editor.document
    trigger(window, "simulation_targets")
    dock = window.simulation.targets
    stack = window.current_tab().editor.undo_stack
    before = stack.count()
    dock.abandonment.setFocus()
    QTest.keyClicks(dock.abandonment, "15")
    assert doc.blueprint.targets.abandonment_at_most == pytest.approx(0.15)
    QTest.keyClicks(dock.abandonment, "0")
    assert dock.error.isVisible() and "150" in dock.error.text()
    QTest.keyClick(dock.abandonment, Qt.Key.Key_Return)
    assert doc.blueprint.targets.abandonment_at_most is None and stack.count() == before
    qtbot.waitUntil(lambda: dock.abandonment.text() == "")


def test_a_sweep_that_runs_out_of_memory_says_so_in_words(qtbot, window, monkeypatch):
    """A failure with no text of its own (MemoryError) is said in words, as a failed simulation
    run says it, not by the exception's class name."""
    import blueprint_studio.model.staffing as staffing

    def out_of_memory(*args, **kwargs):
        raise MemoryError()

    monkeypatch.setattr(staffing, "run_sweep", out_of_memory)
    trigger(window, "simulation_staffing")
    dock = window.simulation.staffing
    type_in_cell(qtbot, dock.pools, 0, 1, "1..2")
    with qtbot.waitSignal(dock.worker.sig_failed, timeout=60_000):
        QTest.mouseClick(dock.sweep_button, Qt.MouseButton.LeftButton)
    assert dock.message.text() == "The sweep failed: not enough memory"
    assert dock.sweep_button.isEnabled()


def test_an_undo_after_a_refused_target_clears_the_refusal(qtbot, window):
    """The refusal speaks of what a box held; once Edit › Undo has rewritten the boxes from the
    document, it no longer says anything true about them and goes."""
    doc = window.current_tab().editor.document
    trigger(window, "simulation_targets")
    dock = window.simulation.targets
    type_into(qtbot, dock.wait, "30")
    dock.utilisation.setFocus()
    QTest.keyClicks(dock.utilisation, "abc")  # on the way, not yet left
    assert dock.error.isVisible() and "abc" in dock.error.text()
    trigger(window, ids.EDIT_UNDO)
    assert doc.blueprint.targets.wait_at_most is None and dock.wait.text() == ""
    assert dock.utilisation.text() == ""
    assert not dock.error.isVisible()
