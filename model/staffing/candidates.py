"""What a sweep or a staffing search varies: a `Candidate` (agents per pool, shifts per pool, an
arrival multiplier) and `Variations`, the grid of them; `parse_vary` reads the command line's
`--vary` texts. Errors are codes with parameters (`VaryError`), worded by model/staffing/words.py.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass, field

from blueprint_studio.model.schema import Blueprint, Pool, Shift

MAX_CANDIDATES = 10_000  # a grid larger than this is refused: it would run for days
MAX_VALUES = 1_000  # values of one --vary


class VaryError(ValueError):
    """A `--vary` text that cannot be read: `code` (vary.syntax, vary.unknown_pool,
    vary.bad_number, vary.empty_range, vary.too_many, vary.no_shifts, vary.unknown_shift,
    vary.both) and its `params`."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code} {params}")
        self.code, self.params = code, params


@dataclass(frozen=True)
class Candidate:
    """One staffing plan to simulate: head counts per pool (a pool with shifts keeps the shape of
    its week, scaled to this peak), shifts per pool, and arrivals times `arrival_multiplier`
    (relative to the scenario's own multiplier). Pools not named keep the scenario's staffing."""

    pool_agents: dict[str, int] = field(default_factory=dict)
    arrival_multiplier: float = 1.0
    pool_shifts: dict[str, list[Shift]] = field(default_factory=dict)

    def __hash__(self) -> int:
        return hash(self.key)

    @property
    def key(self) -> str:
        """A canonical text of the plan: equal plans, equal keys (the checkpoint's task names)."""
        return json.dumps(self.to_json(), sort_keys=True, separators=(",", ":"))

    def to_json(self) -> dict:
        return {
            "pool_agents": dict(sorted(self.pool_agents.items())),
            "arrival_multiplier": self.arrival_multiplier,
            "pool_shifts": {
                k: [s.model_dump(mode="json") for s in v] for k, v in sorted(self.pool_shifts.items())
            },
        }

    @classmethod
    def from_json(cls, data: dict) -> Candidate:
        return cls(
            pool_agents={str(k): int(v) for k, v in data.get("pool_agents", {}).items()},
            arrival_multiplier=float(data.get("arrival_multiplier", 1.0)),
            pool_shifts={
                str(k): [Shift.model_validate(s) for s in v] for k, v in data.get("pool_shifts", {}).items()
            },
        )

    def label(self, blueprint: Blueprint, lang: str) -> str:
        """The plan in words, pools by name: "Service desk: 5 agents, Technicians: 3 agents"."""
        from blueprint_studio.model.staffing.words import candidate_label

        return candidate_label(self, blueprint, lang)


@dataclass
class Variations:
    """What a sweep varies: a grid, every combination of the values given (pools in the
    document's order, then shift plans, then arrival multipliers), and a list of `plans` tried
    as they are, after the grid. `candidates()` gives them all, each once."""

    arrival_multipliers: list[float] = field(default_factory=list)
    pool_agents: dict[str, list[int]] = field(default_factory=dict)
    shift_plans: dict[str, list[list[Shift]]] = field(default_factory=dict)
    plans: list[Candidate] = field(default_factory=list)

    def _has_grid(self) -> bool:
        return bool(self.arrival_multipliers or self.pool_agents or self.shift_plans) or not self.plans

    def size(self) -> int:
        n = max(1, len(self.arrival_multipliers))
        for count in [*map(len, self.pool_agents.values()), *map(len, self.shift_plans.values())]:
            n *= max(1, count)
        return (n if self._has_grid() else 0) + len(self.plans)

    def candidates(self) -> list[Candidate]:
        if self.size() > MAX_CANDIDATES:
            raise VaryError("vary.too_many", count=self.size(), limit=MAX_CANDIDATES)
        agent_pools = list(self.pool_agents)
        shift_pools = list(self.shift_plans)
        multipliers = self.arrival_multipliers or [1.0]
        out: list[Candidate] = []
        if self._has_grid():
            for agents in itertools.product(*(self.pool_agents[p] for p in agent_pools)):
                for plans in itertools.product(*(self.shift_plans[p] for p in shift_pools)):
                    for m in multipliers:
                        out.append(
                            Candidate(
                                pool_agents=dict(zip(agent_pools, agents)),
                                arrival_multiplier=m,
                                pool_shifts={p: list(plan) for p, plan in zip(shift_pools, plans)},
                            )
                        )
        return list({c.key: c for c in [*out, *self.plans]}.values())


# ---------------------------------------------------------------- the command line's --vary

_ARRIVALS = ("arrivals", "arrival", "multiplier")


def _find_pool(name: str, blueprint: Blueprint) -> Pool:
    pools = blueprint.all_pools()
    for pool in pools:
        if name == pool.id:
            return pool
    folded = name.casefold()
    for pool in pools:
        if pool.name and pool.name.casefold() == folded:
            return pool
    raise VaryError("vary.unknown_pool", name=name, pools=", ".join(p.name or p.id for p in pools) or "—")


def _number(text: str, whole: bool) -> float:
    try:
        value = float(text) if not whole else float(int(text))
    except ValueError:
        raise VaryError("vary.bad_number", text=text, whole=whole) from None
    if not math.isfinite(value) or value < 0:
        raise VaryError("vary.bad_number", text=text, whole=whole)
    return value


def _values(text: str, whole: bool) -> list[float]:
    """'2..6' (step 1), '0.8..1.2:0.1', or a list '2,3,5' (both may mix: '1,4..6')."""
    out: list[float] = []
    for part in (p.strip() for p in text.split(",")):
        match = re.fullmatch(r"([^.:]+(?:\.\d+)?)\.\.([^:]+)(?::(.+))?", part)
        if not part:
            raise VaryError("vary.syntax", text=text)
        if match is None:
            out.append(_number(part, whole))
            continue
        low, high = _number(match.group(1), whole), _number(match.group(2), whole)
        step = _number(match.group(3), whole) if match.group(3) else 1.0
        if high < low or step <= 0:
            raise VaryError("vary.empty_range", text=part)
        count = int(math.floor((high - low) / step + 1e-9)) + 1
        if count > MAX_VALUES:
            raise VaryError("vary.too_many", count=count, limit=MAX_VALUES)
        out.extend(round(low + i * step, 10) for i in range(count))
    return list(dict.fromkeys(out))


def parse_vary(texts: list[str], blueprint: Blueprint) -> Variations:
    """`pool=2..6` (a pool by id or name; its peak head count, the week's shape kept),
    `pool#2=3..5` (the agents of the pool's second shift, the others as they are: a search per
    shift block), `arrivals=0.8,1,1.2` (multipliers of the scenario's arrivals); several texts make
    a grid. Raises VaryError."""
    result = Variations()
    blocks: dict[str, dict[int, list[int]]] = {}
    for text in texts:
        name, sep, values = text.rpartition("=")
        name = name.strip()
        if not sep or not name or not values.strip():
            raise VaryError("vary.syntax", text=text)
        if name.casefold() in _ARRIVALS:
            result.arrival_multipliers = _values(values, whole=False)
            continue
        block = re.fullmatch(r"(.+?)\s*#\s*(\d+)", name)
        pool = _find_pool(block.group(1) if block else name, blueprint)
        counts = [int(v) for v in _values(values, whole=True)]
        if block is None:
            result.pool_agents[pool.id] = counts
            continue
        number = int(block.group(2))
        if not pool.shifts:
            raise VaryError("vary.no_shifts", name=pool.name or pool.id)
        if not 1 <= number <= len(pool.shifts):
            raise VaryError(
                "vary.unknown_shift", name=pool.name or pool.id, number=number, count=len(pool.shifts)
            )
        blocks.setdefault(pool.id, {})[number - 1] = counts
    for pool_id, varied in blocks.items():
        if pool_id in result.pool_agents:
            pool = _find_pool(pool_id, blueprint)
            raise VaryError("vary.both", name=pool.name or pool.id)
        result.shift_plans[pool_id] = _shift_plans(_find_pool(pool_id, blueprint), varied)
    if result.size() > MAX_CANDIDATES:
        raise VaryError("vary.too_many", count=result.size(), limit=MAX_CANDIDATES)
    return result


def _shift_plans(pool: Pool, varied: dict[int, list[int]]) -> list[list[Shift]]:
    """Every combination of the varied shifts' head counts, the other shifts as they are."""
    order = sorted(varied)
    if math.prod(len(varied[i]) for i in order) > MAX_CANDIDATES:
        raise VaryError("vary.too_many", count=math.prod(len(varied[i]) for i in order), limit=MAX_CANDIDATES)
    plans = []
    for counts in itertools.product(*(varied[i] for i in order)):
        chosen = dict(zip(order, counts))
        plans.append(
            [
                s.model_copy(update={"agents": chosen[i]}) if i in chosen else s
                for i, s in enumerate(pool.shifts)
            ]
        )
    return plans


def parse_plan(text: str, blueprint: Blueprint) -> Candidate:
    """One plan of a list: "Level 1=5; Level 2#1=3; arrivals=1.2" (agents of a pool, agents of
    one of its shifts, the arrivals' multiplier; one value each). Raises VaryError."""
    agents: dict[str, int] = {}
    shifts: dict[str, list[Shift]] = {}
    multiplier = 1.0
    for part in (p.strip() for p in text.split(";")):
        name, sep, value = part.rpartition("=")
        name, value = name.strip(), value.strip()
        if not sep or not name or not value:
            raise VaryError("vary.syntax", text=text)
        if name.casefold() in _ARRIVALS:
            multiplier = _number(value, whole=False)
            continue
        block = re.fullmatch(r"(.+?)\s*#\s*(\d+)", name)
        pool = _find_pool(block.group(1) if block else name, blueprint)
        count = int(_number(value, whole=True))
        if block is None:
            agents[pool.id] = count
            continue
        number = int(block.group(2))
        if not pool.shifts:
            raise VaryError("vary.no_shifts", name=pool.name or pool.id)
        if not 1 <= number <= len(pool.shifts):
            raise VaryError(
                "vary.unknown_shift", name=pool.name or pool.id, number=number, count=len(pool.shifts)
            )
        plan = shifts.setdefault(pool.id, list(pool.shifts))
        plan[number - 1] = plan[number - 1].model_copy(update={"agents": count})
    both = set(agents) & set(shifts)
    if both:
        pool = _find_pool(sorted(both)[0], blueprint)
        raise VaryError("vary.both", name=pool.name or pool.id)
    return Candidate(pool_agents=agents, arrival_multiplier=multiplier, pool_shifts=shifts)
