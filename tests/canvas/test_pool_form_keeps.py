"""The lane's pool form of the properties panel edits some of a pool's settings (name, agents, cost,
assignment, discipline, shifts); what it does not show (named agents, the skills fallback,
ownership) and assignment rules set in the Pools tab must survive an edit made in it."""

from __future__ import annotations

from canvaskit import dock, select  # noqa: F401 - fixture

from blueprint_studio.canvas.properties.subforms import PoolEditor
from blueprint_studio.model.document import validated_copy
from blueprint_studio.model.schema import Agent


def test_editing_a_lane_s_pool_keeps_what_the_form_does_not_show(dock):
    doc = dock.document
    lane = doc.element("front")
    pool = validated_copy(
        lane.pool,
        assignment="skills_first",
        roster=[Agent(name="Ana", skills=["billing"]), Agent(name="Bo")],
        skill_fallback=15.0,
        ownership=True,
    )
    doc.replace(validated_copy(lane, pool=pool))
    select(dock, "front")
    form = dock.fields["pool"].widget
    assert isinstance(form, PoolEditor)
    form.agents.setValue(3)
    kept = doc.element("front").pool
    assert kept.agents == 3
    assert kept.assignment == "skills_first"
    assert [a.name for a in kept.roster] == ["Ana", "Bo"] and kept.roster[0].skills == ["billing"]
    assert kept.skill_fallback == 15.0 and kept.ownership is True
    dock.editor.undo_stack.undo()
    assert doc.element("front").pool == pool
