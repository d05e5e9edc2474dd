"""What validation tells before a run about what the simulator is asked to do (model/sim/checks.py):
loops that the probabilities or a survey's answer never leave, named; pools loaded beyond their
agents, with the figure; rates, durations and distributions beyond what can be computed, with the
setting named. And what it must not flag: loops with a way out, time limits as ways out."""

from __future__ import annotations

from blueprint_studio.model.schema import (
    Blueprint,
    DecisionNode,
    Edge,
    EndNode,
    Exponential,
    IntakeNode,
    LogNormal,
    Meta,
    Pool,
    SatisfactionNode,
    StepNode,
    WeeklySchedule,
)
from blueprint_studio.model.validation import validate


def survey_flow(
    p_satisfied: float,
    *,
    reopen: str = "satisfied == false",
    time_limit: float | None = None,
    rate: float = 10,
) -> Blueprint:
    """Mail -> Fix it -> Survey; reopened tickets go back to Fix it, the others to Done."""
    step = StepNode(
        id="work",
        title="Fix it",
        pool="desk",
        duration=Exponential(mean=5),
        time_limit=time_limit,
        escalate_to="expert" if time_limit else None,
    )
    nodes = [
        IntakeNode(id="in", title="Mail", rate_per_hour=rate),
        step,
        SatisfactionNode(id="survey", title="Survey", p_satisfied=p_satisfied),
        EndNode(id="done", title="Done"),
    ]
    edges = [
        Edge(id="e1", source="in", target="work"),
        Edge(id="e2", source="work", target="survey"),
        Edge(id="e3", source="survey", target="work", condition=reopen),
        Edge(id="e4", source="survey", target="done", default=True),
    ]
    if time_limit:
        nodes.append(StepNode(id="expert", title="Expert", pool="desk"))
        edges.append(Edge(id="e5", source="expert", target="done"))
    return Blueprint(
        meta=Meta(title="Survey"),
        pools=[Pool(id="desk", name="Front desk", agents=3)],
        nodes=nodes,
        edges=edges,
    )


def found(bp: Blueprint) -> dict[str, tuple]:
    return {d.code: (d.ids, d.params) for d in validate(bp)}


def test_a_survey_never_satisfied_traps_tickets_and_names_the_loop():
    ids, params = found(survey_flow(0.0))["loop_never_left"]
    assert ids == ("work", "survey") and params == {"nodes": "Fix it → Survey"}
    assert validate(survey_flow(0.0))[0].is_error


def test_loops_with_a_way_out_are_not_flagged():
    assert found(survey_flow(0.5)) == {}
    assert found(survey_flow(1.0)) == {}  # always satisfied: leaves
    assert found(survey_flow(0.0, time_limit=60)) == {}  # the time limit escalates out
    assert found(survey_flow(0.0, reopen="satisfied == false and responded")) == {}  # unknown: allowed


def test_a_decision_whose_way_out_has_probability_zero_traps_tickets():
    bp = Blueprint(
        meta=Meta(title="Retry"),
        pools=[Pool(id="desk", agents=2)],
        nodes=[
            IntakeNode(id="in"),
            StepNode(id="try", title="Try again", pool="desk"),
            DecisionNode(id="ok", title="Fixed?"),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="in", target="try"),
            Edge(id="e2", source="try", target="ok"),
            Edge(id="e3", source="ok", target="try", probability=1.0),
            Edge(id="e4", source="ok", target="done", default=True),
        ],
    )
    assert found(bp)["loop_never_left"][1] == {"nodes": "Try again → Fixed?"}
    half = bp.model_copy(
        update={"edges": bp.edges[:2] + [bp.edges[2].model_copy(update={"probability": 0.5}), bp.edges[3]]}
    )
    assert "loop_never_left" not in found(half)


def test_a_pool_loaded_beyond_its_agents_is_a_warning_with_the_figure():
    diagnostics = validate(survey_flow(0.9, rate=100))
    [d] = diagnostics
    assert d.code == "pool_overloaded" and not d.is_error
    assert d.ids[0] == "desk" and d.params["pool"] == "Front desk"
    # 100 an hour, 5 min each, seen 1/0.9 times, 3 agents: 100·5/60/0.9/3 = 309 %
    assert d.params["utilisation"] == 309
    rates = [[0.0] * 24 for _ in range(7)]
    rates[2][10] = 5000.0  # one busy hour a week: 30 an hour on average
    weekly = survey_flow(0.9).model_copy(
        update={
            "nodes": [
                n.model_copy(update={"schedule": WeeklySchedule(rates=rates)}) if n.id == "in" else n
                for n in survey_flow(0.9).nodes
            ]
        }
    )
    assert "pool_overloaded" not in found(weekly)


def test_values_beyond_what_the_simulator_computes_name_their_setting():
    def with_step(**changes) -> Blueprint:
        bp = survey_flow(0.9)
        return bp.model_copy(
            update={"nodes": [n.model_copy(update=changes) if n.id == "work" else n for n in bp.nodes]}
        )

    assert found(with_step(duration=LogNormal(mean=10, sd=1e300)))["distribution_overflow"] == (
        ("work",),
        {"setting": "duration"},
    )
    # a huge spread whose draws stay finite (the mean is kept: most draws are tiny) is allowed
    assert "distribution_overflow" not in found(with_step(duration=LogNormal(mean=10, sd=1e100)))
    assert found(with_step(duration=Exponential(mean=2 * 525600)))["duration_too_long"] == (
        ("work",),
        {"setting": "duration", "days": 730, "limit": 365},
    )
    assert (
        found(with_step(time_limit=400 * 1440.0, escalate_to="done"))["duration_too_long"][1]["setting"]
        == "time_limit"
    )
    fast = survey_flow(0.9, rate=50_000)
    assert found(fast)["rate_too_high"] == (("in",), {"setting": "rate", "rate": 50_000, "limit": 10_000})
    from blueprint_studio.model.schema import Fixed

    for gap, rate in ((Fixed(value=0), "∞"), (Fixed(value=0.001), 60_000)):
        bp = survey_flow(0.9)
        bp = bp.model_copy(
            update={
                "nodes": [n.model_copy(update={"interarrival": gap}) if n.id == "in" else n for n in bp.nodes]
            }
        )
        assert found(bp)["rate_too_high"] == (
            ("in",),
            {"setting": "interarrival", "rate": rate, "limit": 10_000},
        )
