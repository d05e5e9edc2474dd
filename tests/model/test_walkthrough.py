"""The training walkthrough stepper, without Qt: every template card walked along its expected path
in both languages, guards, mandatory fields, values, after-actions, history, SLA clocks (paused,
business hours), escalation, quiz scoring and handouts."""

from __future__ import annotations

from functools import cache, lru_cache

import pytest

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.flow import FlowModel
from blueprint_studio.model.schema import (
    Blueprint,
    Calendar,
    DecisionNode,
    Edge,
    EndNode,
    Fixed,
    IntakeNode,
    Notify,
    OpeningHours,
    Pool,
    Reassign,
    SatisfactionNode,
    SendTemplate,
    SetField,
    Shift,
    SlaPolicy,
    StepNode,
    TicketCard,
    TicketField,
    WaitNode,
)
from blueprint_studio.model.walkthrough.handout import build_handout
from blueprint_studio.model.walkthrough.walker import TIMEOUT, Walkthrough, WalkthroughError
from blueprint_studio.resources import template_path

NAMES = ("helpdesk_flow", "service_blueprint", "tiered_support", "ticket_states")
LANGS = ("en", "fr")
FRIDAY_4PM = 4 * 1440 + 16 * 60
SATURDAY_10AM = 5 * 1440 + 10 * 60


@cache
def template(name: str, lang: str) -> tuple[Blueprint, FlowModel]:
    blueprint = load(template_path(name, lang))
    return blueprint, compile_blueprint(blueprint).model


def card_of(name: str, lang: str, card_id: str) -> TicketCard:
    return next(c for c in template(name, lang)[0].cards if c.id == card_id)


def start(name: str, card_id: str, lang: str = "en", **options) -> Walkthrough:
    return Walkthrough(template(name, lang)[1], card_of(name, lang, card_id), lang, **options)


def walk_to(w: Walkthrough, node_id: str) -> None:
    """Follow the card's expected path until `node_id` is reached."""
    path = w.card.expected_path
    while w.state().node_id != node_id:
        w.advance(w.choice_towards(path[w.cursor + 1]))


def desk(business_hours: bool = False, card_fields: dict | None = None) -> tuple[FlowModel, TicketCard]:
    """intake -> triage (30, mandatory priority and note, sets vip) -> ask (10, template, time
    limit 20 to expert) -> wait (100, timeout 500 to lost) -> expert (45) -> decide -> survey."""
    bp = Blueprint(
        fields=[
            TicketField(name="category", values=["support", "feature"]),
            TicketField(name="priority", values=["P1", "P2", "P3", "P4"]),
            TicketField(name="note", type="text"),
            TicketField(name="count", type="number"),
            TicketField(name="vip", type="boolean"),
        ],
        pools=[
            Pool(
                id="desk",
                name="Service desk",
                agents=2,
                shifts=[Shift(days=[0, 1, 2, 3, 4], start=9, end=17, agents=2)],
            )
        ],
        sla=[
            SlaPolicy(
                id="sla_all",
                name="All",
                first_response=60,
                resolution=600,
                business_hours=business_hours,
                calendar="office",
            )
        ],
        calendars=[
            Calendar(id="office", name="Office", hours=[OpeningHours(days=[0, 1, 2, 3, 4], start=9, end=17)])
        ],
        nodes=[
            IntakeNode(id="in", set_fields={"category": "support"}),
            StepNode(
                id="triage",
                pool="desk",
                duration=Fixed(value=30),
                mandatory_fields=["priority", "note"],
                actions=[SetField(field="vip", value=True), Notify(target="Team lead")],
            ),
            StepNode(
                id="ask",
                pool="desk",
                duration=Fixed(value=10),
                time_limit=20,
                template_response="Please send details",
                escalate_to="expert",
            ),
            WaitNode(id="wait", response_time=Fixed(value=100), timeout=500, timeout_target="lost"),
            StepNode(id="expert", pool="desk", duration=Fixed(value=45)),
            DecisionNode(id="decide", question="Urgent?"),
            SatisfactionNode(id="survey", p_satisfied=0.8),
            EndNode(id="done"),
            EndNode(id="lost", outcome="abandoned"),
        ],
        edges=[
            Edge(id="e_in", source="in", target="triage"),
            Edge(id="e_triage", source="triage", target="ask"),
            Edge(id="e_ask", source="ask", target="wait"),
            Edge(id="e_wait", source="wait", target="expert"),
            Edge(id="e_expert", source="expert", target="decide"),
            Edge(
                id="e_urgent",
                source="decide",
                target="done",
                label="Urgent",
                condition='priority in ("P1", "P2")',
                before="vip",
                during=["count"],
                after=[SendTemplate(text="Fixed!"), Reassign(pool="desk")],
            ),
            Edge(id="e_normal", source="decide", target="survey", label="Normal", default=True),
            Edge(
                id="e_unhappy", source="survey", target="expert", label="Unhappy", condition="not satisfied"
            ),
            Edge(id="e_happy", source="survey", target="done", label="Happy", default=True),
        ],
    )
    result = compile_blueprint(bp)
    assert result.ok, result.diagnostics
    fields = card_fields or {"priority": "P3"}
    return result.model, TicketCard(id="card", name="Printer", fields=fields)


# ------------------------------------------------------------------ templates, both languages
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NAMES)
def test_every_card_walks_its_expected_path_to_an_end(name: str, lang: str) -> None:
    blueprint, model = template(name, lang)
    assert len(blueprint.cards) >= 3
    for card in blueprint.cards:
        w = Walkthrough(model, card, lang)
        previous = w.state().sla
        assert previous.wall == previous.elapsed == 0
        for next_id in card.expected_path[1:]:
            index = w.choice_towards(next_id)
            assert index is not None, (card.id, w.state().node_id, next_id)
            assert w.advance(index) is None
            sla = w.state().sla
            assert sla.wall >= previous.wall and sla.elapsed >= previous.elapsed - 1e-9
            assert sla.elapsed <= sla.wall + 1e-9
            if sla.resolution_target is not None:
                assert sla.resolution_left == pytest.approx(sla.resolution_target - sla.elapsed)
                assert sla.resolution_breached == (sla.elapsed > sla.resolution_target)
            previous = sla
        summary = w.summary()
        assert summary.finished and summary.outcome is not None, card.id
        assert [p.node_id for p in summary.path] == list(card.expected_path)
        assert summary.elapsed == pytest.approx(previous.elapsed)
        if not previous.business_hours:
            assert summary.elapsed == pytest.approx(summary.wall - previous.paused)
        target = summary.first_response_target
        if target is not None:
            answered = summary.first_response_at if summary.first_response_at is not None else summary.elapsed
            assert summary.first_response_met == (answered <= target)
        if summary.outcome in ("resolved", "closed") and summary.resolution_target is not None:
            assert summary.resolution_met == (summary.elapsed <= summary.resolution_target)
        with pytest.raises(WalkthroughError) as refused:
            w.advance(0)
        assert refused.value.code == "finished"


@pytest.mark.parametrize("name", NAMES)
def test_expected_paths_agree_with_the_rules_where_the_ticket_decides(name: str) -> None:
    """Where conditions on the ticket's fields decide, the card's path is the model's own choice;
    only chance, surveys and customer replies are the card's story."""
    blueprint, model = template(name, "en")
    for card in blueprint.cards:
        w = Walkthrough(model, card)
        for next_id in card.expected_path[1:]:
            view = w.state()
            by_chance = view.kind in ("wait", "satisfaction") or any(
                c.rule == "probability" for c in view.choices
            )
            if not by_chance:
                assert view.choices[view.suggested].target_id == next_id, (card.id, view.node_id)
            w.advance(w.choice_towards(next_id))


@pytest.mark.parametrize("name", NAMES)
def test_cards_agree_with_their_intake(name: str) -> None:
    blueprint, model = template(name, "en")
    for card in blueprint.cards:
        set_fields = model.node(card.expected_path[0]).arrival.set_fields
        assert all(card.fields.get(k, v) == v for k, v in set_fields.items()), card.id


# ------------------------------------------------------------------ guards, fields, values
@pytest.mark.parametrize(
    "lang, why",
    [
        ("en", "Priority: P1 or P2"),  # labels, not ids
        ("fr", "Priorité\u00a0: P1 ou P2"),
    ],
)
def test_a_guard_refuses_its_transition_with_the_reason_in_words(lang: str, why: str) -> None:
    w = start("ticket_states", "card_password", lang)
    w.advance(0)
    escalate = next(c for c in w.state().choices if c.key == "t_new_escalate")
    assert not escalate.offered and escalate.why == why
    with pytest.raises(WalkthroughError) as refused:
        w.advance("t_new_escalate")
    assert refused.value.code == "not_offered" and refused.value.params["why"] == why
    assert w.state().node_id == "st_new" and w.cursor == 1
    p1 = start("ticket_states", "card_server_down", lang)
    p1.advance(0)
    assert next(c for c in p1.state().choices if c.key == "t_new_escalate").offered


def test_mandatory_fields_are_refused_when_empty_and_accepted_when_filled() -> None:
    model, card = desk()
    w = Walkthrough(model, card)
    w.advance(0)
    view = w.state()
    assert [(f.name, f.value, f.empty) for f in view.mandatory] == [
        ("priority", "P3", False),
        ("note", "", True),
    ]
    assert view.choices[0].missing == ("note",)
    with pytest.raises(WalkthroughError) as refused:
        w.advance(0)
    assert (refused.value.code, refused.value.fields) == ("missing_fields", ("note",))
    with pytest.raises(WalkthroughError):
        w.advance(0, {"note": ""})
    assert w.state().node_id == "triage"
    w.advance(0, {"note": "Paper jam", "priority": "P2"})
    assert w.state().node_id == "ask"
    assert w.state().value("note") == "Paper jam" and w.state().value("priority") == "P2"


def test_during_fields_of_a_transition_are_required() -> None:
    blueprint, model = template("ticket_states", "en")
    card = card_of("ticket_states", "en", "card_password")
    card = card.model_copy(
        update={"fields": {k: v for k, v in card.fields.items() if k != "resolution_code"}}
    )
    w = Walkthrough(model, card)
    walk_to(w, "st_in_progress")
    resolve = w.state().choices[0]
    assert resolve.mandatory == ("category", "resolution_code")
    assert resolve.missing == ("resolution_code",)
    with pytest.raises(WalkthroughError) as refused:
        w.advance("t_progress_resolve")
    assert refused.value.fields == ("resolution_code",)
    w.advance("t_progress_resolve", {"resolution_code": "workaround"})
    assert w.state().node_id == "st_resolved"


@pytest.mark.parametrize(
    "filled, problem",
    [
        ({"priority": "P9"}, "not_a_choice"),
        ({"priority": 3}, "not_a_choice"),
        ({"count": "three"}, "wrong_type"),
        ({"count": True}, "wrong_type"),
        ({"vip": "yes"}, "wrong_type"),
        ({"colour": "red"}, "unknown_field"),
        ({"satisfied": True}, "builtin_field"),
    ],
)
def test_bad_values_are_refused_and_change_nothing(filled: dict, problem: str) -> None:
    model, card = desk()
    w = Walkthrough(model, card)
    w.advance(0)
    before = w.state()
    with pytest.raises(WalkthroughError) as refused:
        w.advance(0, {"note": "ok", **filled})
    name = next(iter(filled))
    assert refused.value.code == "bad_value" and refused.value.fields == (name,)
    assert refused.value.params["problems"] == {name: problem}
    assert w.state() == before


def test_a_card_with_a_bad_value_or_an_unknown_start_is_refused() -> None:
    model, _ = desk()
    with pytest.raises(WalkthroughError) as refused:
        Walkthrough(model, TicketCard(id="c", fields={"priority": "urgent"}))
    assert refused.value.code == "bad_value"
    with pytest.raises(WalkthroughError) as refused:
        Walkthrough(model, TicketCard(id="c", expected_path=["nowhere"]))
    assert refused.value.code == "unknown_node"
    w = Walkthrough(model, TicketCard(id="c"))
    assert w.state().node_id == "in" and w.state().value("priority") == "P1"
    assert w.state().value("category") == "support"  # the intake's set_fields
    with pytest.raises(WalkthroughError) as refused:
        w.advance(7)
    assert refused.value.code == "unknown_choice"


# ------------------------------------------------------------------ actions and templates
@pytest.mark.parametrize(
    "lang, words, done, where",
    [
        (
            "en",
            "Set Details provided to complete",  # the value's words, not its id
            "Details provided set to complete",
            "Provides the details asked for",
        ),
        (
            "fr",
            "Renseigner Informations fournies\u00a0: complètes",
            "Informations fournies\u00a0: complètes",
            "Apporte les précisions demandées",
        ),
    ],
)
def test_after_actions_set_fields(lang: str, words: str, done: str, where: str) -> None:
    """The action is worded with the field's label, and told as done at the node it was done at
    (the one the ticket just left), never as if the current step had done it."""
    w = start("service_blueprint", "card_calendar_sync", lang)
    walk_to(w, "wait_customer")
    assert w.state().value("details") == "missing"
    w.advance(w.choice_towards("step_diagnose"))
    view = w.state()
    assert view.value("details") == "complete" and view.value("responded") is True
    walk_to(w, "step_send_solution")
    assert len(w.state().evidence) == 2  # the article and the resolution e-mail
    assert [a.words for a in view.applied] == [words]
    assert [a.done for a in view.applied] == [done]
    assert view.applied_at == where and view.node_id == "step_diagnose"
    w.go_to(0)
    assert w.state().applied == () and w.state().applied_at == ""


def test_templates_are_recorded_as_sent_and_actions_described() -> None:
    w = start("ticket_states", "card_password")
    w.advance(0)
    w.advance("t_new_open")
    view = w.state()
    assert [(s.node_id, s.edge_id) for s in view.sent] == [("st_new", "t_new_open")]
    assert view.sent[0].text.startswith("Hello") and view.applied[0].kind == "send_template"
    model, card = desk()
    w = Walkthrough(model, card, "fr")
    w.advance(0)
    assert [a.words for a in w.state().actions] == ["Renseigner Vip\u00a0: oui", "Prévenir\u00a0: Team lead"]
    w.advance(0, {"note": "n"})
    assert w.state().value("vip") is True and w.state().sent == ()
    assert w.state().sla.first_response_at is None
    w.advance(0)
    assert [s.text for s in w.state().sent] == ["Please send details"]
    assert w.state().sla.first_response_at == 40


def test_a_transition_sends_its_template_and_reassigns() -> None:
    model, card = desk(card_fields={"priority": "P1", "note": "n"})
    w = Walkthrough(model, card)
    for _ in range(5):
        w.advance(w.suggested())
    urgent = w.state().choices[0]
    assert (urgent.key, urgent.suggested, urgent.chosen_by_rule) == ("e_urgent", True, True)
    assert [a.words for a in urgent.actions] == ["Send the template response", "Reassign to Service desk"]
    with pytest.raises(WalkthroughError) as refused:
        w.advance("e_urgent")
    assert refused.value.fields == ("count",)
    w.advance("e_urgent", {"count": 2})
    summary = w.summary()
    assert summary.outcome == "resolved" and [s.text for s in summary.sent][-1] == "Fixed!"
    assert summary.wall == 185 and summary.elapsed == 85 and summary.resolution_met


# ------------------------------------------------------------------ history
def test_back_and_go_to_undo_then_continue_along_another_branch() -> None:
    w = start("helpdesk_flow", "card_server_down")
    walk_to(w, "sat_check")
    at_survey = w.state()
    assert len(at_survey.sent) == 2 and at_survey.sla.wall > 90
    assert w.back() and w.state().node_id == "step_l2"
    w.go_to(2)
    view = w.state()
    assert view.node_id == "step_triage" and view.sent == () and view.sla.wall == 0
    w.go_to(6)  # forward again: nothing was dropped yet
    assert w.state() == at_survey
    w.go_to(3)
    assert w.state().node_id == "dec_known"
    w.advance("e_dec_known__step_template_reply")  # not this ticket's branch, but offered
    assert len(w.history()) == 5 and w.state().node_id == "step_template_reply"
    while not w.finished:
        w.advance(w.suggested())
    assert [p.node_id for p in w.summary().path][-3:] == ["step_template_reply", "sat_check", "end_resolved"]
    with pytest.raises(WalkthroughError):
        w.go_to(99)
    w.go_to(0)
    assert not w.back() and w.cursor == 0


# ------------------------------------------------------------------ SLA clocks
def test_the_sla_clock_pauses_in_a_wait_node() -> None:
    w = start("service_blueprint", "card_calendar_sync")
    walk_to(w, "wait_customer")
    before = w.state()
    assert before.sla.paused_here and before.duration == 480
    answered, timeout = before.choices[0], before.choices[-1]
    assert (answered.responded, answered.suggested, answered.duration) == (True, True, 480)
    assert (timeout.key, timeout.rule, timeout.target_id, timeout.responded, timeout.duration) == (
        TIMEOUT,
        "timeout",
        "end_no_reply",
        False,
        4320,
    )
    w.advance(0)
    after = w.state().sla
    assert after.wall == pytest.approx(before.sla.wall + 480)
    assert after.elapsed == pytest.approx(before.sla.elapsed) and after.paused == 480
    w.back()
    w.advance(TIMEOUT)
    summary = w.summary()
    assert summary.outcome == "abandoned" and summary.resolution_met is None
    assert summary.wall == pytest.approx(before.sla.wall + 4320)
    assert summary.elapsed == pytest.approx(before.sla.elapsed)
    assert w.state().value("responded") is False


def test_business_hours_clock_counts_only_open_hours_and_pauses() -> None:
    model, card = desk(business_hours=True, card_fields={"priority": "P3", "note": "n"})
    w = Walkthrough(model, card, start_minute=FRIDAY_4PM)
    for _ in range(3):
        w.advance(w.suggested())  # intake, triage 16:00-16:30, ask until 16:40
    assert w.state().sla.elapsed == 40 and w.state().sla.first_response_at == 40
    w.advance(w.suggested())  # waits until 18:20; 20 open minutes paused
    sla = w.state().sla
    assert (sla.wall, sla.paused, sla.elapsed, sla.business_hours) == (140, 20, 40, True)
    w.advance(w.suggested())  # expert, 18:20-19:05: closed
    assert w.state().sla.elapsed == 40 and w.state().sla.clock_minute == FRIDAY_4PM + 185


@pytest.mark.parametrize("card_id, counted", [("card_password", False), ("card_server_down", True)])
def test_template_business_hours_policy_on_a_saturday(card_id: str, counted: bool) -> None:
    w = start("tiered_support", card_id, start_minute=SATURDAY_10AM)
    walk_to(w, "dec_category")
    sla = w.state().sla
    assert sla.wall > 0 and sla.business_hours is not counted  # P3 counts business hours
    assert sla.elapsed == (pytest.approx(sla.wall) if counted else 0)


def test_a_duration_rule_gives_the_typical_duration() -> None:
    w = start("tiered_support", "card_server_down")  # by phone: the faster rule applies
    walk_to(w, "step_l1")
    assert w.state().duration == 10
    w = start("tiered_support", "card_password")
    walk_to(w, "step_l1")
    assert w.state().duration == 15


def test_escalate_leaves_for_the_escalation_target_and_counts_a_breach() -> None:
    w = start("helpdesk_flow", "card_invoice_reopened")
    walk_to(w, "step_l1_resolve")
    view = w.state()
    assert (view.time_limit, view.escalate_to) == (240, "step_l2")
    w.escalate()
    after = w.state()
    assert after.node_id == "step_l2" and after.sla.wall == view.sla.wall + 240
    assert w.summary().escalations == ("step_l1_resolve",)
    assert w.history()[-1].via == ":escalate"
    w.back()
    assert w.summary().escalations == ()
    w.go_to(1)
    with pytest.raises(WalkthroughError) as refused:
        w.escalate()
    assert refused.value.code == "no_escalation"


# ------------------------------------------------------------------ choices by chance and survey
def test_probabilities_and_surveys_show_their_branches() -> None:
    w = start("tiered_support", "card_printer_selfservice")
    walk_to(w, "dec_selfservice")
    choices = w.state().choices
    assert [c.chosen_by_rule for c in choices] == [0.25, 0.75] and w.suggested() == 1
    w = start("helpdesk_flow", "card_invoice_reopened")
    walk_to(w, "sat_check")
    choices = w.state().choices
    assert [(c.target_id, c.satisfied, c.chosen_by_rule) for c in choices] == [
        ("step_l1_resolve", False, True),
        ("end_resolved", True, "default"),
    ]
    w.advance(0)
    assert w.state().value("satisfied") is False and w.state().node_id == "step_l1_resolve"


# ------------------------------------------------------------------ quiz
@pytest.mark.parametrize(
    "lang, default_words, condition_words",
    [
        ("en", "default branch", "its condition holds (Issue type: complex)"),
        ("fr", "branche par défaut", "sa condition est remplie (Type de problème : complexe)"),
    ],
)
def test_quiz_scores_first_tries_and_explains_the_right_branch(
    lang: str, default_words: str, condition_words: str
) -> None:
    w = start("helpdesk_flow", "card_server_down", lang, quiz=True)
    assert w.advance(0) is None  # one way on: no question
    wrong = w.advance("e_dec_type__step_feature_log")
    assert not wrong.correct and wrong.expected_target == "step_triage"
    assert default_words in wrong.reason and wrong.reason_code == "default"
    assert w.state().node_id == "dec_type" and w.score() == (0, 1)
    assert w.advance("e_dec_type__step_triage").correct
    assert w.state().node_id == "step_triage" and w.score() == (0, 1)
    w.advance(0)
    assert w.advance("e_dec_known__dec_complex").correct
    wrong = w.advance("e_dec_complex__step_l1_resolve")
    assert condition_words in wrong.reason.replace("\u00a0", " ")
    assert wrong.reason_code == "condition"
    assert w.advance("e_dec_complex__step_l2").correct
    w.advance(0)
    assert w.advance(w.choice_towards("end_resolved")).correct
    assert w.finished and w.score() == (2, 4)
    w.go_to(1)  # a decision answered again counts once
    w.advance("e_dec_type__step_triage")
    assert w.score() == (2, 4)


def test_quiz_turned_on_mid_walk_keeps_the_place_and_judges_from_there() -> None:
    w = start("helpdesk_flow", "card_server_down")
    w.advance(0)
    assert w.advance("e_dec_type__step_feature_log") is None  # no quiz: any branch goes
    w.back()
    w.advance("e_dec_type__step_triage")
    w.quiz = True  # the dock's Quiz tick
    assert w.state().node_id == "step_triage" and w.cursor == 2
    w.advance(0)
    assert not w.advance("e_dec_known__step_template_reply").correct
    assert w.state().node_id == "dec_known" and w.score() == (0, 1)


def test_quiz_follows_the_card_story_at_surveys_and_chance() -> None:
    w = start("helpdesk_flow", "card_invoice_reopened", quiz=True)
    walk_to(w, "sat_check")
    feedback = w.advance("e_sat_check__end_resolved")
    assert not feedback.correct and feedback.reason_code == "not_satisfied"
    w = start("tiered_support", "card_printer_selfservice", "fr", quiz=True)
    walk_to(w, "dec_selfservice")
    feedback = w.advance(1)
    assert feedback.reason_code == "probability" and "25\u00a0%" in feedback.reason
    w = start("service_blueprint", "card_billing_no_reply", quiz=True)
    walk_to(w, "wait_customer")
    feedback = w.advance(0)
    assert not feedback.correct and feedback.reason_code == "timeout"
    assert "3 days" in feedback.reason
    assert w.advance(TIMEOUT).correct


def test_quiz_without_expected_path_compares_with_the_model() -> None:
    model, card = desk(card_fields={"priority": "P3", "note": "n"})
    w = Walkthrough(model, card, quiz=True)
    for _ in range(3):
        assert w.advance(w.suggested()) is None
    assert not w.advance(TIMEOUT).correct and w.advance(0).correct
    w.advance(0)
    feedback = w.advance("e_normal")  # the urgent branch is offered but its condition fails
    assert feedback.correct and feedback.expected_target == "survey"
    assert w.score() == (1, 2)


# ------------------------------------------------------------------ handout
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NAMES)
def test_handout_lists_each_card_path_as_numbered_steps(name: str, lang: str) -> None:
    blueprint, model = template(name, lang)
    cards = build_handout(model, blueprint.cards, lang)
    assert [c.card_id for c in cards] == [c.id for c in blueprint.cards]
    for card, content in zip(blueprint.cards, cards):
        assert content.complete and content.outcome is not None
        assert [s.node_id for s in content.steps] == list(card.expected_path)
        assert [s.number for s in content.steps] == list(range(1, len(card.expected_path) + 1))
        assert content.sla_name and content.resolution_target is not None
        nodes = {n.id: n for n in blueprint.nodes}
        for step in content.steps:
            node = nodes[step.node_id]
            assert step.title == node.title
            assert set(getattr(node, "mandatory_fields", ())) <= set(step.mandatory)
            assert step.template_response == getattr(node, "template_response", "")
            assert step.time_limit == getattr(node, "time_limit", None)


def test_handout_of_a_card_without_path_follows_the_model() -> None:
    model, card = desk()
    (content,) = build_handout(model, [card], "en")
    assert [s.node_id for s in content.steps] == [
        "in",
        "triage",
        "ask",
        "wait",
        "expert",
        "decide",
        "survey",
        "done",
    ]
    triage, ask, wait = content.steps[1:4]
    assert triage.mandatory == ("priority", "note") and triage.actions[0] == "Set Vip to yes"
    assert (ask.time_limit, ask.escalate_to_title, ask.elapsed) == (20, "expert", 30)
    assert wait.duration == 100 and content.steps[5].question == "Urgent?"
    assert content.steps[5].branch == "Normal" and content.complete
