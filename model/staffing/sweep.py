"""Sweeps: every candidate of a grid, each for the scenario's replications with the same seeds
(common random numbers), on a runner; rows of figures with intervals and target checks, as a
table, CSV or JSON. `Execution` (running tasks with a checkpoint and progress) serves the staffing
search too.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from threading import Event
from typing import Any

from blueprint_studio.model.schema import Blueprint, Scenario
from blueprint_studio.model.sim.replications import compile_for
from blueprint_studio.model.sim.stats import Estimate, confidence_interval
from blueprint_studio.model.staffing.candidates import Candidate, Variations
from blueprint_studio.model.staffing.checkpoint import Checkpoint
from blueprint_studio.model.staffing.figures import BREACH, COST, fingerprint, variant
from blueprint_studio.model.staffing.runners import LocalRunner, Runner, Task
from blueprint_studio.model.staffing.targets import Target, TargetCheck, check_all, meets, targets_of

Progress = Callable[[int, int], None]


@dataclass
class Row:
    """One candidate's results: its weekly `cost` (meta.currency), the figures the targets read
    (mean ± half-width over its replications), the checks, and whether it `meets` every target."""

    candidate: Candidate
    cost: float
    estimates: dict[str, Estimate]
    checks: list[TargetCheck]
    meets: bool
    replications: int = 0
    stopped: str = ""  # why the search stopped it early: "in", "out", "costlier", or "" (ran fully)

    @property
    def breach_rate(self) -> Estimate:
        return self.estimates.get(BREACH, confidence_interval([]))

    def scenario(self, blueprint: Blueprint, base: Scenario, name: str) -> Scenario:
        """A new scenario like `base` with this row's staffing and arrivals, id unused in the document."""
        taken = {s.id for s in blueprint.scenarios}
        stem = f"{base.id}_staffing"
        new_id = next(f"{stem}_{i}" for i in range(1, len(taken) + 2) if f"{stem}_{i}" not in taken)
        _, changed = variant(blueprint, base.id, self.candidate)
        return Scenario.model_validate({**changed.model_dump(warnings=False), "id": new_id, "name": name})

    def to_json(self) -> dict[str, Any]:
        return _clean(
            {
                "candidate": self.candidate.to_json(),
                "cost": self.cost,
                "meets": self.meets,
                "replications": self.replications,
                "stopped": self.stopped,
                "estimates": {
                    k: {
                        "mean": e.mean,
                        "half_width": e.half_width,
                        "low": e.ci_low,
                        "high": e.ci_high,
                        "n": e.n,
                    }
                    for k, e in self.estimates.items()
                },
                "checks": [{"code": c.code, "met": c.met, "params": c.params} for c in self.checks],
            }
        )


def _clean(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


@dataclass
class SweepResult:
    rows: list[Row]
    figures: list[str] = field(default_factory=list)  # figure names in column order

    def to_json(self) -> dict[str, Any]:
        return {"rows": [r.to_json() for r in self.rows]}

    def to_csv(self) -> str:
        """One line per candidate: agents per pool, multiplier, cost, meets, each figure's mean
        and half-width (ids in the header: the file is for other programs)."""
        pools = list(dict.fromkeys(p for r in self.rows for p in r.candidate.pool_agents))
        shifted = list(dict.fromkeys(p for r in self.rows for p in r.candidate.pool_shifts))
        names = self.figures or list(dict.fromkeys(k for r in self.rows for k in r.estimates))
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        header = [f"agents:{p}" for p in pools] + [f"shifts:{p}" for p in shifted]
        header += ["arrival_multiplier", "cost", "meets", "replications"]
        for name in names:
            header += [name, f"{name}:half_width"]
        writer.writerow(header)
        for r in self.rows:
            line: list[Any] = [r.candidate.pool_agents.get(p, "") for p in pools]
            line += [
                json.dumps([s.model_dump(mode="json") for s in r.candidate.pool_shifts[p]])
                if p in r.candidate.pool_shifts
                else ""
                for p in shifted
            ]
            line += [_num(r.candidate.arrival_multiplier), _num(r.cost), int(r.meets), r.replications]
            for name in names:
                e = r.estimates.get(name)
                line += [_num(e.mean), _num(e.half_width)] if e else ["", ""]
            writer.writerow(line)
        return out.getvalue()


def _num(value: float) -> str:
    return repr(float(value)) if math.isfinite(value) else ""


class Execution:
    """Runs tasks of one document and scenario on a runner, keeping each result (in memory and
    in the checkpoint when there is one) and reporting progress(done, total)."""

    def __init__(
        self,
        blueprint: Blueprint,
        scenario_id: str | None,
        runner: Runner,
        *,
        kind: str,
        progress: Progress | None,
        cancel: Event | None,
        checkpoint: str | None,
    ) -> None:
        self.blueprint, self.scenario_id, self.runner = blueprint, scenario_id, runner
        self.json = blueprint.model_dump_json()
        self.scenario = next((s for s in blueprint.scenarios if s.id == scenario_id), None)
        self.progress, self.cancel = progress, cancel
        self.results: dict[str, dict[str, Any]] = {}
        self.done = self.total = 0
        self.ran = 0  # tasks run now (not read from the checkpoint)
        sweep = f"{kind}:{fingerprint(self.json, scenario_id)}"
        self.checkpoint = Checkpoint(checkpoint, sweep) if checkpoint else None
        if self.checkpoint is not None:
            self.results.update(self.checkpoint.results)

    def run(self, tasks: Sequence[Task]) -> None:
        todo = [t for t in tasks if t.key not in self.results]
        self.done += len(tasks) - len(todo)
        self._report()
        if todo:
            self.runner.run(self.json, self.scenario_id, todo, self._keep, self.cancel)

    def _keep(self, task: Task, result: dict[str, Any]) -> None:
        self.results[task.key] = result
        if self.checkpoint is not None:
            self.checkpoint.add(task.key, result)
        self.done += 1
        self.ran += 1
        self._report()

    def _report(self) -> None:
        if self.progress is not None:
            self.progress(self.done, max(self.total, self.done))

    def runs_of(self, candidate: Candidate, count: int) -> list[dict[str, Any]]:
        return [
            self.results[Task(candidate, r).key]
            for r in range(count)
            if Task(candidate, r).key in self.results
        ]

    def row(self, candidate: Candidate, count: int, targets: list[Target]) -> Row:
        runs = self.runs_of(candidate, count)
        names = list(dict.fromkeys(k for run in runs for k in run["figures"]))
        estimates = {
            name: confidence_interval([_float(run["figures"].get(name)) for run in runs]) for name in names
        }
        unstable = sum(run.get("status") == "unstable" for run in runs)
        checks = check_all(targets, estimates, unstable)
        cost = estimates[COST].mean if COST in estimates else math.nan
        return Row(candidate, cost, estimates, checks, meets(checks) and bool(runs), len(runs))

    def close(self) -> None:
        if self.checkpoint is not None:
            self.checkpoint.close()


def _float(value: Any) -> float:
    return math.nan if value is None else float(value)


def check_compiles(blueprint: Blueprint, scenario_id: str | None, candidates: Sequence[Candidate]) -> None:
    """Raise CompileFailed before any task runs when the document (with the first plan) has errors."""
    changed, scenario = variant(blueprint, scenario_id, candidates[0] if candidates else Candidate())
    compile_for(changed, scenario.id)


def run_sweep(
    blueprint: Blueprint,
    scenario_id: str | None,
    variations: Variations,
    *,
    runner: Runner | None = None,
    progress: Progress | None = None,
    cancel: Event | None = None,
    checkpoint: str | None = None,
    replications: int | None = None,
) -> SweepResult:
    """Every candidate of `variations` for the scenario's replications (or `replications`).
    Raises CompileFailed, Cancelled (the checkpoint keeps what finished), VaryError, CheckpointError."""
    candidates = variations.candidates()
    check_compiles(blueprint, scenario_id, candidates)
    scenario = next((s for s in blueprint.scenarios if s.id == scenario_id), None)
    count = replications or (scenario.replications if scenario else 1)
    own = runner is None
    active = runner or LocalRunner()
    execution = Execution(
        blueprint, scenario_id, active, kind="sweep", progress=progress, cancel=cancel, checkpoint=checkpoint
    )
    try:
        tasks = [Task(c, r) for c in candidates for r in range(count)]
        execution.total = len(tasks)
        execution.run(tasks)
        targets = targets_of(blueprint, scenario)
        rows = [execution.row(c, count, targets) for c in candidates]
    finally:
        execution.close()
        if own:
            active.close()
    return SweepResult(rows, figure_order(rows))


def figure_order(rows: list[Row]) -> list[str]:
    names = list(dict.fromkeys(k for r in rows for k in r.estimates))
    first = [
        n for n in (BREACH, "wait_mean", "wait_p90", "wait_p95", "utilisation", "abandonment") if n in names
    ]
    return [*first, *(n for n in names if n not in first and n != COST)]
