"""The layout conventions of a blueprint, computed from its elements (no Qt, no changes).

Lanes stack from y = 0 in list order; stages sit side by side from x = 0; a node's (x, y) is its
top-left corner. The canvas and the PDF export both place things with these.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from blueprint_studio.model.style import EXTENT_MARGIN, MIN_EXTENT


@dataclass(frozen=True)
class Band:
    """A lane (vertical span) or a stage (horizontal span)."""

    id: str
    start: float
    size: float

    @property
    def end(self) -> float:
        return self.start + self.size


def lane_bands(lanes: Sequence[Any]) -> list[Band]:
    bands, top = [], 0.0
    for lane in lanes:
        bands.append(Band(lane.id, top, lane.height))
        top += lane.height
    return bands


def stage_bands(stages: Sequence[Any]) -> list[Band]:
    bands, left = [], 0.0
    for stage in stages:
        bands.append(Band(stage.id, left, stage.width))
        left += stage.width
    return bands


def band_at(bands: Sequence[Band], value: float) -> Band | None:
    """The band containing `value`, or None outside all of them."""
    starts = [b.start for b in bands]
    i = bisect_right(starts, value) - 1
    if 0 <= i < len(bands) and value < bands[i].end:
        return bands[i]
    return None


def nearest_band(bands: Sequence[Band], value: float) -> Band | None:
    """The band containing `value`, else the first or last one (a node dropped above or below)."""
    if not bands:
        return None
    found = band_at(bands, value)
    if found is not None:
        return found
    return bands[0] if value < bands[0].start else bands[-1]


def extent(nodes: Iterable[Any], stages: Sequence[Any]) -> float:
    """How wide the drawing is: past the rightmost node, the stages, and a minimum."""
    right = max((n.x + n.width for n in nodes), default=0.0)
    return max(right + EXTENT_MARGIN, sum(s.width for s in stages), MIN_EXTENT)


def clamp_into(start: float, size: float, band: Band, margin: float = 6.0) -> float:
    """Shift a span so it lies inside `band` (when it fits); otherwise leave it be."""
    if size + 2 * margin > band.size:
        return start
    return min(max(start, band.start + margin), band.end - margin - size)


def lane_of_point(lanes: Sequence[Any], y: float) -> str | None:
    band = nearest_band(lane_bands(lanes), y)
    return band.id if band else None
