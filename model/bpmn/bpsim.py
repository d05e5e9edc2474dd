"""BPSim 1.0 parameters <-> the blueprint's distributions (minutes), and ISO 8601 durations.

Reading returns the distribution and, when BPSim's has no equal here, the name of the one it
replaced (the reader turns that into a diagnostic). No XML parsing here: elements come in.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET  # noqa: S405 - building and walking trees, never parsing
from typing import Any

from blueprint_studio.model.bpmn.names import BPSIM, local, q
from blueprint_studio.model.schema import (
    Empirical,
    Exponential,
    Fixed,
    Gamma,
    LogNormal,
    Triangular,
    Uniform,
)

# minutes per BPSim time unit
UNITS = {"ms": 1 / 60_000, "s": 1 / 60, "min": 1.0, "hour": 60.0, "day": 1_440.0, "year": 525_600.0}
_ISO = re.compile(
    r"^P(?:(?P<y>\d+(?:[.,]\d+)?)Y)?(?:(?P<mo>\d+(?:[.,]\d+)?)M)?(?:(?P<w>\d+(?:[.,]\d+)?)W)?"
    r"(?:(?P<d>\d+(?:[.,]\d+)?)D)?(?:T(?:(?P<h>\d+(?:[.,]\d+)?)H)?(?:(?P<mi>\d+(?:[.,]\d+)?)M)?"
    r"(?:(?P<s>\d+(?:[.,]\d+)?)S)?)?$"
)
_ISO_MINUTES = {
    "y": 525_600.0,
    "mo": 43_200.0,
    "w": 10_080.0,
    "d": 1_440.0,
    "h": 60.0,
    "mi": 1.0,
    "s": 1 / 60,
}

Distribution = Exponential | Fixed | Uniform | Triangular | LogNormal | Gamma | Empirical


def iso_minutes(text: str | None) -> float | None:
    """'PT30M' -> 30.0, 'P1DT2H' -> 1560.0; None when it is not an ISO 8601 duration."""
    if not text:
        return None
    match = _ISO.match(text.strip().upper())
    if not match or text.strip().upper() in ("P", "PT"):
        return None
    total = 0.0
    for key, value in match.groupdict().items():
        if value:
            total += float(value.replace(",", ".")) * _ISO_MINUTES[key]
    return total


def iso_duration(minutes: float) -> str:
    """30 -> 'PT30M', 0.5 -> 'PT30S', 1560 -> 'PT1560M' (minutes keep the exact figure)."""
    if minutes == int(minutes):
        return f"PT{int(minutes)}M"
    seconds = minutes * 60
    if seconds == int(seconds):
        return f"PT{int(seconds)}S"
    return f"PT{minutes:.6g}M"


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class Reader:
    """Reads the values of one BPSim scenario, in minutes."""

    def __init__(self, base_unit: str = "min") -> None:
        self.scale = UNITS.get(base_unit, 1.0)

    def _scale_of(self, element: ET.Element) -> float:
        unit = element.get("timeUnit")
        return UNITS[unit] if unit in UNITS else self.scale

    def value(self, element: ET.Element, time: bool = True) -> float | None:
        """A single value: NumericParameter, FloatingParameter or DurationParameter."""
        name = local(element.tag)
        if name == "DurationParameter":
            return iso_minutes(element.get("value"))
        if name in ("NumericParameter", "FloatingParameter"):
            value = _number(element.get("value"))
            if value is None:
                return None
            return value * self._scale_of(element) if time else value
        return None

    def first_value(self, holder: ET.Element | None, time: bool = False) -> float | None:
        """The value of the first parameter value inside `holder` (Quantity, Probability...)."""
        if holder is None:
            return None
        for child in holder:
            value = self.value(child, time)
            if value is not None:
                return value
        return None

    def distribution(self, holder: ET.Element | None) -> tuple[Distribution | None, str]:
        """The first distribution inside `holder` (ProcessingTime, InterTriggerTimer...) and, when
        it was approximated, BPSim's name for it ('' when exact)."""
        if holder is None:
            return None, ""
        for child in holder:
            found = self._one(child)
            if found is not None:
                return found
        return None, ""

    def _attr(self, element: ET.Element, name: str, time: bool = True) -> float:
        """An attribute's number (ValueError when it is missing: the distribution is unusable)."""
        value = _number(element.get(name))
        if value is None:
            raise ValueError(f"no {name}")
        return value * self._scale_of(element) if time else value

    def _one(self, el: ET.Element) -> tuple[Distribution | None, str] | None:
        name = local(el.tag)
        a = self._attr
        try:
            if name in ("NumericParameter", "FloatingParameter", "DurationParameter"):
                value = self.value(el)
                return (Fixed(value=max(value, 0.0)), "") if value is not None else None
            if name == "ExponentialDistribution":
                return Exponential(mean=a(el, "mean")), ""
            if name == "UniformDistribution":
                return Uniform(low=a(el, "min"), high=a(el, "max")), ""
            if name == "TriangularDistribution":
                return Triangular(low=a(el, "min"), mode=a(el, "mode"), high=a(el, "max")), ""
            if name == "LogNormalDistribution":
                return LogNormal(mean=a(el, "mean"), sd=a(el, "standardDeviation")), ""
            if name in ("NormalDistribution", "TruncatedNormalDistribution"):
                return _spread(a(el, "mean"), a(el, "standardDeviation")), name
            if name == "GammaDistribution":
                return Gamma(shape=a(el, "shape", False), scale=a(el, "scale")), ""
            if name == "ErlangDistribution":
                mean, k = a(el, "mean"), a(el, "k", False)
                return _spread(mean, mean / math.sqrt(k)), name
            if name == "WeibullDistribution":
                shape, scale = a(el, "shape", False), a(el, "scale")
                m1 = scale * math.gamma(1 + 1 / shape)
                m2 = scale**2 * math.gamma(1 + 2 / shape)
                return _spread(m1, math.sqrt(max(m2 - m1 * m1, 0.0))), name
            if name == "UserDistribution":
                return _user(self, el)
        except (TypeError, ValueError, ZeroDivisionError, OverflowError):
            return None, name
        if name.endswith("Distribution"):
            return None, name
        return None


def _spread(mean: float, sd: float) -> Distribution:
    """A log-normal of this mean and spread (a fixed time when there is no spread)."""
    if mean <= 0:
        raise ValueError("no positive mean")
    if sd <= 0:
        return Fixed(value=mean)
    return LogNormal(mean=mean, sd=sd)


def _user(reader: Reader, el: ET.Element) -> tuple[Distribution | None, str]:
    """A discrete user distribution: samples repeated in proportion to their probabilities."""
    points: list[tuple[float, float]] = []
    for point in el:
        if local(point.tag) != "UserDistributionDataPoint":
            continue
        p = _number(point.get("probability"))
        value = reader.first_value(point, time=True)
        if p is not None and value is not None and p > 0:
            points.append((p, max(value, 0.0)))
    if not points:
        return None, "UserDistribution"
    smallest = min(p for p, _ in points)
    samples = [v for p, v in points for _ in range(max(1, min(1000, round(p / smallest))))]
    return Empirical(samples=samples[:10_000]), ""


# ---------------------------------------------------------------- writing (base unit: minutes)


def number(value: float) -> str:
    """A number as XML writes it: '30', '0.25' (the writer's and BPSim's one spelling)."""
    return repr(float(value)).removesuffix(".0")


def distribution_element(parent: ET.Element, distribution: Any) -> ET.Element:
    """The BPSim element of a blueprint distribution, appended to `parent`."""
    kind = distribution.kind
    if kind == "fixed":
        return ET.SubElement(parent, q(BPSIM, "FloatingParameter"), value=number(distribution.value))
    if kind == "exponential":
        return ET.SubElement(parent, q(BPSIM, "ExponentialDistribution"), mean=number(distribution.mean))
    if kind == "uniform":
        return ET.SubElement(
            parent,
            q(BPSIM, "UniformDistribution"),
            min=number(distribution.low),
            max=number(distribution.high),
        )
    if kind == "triangular":
        return ET.SubElement(
            parent,
            q(BPSIM, "TriangularDistribution"),
            min=number(distribution.low),
            mode=number(distribution.mode),
            max=number(distribution.high),
        )
    if kind == "gamma":
        return ET.SubElement(
            parent,
            q(BPSIM, "GammaDistribution"),
            shape=number(distribution.shape),
            scale=number(distribution.scale),
        )
    if kind == "lognormal":
        return ET.SubElement(
            parent,
            q(BPSIM, "LogNormalDistribution"),
            mean=number(distribution.mean),
            standardDeviation=number(distribution.sd),
        )
    # empirical: each sample an equal share (identical samples add up)
    user = ET.SubElement(parent, q(BPSIM, "UserDistribution"), discrete="true")
    counts: dict[float, int] = {}
    for sample in distribution.samples:
        counts[sample] = counts.get(sample, 0) + 1
    total = len(distribution.samples)
    for value, count in counts.items():
        point = ET.SubElement(user, q(BPSIM, "UserDistributionDataPoint"), probability=repr(count / total))
        ET.SubElement(point, q(BPSIM, "FloatingParameter"), value=number(value))
    return user
