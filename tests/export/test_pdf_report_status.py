"""The simulation report says on its cover how a run ended when it did not complete: a run
stopped as unstable names the step whose queue passed the bound; a complete run says nothing."""

from __future__ import annotations

from pdfkit import pdf_bytes, squeeze, text_of

from blueprint_studio.export.pdf_report import ReportData
from blueprint_studio.export.pdfdoc import PdfOptions
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    Exponential,
    IntakeNode,
    Meta,
    Pool,
    StepNode,
)
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import compile_for, replicate


def flooded(rate: float) -> Blueprint:
    return Blueprint(
        meta=Meta(title="One step"),
        pools=[Pool(id="desk", name="Desk", agents=1)],
        nodes=[
            IntakeNode(id="in", title="Mail", rate_per_hour=rate),
            StepNode(id="work", title="Fix it", pool="desk", duration=Exponential(mean=5)),
            EndNode(id="done", title="Done"),
        ],
        edges=[Edge(id="e1", source="in", target="work"), Edge(id="e2", source="work", target="done")],
    )


def report_text(bp: Blueprint, language: str) -> str:
    settings = SimulationSettings(horizon_minutes=30 * 1440.0, replications=1)
    data = ReportData(replicate(compile_for(bp), settings, workers=1), settings)
    return squeeze(
        text_of(
            pdf_bytes(
                bp, report=data, blueprint_sheets=False, options=PdfOptions(language=language, invariant=True)
            )
        )
    )


def test_an_unstable_run_is_said_on_the_cover_in_both_languages():
    bp = flooded(rate=6000)
    assert squeeze("Unstable: the queue at Fix it passed 100,000 tickets after") in report_text(bp, "en")
    assert squeeze("Instable : la file d’attente de « Fix it » a dépassé 100 000 tickets") in report_text(
        bp, "fr"
    )
    fine = report_text(flooded(rate=6), "en")
    assert "Unstable" not in fine and "Unfinished" not in fine
