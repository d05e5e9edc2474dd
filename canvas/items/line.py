"""`LineItem`: a labelled line (interaction, visibility, internal interaction) at a lane boundary,
each in its own pattern from `model.style`. Derived from lane order by the scene; not selectable,
never edited.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from blueprint_studio.canvas import theme
from blueprint_studio.model.style import FONT_FAMILY, line_style

LINE_NAMES = {
    "interaction": QT_TRANSLATE_NOOP("Canvas", "Line of interaction"),
    "visibility": QT_TRANSLATE_NOOP("Canvas", "Line of visibility"),
    "internal_interaction": QT_TRANSLATE_NOOP("Canvas", "Line of internal interaction"),
}


def line_pen(code: str, stroke: str) -> QPen:
    """The pen of the line `code` in `stroke`: its width and dash pattern from `model.style`
    (in pen widths, flat ends, as the PDF draws it)."""
    ls = line_style(code)
    pen = QPen(QColor(stroke), ls.width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setDashPattern(list(ls.dash))
    return pen


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
        # at the right end of the lanes, inside them: never past their end, nor left of x = 0
        right = max(extent - 8, self._label.width() + 8)
        self._label.moveTopRight(QPointF(right, -self._label.height() / 2))

    def label_rect(self) -> QRectF:
        """The label's box in scene coordinates."""
        return self.mapRectToScene(self._label)

    def boundingRect(self) -> QRectF:  # noqa: N802
        width = max(self._extent, self._label.right())
        return QRectF(0, -self._label.height(), width, 2 * self._label.height())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colours = theme.of_item(self)
        line = colours.line  # the theme's colour; the pattern is this line's own
        painter.setPen(line_pen(self.code, line.stroke))
        painter.drawLine(QPointF(0, 0), QPointF(self._label.left() - 4, 0))
        painter.drawLine(QPointF(self._label.right() + 4, 0), QPointF(self._extent, 0))
        painter.setPen(QPen(QColor(line.stroke), 0.8))
        painter.setBrush(QBrush(QColor(colours.surface)))
        painter.drawRoundedRect(self._label, 3, 3)
        painter.setFont(self._font)
        painter.drawText(self._label, int(Qt.AlignmentFlag.AlignCenter), self.text)
