"""A gamma duration (shape, scale): picked in the properties panel's duration editor (its shape
without a unit, a mean kept), drawn by the simulator as random.gammavariate draws it, read from
and written to BPSim as a GammaDistribution."""

from __future__ import annotations

import random
import statistics

from canvaskit import dock, dump, select, small_document  # noqa: F401 - fixture
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from blueprint_studio.model.schema import Gamma
from blueprint_studio.model.sim.distributions import mean_of, sampler, stream


def test_the_duration_editor_offers_a_gamma(dock):
    select(dock, "triage")
    before = dump(dock.document)
    editor = dock.fields["duration"].widget
    editor.kind.setFocus()
    editor.kind.setCurrentIndex(editor.kind.findData("gamma"))
    duration = dock.document.element("triage").duration
    assert isinstance(duration, Gamma) and duration.shape == 2.0 and duration.scale > 0
    assert editor.spins["shape"].suffix() == "" and editor.spins["scale"].suffix().strip() == "min"
    editor.spins["shape"].setFocus()
    editor.spins["shape"].selectAll()
    QTest.keyClicks(editor.spins["shape"], "3")
    QTest.keyClick(editor.spins["shape"], Qt.Key.Key_Return)
    assert dock.document.element("triage").duration.shape == 3.0
    while dock.editor.undo_stack.canUndo():
        dock.editor.undo_stack.undo()
    assert dump(dock.document) == before


def test_the_simulator_draws_a_gamma_as_python_does():
    dist = Gamma(shape=0.7, scale=12.0)
    draw = sampler(dist, stream(1, 0, "x"))
    reference = stream(1, 0, "x")
    assert [draw() for _ in range(50)] == [reference.gammavariate(0.7, 12.0) for _ in range(50)]
    big = sampler(Gamma(shape=4.0, scale=10.0), random.Random(3))
    assert mean_of(Gamma(shape=4.0, scale=10.0)) == 40.0
    assert abs(statistics.fmean(big() for _ in range(20_000)) - 40.0) < 1.0


def test_bpsim_reads_and_writes_a_gamma():
    import xml.etree.ElementTree as ET

    from blueprint_studio.model.bpmn import bpsim

    element = bpsim.distribution_element(ET.Element("x"), Gamma(shape=4.0, scale=10.0))
    assert element.tag.endswith("GammaDistribution") and element.get("shape") == "4"
    assert element.get("scale") == "10"
    assert bpsim.Reader()._one(element) == (Gamma(shape=4.0, scale=10.0), "")
