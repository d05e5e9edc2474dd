"""Approvals on transitions and transfers with a reason (model/sim/approvals.py), by exact
hand-checked traces with fixed durations: an approval rejected (the rejection path), one granted,
rejected tickets going back to the step they came from, a transfer counted by its reason. Both
loops run each trace and must agree, results and event logs; every new slot of the compiled
loop's layout is checked before a run. The arrival rows of the event log are left out of the
traces."""

from __future__ import annotations

import pytest

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.fileformat import dumps, loads
from blueprint_studio.model.schema import (
    Approval,
    Blueprint,
    Edge,
    EndNode,
    Fixed,
    IntakeNode,
    Pool,
    Reassign,
    StepNode,
)
from blueprint_studio.model.sim import SimulationSettings, compiled_layout, compiled_loop
from blueprint_studio.model.sim import layout_spec as spec
from blueprint_studio.model.sim.engine import Engine


class Trace:
    def __init__(self) -> None:
        self.rows: list[tuple] = []

    def record(self, ticket, node, pool, agent, enabled, start, end, status) -> None:
        if status != "arrived":
            self.rows.append((ticket.id, node.id if node else None, pool, status, enabled, start, end))


def refund_desk(reject: float, rejected_to: str | None = "explain", rate: float | None = None) -> Blueprint:
    """mail (a ticket every hour, the first at minute 60) -> refund (10 min) -> [approval by a
    manager, 30 min] -> pay (5 min) -> paid; a rejected refund is explained (15 min) -> closed."""
    intake = (
        IntakeNode(id="mail", interarrival=Fixed(value=60.0))
        if rate is None
        else IntakeNode(id="mail", rate_per_hour=rate)
    )
    explained = rejected_to is not None  # the rejection path's nodes, else none
    return Blueprint(
        pools=[Pool(id="desk", agents=1)],
        nodes=[
            intake,
            StepNode(id="refund", pool="desk", duration=Fixed(value=10.0)),
            StepNode(id="pay", pool="desk", duration=Fixed(value=5.0)),
            EndNode(id="paid"),
            *(
                [StepNode(id="explain", pool="desk", duration=Fixed(value=15.0)), EndNode(id="closed")]
                * explained
            ),
        ],
        edges=[
            Edge(id="e1", source="mail", target="refund"),
            Edge(
                id="e2",
                source="refund",
                target="pay",
                approval=Approval(
                    role="Manager", time=Fixed(value=30.0), reject=reject, rejected_to=rejected_to
                ),
            ),
            Edge(id="e3", source="pay", target="paid"),
            *([Edge(id="e4", source="explain", target="closed")] * explained),
        ],
    )


def run(bp: Blueprint, tickets: int = 1, seed: int = 1):
    result = compile_blueprint(bp)
    assert result.ok, [(d.code, d.params) for d in result.errors]
    settings = SimulationSettings(tickets=tickets, seed=seed)
    trace = Trace()
    python = Engine(result.model, settings, event_log=trace, allow_compiled=False).run()
    again = Trace()
    fast = Engine(result.model, settings, event_log=again)
    other = fast.run()
    assert fast.ran_compiled or not compiled_loop.available()
    assert other.to_dict() == python.to_dict() and again.rows == trace.rows
    return python, trace.rows


def test_an_approval_rejected_takes_the_rejection_path_after_the_approval_time() -> None:
    result, rows = run(refund_desk(reject=100.0))
    # refund 60-70; the manager's answer comes 30 minutes later (100): rejected, so the ticket
    # is explained (100-115) and closed; it never takes the approved edge
    assert rows == [
        (0, "refund", "desk", "completed", 60.0, 60.0, 70.0),
        (0, "e2", None, "approval_requested", 70.0, None, 70.0),
        (0, "e2", None, "approval_rejected", 70.0, None, 100.0),
        (0, "explain", "desk", "completed", 100.0, 100.0, 115.0),
        (0, "closed", None, "resolved", 115.0, 115.0, 115.0),
    ]
    k = result.kpis
    assert k["approvals_asked"] == 1.0 and k["approvals_rejected"] == 1.0 and k["approvals_granted"] == 0.0
    assert k["approval_time"] == 30.0
    assert "e2" not in result.edges and result.edges["e4"] == 1
    assert k["resolution_elapsed_mean"] == 55.0  # the approval's wait counts in the resolution time


def test_an_approval_granted_takes_the_edge_after_the_approval_time() -> None:
    result, rows = run(refund_desk(reject=0.0))
    assert rows == [
        (0, "refund", "desk", "completed", 60.0, 60.0, 70.0),
        (0, "e2", None, "approval_requested", 70.0, None, 70.0),
        (0, "e2", None, "approval_granted", 70.0, None, 100.0),
        (0, "pay", "desk", "completed", 100.0, 100.0, 105.0),
        (0, "paid", None, "resolved", 105.0, 105.0, 105.0),
    ]
    k = result.kpis
    assert (k["approvals_asked"], k["approvals_granted"], k["approvals_rejected"]) == (1.0, 1.0, 0.0)
    assert result.edges["e2"] == 1


def test_a_rejected_ticket_goes_back_to_the_step_it_came_from_by_default() -> None:
    result, _ = run(refund_desk(reject=40.0, rejected_to=None, rate=0.5), tickets=400, seed=3)
    k = result.kpis
    asked, granted, rejected = k["approvals_asked"], k["approvals_granted"], k["approvals_rejected"]
    assert rejected > 0 and granted > 0
    # every ticket asks until granted: each rejection is one more refund and one more ask
    assert result.steps["refund"].served == granted + rejected
    assert granted == k["resolved"] and asked >= granted + rejected
    assert 0.3 < rejected / (granted + rejected) < 0.5  # 40 % rejected, within noise
    assert result.edges["e2"] == granted


@pytest.mark.parametrize("compiled", [False, True])
def test_the_event_logs_show_the_approval_asked_and_its_answer_with_the_role(tmp_path, compiled) -> None:
    """CSV and XES: a row (an event) when the approval is asked, one when it is answered, named
    after the role that approves, the role as the resource; a ticket still waiting at the end has
    its request written."""
    from blueprint_studio.export.eventlog import open_event_log

    if compiled and not compiled_loop.available():
        pytest.skip("no compiled loop")
    model = compile_blueprint(refund_desk(reject=100.0)).model
    settings = SimulationSettings(tickets=1, seed=1)
    csv_path, xes_path = tmp_path / "log.csv", tmp_path / "log.xes"
    for path in (csv_path, xes_path):
        with open_event_log(path, []) as log:
            engine = Engine(model, settings, event_log=log, allow_compiled=compiled)
            engine.run()
            assert engine.ran_compiled == compiled
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    approval = [line.split(",") for line in lines if "approval" in line]
    assert [(r[1], r[2], r[4], r[5], r[6], r[10], r[11], r[12]) for r in approval] == [
        ("approval: Manager", "e2", "", "Manager", "approval_requested", "70.0", "", "70.0"),
        ("approval: Manager", "e2", "", "Manager", "approval_rejected", "70.0", "", "100.0"),
    ]
    xes = xes_path.read_text(encoding="utf-8")
    events = xes.split("<event>")[1:]
    said = [e for e in events if "approval: Manager" in e]
    assert len(said) == 2
    assert 'value="schedule"' in said[0] and "2024-01-01T01:10:00.000+00:00" in said[0]
    assert 'value="complete"' in said[1] and "2024-01-01T01:40:00.000+00:00" in said[1]
    assert all('key="org:resource" value="Manager"' in e for e in said)
    assert 'value="approval_rejected"' in said[1]


def test_a_ticket_still_waiting_for_its_approval_at_the_end_has_its_request_logged() -> None:
    bp = refund_desk(reject=0.0)
    slow = bp.edges[1].model_copy(
        update={"approval": Approval(role="Manager", time=Fixed(value=100_000.0), rejected_to="explain")}
    )
    _, rows = run(bp.model_copy(update={"edges": [bp.edges[0], slow, *bp.edges[2:]]}))
    assert rows[-1] == (0, "e2", None, "approval_requested", 70.0, None, 70.0)


def transfer_desk(reason: str) -> Blueprint:
    """mail (one ticket at 60) -> triage (10 min, desk) -> fix (20 min, desk), the edge between
    them re-assigning to level 2 with `reason` -> done."""
    return Blueprint(
        pools=[Pool(id="desk", agents=1), Pool(id="level2", agents=1)],
        nodes=[
            IntakeNode(id="mail", interarrival=Fixed(value=60.0)),
            StepNode(id="triage", pool="desk", duration=Fixed(value=10.0)),
            StepNode(id="fix", pool="desk", duration=Fixed(value=20.0)),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="mail", target="triage"),
            Edge(id="e2", source="triage", target="fix", after=[Reassign(pool="level2", reason=reason)]),
            Edge(id="e3", source="fix", target="done"),
        ],
    )


def test_a_transfer_is_counted_by_its_reason() -> None:
    result, rows = run(transfer_desk("Needs expertise"), tickets=3)
    assert rows[:3] == [
        (0, "triage", "desk", "completed", 60.0, 60.0, 70.0),
        (0, "fix", "level2", "completed", 70.0, 70.0, 90.0),
        (0, "done", None, "resolved", 90.0, 90.0, 90.0),
    ]
    assert result.transfers == {"Needs expertise": 3.0}
    assert result.kpis["transfers"] == 3.0
    assert result.to_dict()["transfers"] == {"Needs expertise": 3.0}


def test_a_re_assignment_without_reason_is_not_a_transfer_and_files_are_written_as_before() -> None:
    bp = transfer_desk("")
    result, rows = run(bp)
    assert rows[1][2] == "level2"
    assert result.transfers == {} and "transfers" not in result.kpis
    assert "transfers" not in result.to_dict()
    text = dumps(bp).decode()
    assert '"reason"' not in text and '"approval"' not in text
    for document in (transfer_desk("Billing question"), refund_desk(reject=25.0)):
        assert loads(dumps(document)) == document
    assert '"reason": "Billing question"' in dumps(transfer_desk("Billing question")).decode()


# ---------------------------------------------------------------- bounds checks in C
class Built(Exception):
    """The layout is made: the run stops there."""


def corrupted(monkeypatch, record, slot, value, where):
    """The layout of an approval and a transfer as a run starts, with `slot` of the first
    `record` that `where` accepts set to `value` (packed by name, as compiled_loop packs)."""
    bp = refund_desk(reject=30.0)
    bp = bp.model_copy(
        update={
            "pools": [*bp.pools, Pool(id="level2", agents=1)],
            "edges": [
                e.model_copy(update={"after": [Reassign(pool="level2", reason="Paid by level 2")]})
                if e.id == "e3"
                else e
                for e in bp.edges
            ],
        }
    )
    done, made = [], []

    def corrupt(rec, ints, floats, values):
        if rec is record and not done and where(values):
            values = {**values, slot: value}
            done.append(1)
        pack(rec, ints, floats, values)

    pack = spec.pack  # the real one: every module packs through spec.pack, patched below
    build = compiled_layout.Layout.build

    def keep(layout):
        made.append(build(layout))
        raise Built()

    monkeypatch.setattr(spec, "pack", corrupt)
    monkeypatch.setattr(compiled_layout.Layout, "build", keep)
    with pytest.raises(Built):
        Engine(compile_blueprint(bp).model, SimulationSettings(tickets=5, seed=1)).run()
    monkeypatch.undo()
    assert done, f"no {record.name} record where the test looked"
    return made[0]


ASKS = lambda v: v["approval"] >= 0  # noqa: E731


@pytest.mark.skipif(not compiled_loop.available(), reason="the compiled loop is not built here")
@pytest.mark.parametrize(
    ("record", "slot", "value", "where", "words"),
    [
        (spec.TRANSITION, "approval", 10**6, ASKS, "transition 0: approval: 1000000"),
        (spec.TRANSITION, "approval", 0, lambda v: v["approval"] < 0, "approval sampler: -1"),
        (spec.TRANSITION, "approval_sampler", 10**6, ASKS, "approval sampler: 1000000"),
        (spec.TRANSITION, "approval_stream", -1, ASKS, "approval stream: -1"),
        (spec.TRANSITION, "rejected_to", 10**6, ASKS, "rejection path: 1000000"),
        (
            spec.ACTION,
            "argument",
            5,
            lambda v: v["kind"] == spec.A_TRANSFER,
            "reason: 5 is out of range 0..0",
        ),
        (spec.HEADER, "n_approvals", 0, lambda v: True, "approval: 0 is out of range -1..-1"),
        (spec.HEADER, "n_reasons", 0, lambda v: True, "reason: 0 is out of range 0..-1"),
    ],
    ids=lambda x: x.name if isinstance(x, spec.Record) else None,
)
def test_every_approval_and_transfer_slot_is_checked_before_the_run(
    monkeypatch, record, slot, value, where, words
):
    with pytest.raises(ValueError, match="malformed simulation layout") as caught:
        compiled_loop._core.new(*corrupted(monkeypatch, record, slot, value, where))
    assert words in str(caught.value)


def test_the_replays_log_keeps_the_nodes_a_ticket_went_through_not_the_approval() -> None:
    """The canvas replay moves tickets from node to node: an approval's rows (which name a link)
    are not activities of its trace; the ticket goes along the link after the answer."""
    from blueprint_studio.canvas.overlays.ticket_log import TicketLog

    log = TicketLog()
    model = compile_blueprint(refund_desk(reject=100.0)).model
    Engine(model, SimulationSettings(tickets=1, seed=1), event_log=log).run()
    [trace] = log.traces.values()
    assert [a.node for a in trace.activities] == ["mail", "refund", "explain", "closed"]
