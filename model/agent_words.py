"""The words of agents as individuals (model/sim/agents.py), in English and French, for the results
dock's leaderboard, the PDF report and the trainer's presenter screen alike: its columns, their
notes, and its rows (agents by name, pools by name, never by id), sortable by any column.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from blueprint_studio.model import texts
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP
from blueprint_studio.model.walkthrough.words import duration_words
from blueprint_studio.model.words import number

if TYPE_CHECKING:  # types only: the flow model need not load with the results dock at start
    from blueprint_studio.model.flow import FlowModel, FlowNode

_WORDS: dict[str, str] = {
    "heading": QT_TRANSLATE_NOOP("AgentWords", "Agent leaderboard"),
    "heading_note": QT_TRANSLATE_NOOP(
        "AgentWords",
        "Each agent of the pools with named agents, after the warm-up (means per replication). A "
        "ticket counts for the last agent who worked it.",
    ),
    "col.agent": QT_TRANSLATE_NOOP("AgentWords", "Agent"),
    "col.pool": QT_TRANSLATE_NOOP("AgentWords", "Pool"),
    "col.resolved": QT_TRANSLATE_NOOP("AgentWords", "Tickets resolved"),
    "col.fcr_rate": QT_TRANSLATE_NOOP("AgentWords", "First-contact resolution"),
    "col.satisfaction": QT_TRANSLATE_NOOP("AgentWords", "Satisfaction"),
    "col.sla_met_rate": QT_TRANSLATE_NOOP("AgentWords", "SLA met"),
    "col.utilisation": QT_TRANSLATE_NOOP("AgentWords", "Utilisation"),
    "col.duplicate_minutes": QT_TRANSLATE_NOOP("AgentWords", "Time on duplicates"),
    "note.resolved": QT_TRANSLATE_NOOP("AgentWords", "Tickets resolved that this agent worked last"),
    "note.fcr_rate": QT_TRANSLATE_NOOP(
        "AgentWords", "Share of its resolved tickets resolved at the first contact (%)"
    ),
    "note.satisfaction": QT_TRANSLATE_NOOP(
        "AgentWords", "Share of satisfied answers to the surveys of its tickets (%)"
    ),
    "note.sla_met_rate": QT_TRANSLATE_NOOP(
        "AgentWords", "Share of its tickets with a resolution target resolved within it (%)"
    ),
    "note.utilisation": QT_TRANSLATE_NOOP("AgentWords", "Share of its time on shift spent working (%)"),
    "note.duplicate_minutes": QT_TRANSLATE_NOOP(
        "AgentWords", "Time spent working duplicate tickets, later merged (hours and minutes)"
    ),
    "agent_number": QT_TRANSLATE_NOOP("AgentWords", "Agent {n}"),
    "percent": QT_TRANSLATE_NOOP("AgentWords", "{n} %"),
    "none": QT_TRANSLATE_NOOP("AgentWords", "—"),
    "minutes": QT_TRANSLATE_NOOP("AgentWords", "{n} min"),
    "hours": QT_TRANSLATE_NOOP("AgentWords", "{h} h {m} min"),
    # the walkthrough: who takes the ticket at a step
    "skill": QT_TRANSLATE_NOOP("AgentWords", "An agent with the skill “{skill}” takes this ticket."),
    "skill_fallback": QT_TRANSLATE_NOOP(
        "AgentWords",
        "An agent with the skill “{skill}” takes this ticket; after {time} of waiting, any agent of "
        "the pool.",
    ),
    "owner": QT_TRANSLATE_NOOP(
        "AgentWords",
        "When the ticket comes back here, it goes to the agent who first worked it, if that agent is "
        "on shift.",
    ),
}

# the leaderboard's figures, in column order after the agent and the pool
COLUMNS = ("resolved", "fcr_rate", "satisfaction", "sla_met_rate", "utilisation", "duplicate_minutes")
RATES = ("fcr_rate", "satisfaction", "sla_met_rate", "utilisation")


def words(lang: str) -> dict[str, str]:
    return texts.table("AgentWords", _WORDS, lang)


def agent_name(name: str, lang: str) -> str:
    """A roster name, or "Agent 3" for a numbered agent (the engine names those "3")."""
    return words(lang)["agent_number"].format(n=name) if name.isdigit() else name


def _mean(value: Any) -> float:
    value = getattr(value, "mean", value)  # an Estimate over replications, or a number
    return math.nan if value is None else float(value)


def figure_text(key: str, value: float, lang: str) -> str:
    """A figure as the leaderboard shows it: rates in %, counts with a decimal when not whole,
    time in minutes or hours and minutes."""
    w = words(lang)
    if value != value:
        return w["none"]
    if key in RATES:
        return w["percent"].format(n=number(round(value * 100, 1), lang))
    if key == "duplicate_minutes":
        minutes = round(value)
        if minutes < 60:
            return w["minutes"].format(n=minutes)
        return w["hours"].format(h=minutes // 60, m=minutes % 60)
    return number(round(value, 1), lang)


def rows(
    agents: Mapping[str, Mapping[str, Mapping[str, Any]]], pool_names: Mapping[str, str], lang: str
) -> list[dict[str, Any]]:
    """One row per agent: "agent", "pool" (names) and each column's number (mean over the
    replications), in the order of the pools and rosters."""
    out: list[dict[str, Any]] = []
    for pool, board in agents.items():
        for name, figures in board.items():
            row: dict[str, Any] = {
                "agent": agent_name(name, lang),
                "pool": pool_names.get(pool, "—"),
            }
            row.update({key: _mean(figures.get(key)) for key in COLUMNS})
            out.append(row)
    return out


def sorted_rows(rows_: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """The rows by one column: names in alphabetical order, figures highest first; rows without a
    figure for it last; ties by agent name."""
    if key in ("agent", "pool"):
        return sorted(rows_, key=lambda r: (r[key].casefold(), r["agent"].casefold()))
    known = sorted((r for r in rows_ if r[key] == r[key]), key=lambda r: r["agent"].casefold())
    known.sort(key=lambda r: r[key], reverse=True)
    return known + [r for r in rows_ if r[key] != r[key]]


def step_sentences(node: FlowNode, model: FlowModel, lang: str) -> tuple[str, ...]:
    """Who takes the ticket at a step done by an agent, for the walkthrough: the skill it needs
    when its pool assigns by skills, and its owner when the pool gives returning tickets back."""
    if node.kind != "step" or node.pool is None:
        return ()
    pool = model.pools[node.pool]
    w = words(lang)
    out: list[str] = []
    if node.required_skill and pool.assignment == "skills_first":
        if pool.skill_fallback is not None:
            time = duration_words(pool.skill_fallback, lang)
            out.append(w["skill_fallback"].format(skill=node.required_skill, time=time))
        else:
            out.append(w["skill"].format(skill=node.required_skill))
    if pool.ownership:
        out.append(w["owner"])
    return tuple(out)
