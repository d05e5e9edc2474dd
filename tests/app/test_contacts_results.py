"""Follow-up contacts where people read the results: after a run of a desk whose customers write
again, the results dock has cards for contacts per ticket and duplicate tickets that say what
they mean, and its KPI table lists every contact figure by name; a desk without follow-ups shows
none of them."""

from __future__ import annotations

import pytest
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio.app.shell.kpi_words import kpi_figure
from blueprint_studio.app.shell.workers import SimulationWorker
from blueprint_studio.app.simulation.results import ResultsDock
from blueprint_studio.model.kpis import KPI_NOTES
from blueprint_studio.model.schema import Exponential, FollowUps
from blueprint_studio.model.sim.settings import DAY, SimulationSettings
from tests.sim.test_contacts import help_desk


def desk(follow_ups: FollowUps | None):
    bp = help_desk(detect=70.0)
    nodes = [
        n.model_copy(update={"interarrival": None, "rate_per_hour": 1.0, "follow_ups": follow_ups})
        if n.id == "mail"
        else n
        for n in bp.nodes
    ]
    return bp.model_copy(update={"nodes": nodes, "meta": bp.meta.model_copy(update={"title": "Desk"})})


def record_of(blueprint):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    worker = SimulationWorker()
    got = []
    worker.sig_finished.connect(got.append)
    worker.run_scenario(
        blueprint, None, revision=1, settings=SimulationSettings(horizon_minutes=3 * DAY, replications=2)
    )
    worker.wait(60_000)
    app.processEvents()
    worker.shutdown()
    assert got
    return got[0]


def shown(qtbot, record) -> ResultsDock:
    dock = ResultsDock()
    qtbot.addWidget(dock)
    bp = record.blueprint
    dock.show_record(
        record, {n.id: n.title for n in bp.nodes}, {p.id: p.name for p in bp.all_pools()}, [], "Test", "Desk"
    )
    return dock


@pytest.mark.usefixtures("isolated")
def test_the_results_show_the_contact_figures_and_say_what_they_are(qtbot):
    record = record_of(desk(FollowUps(share=50.0, after=Exponential(mean=30.0), via="chat")))
    dock = shown(qtbot, record)
    estimate = record.result.summary["contacts_per_ticket"]
    assert estimate.mean > 1.0
    card = dock.cards["contacts_per_ticket"]
    assert card.title.text() == "Contacts per ticket"
    assert card.value.text() == kpi_figure("contacts_per_ticket", estimate.mean).value
    assert card.toolTip() == KPI_NOTES["contacts_per_ticket"]
    assert dock.cards["duplicate_rate"].value.text().endswith("%")
    labels = [row[0] for row in dock.table_rows()]
    for label in (
        "Contacts per ticket",
        "Follow-up contacts",
        "Follow-ups merged at triage",
        "Duplicate tickets worked, then merged",
        "Duplicate tickets",
        "Agent time on duplicate tickets",
        "Agent time on merges at triage",
    ):
        assert label in labels, label


@pytest.mark.usefixtures("isolated")
def test_without_follow_ups_there_are_no_contact_figures(qtbot):
    dock = shown(qtbot, record_of(desk(None)))
    assert "contacts_per_ticket" not in dock.cards and "duplicate_rate" not in dock.cards
    assert "Contacts per ticket" not in [row[0] for row in dock.table_rows()]


def test_the_help_explains_follow_ups_and_duplicates(make_window):
    from blueprint_studio.app.shell.help import guide_html

    html = guide_html(make_window())
    assert "Follow-ups and duplicates" in html and "“Merge rule”" in html
    assert "their share of all the tickets opened" in html  # what the duplicate rate means
