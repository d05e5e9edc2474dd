"""Every diagnostic of a set of broken blueprints (together they raise every code) names its
elements by title and its fields and values by their labels, never by id, in English and French,
and says what to do about it.

The model part (the names a diagnostic carries) runs without Qt; the words come from
`app/shell/messages.py`, the one catalogue, which needs QtCore only (imported inside the tests).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from blueprint_studio.model.diagnostics import CODES
from blueprint_studio.model.schema import (
    Approval,
    Blueprint,
    Calendar,
    DecisionNode,
    Edge,
    EndNode,
    EscalationLadder,
    EvidenceNode,
    Exponential,
    Fixed,
    FollowUps,
    IntakeNode,
    Lane,
    LogNormal,
    MergeRule,
    Meta,
    NoteNode,
    OpeningHours,
    Pool,
    Reassign,
    Scenario,
    SetField,
    SlaPolicy,
    StepNode,
    TicketCard,
    TicketField,
    WaitNode,
)
from blueprint_studio.model.validation import validate

TRANSLATIONS = Path(__file__).parents[2] / "resources" / "translations"
ID_LIKE = re.compile(r"^[a-z]+_[a-z0-9_]+$")


def ticket_fields() -> list[TicketField]:
    return [
        TicketField(
            name="category",
            label="Issue type",
            labels={"fr": "Type de demande", "en": "Issue type"},
            values=["support", "feature"],
            value_labels={
                "feature": {"en": "Feature request", "fr": "Demande d’évolution"},
                "support": {"en": "Support", "fr": "Assistance"},
            },
        ),
        TicketField(
            name="priority",
            label="Priority",
            labels={"fr": "Priorité", "en": "Priority"},
            values=["P1", "P2", "P3"],
        ),
    ]


def tangled() -> Blueprint:
    """Wrong references, conditions, values, exits, lanes and cards, with untitled elements."""
    lanes = [
        Lane(id="lane_sup", kind="support", title="Product team", pool=Pool(id="pool_empty", agents=0)),
        Lane(id="lane_cust", kind="customer", title="Customer"),
        Lane(id="lane_front", kind="frontstage", title="Help desk", pool=Pool(id="pool_desk", name="Desk")),
    ]
    nodes = [
        IntakeNode(
            id="in_mail",
            title="E-mail",
            lane="lane_cust",
            rate_per_hour=0,
            field_shares={"category": {"support": 0}},  # every share 0 %
        ),
        IntakeNode(
            id="in_web",
            title="",
            lane="lane_cust",
            rate_per_hour=10_000_000,
            field_shares={"satisfied": {"true": 1}},  # a yes/no field has no shares
        ),
        StepNode(
            id="step_l1",
            title="Escalate to L2",
            lane="lane_front",
            time_limit=30,
            actions=[SetField(field="category", value="nope"), Reassign(pool="pool_gone")],
            mandatory_fields=["colour"],
        ),
        StepNode(id="step_l3", title="", lane="lane_sup"),
        StepNode(id="step_orphan", title="Orphan"),
        StepNode(id="step_ghost", title="Ghost", lane="lane_gone", pool="pool_nowhere", escalate_to="ev_1"),
        DecisionNode(id="dec_l2", title="Known issue?", lane="lane_front"),
        DecisionNode(id="dec_coin", title="Coin", lane="lane_front"),
        WaitNode(id="wait_1", title="Wait for the customer", timeout=60),
        EndNode(id="end_1", title="Closed", lane="lane_front"),
        EvidenceNode(id="ev_1", title="Confirmation e-mail"),
        NoteNode(id="note_1", title="Remember"),
        NoteNode(id="note_2", title="Other note"),
        StepNode(id="step_loop_a", title="Loop A", lane="lane_front"),
        StepNode(id="step_loop_b", title="Loop B", lane="lane_front"),
    ]
    edges = [
        Edge(id="e_in_l1", source="in_mail", target="step_l1"),
        Edge(id="e_web_sup", source="in_web", target="step_l3"),
        Edge(id="e_l1_dec", source="step_l1", target="dec_l2"),
        Edge(
            id="e_dec_l2__step_l3",
            source="dec_l2",
            target="step_l3",
            label="Yes",
            condition='category == "support" and priority == "P9"',
        ),
        Edge(id="e_dec_x", source="dec_l2", target="end_1", condition='colour == "red"'),
        Edge(id="e_dec_y", source="dec_l2", target="end_1", condition="priority ==", label="Broken"),
        Edge(id="e_dec_z", source="dec_l2", target="end_1", condition="priority > 3"),
        Edge(id="e_p1", source="dec_coin", target="end_1", probability=0.5),
        Edge(id="e_p3", source="dec_coin", target="step_l3", condition='priority == "P1"'),
        Edge(id="e_p4", source="dec_coin", target="end_1"),
        Edge(id="e_p5", source="dec_coin", target="step_l3"),
        Edge(id="e_end", source="end_1", target="step_l3"),
        Edge(id="e_into", source="step_l3", target="in_mail"),
        Edge(id="e_ev", source="step_l3", target="ev_1"),
        Edge(id="e_assoc", kind="association", source="step_l3", target="end_1"),
        Edge(id="e_notes", kind="association", source="note_1", target="note_2"),
        Edge(id="e_ghost", source="step_l3", target="node_gone"),
        Edge(id="e_la", source="step_loop_a", target="step_loop_b"),
        Edge(id="e_lb", source="step_loop_b", target="step_loop_a"),
    ]
    cards = [
        TicketCard(
            id="card_1", name="Password reset", fields={"priority": "P7"}, expected_path=["step_l1", "end_1"]
        )
    ]
    return Blueprint(
        meta=Meta(title="Tangled"),
        fields=ticket_fields(),
        lanes=lanes,
        nodes=nodes,
        edges=edges,
        cards=cards,
        scenarios=[Scenario(id="scen_1", pool_agents={"pool_x": 3})],
    )


def unbounded() -> Blueprint:
    """Decisions that do not cover every ticket, probabilities, a loop never left, huge values."""
    lanes = [Lane(id="lane_1", kind="frontstage", title="Level 1", pool=Pool(id="pool_1"))]
    nodes = [
        IntakeNode(id="in_1", title="Phone", lane="lane_1"),
        StepNode(id="step_1", title="Answer the call", lane="lane_1"),
        DecisionNode(id="dec_cov", title="Which team?", lane="lane_1"),
        DecisionNode(id="dec_num", title="Big customer?", lane="lane_1"),
        DecisionNode(id="dec_sum", title="Lucky?", lane="lane_1"),
        StepNode(id="step_long", title="Think about it", lane="lane_1", duration=Fixed(value=1e9)),
        StepNode(id="step_wide", title="Guess", lane="lane_1", duration=LogNormal(mean=1, sd=1e300)),
        DecisionNode(id="dec_loop", title="Try again?", lane="lane_1"),
        EndNode(id="end_1", title="Solved", lane="lane_1"),
    ]
    edges = [
        Edge(id="e_1", source="in_1", target="step_1"),
        Edge(id="e_2", source="step_1", target="dec_cov"),
        Edge(id="e_3", source="dec_cov", target="dec_num", condition='category == "support"'),
        Edge(id="e_4", source="dec_num", target="dec_sum", condition="seats > 100"),
        Edge(id="e_5", source="dec_sum", target="step_long", probability=0.5),
        Edge(id="e_6", source="dec_sum", target="step_wide", probability=0.2),
        Edge(id="e_7", source="step_long", target="dec_loop"),
        Edge(id="e_8", source="step_wide", target="end_1"),
        Edge(id="e_9", source="dec_loop", target="step_long", probability=1.0),
        Edge(id="e_10", source="dec_loop", target="end_1", probability=0.0),
    ]
    seats = TicketField(name="seats", label="Seats", type="number", distribution=Fixed(value=5))
    return Blueprint(
        meta=Meta(title="Unbounded"), fields=[*ticket_fields(), seats], lanes=lanes, nodes=nodes, edges=edges
    )


def overloaded() -> Blueprint:
    """A clean flow whose one pool gets a hundred times the work it can do, and a huge scenario."""
    lanes = [Lane(id="lane_1", kind="frontstage", title="Level 1", pool=Pool(id="pool_1", agents=1))]
    nodes = [
        IntakeNode(id="in_1", title="Phone", lane="lane_1", rate_per_hour=100),
        StepNode(id="step_1", title="Answer the call", lane="lane_1", duration=Exponential(mean=60)),
        EndNode(id="end_1", title="Solved", lane="lane_1"),
    ]
    edges = [Edge(id="e_1", source="in_1", target="step_1"), Edge(id="e_2", source="step_1", target="end_1")]
    big = Scenario(id="scen_big", horizon_days=3650, replications=10_000, arrival_multiplier=1000)
    return Blueprint(meta=Meta(title="Busy"), lanes=lanes, nodes=nodes, edges=edges, scenarios=[big])


def clocks() -> Blueprint:
    """Steps done by the customer and the system where agents' settings make no sense, and SLA
    policies on calendars that are missing, never open or have holidays no run can count."""
    lanes = [
        Lane(id="lane_c", kind="customer", title="Customer"),
        Lane(id="lane_f", kind="frontstage", title="Desk", pool=Pool(id="pool_f", name="Desk", agents=2)),
    ]
    nodes = [
        IntakeNode(id="in_1", title="Portal", lane="lane_c"),
        StepNode(id="step_kb", title="Read the articles", lane="lane_f", performer="customer"),
        StepNode(
            id="step_auto",
            title="Route the ticket",
            lane="lane_f",
            performer="system",
            pool="pool_f",
            time_limit=10,
            escalate_to="end_1",
        ),
        EndNode(id="end_1", title="Solved", lane="lane_f"),
    ]
    edges = [
        Edge(id="e_1", source="in_1", target="step_kb"),
        Edge(id="e_2", source="step_kb", target="step_auto"),
        Edge(id="e_3", source="step_auto", target="end_1"),
    ]
    calendars = [
        Calendar(id="cal_1", holidays=["2027-01-01"]),
        Calendar(
            id="cal_2",
            name="Office",
            holidays=["2027-12-25"],
            hours=[OpeningHours(days=[0, 1, 2, 3, 4], start=9, end=18)],
        ),
    ]
    sla = [
        SlaPolicy(id="sla_1", name="P1 policy", business_hours=True),
        SlaPolicy(id="sla_2", business_hours=True, calendar="cal_gone"),
        SlaPolicy(id="sla_3", name="Gold", business_hours=True, calendar="cal_1"),
        SlaPolicy(id="sla_4", name="Office hours", business_hours=True, calendar="cal_2"),
        SlaPolicy(id="sla_5", name="Answer within the hour", first_response=60),  # no step answers
    ]
    return Blueprint(lanes=lanes, nodes=nodes, edges=edges, calendars=calendars, sla=sla)


def empty() -> Blueprint:
    return Blueprint(nodes=[StepNode(id="step_1", title="Alone")])


def ladders() -> Blueprint:
    """Escalation ladders wrong every way (model/ladder_checks.py)."""
    nodes = [
        IntakeNode(id="intake_1", title="E-mail"),
        StepNode(id="step_1", title="Qualify", pool="pool_1", ladder=EscalationLadder(warn_at=50)),
        StepNode(
            id="step_2",
            title="Level 2",
            pool="pool_1",
            time_limit=60,
            escalate_to="step_1",
            ladder=EscalationLadder(reassign_step="step_1"),
        ),
        EndNode(id="end_1", title="Resolved"),
    ]
    edges = [
        Edge(id="edge_1", source="intake_1", target="step_1"),
        Edge(id="edge_2", source="step_1", target="step_2"),
        Edge(id="edge_3", source="step_2", target="end_1"),
    ]
    wrong = EscalationLadder(
        warn_at=150, reassign_pool="pool_gone", priority_field="priority", priority_value="P9"
    )
    sla = [
        SlaPolicy(id="sla_1", name="Gold", resolution=240, ladder=wrong),
        SlaPolicy(
            id="sla_2", name="Silver", resolution=240, ladder=EscalationLadder(reassign_step="step_gone")
        ),
        SlaPolicy(id="sla_3", name="Bronze", resolution=240, ladder=EscalationLadder(reassign_step="end_1")),
        SlaPolicy(
            id="sla_4",
            name="Both",
            resolution=240,
            ladder=EscalationLadder(reassign_step="step_2", reassign_pool="pool_1"),
        ),
        SlaPolicy(id="sla_5", name="No target", ladder=EscalationLadder()),
        SlaPolicy(
            id="sla_6", name="Answers", resolution=240, ladder=EscalationLadder(clock="first_response")
        ),
    ]
    pools = [Pool(id="pool_1", name="Level 1", agents=2)]
    return Blueprint(fields=ticket_fields(), pools=pools, nodes=nodes, edges=edges, sla=sla)


def contacts() -> Blueprint:
    """Follow-up contacts through the wrong channels, and a merge rule with nothing to merge
    (model/contact_checks.py)."""
    nodes = [
        IntakeNode(id="intake_1", title="E-mail", follow_ups=FollowUps(via="intake_gone")),
        IntakeNode(id="intake_2", title="Chat", follow_ups=FollowUps(via="step_1")),
        StepNode(id="step_1", title="Qualify", pool="pool_1"),
        EndNode(id="end_1", title="Resolved"),
    ]
    edges = [
        Edge(id="edge_1", source="intake_1", target="step_1"),
        Edge(id="edge_2", source="intake_2", target="step_1"),
        Edge(id="edge_3", source="step_1", target="end_1"),
    ]
    pools = [Pool(id="pool_1", name="Level 1", agents=2)]
    lone = [
        IntakeNode(id="intake_1", title="E-mail"),
        StepNode(id="step_1", title="Triage", pool="pool_1", merge=MergeRule()),
        EndNode(id="end_1", title="Resolved"),
    ]
    return Blueprint(fields=ticket_fields(), pools=pools, nodes=nodes, edges=edges), Blueprint(
        pools=pools, nodes=lone, edges=[edges[0], edges[2]]
    )


def follow_ups_wrong() -> Blueprint:
    return contacts()[0]


def merge_alone() -> Blueprint:
    return contacts()[1]


def approvals_wrong() -> Blueprint:
    """Approvals whose rejected tickets go nowhere a ticket can be (model/approval_checks.py)."""
    nodes = [
        IntakeNode(id="intake_1", title="E-mail"),
        StepNode(id="step_1", title="Refund", pool="pool_1"),
        StepNode(id="step_2", title="Pay", pool="pool_1"),
        NoteNode(id="note_1", title="Policy"),
        EndNode(id="end_1", title="Resolved"),
    ]
    edges = [
        Edge(id="edge_1", source="intake_1", target="step_1", approval=Approval(role="Manager")),
        Edge(id="edge_2", source="step_1", target="step_2", approval=Approval(rejected_to="step_gone")),
        Edge(id="edge_3", source="step_2", target="end_1", approval=Approval(rejected_to="note_1")),
    ]
    return Blueprint(pools=[Pool(id="pool_1", name="Level 1", agents=2)], nodes=nodes, edges=edges)


def skills_wrong() -> Blueprint:
    """Steps that require skills their pools cannot give (model/agent_checks.py): one pool that does
    not assign by skills, one whose named agents lack the skill, with and without a fallback."""
    from blueprint_studio.model.schema import Agent

    ana = [Agent(name="Ana", skills=["Network"])]
    pools = [
        Pool(id="pool_1", name="Level 1", agents=2),
        Pool(id="pool_2", name="Level 2", agents=1, roster=ana, assignment="skills_first", skill_fallback=30),
        Pool(id="pool_3", name="Level 3", agents=1, roster=ana, assignment="skills_first"),
    ]
    nodes = [
        IntakeNode(id="intake_1", title="E-mail"),
        StepNode(id="step_1", title="Qualify", pool="pool_1", required_skill="Billing"),
        StepNode(id="step_2", title="Refund", pool="pool_2", required_skill="Billing"),
        StepNode(id="step_3", title="Repair", pool="pool_3", required_skill="Hardware"),
        EndNode(id="end_1", title="Resolved"),
    ]
    edges = [
        Edge(id="edge_1", source="intake_1", target="step_1"),
        Edge(id="edge_2", source="step_1", target="step_2"),
        Edge(id="edge_3", source="step_2", target="step_3"),
        Edge(id="edge_4", source="step_3", target="end_1"),
    ]
    return Blueprint(pools=pools, nodes=nodes, edges=edges)


def calibration_stale() -> Blueprint:
    """A calibrated scenario with a duration for a step deleted since (model/calibrate/stale.py)."""
    from blueprint_studio.model.schema import Fixed, Scenario

    bp = merge_alone()
    scenario = Scenario(id="scenario_1", name="From the export", durations={"step_gone": Fixed(value=5.0)})
    return bp.model_copy(update={"scenarios": [scenario]})


BROKEN = (
    tangled,
    unbounded,
    overloaded,
    clocks,
    empty,
    ladders,
    follow_ups_wrong,
    merge_alone,
    approvals_wrong,
    calibration_stale,
    skills_wrong,
)


def ids_in(bp: Blueprint) -> set[str]:
    """Every id the file holds, those of missing elements that something names included."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
            found.update(k for k in value if isinstance(k, str) and ID_LIKE.match(k))
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str) and ID_LIKE.match(value):
            found.add(value)

    walk(bp.model_dump(mode="json"))
    return found


def diagnostics() -> list[tuple[Blueprint, object]]:
    return [(bp, d) for make in BROKEN for bp in (make(),) for d in validate(bp)]


# ---------------------------------------------------------------- the model's part (no Qt)


def test_broken_blueprints_raise_every_code():
    produced = {d.code for _, d in diagnostics()}
    assert set(CODES) <= produced, sorted(set(CODES) - produced)


def test_each_diagnostic_carries_the_names_of_what_it_is_about():
    for bp, d in diagnostics():
        existing = {e.id for e in (*bp.nodes, *bp.edges, *bp.lanes, *bp.all_pools(), *bp.cards)}
        existing |= {s.id for s in bp.scenarios}
        for key in d.ids:
            if key in existing:
                assert d.names[key]["kind"], (d.code, key)
        field = d.params.get("field")
        if field in {f.name for f in bp.fields}:
            entry = d.names[f"field:{field}"]
            assert entry["kind"] == "field" and entry["title"], d
        json.dumps(d.to_json())  # the command line's --json still serialises it


# ---------------------------------------------------------------- the words


@pytest.fixture
def language(qapp):
    from blueprint_studio.app.shell import i18n

    yield i18n.install
    i18n.install("en")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_diagnostic_reads_without_ids_or_code(language, lang):
    from blueprint_studio.app.shell.messages import diagnostic_text

    language(lang)
    for bp, d in diagnostics():
        text = diagnostic_text(d)
        for key in ids_in(bp):
            assert not re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text), (d.code, key, text)
        labelled = [f.name for f in bp.fields if f.label]
        for name in labelled:  # a field with a label is called by it
            assert not re.search(rf"\b{name}\b", text), (d.code, name, text)
        assert d.code not in text and "==" not in text and not re.search(r"'\w+'", text), text
        assert "?" not in re.sub(r"[«“][^»”]*[»”]", "", text), text  # no unfilled parameter


def text_of(code: str, make) -> list[str]:
    from blueprint_studio.app.shell.messages import diagnostic_text

    return [diagnostic_text(d) for d in validate(make()) if d.code == code]


def test_english_words_name_the_element_and_the_fix(language):
    language("en")
    assert "The step “Orphan” has no way out: connect it to a next step or an end." in text_of(
        "dead_end", tangled
    )
    overload = text_of("pool_overloaded", overloaded)
    assert overload == [
        "The pool of the lane “Level 1” has more work than agents: by the queueing estimate it would be "
        "busy 10,000 % of the time, so its queue grows without end. Add agents or lower the arrivals."
    ]
    (value,) = [t for t in text_of("condition_unknown_value", tangled)]
    assert "“P9”" in value and "“Priority”" in value and "“P1”, “P2” or “P3”" in value
    assert "link “Yes” from “Known issue?” to the step 2 (untitled)" in value
    (example,) = text_of("decision_not_covered", unbounded)
    assert "a ticket with Issue type “Feature request” matches none" in example
    (total,) = text_of("probabilities_sum", unbounded)
    assert "add up to 70.0 %, not 100 %" in total
    (syntax,) = text_of("condition_syntax", tangled)
    assert syntax == (
        "The condition of the link “Broken” from “Known issue?” to “Closed” cannot be read at "
        "character 12: a value is missing there. Correct it in the properties panel."
    )
    (unknown,) = text_of("unknown_node", tangled)
    assert unknown.startswith("The link from the step 2 (untitled) to a missing node is connected")
    (pool,) = text_of("pool_without_agents", tangled)
    assert pool.startswith("The pool of the lane “Product team” has no agents")


def test_french_words_use_french_labels(language):
    language("fr")
    (value,) = text_of("bad_value", tangled)[:1]
    assert "«\u00a0Type de demande\u00a0»" in value and "«\u00a0Demande d’évolution\u00a0»" in value
    (example,) = text_of("decision_not_covered", unbounded)
    assert "Type de demande «\u00a0Demande d’évolution\u00a0»" in example


# ---------------------------------------------------------------- one catalogue, two languages


def french_catalogue() -> dict[tuple[str, str], str]:
    """(context, source) -> French, from the .ts (finished ones) and the pending lists."""
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(TRANSLATIONS / "blueprint_studio_fr.ts").getroot():
        name = context.findtext("name")
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") != "unfinished":
                found[(name, message.findtext("source"))] = translation.text
    for path in sorted((TRANSLATIONS / "pending").glob("*_fr.tsv")):
        for line in path.read_text("utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and not line.startswith("#"):
                found[(parts[0], parts[1].replace("\\n", "\n"))] = parts[2].replace("\\n", "\n")
    return found


def test_every_code_has_english_and_french_words_with_the_same_parameters():
    from blueprint_studio.app.shell import diagnostic_texts as texts

    french = french_catalogue()
    tables = [texts.SUBJECT_TEXTS, texts.REASON_TEXTS, texts.SLOT_TEXTS, texts.SETTING_TEXTS]
    sources = [texts.DIAGNOSTIC_TEXTS[code] for code in sorted(CODES)]  # KeyError: no English
    sources += [text for table in tables for text in table.values()]
    sources += [*texts.EXPECTED_TEXTS.values(), texts.EXPECTED_OTHER, texts.FIELD_VALUE]
    sources += [texts.YES, texts.NO, texts.AND, texts.OR]
    missing = [s for s in sources if ("Diagnostics", s) not in french]
    assert not missing, missing
    for source in sources:
        translation = french[("Diagnostics", source)]
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(re.findall(r"\{\w+\}", translation)), source
        assert not re.search(r"[^\u00a0\u202f][:;?!%»]", translation.replace("://", "")), translation


def test_french_contracts_a_preposition_with_the_names_article():
    from blueprint_studio.app.shell.messages import _contracted

    params = {"subject": "le lien « Oui »", "second": "le couloir « Client »", "target": "l’étape « Fin »"}
    template = _contracted("La condition de {subject} est au-dessus de {second}, à {target}.", params)
    assert template.format_map(params) == (
        "La condition du lien « Oui » est au-dessus du couloir « Client », à l’étape « Fin »."
    )
    english = {"subject": "the link “Yes”"}
    assert _contracted("The condition of {subject}.", english) == "The condition of {subject}."
