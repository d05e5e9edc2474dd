"""Helpers for comparing images by content: an exported PNG against what the canvas shows on
screen at the same scale, block-averaged so that anti-aliasing and a one-pixel offset do not
count but text drawn at another size does."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage

BLOCK = 4  # pixels averaged together before comparing


def pixels(image: QImage) -> np.ndarray:
    """Height x width x RGB as floats."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    data = data[:, : image.width() * 4].reshape(image.height(), image.width(), 4)
    return data[:, :, [2, 1, 0]].astype(np.float64)  # BGRA in memory on little-endian


def blocks(array: np.ndarray, size: int = BLOCK) -> np.ndarray:
    h, w = array.shape[0] // size * size, array.shape[1] // size * size
    return array[:h, :w].reshape(h // size, size, w // size, size, -1).mean(axis=(1, 3))


@dataclass
class Difference:
    mean: float  # mean absolute difference per channel, 0-255, after block averaging
    changed: float  # share of blocks differing by more than 40 on some channel
    ink: float  # share of blocks that are not near-white on screen (is there anything?)


def screen_view(scene, scale: float, size: tuple[int, int] = (1000, 700)):
    """The canvas's own view of `scene` at `scale` (no grid, no scroll bars), shown."""
    from blueprint_studio.canvas.view import BlueprintView

    view = BlueprintView(scene)
    view.show_grid = False
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFrameShape(view.Shape.NoFrame)
    view.resize(*size)
    view.set_zoom(scale)
    return view


def grab_at(view, scene_point: QPointF) -> tuple[QImage, QPointF]:
    """What the view shows with `scene_point` at its centre, and the scene point of its top-left
    pixel."""
    view.centerOn(scene_point)
    image = view.viewport().grab().toImage()
    return image, view.mapToScene(QPoint(0, 0))


def compare(
    exported: QImage, exported_origin: QPointF, screen: QImage, screen_origin: QPointF, scale: float
) -> Difference:
    """Compare the part of `exported` (whose pixel 0,0 is scene point `exported_origin`, at
    `scale` pixels per scene unit) that `screen` shows."""
    dx = round((screen_origin.x() - exported_origin.x()) * scale)
    dy = round((screen_origin.y() - exported_origin.y()) * scale)
    # only where both images have pixels (the screen may show beyond the exported margin)
    left, top = max(0, -dx), max(0, -dy)
    right = min(screen.width(), exported.width() - dx)
    bottom = min(screen.height(), exported.height() - dy)
    assert right - left >= 100 and bottom - top >= 100, "the screen shows too little of the image"
    a = blocks(pixels(exported.copy(dx + left, dy + top, right - left, bottom - top)))
    b = blocks(pixels(screen.copy(left, top, right - left, bottom - top)))
    delta = np.abs(a - b)
    return Difference(
        float(delta.mean()), float((delta.max(axis=2) > 40).mean()), float((b.min(axis=2) < 200).mean())
    )


def scene_rect_of_png(scene, margin: float) -> QRectF:
    return scene.itemsBoundingRect().adjusted(-margin, -margin, margin, margin)
