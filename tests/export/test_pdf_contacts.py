"""Follow-up contacts and merges in the simulation report: the contact figures in the KPI table
by their names, with what they mean under it (French: pending/contacts_fr.tsv); a report of a desk
without follow-ups has none of them."""

from __future__ import annotations

from pdfkit import pdf_bytes, squeeze, text_of

from blueprint_studio.export.pdf_report import ReportData
from blueprint_studio.export.pdfdoc import PdfOptions
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    Fixed,
    FollowUps,
    IntakeNode,
    MergeRule,
    Pool,
    StepNode,
)
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import compile_for, replicate


def desk(follow_ups: FollowUps | None) -> Blueprint:
    return Blueprint(
        meta={"title": "Desk"},
        pools=[Pool(id="pool_a", name="Level 1", agents=3)],
        nodes=[
            IntakeNode(id="in", title="E-mail", interarrival=Fixed(value=10.0), follow_ups=follow_ups),
            StepNode(
                id="triage",
                title="Triage",
                pool="pool_a",
                duration=Fixed(value=5.0),
                merge=MergeRule(detect=50.0) if follow_ups else None,
            ),
            StepNode(id="fix", title="Fix", pool="pool_a", duration=Fixed(value=15.0)),
            EndNode(id="done", title="Resolved"),
        ],
        edges=[
            Edge(id="e1", source="in", target="triage"),
            Edge(id="e2", source="triage", target="fix"),
            Edge(id="e3", source="fix", target="done"),
        ],
    )


def report_text(bp: Blueprint, language: str) -> str:
    settings = SimulationSettings(horizon_minutes=600.0, replications=2, seed=3)
    data = ReportData(replicate(compile_for(bp, None), settings), settings)
    pdf = pdf_bytes(bp, report=data, blueprint_sheets=False, options=PdfOptions(language=language))
    return squeeze(text_of(pdf))


def test_the_report_gives_the_contact_figures_and_what_they_mean():
    text = report_text(desk(FollowUps(share=60.0, after=Fixed(value=8.0))), "en")
    for words in (
        "Contacts per ticket",
        "Follow-up contacts",
        "Follow-ups merged at triage",
        "Duplicate tickets worked, then merged",
        "Agent time on duplicate tickets",
        "per ticket opened by a first contact",  # what it means, under the table
        "their share of all the tickets opened",
    ):
        assert squeeze(words) in text, words


def test_a_desk_without_follow_ups_has_no_contact_figures():
    text = report_text(desk(None), "en")
    assert squeeze("Contacts per ticket") not in text and "Duplicate" not in text


def test_the_training_handout_says_what_the_follow_ups_and_the_merge_rule_do():
    from pdfkit import template

    bp = template("tiered_support", "en")
    text = squeeze(text_of(pdf_bytes(bp, handout=True, blueprint_sheets=False)))
    for words in (
        "Follow-ups: for 35% of the tickets that open here, the customer writes again while the ticket "
        "is open, about 2 h after it opened, through “Phone”.",
        "Merge: check whether the customer already has an open ticket. 85% of follow-ups are recognised "
        "here and merged into it, which takes 2 min more;",
    ):
        assert squeeze(words) in text, words
