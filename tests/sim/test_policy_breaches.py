"""Per-SLA-policy figures (issue 19: the staffing targets read a policy's breach rate): each policy's
tickets and breaches, counted as the overall SLA figures are, in both event loops, in the run's
JSON and merged over replications."""

from __future__ import annotations

import json

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    Fixed,
    IntakeNode,
    Pool,
    SlaPolicy,
    StepNode,
    TicketField,
)
from blueprint_studio.model.sim import SimulationSettings, compiled_loop
from blueprint_studio.model.sim.engine import Engine
from blueprint_studio.model.sim.replications import replicate


def two_policies(standard_when: str = "") -> Blueprint:
    """Mail every 20 minutes (M20, M40, M60, M80), phone every 25 (P25, P50, P75), one agent, 25
    minutes each in arrival order, the first response at the end of the work. By hand, to the
    horizon at 100: M20 served 20-45, P25 45-70, M40 70-95, P50 from 95 (still in service), M60,
    P75, M80 queued, M100 and P100 arriving at the end.
    Phone (resolution and first response within 30 minutes): P25 late (45), P50 open past it
    (50), P75 and P100 within it (undecided): 2 breaches of 2 decided, 4 tickets, both targets.
    Standard, the rest (resolution within 60, first response within 30): resolution M20 (25) and
    M40 (55) in time, M60, M80 and M100 open within it: 0 of 2; first response M20 in time, M40
    late (55), M60 open past it (40), M80 and M100 undecided: 2 of 3; 5 tickets."""
    return Blueprint(
        fields=[TicketField(name="channel", type="choice", values=["mail", "phone", "chat"])],
        pools=[Pool(id="desk", agents=1)],
        nodes=[
            IntakeNode(id="mail", interarrival=Fixed(value=20), set_fields={"channel": "mail"}),
            IntakeNode(id="phone", interarrival=Fixed(value=25), set_fields={"channel": "phone"}),
            StepNode(id="work", pool="desk", duration=Fixed(value=25), first_response=True),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="mail", target="work"),
            Edge(id="e2", source="phone", target="work"),
            Edge(id="e3", source="work", target="done"),
        ],
        sla=[
            SlaPolicy(id="urgent", name="Phone", when='channel == "phone"', first_response=30, resolution=30),
            SlaPolicy(id="standard", name="Standard", when=standard_when, first_response=30, resolution=60),
        ],
    )


SETTINGS = SimulationSettings(horizon_minutes=100)


def both_loops(bp: Blueprint, settings: SimulationSettings = SETTINGS) -> dict:
    """The run's JSON, the same from the compiled and the Python loop."""
    result = compile_blueprint(bp)
    assert result.ok, [d.code for d in result.errors]
    outputs = []
    for compiled in (True, False):
        engine = Engine(result.model, settings, allow_compiled=compiled)
        outputs.append(json.dumps(engine.run().to_dict()))
        assert engine.ran_compiled is (compiled and compiled_loop.available())
    assert outputs[0] == outputs[1]
    return json.loads(outputs[0])


def test_each_policy_counts_its_own_tickets_and_breaches_in_both_loops():
    run = both_loops(two_policies())
    assert run["policies"] == {
        "urgent": {
            "tickets": 4.0,
            "first_response_breaches": 2.0,
            "first_response_decided": 2.0,
            "sla_first_response_breach_rate": 1.0,
            "resolution_breaches": 2.0,
            "resolution_decided": 2.0,
            "sla_resolution_breach_rate": 1.0,
        },
        "standard": {
            "tickets": 5.0,
            "first_response_breaches": 2.0,
            "first_response_decided": 3.0,
            "sla_first_response_breach_rate": 2 / 3,
            "resolution_breaches": 0.0,
            "resolution_decided": 2.0,
            "sla_resolution_breach_rate": 0.0,
        },
    }
    # the overall figures are the sums of the policies'
    assert run["kpis"]["sla_resolution_breach_rate"] == 2 / 4
    assert run["kpis"]["sla_first_response_breach_rate"] == 4 / 5


def test_a_policy_no_ticket_falls_under_has_no_rate_and_a_model_without_policies_no_figures():
    run = both_loops(two_policies(standard_when='channel == "chat"'))
    assert run["policies"]["standard"] == {
        "tickets": 0.0,
        "first_response_breaches": 0.0,
        "first_response_decided": 0.0,
        "sla_first_response_breach_rate": None,
        "resolution_breaches": 0.0,
        "resolution_decided": 0.0,
        "sla_resolution_breach_rate": None,
    }
    assert run["policies"]["urgent"]["tickets"] == 4.0
    bare = two_policies().model_copy(update={"sla": []})
    assert "policies" not in both_loops(bare)  # the JSON of a model without policies as before


def test_the_policies_figures_are_merged_over_replications():
    model = compile_blueprint(two_policies()).model
    result = replicate(model, SETTINGS.with_(replications=2), workers=1)
    assert set(result.policies) == {"urgent", "standard"}
    standard = result.policies["standard"]
    assert standard["sla_first_response_breach_rate"].mean == 2 / 3
    assert standard["tickets"].n == 2
    assert result.to_dict()["policies"]["urgent"]["resolution_breaches"]["mean"] == 2.0
