"""The results dock's KPI card and the colours it takes from the palette (light or dark theme):
a card shows one figure, its 95 % interval in the same unit, or why there is none."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from blueprint_studio.app.shell.kpi_words import kpi_figure
from blueprint_studio.model.sim.stats import UNMEASURED, Estimate


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """`a` blended with `share_of_b` of `b`: muted text, tinted rows that follow the theme."""
    t = max(0.0, min(1.0, share_of_b))
    return QColor.fromRgbF(*(x * (1 - t) + y * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3])))


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class KpiCard(QFrame):
    """One KPI: title, value, and its interval ("95 % CI 14.0 – 17.2 h") or why there is none."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._restyling = False
        self.setObjectName(f"kpi_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel(self)
        self.title.setObjectName("kpi_title")
        self.title.setWordWrap(True)
        self.value = QLabel("—", self)
        self.value.setObjectName("kpi_value")
        self.interval = QLabel(self)
        self.interval.setObjectName("kpi_interval")
        self.interval.setWordWrap(True)
        for label in (self.title, self.value, self.interval):
            layout.addWidget(label)
        self.restyle()

    def restyle(self, palette: QPalette | None = None) -> None:
        """Colours from the palette, so the card reads in the light and the dark theme alike."""
        self._restyling = True
        # the dock's or parent's palette: a widget's own one is fixed by its style sheet once polished
        p = palette or (self.parentWidget().palette() if self.parentWidget() else QApplication.palette())
        base, text = p.color(QPalette.ColorRole.Base), p.color(QPalette.ColorRole.Text)
        border, muted = mix(base, text, 0.22), mix(text, base, 0.38)
        self.setStyleSheet(
            f"KpiCard {{ background: {base.name()}; border: 1px solid {border.name()}; border-radius: 6px; }}"
            f"KpiCard QLabel {{ color: {text.name()}; background: transparent; }}"
            f"KpiCard QLabel#kpi_value {{ font-size: 17px; font-weight: bold; }}"
            f"KpiCard QLabel#kpi_title, KpiCard QLabel#kpi_interval {{ color: {muted.name()}; }}"
            f"KpiCard QLabel#kpi_interval {{ font-size: 11px; }}"
            f"KpiCard QLabel:disabled {{ color: {mix(text, base, 0.6).name()}; }}"
        )
        self._restyling = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self.restyle()
        super().changeEvent(event)

    def show_cell(self, title: str, key: str, cell: Estimate | None, runs: int) -> None:
        """`cell`: mean, ci_low, ci_high, n (the replications that measured it) of `runs`."""
        cell = UNMEASURED if cell is None else cell
        self.title.setText(title)
        figure = kpi_figure(key, cell.mean, cell.ci_low, cell.ci_high)
        self.value.setText(figure.value)
        self.value.setToolTip(self.tr("Mean over the replications that measured it"))
        self.interval.setText(self._interval_text(figure, cell, runs))

    def _interval_text(self, figure, cell: Estimate, runs: int) -> str:
        n = cell.n
        mean = cell.mean
        if mean != mean:
            return self.tr("not measured in these runs")
        if figure.has_interval:
            if cell.half_width == 0 or figure.low == figure.high:
                return self.tr("the same in every run")
            return self.tr("95 % CI {span}").format(span=figure.span)
        if runs <= 1:
            return self.tr("one run: no interval")
        return self.tr("measured in {n} of {runs} runs: no interval").format(n=n, runs=runs)
