"""The measures of issue 17, on small models worked out by hand, in both event loops: the
earliest-deadline queue on the policy's business hours (point 1), breaches counted whatever the
outcome and for tickets still open (2), elapsed and SLA-clock times named for their clock (3),
queue waits of every ticket that left a queue, per step and per field value, exact time averages
of tickets in the help desk and in the queues, time in the help desk over every outcome (5),
first-contact resolution and re-opens however the loop is drawn (6), and the arrival row of the
event log (7)."""

from __future__ import annotations

import csv
import json

import pytest
from simkit import EventRecorder

from blueprint_studio.export.eventlog import CsvEventLog, XesEventLog
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.schema import (
    Blueprint,
    Calendar,
    DecisionNode,
    Edge,
    EndNode,
    Exponential,
    Fixed,
    IntakeNode,
    OpeningHours,
    Pool,
    RoadmapNode,
    SatisfactionNode,
    SetField,
    SlaPolicy,
    StepNode,
    TicketField,
    WaitNode,
)
from blueprint_studio.model.sim import SimulationSettings, compiled_loop
from blueprint_studio.model.sim.engine import Engine

DAY, HOUR = 1440.0, 60.0
OFFICE = Calendar(id="office", name="Office", hours=[OpeningHours(days=[0, 1, 2, 3, 4], start=9, end=18)])
FRIDAY_17 = 4 * DAY + 17 * HOUR
MONDAY_10 = 7 * DAY + 10 * HOUR


def both_loops(bp: Blueprint, settings: SimulationSettings, log: bool = False) -> tuple[dict, list]:
    """The run's --json figures and event log, the same from the compiled and the Python loop."""
    result = compile_blueprint(bp)
    assert result.ok, [d.code for d in result.errors]
    outputs, logs = [], []
    for compiled in (True, False):
        recorder = EventRecorder() if log else None
        engine = Engine(result.model, settings, event_log=recorder, allow_compiled=compiled)
        outputs.append(json.dumps(engine.run().to_dict()))
        assert engine.ran_compiled is (compiled and compiled_loop.available())
        logs.append(recorder.rows if recorder is not None else [])
    assert outputs[0] == outputs[1]
    assert logs[0] == logs[1]
    return json.loads(outputs[0]), logs[0]


# ---------------------------------------------------------------- 1. earliest deadline, business hours


def edf_desk() -> Blueprint:
    """Friday: a ticket without SLA at 17:00 keeps the one agent busy an hour; at 17:01 a ticket
    under a 2-business-hour target (Mon-Fri 9-18: due Monday 10:01), at 17:02 one under a
    10-hour wall-clock target (due Saturday 03:02). The second is due first."""

    def intake(node_id: str, at: float, tier: str) -> IntakeNode:
        return IntakeNode(id=node_id, interarrival=Fixed(value=at), set_fields={"tier": tier})

    return Blueprint(
        fields=[TicketField(name="tier", type="choice", values=["none", "office", "wall"])],
        pools=[Pool(id="desk", agents=1, discipline="sla")],
        calendars=[OFFICE],
        nodes=[
            intake("blocker", FRIDAY_17, "none"),
            intake("office_hours", FRIDAY_17 + 1, "office"),
            intake("round_the_clock", FRIDAY_17 + 2, "wall"),
            StepNode(id="work", pool="desk", duration=Fixed(value=60)),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="blocker", target="work"),
            Edge(id="e2", source="office_hours", target="work"),
            Edge(id="e3", source="round_the_clock", target="work"),
            Edge(id="e4", source="work", target="done"),
        ],
        sla=[
            SlaPolicy(
                id="office_sla",
                name="Office",
                when='tier == "office"',
                resolution=120,
                business_hours=True,
                calendar="office",
            ),
            SlaPolicy(id="wall_sla", name="Round the clock", when='tier == "wall"', resolution=600),
        ],
    )


def test_the_earliest_deadline_queue_counts_a_policys_business_hours():
    """Before: the 120 business minutes were read as wall-clock minutes (due Friday 19:01), and
    the office-hours ticket was served first."""
    _, rows = both_loops(edf_desk(), SimulationSettings(horizon_minutes=FRIDAY_17 + 200), log=True)
    served = [(row[2]["tier"], row[8]) for row in rows if row[4] == "work"]  # tier, start
    assert served == [("none", FRIDAY_17), ("wall", FRIDAY_17 + 60), ("office", FRIDAY_17 + 120)]


# ---------------------------------------------------------------- 2, 3 and 5 on one queue


def busy_desk() -> Blueprint:
    """A ticket every 10 minutes (10, 20 ... 90), one agent, 25 minutes each, customers who give
    up after 40 minutes in the queue, first response and resolution targets of 30 minutes.
    By hand, to the horizon at 95: A (10) served 10-35; B (20) 35-60; C (30) 60-85; D (40)
    gives up at 80; E (50) served from 85, still in service; F, G, H, I (60-90) queued."""
    return Blueprint(
        fields=[TicketField(name="tier", type="choice", values=["gold"])],
        pools=[Pool(id="desk", agents=1)],
        nodes=[
            IntakeNode(id="in", interarrival=Fixed(value=10), patience=Fixed(value=40)),
            StepNode(id="work", pool="desk", duration=Fixed(value=25), first_response=True),
            EndNode(id="done"),
        ],
        edges=[Edge(id="e1", source="in", target="work"), Edge(id="e2", source="work", target="done")],
        sla=[SlaPolicy(id="sla", name="Standard", first_response=30, resolution=30)],
    )


BUSY = SimulationSettings(horizon_minutes=95)


def test_a_ticket_breaches_when_its_clock_passes_the_target_whatever_its_outcome():
    """Resolution: B (40) and C (55) resolved late, D (40) abandoned, E (45) and F (35) still
    open past the target: 5 of the 6 decided tickets; G, H, I are within it, undecided. Before:
    2 of the 3 resolved tickets only. First response: the same five of six (A answered at 25)."""
    kpis = both_loops(busy_desk(), BUSY)[0]["kpis"]
    assert kpis["sla_resolution_breach_rate"] == 5 / 6
    assert kpis["sla_resolution_breached_open"] == 2.0
    assert kpis["sla_first_response_breach_rate"] == 5 / 6
    assert kpis["sla_first_response_breached_open"] == 2.0
    assert kpis["in_progress"] == 5.0


def test_queue_waits_count_every_ticket_that_left_a_queue_per_step_and_per_field_value():
    """Waits: A 0, B 15, C 30, E 35 served and D 40 gone: mean 24 (before: 20, D left out)."""
    out = both_loops(busy_desk(), BUSY)[0]
    step = out["steps"]["work"]
    assert step["served"] == 4.0
    assert step["wait_mean"] == 24.0
    assert step["wait_p50"] == pytest.approx(30.0, rel=0.006)  # histogram bins: 0.5 %
    assert step["wait_p95"] == pytest.approx(40.0, rel=0.006)  # the longest
    assert out["kpis"]["queue_wait_mean"] == 24.0
    assert out["by_dimension"]["tier"]["gold"]["queue_wait_mean"] == 24.0
    assert out["by_dimension"]["tier"]["gold"]["queue_wait_p90"] == pytest.approx(40.0, rel=0.006)


def test_exact_time_averages_and_the_time_in_the_help_desk_over_every_outcome():
    """Open tickets integrate to 285 ticket-minutes over 95 minutes; queued ones to 200 (B 15,
    C 30, D 40, E 35, F 35, G 25, H 15, I 5). Time in the help desk: A 25, B 40, C 55 and D 40
    (abandoned) over four tickets; resolution time over the three resolved."""
    kpis = both_loops(busy_desk(), BUSY)[0]["kpis"]
    assert kpis["in_system_mean"] == 285 / 95
    assert kpis["in_queue_mean"] == 200 / 95
    assert kpis["time_in_system_mean"] == 40.0
    assert kpis["resolution_elapsed_mean"] == 40.0
    assert kpis["resolution_sla_mean"] == 40.0  # no calendar, no pause: the same clock


def test_elapsed_and_sla_clock_times_are_named_for_their_clock():
    """Friday 17:00 to Monday 10:00 is 65 elapsed hours and 2 business hours."""
    bp = Blueprint(
        pools=[Pool(id="desk", agents=1)],
        calendars=[OFFICE],
        nodes=[
            IntakeNode(id="in", interarrival=Fixed(value=FRIDAY_17)),
            StepNode(
                id="answer", pool="desk", duration=Fixed(value=MONDAY_10 - FRIDAY_17), first_response=True
            ),
            EndNode(id="done"),
        ],
        edges=[Edge(id="e1", source="in", target="answer"), Edge(id="e2", source="answer", target="done")],
        sla=[SlaPolicy(id="sla", name="Office", resolution=120, business_hours=True, calendar="office")],
    )
    kpis = both_loops(bp, SimulationSettings(horizon_minutes=None, tickets=1))[0]["kpis"]
    assert "first_response_mean" not in kpis  # the old name said neither
    assert kpis["first_response_sla_mean"] == kpis["resolution_sla_mean"] == 120.0
    assert kpis["first_response_elapsed_mean"] == kpis["resolution_elapsed_mean"] == MONDAY_10 - FRIDAY_17


# ---------------------------------------------------------------- 6. first-contact resolution


def rework(drawn_as: str) -> Blueprint:
    """An answer, then the customer's verdict: unhappy the first time (the field `fixed` is
    false at arrival), back to the answer once, happy after. Drawn with a satisfaction survey,
    or with a wait for the customer's answer and a decision."""
    fields = [TicketField(name="fixed", type="boolean", p_true=0.0)]
    back = [SetField(field="fixed", value=True)]
    nodes = [
        IntakeNode(id="in", interarrival=Fixed(value=30)),
        StepNode(id="answer", pool="desk", duration=Fixed(value=5)),
        EndNode(id="done"),
    ]
    if drawn_as == "survey":
        nodes.append(SatisfactionNode(id="verdict", condition="fixed"))
        edges = [
            Edge(id="e2", source="answer", target="verdict"),
            Edge(id="yes", source="verdict", target="done", condition="satisfied"),
            Edge(id="no", source="verdict", target="answer", default=True, after=back),
        ]
    else:
        nodes += [WaitNode(id="confirm", response_time=Fixed(value=10)), DecisionNode(id="verdict")]
        edges = [
            Edge(id="e2", source="answer", target="confirm"),
            Edge(id="e3", source="confirm", target="verdict"),
            Edge(id="yes", source="verdict", target="done", condition="fixed"),
            Edge(id="no", source="verdict", target="answer", default=True, after=back),
        ]
    return Blueprint(
        fields=fields,
        pools=[Pool(id="desk", agents=2)],
        nodes=nodes,
        edges=[Edge(id="e1", source="in", target="answer"), *edges],
    )


def test_a_reopen_drawn_as_a_decision_counts_as_a_survey_reopen_does():
    """Before: the decision's way back was no re-open (rate 0 against 1 with the survey)."""
    result = compile_blueprint(rework("decision"))
    reopens = {t.edge_id: t.reopens for n in result.model.nodes for t in n.transitions}
    assert reopens == {"e1": False, "e2": False, "e3": False, "yes": False, "no": True}
    settings = SimulationSettings(horizon_minutes=None, tickets=20)
    for drawn_as in ("survey", "decision"):
        kpis = both_loops(rework(drawn_as), settings)[0]["kpis"]
        assert kpis["resolved"] == 20.0
        assert kpis["reopen_rate"] == 1.0, drawn_as
        assert kpis["fcr_rate"] == 0.0, drawn_as


def test_a_single_way_back_from_a_wait_is_no_reopen():
    """Waiting for the customer's information, then back to work: a loop, not a re-open."""
    bp = Blueprint(
        pools=[Pool(id="desk", agents=1)],
        nodes=[
            IntakeNode(id="in", interarrival=Fixed(value=30)),
            StepNode(id="answer", pool="desk", duration=Fixed(value=5)),
            DecisionNode(id="enough"),
            WaitNode(id="info", response_time=Fixed(value=10)),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="in", target="answer"),
            Edge(id="e2", source="answer", target="enough"),
            Edge(id="ok", source="enough", target="done", condition="responded"),
            Edge(id="ask", source="enough", target="info", default=True),
            Edge(id="back", source="info", target="answer"),
        ],
    )
    model = compile_blueprint(bp).model
    assert not any(t.reopens for n in model.nodes for t in n.transitions)


def test_feature_requests_are_no_first_contact_resolution():
    """Before: a request sent to the roadmap and closed as resolved counted as an FCR."""
    bp = Blueprint(
        fields=[TicketField(name="category", type="choice", values=["support", "feature"], weights=[1, 1])],
        pools=[Pool(id="desk", agents=2)],
        nodes=[
            IntakeNode(id="in", interarrival=Fixed(value=10)),
            StepNode(id="answer", pool="desk", duration=Fixed(value=5)),
            DecisionNode(id="kind"),
            RoadmapNode(id="roadmap"),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="in", target="answer"),
            Edge(id="e2", source="answer", target="kind"),
            Edge(id="feature", source="kind", target="roadmap", condition='category == "feature"'),
            Edge(id="support", source="kind", target="done", default=True),
            Edge(id="e3", source="roadmap", target="done"),
        ],
    )
    kpis = both_loops(bp, SimulationSettings(horizon_minutes=None, tickets=200, seed=3))[0]["kpis"]
    assert kpis["resolved"] == 200.0 and 0 < kpis["roadmap_requests"] < 200
    assert kpis["fcr_rate"] == 1 - kpis["roadmap_requests"] / 200


# ---------------------------------------------------------------- 7. the arrival row


def test_each_ticket_has_an_arrival_row_before_its_first_activity_ends(tmp_path):
    _, rows = both_loops(busy_desk(), BUSY, log=True)
    first = {}
    for ticket, arrival, _, _, node, _pool, _agent, enabled, start, end, status in rows:
        first.setdefault(ticket, (node, status, enabled, start, end, arrival))
    assert len(first) == 9  # A to I, the ones still queued too
    assert all(f[:2] == ("in", "arrived") and f[2] == f[3] == f[4] == f[5] for f in first.values())
    # the exports take it: a CSV row, and one XES event
    model = compile_blueprint(busy_desk()).model
    with (
        CsvEventLog(tmp_path / "log.csv", ["tier"]) as log_csv,
        XesEventLog(tmp_path / "log.xes", ["tier"]) as xes,
    ):
        for sink in (log_csv, xes):
            Engine(model, BUSY, event_log=sink).run()
    with open(tmp_path / "log.csv", newline="", encoding="utf-8") as handle:
        arrived = [r for r in csv.DictReader(handle) if r["status"] == "arrived"]
    assert [(r["case_id"], r["node_id"], r["end_minutes"]) for r in arrived][:2] == [
        ("0", "in", "10.0"),
        ("1", "in", "20.0"),
    ]
    xes_text = (tmp_path / "log.xes").read_text(encoding="utf-8")
    assert xes_text.count('<string key="status" value="arrived"/>') == 9


def test_the_time_average_in_the_help_desk_keeps_littles_law_and_the_mm1_figure():
    """M/M/1 at 60 % load for 60 days: L = λW between the exact time average and the mean time
    in the help desk, and L = ρ / (1 - ρ) = 1.5, Lq = ρ² / (1 - ρ) = 0.9 (within sampling error)."""
    bp = Blueprint(
        pools=[Pool(id="desk", agents=1)],
        nodes=[
            IntakeNode(id="in", rate_per_hour=6.0),
            StepNode(id="work", pool="desk", duration=Exponential(mean=6.0)),
            EndNode(id="done"),
        ],
        edges=[Edge(id="e1", source="in", target="work"), Edge(id="e2", source="work", target="done")],
    )
    settings = SimulationSettings(horizon_minutes=62 * DAY, warmup_minutes=2 * DAY, seed=11)
    kpis = both_loops(bp, settings)[0]["kpis"]
    rate = kpis["arrived"] / (60 * DAY)
    assert kpis["in_system_mean"] == pytest.approx(rate * kpis["time_in_system_mean"], rel=0.02)
    assert kpis["in_system_mean"] == pytest.approx(1.5, rel=0.12)
    assert kpis["in_queue_mean"] == pytest.approx(0.9, rel=0.15)
