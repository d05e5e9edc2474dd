"""Each SLA policy's breach rates, by the policy's name, in the results dock's table and in the
PDF report's SLA part (the hand-worked run of tests/sim/test_policy_breaches.py)."""

from __future__ import annotations

from blueprint_studio.app.shell.workers import RunRecord
from blueprint_studio.app.simulation.results import ResultsDock
from blueprint_studio.export.pdf_report import ReportData
from blueprint_studio.export.pdfdoc import PdfOptions
from blueprint_studio.model.sim.replications import compile_for, replicate
from tests.export.pdfkit import pdf_bytes, squeeze, text_of
from tests.sim.test_policy_breaches import SETTINGS, two_policies

RUNS = SETTINGS.with_(replications=2)


def test_the_dock_table_gives_each_policys_breach_rates_by_its_name(qtbot):
    bp = two_policies()
    result = replicate(compile_for(bp, None), RUNS, workers=1)
    dock = ResultsDock()
    qtbot.addWidget(dock)
    record = RunRecord(result=result, scenario_id=None, settings=RUNS, revision=1, blueprint=bp)
    dock.show_record(record, {n.id: n.title for n in bp.nodes}, {}, [], "Test", "Desk")
    rows = {row[0]: row[1] for row in dock.table_rows()}
    assert rows["Resolution SLA breaches — Phone"] == "100.0 %"
    assert rows["Resolution SLA breaches — Standard"] == "0.0 %"
    assert rows["First-response SLA breaches — Standard"] == "66.7 %"
    assert not any("urgent" in row[0] or "standard" in row[0] for row in dock.table_rows())


def test_the_report_lists_each_policys_tickets_and_breach_rates():
    bp = two_policies()
    data = ReportData(replicate(compile_for(bp, None), RUNS, workers=1), RUNS)
    text = squeeze(
        text_of(pdf_bytes(bp, report=data, blueprint_sheets=False, options=PdfOptions(language="en")))
    )
    assert squeeze("Breaches by SLA policy") in text
    assert squeeze("Phone 4 100.0 % 100.0 %") in text
    assert squeeze("Standard 5 66.7 % 0.0 %") in text
