"""The SLA escalation ladder (model/sim/ladder.py), by exact hand-checked traces with fixed
durations and fixed inter-arrival times: a warning at 80 % of the target, a role notified and the
ticket re-assigned at the breach; a ticket in service that stays, finishes first or is
interrupted; a raised priority that jumps the queue; a step's time limit with a ladder; an SLA
clock paused on the way. The arrival rows of the event log are left out of the traces."""

from __future__ import annotations

import pytest

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.fileformat import dumps
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    EscalationLadder,
    Fixed,
    IntakeNode,
    Pool,
    SlaPolicy,
    StepNode,
    TicketField,
    WaitNode,
)
from blueprint_studio.model.sim import SimulationSettings, simulate
from blueprint_studio.model.sim.compiled_loop import available
from blueprint_studio.model.sim.engine import Engine
from blueprint_studio.model.sim.results import ReplicatedResult


class Trace:
    def __init__(self) -> None:
        self.rows: list[tuple] = []

    def record(self, ticket, node, pool, agent, enabled, start, end, status) -> None:
        if status != "arrived":
            self.rows.append((ticket.id, node.id if node else None, status, enabled, start, end))


def run(bp: Blueprint, tickets: int | None = None, horizon: float | None = None):
    result = compile_blueprint(bp)
    assert result.ok, [(d.code, d.params) for d in result.errors]
    trace = Trace()
    settings = SimulationSettings(horizon_minutes=horizon, tickets=tickets, seed=1)
    run_result = Engine(result.model, settings, event_log=trace, allow_compiled=False).run()  # Python
    # the compiled loop (model/sim/_core.c), when built, gives the same figures and the same trace
    again = Trace()
    compiled = simulate(result.model, settings, event_log=again)
    assert compiled.event_loop == ("compiled" if available() else "python")
    assert compiled.to_dict() == run_result.to_dict() and compiled.ladder == run_result.ladder
    assert again.rows == trace.rows
    return run_result, trace.rows


def two_levels(ladder: EscalationLadder, level2: bool | None = None) -> Blueprint:
    """in (a ticket a minute) -> l1 (pool a, one agent, 20 min) -> done; with `level2` (by
    default when the ladder re-assigns to a step), l2 (pool b, one agent, 2 min) -> done, reached
    only by the ladder; every ticket resolved within 10 minutes."""
    if level2 is None:
        level2 = ladder.reassign_step is not None
    nodes = [
        IntakeNode(id="in", interarrival=Fixed(value=1.0)),
        StepNode(id="l1", pool="a", duration=Fixed(value=20.0)),
        EndNode(id="done"),
    ]
    edges = [Edge(id="e1", source="in", target="l1"), Edge(id="e2", source="l1", target="done")]
    if level2:
        nodes.append(StepNode(id="l2", pool="b", duration=Fixed(value=2.0)))
        edges.append(Edge(id="e3", source="l2", target="done"))
    return Blueprint(
        pools=[Pool(id="a", agents=1), Pool(id="b", agents=1)],
        nodes=nodes,
        edges=edges,
        sla=[SlaPolicy(id="std", name="Standard", resolution=10.0, ladder=ladder)],
    )


def test_warned_at_80_percent_then_notified_and_reassigned_at_breach():
    ladder = EscalationLadder(warn_at=80, notify="Superviseur", reassign_step="l2")
    result, rows = run(two_levels(ladder), tickets=2)
    # ticket 0 is served 1-21: warned at 9, breached at 11 in service, where it stays ("stay");
    # ticket 1 (arrived at 2) is warned at 10 and, still queued at 12, leaves for level 2
    assert rows == [
        (1, "l1", "escalated", 2.0, None, 12.0),
        (1, "l2", "completed", 12.0, 12.0, 14.0),
        (1, "done", "resolved", 14.0, 14.0, 14.0),
        (0, "l1", "completed", 1.0, 1.0, 21.0),
        (0, "done", "resolved", 21.0, 21.0, 21.0),
    ]
    figures = result.ladder["std"]
    assert (figures.warnings, figures.breaches, figures.notified) == (2, 2, 2)
    assert (figures.reassigned, figures.interrupted, figures.priority_raised) == (1, 0, 0)
    assert result.steps["l1"].escalations == 1


def test_in_service_ticket_interrupted_at_breach():
    ladder = EscalationLadder(reassign_step="l2", in_service="interrupt")
    result, rows = run(two_levels(ladder), tickets=2)
    # at 11 ticket 0's agent stops and takes ticket 1 (queued since 2); ticket 0 goes to level 2
    # (11-13); at 12 ticket 1 is interrupted in turn and queues for level 2 until 13
    assert rows == [
        (0, "l1", "escalated", 1.0, 1.0, 11.0),
        (1, "l1", "escalated", 2.0, 11.0, 12.0),
        (0, "l2", "completed", 11.0, 11.0, 13.0),
        (0, "done", "resolved", 13.0, 13.0, 13.0),
        (1, "l2", "completed", 12.0, 13.0, 15.0),
        (1, "done", "resolved", 15.0, 15.0, 15.0),
    ]
    figures = result.ladder["std"]
    assert (figures.warnings, figures.breaches, figures.reassigned, figures.interrupted) == (0, 2, 2, 2)
    assert figures.notified == 0  # nobody to notify
    assert result.pools["a"].busy_hours * 60 == 11.0  # 1-11, then 11-12


def test_in_service_ticket_finishes_its_piece_of_work_first():
    ladder = EscalationLadder(reassign_step="l2", in_service="after")
    result, rows = run(two_levels(ladder), tickets=2)
    # ticket 0 finishes level 1 (1-21) and then goes to level 2, not on to the end
    assert rows == [
        (1, "l1", "escalated", 2.0, None, 12.0),
        (1, "l2", "completed", 12.0, 12.0, 14.0),
        (1, "done", "resolved", 14.0, 14.0, 14.0),
        (0, "l1", "completed", 1.0, 1.0, 21.0),
        (0, "l2", "completed", 21.0, 21.0, 23.0),
        (0, "done", "resolved", 23.0, 23.0, 23.0),
    ]
    figures = result.ladder["std"]
    assert (figures.breaches, figures.reassigned, figures.interrupted) == (2, 2, 0)


def test_reassign_to_another_pool_moves_the_queued_ticket_there():
    ladder = EscalationLadder(reassign_pool="b")
    result, rows = run(two_levels(ladder), tickets=2)
    # ticket 1 leaves pool a's queue for pool b's at the same step and is served there at once
    assert rows == [
        (0, "l1", "completed", 1.0, 1.0, 21.0),
        (0, "done", "resolved", 21.0, 21.0, 21.0),
        (1, "l1", "completed", 2.0, 12.0, 32.0),
        (1, "done", "resolved", 32.0, 32.0, 32.0),
    ]
    assert result.pools["b"].busy_hours * 60 == 20.0
    assert result.ladder["std"].reassigned == 1


def test_raised_priority_jumps_the_queue():
    priority = TicketField(name="priority", values=["P1", "P2", "P3"], weights=[0, 0, 1])
    kind = TicketField(name="kind", values=["a", "b"], weights=[1, 0])
    bp = Blueprint(
        fields=[priority, kind],
        pools=[Pool(id="desk", agents=1, discipline="priority", priority_field="priority")],
        nodes=[
            IntakeNode(id="in_a", interarrival=Fixed(value=1.0)),
            IntakeNode(id="in_b", interarrival=Fixed(value=3.6), set_fields={"kind": "b"}),
            StepNode(id="work", pool="desk", duration=Fixed(value=10.0)),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="in_a", target="work"),
            Edge(id="e2", source="in_b", target="work"),
            Edge(id="e3", source="work", target="done"),
        ],
        sla=[
            SlaPolicy(
                id="vip",
                name="B",
                when='kind == "b"',
                resolution=4.0,
                ladder=EscalationLadder(priority_field="priority", priority_value="P1"),
            )
        ],
    )
    result, rows = run(bp, horizon=31.5)
    # a: arrivals at 1, 2, 3, ... (tickets 0, 1, 2, 4, 5, ...); b: at 3.6 (ticket 3) and 7.2
    # (ticket 8), all P3. Ticket 3 breaches at 7.6 and becomes P1: at 11 it is served before
    # tickets 1 and 2, queued earlier; ticket 8 (P1 at 11.2) follows it at 21
    served = [(row[0], row[4]) for row in rows if row[1] == "work"]
    assert served == [(0, 1.0), (3, 11.0), (8, 21.0)]
    # b's tickets arrive every 3.6 minutes: 7 of them breach (at 7.6, 11.2, ... 29.2) by 31.5
    assert result.ladder["vip"].priority_raised == 7 and result.ladder["vip"].breaches == 7


def test_priority_is_never_lowered():
    priority = TicketField(name="priority", values=["P1", "P2", "P3"], weights=[1, 0, 0])
    ladder = EscalationLadder(priority_field="priority", priority_value="P2")
    bp = two_levels(ladder).model_copy(update={"fields": [priority]})
    result, _ = run(bp, tickets=2)
    assert result.ladder["std"].breaches == 2 and result.ladder["std"].priority_raised == 0


def test_step_time_limit_ladder_warns_and_interrupts_to_the_escalation_target():
    bp = two_levels(EscalationLadder(), level2=True)
    nodes = [
        n.model_copy(
            update={
                "time_limit": 10.0,
                "escalate_to": "l2",
                "ladder": EscalationLadder(warn_at=50, notify="Chef d'équipe", in_service="interrupt"),
            }
        )
        if n.id == "l1"
        else n
        for n in bp.nodes
    ]
    bp = bp.model_copy(update={"nodes": nodes, "sla": []})
    result, rows = run(bp, tickets=2)
    # ticket 0: warned at 6, interrupted at 11 -> level 2 (11-13); ticket 1 is then served from
    # 11, warned at 7 and interrupted at 12 (its time limit counts from entering the step, at 2)
    assert rows[:2] == [(0, "l1", "escalated", 1.0, 1.0, 11.0), (1, "l1", "escalated", 2.0, 11.0, 12.0)]
    figures = result.ladder["l1"]
    assert (figures.warnings, figures.breaches, figures.notified, figures.interrupted) == (2, 2, 2, 2)
    assert result.steps["l1"].breaches == 2


def test_paused_clock_delays_the_breach():
    bp = Blueprint(
        pools=[Pool(id="a", agents=1)],
        nodes=[
            IntakeNode(id="in", interarrival=Fixed(value=100.0)),
            WaitNode(id="wait", response_time=Fixed(value=30.0), pauses_sla=True),
            StepNode(id="l1", pool="a", duration=Fixed(value=20.0)),
            StepNode(id="l2", pool="a", duration=Fixed(value=1.0)),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="in", target="wait"),
            Edge(id="e2", source="wait", target="l1"),
            Edge(id="e3", source="l1", target="done"),
            Edge(id="e4", source="l2", target="done"),
        ],
        sla=[
            SlaPolicy(
                id="std",
                resolution=10.0,
                ladder=EscalationLadder(warn_at=50, reassign_step="l2", in_service="interrupt"),
            )
        ],
    )
    result, rows = run(bp, tickets=1)
    # arrives at 100, paused 100-130 in the wait: warned at 135, breached at 140 (not at 110)
    assert rows == [
        (0, "wait", "completed", 100.0, 100.0, 130.0),
        (0, "l1", "escalated", 130.0, 130.0, 140.0),
        (0, "l2", "completed", 140.0, 140.0, 141.0),
        (0, "done", "resolved", 141.0, 141.0, 141.0),
    ]
    assert result.ladder["std"].warnings == 1


def test_a_document_without_ladder_saves_and_reports_as_before():
    bp = two_levels(EscalationLadder()).model_copy(
        update={"sla": [SlaPolicy(id="std", name="Standard", resolution=10.0)]}
    )
    assert b"ladder" not in dumps(bp)
    result = compile_blueprint(bp)
    run_result = simulate(result.model, SimulationSettings(horizon_minutes=None, tickets=2, seed=1))
    assert run_result.ladder == {}
    assert "ladder" not in run_result.to_dict()
    assert "ladder" not in ReplicatedResult.from_runs([run_result]).to_dict()
    with_ladder = bp.model_copy(update={"sla": [bp.sla[0].model_copy(update={"ladder": EscalationLadder()})]})
    assert b'"ladder"' in dumps(with_ladder)


# ---------------------------------------------------------------- the compiled loop's checks
class Built(Exception):
    """The layout is made: the run stops there."""


def ladder_layout(monkeypatch, slot: str | None = None, value=None, step: bool = False):
    """The compiled layout of a model with a ladder (an SLA policy's, or with `step` a step's time
    limit's), with `slot` of its LADDER record set to `value`."""
    from blueprint_studio.model.sim import compiled_layout, compiled_loop
    from blueprint_studio.model.sim import layout_spec as spec

    priority = TicketField(name="priority", values=["P1", "P2"], weights=[0, 1])
    ladder = EscalationLadder(
        warn_at=50, notify="Lead", priority_field="priority", priority_value="P1", in_service="interrupt"
    )
    bp = two_levels(ladder.model_copy(update={"reassign_step": None if step else "l2"}), level2=True)
    bp = bp.model_copy(update={"fields": [priority]})
    if step:
        nodes = [
            n.model_copy(update={"time_limit": 5.0, "escalate_to": "l2", "ladder": ladder})
            if n.id == "l1"
            else n
            for n in bp.nodes
        ]
        bp = bp.model_copy(update={"nodes": nodes, "sla": []})
    made = []

    def corrupt(record, ints, floats, values):
        if record is spec.LADDER and slot is not None:
            values = {**values, slot: value}
        pack(record, ints, floats, values)

    pack = spec.pack  # the real one: every module packs through spec.pack, patched below
    build = compiled_layout.Layout.build

    def keep(layout):
        made.append(build(layout))
        raise Built()

    monkeypatch.setattr(spec, "pack", corrupt)
    monkeypatch.setattr(compiled_layout.Layout, "build", keep)
    with pytest.raises(Built):
        Engine(compile_blueprint(bp).model, SimulationSettings(horizon_minutes=600.0, seed=2)).run()
    monkeypatch.undo()
    return compiled_loop, made[0]


@pytest.mark.skipif(not available(), reason="the compiled loop is not built here")
@pytest.mark.parametrize(
    ("slot", "value", "step", "words"),
    [
        (None, None, False, ""),
        (None, None, True, ""),
        ("trigger", 3, False, "SLA policy 0, ladder: trigger: 3 is out of range 0..0"),
        ("clock", 2, False, "SLA policy 0, ladder: clock: 2 is out of range 0..1"),
        ("clock", 0, True, "node 1, ladder: clock: 0 is out of range 2..2"),
        ("in_service", 5, False, "ladder: tickets in service: 5"),
        ("reassign_step", 10**6, False, "ladder: step: 1000000 is out of range -1..3"),
        ("reassign_pool", 2, False, "ladder: pool: 2 is out of range -1..1"),
        ("raise_map", 10**6, False, "table: 1000000"),
        ("raise_map", -5, False, "ladder: priority table: -5"),
        ("warn_at", 1.5, False, "a warning at 1.5 of the target"),
    ],
)
def test_every_ladder_slot_is_checked_before_the_run(monkeypatch, slot, value, step, words):
    compiled_loop, buffers = ladder_layout(monkeypatch, slot, value, step)
    if slot is None:  # untouched, it runs
        state = compiled_loop._core.new(*buffers)
        compiled_loop._core.run(state, 10**9)
        assert any(row[1] for row in compiled_loop._core.results(state)[6])  # breaches counted
        return
    with pytest.raises(ValueError, match="malformed simulation layout") as caught:
        compiled_loop._core.new(*buffers)
    assert words in str(caught.value)


@pytest.mark.skipif(not available(), reason="the compiled loop is not built here")
@pytest.mark.parametrize("others", [0, 9])
def test_many_ladders_and_paused_clocks_agree_in_both_loops(others):
    """The compiled loop keeps the first 8 ladders' rungs in queues beside its event heap; a rung
    due before the last queued one (a clock paused on the way) and the rungs of a tenth policy go
    to the heap. Either way the order of events, hence every figure and log row, is Python's."""
    from blueprint_studio.model.schema import Exponential

    kind = TicketField(name="kind", values=["a", "x"], weights=[1, 0])
    never = [
        SlaPolicy(id=f"never{i}", when='kind == "x"', resolution=30.0, ladder=EscalationLadder(warn_at=50))
        for i in range(others)
    ]
    ladder = EscalationLadder(warn_at=60, notify="Lead", reassign_pool="b", in_service="after")
    bp = Blueprint(
        fields=[kind],
        pools=[Pool(id="a", agents=2), Pool(id="b", agents=1)],
        nodes=[
            IntakeNode(id="in", rate_per_hour=9.0),
            WaitNode(id="wait", response_time=Exponential(mean=20.0), pauses_sla=True),
            StepNode(id="l1", pool="a", duration=Exponential(mean=12.0)),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="in", target="wait"),
            Edge(id="e2", source="wait", target="l1"),
            Edge(id="e3", source="l1", target="done"),
        ],
        sla=[*never, SlaPolicy(id="all", name="All", resolution=40.0, ladder=ladder)],
    )
    model = compile_blueprint(bp).model
    settings = SimulationSettings(horizon_minutes=3 * 1440.0, seed=7)
    fast, slow = Trace(), Trace()
    compiled = Engine(model, settings, event_log=fast)
    python = Engine(model, settings, event_log=slow, allow_compiled=False)
    a, b = compiled.run(), python.run()
    assert compiled.ran_compiled and not python.ran_compiled
    assert a.to_dict() == b.to_dict() and fast.rows == slow.rows
    assert a.ladder["all"].warnings > 100 and a.ladder["all"].reassigned > 10


def test_a_ticket_already_where_the_ladder_sends_it_stays_as_it_is():
    # the ladder re-assigns to level 1 itself, interrupting: tickets there are neither interrupted
    # nor queued again at the back (they would start their work over)
    bp = two_levels(EscalationLadder(reassign_step="l1", in_service="interrupt"), level2=False)
    result, rows = run(bp, tickets=2)
    assert rows == [
        (0, "l1", "completed", 1.0, 1.0, 21.0),
        (0, "done", "resolved", 21.0, 21.0, 21.0),
        (1, "l1", "completed", 2.0, 21.0, 41.0),
        (1, "done", "resolved", 41.0, 41.0, 41.0),
    ]
    figures = result.ladder["std"]
    assert (figures.breaches, figures.reassigned, figures.interrupted) == (2, 0, 0)
    pooled = two_levels(EscalationLadder(reassign_pool="a", in_service="interrupt"))
    assert run(pooled, tickets=2)[1] == rows


def test_a_ticket_waiting_for_the_customer_gets_the_other_pool_for_its_next_step():
    # re-assign to pool b, interrupting: the customer's wait is not interrupted (no agent to take
    # it from); the next step done by an agent is pool b's
    bp = Blueprint(
        pools=[Pool(id="a", agents=1), Pool(id="b", agents=1)],
        nodes=[
            IntakeNode(id="in", interarrival=Fixed(value=100.0)),
            WaitNode(id="wait", response_time=Fixed(value=30.0), pauses_sla=False),
            StepNode(id="l1", pool="a", duration=Fixed(value=5.0)),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="in", target="wait"),
            Edge(id="e2", source="wait", target="l1"),
            Edge(id="e3", source="l1", target="done"),
        ],
        sla=[
            SlaPolicy(
                id="std", resolution=10.0, ladder=EscalationLadder(reassign_pool="b", in_service="interrupt")
            )
        ],
    )
    result, rows = run(bp, tickets=1)
    assert rows == [
        (0, "wait", "completed", 100.0, 100.0, 130.0),
        (0, "l1", "completed", 130.0, 130.0, 135.0),
        (0, "done", "resolved", 135.0, 135.0, 135.0),
    ]
    assert result.pools["b"].busy_hours * 60 == 5.0 and result.pools["a"].busy_hours == 0.0
    assert (result.ladder["std"].reassigned, result.ladder["std"].interrupted) == (1, 0)
