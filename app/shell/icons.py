"""Bundled SVG icons (resources/icons), drawn for this application. In a light theme Qt's SVG
icon engine draws them as they are; in a dark one the blue strokes are lightened and the icon is
rendered at every common size and pixel ratio, so it stays sharp on high-DPI screens.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from blueprint_studio import resources

ICONS = resources.folder("icons")
APP_ICON = "blueprint-studio"
STROKE, STROKE_ON_DARK = "#2f6690", "#9cc3e6"
SIZES = (16, 20, 24, 32, 48, 64)


def dark_theme() -> bool:
    app = QGuiApplication.instance()
    return app is not None and app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def icon(name: str) -> QIcon:
    return _icon(name, dark_theme() and name != APP_ICON)


@cache
def _icon(name: str, dark: bool) -> QIcon:
    path = ICONS / f"{name}.svg"
    if not path.exists():
        return QIcon()
    if not dark:
        return QIcon(str(path))
    renderer = QSvgRenderer(QByteArray(path.read_text("utf-8").replace(STROKE, STROKE_ON_DARK).encode()))
    result = QIcon()
    for size in SIZES:
        for ratio in (1, 2):
            pixmap = QPixmap(size * ratio, size * ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            result.addPixmap(pixmap)
    return result


def app_icon() -> QIcon:
    return icon(APP_ICON)
