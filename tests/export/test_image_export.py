"""SVG and PNG of the canvas, from the command line as a user runs it: headless, sized by the
resolution, text kept in the SVG; the PNG compared with what the canvas shows at the same scale;
SVG well-formed whatever the names hold."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from anytext import ANY_TEXT
from hypothesis import HealthCheck, given, settings
from imagekit import blocks, compare, grab_at, pixels, scene_rect_of_png, screen_view
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from test_cli_export import run

from blueprint_studio import resources
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.export.image import MARGIN, SCREEN_DPI, ImageExportError, write_png, write_svg
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.schema import Blueprint, Edge, EndNode, IntakeNode, Lane, Meta, Pool, StepNode

TEMPLATE = str(resources.template_path("service_blueprint", "fr"))


def test_png_at_two_resolutions(tmp_path):
    low, high = tmp_path / "low.png", tmp_path / "high.png"
    assert run("export", TEMPLATE, "--png", str(low), "--dpi", "96").returncode == 0
    result = run("export", TEMPLATE, "--png", str(high), "--dpi", "192")
    assert result.returncode == 0, result.stderr
    small, large = QImage(str(low)), QImage(str(high))
    assert abs(large.width() - 2 * small.width()) <= 2 and abs(large.height() - 2 * small.height()) <= 2
    colours = {
        small.pixelColor(x, y).name()
        for x in range(0, small.width(), 37)
        for y in range(0, small.height(), 23)
    }
    assert len(colours) > 8  # lanes, nodes, text: not a blank page
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


# ---------------------------------------------------------------- images compared, not counted
@pytest.mark.parametrize(
    "name, language, dpi", [("tiered_support", "en", 200), ("service_blueprint", "fr", 150)]
)
def test_png_looks_like_the_canvas_at_the_same_scale(qapp, tmp_path, name, language, dpi):
    """The PNG at `dpi` against the canvas's own view zoomed to dpi/96, in three places of the
    drawing: text drawn at another size than on screen (fonts scaled twice) moves ink into
    blocks that were white and fails this."""
    blueprint = load(resources.template_path(name, language))
    out = tmp_path / "bp.png"
    width, height = write_png(blueprint, out, dpi=dpi)
    exported = QImage(str(out))
    assert (exported.width(), exported.height()) == (width, height)
    scale = dpi / SCREEN_DPI
    scene = BlueprintScene(Document(blueprint))
    rect = scene_rect_of_png(scene, MARGIN)
    assert abs(width - rect.width() * scale) <= 1 and abs(height - rect.height() * scale) <= 1
    view = screen_view(scene, scale)
    view.show()
    try:
        for fx, fy in ((0.2, 0.25), (0.4, 0.5), (0.6, 0.7)):
            point = QPointF(rect.left() + rect.width() * fx, rect.top() + rect.height() * fy)
            screen, origin = grab_at(view, point)
            difference = compare(exported, rect.topLeft(), screen, origin, scale)
            assert difference.ink > 0.01, "the compared part of the drawing is empty"
            # measured: same-size text differs in < 0.6 % of the 4x4 blocks (anti-aliasing); text
            # 1.5x too large in > 1.1 %, twice too large in > 2 %
            assert difference.mean < 1.2 and difference.changed < 0.008, (point, difference)
    finally:
        view.close()
        view.deleteLater()


def test_png_text_keeps_its_size_whatever_the_resolution(qapp, tmp_path):
    """The same drawing at 96 and 288 dpi, the larger scaled down by 3: alike, block by block."""
    blueprint = load(resources.template_path("helpdesk_flow", "en"))
    write_png(blueprint, tmp_path / "a.png", dpi=96)
    write_png(blueprint, tmp_path / "b.png", dpi=288)
    small, large = QImage(str(tmp_path / "a.png")), QImage(str(tmp_path / "b.png"))
    reduced = large.scaled(
        small.width(),
        small.height(),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    a, b = blocks(pixels(small)), blocks(pixels(reduced))
    assert float(np.abs(a - b).mean()) < 3.0


def test_png_export_can_be_cancelled_and_leaves_nothing(qapp, tmp_path):
    blueprint = load(resources.template_path("tiered_support", "en"))
    seen: list[float] = []
    with pytest.raises(ImageExportError) as error:
        write_png(
            blueprint, tmp_path / "big.png", dpi=600, progress=seen.append, cancel=lambda: len(seen) >= 1
        )
    assert error.value.code == "cancelled" and seen and seen[0] < 1.0
    assert list(tmp_path.iterdir()) == []


def test_image_errors_name_the_folder(qapp, tmp_path):
    blueprint = load(resources.template_path("helpdesk_flow", "en"))
    with pytest.raises(ImageExportError) as error:
        write_svg(blueprint, tmp_path / "missing" / "x.svg")
    assert error.value.code == "no_folder" and "missing" in str(error.value)


# ---------------------------------------------------------------- well-formed SVG for any name
def tiny_blueprint(title: str, lane: str, step: str) -> Blueprint:
    return Blueprint(
        meta=Meta(title=title, description=title),
        lanes=[Lane(id="l", title=lane)],
        pools=[Pool(id="desk", agents=1)],
        nodes=[
            IntakeNode(id="in", title=step, lane="l", x=0, y=0),
            StepNode(id="s", title=step, lane="l", pool="desk", x=200, y=0),
            EndNode(id="end", title=title, lane="l", x=400, y=0),
        ],
        edges=[Edge(id="a", source="in", target="s", label=lane), Edge(id="b", source="s", target="end")],
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=ANY_TEXT, lane=ANY_TEXT, step=ANY_TEXT)
def test_svg_is_well_formed_xml_for_any_names(qapp, tmp_path, title, lane, step):
    out = tmp_path / "any.svg"
    write_svg(tiny_blueprint(title, lane, step), out)
    root = ET.parse(out).getroot()  # raises on anything not well-formed
    assert root.tag.endswith("svg")
    svg_title = root.find("{http://www.w3.org/2000/svg}title").text or ""
    printable = "".join(c for c in title if c.isprintable() and c not in "\ufffe\uffff")
    if printable.strip():  # what can be shown of the title is kept
        assert all(c in svg_title for c in printable if not c.isspace())
