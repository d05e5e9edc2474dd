"""`ReplayDock`: the controls of the token replay (play, pause, speed, time slider, simulated clock,
colour by priority or category). It drives a `ReplayOverlay`; it reads nothing from the document
but the ticket fields it is given, to name fields and values by their words.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.app.shell.kpi_words import number_style
from blueprint_studio.canvas.overlays.replay import ReplayOverlay
from blueprint_studio.canvas.overlays.ticket_log import TicketLog
from blueprint_studio.model.words import Glossary, glossary

SLIDER_STEPS = 1000
SPEEDS = (1.0, 10.0, 60.0, 240.0, 1440.0)  # simulated minutes per second
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Replay", "Mon"),
    QT_TRANSLATE_NOOP("Replay", "Tue"),
    QT_TRANSLATE_NOOP("Replay", "Wed"),
    QT_TRANSLATE_NOOP("Replay", "Thu"),
    QT_TRANSLATE_NOOP("Replay", "Fri"),
    QT_TRANSLATE_NOOP("Replay", "Sat"),
    QT_TRANSLATE_NOOP("Replay", "Sun"),
)


def clock_text(minutes: float) -> str:
    """'Day 3 · Wed 14:05' (simulated minute 0 is a Monday at midnight)."""
    day = int(minutes // 1440)
    rest = minutes - day * 1440
    weekday = QCoreApplication.translate("Replay", WEEKDAYS[day % 7])
    return QCoreApplication.translate("Replay", "Day {day} · {weekday} {hh:02d}:{mm:02d}").format(
        day=day + 1, weekday=weekday, hh=int(rest // 60), mm=int(rest % 60)
    )


class ReplayDock(QDockWidget):
    sig_closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Watch tickets"), parent)
        self.setObjectName("dock_replay")
        self.overlay: ReplayOverlay | None = None
        self.words: Glossary = glossary(())  # the words of the attached document's fields
        body = QWidget(self)
        layout = QVBoxLayout(body)
        row = QHBoxLayout()
        self.play_button = QPushButton(self.tr("Play"), body)
        self.play_button.setObjectName("replay_play")
        self.speed = QComboBox(body)
        for minutes in SPEEDS:
            self.speed.addItem(self._speed_text(minutes), minutes)
        self.speed.setCurrentIndex(2)
        self.colour_by = QComboBox(body)
        self.clock = QLabel("—", body)
        self.clock.setObjectName("replay_clock")
        self.clock.setStyleSheet("font-family: monospace; font-size: 14px;")
        self.stop_button = QPushButton(self.tr("Close replay"), body)
        row.addWidget(self.play_button)
        row.addWidget(QLabel(self.tr("Speed:"), body))
        row.addWidget(self.speed)
        row.addWidget(QLabel(self.tr("Colour by:"), body))
        row.addWidget(self.colour_by)
        row.addStretch(1)
        row.addWidget(self.clock)
        row.addWidget(self.stop_button)
        layout.addLayout(row)
        self.slider = QSlider(Qt.Orientation.Horizontal, body)
        self.slider.setObjectName("replay_slider")
        self.slider.setRange(0, SLIDER_STEPS)
        layout.addWidget(self.slider)
        self.legend = QLabel(body)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.legend)
        self.note = QLabel(body)  # said when the run's log was cut at its limit (TicketLog.truncated)
        self.note.setObjectName("replay_note")
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        self.setWidget(body)
        self.play_button.clicked.connect(self.toggle)
        self.speed.currentIndexChanged.connect(self._speed_changed)
        self.slider.valueChanged.connect(self._slider_moved)
        self.colour_by.currentTextChanged.connect(self._colour_changed)
        self.stop_button.clicked.connect(self.detach)
        self._set_enabled(False)

    def _speed_text(self, minutes: float) -> str:
        if minutes >= 1440:
            return self.tr("1 day / s")
        if minutes >= 60:
            return self.tr("{h:g} h / s").format(h=minutes / 60)
        return self.tr("{m:g} min / s").format(m=minutes)

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.play_button, self.speed, self.colour_by, self.slider, self.stop_button):
            widget.setEnabled(on)

    # ------------------------------------------------------------ the overlay
    def attach(self, overlay: ReplayOverlay, field_names: list[str], fields: Iterable[Any] = ()) -> None:
        """`fields`: the document's ticket fields, so that the colour choice and the legend say
        « Priorité », « Demande d’évolution » rather than ids."""
        self.detach()
        self.overlay = overlay
        french = QLocale().language() == QLocale.Language.French
        self.words = glossary(fields, "fr" if french else "en")
        overlay.sig_time.connect(self._time_changed)
        overlay.sig_playing.connect(self._playing_changed)
        self.colour_by.blockSignals(True)
        self.colour_by.clear()
        preferred = [n for n in ("priority", "category") if n in field_names]
        for name in preferred + [n for n in field_names if n not in preferred]:
            self.colour_by.addItem(self.words.field(name), name)  # the field's words; its name as data
        self.colour_by.blockSignals(False)
        if self.colour_by.count():
            overlay.set_colour_by(self.colour_by.currentData())
        overlay.set_speed(self.speed.currentData())
        self._set_enabled(True)
        self._show_legend()
        self._show_note(overlay.log)
        overlay.set_time(overlay.time)

    def _show_note(self, log: TicketLog) -> None:
        """A log cut at its limit replays only its start: say so, rather than let tickets freeze."""
        self.note.setVisible(log.truncated)
        if log.truncated:
            self.note.setText(
                self.tr(
                    "The replay holds the first {count} moves of the run's tickets only: later "
                    "tickets are not shown, and those still under way then stop where they were."
                ).format(count=number_style().number(log.limit, 0))
            )

    def detach(self) -> None:
        if self.overlay is not None:
            self.overlay.close()
            self.overlay = None
            self.sig_closed.emit()
        self._set_enabled(False)
        self.note.hide()
        self.clock.setText("—")
        self.legend.clear()

    def toggle(self) -> None:
        if self.overlay is None:
            return
        self.overlay.pause() if self.overlay.playing else self.overlay.play()

    def _playing_changed(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _speed_changed(self) -> None:
        if self.overlay is not None:
            self.overlay.set_speed(self.speed.currentData())

    def _slider_moved(self, value: int) -> None:
        if self.overlay is not None and not self.slider.signalsBlocked():
            self.overlay.set_fraction(value / SLIDER_STEPS)

    def _time_changed(self, minutes: float) -> None:
        self.clock.setText(clock_text(minutes))
        if self.overlay is not None:
            self.slider.blockSignals(True)
            self.slider.setValue(round(self.overlay.fraction * SLIDER_STEPS))
            self.slider.blockSignals(False)

    def _colour_changed(self, _shown: str) -> None:
        name = self.colour_by.currentData()
        if self.overlay is not None and name:
            self.overlay.set_colour_by(name)
            self.overlay.set_time(self.overlay.time)
            self._show_legend()

    def _show_legend(self) -> None:
        if self.overlay is None:
            return
        field = self.overlay.colour_by
        parts = [
            f'<span style="color:{c.name()}">●</span> {html.escape(self._value_words(field, v))}'
            for v, c in self.overlay.legend()
        ]
        self.legend.setText("&nbsp;&nbsp;".join(parts))

    def _value_words(self, field: str, value: str) -> str:
        """A value of the event log (always text there) in words: its label, yes or no."""
        if value in ("True", "False"):
            return self.words.value(field, value == "True")
        return self.words.value(field, value)
