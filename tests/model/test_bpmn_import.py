"""BPMN 2.0 import (model/bpmn): every construct of a help desk written for the test becomes what
issue 20 says, the layout of its diagram is kept, and what has no equal is reported by a
diagnostic that names it; the imported blueprint validates without errors."""

from __future__ import annotations

import math

import pytest
from bpmn_files import help_desk, minimal

from blueprint_studio.model.bpmn import guess, read
from blueprint_studio.model.schema import TicketField
from blueprint_studio.model.validation import validate


@pytest.fixture(scope="module")
def imported():
    return read(help_desk())


def nodes_of(blueprint):
    return {n.id: n for n in blueprint.nodes}


def edges_of(blueprint):
    return {e.id: e for e in blueprint.edges}


def codes(diagnostics):
    return {(d.code, d.ids) for d in diagnostics}


def test_the_imported_help_desk_validates_without_errors(imported):
    blueprint, _ = imported
    assert [d.code for d in validate(blueprint) if d.is_error] == []


def test_lanes_keep_their_order_and_height_and_get_a_kind_from_their_name(imported):
    blueprint, notes = imported
    assert [(ln.title, ln.kind, ln.height) for ln in blueprint.lanes] == [
        ("Client", "customer", 160.0),
        ("Support niveau 1", "frontstage", 160.0),
        ("Niveau 2 — Techniciens", "backstage", 160.0),
        ("Système", "support", 160.0),
        ("Fournisseur", "custom", 100.0),  # the other pool, a black box
    ]
    guessed = {d.ids[0]: d.params["kind"] for d in notes if d.code == "bpmn_lane_kind"}
    assert guessed == {ln.id: ln.kind for ln in blueprint.lanes}


def test_each_flow_element_becomes_its_node_kind(imported):
    blueprint, _ = imported
    kinds = {key: node.kind for key, node in nodes_of(blueprint).items()}
    assert kinds == {
        "Start_mail": "intake",
        "Task_qualify": "step",
        "Gw_priority": "decision",
        "Task_solve": "step",
        "Gw_solved": "decision",
        "Task_expert": "step",
        "Catch_reply": "wait",
        "Gw_amount": "decision",
        "Fork": "decision",
        "Task_log": "step",
        "Task_mail": "step",
        "Join": "decision",
        "Sub_diag": "step",
        "End_ok": "end",
        "End_abandon": "end",
        "Data_ticket": "evidence",
        "Note_1": "note",
    }
    nodes = nodes_of(blueprint)
    assert nodes["Task_qualify"].title == "Qualifier la demande"
    assert nodes["Task_qualify"].guidance == "Lire la demande et fixer la priorité."
    assert nodes["Task_log"].performer == "system" and nodes["Task_mail"].performer == "system"
    assert nodes["End_abandon"].outcome == "abandoned" and nodes["End_ok"].outcome == "resolved"
    assert nodes["Note_1"].text == "Priorité selon la matrice impact × urgence"
    assert nodes["Data_ticket"].title == "Numéro de ticket"


def test_the_diagram_layout_is_kept_relative_to_the_lanes(imported):
    blueprint, _ = imported
    nodes = nodes_of(blueprint)
    # BPMN: lanes from x=160 with their 30-unit title band (ours: left of x=0), the level-1 lane
    # from y=240 (ours: from 160)
    task = nodes["Task_qualify"]
    assert (task.x, task.y, task.width, task.height) == (110.0, 200.0, 100.0, 80.0)
    assert task.lane == "Lane_n1"
    assert (nodes["Task_log"].x, nodes["Task_log"].y, nodes["Task_log"].lane) == (910.0, 520.0, "Lane_system")
    # the bends of a flow, each moved with the lane it is in
    assert edges_of(blueprint)["F11"].waypoints == [(1290.0, 400.0), (1290.0, 80.0)]


def test_bpsim_gives_arrivals_durations_and_pools(imported):
    blueprint, notes = imported
    nodes = nodes_of(blueprint)
    intake = nodes["Start_mail"]
    assert intake.rate_per_hour == pytest.approx(5.0)  # one every 12 minutes
    assert intake.channel == "email"
    qualify = nodes["Task_qualify"].duration
    assert (qualify.kind, qualify.low, qualify.mode, qualify.high) == ("triangular", 2.0, 4.0, 9.0)
    assert nodes["Task_solve"].duration.model_dump() == {"kind": "fixed", "value": 15.0}  # PT15M
    assert nodes["Sub_diag"].duration.model_dump() == {"kind": "exponential", "mean": 90.0}  # 1.5 hour
    assert nodes["Catch_reply"].response_time.model_dump() == {"kind": "exponential", "mean": 240.0}
    # a gamma of shape 4 and scale 10: a log-normal of the same mean (40) and spread (20)
    assert nodes["Task_expert"].duration.model_dump() == {"kind": "lognormal", "mean": 40.0, "sd": 20.0}
    assert ("bpmn_distribution_approximated", ("Task_expert",)) in codes(notes)
    lanes = {ln.id: ln for ln in blueprint.lanes}
    assert lanes["Lane_n1"].pool.agents == 4 and lanes["Lane_n1"].pool.name == "Agents de niveau 1"
    assert lanes["Lane_n1"].pool.cost_per_hour == pytest.approx(30.0)  # 0.5 a minute
    assert lanes["Lane_n2"].pool.agents == 2
    assert all(n.pool is None for n in blueprint.nodes if n.kind == "step")  # their lane's pool
    assert not any(d.code == "bpmn_pool_assumed" for d in notes)


def test_gateways_get_conditions_on_the_documents_fields_or_shares(imported):
    blueprint, notes = imported
    edges = edges_of(blueprint)
    assert [f.name for f in blueprint.fields] == ["priority"]  # the form field of the file
    assert edges["F_urgent"].condition == 'priority == "P1"'
    assert edges["F_normal"].default and edges["F_normal"].label == "Autre"
    # BPSim's 0.7 and 0.2 add up to 0.9: scaled, and said
    assert edges["F_yes"].probability == pytest.approx(0.7 / 0.9)
    assert edges["F_no"].probability == pytest.approx(0.2 / 0.9)
    assert ("bpmn_shares_normalised", ("Gw_solved",)) in codes(notes)
    # ${amount > 1000}: no field 'amount' in the document: equal shares, flagged on each branch
    assert edges["F_big"].probability == edges["F_small"].probability == 0.5
    assert edges["F_big"].condition is None
    assert {("bpmn_condition_untranslated", ("F_big",)), ("bpmn_equal_shares", ("Gw_amount",))} <= codes(
        notes
    )
    untranslated = next(d for d in notes if d.ids == ("F_big",))
    assert untranslated.params["condition"] == "${amount > 1000}"


def test_a_boundary_timer_becomes_a_time_limit_with_escalation(imported):
    blueprint, _ = imported
    expert = nodes_of(blueprint)["Task_expert"]
    assert (expert.time_limit, expert.escalate_to) == (30.0, "Sub_diag")
    # the timer's own flow is the escalation, not a branch of the step
    assert not any(e.source == "Task_expert" and e.target == "Sub_diag" for e in blueprint.edges)


def test_data_objects_and_annotations_are_tied_by_associations(imported):
    blueprint, _ = imported
    associations = {(e.source, e.target) for e in blueprint.edges if e.kind == "association"}
    assert associations == {("Note_1", "Gw_priority"), ("Task_qualify", "Data_ticket")}


def test_what_has_no_equal_is_reported_with_what_was_done(imported):
    blueprint, notes = imported
    found = codes(notes)
    assert ("bpmn_parallel_split", ("Fork",)) in found
    assert ("bpmn_subprocess", ("Sub_diag",)) in found
    assert ("bpmn_message_flow", ("Sub_diag", "Pool_vendor")) in found  # to the other pool's lane
    edges = edges_of(blueprint)
    assert edges["F6"].probability == edges["F7"].probability == 0.5  # one path per ticket
    assert next(d for d in notes if d.code == "bpmn_subprocess").params["count"] == 3
    assert next(d for d in notes if d.code == "bpmn_message_flow").params["name"] == "Signalement"
    # each diagnostic carries the names of what it is about, for the words
    for d in notes:
        for key in d.ids:
            assert key in d.names, (d.code, key)


def test_without_bpsim_defaults_are_used_and_said():
    blueprint, notes = read(help_desk(bpsim=False))
    assert [d.code for d in validate(blueprint) if d.is_error] == []
    found = codes(notes)
    assert ("bpmn_no_arrivals", ("Start_mail",)) in found
    no_durations = next(d for d in notes if d.code == "bpmn_no_durations")
    assert set(no_durations.ids) == {"Task_qualify", "Task_solve", "Task_expert", "Sub_diag"}
    assert ("bpmn_equal_shares", ("Gw_solved",)) in found
    # each lane with agents' steps gets a pool of one agent, said
    pools = {ln.id: ln.pool for ln in blueprint.lanes if ln.pool is not None}
    assert set(pools) == {"Lane_n1", "Lane_n2"} and all(p.agents == 1 for p in pools.values())
    assert {d.ids for d in notes if d.code == "bpmn_pool_assumed"} == {(p.id,) for p in pools.values()}


def test_a_plain_process_without_lanes_or_diagram_is_laid_out_and_validates():
    blueprint, notes = read(minimal())
    assert blueprint.lanes == [] and [n.kind for n in blueprint.nodes] == ["intake", "step", "end"]
    xs = [n.x for n in blueprint.nodes]
    assert xs == sorted(xs) and len(set(xs)) == 3  # side by side, left to right
    assert blueprint.pools and blueprint.nodes[1].pool == blueprint.pools[0].id
    assert blueprint.nodes[0].channel == "portal" and blueprint.nodes[2].outcome == "closed"
    assert [d.code for d in validate(blueprint) if d.is_error] == []
    assert "bpmn_pool_assumed" in {d.code for d in notes}


@pytest.mark.parametrize(
    "nodes, flows, code",
    [
        (
            '<bpmn:inclusiveGateway id="g"/>',
            '<bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="g"/>'
            '<bpmn:sequenceFlow id="a" sourceRef="g" targetRef="e"/>'
            '<bpmn:sequenceFlow id="b" sourceRef="g" targetRef="e"/>',
            "bpmn_inclusive_gateway",
        ),
        (
            '<bpmn:eventBasedGateway id="g"/>',
            '<bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="g"/>'
            '<bpmn:sequenceFlow id="a" sourceRef="g" targetRef="e"/>'
            '<bpmn:sequenceFlow id="b" sourceRef="g" targetRef="e"/>',
            "bpmn_event_gateway",
        ),
        (
            '<bpmn:intermediateCatchEvent id="g" name="Attendre 2 h"><bpmn:timerEventDefinition>'
            "<bpmn:timeDuration>PT2H</bpmn:timeDuration></bpmn:timerEventDefinition>"
            "</bpmn:intermediateCatchEvent>",
            '<bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="g"/>'
            '<bpmn:sequenceFlow id="a" sourceRef="g" targetRef="e"/>',
            "bpmn_timer_wait",
        ),
        (
            '<bpmn:intermediateThrowEvent id="g"><bpmn:signalEventDefinition/></bpmn:intermediateThrowEvent>',
            '<bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="g"/>'
            '<bpmn:sequenceFlow id="a" sourceRef="g" targetRef="e"/>',
            "bpmn_passthrough",
        ),
        (
            '<bpmn:boundaryEvent id="g" attachedToRef="t"><bpmn:errorEventDefinition/></bpmn:boundaryEvent>',
            '<bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e"/>'
            '<bpmn:sequenceFlow id="a" sourceRef="g" targetRef="e"/>',
            "bpmn_boundary_event",
        ),
        (
            '<bpmn:group id="g" categoryValueRef="cv"/>',
            '<bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e"/>',
            "bpmn_group",
        ),
        (
            "",
            '<bpmn:sequenceFlow id="a" sourceRef="t" targetRef="e"/>'
            '<bpmn:sequenceFlow id="b" sourceRef="t" targetRef="e"/>',
            "bpmn_parallel_split",  # two plain flows out of a task: BPMN's implicit split
        ),
    ],
)
def test_each_construct_without_equal_is_reported(nodes, flows, code):
    blueprint, notes = read(minimal(flows, nodes))
    assert code in {d.code for d in notes}
    assert [d.code for d in validate(blueprint) if d.is_error] == []


def test_an_intermediate_timer_lasts_its_duration():
    flows = (
        '<bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="g"/>'
        '<bpmn:sequenceFlow id="a" sourceRef="g" targetRef="e"/>'
    )
    timer = (
        '<bpmn:intermediateCatchEvent id="g"><bpmn:timerEventDefinition>'
        "<bpmn:timeDuration>PT2H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>"
    )
    blueprint, _ = read(minimal(flows, timer))
    step = nodes_of(blueprint)["g"]
    assert (step.performer, step.duration.model_dump()) == ("system", {"kind": "fixed", "value": 120.0})


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Client", "customer"),
        ("Customers", "customer"),
        ("Utilisateur final", "customer"),
        ("Service desk", "frontstage"),
        ("Support niveau 1", "frontstage"),
        ("Agents", "frontstage"),
        ("Level 2 support", "backstage"),
        ("Niveau 3 — Experts", "backstage"),
        ("Système", "support"),
        ("IT systems", "support"),
        ("Outils informatiques", "support"),
        ("Équipe produit", "custom"),
    ],
)
def test_lane_kinds_are_guessed_from_french_and_english_names(name, kind):
    assert guess.lane_kind(name) == kind


FIELDS = [TicketField(name="priority", values=["P1", "P2"]), TicketField(name="vip", type="boolean")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("${priority == 'P1'}", 'priority == "P1"'),
        ("${priority == 'P1' && !vip}", 'priority == "P1" and not vip'),
        ("#{priority eq 'P2' || vip}", 'priority == "P2" or vip'),
        ('= priority = "P2"', 'priority == "P2"'),  # FEEL
        ("${amount > 3}", None),  # not a field of the document
        ("${priority == 'P9'}", None),  # not a value of the field
        ("${execution.getVariable('x')}", None),
    ],
)
def test_conditions_are_translated_only_when_they_use_the_documents_fields(text, expected):
    assert guess.condition(text, FIELDS) == expected


def test_rates_come_from_the_mean_of_any_inter_arrival_distribution():
    bpsim = (
        '<bpmn:relationship type="BPSimData"><bpmn:extensionElements><bpsim:BPSimData>'
        '<bpsim:Scenario id="S"><bpsim:ScenarioParameters baseTimeUnit="s"/>'
        '<bpsim:ElementParameters elementRef="s"><bpsim:TimeParameters><bpsim:InterTriggerTimer>'
        '<bpsim:UniformDistribution min="60" max="540"/></bpsim:InterTriggerTimer></bpsim:TimeParameters>'
        "</bpsim:ElementParameters></bpsim:Scenario></bpsim:BPSimData></bpmn:extensionElements>"
        "<bpmn:source>Definitions_1</bpmn:source><bpmn:target>Definitions_1</bpmn:target></bpmn:relationship>"
    )
    data = minimal().replace(b"</bpmn:definitions>", bpsim.encode() + b"</bpmn:definitions>")
    blueprint, _ = read(data)
    intake = blueprint.nodes[0]
    # 1 to 9 minutes (seconds in the file): 5 minutes on average, 12 an hour, kept as a renewal
    assert math.isclose(intake.rate_per_hour, 12.0)
    assert intake.interarrival.model_dump() == {"kind": "uniform", "low": 1.0, "high": 9.0}


def test_nothing_is_dropped_silently(imported):
    """Each element of the file's process and collaboration is a node, an edge, a time limit, or
    the subject of a note."""
    import xml.etree.ElementTree as ET

    blueprint, notes = imported
    kept = {n.id for n in blueprint.nodes} | {e.id for e in blueprint.edges}
    noted = {key for d in notes for key in d.ids}
    root = ET.fromstring(help_desk())
    bpmn = "{http://www.omg.org/spec/BPMN/20100524/MODEL}"
    process = root.find(f"{bpmn}process")
    for element in [*process, *root.find(f"{bpmn}collaboration")]:
        tag, key = element.tag.removeprefix(bpmn), element.get("id")
        if tag in ("laneSet", "extensionElements", "dataObject", "participant"):
            continue  # lanes, fields, the object behind its reference, pools: checked elsewhere
        if tag == "boundaryEvent":
            assert nodes_of(blueprint)[element.get("attachedToRef")].time_limit, key
        elif tag == "sequenceFlow" and element.get("sourceRef") == "Timer_expert":
            assert nodes_of(blueprint)["Task_expert"].escalate_to == element.get("targetRef")
        elif tag == "messageFlow":
            said = [d for d in notes if d.code == "bpmn_message_flow"]
            assert [d.params["name"] for d in said] == [element.get("name")]
        else:
            assert key in kept, (tag, key)
    # what changed on the way is said about the elements it concerns
    assert {"Fork", "Sub_diag", "Gw_solved", "Gw_amount", "F_big", "F_small"} <= noted


def test_a_quantity_given_to_a_lane_is_its_pools_agents():
    """Bizagi gives BPSim's resource quantity to the lane itself."""
    quantity = (
        '<bpmn:relationship type="BPSimData"><bpmn:extensionElements><bpsim:BPSimData>'
        '<bpsim:Scenario id="S"><bpsim:ElementParameters elementRef="Lane_n2"><bpsim:ResourceParameters>'
        '<bpsim:Quantity><bpsim:NumericParameter value="6"/></bpsim:Quantity></bpsim:ResourceParameters>'
        "</bpsim:ElementParameters></bpsim:Scenario></bpsim:BPSimData></bpmn:extensionElements>"
        "<bpmn:source>Definitions_1</bpmn:source><bpmn:target>Definitions_1</bpmn:target></bpmn:relationship>"
    )
    data = help_desk(bpsim=False).replace(b"</bpmn:definitions>", quantity.encode() + b"</bpmn:definitions>")
    blueprint, notes = read(data)
    pools = {ln.id: ln.pool for ln in blueprint.lanes}
    assert pools["Lane_n2"].agents == 6 and pools["Lane_n2"].name == "Niveau 2 — Techniciens"
    assert (pools["Lane_n2"].id,) not in {d.ids for d in notes if d.code == "bpmn_pool_assumed"}
    assert pools["Lane_n1"].agents == 1  # none given: one agent, said


def test_a_repeating_timer_start_event_gives_its_rate():
    timer = (
        '<bpmn:startEvent id="s" name="Contrôle planifié"><bpmn:timerEventDefinition>'
        "<bpmn:timeCycle>R/PT15M</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>"
    )
    data = minimal().replace(b'<bpmn:startEvent id="s" name="Portail"/>', timer.encode())
    blueprint, notes = read(data)
    intake = blueprint.nodes[0]
    assert intake.rate_per_hour == 4.0  # one every 15 minutes, regularly
    assert intake.interarrival.model_dump() == {"kind": "fixed", "value": 15.0}
    assert "bpmn_no_arrivals" not in {d.code for d in notes}


def test_the_bpsim_run_becomes_a_scenario():
    bpsim = (
        '<bpmn:relationship type="BPSimData"><bpmn:extensionElements><bpsim:BPSimData>'
        '<bpsim:Scenario id="S" name="Semaine type"><bpsim:ScenarioParameters baseTimeUnit="hour" '
        'replication="8" seed="42"><bpsim:Duration><bpsim:DurationParameter value="P14D"/></bpsim:Duration>'
        '<bpsim:Warmup><bpsim:NumericParameter value="24"/></bpsim:Warmup></bpsim:ScenarioParameters>'
        "</bpsim:Scenario></bpsim:BPSimData></bpmn:extensionElements>"
        "<bpmn:source>Definitions_1</bpmn:source><bpmn:target>Definitions_1</bpmn:target></bpmn:relationship>"
    )
    data = minimal().replace(b"</bpmn:definitions>", bpsim.encode() + b"</bpmn:definitions>")
    blueprint, _ = read(data)
    (scenario,) = blueprint.scenarios
    assert (scenario.name, scenario.horizon_days, scenario.warmup_days) == ("Semaine type", 14.0, 1.0)
    assert (scenario.replications, scenario.seed) == (8, 42)


def test_a_reply_awaited_against_a_timer_becomes_a_wait_with_a_timeout():
    """The help desk's classic: ask the customer, then the first of their reply or 3 days."""
    nodes = (
        '<bpmn:eventBasedGateway id="g"/>'
        '<bpmn:intermediateCatchEvent id="reply" name="Réponse du client"><bpmn:messageEventDefinition/>'
        "</bpmn:intermediateCatchEvent>"
        '<bpmn:intermediateCatchEvent id="late" name="3 jours"><bpmn:timerEventDefinition>'
        "<bpmn:timeDuration>P3D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>"
        '<bpmn:endEvent id="closed" name="Clôturé sans réponse"/>'
    )
    flows = (
        '<bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="g"/>'
        '<bpmn:sequenceFlow id="a" sourceRef="g" targetRef="reply"/>'
        '<bpmn:sequenceFlow id="b" sourceRef="g" targetRef="late"/>'
        '<bpmn:sequenceFlow id="c" sourceRef="reply" targetRef="e"/>'
        '<bpmn:sequenceFlow id="d" sourceRef="late" targetRef="closed"/>'
    )
    blueprint, notes = read(minimal(flows, nodes))
    nodes_ = nodes_of(blueprint)
    assert "g" not in nodes_ and "late" not in nodes_  # merged into the wait
    wait = nodes_["reply"]
    assert (wait.kind, wait.timeout, wait.timeout_target) == ("wait", 3 * 1440.0, "closed")
    assert {(e.source, e.target) for e in blueprint.edges} == {("s", "t"), ("t", "reply"), ("reply", "e")}
    assert [d.code for d in validate(blueprint) if d.is_error] == []
    found = codes(notes)
    assert ("bpmn_wait_timeout", ("reply",)) in found
    assert not any(code in ("bpmn_timer_wait", "bpmn_event_gateway") for code, _ in found)
