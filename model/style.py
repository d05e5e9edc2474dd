"""How a blueprint looks, as pure data: colours, shapes, icons and line styles per lane, node and
edge kind, the heat map's colour scale, and the layout dimensions shared by the canvas and the PDF
exporter.

No Qt and no drawing code here: renderers read these tables and draw with their own toolkit.
"""

from __future__ import annotations

import colorsys
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# ---------------------------------------------------------------- layout (scene units = points)
GRID = 10.0  # snapping step and background grid
LANE_HEADER_WIDTH = 150.0  # lane titles sit in a band left of x = 0
STAGE_HEADER_HEIGHT = 40.0  # stage titles sit in a band above y = 0
MIN_EXTENT = 800.0  # a drawing is at least this wide
EXTENT_MARGIN = 120.0  # room right of the last node
NODE_MIN_WIDTH = 40.0
NODE_MIN_HEIGHT = 30.0
CORNER_RADIUS = 10.0  # rounded corners of orthogonal edges

FONT_FAMILY = "DejaVu Sans"
TITLE_POINT_SIZE = 9.0
HEADER_POINT_SIZE = 10.0

# ---------------------------------------------------------------- palette
INK = "#263238"  # text
MUTED = "#607d8b"  # secondary text, lines
GRID_COLOUR = "#f1f3f5"
SELECTION = "#1e88e5"
ERROR = "#d32f2f"
WARNING = "#f9a825"
CANVAS = "#ffffff"


@dataclass(frozen=True)
class LaneStyle:
    fill: str  # the band
    header: str  # the title cell at the left
    accent: str  # a strip at the left edge of the header, and the title colour


@dataclass(frozen=True)
class NodeStyle:
    shape: str  # rounded, pill, diamond, hexagon, document, note, chevron, octagon
    fill: str
    stroke: str
    icon: str  # a glyph name the renderer knows how to draw
    stroke_width: float = 1.4
    dashed: bool = False


@dataclass(frozen=True)
class EdgeStyle:
    stroke: str
    width: float
    dash: tuple[float, ...]  # empty = solid; else on/off lengths in units of the pen width
    arrow: bool


LANE_STYLES: dict[str, LaneStyle] = {
    "customer": LaneStyle("#fff8e6", "#fdecc0", "#c77700"),
    "frontstage": LaneStyle("#eef5fc", "#d6e7f8", "#1565c0"),
    "backstage": LaneStyle("#eff7ef", "#d5ecd6", "#2e7d32"),
    "support": LaneStyle("#f4f0f9", "#e3d9f0", "#5e35b1"),
    "evidence": LaneStyle("#f6f6f6", "#e6e6e6", "#546e7a"),
    "custom": LaneStyle("#fcf2ee", "#f5ddd3", "#bf360c"),
}
FREE_LANE = LaneStyle(CANVAS, "#eeeeee", MUTED)

NODE_STYLES: dict[str, NodeStyle] = {
    "intake": NodeStyle("pill", "#e8f5e9", "#2e7d32", "intake", 1.8),
    "step": NodeStyle("rounded", "#ffffff", "#1565c0", "step"),
    "decision": NodeStyle("diamond", "#fff3e0", "#e65100", "decision"),
    "wait": NodeStyle("rounded", "#efebe9", "#6d4c41", "wait", 1.4, True),
    "satisfaction": NodeStyle("hexagon", "#fce4ec", "#ad1457", "satisfaction"),
    "roadmap": NodeStyle("chevron", "#f3e5f5", "#6a1b9a", "roadmap"),
    "end": NodeStyle("pill", "#eceff1", "#37474f", "end", 3.0),
    "evidence": NodeStyle("document", "#fafafa", "#757575", "evidence"),
    "note": NodeStyle("note", "#fffde7", "#afb42b", "note"),
}

# Default sizes of a node dropped from the palette.
NODE_SIZES: dict[str, tuple[float, float]] = {
    "intake": (140.0, 60.0),
    "step": (150.0, 70.0),
    "decision": (130.0, 80.0),
    "wait": (140.0, 60.0),
    "satisfaction": (140.0, 70.0),
    "roadmap": (140.0, 60.0),
    "end": (120.0, 56.0),
    "evidence": (130.0, 70.0),
    "note": (150.0, 70.0),
}

EDGE_STYLES: dict[str, EdgeStyle] = {
    "flow": EdgeStyle("#455a64", 1.4, (), True),
    "association": EdgeStyle("#90a4ae", 1.3, (1.0, 3.0), False),
}

# Lines derived from lane order: (kind above, kind below) -> line code.
LINES: dict[tuple[str, str], str] = {
    ("customer", "frontstage"): "interaction",
    ("frontstage", "backstage"): "visibility",
    ("backstage", "support"): "internal_interaction",
}
# Each line its own pattern, on screen, on paper and in the legend (dashes in units of the pen
# width, drawn with flat ends): interaction a long dash, visibility a heavier dash-dot (the line
# the customer does not see past), internal interaction a dotted line.
LINE_STYLES: dict[str, EdgeStyle] = {
    "interaction": EdgeStyle("#37474f", 1.3, (8.0, 4.0), False),
    "visibility": EdgeStyle("#37474f", 2.0, (6.0, 2.5, 1.0, 2.5), False),
    "internal_interaction": EdgeStyle("#37474f", 1.4, (1.0, 2.5), False),
}
LINE_STYLE = LINE_STYLES["interaction"]  # the lines' colour and a default


def line_style(code: str) -> EdgeStyle:
    """The pen of the line `code` (interaction, visibility, internal_interaction)."""
    return LINE_STYLES.get(code, LINE_STYLE)


def lane_style(kind: str | None) -> LaneStyle:
    return LANE_STYLES.get(kind or "", FREE_LANE)


def node_style(kind: str) -> NodeStyle:
    return NODE_STYLES.get(kind, NODE_STYLES["step"])


# A step done by the system or the customer shows who does it instead of an agent's figure.
PERFORMER_ICONS = {"system": "system", "customer": "self_service"}


def node_icon(node: Any) -> str:
    """The icon a node is drawn with (on screen and on paper): its kind's, or for a step done by
    the system or the customer a lightning bolt (automation) or a screen (self-service)."""
    performer = getattr(node, "performer", "agent")
    if node.kind == "step" and performer in PERFORMER_ICONS:
        return PERFORMER_ICONS[performer]
    return node_style(node.kind).icon


# ---------------------------------------------------------------- heat map
HEAT_NONE = "#9e9e9e"  # a step without a figure
NO_QUEUE_FILL = "#eceff1"  # the report's heat map: a node without a queue, and its key
HEAT_TINT_ALPHA = 80  # of 255: how strongly the heat colour covers a node's own fill
HEAT_OUTLINE_WIDTH = 4.0  # the heat colour's border around a node


def heat_hsv(t: float, diverging: bool = False) -> tuple[float, float, float] | None:
    """Hue, saturation and value (0..1) of the heat scale: green → amber → red for 0..1; blue →
    grey → red for −1..1 when `diverging`; None for a step without a figure (NaN)."""
    if t != t:
        return None
    if diverging:
        t = max(-1.0, min(1.0, t))
        return (0.0 if t > 0 else 0.6, min(1.0, abs(t)) * 0.85, 0.85)
    t = max(0.0, min(1.0, t))
    return ((1.0 - t) * 0.33, 0.85, 0.85 - 0.1 * t)


def heat_range(values: Iterable[float], diverging: bool = False) -> tuple[float, float]:
    """(low, top) of the heat scale over the figures (NaN left out): from the smallest figure to
    the largest; from −top to top (`low` 0) for a difference, top being the largest magnitude."""
    figures = [v for v in values if v == v]
    top = max((abs(v) for v in figures), default=0.0)
    return (0.0 if diverging else min(figures, default=0.0)), top


def heat_fraction(value: float, low: float, top: float, diverging: bool = False) -> float:
    """Where `value` sits on the scale of `heat_range`: 0..1, or −1..1 when `diverging`; NaN (a
    grey step) for a missing figure."""
    if diverging:
        return value / top if top > 0 else 0.0
    if top > low:
        return (value - low) / (top - low)
    return 0.0 if value == value else math.nan


def heat_colour(t: float, diverging: bool = False) -> str:
    """The heat scale's colour for `t` as '#rrggbb' (see `heat_hsv`): what the PDF prints; the
    window builds its colour from the same `heat_hsv` (Qt keeps 16 bits a channel, so the two
    may differ by rounding, never by more than one step of 255)."""
    hsv = heat_hsv(t, diverging)
    if hsv is None:
        return HEAT_NONE
    r, g, b = (round(c * 255) for c in colorsys.hsv_to_rgb(*hsv))
    return f"#{r:02x}{g:02x}{b:02x}"
