"""The escalation ladder of an SLA policy, edited in a real window as a designer does it: Edit ›
Blueprint settings… › SLA policies, tick "Escalate tickets that run late", warn at 75 %, notify
the team lead, raise the priority to "Haute", re-assign to the level-2 step, interrupt tickets in
service; each edit one undo step (Edit › Undo / Redo), File › Save, the saved file read back. A
policy whose ladder is wrong says so in words next to the ladder."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from blueprint_studio.app.shell import actions as ids
from blueprint_studio.canvas.settings.sla_tab import SlaTab
from blueprint_studio.model.fileformat import load, save
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    EscalationLadder,
    IntakeNode,
    Pool,
    SlaPolicy,
    StepNode,
    TicketField,
)
from tests.app.shellkit import answers, isolated, make_window  # noqa: F401 - fixtures
from tests.canvas.test_settings_sla import menu, open_tab, type_into


def tick(box) -> None:
    """Space on the check box, as from the keyboard (a click at its centre may miss its text)."""
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)


def blueprint(ladder: EscalationLadder | None = None) -> Blueprint:
    return Blueprint(
        meta={"title": "Assistance", "language": "fr"},
        fields=[
            TicketField(
                name="priority",
                labels={"fr": "Priorité", "en": "Priority"},
                values=["P1", "P2", "P3"],
                value_labels={"P1": {"fr": "Critique"}, "P2": {"fr": "Haute"}, "P3": {"fr": "Normale"}},
            ),
        ],
        pools=[Pool(id="pool_1", name="Niveau 1", agents=2), Pool(id="pool_2", name="Niveau 2", agents=1)],
        nodes=[
            IntakeNode(id="in_1", title="Courriel"),
            StepNode(id="step_1", title="Qualifier la demande", pool="pool_1"),
            StepNode(id="step_2", title="Expertise niveau 2", pool="pool_2"),
            EndNode(id="end_1", title="Résolu"),
        ],
        edges=[
            Edge(id="e1", source="in_1", target="step_1"),
            Edge(id="e2", source="step_1", target="end_1"),
            Edge(id="e3", source="step_2", target="end_1"),
        ],
        sla=[SlaPolicy(id="sla_1", name="Standard", resolution=480.0, ladder=ladder)],
    )


def open_sla_tab(make_window, tmp_path, qtbot, bp: Blueprint):
    path = tmp_path / "assistance.blueprint.json"
    save(bp, path)
    window = make_window([path])
    window.show()
    menu(window, ids.EDIT_BLUEPRINT_SETTINGS)
    dialog = window.blueprint_settings
    qtbot.waitUntil(dialog.isVisible)
    return window, open_tab(dialog, SlaTab), path


def test_ladder_built_in_the_sla_form_undone_redone_and_saved(make_window, tmp_path, qtbot):
    window, tab, path = open_sla_tab(make_window, tmp_path, qtbot, blueprint())
    doc = window.current_tab().document
    box = tab.ladder
    assert not box.enabled.isChecked() and not box.fields.isEnabled()

    tick(box.enabled)
    assert doc.blueprint.sla[0].ladder == EscalationLadder(warn_at=80)
    assert box.fields.isEnabled() and box.warn_at.value() == 80
    type_into(box.warn_at, "75")
    type_into(box.notify, "Chef d'équipe")
    box.priority_field.setFocus()
    QTest.keyClick(box.priority_field, Qt.Key.Key_Down)  # "no change" -> Priorité
    assert box.priority_value.currentText() == "Critique"  # its first value: the highest
    box.priority_value.setFocus()
    QTest.keyClick(box.priority_value, Qt.Key.Key_Down)
    assert box.priority_value.currentText() == "Haute"
    box.reassign.setFocus()
    QTest.keyClick(box.reassign, Qt.Key.Key_End)  # the last choice: the level-2 step
    assert "Expertise niveau 2" in box.reassign.currentText()
    box.in_service.setFocus()
    QTest.keyClick(box.in_service, Qt.Key.Key_End)
    expected = EscalationLadder(
        warn_at=75,
        notify="Chef d'équipe",
        priority_field="priority",
        priority_value="P2",
        reassign_step="step_2",
        in_service="interrupt",
    )
    assert doc.blueprint.sla[0].ladder == expected
    assert not box.error.isVisible()

    menu(window, ids.EDIT_UNDO)  # one step: the tickets in service
    assert doc.blueprint.sla[0].ladder.in_service == "stay"
    qtbot.waitUntil(lambda: box.in_service.currentData() == "stay")  # the form follows
    menu(window, ids.EDIT_REDO)
    assert doc.blueprint.sla[0].ladder == expected

    menu(window, ids.FILE_SAVE)
    saved = json.loads(path.read_text("utf-8"))
    assert saved["sla"][0]["ladder"] == {
        "warn_at": 75.0,
        "clock": "resolution",
        "notify": "Chef d'équipe",
        "priority_field": "priority",
        "priority_value": "P2",
        "reassign_pool": None,
        "reassign_step": "step_2",
        "in_service": "interrupt",
    }
    assert load(path).sla[0].ladder == expected

    tick(box.enabled)  # off again: no ladder, and the file says nothing of one
    assert doc.blueprint.sla[0].ladder is None
    menu(window, ids.FILE_SAVE)
    assert "ladder" not in path.read_text("utf-8")


def test_ladder_to_another_pool_and_its_warning_nudges_make_one_undo_step(make_window, tmp_path, qtbot):
    window, tab, _ = open_sla_tab(make_window, tmp_path, qtbot, blueprint(EscalationLadder(warn_at=80)))
    doc = window.current_tab().document
    box = tab.ladder
    box.reassign.setFocus()
    QTest.keyClick(box.reassign, Qt.Key.Key_Down)
    QTest.keyClick(box.reassign, Qt.Key.Key_Down)  # nowhere, Niveau 1, Niveau 2
    assert doc.blueprint.sla[0].ladder.reassign_pool == "pool_2"
    box.warn_at.setFocus()
    for _ in range(5):
        QTest.keyClick(box.warn_at, Qt.Key.Key_Up)
    assert doc.blueprint.sla[0].ladder.warn_at == 85
    menu(window, ids.EDIT_UNDO)  # the five nudges at once
    assert doc.blueprint.sla[0].ladder.warn_at == 80
    assert doc.blueprint.sla[0].ladder.reassign_pool == "pool_2"


def test_wrong_ladder_is_said_next_to_it(make_window, tmp_path, qtbot):
    bp = blueprint(EscalationLadder(reassign_step="step_gone"))
    window, tab, _ = open_sla_tab(make_window, tmp_path, qtbot, bp)
    box = tab.ladder
    assert box.error.isVisible()
    assert "no longer exists" in box.error.text() and "step_gone" not in box.error.text()
    assert box.reassign.currentText() == "(missing)"
    box.reassign.setFocus()
    QTest.keyClick(box.reassign, Qt.Key.Key_Home)  # nowhere
    assert window.current_tab().document.blueprint.sla[0].ladder.reassign_step is None
    assert not box.error.isVisible()


def test_a_warning_outside_1_to_99_percent_is_said_and_mended_from_the_form(make_window, tmp_path, qtbot):
    bp = blueprint(EscalationLadder(warn_at=150, reassign_pool="pool_2"))
    window, tab, _ = open_sla_tab(make_window, tmp_path, qtbot, bp)
    box = tab.ladder
    assert box.error.isVisible() and "150 %" in box.error.text() and "1 to 99 %" in box.error.text()
    assert box.warn_at.value() == 99  # the box shows what it can; the document keeps 150 until edited
    box.warn_at.setFocus()
    QTest.keyClick(box.warn_at, Qt.Key.Key_Down)
    assert window.current_tab().document.blueprint.sla[0].ladder.warn_at == 98
    assert not box.error.isVisible()


def test_a_new_policys_ladder_follows_its_only_target(make_window, tmp_path, qtbot):
    window, tab, _ = open_sla_tab(make_window, tmp_path, qtbot, blueprint())
    doc = window.current_tab().document
    tab.add.click()  # a new policy: a first response within 4 h, no resolution target
    new = doc.blueprint.sla[-1]
    assert new.resolution is None and new.first_response == 240.0
    tick(tab.ladder.enabled)
    assert doc.blueprint.sla[-1].ladder == EscalationLadder(warn_at=80, clock="first_response")
    assert tab.ladder.clock.currentData() == "first_response"


def test_the_ladder_box_says_what_the_diagnostics_list_says_in_the_same_words(make_window, tmp_path, qtbot):
    """One wording: the box next to the ladder shows validation's own sentences (the diagnostics
    list's), every one of them, not words of its own."""
    from blueprint_studio.app.shell.messages import diagnostic_text
    from blueprint_studio.model.validation import validate

    bp = blueprint(EscalationLadder(warn_at=150, reassign_pool="pool_gone"))
    window, tab, _ = open_sla_tab(make_window, tmp_path, qtbot, bp)
    found = [d for d in validate(window.current_tab().document.blueprint) if d.code.startswith("ladder_")]
    assert {d.code for d in found} == {"ladder_warning_range", "ladder_pool_unknown"}
    assert tab.ladder.error.text() == "\n".join(diagnostic_text(d) for d in found)
    assert "pool_gone" not in tab.ladder.error.text()


def test_the_tab_names_each_ladder_undo_step_as_the_properties_panel_does(make_window, tmp_path, qtbot):
    from tests.canvas.test_properties_ladder import LADDER_UNDO_TEXTS

    window, tab, _ = open_sla_tab(make_window, tmp_path, qtbot, blueprint())
    stack = window.blueprint_settings.undo_stack
    start = stack.count()
    box = tab.ladder
    tick(box.enabled)
    box.warn_at.setFocus()
    for _ in range(3):  # nudges merge into one step
        QTest.keyClick(box.warn_at, Qt.Key.Key_Down)
    type_into(box.notify, "Chef d'équipe")
    box.priority_field.setFocus()
    QTest.keyClick(box.priority_field, Qt.Key.Key_Down)
    box.priority_value.setFocus()
    QTest.keyClick(box.priority_value, Qt.Key.Key_Down)
    box.in_service.setFocus()
    QTest.keyClick(box.in_service, Qt.Key.Key_End)
    tick(box.warn)  # no warning
    tick(box.enabled)
    assert [stack.text(i) for i in range(start, stack.count())] == LADDER_UNDO_TEXTS


def test_the_ladder_fits_the_narrow_scenarios_panel(qtbot):
    """The scenario form shows the selected policy's ladder in a side panel about 330 px wide at
    1366 px: its combos shrink and long labels go above their fields, rather than push the form
    past the panel (its right edge hidden behind a horizontal scroll bar)."""
    from blueprint_studio.canvas.settings.ladder_box import LadderBox

    bp = blueprint(EscalationLadder(warn_at=75, priority_field="priority", priority_value="P1"))
    box = LadderBox()
    qtbot.addWidget(box)
    box.show_ladder(bp.sla[0], bp)
    assert box.in_service.findData("interrupt") >= 0  # its longest choice, whole in the list
    assert box.minimumSizeHint().width() <= 320
