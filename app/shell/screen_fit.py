"""Window geometry that fits the screen: the first-run size, a restored geometry pulled back onto
the available area (a smaller or detached monitor), and bottom-dock heights that leave the canvas
room. Pure rectangle arithmetic on Qt value types; it never shows or moves a window itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, QTimer

PREFERRED = QSize(1360, 860)  # the first-run size on a screen large enough for it
FRAME_GUESS = QMargins(4, 32, 4, 4)  # title bar and borders before the window manager reports them
MIN_CANVAS_SHARE = 0.5  # of the window's height, kept for the canvas under a bottom dock


def first_run_rect(available: QRect, frame: QMargins = FRAME_GUESS) -> QRect:
    """The preferred size, shrunk to fit `available` with its frame, centred there."""
    room = available.marginsRemoved(frame)
    size = PREFERRED.boundedTo(room.size())
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(room.center())
    return rect


def clamped_rect(
    window: QRect, available: QRect, frame: QMargins = FRAME_GUESS, minimum: QSize = QSize(0, 0)
) -> QRect:
    """`window` (client area) moved onto `available`, and when it is too big for it, shrunk to it
    less the frame; never smaller than `minimum` (Qt would refuse it anyway). A window that fits
    keeps its size, so a session restored on the same screen comes back exactly."""
    fits = window.width() <= available.width() and window.height() <= available.height()
    room = available if fits else available.marginsRemoved(frame)
    size = window.size().boundedTo(room.size()).expandedTo(minimum)
    left = max(room.left(), min(window.left(), room.right() + 1 - size.width()))
    top = max(room.top(), min(window.top(), room.bottom() + 1 - size.height()))
    return QRect(left, top, size.width(), size.height())


def bottom_dock_height(window_height: int, wanted: int = 320, least: int = 160, chrome: int = 120) -> int:
    """A bottom dock's height: `wanted` when the window is tall, never so much that the canvas
    gets less than MIN_CANVAS_SHARE of the window (after `chrome`: menus, toolbar, tab and
    status bars), and at least `least`."""
    room = window_height - chrome - int(window_height * MIN_CANVAS_SHARE)
    return max(least, min(wanted, room))


def available_rect(widget) -> QRect:
    """The available area (without panels and docks of the desktop) of the screen the widget is
    on, or of the primary screen before it is shown."""
    from PySide6.QtGui import QGuiApplication

    screen = widget.screen() if widget.isVisible() else None
    if screen is None:
        screen = QGuiApplication.screenAt(widget.geometry().center()) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def frame_of(widget) -> QMargins:
    """The window frame's margins, as reported once shown, else a guess."""
    outer, inner = widget.frameGeometry(), widget.geometry()
    if widget.isVisible() and outer != inner:
        return QMargins(
            inner.left() - outer.left(),
            inner.top() - outer.top(),
            outer.right() - inner.right(),
            outer.bottom() - inner.bottom(),
        )
    return FRAME_GUESS


def keep_canvas_room(window) -> None:
    """Shrink the visible bottom docks when they leave the canvas less than its share of the
    window (a layout saved in a taller window, or on a bigger screen)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    central = window.centralWidget()
    if central is None or window.isMinimized() or central.height() >= window.height() * MIN_CANVAS_SHARE:
        return
    bottom = [
        d
        for d in window.findChildren(QDockWidget)
        if d.isVisible()
        and not d.isFloating()
        and window.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea
    ]
    if bottom:
        window.resizeDocks(
            bottom, [bottom_dock_height(window.height())] * len(bottom), Qt.Orientation.Vertical
        )


class _FirstShow(QObject):
    """Runs `keep_canvas_room` once the window is first laid out on screen, then goes away."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched, lambda: keep_canvas_room(watched))
            self.deleteLater()
        return False


def keep_canvas_room_when_shown(window) -> None:
    window.installEventFilter(_FirstShow(window))
