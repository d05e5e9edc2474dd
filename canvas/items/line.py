"""`LineItem`: a labelled dashed line (interaction, visibility, internal interaction) at a lane
boundary. Derived from lane order by the scene; not selectable, never edited.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from blueprint_studio.canvas import theme
from blueprint_studio.model.style import FONT_FAMILY

LINE_NAMES = {
    "interaction": QT_TRANSLATE_NOOP("Canvas", "Line of interaction"),
    "visibility": QT_TRANSLATE_NOOP("Canvas", "Line of visibility"),
    "internal_interaction": QT_TRANSLATE_NOOP("Canvas", "Line of internal interaction"),
}


class LineItem(QGraphicsItem):
    def __init__(self, code: str, y: float, extent: float) -> None:
        super().__init__()
        self.code = code
        self.text = QCoreApplication.translate("Canvas", str(LINE_NAMES.get(code, code)))
        self._font = QFont(FONT_FAMILY)
        self._font.setPointSizeF(7.5)
        self._font.setItalic(True)
        size = QFontMetricsF(self._font).size(0, self.text)
        self._label = QRectF(0, 0, size.width() + 10, size.height() + 2)
        self._extent = extent
        self.setZValue(2)
        self.set_geometry(y, extent)

    def set_geometry(self, y: float, extent: float) -> None:
        self.prepareGeometryChange()
        self._extent = extent
        self.setPos(0, y)
        self._label.moveTopRight(QPointF(extent - 8, -self._label.height() / 2))

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, -self._label.height(), self._extent, 2 * self._label.height())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colours = theme.of_item(self)
        line = colours.line
        pen = QPen(QColor(line.stroke), line.width)
        pen.setDashPattern(list(line.dash))
        painter.setPen(pen)
        painter.drawLine(QPointF(0, 0), QPointF(self._label.left() - 4, 0))
        painter.drawLine(QPointF(self._label.right() + 4, 0), QPointF(self._extent, 0))
        painter.setPen(QPen(QColor(line.stroke), 0.8))
        painter.setBrush(QBrush(QColor(colours.surface)))
        painter.drawRoundedRect(self._label, 3, 3)
        painter.setFont(self._font)
        painter.drawText(self._label, int(Qt.AlignmentFlag.AlignCenter), self.text)
