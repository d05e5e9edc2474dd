"""Steps done by the system or the customer on paper (issue 15): the PDF draws them with the
same icons as the canvas (a lightning bolt, a screen) and its legend says what those mean, in
the document's language; a blueprint without them keeps its legend as before."""

from __future__ import annotations

import pytest
from pdfkit import pdf_bytes, squeeze, template, text_of

from blueprint_studio.export.sheet_parts import legend_items
from blueprint_studio.model import geometry


@pytest.mark.parametrize(
    ("language", "system", "customer"),
    [
        ("fr", "Étape automatisée", "Étape en libre-service"),
        ("en", "Automated step", "Self-service step"),
    ],
)
def test_the_legend_and_the_drawing_show_who_does_a_step(language, system, customer, monkeypatch):
    bp = template("tiered_support", language)
    nodes = [code for what, code in legend_items(bp, []) if what == "node"]
    assert nodes[nodes.index("step") : nodes.index("step") + 3] == ["step", "step_system", "step_customer"]
    drawn: list[str] = []
    real = geometry.icon_marks
    monkeypatch.setattr(geometry, "icon_marks", lambda name, box: drawn.append(name) or real(name, box))
    text = squeeze(text_of(pdf_bytes(bp)))
    assert squeeze(system) in text and squeeze(customer) in text
    assert {"system", "self_service", "step"} <= set(drawn)


def test_a_blueprint_of_agents_only_has_no_such_legend_entries():
    bp = template("helpdesk_flow", "en")
    codes = [code for _, code in legend_items(bp, [])]
    assert "step" in codes and not {"step_system", "step_customer"} & set(codes)
