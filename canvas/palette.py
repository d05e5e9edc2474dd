"""`PaletteWidget`: every node kind with its shape as an icon; drag one onto the canvas, click
one and then click on the canvas, or press Enter on one to insert it next to the selection.
It only announces intents; the editor makes the commands.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QMimeData, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from blueprint_studio.canvas.items.node import kind_name
from blueprint_studio.canvas.items.shapes import draw_icon, outline
from blueprint_studio.canvas.view import PALETTE_MIME
from blueprint_studio.model.schema import NODE_KINDS
from blueprint_studio.model.style import node_style


def kind_icon(kind: str, size: QSize = QSize(44, 30)) -> QIcon:
    """The kind's shape and sign; drawn once per kind and size (the palette, the Insert menu and
    every palette made again after a language change share it)."""
    return _kind_icon(kind, size.width(), size.height())


@cache
def _kind_icon(kind: str, width: int, height: int) -> QIcon:
    size = QSize(width, height)
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    style = node_style(kind)
    rect = QRectF(2, 2, size.width() - 4, size.height() - 4)
    pen = QPen(QColor(style.stroke), 1.5)
    if style.dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(QBrush(QColor(style.fill)))
    painter.drawPath(outline(style.shape, rect))
    draw_icon(
        painter,
        style.icon,
        QRectF(rect.center().x() - 5, rect.center().y() - 5, 10, 10),
        QColor(style.stroke),
    )
    painter.end()
    return QIcon(pixmap)


class PaletteWidget(QListWidget):
    sig_place_requested = Signal(str)  # a kind was clicked: place it with the next canvas click
    sig_insert_requested = Signal(str)  # Enter on a kind: insert it next to the canvas selection

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvas_palette")
        self.setIconSize(QSize(44, 30))
        self.setDragEnabled(True)
        self.setDragDropMode(QListWidget.DragDropMode.DragOnly)
        self.setSpacing(2)
        for kind in NODE_KINDS:
            item = QListWidgetItem(kind_icon(kind), kind_name(kind))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(
                self.tr(
                    "Drag onto the canvas, or click then click on the canvas; "
                    "Enter inserts it next to the selected node"
                )
            )
            self.addItem(item)
        self.itemClicked.connect(
            lambda item: self.sig_place_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        item = self.currentItem()
        if item is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.sig_insert_requested.emit(item.data(Qt.ItemDataRole.UserRole))
            event.accept()
            return
        super().keyPressEvent(event)

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [PALETTE_MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # noqa: N802
        return mime_for(items[0].data(Qt.ItemDataRole.UserRole)) if items else QMimeData()


def mime_for(kind: str) -> QMimeData:
    data = QMimeData()
    data.setData(PALETTE_MIME, QByteArray(kind.encode("utf-8")))
    return data
