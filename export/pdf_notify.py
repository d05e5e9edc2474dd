"""The notifications of the simulation report: how often each role was notified by the `Notify`
actions of steps and transitions (model/notify_words.py, the words of the results dock). From the
results only; nothing here runs a simulation.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import KeepTogether, Paragraph, Spacer

from blueprint_studio.export.pdfdoc import Bookmark, Context
from blueprint_studio.export.text import escape, printable
from blueprint_studio.model import notify_words
from blueprint_studio.model.sim.results import ReplicatedResult


def notify_story(result: ReplicatedResult, ctx: Context, st: dict) -> list[Any]:
    """A heading, a note, then one line per role with its notifications; nothing when nothing in
    the run notified anybody."""
    if not result.notifications:
        return []
    lang = ctx.strings.language
    words = notify_words.words(lang)
    block: list[Any] = [
        Bookmark(words["heading"], 1),
        Paragraph(escape(words["heading"]), st["h1"]),
        Paragraph(escape(words["note"]), st["small"]),
        Spacer(1, 4),
    ]
    for role, cell in result.notifications.items():
        text = printable(notify_words.count_line(role, cell, lang), False)
        block.append(Paragraph(escape(text), st["cell"]))
    return [KeepTogether(block), Spacer(1, 6)]
