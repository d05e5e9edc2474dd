"""SVG and PNG of a blueprint, drawn by the canvas's own scene (the one Qt module of export/),
so the images look exactly like the editor. Works headless: without a display it uses Qt's
offscreen platform. Never changes the document.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from blueprint_studio.export.safe_text import xml_document_safe, xml_safe
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import match_permissions, os_reason
from blueprint_studio.model.schema import Blueprint

MARGIN = 24.0
SCREEN_DPI = 96.0  # one scene unit is one pixel at 96 dpi (zoom 100 %)
MAX_PIXELS = 400_000_000  # a 20,000 x 20,000 image; beyond, ask for a lower resolution
BAND_ROWS = 512  # the PNG is painted in bands of rows, to report progress

MESSAGES = {  # English for the command line; the window words the codes itself
    "bad_dpi": "the resolution must be between 24 and 1200 dpi, not {dpi}",
    "too_large": "a {width} x {height} image is too large; use a lower --dpi",
    "no_folder": "the folder {folder} does not exist",
    "not_writable": "could not write {name}: {reason}",
    "refused": "could not write {name}: the disk refused the data",
    "no_permission": "you are not allowed to write in the folder {folder}",
    "cancelled": "the export was cancelled",
}


class ImageExportError(Exception):
    """The image cannot be made (size, folder, format); `code` and `params` say why, `str()` in
    English."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(MESSAGES[code].format(**params))
        self.code, self.params = code, params


def _application():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([sys.argv[0] if sys.argv else "blueprint-studio"])
    return app


def _scene(blueprint: Blueprint):
    from blueprint_studio.canvas.scene import BlueprintScene

    scene = BlueprintScene(Document(blueprint))
    scene.finish_now()  # a large drawing's detours and labels, which a window gets from its event loop
    scene.clearSelection()
    rect = scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    return scene, rect


def font_dpi() -> float:
    """The resolution the canvas measured its text at (Qt's default, the screen's logical dpi).
    Point sizes turn into pixels at the paint device's dpi: a device at another dpi would draw
    the scene's text larger or smaller than the boxes laid out for it."""
    from PySide6.QtGui import QImage

    return float(QImage(1, 1, QImage.Format.Format_ARGB32).logicalDpiY())


def png_size(blueprint_rect_width: float, blueprint_rect_height: float, dpi: int) -> tuple[int, int]:
    scale = dpi / SCREEN_DPI
    return max(1, round(blueprint_rect_width * scale)), max(1, round(blueprint_rect_height * scale))


def write_png(
    blueprint: Blueprint,
    path: str | Path,
    dpi: int = 200,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> tuple[int, int]:
    """Render at `dpi` (the canvas is drawn at 96 dpi, so 192 dpi doubles it); returns the size.
    `progress` gets the fraction painted; `cancel` returning True stops with code 'cancelled'."""
    from PySide6.QtGui import QColor, QImage

    if not 24 <= dpi <= 1200:
        raise ImageExportError("bad_dpi", dpi=dpi)
    app = _application()
    scene, rect = _scene(blueprint)
    width, height = png_size(rect.width(), rect.height(), dpi)
    if width * height > MAX_PIXELS:
        raise ImageExportError("too_large", width=width, height=height)
    _check_folder(path)
    # The image keeps Qt's default dpi while it is painted, the one the scene measured its text
    # at; the painter's scale alone enlarges everything. The file's dpi is stamped afterwards.
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    _paint_bands(scene, rect, image, progress, cancel)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    # PySide6's stubs type the format as bytes, but at run time (6.11) save accepts only a str.
    _save(lambda target: image.save(str(target), "PNG"), path)  # type: ignore[call-overload]
    scene.close()
    del scene, app
    return width, height


def _paint_bands(
    scene: Any,
    rect: Any,
    image: Any,
    progress: Callable[[float], None] | None,
    cancel: Callable[[], bool] | None,
) -> None:
    """Paint the scene into `image` band by band (same transform for each, so no seam)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QPainter

    width, height = image.width(), image.height()
    to_scene = rect.height() / height
    painter = QPainter(image)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    try:
        for top in range(0, height, BAND_ROWS):
            if cancel is not None and cancel():
                raise ImageExportError("cancelled")
            rows = min(BAND_ROWS, height - top)
            source = QRectF(rect.left(), rect.top() + top * to_scene, rect.width(), rows * to_scene)
            scene.render(painter, QRectF(0, top, width, rows), source, Qt.AspectRatioMode.IgnoreAspectRatio)
            if progress is not None:
                progress((top + rows) / height)
    finally:
        painter.end()


def write_svg(blueprint: Blueprint, path: str | Path) -> None:
    """A vector SVG with selectable text, titled after the blueprint, sized like the canvas at
    100 % and always well-formed XML (what XML 1.0 cannot hold is left out)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    app = _application()
    scene, rect = _scene(blueprint)
    _check_folder(path)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(round(font_dpi()))  # text at the size the canvas laid it out for
    generator.setSize(QSize(round(rect.width()), round(rect.height())))
    generator.setViewBox(QRect(0, 0, round(rect.width()), round(rect.height())))
    generator.setTitle(xml_safe(blueprint.meta.title) or "Blueprint")
    generator.setDescription(xml_safe(blueprint.meta.description[:500]))
    painter = QPainter()
    if painter.begin(generator):
        scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
        painter.end()
    buffer.close()
    text = xml_document_safe(bytes(data.data()).decode("utf-8", errors="replace"))
    _save(lambda target: target.write_text(text, encoding="utf-8") > 0, path)
    scene.close()
    del scene, app


def _check_folder(path: str | Path) -> None:
    folder = Path(path).parent
    if not folder.exists():
        raise ImageExportError("no_folder", folder=str(folder))


def _save(write: Callable[[Path], bool], path: str | Path) -> None:
    """Write beside the target and rename, so a failure never leaves half an image."""
    path = Path(path)
    _check_folder(path)
    temporary = path.with_name(f".{path.name}.tmp{path.suffix}")
    try:
        if not write(temporary):  # Qt's writers say only False: find out why
            if not os.access(path.parent, os.W_OK):
                raise ImageExportError("no_permission", folder=str(path.parent))
            raise ImageExportError("refused", name=path.name)
        match_permissions(temporary, path)  # an image replacing another keeps its permissions
        os.replace(temporary, path)
    except PermissionError:
        raise ImageExportError("no_permission", folder=str(path.parent)) from None
    except OSError as exc:  # `reason_code` lets the window and the command line word it (model/load_texts)
        code, reason = os_reason(exc)
        raise ImageExportError("not_writable", name=path.name, reason=reason, reason_code=code) from None
    finally:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:  # a name the system refuses was never written: nothing to remove
            pass
