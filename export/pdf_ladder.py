"""The escalation ladders in the simulation report: for each SLA policy and step time limit that
has one, what it does (model/ladder_words.py, the words the walkthrough uses) and its counts in the
run. From the model and the results only; nothing here runs a simulation.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from blueprint_studio.export.pdfdoc import Bookmark, Context
from blueprint_studio.export.text import escape, printable
from blueprint_studio.model import ladder_words
from blueprint_studio.model.schema import Blueprint, SlaPolicy, StepNode
from blueprint_studio.model.sim.results import ReplicatedResult


def ladder_story(
    blueprint: Blueprint, policies: list[SlaPolicy], result: ReplicatedResult, ctx: Context, st: dict
) -> list[Any]:
    """A heading, then per ladder its owner's name in bold, its sentences and its counts; nothing
    when no policy or step of the run has a ladder."""
    lang = ctx.strings.language
    owners: list[SlaPolicy | StepNode] = [p for p in policies if p.ladder is not None]
    owners += [
        n for n in blueprint.nodes if isinstance(n, StepNode) and n.ladder is not None and n.time_limit
    ]
    if not owners:
        return []
    words = ladder_words.words(lang)
    names = ladder_words.trigger_names(blueprint, lang)
    out: list[Any] = [
        CondPageBreak(160),
        Bookmark(words["heading"], 1),
        Paragraph(escape(words["heading"]), st["h1"]),
        Paragraph(escape(words["heading_note"]), st["small"]),
        Spacer(1, 4),
    ]
    for owner in owners:
        name = printable(names.get(owner.id, "—"), False)
        block: list[Any] = [Paragraph(f"<b>{escape(name)}</b>", st["cell"])]
        for sentence in ladder_words.document_plan(owner, blueprint, lang):
            block.append(Paragraph(escape(printable(sentence, False)), st["cell"]))
        figures = result.ladder.get(owner.id)
        if figures is not None:
            line = ladder_words.figures_line(name, figures.table(), lang)
            block.append(Paragraph(escape(line), st["small"]))
        out += [KeepTogether(block), Spacer(1, 6)]
    return out
