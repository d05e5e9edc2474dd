"""`BadgeItem`: the diagnostics overlay's mark on a faulty element (a child of its item).

Not part of the document and never undoable; the overlay creates and drops badges.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from blueprint_studio.model.style import ERROR, WARNING

SIZE = 16.0


class BadgeItem(QGraphicsItem):
    def __init__(self, severity: str, tooltip: str, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.severity = severity
        self.setToolTip(tooltip)
        self.setZValue(50)
        self.setAcceptHoverEvents(True)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-SIZE / 2, -SIZE / 2, SIZE, SIZE)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colour = QColor(ERROR if self.severity == "error" else WARNING)
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(QBrush(colour))
        painter.drawEllipse(self.boundingRect().adjusted(1, 1, -1, -1))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(11)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(self.boundingRect(), int(Qt.AlignmentFlag.AlignCenter), "!")
