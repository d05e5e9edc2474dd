"""The agent leaderboard in the simulation report: one row per agent of the pools with named
agents (model/sim/agents.py), highest tickets resolved first, with the words the results dock uses
(model/agent_words.py). From the results only; nothing here runs a simulation.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle

from blueprint_studio.export.fonts import string_width
from blueprint_studio.export.pdfdoc import Bookmark, Context, table_rules, text_width
from blueprint_studio.export.text import escape, printable
from blueprint_studio.model import agent_words
from blueprint_studio.model.schema import Blueprint
from blueprint_studio.model.sim.results import ReplicatedResult

KEYS = ("agent", "pool", *agent_words.COLUMNS)
SHARES = (0.17, 0.15, 0.11, 0.13, 0.11, 0.1, 0.11, 0.12)


def column_widths(body: list[list[Paragraph]], width: float) -> list[float]:
    """Each column at least as wide as its longest word (a heading such as « Satisfaction » is
    never cut mid-word), the width left shared out as SHARES say."""
    pad = 12.0  # the table's left and right padding of a cell
    least = [
        max(
            string_width(word, para.style.fontSize, bold="Bold" in para.style.fontName) + pad
            for para in column
            for word in para.getPlainText().split() or [""]
        )
        for column in zip(*body, strict=True)
    ]
    spare = width - sum(least)
    if spare <= 0:  # too many long words: the shares alone
        return [width * f for f in SHARES]
    return [w + spare * f for w, f in zip(least, SHARES, strict=True)]


def leaderboard_story(blueprint: Blueprint, result: ReplicatedResult, ctx: Context, st: dict) -> list[Any]:
    """A heading, a note and the table; nothing when the run had no named agents."""
    agents = getattr(result, "agents", None)
    if not agents:
        return []
    lang = ctx.strings.language
    words = agent_words.words(lang)
    pools = {p.id: p.name.strip() or p.id for p in blueprint.all_pools()}
    rows = agent_words.sorted_rows(agent_words.rows(agents, pools, lang), "resolved")
    width = text_width(ctx)

    def cell(text: str, key: str) -> Paragraph:
        return Paragraph(escape(printable(text, False)), st[key])

    body = [[cell(words[f"col.{k}"], "cell_bold") for k in KEYS]]
    for row in rows:
        body.append(
            [
                cell(row[k] if isinstance(row[k], str) else agent_words.figure_text(k, row[k], lang), "cell")
                for k in KEYS
            ]
        )
    table = Table(body, colWidths=column_widths(body, width), repeatRows=1)
    table.setStyle(TableStyle(table_rules()))
    return [
        CondPageBreak(160),
        Bookmark(words["heading"], 1),
        Paragraph(escape(words["heading"]), st["h1"]),
        Paragraph(escape(words["heading_note"]), st["small"]),
        Spacer(1, 4),
        table,
        Spacer(1, 6),
    ]
