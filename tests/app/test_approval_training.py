"""The trainer meets an approval in the walkthrough dock: the ticket-states template's escalation
from Open to level 2 needs the support team lead's approval; the dock offers both answers by their
words, and the trainer takes either with the number keys. The help explains approvals."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.app.shellkit import answers, isolated, make_window  # noqa: F401 - fixtures
from tests.app.test_walkthrough_dock import DIGIT, bench_of


def at_open(qtbot):
    b = bench_of(qtbot, "ticket_states")
    b.workspace.start()
    b.dock.start("card_password")
    b.key(Qt.Key.Key_Right, 2)  # the intake -> New -> Open (the model's own way)
    assert b.node() == "st_open"
    return b


def test_the_trainer_takes_the_rejection_of_an_approval(qtbot):
    b = at_open(qtbot)
    view = b.dock.walk.state()
    granted = next(c for c in view.choices if c.approval == "granted")
    rejected = next(c for c in view.choices if c.approval == "rejected")
    buttons = b.dock.page.choices.buttons
    assert "Approved by Support team lead" in buttons[granted.index].label
    assert "Rejected by Support team lead" in buttons[rejected.index].label
    assert buttons[rejected.index].label.endswith("In progress")  # where rejected tickets go
    b.key(DIGIT[rejected.index + 1])
    assert b.node() == "st_in_progress"
    b.check_highlight()


def test_the_trainer_takes_the_approval(qtbot):
    b = at_open(qtbot)
    granted = next(c for c in b.dock.walk.state().choices if c.approval == "granted")
    b.key(DIGIT[granted.index + 1])
    assert b.node() == "st_escalated"


def test_the_help_explains_approvals_and_transfers(make_window):
    from blueprint_studio.app.shell.help import guide_html

    html = guide_html(make_window())
    assert "Approvals and transfers" in html
    assert "rejected, it goes back to the step it comes from to be done again" in html
