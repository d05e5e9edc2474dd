"""The agent leaderboard in the simulation report: each named agent by name with its pool's name
and figures in words, highest tickets resolved first, in the outline; nothing for a run without
named agents."""

from __future__ import annotations

from pdfkit import outline_titles, pdf_bytes, squeeze, text_of

from blueprint_studio.export.pdf_report import ReportData
from blueprint_studio.export.pdfdoc import PdfOptions
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import compile_for, replicate
from tests.sim.test_agents import billing_desk, reply_desk


def report_text(bp) -> tuple[str, list[str]]:
    settings = SimulationSettings(horizon_minutes=None, tickets=3, replications=2, seed=1)
    data = ReportData(replicate(compile_for(bp, None), settings), settings)
    pdf = pdf_bytes(bp, report=data, blueprint_sheets=False, options=PdfOptions(language="en"))
    return squeeze(text_of(pdf)), outline_titles(pdf)


def test_the_report_has_the_leaderboard_by_tickets_resolved() -> None:
    text, outline = report_text(billing_desk())
    assert "Agent leaderboard" in outline
    board = text[text.index("Agentleaderboard") :]  # squeezed: no spaces
    assert "TicketsresolvedFirst-contactresolutionSatisfactionSLAmetUtilisationTimeonduplicates" in board
    # the hand-checked trace of tests/sim/test_agents.py: Ben (2 resolved, busy 60 of the run's
    # 65 minutes) above Ana (1, 30 minutes), in the pool named by its id (it has no name)
    assert board.index("Bendesk2100%——92.3%0min") < board.index("Anadesk1100%——46.2%0min")


def test_no_named_agents_no_leaderboard() -> None:
    text, outline = report_text(reply_desk(ownership=False, named=False))
    assert "Agent leaderboard" not in outline and "Agentleaderboard" not in text
