"""The words of follow-up contacts and merges, in English and French, for the walkthrough (and
anyone else who says them): what an intake's follow-ups are and what a merge rule does at its
step. Intakes and steps by their titles, never by id; no Qt here (model/texts.py translates).
"""

from __future__ import annotations

from typing import Any

from blueprint_studio.model import texts
from blueprint_studio.model.flow import FlowModel, FlowNode
from blueprint_studio.model.schema import Blueprint
from blueprint_studio.model.sim.distributions import mean_of
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP
from blueprint_studio.model.walkthrough.words import duration_words, percent_words

_WORDS: dict[str, str] = {
    "follow_ups": QT_TRANSLATE_NOOP(
        "ContactWords",
        "Follow-ups: for {share} of the tickets that open here, the customer writes again while the "
        "ticket is open, about {time} after it opened, through “{channel}”.",
    ),
    "follow_ups_here": QT_TRANSLATE_NOOP(
        "ContactWords",
        "Follow-ups: for {share} of the tickets that open here, the customer writes again while the "
        "ticket is open, about {time} after it opened, through this channel again.",
    ),
    "follow_ups_untitled": QT_TRANSLATE_NOOP(
        "ContactWords",
        "Follow-ups: for {share} of the tickets that open here, the customer writes again while the "
        "ticket is open, about {time} after it opened, through another intake, one without a title.",
    ),
    "follow_up_ticket": QT_TRANSLATE_NOOP(
        "ContactWords",
        "A follow-up arrives as a new ticket: it is a duplicate of the customer's open ticket until "
        "someone recognises it and merges it.",
    ),
    "merge": QT_TRANSLATE_NOOP(
        "ContactWords",
        "Merge: check whether the customer already has an open ticket. {share} of follow-ups are "
        "recognised here and merged into it, which takes {time} more; the others go on as "
        "duplicate tickets, worked, then merged when they are done.",
    ),
    "merge_instant": QT_TRANSLATE_NOOP(
        "ContactWords",
        "Merge: check whether the customer already has an open ticket. {share} of follow-ups are "
        "recognised here and merged into it; the others go on as duplicate tickets, worked, then "
        "merged when they are done.",
    ),
}


def words(lang: str) -> dict[str, str]:
    return texts.table("ContactWords", _WORDS, lang)


def node_sentences(node: FlowNode, model: FlowModel, lang: str) -> tuple[str, ...]:
    """What a node of the flow model does with follow-up contacts (the walkthrough's): an
    intake's follow-ups, a step's merge rule; nothing for other nodes."""
    follow = node.follow_ups
    if follow is not None:
        via = model.nodes[follow.via]
        # the compiled model titles an untitled node by its id: say it has no title instead
        channel = None if follow.via == node.index else via.title if via.title != via.id else ""
        return _follow_up_words(follow.share, mean_of(follow.after), channel, lang)
    merge = node.merge
    if merge is not None:
        return _merge_words(merge.detect, merge.detection_time, lang)
    return ()


def document_sentences(node: Any, blueprint: Blueprint, lang: str) -> tuple[str, ...]:
    """The same words for a node of the document (the training handout's)."""
    follow = getattr(node, "follow_ups", None)
    if follow is not None and follow.share > 0:
        via = next((n for n in blueprint.nodes if n.id == follow.via and n.kind == "intake"), None)
        channel = via.title.strip() if via is not None and via.id != node.id else None
        return _follow_up_words(follow.share / 100.0, mean_of(follow.after), channel, lang)
    merge = getattr(node, "merge", None)
    if merge is not None:
        return _merge_words(merge.detect / 100.0, merge.detection_time, lang)
    return ()


def _follow_up_words(share: float, after: float, channel: str | None, lang: str) -> tuple[str, ...]:
    """`channel`: the other intake's title, "" for one without a title, None for this intake."""
    w = words(lang)
    said = {"share": percent_words(share, lang), "time": duration_words(round(after), lang)}
    first = w["follow_ups_here" if channel is None else "follow_ups" if channel else "follow_ups_untitled"]
    return first.format(channel=channel, **said), w["follow_up_ticket"]


def _merge_words(detect: float, detection_time: float, lang: str) -> tuple[str, ...]:
    w = words(lang)
    share = percent_words(detect, lang)
    if detection_time > 0:
        return (w["merge"].format(share=share, time=duration_words(detection_time, lang)),)
    return (w["merge_instant"].format(share=share),)
