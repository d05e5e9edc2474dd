"""Approvals and transfers in the simulation report: each edge's approval in words
(model/approval_words.py) and the run's approval figures and transfers per reason. From the model
and the results only; nothing here runs a simulation.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from blueprint_studio.export.pdfdoc import Bookmark, Context
from blueprint_studio.export.text import escape, printable
from blueprint_studio.model import approval_words
from blueprint_studio.model.schema import Blueprint
from blueprint_studio.model.sim.results import ReplicatedResult
from blueprint_studio.model.words import count_words


def approval_story(blueprint: Blueprint, result: ReplicatedResult, ctx: Context, st: dict) -> list[Any]:
    """A heading, a sentence per approval with that link's figures in the run (two approvals
    told apart), and a line per transfer reason; nothing when the document has neither approvals
    nor transfers with a reason."""
    if not approval_words.has_approvals_or_transfers(blueprint):
        return []
    lang = ctx.strings.language
    words = approval_words.words(lang)
    out: list[Any] = [
        CondPageBreak(120),
        Bookmark(words["heading"], 1),
        Paragraph(escape(words["heading"]), st["h1"]),
        Paragraph(escape(words["heading_note"]), st["small"]),
        Spacer(1, 4),
    ]
    block: list[Any] = []
    for edge in blueprint.edges:
        if edge.approval is not None:
            sentence = approval_words.approval_sentence(edge, blueprint, lang)
            block.append(Paragraph(escape(printable(sentence, False)), st["cell"]))
            figures = result.approvals.get(edge.id)
            if figures:
                line = approval_words.figures_sentence(figures, lang)
                block.append(Paragraph(escape(line), st["small"]))
    for reason, cell in result.transfers.items():
        line = words["transfer"].format(reason=printable(reason, False), count=count_words(cell, lang))
        block.append(Paragraph(escape(line), st["cell"]))
    out += [KeepTogether(block), Spacer(1, 6)]
    return out
