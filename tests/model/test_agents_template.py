"""The tiered-support template has skills at level 2, in French and English: named technicians,
two of them trained for remote access, the remote troubleshooting step requiring it, a half-hour
fallback and ticket ownership; it validates without a word and runs in the compiled loop, with
a leaderboard for the technicians."""

from __future__ import annotations

import pytest

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.sim import SimulationSettings, compiled_loop
from blueprint_studio.model.sim.engine import Engine
from blueprint_studio.resources import template_path

SKILL = {"en": "Remote access", "fr": "Prise en main à distance"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_tiered_support_has_skills_at_level_2(lang):
    bp = load(template_path("tiered_support", lang))
    pool = next(p for p in bp.all_pools() if p.id == "pool_l2")
    assert [a.name for a in pool.roster] == ["Camille", "Karim", "Léa", "Thomas"]
    assert [a.name for a in pool.roster if SKILL[lang] in a.skills] == ["Camille", "Karim"]
    assert (pool.assignment, pool.skill_fallback, pool.ownership) == ("skills_first", 30.0, True)
    step = next(n for n in bp.nodes if n.id == "step_l2")
    assert step.required_skill == SKILL[lang]
    result = compile_blueprint(bp)
    assert result.ok and not [d.code for d in result.diagnostics if d.code.startswith("skill")]


def test_the_template_runs_compiled_with_a_leaderboard_for_the_technicians():
    model = compile_blueprint(load(template_path("tiered_support", "en"))).model
    engine = Engine(model, SimulationSettings(horizon_minutes=5 * 1440.0, seed=3))
    board = engine.run().agents["pool_l2"]
    assert engine.ran_compiled == compiled_loop.available()
    assert list(board) == ["Camille", "Karim", "Léa", "Thomas"]
    assert sum(row["resolved"] for row in board.values()) > 0
    # the two trained for remote access work more than the others
    trained = board["Camille"]["busy_minutes"] + board["Karim"]["busy_minutes"]
    assert trained > board["Léa"]["busy_minutes"] + board["Thomas"]["busy_minutes"]
