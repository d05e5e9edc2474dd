"""The tiered-support template has multichannel follow-ups with merging (issue 18), in French and
in English: e-mail tickets chased by phone, calls and chats chased by e-mail, recognised at
triage; a run gives the contact figures, the same in both event loops."""

from __future__ import annotations

import json

import pytest

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.sim import SimulationSettings, simulate
from blueprint_studio.model.sim.compiled_loop import available
from blueprint_studio.model.sim.engine import Engine
from blueprint_studio.resources import template_path


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_tiered_support_has_multichannel_follow_ups_merged_at_triage(lang: str) -> None:
    bp = load(template_path("tiered_support", lang))
    nodes = {n.id: n for n in bp.nodes}
    chased = {i: nodes[i].follow_ups for i in ("intake_email", "intake_phone", "intake_chat")}
    assert all(f is not None and f.share > 0 for f in chased.values())
    assert chased["intake_email"].via == "intake_phone" and chased["intake_chat"].via == "intake_email"
    assert nodes["intake_portal"].follow_ups is None
    assert nodes["step_triage"].merge is not None and 0 < nodes["step_triage"].merge.detect < 100
    model = compile_blueprint(bp).model
    settings = SimulationSettings(horizon_minutes=7 * 1440, seed=2)
    python = Engine(model, settings, allow_compiled=False).run()
    k = python.kpis
    assert 1.02 < k["contacts_per_ticket"] < 1.5 and k["merged_at_triage"] > k["duplicates_merged"] > 0
    if available():
        other = simulate(model, settings)
        assert json.dumps(other.to_dict(), sort_keys=True) == json.dumps(python.to_dict(), sort_keys=True)
