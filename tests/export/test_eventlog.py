"""Event logs: CSV rows per activity; XES traces per ticket that an XML parser reads."""
from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

from export.eventlog import CsvEventLog, XesEventLog, timestamp
from model.compiler import compile_blueprint
from model.schema import Blueprint, Edge, EndNode, Fixed, IntakeNode, Pool, StepNode, TicketField
from model.sim import SimulationSettings, simulate

NS = "{http://www.xes-standard.org/}"


def _model():
    bp = Blueprint(
        fields=[TicketField(name="priority", values=["P1", "P2"])],
        pools=[Pool(id="desk", agents=1)],
        nodes=[IntakeNode(id="in", interarrival=Fixed(value=5), set_fields={"priority": "P1"}),
               StepNode(id="s", title="Answer <fast> & \"well\"", pool="desk", duration=Fixed(value=3)),
               EndNode(id="done", title="Closed")],
        edges=[Edge(id="a", source="in", target="s"), Edge(id="b", source="s", target="done")])
    return compile_blueprint(bp).model


def test_timestamps_start_on_a_monday():
    assert timestamp(0) == "2024-01-01T00:00:00.000+00:00"
    assert timestamp(1440 * 7 + 90) == "2024-01-08T01:30:00.000+00:00"


def test_csv_log(tmp_path):
    path = tmp_path / "log.csv"
    with CsvEventLog(path, ["priority"]) as log:
        simulate(_model(), SimulationSettings(horizon_minutes=None, tickets=3), event_log=log)
    rows = list(csv.DictReader(open(path, newline="", encoding="utf-8")))
    assert [(r["case_id"], r["node_id"], r["status"]) for r in rows] == [
        ("0", "s", "completed"), ("0", "done", "resolved"), ("1", "s", "completed"),
        ("1", "done", "resolved"), ("2", "s", "completed"), ("2", "done", "resolved")]
    assert rows[0]["activity"] == 'Answer <fast> & "well"' and rows[0]["resource"] == "desk#1"
    assert float(rows[0]["start_minutes"]) == 5.0 and float(rows[0]["end_minutes"]) == 8.0
    assert rows[0]["priority"] == "P1"


def test_xes_log_is_well_formed_xml_with_one_trace_per_ticket(tmp_path):
    path = tmp_path / "log.xes"
    with XesEventLog(path, ["priority"]) as log:
        simulate(_model(), SimulationSettings(horizon_minutes=None, tickets=4), event_log=log)
    root = ET.parse(path).getroot()
    traces = root.findall(f"{NS}trace")
    assert len(traces) == 4
    events = traces[0].findall(f"{NS}event")
    names = [(e.find(f"{NS}string[@key='concept:name']").get("value"),
              e.find(f"{NS}string[@key='lifecycle:transition']").get("value")) for e in events]
    assert names == [('Answer <fast> & "well"', "schedule"), ('Answer <fast> & "well"', "start"),
                     ('Answer <fast> & "well"', "complete"), ("Closed", "complete")]
