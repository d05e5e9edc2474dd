"""The document's staffing targets as checks on a candidate's figures over replications: a target
is met when the whole confidence interval is within its limit, missed when the whole interval is
beyond it, undecided (None) otherwise. Checks are codes with parameters (words: words.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from blueprint_studio.model.schema import Blueprint, Scenario
from blueprint_studio.model.sim.stats import Estimate
from blueprint_studio.model.staffing.figures import (
    ABANDONMENT,
    BREACH,
    UTILISATION,
    measured,
    policies_of,
)


@dataclass(frozen=True)
class TargetCheck:
    """`code`: target.breach_rate (policy, policy_name, measured: exact | unmeasured: no policy of
    that id with a resolution target), target.wait (statistic), target.utilisation,
    target.abandonment, target.stable (runs stopped as unstable: `runs`); every check also has
    `limit`, `value`, `low`, `high` (the interval; NaN when unknown) and `replications`.
    `met`: None when undecided."""

    code: str
    params: dict[str, object] = field(default_factory=dict)
    met: bool | None = None


@dataclass(frozen=True)
class Target:
    """One limit to check: `figure` (a name of figures.py) at most `limit`."""

    code: str
    figure: str
    limit: float
    params: dict[str, object]


def targets_of(blueprint: Blueprint, scenario: Scenario | None) -> list[Target]:
    t = blueprint.targets
    policies = policies_of(blueprint, scenario)
    names = {p.id: p.name or p.id for p in policies}
    out: list[Target] = []
    for policy_id, limit in t.breach_rate.items():
        how = "exact" if measured(policies, policy_id) else "unmeasured"
        out.append(
            Target(
                "target.breach_rate",
                f"{BREACH}:{policy_id}",
                limit,
                {"policy": policy_id, "policy_name": names.get(policy_id, policy_id), "measured": how},
            )
        )
    if t.wait_at_most is not None:
        out.append(
            Target("target.wait", f"wait_{t.wait_statistic}", t.wait_at_most, {"statistic": t.wait_statistic})
        )
    if t.utilisation_at_most is not None:
        out.append(Target("target.utilisation", UTILISATION, t.utilisation_at_most, {}))
    if t.abandonment_at_most is not None:
        out.append(Target("target.abandonment", ABANDONMENT, t.abandonment_at_most, {}))
    return out


def decide(estimate: Estimate, limit: float) -> bool | None:
    """Met (True) when the interval lies within `limit`, missed (False) when it lies beyond,
    undecided (None) when it straddles it or is unknown. Two equal replications give a zero
    half-width: the figure did not vary, and is decided as it is."""
    if estimate.n == 0 or estimate.mean != estimate.mean:
        return None
    if estimate.n < 2 or estimate.half_width != estimate.half_width:
        return None
    if estimate.ci_high <= limit:
        return True
    if estimate.ci_low > limit:
        return False
    return None


def check_all(targets: list[Target], estimates: dict[str, Estimate], unstable_runs: int) -> list[TargetCheck]:
    checks: list[TargetCheck] = []
    for target in targets:
        e = estimates.get(target.figure)
        if e is None or target.params.get("measured") == "unmeasured":
            met = None
            e = Estimate(math.nan, math.nan, math.nan, math.nan, 0)
        else:
            met = decide(e, target.limit)
        params = {
            **target.params,
            "limit": target.limit,
            "value": e.mean,
            "low": e.ci_low,
            "high": e.ci_high,
            "replications": e.n,
        }
        checks.append(TargetCheck(target.code, params, met))
    if unstable_runs:
        checks.append(TargetCheck("target.stable", {"runs": unstable_runs}, False))
    return checks


def meets(checks: list[TargetCheck]) -> bool:
    """Every target met with its interval (without targets, no plan is said to meet them)."""
    return bool(checks) and all(c.met is True for c in checks)
