"""The words of follow-up contacts and merges, in English and French, for the walkthrough (and
anyone else who says them): what an intake's follow-ups are and what a merge rule does at its
step. Intakes and steps by their titles, never by id; no Qt here (model/texts.py translates).
"""

from __future__ import annotations

from blueprint_studio.model import texts
from blueprint_studio.model.flow import FlowModel, FlowNode
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
    """What a node does with follow-up contacts: an intake's follow-ups, a step's merge rule;
    nothing for other nodes."""
    w = words(lang)
    follow = node.follow_ups
    if follow is not None:
        share = percent_words(follow.share, lang)
        time = duration_words(round(mean_of(follow.after)), lang)
        if follow.via == node.index:
            first = w["follow_ups_here"].format(share=share, time=time)
        else:
            channel = model.nodes[follow.via]
            first = w["follow_ups"].format(share=share, time=time, channel=channel.title)
        return first, w["follow_up_ticket"]
    merge = node.merge
    if merge is not None:
        share = percent_words(merge.detect, lang)
        if merge.detection_time > 0:
            return (w["merge"].format(share=share, time=duration_words(merge.detection_time, lang)),)
        return (w["merge_instant"].format(share=share),)
    return ()
