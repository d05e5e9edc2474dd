"""Validation of agents as individuals (schema.Agent, a pool's roster and rule, a step's required
skill; model/sim/agents.py): diagnostics as codes with parameters, worded by app/shell/messages.py.
Called by model.validation.analyse; it reports through the analysis and changes nothing else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from blueprint_studio.model.schema import StepNode

if TYPE_CHECKING:
    from blueprint_studio.model.validation import Analysis


def check_agents(a: Analysis) -> None:
    for node in a.blueprint.nodes:
        if not isinstance(node, StepNode) or not node.required_skill or node.performer != "agent":
            continue
        pool = a.pool_of(node)
        if pool is None:
            continue
        if pool.assignment != "skills_first":
            a.report("skill_rule_unused", (node.id,), pool=pool.id, skill=node.required_skill)
        elif not any(node.required_skill in agent.skills for agent in pool.roster):
            code = "skill_nobody_has" if pool.skill_fallback is not None else "skill_nobody_has_no_fallback"
            a.report(code, (node.id,), pool=pool.id, skill=node.required_skill)
