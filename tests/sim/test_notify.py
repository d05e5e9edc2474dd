"""`Notify` actions ("notify a role", after a step or on a transition) are counted per role, as
typed, in both event loops (model/sim/notify.py): a hand-checked count with fixed arrivals, a
condition that notifies only some tickets, a warm-up that leaves early tickets out, and a role
left empty that notifies nobody."""

from __future__ import annotations

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    Fixed,
    IntakeNode,
    Notify,
    Pool,
    StepNode,
    TicketField,
)
from blueprint_studio.model.sim import SimulationSettings, simulate
from blueprint_studio.model.sim.compiled_loop import available
from blueprint_studio.model.sim.engine import Engine
from blueprint_studio.model.sim.replications import replicate


def desk() -> Blueprint:
    """Two intakes, e-mail (every 2 min from 2) and phone (every 3 min from 3), into a triage step
    (2 agents, 1 min) that notifies the team lead; phone tickets leave with the supervisor
    notified, e-mail ones with a notification to nobody (an empty role)."""
    return Blueprint(
        fields=[TicketField(name="source", type="choice", values=["mail", "call"])],
        pools=[Pool(id="a", agents=2)],
        nodes=[
            IntakeNode(id="mail", interarrival=Fixed(value=2.0), set_fields={"source": "mail"}),
            IntakeNode(id="call", interarrival=Fixed(value=3.0), set_fields={"source": "call"}),
            StepNode(
                id="triage", pool="a", duration=Fixed(value=1.0), actions=[Notify(target=" Team lead ")]
            ),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="mail", target="triage"),
            Edge(id="e2", source="call", target="triage"),
            Edge(
                id="e3",
                source="triage",
                target="done",
                condition='source == "call"',
                after=[Notify(target="Superviseur"), Notify(target="  ")],
            ),
            Edge(id="e4", source="triage", target="done", default=True, after=[Notify(target="")]),
        ],
    )


def both_loops(bp: Blueprint, settings: SimulationSettings):
    model = compile_blueprint(bp).model
    python = Engine(model, settings, allow_compiled=False).run()
    compiled = simulate(model, settings)
    assert compiled.event_loop == ("compiled" if available() else "python")
    assert compiled.to_dict() == python.to_dict()
    return python


def test_notifications_are_counted_per_role_as_typed():
    # by 12 minutes: e-mail tickets at 2, 4, 6, 8, 10, 12 (6), phone ones at 3, 6, 9, 12 (4);
    # all of them through triage by 13, the last two at 12-13
    result = both_loops(desk(), SimulationSettings(horizon_minutes=13.5, seed=1))
    assert result.notifications == {"Team lead": 10.0, "Superviseur": 4.0}
    assert result.to_dict()["notifications"] == {"Team lead": 10.0, "Superviseur": 4.0}


def test_tickets_of_the_warm_up_are_not_counted():
    # after a warm-up of 5 minutes: e-mail at 6, 8, 10, 12 and phone at 6, 9, 12
    result = both_loops(desk(), SimulationSettings(horizon_minutes=13.5, warmup_minutes=5, seed=1))
    assert result.notifications == {"Team lead": 7.0, "Superviseur": 3.0}


def test_a_model_that_notifies_nobody_reports_no_notifications():
    bp = desk()
    bp = bp.model_copy(
        update={
            "nodes": [n.model_copy(update={"actions": []}) if n.id == "triage" else n for n in bp.nodes],
            "edges": [e.model_copy(update={"after": []}) for e in bp.edges],
        }
    )
    result = both_loops(bp, SimulationSettings(horizon_minutes=13.5, seed=1))
    assert result.notifications == {} and "notifications" not in result.to_dict()


def test_replications_give_each_role_an_interval():
    model = compile_blueprint(desk()).model
    replicated = replicate(model, SimulationSettings(horizon_minutes=13.5, replications=2, seed=1))
    assert list(replicated.notifications) == ["Team lead", "Superviseur"]
    assert replicated.notifications["Team lead"].mean == 10.0
    assert replicated.to_dict()["notifications"]["Superviseur"]["mean"] == 4.0
