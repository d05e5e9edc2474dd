"""Writing simulation results to files: results as JSON or CSV, the KPI table as CSV, and the event
log of a run as CSV or XES through export/eventlog.py (which re-runs replication 0 to stream it).
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from blueprint_studio.model.sim.stats import Estimate


def kpi_rows(
    summary: dict[str, Estimate],
    label: Callable[[str], str],
    value: Callable[[str, float | None], str],
) -> list[list[str]]:
    """Header and one row per KPI: name, label, mean, CI low, CI high, replications."""
    rows = [["kpi", "label", "mean", "ci_low", "ci_high", "replications"]]
    for key, cell in summary.items():
        rows.append(
            [
                key,
                label(key),
                value(key, cell.mean),
                value(key, cell.ci_low),
                value(key, cell.ci_high),
                str(int(cell.n)),
            ]
        )
    return rows


def write_csv(path: str | Path, rows: list[list[Any]]) -> None:
    """Every cell neutralised so that none starts a spreadsheet formula (names come from users)."""
    from blueprint_studio.export.safe_text import csv_row  # its patterns compile at the first export

    with open(path, "w", newline="", encoding="utf-8", errors="replace") as handle:
        csv.writer(handle).writerows(csv_row(row) for row in rows)


def _number(x: Any) -> Any:
    return "" if isinstance(x, float) and not math.isfinite(x) else x


def results_rows(result: Any) -> list[list[Any]]:
    """Every figure of a ReplicatedResult in long form: scope, id, figure, mean, CI, n."""
    rows: list[list[Any]] = [["scope", "id", "figure", "mean", "ci_low", "ci_high", "n"]]

    def add(scope: str, key: str, table: dict[str, Estimate]) -> None:
        for name, cell in table.items():
            rows.append(
                [scope, key, name, *(_number(v) for v in (cell.mean, cell.ci_low, cell.ci_high)), cell.n]
            )

    add("ticket", "", result.summary)
    for step, figures in result.steps.items():
        add("step", step, figures.table())
    for pool, figures in result.pools.items():
        add("pool", pool, figures.table())
    for dimension, groups in result.by_dimension.items():
        for value, table in groups.items():
            add(dimension, value, table)
    # each escalation ladder's counts, by the id of its SLA policy or step (as the JSON has them)
    for trigger, counts in result.ladder.items():
        add("ladder", trigger, counts.table())
    # each named agent's figures (model/sim/agents.py), by its pool's id and its name as the JSON
    # has them: "desk/Ana"; a numbered agent by its number ("desk/3")
    for pool, board in result.agents.items():
        for name, figures in board.items():
            add("agent", f"{pool}/{name}", figures)
    # the notifications of steps' and transitions' Notify actions, per role as typed
    if result.notifications:
        add("notifications", "", result.notifications)
    # each approval link's figures (model/sim/approvals.py), by the edge's id as the JSON has them
    for edge, figures in result.approvals.items():
        add("approval", edge, figures)
    return rows


def write_results(path: str | Path, record: Any) -> None:
    """JSON (everything, with the run's provenance) for .json, else the long CSV."""
    if str(path).lower().endswith(".json"):
        data = {
            "scenario": record.scenario_id,
            "revision": record.revision,
            "settings": {k: getattr(record.settings, k) for k in record.settings.__dataclass_fields__},
            **record.result.to_dict(),
        }
        Path(path).write_text(json.dumps(data, indent=1, allow_nan=False), encoding="utf-8")
    else:
        write_csv(path, results_rows(record.result))


def write_event_log(path: str | Path, record: Any, cancel: Callable[[], bool] | None = None) -> None:
    """Re-runs replication 0 of the record's drawing and scenario (bit-identical by seed) into a
    CSV or XES log, streamed to disk."""
    from blueprint_studio.export.eventlog import open_event_log  # its XML writer: not at start
    from blueprint_studio.model.sim.replications import compile_for, simulate  # the engine: not at start

    model = compile_for(record.blueprint, record.scenario_id)
    with open_event_log(path, [f.name for f in model.fields], name=record.blueprint.meta.title) as log:
        simulate(model, record.settings, 0, event_log=log, cancel=cancel)


def write_report(
    path: str | Path,
    record: Any,
    progress: Callable[[float], None] | None = None,
    page: str = "A4",
    language: str | None = None,
    **pages: Any,
) -> int:
    """The simulation report PDF of a finished run (export/pdf_report.py, no re-simulation) on
    `page` paper (the preference), written beside the target and renamed; returns the page count.
    `pages`: ReportData's comparison / staffing / staffing_scenario (export/pdf_staffing.py)."""
    from blueprint_studio.export.pdf_report import ReportData
    from blueprint_studio.export.pdfdoc import PdfOptions
    from blueprint_studio.export.publish import save_pdf

    scenario = next((s for s in record.blueprint.scenarios if s.id == record.scenario_id), None)
    return save_pdf(
        path,
        record.blueprint,
        PdfOptions(page=page, language=language),
        blueprint_sheets=False,
        report=ReportData(record.result, record.settings, scenario, **pages),
        progress=progress,
    )
