"""An intake's own shares of a choice field's values at arrival (issue 15: shares "per intake or
overall"): the tickets of that intake are drawn from its shares, the others from the field's;
both event loops agree; the quick estimate, validation and renames follow."""

from __future__ import annotations

import json

from blueprint_studio.model import rename
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.schema import (
    Blueprint,
    DecisionNode,
    Edge,
    EndNode,
    Fixed,
    IntakeNode,
    StepNode,
    TicketField,
)
from blueprint_studio.model.sim import SimulationSettings, compiled_loop
from blueprint_studio.model.sim.engine import Engine
from blueprint_studio.model.sim.theory import estimate
from blueprint_studio.model.validation import validate


def two_channels(phone_shares: dict | None = None) -> Blueprint:
    """E-mail and phone, one ticket each every 10 minutes; a decision counts the categories of
    each channel's tickets on its own links."""
    shares = {"category": phone_shares} if phone_shares is not None else {}
    return Blueprint(
        fields=[TicketField(name="category", values=["support", "feature"], weights=[50, 50])],
        nodes=[
            IntakeNode(id="mail", interarrival=Fixed(value=10)),
            IntakeNode(id="phone", interarrival=Fixed(value=10), field_shares=shares),
            DecisionNode(id="mail_kind"),
            DecisionNode(id="phone_kind"),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e_mail", source="mail", target="mail_kind"),
            Edge(id="e_phone", source="phone", target="phone_kind"),
            Edge(id="mail_support", source="mail_kind", target="done", condition='category == "support"'),
            Edge(id="mail_feature", source="mail_kind", target="done", default=True),
            Edge(id="phone_support", source="phone_kind", target="done", condition='category == "support"'),
            Edge(id="phone_feature", source="phone_kind", target="done", default=True),
        ],
    )


def run(bp: Blueprint) -> dict:
    result = compile_blueprint(bp)
    assert result.ok, [d.code for d in result.errors]
    settings = SimulationSettings(horizon_minutes=None, tickets=2000, seed=3)
    out = Engine(result.model, settings, allow_compiled=False).run().to_dict()
    if compiled_loop.available():
        fast = Engine(result.model, settings)
        assert json.dumps(fast.run().to_dict()) == json.dumps(out)
        assert fast.ran_compiled
    return out


def test_an_intake_s_own_shares_decide_its_tickets_and_the_others_keep_the_field_s():
    edges = run(two_channels({"support": 90, "feature": 10}))["edges"]
    phone = edges["phone_support"] / (edges["phone_support"] + edges["phone_feature"])
    mail = edges["mail_support"] / (edges["mail_support"] + edges["mail_feature"])
    assert 0.86 < phone < 0.94 and 0.45 < mail < 0.55
    only_support = run(two_channels({"support": 1}))["edges"]  # a value left out gets no share
    assert only_support.get("phone_feature", 0) == 0 and only_support["phone_support"] > 900


def test_the_quick_estimate_uses_each_intake_s_shares():
    """A system step after the phone's support branch sees 90 % of the phone's tickets, half of
    all tickets: 0.45 visits per ticket (0.25 with the field's overall shares)."""
    bp = two_channels({"support": 90, "feature": 10})
    nodes = [*bp.nodes, StepNode(id="answer", performer="system", duration=Fixed(value=1))]
    edges = [
        e.model_copy(update={"target": "answer"}) if e.id == "phone_support" else e for e in bp.edges
    ] + [Edge(id="e_answer", source="answer", target="done")]
    quick = estimate(compile_blueprint(bp.model_copy(update={"nodes": nodes, "edges": edges})).model)
    assert quick.ok, quick.reason
    assert abs(quick.step("answer").visits - 0.45) < 1e-12


def test_wrong_shares_are_refused_by_name():
    bad_field = two_channels().model_copy(deep=True)
    nodes = [
        n.model_copy(update={"field_shares": {"nothing": {"a": 1}}}) if n.id == "phone" else n
        for n in bad_field.nodes
    ]
    codes = {d.code for d in validate(bad_field.model_copy(update={"nodes": nodes}))}
    assert "unknown_field" in codes
    zero = two_channels({"support": 0, "feature": 0})
    assert "shares_all_zero" in {d.code for d in validate(zero)}
    wrong_value = two_channels({"support": 1, "bug": 2})
    assert "bad_value" in {d.code for d in validate(wrong_value)}
    boolean = two_channels().model_copy(
        update={"fields": [*two_channels().fields, TicketField(name="vip", type="boolean")]}
    )
    nodes = [
        n.model_copy(update={"field_shares": {"vip": {"true": 1}}}) if n.id == "phone" else n
        for n in boolean.nodes
    ]
    assert "shares_need_choice" in {d.code for d in validate(boolean.model_copy(update={"nodes": nodes}))}


def test_renaming_the_field_or_a_value_rewrites_the_intake_s_shares():
    bp = two_channels({"support": 90, "feature": 10})
    renamed = rename.rename_value(rename.rename_field(bp, "category", "kind"), "kind", "feature", "idea")
    phone = next(n for n in renamed.nodes if n.id == "phone")
    assert phone.field_shares == {"kind": {"support": 90, "idea": 10}}
