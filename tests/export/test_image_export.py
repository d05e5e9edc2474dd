"""SVG and PNG of the canvas, from the command line as a user runs it: headless, sized by the
resolution, not blank, text kept in the SVG."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtGui import QImage

import resources
from model.fileformat import load
from test_cli_export import run

TEMPLATE = str(resources.template_path("service_blueprint", "fr"))


def test_png_at_two_resolutions(tmp_path):
    low, high = tmp_path / "low.png", tmp_path / "high.png"
    assert run("export", TEMPLATE, "--png", str(low), "--dpi", "96").returncode == 0
    result = run("export", TEMPLATE, "--png", str(high), "--dpi", "192")
    assert result.returncode == 0, result.stderr
    small, large = QImage(str(low)), QImage(str(high))
    assert abs(large.width() - 2 * small.width()) <= 2 and abs(large.height() - 2 * small.height()) <= 2
    colours = {small.pixelColor(x, y).name() for x in range(0, small.width(), 37)
               for y in range(0, small.height(), 23)}
    assert len(colours) > 8                       # lanes, nodes, text: not a blank page
    assert round(large.dotsPerMeterX() * 0.0254) == 192


def test_svg_is_vector_with_the_titles(tmp_path):
    out = tmp_path / "bp.svg"
    result = run("export", TEMPLATE, "--svg", str(out), "--pdf", str(tmp_path / "bp.pdf"))
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    text = out.read_text(encoding="utf-8")
    blueprint = load(TEMPLATE)
    assert blueprint.meta.title in text
    assert blueprint.lanes[0].title in text
    assert (tmp_path / "bp.pdf").exists()
