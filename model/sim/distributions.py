"""Random streams and samplers for the simulator: one independent stream per source, derived
from the seed and the source's name, so that changing one part of a model leaves the random
numbers of every other part unchanged (common random numbers). No global random state.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Callable

from blueprint_studio.model.schema import Empirical, Exponential, Fixed, Gamma, LogNormal, Triangular, Uniform

Sampler = Callable[[], float]


def stream(seed: int, replication: int, source: str) -> random.Random:
    """A generator for one source; stable across processes and Python versions (no `hash`)."""
    digest = hashlib.blake2b(f"{seed}/{replication}/{source}".encode(), digest_size=16).digest()
    return random.Random(int.from_bytes(digest, "big"))


def sampler(dist: object, rng: random.Random) -> Sampler:
    """A function drawing from `dist` (a schema distribution, minutes) with `rng`."""
    draw = rng.random
    log = math.log
    if isinstance(dist, Exponential):
        mean = dist.mean
        return lambda: -mean * log(1.0 - draw())
    if isinstance(dist, Fixed):
        value = dist.value
        return lambda: value
    if isinstance(dist, Uniform):
        low, span = dist.low, dist.high - dist.low
        return lambda: low + span * draw()
    if isinstance(dist, Triangular):
        low, mode, high = dist.low, dist.mode, dist.high
        return lambda: rng.triangular(low, high, mode)
    if isinstance(dist, LogNormal):
        mu, sigma = lognormal_parameters(dist)
        return lambda: rng.lognormvariate(mu, sigma)
    if isinstance(dist, Gamma):  # _core.c repeats random.gammavariate operation for operation
        shape, scale = dist.shape, dist.scale
        return lambda: rng.gammavariate(shape, scale)
    if isinstance(dist, Empirical):
        samples = tuple(dist.samples)
        n = len(samples)
        return lambda: samples[int(draw() * n)]
    raise TypeError(f"unknown distribution {dist!r}")


def lognormal_parameters(dist: LogNormal) -> tuple[float, float]:
    """mu and sigma of the underlying normal, from the mean and standard deviation."""
    sigma2 = math.log(1.0 + (dist.sd / dist.mean) ** 2)
    return math.log(dist.mean) - sigma2 / 2.0, math.sqrt(sigma2)


def mean_of(dist: object) -> float:
    """The expected value, for estimates and for ordering by expected work."""
    if isinstance(dist, (Exponential, LogNormal)):
        return dist.mean
    if isinstance(dist, Fixed):
        return dist.value
    if isinstance(dist, Uniform):
        return (dist.low + dist.high) / 2.0
    if isinstance(dist, Triangular):
        return (dist.low + dist.mode + dist.high) / 3.0
    if isinstance(dist, Gamma):
        return dist.shape * dist.scale
    if isinstance(dist, Empirical):
        return math.fsum(dist.samples) / len(dist.samples)
    raise TypeError(f"unknown distribution {dist!r}")
