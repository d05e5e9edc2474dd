"""SVG and PNG of a blueprint, drawn by the canvas's own scene (the one Qt module of export/),
so the images look exactly like the editor. Works headless: without a display it uses Qt's
offscreen platform. Never changes the document.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from model.document import Document
from model.schema import Blueprint

MARGIN = 24.0
SCREEN_DPI = 96.0
MAX_PIXELS = 400_000_000          # a 20,000 x 20,000 image; beyond, ask for a lower resolution


class ImageExportError(Exception):
    """The image cannot be made (size, folder, format); the message says why."""


def _application():
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([sys.argv[0] if sys.argv else "blueprint-studio"])
    return app


def _scene(blueprint: Blueprint):
    from canvas.scene import BlueprintScene
    scene = BlueprintScene(Document(blueprint))
    scene.clearSelection()
    rect = scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    return scene, rect


def write_png(blueprint: Blueprint, path: str | Path, dpi: int = 200) -> tuple[int, int]:
    """Render at `dpi` (the canvas is drawn at 96 dpi, so 192 dpi doubles it); returns the size."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    if not 24 <= dpi <= 1200:
        raise ImageExportError(f"the resolution must be between 24 and 1200 dpi, not {dpi}")
    app = _application()
    scene, rect = _scene(blueprint)
    scale = dpi / SCREEN_DPI
    width, height = max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale))
    if width * height > MAX_PIXELS:
        raise ImageExportError(f"a {width} x {height} image is too large; use a lower --dpi")
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    scene.render(painter, QRectF(0, 0, width, height), rect, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    _save(lambda target: image.save(str(target), "PNG"), path)
    scene.close()
    del scene, app
    return width, height


def write_svg(blueprint: Blueprint, path: str | Path) -> None:
    """A vector SVG with selectable text, titled after the blueprint."""
    from PySide6.QtCore import QRect, QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator
    app = _application()
    scene, rect = _scene(blueprint)

    def render(target: Path) -> bool:
        generator = QSvgGenerator()
        generator.setFileName(str(target))
        generator.setSize(QSize(round(rect.width()), round(rect.height())))
        generator.setViewBox(QRect(0, 0, round(rect.width()), round(rect.height())))
        generator.setTitle(blueprint.meta.title or "Blueprint")
        generator.setDescription(blueprint.meta.description[:500])
        painter = QPainter()
        if not painter.begin(generator):
            return False
        scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
        return painter.end()
    _save(render, path)
    scene.close()
    del scene, app


def _save(write, path: str | Path) -> None:
    """Write beside the target and rename, so a failure never leaves half an image."""
    path = Path(path)
    if not path.parent.exists():
        raise ImageExportError(f"the folder {path.parent} does not exist")
    temporary = path.with_name(f".{path.name}.tmp{path.suffix}")
    try:
        if not write(temporary):
            raise ImageExportError(f"could not write {path.name}")
        os.replace(temporary, path)
    except OSError as exc:
        raise ImageExportError(f"could not write {path.name}: {exc.strerror or exc}") from None
    finally:
        if temporary.exists():
            temporary.unlink()
