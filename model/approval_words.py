"""Approvals on transitions and transfers in words (English, French through the catalogue): what an
edge's approval does and what the run counted, for the PDF report and the command line. Names,
never ids.
"""

from __future__ import annotations

from typing import Any

from blueprint_studio.model import texts
from blueprint_studio.model.schema import Blueprint, Edge, Reassign
from blueprint_studio.model.sim.distributions import mean_of
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP
from blueprint_studio.model.words import count_words, number

_WORDS: dict[str, str] = {
    "heading": QT_TRANSLATE_NOOP("ApprovalWords", "Approvals and transfers"),
    "heading_note": QT_TRANSLATE_NOOP(
        "ApprovalWords",
        "Transitions that wait for an approval, and re-assignments to another pool with a reason, "
        "as the simulation ran them.",
    ),
    "approval": QT_TRANSLATE_NOOP(
        "ApprovalWords",
        "{edge}: approved by {role} in {minutes} min on average; {percent}% rejected, which go to {target}.",
    ),
    "approval_back": QT_TRANSLATE_NOOP(
        "ApprovalWords",
        "{edge}: approved by {role} in {minutes} min on average; {percent}% rejected, which go back "
        "to {target} to be done again.",
    ),
    "anyone": QT_TRANSLATE_NOOP("ApprovalWords", "someone"),
    "edge": QT_TRANSLATE_NOOP("ApprovalWords", "{source} → {target}"),
    "untitled": QT_TRANSLATE_NOOP("ApprovalWords", "a node without a title"),
    "transfer": QT_TRANSLATE_NOOP("ApprovalWords", "Transfers for “{reason}”: {count}"),
    "figures": QT_TRANSLATE_NOOP(
        "ApprovalWords", "In the run: {asked} asked, {granted} granted, {rejected} rejected."
    ),
    "link_figures": QT_TRANSLATE_NOOP(
        "ApprovalWords", "Approval of {link}: {asked} asked, {granted} granted, {rejected} rejected"
    ),
}


def words(lang: str) -> dict[str, str]:
    return texts.table("ApprovalWords", _WORDS, lang)


def has_approvals_or_transfers(blueprint: Blueprint) -> bool:
    return any(e.approval is not None for e in blueprint.edges) or bool(transfer_reasons(blueprint))


def transfer_reasons(blueprint: Blueprint) -> list[str]:
    """The reasons of the document's re-assignments, each once, in the order drawn."""
    actions = [a for n in blueprint.nodes for a in getattr(n, "actions", ())]
    actions += [a for e in blueprint.edges for a in e.after]
    return list(
        dict.fromkeys(a.reason.strip() for a in actions if isinstance(a, Reassign) and a.reason.strip())
    )


def _counts(figures: dict[str, Any], lang: str) -> dict[str, str]:
    """A link's asked, granted and rejected counts (a run's, or Estimates' means) in words."""
    keys = ("asked", "granted", "rejected")
    return {key: count_words(figures.get(f"approvals_{key}", 0.0), lang) for key in keys}


def figures_sentence(figures: dict[str, Any], lang: str) -> str:
    """«In the run: 9 asked, 6 granted, 3 rejected.», under the link's approval sentence."""
    return words(lang)["figures"].format(**_counts(figures, lang))


def figures_line(edge: Edge, blueprint: Blueprint, figures: dict[str, Any], lang: str) -> str:
    """«Approval of Refund → Pay: 9 asked, 6 granted, 3 rejected», for the command line."""
    return words(lang)["link_figures"].format(link=link_name(edge, blueprint, lang), **_counts(figures, lang))


def link_name(edge: Edge, blueprint: Blueprint, lang: str) -> str:
    """A link by its label, else by its ends' titles («Refund → Pay»)."""
    table = words(lang)
    titles = {n.id: getattr(n, "title", "").strip() or table["untitled"] for n in blueprint.nodes}
    return edge.label.strip() or table["edge"].format(
        source=titles.get(edge.source, table["untitled"]), target=titles.get(edge.target, table["untitled"])
    )


def approval_sentence(edge: Edge, blueprint: Blueprint, lang: str) -> str:
    """What an edge's approval does, in a sentence («Refund → Pay: approved by Team lead in 30 min
    on average; 10% rejected, which go back to Refund to be done again.»)."""
    approval = edge.approval
    assert approval is not None  # only edges with one are worded
    table = words(lang)
    titles = {n.id: getattr(n, "title", "").strip() or table["untitled"] for n in blueprint.nodes}
    name = link_name(edge, blueprint, lang)
    back = approval.rejected_to is None
    target = titles.get(edge.source if back else approval.rejected_to or "", table["untitled"])
    return table["approval_back" if back else "approval"].format(
        edge=name,
        role=approval.role.strip() or table["anyone"],
        minutes=number(round(mean_of(approval.time), 1), lang),
        percent=number(round(approval.reject, 1), lang),
        target=target,
    )
