"""The simulation report says how often each role was notified by the Notify actions of steps
and transitions (the hand-checked run of tests/sim/test_notify.py), and has no such section when
nothing notifies anybody."""

from __future__ import annotations

from pdfkit import outline_titles, pdf_bytes, squeeze, text_of

from blueprint_studio.export.pdf_report import ReportData
from blueprint_studio.export.pdfdoc import PdfOptions
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import compile_for, replicate
from tests.sim.test_notify import desk


def report(bp) -> tuple[str, list[str]]:
    settings = SimulationSettings(horizon_minutes=13.5, replications=2, seed=1)
    data = ReportData(replicate(compile_for(bp, None), settings), settings)
    pdf = pdf_bytes(bp, report=data, blueprint_sheets=False, options=PdfOptions(language="en"))
    return squeeze(text_of(pdf)), outline_titles(pdf)


def test_the_report_counts_notifications_per_role():
    text, titles = report(desk())
    assert "Notifications" in titles
    assert squeeze("Notifications to Team lead: 10") in text
    assert squeeze("Notifications to Superviseur: 4") in text
    assert squeeze("The escalation ladders' notifications are counted with their ladders.") in text


def test_nothing_notified_no_section():
    bp = desk()
    bp = bp.model_copy(
        update={
            "nodes": [n.model_copy(update={"actions": []}) if n.id == "triage" else n for n in bp.nodes],
            "edges": [e.model_copy(update={"after": []}) for e in bp.edges],
        }
    )
    text, titles = report(bp)
    assert "Notifications" not in titles and squeeze("Notifications to") not in text
