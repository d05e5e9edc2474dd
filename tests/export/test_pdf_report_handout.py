"""The simulation report (KPI labels, charts, heat map) and the training handout (each card's
steps in order, guidance, template responses)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from pdfkit import outline_titles, pdf_bytes, reader, squeeze, template, text_of

from blueprint_studio.export.pdf_report import ReportData
from blueprint_studio.export.strings import Strings
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.replications import compile_for, replicate


@pytest.fixture(scope="module")
def report_data():
    bp = template("service_blueprint", "fr")
    scenario = bp.scenarios[0]
    settings = SimulationSettings.from_scenario(scenario).with_(
        horizon_minutes=2 * 1440, warmup_minutes=0, replications=2
    )
    with ThreadPoolExecutor(2) as pool:
        result = replicate(compile_for(bp, scenario.id), settings, pool)
    return bp, ReportData(result, settings, scenario)


def test_report_has_kpi_labels_charts_and_heat_map(report_data):
    bp, data = report_data
    pdf = pdf_bytes(bp, report=data)
    text = squeeze(text_of(pdf)).lower()
    strings = Strings("fr")
    for key in (
        "arrived",
        "resolution_elapsed_mean",
        "resolution_elapsed_p90",
        "fcr_rate",
        "sla_resolution_breach_rate",
    ):
        assert squeeze(strings.kpi_label(key)).lower() in text, key
    for heading in (
        "Rapport de simulation",
        "Indicateurs clés",
        "Intervalle de confiance à 95\u202f%",
        "Délai de résolution",
        "Tickets ouverts au fil du temps",
        "Taux d’occupation par équipe",
        "Temps passé par état",
        "Où les tickets attendent",
        "Semaine type",
        "Objectif SLA",
    ):
        assert squeeze(heading).lower() in text, heading
    titles = outline_titles(pdf)
    assert "Rapport de simulation" in titles and "Indicateurs clés" in titles
    assert len(reader(pdf).pages) >= 4


def test_report_in_english(report_data):
    bp, data = report_data
    text = squeeze(
        text_of(
            pdf_bytes(
                bp,
                report=data,
                blueprint_sheets=False,
                options=__import__("blueprint_studio.export.pdfdoc", fromlist=["PdfOptions"]).PdfOptions(
                    language="en"
                ),
            )
        )
    )
    assert squeeze("First-contact resolution") in text and squeeze("Key indicators") in text


@pytest.mark.parametrize("name", ["service_blueprint", "ticket_states"])
def test_handout_lists_each_cards_steps_in_order(name):
    bp = template(name, "fr")
    text = squeeze(text_of(pdf_bytes(bp, handout=True, blueprint_sheets=False)))
    titles = {n.id: n.title for n in bp.nodes}
    for card in bp.cards:
        start = text.index(squeeze(f"Fiche ticket\u202f: {card.name}"))
        for n, node_id in enumerate(card.expected_path, start=1):
            found = text.index(squeeze(f"Étape {n} — {titles[node_id]}"), start)
            assert found >= start
            start = found


def test_handout_shows_guidance_template_and_mandatory_fields():
    bp = template("service_blueprint", "en")
    text = squeeze(text_of(pdf_bytes(bp, handout=True, blueprint_sheets=False)))
    step = next(n for n in bp.nodes if n.kind == "step" and n.template_response and n.guidance)
    assert squeeze(step.guidance) in text
    assert squeeze(step.template_response.splitlines()[2]) in text
    assert squeeze("Mandatory fields") in text and squeeze("SLA targets") in text


def test_handout_names_an_untitled_escalation_target_by_its_kind_never_its_id():
    bp = template("service_blueprint", "en")
    on_path = {node_id for card in bp.cards for node_id in card.expected_path}
    step = next(n for n in bp.nodes if n.id in on_path and getattr(n, "time_limit", None) and n.escalate_to)
    nodes = [n.model_copy(update={"title": ""}) if n.id == step.escalate_to else n for n in bp.nodes]
    text = squeeze(
        text_of(pdf_bytes(bp.model_copy(update={"nodes": nodes}), handout=True, blueprint_sheets=False))
    )
    assert squeeze("then escalate to Step") in text
    assert step.escalate_to not in text


@pytest.mark.parametrize(
    "page, orientation, size",
    [
        ("A3", "auto", (841.89, 1190.55)),
        ("A3", "landscape", (1190.55, 841.89)),
        ("A4", "auto", (595.28, 841.89)),
    ],
)
def test_report_pages_follow_the_chosen_paper(report_data, page, orientation, size):
    """The report is printed on the paper asked for (preference or dialog), not always A4, and
    its tables and charts use the width of that paper."""
    from blueprint_studio.export.pdfdoc import PdfOptions

    bp, data = report_data
    pdf = pdf_bytes(
        bp,
        report=data,
        blueprint_sheets=False,
        options=PdfOptions(page=page, orientation=orientation, invariant=True),
    )
    sizes = {
        (round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2)) for p in reader(pdf).pages
    }
    assert sizes == {size}
    assert squeeze("Indicateurs clés") in squeeze(text_of(pdf))


def test_report_from_a_finished_run_uses_the_page_preference(report_data, tmp_path):
    """app.simulation.results_export.write_report (Simulation › Export report…) takes the paper size."""
    from types import SimpleNamespace

    from blueprint_studio.app.simulation.results_export import write_report

    bp, data = report_data
    record = SimpleNamespace(
        blueprint=bp, scenario_id=data.scenario.id, result=data.result, settings=data.settings
    )
    out = tmp_path / "report.pdf"
    pages = write_report(out, record, page="A3")
    pdf = reader(out.read_bytes())
    assert len(pdf.pages) == pages >= 3
    assert {round(float(p.mediabox.width)) for p in pdf.pages} == {842}
