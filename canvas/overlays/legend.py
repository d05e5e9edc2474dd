"""`HeatLegend`: the heat map's colour scale and its "results out of date" note, floating in the
top-right corner of the view (a widget, so it stays put while the drawing scrolls and zooms).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QLinearGradient, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from blueprint_studio.model import style

MARGIN = 12


def tr(text: str) -> str:
    return QCoreApplication.translate("Simulation", text)


def heat_colour(t: float, diverging: bool = False) -> QColor:
    """The heat scale of `model.style` (which the PDF prints too) as a Qt colour."""
    hsv = style.heat_hsv(t, diverging)
    return QColor(style.HEAT_NONE) if hsv is None else QColor.fromHsvF(*hsv)


class _ScaleBar(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.diverging = False
        self.setFixedHeight(12)
        self.setMinimumWidth(160)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        gradient = QLinearGradient(0, 0, self.width(), 0)
        for i in range(11):
            t = i / 10
            gradient.setColorAt(t, heat_colour(2 * t - 1 if self.diverging else t, self.diverging))
        painter.fillRect(self.rect(), gradient)
        painter.end()


class HeatLegend(QFrame):
    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.setObjectName("heatmap_legend")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.bar = _ScaleBar(self)
        self.range = QLabel(self)
        self.note = QLabel(tr("Results out of date: the drawing changed since this run."), self)
        self.note.setObjectName("heatmap_stale")
        self.note.setWordWrap(True)
        for widget in (self.title, self.bar, self.range, self.note):
            layout.addWidget(widget)
        self._colour()
        self.hide()
        view.installEventFilter(self)

    def _colour(self) -> None:
        """Panel and text from the application palette (a fixed white panel would put the dark
        theme's light text on white), slightly see-through over the drawing."""
        palette = QGuiApplication.palette()  # not its own: the sheet below colours that
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        panel = palette.color(QPalette.ColorRole.Base if not dark else QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText).name()
        border = palette.color(QPalette.ColorRole.Mid).name()
        sheet = (
            f"#heatmap_legend {{ background: rgba({panel.red()},{panel.green()},{panel.blue()},235);"
            f" border: 1px solid {border}; border-radius: 4px; }}"
            f" #heatmap_legend QLabel {{ color: {text}; background: transparent; }}"
            f" #heatmap_legend QLabel#heatmap_stale {{ color: {'#ff8a80' if dark else '#b71c1c'}; }}"
        )
        if sheet != self.styleSheet():  # a new sheet re-polishes, which changes the palette again
            self.setStyleSheet(sheet)

    def show_scale(self, title: str, low: str, high: str, diverging: bool, stale: bool) -> None:
        self.title.setText(title)
        self.bar.diverging = diverging
        self.bar.update()
        self.range.setText(f"{low}  …  {high}")
        self.note.setVisible(stale)
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.move(parent.width() - self.width() - MARGIN - 16, MARGIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self._place()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._colour()  # through the view: a widget with a style sheet hears no palette change
        return False
