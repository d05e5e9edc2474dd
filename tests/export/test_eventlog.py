"""Event logs: CSV rows per activity; XES traces per ticket that an XML parser reads, whatever
the names hold; CSV cells (event log and results) that never start a spreadsheet formula."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

from anytext import ANY_TEXT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blueprint_studio.app.simulation.results_export import write_csv
from blueprint_studio.export.eventlog import CsvEventLog, XesEventLog, timestamp
from blueprint_studio.export.safe_text import FORMULA_STARTS, csv_safe, xml_safe
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    Fixed,
    IntakeNode,
    Pool,
    StepNode,
    TicketField,
)
from blueprint_studio.model.sim import SimulationSettings, simulate

NS = "{http://www.xes-standard.org/}"


def _model(step: str = 'Answer <fast> & "well"', end: str = "Closed", value: str = "P1"):
    bp = Blueprint(
        fields=[TicketField(name="priority", values=[value, "P2"] if value != "P2" else ["P2"])],
        pools=[Pool(id="desk", agents=1)],
        nodes=[
            IntakeNode(id="in", interarrival=Fixed(value=5), set_fields={"priority": value}),
            StepNode(id="s", title=step, pool="desk", duration=Fixed(value=3)),
            EndNode(id="done", title=end),
        ],
        edges=[Edge(id="a", source="in", target="s"), Edge(id="b", source="s", target="done")],
    )
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
        ("0", "in", "arrived"),  # each ticket's first row: its arrival (issue 17)
        ("0", "s", "completed"),
        ("0", "done", "resolved"),
        ("1", "in", "arrived"),
        ("1", "s", "completed"),
        ("1", "done", "resolved"),
        ("2", "in", "arrived"),
        ("2", "s", "completed"),
        ("2", "done", "resolved"),
    ]
    assert float(rows[0]["end_minutes"]) == 5.0 and rows[0]["priority"] == "P1"
    assert rows[1]["activity"] == 'Answer <fast> & "well"' and rows[1]["resource"] == "desk#1"
    assert float(rows[1]["start_minutes"]) == 5.0 and float(rows[1]["end_minutes"]) == 8.0
    assert rows[1]["priority"] == "P1"


def test_xes_log_is_well_formed_xml_with_one_trace_per_ticket(tmp_path):
    path = tmp_path / "log.xes"
    with XesEventLog(path, ["priority"]) as log:
        simulate(_model(), SimulationSettings(horizon_minutes=None, tickets=4), event_log=log)
    root = ET.parse(path).getroot()
    traces = root.findall(f"{NS}trace")
    assert len(traces) == 4
    events = traces[0].findall(f"{NS}event")
    names = [
        (
            e.find(f"{NS}string[@key='concept:name']").get("value"),
            e.find(f"{NS}string[@key='lifecycle:transition']").get("value"),
        )
        for e in events
    ]
    assert names == [
        ("in", "complete"),  # the arrival, one event
        ('Answer <fast> & "well"', "schedule"),
        ('Answer <fast> & "well"', "start"),
        ('Answer <fast> & "well"', "complete"),
        ("Closed", "complete"),
    ]


def _is_formula(cell: str) -> bool:
    """A cell a spreadsheet would evaluate: it starts a formula and is not a plain number."""
    if not cell.startswith(FORMULA_STARTS):
        return False
    try:
        float(cell)
        return cell.strip() != cell
    except ValueError:
        return True


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(step=ANY_TEXT, end=ANY_TEXT, value=ANY_TEXT.filter(lambda v: v.strip()), name=ANY_TEXT)
def test_logs_stay_readable_whatever_the_names_hold(tmp_path, step, end, value, name):
    """XES parses as well-formed XML and keeps what XML can hold of each name; no CSV cell
    starts a formula."""
    model = _model(step, end, value)
    run = SimulationSettings(horizon_minutes=None, tickets=2)
    with XesEventLog(tmp_path / "log.xes", ["priority"], name=name) as log:
        simulate(model, run, event_log=log)
    root = ET.parse(tmp_path / "log.xes").getroot()
    assert root.find(f"{NS}string[@key='concept:name']").get("value") == xml_safe(name)
    activities = {e.find(f"{NS}string[@key='concept:name']").get("value") for e in root.iter(f"{NS}event")}
    titles = {node.id: node.title for node in model.nodes}  # the model may name untitled nodes
    assert activities <= {xml_safe(titles["in"]), xml_safe(titles["s"]), xml_safe(titles["done"])}
    assert xml_safe(titles["s"]) in activities
    values = {t.find(f"{NS}string[@key='priority']").get("value") for t in root.iter(f"{NS}trace")}
    assert values == {xml_safe(value)}
    with CsvEventLog(tmp_path / "log.csv", ["priority"]) as log:
        simulate(model, run, event_log=log)
    rows = list(csv.reader(open(tmp_path / "log.csv", newline="", encoding="utf-8")))
    assert len(rows) == 1 + 6  # an arrival, the step and the end per ticket
    assert not [cell for row in rows for cell in row if _is_formula(cell)]
    assert {rows[2][1], rows[3][1]} <= {csv_safe(titles["s"]), csv_safe(titles["done"])}


@given(cells=st.lists(st.one_of(ANY_TEXT, st.floats(allow_nan=False), st.integers()), max_size=8))
def test_results_csv_cells_never_start_a_formula(tmp_path_factory, cells):
    path = tmp_path_factory.mktemp("csv") / "results.csv"
    write_csv(path, [["scope", "figure"], cells])
    read = list(csv.reader(open(path, newline="", encoding="utf-8")))
    assert not [cell for row in read for cell in row if _is_formula(cell)]
    for written, back in zip(cells, read[1] if len(read) > 1 else []):
        if isinstance(written, (int, float)):
            number = int(back) if isinstance(written, int) else float(back)
            assert number == written  # numbers stay numbers, negative ones too


def test_formula_cells_are_quoted_and_numbers_kept(tmp_path):
    path = tmp_path / "kpis.csv"
    write_csv(path, [['=HYPERLINK("http://x")', "+1+2", "-1.5", -2, "@SUM(A1)", "\tx", "-", "P1"]])
    row = next(csv.reader(open(path, newline="", encoding="utf-8")))
    assert row == ['\'=HYPERLINK("http://x")', "'+1+2", "-1.5", "-2", "'@SUM(A1)", "'\tx", "'-", "P1"]


def test_xes_log_is_named_after_the_blueprint(tmp_path):
    from blueprint_studio.export.eventlog import open_event_log

    with open_event_log(tmp_path / "log.xes", ["priority"], name="Tiered\x01 support\ufffe") as log:
        simulate(_model(), SimulationSettings(horizon_minutes=None, tickets=1), event_log=log)
    root = ET.parse(tmp_path / "log.xes").getroot()
    assert root.find(f"{NS}string[@key='concept:name']").get("value") == "Tiered support"
