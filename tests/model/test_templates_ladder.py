"""The help-desk flow template escalates late urgent tickets (seeds 001 and 003): its P1 and P2
policies carry escalation ladders, in French and English, which validate, read as sentences and
act in a simulation."""

from __future__ import annotations

import pytest

from blueprint_studio import resources
from blueprint_studio.model import ladder_words
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.validation import analyse


@pytest.mark.parametrize(("lang", "lead"), [("en", "Team lead"), ("fr", "Chef d’équipe")])
def test_the_urgent_policies_have_ladders(lang, lead):
    bp = load(resources.template_path("helpdesk_flow", lang))
    policies = {p.id: p for p in bp.sla}
    p1, p2 = policies["sla_p1"].ladder, policies["sla_p2"].ladder
    assert p1 is not None and p2 is not None
    assert (p1.warn_at, p1.notify, p1.reassign_step, p1.in_service) == (80, lead, "step_l2", "after")
    assert (p2.warn_at, p2.notify, p2.priority_field, p2.priority_value) == (80, lead, "priority", "P1")
    assert all(policies[k].ladder is None for k in ("sla_p3", "sla_p4", "sla_feature"))
    diagnostics = analyse(bp).diagnostics
    assert not [d.code for d in diagnostics if "ladder" in d.code or "escalation" in d.code]


def test_the_p1_ladder_in_words():
    bp = load(resources.template_path("helpdesk_flow", "en"))
    p1 = next(p for p in bp.sla if p.id == "sla_p1")
    assert ladder_words.document_plan(p1, bp, "en") == [
        "Resolution target: 4 h.",
        "At 80 % of the target (192 min): a warning.",
        "At the breach (4 h): Team lead is notified, the ticket goes to the step “Handle the escalation"
        " (level 2)” and a ticket already in service goes once the current piece of work is done.",
    ]


def test_the_template_simulates_its_ladders():
    from blueprint_studio.model.sim import SimulationSettings
    from blueprint_studio.model.sim.replications import compile_for, replicate

    bp = load(resources.template_path("helpdesk_flow", "en"))
    result = replicate(compile_for(bp, None), SimulationSettings(horizon_minutes=5 * 1440, seed=7))
    assert list(result.ladder) == ["sla_p1", "sla_p2"]
    p2 = result.ladder["sla_p2"]
    assert p2.priority_raised.mean == p2.breaches.mean  # a P2 ticket past its target becomes P1
    assert result.ladder["sla_p1"].notified.mean == result.ladder["sla_p1"].breaches.mean
