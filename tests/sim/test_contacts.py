"""Follow-up contacts and merges (model/sim/contacts.py), by exact hand-checked traces with fixed
durations: a follow-up recognised at triage and merged (the detection time on its agent), and a
follow-up missed at triage, worked as a duplicate ticket, then merged when it is done. The
arrival rows of the event log are left out of the traces."""

from __future__ import annotations

import math

import pytest

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.fileformat import dumps, loads
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    Fixed,
    FollowUps,
    IntakeNode,
    MergeRule,
    Pool,
    StepNode,
)
from blueprint_studio.model.sim import SimulationSettings, compiled_layout, compiled_loop, simulate
from blueprint_studio.model.sim import layout_spec as spec
from blueprint_studio.model.sim.compiled_loop import available
from blueprint_studio.model.sim.engine import Engine


class Trace:
    def __init__(self) -> None:
        self.rows: list[tuple] = []

    def record(self, ticket, node, pool, agent, enabled, start, end, status) -> None:
        if status != "arrived":
            self.rows.append((ticket.id, node.id if node else None, status, enabled, start, end))


def help_desk(detect: float) -> Blueprint:
    """mail (one ticket, at minute 60) -> triage (10 min, merge rule) -> fix (60 min) -> done, on
    a pool of two agents; every mail ticket gets a follow-up by chat 50 minutes after it opened
    (and, while still open, another 50 minutes later)."""
    return Blueprint(
        pools=[Pool(id="desk", agents=2)],
        nodes=[
            IntakeNode(
                id="mail",
                interarrival=Fixed(value=60.0),
                follow_ups=FollowUps(share=100.0, after=Fixed(value=50.0), via="chat"),
            ),
            IntakeNode(id="chat", rate_per_hour=0.0),
            StepNode(
                id="triage",
                pool="desk",
                duration=Fixed(value=10.0),
                merge=MergeRule(detect=detect, detection_time=3.0),
            ),
            StepNode(id="fix", pool="desk", duration=Fixed(value=60.0)),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="mail", target="triage"),
            Edge(id="e2", source="chat", target="triage"),
            Edge(id="e3", source="triage", target="fix"),
            Edge(id="e4", source="fix", target="done"),
        ],
    )


def run(bp: Blueprint):
    result = compile_blueprint(bp)
    assert result.ok, [(d.code, d.params) for d in result.errors]
    settings = SimulationSettings(tickets=1, seed=1)
    trace = Trace()
    python = Engine(result.model, settings, event_log=trace, allow_compiled=False).run()
    again = Trace()
    other = simulate(result.model, settings, event_log=again)  # the compiled loop, when built
    assert other.event_loop == ("compiled" if available() else "python")
    assert other.to_dict() == python.to_dict() and again.rows == trace.rows
    return python, trace.rows


def test_a_follow_up_recognised_at_triage_is_merged_after_its_detection_time() -> None:
    result, rows = run(help_desk(detect=100.0))
    # ticket 0 opens at 60; its follow-up (ticket 1) comes by chat at 110 and takes the second
    # agent at triage: 10 minutes and 3 of detection, merged at 123. The next follow-up, due at
    # 160, finds the ticket closed (130) and is never made.
    assert rows == [
        (0, "triage", "completed", 60.0, 60.0, 70.0),
        (1, "triage", "completed", 110.0, 110.0, 123.0),
        (1, "triage", "merged", 123.0, 123.0, 123.0),
        (0, "fix", "completed", 70.0, 70.0, 130.0),
        (0, "done", "resolved", 130.0, 130.0, 130.0),
    ]
    k = result.kpis
    assert k["contacts_per_ticket"] == 2.0 and k["follow_ups"] == 1.0
    assert k["merged_at_triage"] == 1.0 and k["duplicates_merged"] == 0.0 and k["duplicate_rate"] == 0.0
    assert k["merge_minutes"] == 13.0 and k["duplicate_minutes"] == 0.0
    # the follow-up is a contact, not a ticket: one ticket arrived and was resolved
    assert k["arrived"] == 1.0 and k["resolved"] == 1.0
    assert result.steps["triage"].served == 2.0


def test_a_follow_up_missed_at_triage_is_worked_as_a_duplicate_then_merged() -> None:
    result, rows = run(help_desk(detect=0.0))
    # missed at triage (110-120, no detection time), the follow-up is fixed by the second agent
    # (120-180) as a ticket of its own, then merged into its ticket when it reaches the end
    assert rows == [
        (0, "triage", "completed", 60.0, 60.0, 70.0),
        (1, "triage", "completed", 110.0, 110.0, 120.0),
        (0, "fix", "completed", 70.0, 70.0, 130.0),
        (0, "done", "resolved", 130.0, 130.0, 130.0),
        (1, "fix", "completed", 120.0, 120.0, 180.0),
        (1, "done", "merged", 180.0, 180.0, 180.0),
    ]
    k = result.kpis
    assert k["contacts_per_ticket"] == 2.0 and k["duplicates_merged"] == 1.0 and k["merged_at_triage"] == 0.0
    assert k["duplicate_rate"] == 0.5  # one duplicate among the two tickets opened
    assert k["duplicate_minutes"] == 70.0 and k["merge_minutes"] == 0.0
    assert k["arrived"] == 1.0 and k["resolved"] == 1.0
    assert result.steps["fix"].served == 2.0


def test_a_document_without_follow_ups_has_no_contact_figures_and_is_written_as_before() -> None:
    bp = help_desk(detect=50.0)
    plain = bp.model_copy(
        update={
            "nodes": [
                n.model_copy(update={"follow_ups": None} if n.kind == "intake" else {"merge": None})
                if n.kind in ("intake", "step")
                else n
                for n in bp.nodes
            ]
        }
    )
    text = dumps(plain).decode()
    assert "follow_ups" not in text and '"merge"' not in text
    result = compile_blueprint(plain)
    run_result = simulate(result.model, SimulationSettings(tickets=1, seed=1))
    assert "contacts_per_ticket" not in run_result.kpis
    # and a document with them reads back equal
    assert loads(dumps(bp)) == bp


def test_the_share_of_follow_ups_and_the_detection_rate_show_in_the_figures() -> None:
    bp = help_desk(detect=60.0)
    nodes = [
        n.model_copy(update={"interarrival": Fixed(value=30.0), "follow_ups": FollowUps(share=40.0)})
        if n.id == "mail"
        else n
        for n in bp.nodes
    ]
    bp = bp.model_copy(update={"nodes": nodes, "pools": [Pool(id="desk", agents=6)]})
    model = compile_blueprint(bp).model
    result = simulate(model, SimulationSettings(tickets=4000, seed=3))
    k = result.kpis
    # every ticket is open 70 minutes (six agents: no queue); its customer writes again after
    # an exponential 240 minutes with probability 0.4, and again after each follow-up: the
    # expected follow-ups are the sum over k of 0.4^k P(Gamma(k, 240) < 70)
    x = 70.0 / 240.0
    expected = sum(
        0.4**n * (1.0 - math.exp(-x) * sum(x**j / math.factorial(j) for j in range(n))) for n in range(1, 8)
    )
    assert math.isclose(k["contacts_per_ticket"], 1.0 + expected, abs_tol=0.02)
    recognised = k["merged_at_triage"] / (k["merged_at_triage"] + k["duplicates_merged"])
    assert math.isclose(recognised, 0.6, abs_tol=0.05)


def test_both_loops_agree_on_a_busy_desk_with_follow_ups_merges_and_duplicates() -> None:
    """Follow-ups by chance, recognised by chance, queues, a warm-up: the same figures, counts
    and event log in both loops, record by record."""
    bp = help_desk(detect=60.0)
    nodes = [
        n.model_copy(
            update={
                "interarrival": None,
                "rate_per_hour": 3.0,
                "follow_ups": FollowUps(share=60.0, after=Fixed(value=40.0), via="chat"),
            }
        )
        if n.id == "mail"
        else n
        for n in bp.nodes
    ]
    model = compile_blueprint(bp.model_copy(update={"nodes": nodes})).model
    settings = SimulationSettings(tickets=2000, seed=5, warmup_minutes=300.0)
    trace, again = Trace(), Trace()
    python = Engine(model, settings, event_log=trace, allow_compiled=False).run()
    other = simulate(model, settings, event_log=again)
    assert other.event_loop == ("compiled" if available() else "python")
    assert other.to_dict() == python.to_dict() and again.rows == trace.rows
    k = python.kpis
    assert k["merged_at_triage"] > 300 and k["duplicates_merged"] > 200 and k["duplicate_minutes"] > 0


class Built(Exception):
    """The layout is made: the run stops there."""


def corrupted(monkeypatch, record, slot, value, where):
    """The layout of a desk with follow-ups and a merge rule, with `slot` of the first `record`
    that `where` accepts set to `value`."""
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
        Engine(compile_blueprint(help_desk(detect=50.0)).model, SimulationSettings(tickets=10, seed=1)).run()
    monkeypatch.undo()
    assert done
    return made[0]


FOLLOWS = lambda v: v["follow_stream"] >= 0  # noqa: E731
MERGES = lambda v: v["merge_stream"] >= 0  # noqa: E731


@pytest.mark.skipif(not available(), reason="the compiled loop is not built")
@pytest.mark.parametrize(
    ("record", "slot", "value", "where", "words"),
    [
        (spec.INTAKE, "follow_stream", 10**6, FOLLOWS, "follow-up stream: 1000000"),
        (spec.INTAKE, "follow_sampler", 10**6, FOLLOWS, "follow-up sampler: 1000000"),
        (spec.INTAKE, "follow_via", 10**6, FOLLOWS, "follow-up intake: 1000000"),
        (spec.INTAKE, "follow_via", 2, FOLLOWS, "which is not an intake"),
        (spec.INTAKE, "follow_map", 10**6, FOLLOWS, "follow-up values: table: 1000000"),
        (spec.INTAKE, "follow_share", 2.0, FOLLOWS, "follow-up share 2 is not in 0..1"),
        (spec.NODE, "merge_stream", 10**6, MERGES, "merge rule stream: 1000000"),
        (spec.NODE, "merge_detect", -1.0, MERGES, "merge rule"),
    ],
)
def test_every_follow_up_and_merge_slot_is_checked_before_the_run(
    monkeypatch, record, slot, value, where, words
):
    with pytest.raises(ValueError, match=words):
        compiled_loop._core.new(*corrupted(monkeypatch, record, slot, value, where))
