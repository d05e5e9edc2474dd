"""Dark theme on the canvas: background, grid, lanes, nodes, lines and the heat-map legend follow
the application palette with readable contrast (WCAG ratios measured on the rendered view), while
a scene drawn without a view (export) keeps the print colours."""

from __future__ import annotations

import pytest
from canvaskit import shown_editor, small_document
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from blueprint_studio.canvas import theme
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.model import style


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: str | QColor, b: str | QColor) -> float:
    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.fixture
def dark_app(qapp):
    from blueprint_studio.app.shell.settings import _dark_palette

    before = qapp.palette()
    qapp.setPalette(_dark_palette())
    qapp.processEvents()  # widgets hear of a new application palette through posted events
    yield qapp
    qapp.setPalette(before)
    qapp.processEvents()


@pytest.mark.parametrize("colours", [theme.light(), theme.dark()], ids=["light", "dark"])
def test_every_text_on_the_canvas_reads_against_what_it_sits_on(colours):
    for kind in style.NODE_STYLES:
        node = colours.node(kind)
        assert contrast(colours.ink, node.fill) >= 4.5, kind  # titles
        assert contrast(node.stroke, colours.canvas) >= 2.0, kind  # outlines stand out
    for kind in style.LANE_STYLES:
        lane = colours.lane(kind)
        assert contrast(colours.muted, lane.header) >= 3.0, kind  # captions
        assert contrast(colours.ink, lane.fill) >= 4.5, kind
    assert contrast(colours.line.stroke, colours.canvas) >= 3.0
    assert contrast(colours.edge("flow").stroke, colours.canvas) >= 3.0
    assert contrast(colours.ink, colours.header) >= 4.5  # stage titles


def test_the_view_follows_a_dark_palette_and_an_export_scene_does_not(dark_app, qtbot):
    editor = shown_editor(qtbot, 900, 600)
    assert editor.scene.dark_theme
    editor.view.centerOn(QPointF(-400, -200))  # an empty corner: canvas and grid only
    image = editor.view.viewport().grab().toImage()
    corner = QColor(image.pixel(5, 5))
    assert corner.lightness() < 60  # not glaring white
    node = editor.scene.nodes["triage"]
    editor.view.centerOn(node.scene_rect().center())
    image = editor.view.viewport().grab().toImage()
    inside = editor.view.mapFromScene(
        node.scene_rect().topLeft() + QPointF(12, node.scene_rect().height() - 8)
    )
    assert QColor(image.pixel(inside)).lightness() < 90  # a dark node fill
    exported = BlueprintScene(small_document())  # what export/image draws
    assert theme.of_scene(exported) == theme.light()
    exported.close()
    dark_app.setPalette(dark_app.style().standardPalette())  # back to light: it follows
    qtbot.wait(10)
    assert not editor.scene.dark_theme
    image = editor.view.viewport().grab().toImage()
    assert QColor(image.pixel(5, 5)).lightness() > 200


def test_the_heat_map_legend_is_readable_in_both_themes(dark_app, qtbot):
    from blueprint_studio.canvas.overlays.heatmap import HeatData, HeatMapOverlay

    editor = shown_editor(qtbot, 900, 600)
    overlay = HeatMapOverlay(editor.scene, editor.view)
    overlay.show_data(
        HeatData(editor.document.revision, steps={"triage": {"wait": 3.0}, "fix": {"wait": 9.0}})
    )
    legend = overlay.legend
    for _ in range(2):
        qtbot.wait(10)
        image = legend.grab().toImage()
        panel = QColor(image.pixel(image.width() - 4, image.height() - 4))
        text = legend.range.palette().color(QPalette.ColorRole.WindowText)
        assert contrast(text, panel) >= 4.5
        assert (panel.lightness() < 128) == theme.application_is_dark()
        QApplication.instance().setPalette(QApplication.instance().style().standardPalette())


@pytest.mark.parametrize("dark", [True, False], ids=["dark", "light"])
def test_diagnostics_rows_are_readable_in_both_themes(dark_app, qtbot, dark):
    from blueprint_studio.canvas.diagnostics import DiagnosticsOverlay, DiagnosticsPanel

    if not dark:
        dark_app.setPalette(dark_app.style().standardPalette())
    editor = shown_editor(qtbot, 900, 600)
    overlay = DiagnosticsOverlay(editor.scene)
    panel = DiagnosticsPanel(overlay)
    qtbot.addWidget(panel)
    overlay.run()
    editor.delete_ids(["done"])  # errors: no end, dead ends
    editor.set_lane_kind("cust", "support")  # a warning: the lanes break the lines' order
    overlay.run()
    assert any(d.is_error for d in overlay.diagnostics) and not all(d.is_error for d in overlay.diagnostics)
    base = panel.palette().color(QPalette.ColorRole.Base)
    for i in range(panel.count()):
        assert contrast(panel.item(i).foreground().color(), base) >= 4.5, panel.item(i).text()
