"""The compiled event loop (model/sim/_core.c) runs the models it covers and gives exactly the
results of the engine's Python loop: every KPI, histogram bin, per-step and per-pool figure,
series point and edge count, bit for bit, on the bundled templates and their scenarios and on
models that use every feature of the engine; models it does not cover run in Python. (The exact
traces of test_sim_traces.py compare the two loops too.)"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.schema import (
    Blueprint,
    Calendar,
    DecisionNode,
    DurationRule,
    Edge,
    Empirical,
    EndNode,
    Exponential,
    Fixed,
    IntakeNode,
    Lane,
    LogNormal,
    Notify,
    OpeningHours,
    Pool,
    Reassign,
    RoadmapNode,
    SatisfactionNode,
    SendTemplate,
    SetField,
    Shift,
    SlaPolicy,
    StepNode,
    TicketField,
    Triangular,
    Uniform,
    WaitNode,
    WeeklySchedule,
)
from blueprint_studio.model.sim import SimulationSettings, compiled_loop, simulate
from blueprint_studio.model.sim.engine import Engine
from blueprint_studio.resources import templates

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sim"))
from simkit import EventRecorder, simpy_reference  # noqa: E402

needs_core = pytest.mark.skipif(not compiled_loop.available(), reason="the compiled loop is not built here")


def test_the_compiled_loop_is_built_where_a_compiler_is():
    if shutil.which("cc") or shutil.which("gcc"):
        assert compiled_loop.available(), "model/sim/_core.c did not build: run pip install -e . again"


def both_loops(
    bp: Blueprint, settings: SimulationSettings, scenario: str | None = None, *, compiled: bool = True
) -> dict:
    """The results of the compiled loop and of the engine's Python loop, checked equal byte for byte
    as `simulate --json` prints them (key order included: the edges came in another order)."""
    result = compile_blueprint(bp, scenario)
    assert result.ok, [d.code for d in result.errors]
    fast, python = Engine(result.model, settings), Engine(result.model, settings, allow_compiled=False)
    outputs = [json.dumps(engine.run().to_dict()) for engine in (fast, python)]
    assert fast.ran_compiled is compiled and not python.ran_compiled
    assert outputs[0] == outputs[1]
    return json.loads(outputs[0])


def rich() -> Blueprint:
    """Two intakes, choice and yes/no fields, SLA policies by priority, duration rules, every
    distribution, a decision with a guard, conditions, probabilities and a default, after-actions
    (set a field, send a template, notify), a survey by condition, the roadmap and three outcomes."""
    fields = [
        TicketField(name="priority", values=["P1", "P2", "P3"], weights=[1, 2, 5]),
        TicketField(name="vip", type="boolean", p_true=0.2),
        TicketField(name="channel", values=["mail", "chat"], weights=[3, 1]),
        TicketField(name="note", type="text"),
    ]
    pools = [
        Pool(id="desk", agents=6, cost_per_hour=30),
        Pool(id="experts", agents=5),
        Pool(id="product", agents=1),
    ]
    nodes = [
        IntakeNode(id="mail", rate_per_hour=10),
        # the chat's own shares of the priorities (P2 gets none)
        IntakeNode(id="chat", rate_per_hour=5, channel="chat", field_shares={"priority": {"P1": 3, "P3": 1}}),
        StepNode(
            id="triage",
            pool="desk",
            lane="front",
            duration=Uniform(low=1, high=6),
            first_response=True,
            duration_rules=[DurationRule(when='priority == "P1"', duration=Fixed(value=2))],
        ),
        DecisionNode(id="route"),
        StepNode(
            id="fix",
            pool="desk",
            duration=Triangular(low=5, mode=10, high=40),
            level=1,
            actions=[SetField(field="channel", value="chat"), Notify(target="team")],
        ),
        StepNode(
            id="expert",
            pool="experts",
            lane="back",
            duration=LogNormal(mean=45, sd=30),
            level=2,
            duration_rules=[DurationRule(when="vip", duration=Empirical(samples=[10, 20, 30]))],
        ),
        StepNode(
            id="reply",
            pool="desk",
            lane="front",
            duration=Exponential(mean=3),
            actions=[SendTemplate(text="Thanks")],
        ),
        SatisfactionNode(id="survey", condition='not vip or priority != "P3"'),
        StepNode(
            id="rework",
            pool="experts",
            duration=Fixed(value=15),
            actions=[SetField(field="vip", value=False)],
        ),
        RoadmapNode(id="roadmap"),
        EndNode(id="done"),
        EndNode(id="idea", outcome="closed"),
        EndNode(id="dropped", outcome="rejected"),
    ]
    edges = [
        Edge(id="e_mail", source="mail", target="triage"),
        Edge(id="e_chat", source="chat", target="reply"),
        Edge(id="e_reply", source="reply", target="triage"),
        Edge(id="e_route", source="triage", target="route", after=[SetField(field="channel", value="mail")]),
        Edge(id="r_p1", source="route", target="expert", condition='priority == "P1"'),
        Edge(id="r_idea", source="route", target="roadmap", probability=0.1, before="not vip"),
        Edge(id="r_drop", source="route", target="dropped", probability=0.05),
        Edge(id="r_fix", source="route", target="fix", default=True),
        Edge(id="f_up", source="fix", target="expert", probability=0.2),
        Edge(id="f_done", source="fix", target="survey", default=True),
        Edge(id="x_done", source="expert", target="survey"),
        Edge(id="s_ok", source="survey", target="done", condition="satisfied"),
        Edge(id="s_no", source="survey", target="rework", default=True),
        Edge(id="w_done", source="rework", target="survey"),
        Edge(id="i_done", source="roadmap", target="idea"),
    ]
    sla = [
        SlaPolicy(id="urgent", when='priority == "P1"', first_response=10, resolution=90),
        SlaPolicy(id="vip", when="vip", resolution=240),
        SlaPolicy(id="rest", first_response=60),
    ]
    lanes = [Lane(id="front", kind="frontstage"), Lane(id="back", kind="backstage")]
    return Blueprint(fields=fields, pools=pools, lanes=lanes, nodes=nodes, edges=edges, sla=sla)


@needs_core
@pytest.mark.parametrize(
    "settings",
    [
        SimulationSettings(horizon_minutes=3 * 1440, warmup_minutes=600, seed=5),
        SimulationSettings(horizon_minutes=None, tickets=5000, seed=6, arrival_multiplier=1.3),
        SimulationSettings(horizon_minutes=2 * 1440, seed=7, backlog_points=37),
    ],
    ids=["horizon-warmup", "tickets", "short"],
)
def test_fields_rules_actions_surveys_and_sla_give_identical_results(settings):
    out = both_loops(rich(), settings)
    kpis = out["kpis"]
    assert kpis["arrived"] > 500 and kpis["reopen_rate"] > 0 and kpis["roadmap_requests"] > 0
    assert 0 < kpis["sla_first_response_breach_rate"] < 1
    assert kpis["visible_time_mean"] > 0 and kpis["backstage_time_mean"] > 0
    assert set(out["by_dimension"]) == {"priority", "channel"}
    assert out["edges"]["r_idea"] > 0 and out["edges"]["s_no"] > 0


@needs_core
def test_the_benchmark_model_runs_compiled_and_identically():
    bp = simpy_reference().build_blueprint(simpy_reference().tiered_spec())
    out = both_loops(bp, SimulationSettings(horizon_minutes=None, tickets=20_000, seed=2, warmup_minutes=300))
    assert out["kpis"]["resolved"] > 19_000


@needs_core
def test_progress_and_cancel_reach_the_compiled_loop():
    model = compile_blueprint(rich()).model
    seen = []
    settings = SimulationSettings(horizon_minutes=None, tickets=60_000, seed=1)
    simulate(model, settings, progress=seen.append)
    assert len(seen) > 3 and seen == sorted(seen) and 0 < seen[0] < seen[-1] <= 1
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 1

    from blueprint_studio.model.sim import Cancelled

    with pytest.raises(Cancelled):
        simulate(model, settings, cancel=cancel)


def office() -> Blueprint:
    """A weekly arrival schedule, a renewal intake with preset fields, office-hours shifts, an SLA
    counted in business hours, a re-assignment, impatient customers and a wait with a timeout."""
    rates = [[0.0] * 8 + [12.0] * 10 + [2.0] * 6 for _ in range(5)] + [[1.0] * 24, [0.0] * 24]
    fields = [
        TicketField(name="priority", values=["high", "low"], weights=[1, 3]),
        TicketField(name="source", values=["web", "partner"]),
    ]
    day = [Shift(days=[0, 1, 2, 3, 4], start=8, end=18, agents=3)]
    pools = [
        Pool(id="desk", shifts=day, discipline="priority", priority_field="priority"),
        Pool(id="partners", agents=1, discipline="sla", assignment="least_loaded"),
    ]
    nodes = [
        IntakeNode(id="web", schedule=WeeklySchedule(rates=rates), patience=Exponential(mean=300)),
        IntakeNode(
            id="partner",
            interarrival=Uniform(low=30, high=90),
            set_fields={"source": "partner", "priority": "high"},
        ),
        StepNode(
            id="answer",
            pool="desk",
            duration=Exponential(mean=12),
            first_response=True,
            time_limit=240,
            escalate_to="senior",
        ),
        DecisionNode(id="who"),
        WaitNode(
            id="confirm",
            response_time=Exponential(mean=120),
            p_response=0.7,
            timeout=480,
            timeout_target="closed",
        ),
        StepNode(id="senior", pool="desk", duration=Exponential(mean=30), level=2),
        EndNode(id="done"),
        EndNode(id="closed", outcome="closed"),
    ]
    edges = [
        Edge(id="w", source="web", target="answer"),
        Edge(id="p", source="partner", target="answer"),
        Edge(id="a", source="answer", target="who"),
        Edge(
            id="who_partner",
            source="who",
            target="senior",
            condition='source == "partner"',
            after=[Reassign(pool="partners")],
        ),
        Edge(id="who_rest", source="who", target="confirm", default=True),
        Edge(id="c_done", source="confirm", target="done"),
        Edge(id="c_auto", source="confirm", target="closed", condition="not responded"),
        Edge(id="s_done", source="senior", target="done"),
    ]
    sla = [SlaPolicy(id="sla", first_response=120, resolution=600, business_hours=True, calendar="office")]
    calendars = [
        Calendar(id="office", name="Office", hours=[OpeningHours(days=[0, 1, 2, 3, 4], start=8, end=18)])
    ]
    return Blueprint(fields=fields, pools=pools, nodes=nodes, edges=edges, sla=sla, calendars=calendars)


@needs_core
@pytest.mark.parametrize("multiplier", [1.0, 1.5])
def test_schedules_shifts_business_hours_reassignment_and_waits_give_identical_results(multiplier):
    out = both_loops(
        office(),
        SimulationSettings(
            horizon_minutes=21 * 1440, warmup_minutes=1440, seed=9, arrival_multiplier=multiplier
        ),
    )
    kpis = out["kpis"]
    assert kpis["abandoned"] > 0 and out["steps"]["answer"]["escalations"] > 0
    assert out["edges"]["who_partner"] > 0 and out["edges"]["c_auto"] > 0
    assert out["pools"]["partners"]["busy_hours"] > 0 and 0 < kpis["sla_resolution_breach_rate"] < 1


@needs_core
@pytest.mark.parametrize("template", templates(), ids=lambda t: f"{t.name}.{t.language}")
def test_templates_and_their_scenarios_give_identical_results(template):
    bp = load(template.path)
    for scenario in [None] + [s.id for s in bp.scenarios]:
        for settings in (
            SimulationSettings(horizon_minutes=7 * 1440, warmup_minutes=1440, seed=3),
            SimulationSettings(horizon_minutes=None, tickets=400, seed=4),
        ):
            both_loops(bp, settings, scenario)


def _mixed(discipline: str, assignment: str) -> Blueprint:
    """Two intakes into a queue of the given discipline, a wait with a timeout, a step with a time
    limit, a night shift, impatient customers and an SLA: every path of the engine in one run."""
    fields = [TicketField(name="priority", values=["P1", "P2", "P3"], weights=[1, 3, 6])]
    pools = [
        Pool(id="desk", agents=3, discipline=discipline, priority_field="priority", assignment=assignment),
        Pool(
            id="experts",
            shifts=[
                Shift(days=list(range(7)), start=0, end=12, agents=2),
                Shift(days=list(range(7)), start=12, end=24, agents=1),
            ],
        ),
    ]
    nodes = [
        IntakeNode(id="mail", rate_per_hour=9, patience=Exponential(mean=40)),
        IntakeNode(id="phone", rate_per_hour=4, channel="phone"),
        StepNode(
            id="triage",
            pool="desk",
            duration=Uniform(low=2, high=10),
            first_response=True,
            time_limit=30,
            escalate_to="expert",
        ),
        WaitNode(
            id="ask",
            response_time=LogNormal(mean=30, sd=20),
            p_response=0.8,
            timeout=90,
            timeout_target="closed",
            pauses_sla=True,
        ),
        StepNode(id="expert", pool="experts", duration=Triangular(low=5, mode=15, high=60), level=2),
        EndNode(id="done"),
        EndNode(id="closed", outcome="closed"),
    ]
    edges = [
        Edge(id="m", source="mail", target="triage"),
        Edge(id="p", source="phone", target="triage"),
        Edge(id="t_ask", source="triage", target="ask", probability=0.3),
        Edge(id="t_exp", source="triage", target="expert", condition='priority == "P1"'),
        Edge(id="t_done", source="triage", target="done", default=True),
        Edge(id="a_exp", source="ask", target="expert"),
        Edge(id="x_done", source="expert", target="done"),
    ]
    sla = [
        SlaPolicy(id="p1", when='priority == "P1"', first_response=15, resolution=120),
        SlaPolicy(id="rest", first_response=60, resolution=600),
    ]
    return Blueprint(fields=fields, pools=pools, nodes=nodes, edges=edges, sla=sla)


@needs_core
@pytest.mark.parametrize("discipline", ["fifo", "priority", "sla"])
@pytest.mark.parametrize("assignment", ["next_free", "least_loaded"])
def test_every_discipline_shift_wait_limit_and_abandonment_gives_identical_results(discipline, assignment):
    bp = _mixed(discipline, assignment)
    for settings in (
        SimulationSettings(horizon_minutes=5 * 1440, warmup_minutes=600, seed=7),
        SimulationSettings(horizon_minutes=None, tickets=3000, seed=8, arrival_multiplier=1.4),
    ):
        out = both_loops(bp, settings)
        assert out["kpis"]["abandoned"] > 0  # the model does reach every path


def _self_service(discipline: str) -> Blueprint:
    """`_mixed` with steps nobody staffs: mail first offers articles (the customer's step, with
    duration rules and a level) and some tickets end there, resolved; phone tickets get an
    automatic acknowledgement (the system's step: a template, a time limit that only counts
    breaches, a re-assignment kept for the next agent's step, a pause of the SLA clock)."""
    bp = _mixed(discipline, "least_loaded")
    nodes = [n for n in bp.nodes if n.id not in ("mail", "phone")] + [
        IntakeNode(id="mail", rate_per_hour=9, patience=Exponential(mean=40)),
        IntakeNode(id="phone", rate_per_hour=4, channel="phone"),
        StepNode(
            id="kb",
            performer="customer",
            duration=LogNormal(mean=6, sd=4),
            duration_rules=[DurationRule(when='priority == "P1"', duration=Fixed(value=1))],
            level=0,
        ),
        DecisionNode(id="kb_ok"),
        StepNode(
            id="ack",
            performer="system",
            duration=Exponential(mean=2),
            time_limit=1,
            escalate_to="expert",
            pauses_sla=True,
            actions=[SendTemplate(text="We have your request"), Reassign(pool="experts")],
        ),
        EndNode(id="self"),
    ]
    edges = [e for e in bp.edges if e.id not in ("m", "p")] + [
        Edge(id="m", source="mail", target="kb"),
        Edge(id="k", source="kb", target="kb_ok"),
        Edge(id="k_self", source="kb_ok", target="self", probability=0.35),
        Edge(id="k_desk", source="kb_ok", target="triage", probability=0.65),
        Edge(id="p", source="phone", target="ack"),
        Edge(id="p_desk", source="ack", target="triage"),
    ]
    return bp.model_copy(update={"nodes": nodes, "edges": edges})


@needs_core
@pytest.mark.parametrize("discipline", ["fifo", "priority", "sla"])
def test_steps_done_by_the_system_or_the_customer_give_identical_results(discipline):
    bp = _self_service(discipline)
    for settings in (
        SimulationSettings(horizon_minutes=5 * 1440, warmup_minutes=600, seed=17),
        SimulationSettings(horizon_minutes=None, tickets=3000, seed=18, arrival_multiplier=1.3),
    ):
        out = both_loops(bp, settings)
        k = out["kpis"]
        assert k["deflected"] > 0 and 0 < k["deflection_rate"] < 1
        assert out["steps"]["ack"]["breaches"] > 0 and out["steps"]["ack"]["escalations"] == 0


@needs_core
@pytest.mark.parametrize("model", ["mixed", "office", "ticket_states", "self_service"])
def test_event_logs_are_the_same_from_the_compiled_loop(model, tmp_path):
    bp = {
        "mixed": lambda: _mixed("sla", "least_loaded"),
        "self_service": lambda: _self_service("priority"),
        "office": office,
        "ticket_states": lambda: load(next(t.path for t in templates() if t.name == "ticket_states")),
    }[model]()
    flow = compile_blueprint(bp).model
    settings = SimulationSettings(horizon_minutes=4 * 1440, warmup_minutes=300, seed=12)
    fast, python = EventRecorder(), EventRecorder()
    compiled = Engine(flow, settings, event_log=fast)
    results = [
        compiled.run().to_dict(),
        Engine(flow, settings, event_log=python, allow_compiled=False).run().to_dict(),
    ]
    assert compiled.ran_compiled and results[0] == results[1]
    assert len(fast.rows) > 500 and fast.rows == python.rows
    statuses = {row[-1] for row in fast.rows}
    assert {"completed", "resolved"} <= statuses
    # and the files written from them, byte for byte
    from blueprint_studio.export.eventlog import open_event_log

    names = [f.name for f in flow.fields]
    for suffix in ("csv", "xes"):
        paths = [tmp_path / f"{loop}.{suffix}" for loop in ("c", "py")]
        for path, use_c in zip(paths, (True, False)):
            with open_event_log(path, names) as log:
                Engine(flow, settings, event_log=log, allow_compiled=use_c).run()
        assert paths[0].read_bytes() == paths[1].read_bytes()


@pytest.mark.parametrize(
    "extra",
    [
        [TicketField(name="effort", type="number", distribution=Exponential(mean=3))],
        [TicketField(name=f"flag{i}", type="boolean", p_true=0.5) for i in range(14)],  # > 16,384 states
    ],
    ids=["number-drawn-at-arrival", "too-many-field-combinations"],
)
def test_what_the_compiled_loop_does_not_cover_runs_in_python(extra):
    bp = rich()
    both_loops(
        bp.model_copy(update={"fields": bp.fields + extra}),
        SimulationSettings(horizon_minutes=1440, seed=3),
        compiled=False,
    )
