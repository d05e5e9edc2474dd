"""Canvas geometry: the grid and snapping (one preference for every canvas), on top of the
document's layout conventions in `model.layout`, re-exported here for the canvas modules.
"""

from __future__ import annotations

from blueprint_studio.model.layout import (
    Band,
    band_at,
    clamp_into,
    extent,
    lane_bands,
    lane_of_point,
    nearest_band,
    stage_bands,
)
from blueprint_studio.model.style import GRID

__all__ = [
    "Band",
    "Grid",
    "band_at",
    "clamp_into",
    "extent",
    "lane_bands",
    "lane_of_point",
    "nearest_band",
    "snap",
    "stage_bands",
]


class Grid:
    """The grid pitch and whether moves snap to it: one setting for every canvas (preferences)."""

    step: float = GRID
    snapping: bool = True


def snap(value: float, step: float | None = None) -> float:
    if step is None:
        if not Grid.snapping:
            return round(value)
        step = Grid.step
    return round(value / step) * step
