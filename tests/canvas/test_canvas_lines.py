"""The three lines on the canvas: each painted with its own pattern (model.style.LINE_STYLES, the
PDF's too), in the theme's colour, its label inside the lanes; and one heat-colour scale for the
window and the PDF."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPainter

from blueprint_studio import resources
from blueprint_studio.canvas.overlays.legend import heat_colour
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.model import style
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load


class RecordingPainter(QPainter):
    """A painter that remembers the pens it is given."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.pens: list = []

    def setPen(self, pen) -> None:  # noqa: N802 - Qt's name
        self.pens.append(pen)
        super().setPen(pen)


def scene_of(name: str) -> BlueprintScene:
    return BlueprintScene(Document(load(resources.template_path(name, "en"))))


def test_each_line_is_painted_in_its_own_pattern(qapp):
    scene = scene_of("service_blueprint")
    assert sorted(line.code for line in scene.lines) == ["interaction", "internal_interaction", "visibility"]
    drawn = {}
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    for line in scene.lines:
        painter = RecordingPainter(image)
        line.paint(painter, None, None)
        painter.end()
        pen = painter.pens[0]  # the line's own pen; the label's frame comes after
        ls = style.line_style(line.code)
        assert pen.widthF() == ls.width
        assert tuple(pen.dashPattern()) == ls.dash
        drawn[line.code] = (pen.widthF(), tuple(pen.dashPattern()))
    assert len(set(drawn.values())) == 3


def test_line_labels_sit_inside_the_lanes(qapp):
    for name in ("service_blueprint", "tiered_support"):
        scene = scene_of(name)
        for line in scene.lines:
            label = line.label_rect()
            assert 0 <= label.left() and label.right() <= scene.extent, (name, line.code)


def test_the_window_and_the_pdf_share_one_heat_scale(qapp):
    for i in range(11):
        t = i / 10
        screen, paper = heat_colour(t), style.heat_colour(t)
        assert abs(screen.red() - int(paper[1:3], 16)) <= 1
        assert abs(screen.green() - int(paper[3:5], 16)) <= 1
        assert abs(screen.blue() - int(paper[5:7], 16)) <= 1
