"""Canvas colours for the light and the dark theme: `model.style`'s palette as it is (it is also the
print palette), and a dark counterpart derived from it with readable contrast. A scene is dark only
while a view shows it in a dark application palette, so exports and thumbnails stay light.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from blueprint_studio.model import style
from blueprint_studio.model.style import EdgeStyle, LaneStyle, NodeStyle

DARK_CANVAS = "#1f2124"


@dataclass(frozen=True)
class CanvasColours:
    dark: bool
    canvas: str  # background
    grid: str
    ink: str  # titles
    muted: str  # secondary text, placeholder titles
    divider: str  # lane borders, stage dividers
    header: str  # stage header band
    header_accent: str  # the strip under stage titles
    surface: str  # handle discs, label backgrounds, inline editors
    label_border: str
    selection: str
    line: EdgeStyle  # the lines of interaction / visibility / internal interaction
    lanes: dict[str, LaneStyle] = field(default_factory=dict)
    free_lane: LaneStyle = style.FREE_LANE
    nodes: dict[str, NodeStyle] = field(default_factory=dict)
    edges: dict[str, EdgeStyle] = field(default_factory=dict)

    def lane(self, kind: str | None) -> LaneStyle:
        return self.lanes.get(kind or "", self.free_lane)

    def node(self, kind: str) -> NodeStyle:
        return self.nodes.get(kind, self.nodes["step"])

    def edge(self, kind: str) -> EdgeStyle:
        return self.edges.get(kind, self.edges["flow"])


def _mix(a: str, b: str, t: float) -> str:
    """`a` moved a fraction `t` towards `b`."""
    ca, cb = QColor(a), QColor(b)
    return QColor.fromRgbF(
        ca.redF() + (cb.redF() - ca.redF()) * t,
        ca.greenF() + (cb.greenF() - ca.greenF()) * t,
        ca.blueF() + (cb.blueF() - ca.blueF()) * t,
    ).name()


def _bright(colour: str, lightness: float = 0.68) -> str:
    """The same hue made light enough to read on a dark background."""
    c = QColor(colour).toHsl()
    return QColor.fromHslF(
        max(0.0, c.hslHueF()), min(1.0, c.hslSaturationF()), max(lightness, c.lightnessF())
    ).name()


def light() -> CanvasColours:
    return CanvasColours(
        False,
        style.CANVAS,
        style.GRID_COLOUR,
        style.INK,
        style.MUTED,
        "#b0bec5",
        "#f5f7f8",
        "#90a4ae",
        "#ffffff",
        "#cfd8dc",
        style.SELECTION,
        style.LINE_STYLE,
        dict(style.LANE_STYLES),
        style.FREE_LANE,
        dict(style.NODE_STYLES),
        dict(style.EDGE_STYLES),
    )


@lru_cache(maxsize=1)
def dark() -> CanvasColours:
    base = DARK_CANVAS
    lanes = {
        kind: LaneStyle(_mix(base, s.accent, 0.10), _mix(base, s.accent, 0.24), _bright(s.accent, 0.66))
        for kind, s in style.LANE_STYLES.items()
    }
    nodes = {
        kind: replace(s, fill=_mix("#2a2d31", s.stroke, 0.22), stroke=_bright(s.stroke, 0.62))
        for kind, s in style.NODE_STYLES.items()
    }
    edges = {
        "flow": replace(style.EDGE_STYLES["flow"], stroke="#b0bec5"),
        "association": replace(style.EDGE_STYLES["association"], stroke="#78909c"),
    }
    return CanvasColours(
        True,
        base,
        "#2a2d31",
        "#e8eaed",
        "#9aa5ab",
        "#4a5157",
        "#2a2d31",
        "#607d8b",
        "#2a2d31",
        "#4a5157",
        "#64b5f6",
        replace(style.LINE_STYLE, stroke="#b0bec5"),
        lanes,
        LaneStyle(base, "#33373b", "#9aa5ab"),
        nodes,
        edges,
    )


_LIGHT = light()


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21; 4.5 is the minimum for body text)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: QColor, background: QColor, ratio: float = 4.5) -> QColor:
    """`colour` darkened (on a light background) or lightened (on a dark one) until it reads."""
    dark = background.lightness() < 128
    for _ in range(12):
        if contrast(colour, background) >= ratio:
            break
        colour = colour.lighter(115) if dark else colour.darker(115)
    return colour


def application_is_dark() -> bool:
    app = QGuiApplication.instance()
    return app is not None and QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def of_scene(scene: Any) -> CanvasColours:
    """The colours a scene is drawn in: dark only when its view set `dark_theme` on it."""
    return dark() if getattr(scene, "dark_theme", False) else _LIGHT


def of_item(item: Any) -> CanvasColours:
    return of_scene(item.scene())
