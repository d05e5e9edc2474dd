"""A calibration: the figures of a `TicketLog` fitted (model/calibrate/fit.py) and matched to a
blueprint (model/calibrate/match.py), with what could not be matched as `Note`s (codes with
parameters), and written as a calibrated `Scenario`. No Qt, nothing printed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from blueprint_studio.model.calibrate import fit as fitting
from blueprint_studio.model.calibrate.columns import normal
from blueprint_studio.model.calibrate.match import (
    END,
    START,
    NodeMatcher,
    channel_kind,
    decision_routes,
    field_value,
)
from blueprint_studio.model.calibrate.tickets import NOTE_TEXTS, RowProblem, TicketLog, source_text
from blueprint_studio.model.expr import ExprError, compile_condition
from blueprint_studio.model.schema import (
    ActualFigures,
    Blueprint,
    CalibrationRecord,
    FittedDuration,
    Scenario,
    WeeklySchedule,
)

MIN_SHARE_TICKETS = 5
FIELD_ROLES = ("priority", "category", "channel")


@dataclass(frozen=True)
class Note:
    code: str
    params: dict[str, Any]

    def english(self) -> str:
        return source_text(NOTE_TEXTS, self.code, self.params).format(**self.params)


@dataclass(frozen=True)
class StateFit:
    state: str
    node_id: str | None
    count: int
    fit: fitting.DurationFit | None


@dataclass(frozen=True)
class ArrivalFit:
    intake_id: str
    channels: tuple[str, ...]  # the export's channel words counted for this intake
    rates: fitting.WeeklyRates
    share: float = 1.0  # of those channels' tickets, when several intakes share a channel


@dataclass(frozen=True)
class EdgeShare:
    decision_id: str
    edge_id: str
    count: int
    total: int
    share: float
    low: float
    high: float


@dataclass
class Calibration:
    """Everything fitted from one export for one blueprint."""

    source: str
    kind: str
    tickets: int
    rows: int
    problems: list[RowProblem]
    weeks: float
    arrivals: list[ArrivalFit]
    states: list[StateFit]
    shares: list[EdgeShare]
    mixes: dict[str, dict[str, float]]  # field name -> value -> share
    reopen: tuple[float, float, float] | None
    escalation: tuple[float, float, float] | None
    resolution: np.ndarray = field(repr=False)
    actual: ActualFigures = ActualFigures()
    notes: list[Note] = field(default_factory=list)

    def scenario(self, scenario_id: str, name: str, base: Scenario | None = None) -> Scenario:
        """A calibrated scenario: `base`'s settings (or the defaults) with the fitted values."""
        fitted = {
            s.node_id: FittedDuration(
                state=s.state[:500],
                family=s.fit.family,  # type: ignore[arg-type]
                tickets=s.fit.n,
                mean=s.fit.mean,
                mean_low=s.fit.mean_low,
                mean_high=s.fit.mean_high,
                ks=min(1.0, s.fit.ks),
            )
            for s in self.states
            if s.node_id is not None and s.fit is not None
        }
        durations = {s.node_id: s.fit.distribution() for s in self.states if s.node_id and s.fit is not None}
        rates = {
            a.intake_id: WeeklySchedule(rates=[[r * a.share for r in row] for row in a.rates.rates])
            for a in self.arrivals
        }
        record = CalibrationRecord(
            source=self.source[:500],
            fitted=fitted,
            actual=self.actual,
            unmatched=[n.english()[:500] for n in self.notes if n.code != "cal_rows_refused"][:1000],
        )
        settings = base.model_dump() if base is not None else {}
        settings.update(
            id=scenario_id,
            name=name,
            intake_rates=rates,
            durations=durations,
            edge_shares={s.edge_id: s.share for s in self.shares},
            field_weights=self.mixes,
            # applied where the blueprint has the branch (calibrate/overrides.py)
            reopen_share=self.reopen[0] if self.reopen is not None else None,
            escalation_share=self.escalation[0] if self.escalation is not None else None,
            calibration=record,
        )
        return Scenario.model_validate(settings)


def calibrate(log: TicketLog, blueprint: Blueprint) -> Calibration:
    """Fit the export's arrivals, times and shares and match them to `blueprint`."""
    notes: list[Note] = []
    if log.problems:
        notes.append(Note("cal_rows_refused", {"count": len(log.problems)}))
    created = np.fromiter((t.created for t in log.tickets), dtype=float, count=len(log.tickets))
    start, end = float(created.min()), float(created.max())
    arrivals = _arrivals(log, blueprint, start, end, notes)
    states, by_node = _states(log, blueprint, notes)
    shares = _shares(log, blueprint, by_node)
    mixes = _mixes(log, blueprint, notes)
    resolution = np.fromiter((r for t in log.tickets if (r := t.resolution) is not None), dtype=float)
    everyone = len(log.tickets)
    reopened = sum(1 for t in log.tickets if t.reopened > 0)
    reopen = fitting.share_interval(reopened, everyone) if any(t.reopened for t in log.tickets) else None
    # by the levels in the states' names, in a help desk's export (a simulated log names steps)
    exported = log.kind in ("tickets", "changes")
    escalated = sum(1 for t in log.tickets if len(t.spells) > 1 and _escalated(t)) if exported else 0
    escalation = fitting.share_interval(escalated, everyone) if escalated else None
    weekly = fitting.weekly_rates(created, start, end)
    if weekly.hours < fitting.HOURS_OF_WEEK:
        notes.append(Note("cal_short_span", {"days": round(weekly.hours / 24, 1)}))
    actual = ActualFigures(
        tickets=everyone,
        weeks=round(weekly.hours / 168, 4),
        resolution_quantiles=fitting.quantile_table(resolution),
        state_means={s.state[:500]: float(s.fit.sample_mean) for s in states if s.fit is not None},
        breach_rate=_breach_rate(log, blueprint),
        weekly_volume=[r for row in weekly.rates for r in row],
    )
    return Calibration(
        source=log.source,
        kind=log.kind,
        tickets=everyone,
        rows=log.rows,
        problems=log.problems,
        weeks=weekly.hours / 168,
        arrivals=arrivals,
        states=states,
        shares=shares,
        mixes=mixes,
        reopen=reopen,
        escalation=escalation,
        resolution=resolution,
        actual=actual,
        notes=notes,
    )


def _escalated(ticket: Any) -> bool:
    """A ticket that went through a higher level than its first (by the levels in its states)."""
    from blueprint_studio.model.calibrate.match import level_of

    levels = [lv for s, *_ in ticket.spells if (lv := level_of(s)) is not None]
    return bool(levels) and max(levels) > levels[0]


def _arrivals(
    log: TicketLog, blueprint: Blueprint, start: float, end: float, notes: list[Note]
) -> list[ArrivalFit]:
    intakes = [n for n in blueprint.nodes if n.kind == "intake"]
    if not intakes:
        return []
    groups: dict[str, list[float]] = {}
    words: dict[str, Counter[str]] = {}
    for ticket in log.tickets:
        kind = channel_kind(ticket.channel)
        groups.setdefault(kind, []).append(ticket.created)
        words.setdefault(kind, Counter())[ticket.channel] += 1
    result: list[ArrivalFit] = []
    for kind, times in groups.items():
        if kind == "":
            targets = intakes  # no channel in the export: shared by the intakes' own rates
        else:
            targets = [n for n in intakes if n.channel == kind] or (intakes if len(intakes) == 1 else [])
        if not targets:
            for word, count in words[kind].most_common():
                notes.append(Note("cal_channel_unmatched", {"channel": word, "tickets": count}))
            continue
        rates = fitting.weekly_rates(times, start, end)
        weights = [max(n.rate_per_hour, 0.0) for n in targets]
        total = sum(weights) or float(len(targets))
        for intake, weight in zip(targets, weights, strict=True):
            share = (weight or (total / len(targets))) / total
            result.append(ArrivalFit(intake.id, tuple(words[kind]), rates, share))
    merged: dict[str, ArrivalFit] = {}
    for a in result:  # an intake fed by several channel kinds (e.g. the only intake) sums them
        if a.intake_id in merged:
            m = merged[a.intake_id]
            rows = tuple(
                tuple(x * m.share + y * a.share for x, y in zip(r1, r2, strict=True))
                for r1, r2 in zip(m.rates.rates, a.rates.rates, strict=True)
            )
            rates = fitting.WeeklyRates(
                rows, m.rates.counts, m.rates.exposure, m.rates.total + a.rates.total, m.rates.hours
            )
            merged[a.intake_id] = ArrivalFit(a.intake_id, m.channels + a.channels, rates, 1.0)
        else:
            merged[a.intake_id] = a
    return list(merged.values())


def _states(
    log: TicketLog, blueprint: Blueprint, notes: list[Note]
) -> tuple[list[StateFit], dict[tuple[str, str], str]]:
    matcher = NodeMatcher(blueprint)
    durations: dict[tuple[str, str], list[float]] = {}
    for ticket in log.tickets:
        for state, node_id, begin, finish in ticket.spells:
            durations.setdefault((state, node_id), []).append(finish - begin)
    by_node: dict[tuple[str, str], str] = {}
    pooled: dict[str, list[float]] = {}
    labels: dict[str, list[str]] = {}
    results: list[StateFit] = []
    for (state, node_id), values in durations.items():
        target, candidates = matcher.match(state, node_id)
        if target is None and (
            node_id in matcher.by_id or (not candidates and normal(state) in matcher.passing)
        ):
            continue  # an intake, a decision or an end of the log: no time to fit
        if target is None:
            if candidates:
                names = ", ".join(f"“{matcher.by_id[c].title or c}”" for c in candidates)
                notes.append(Note("cal_state_ambiguous", {"state": state, "candidates": names}))
            else:
                notes.append(Note("cal_state_unmatched", {"state": state, "tickets": len(values)}))
            results.append(StateFit(state, None, len(values), fitting.fit_durations(values)))
            continue
        by_node[(state, node_id)] = target
        pooled.setdefault(target, []).extend(values)
        labels.setdefault(target, []).append(state)
    for target, values in pooled.items():
        state = " + ".join(dict.fromkeys(labels[target]))
        fitted = fitting.fit_durations(values)
        if fitted is None:
            notes.append(Note("cal_state_few", {"state": state, "count": len(values)}))
        results.append(StateFit(state, target, len(values), fitted))
    for node in matcher.targets:
        if node.id not in pooled and (node.kind == "wait" or node.performer == "agent"):
            notes.append(Note("cal_step_unseen", {"step": node.title or node.id}))
    order = {state: k for k, state in enumerate(log.states)}
    results.sort(key=lambda s: order.get(s.state.split(" + ")[0], len(order)))
    return results, by_node


def _shares(log: TicketLog, blueprint: Blueprint, by_node: dict[tuple[str, str], str]) -> list[EdgeShare]:
    routes = decision_routes(blueprint)
    if not routes:
        return []
    counts: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    ends = {normal(n.title or n.id): True for n in blueprint.nodes if n.kind == "end"}
    for ticket in log.tickets:
        path = [START]
        for state, node_id, *_ in ticket.spells:
            target = by_node.get((state, node_id))
            if target is None:  # an end, by its id (CSV log) or its title (XES log)
                end = _is_end(blueprint, node_id) if node_id else ends.get(normal(state), False)
                target = END if end else None
            if target is not None and (not path or path[-1] != target or target == END):
                path.append(target)
        if path[-1] != END and (ticket.solved is not None or ticket.closed is not None):
            path.append(END)
        for before, after in zip(path, path[1:], strict=False):
            for decision_id, by_next in routes.get(before, {}).values():
                edge_id = by_next.get(after)
                if edge_id is not None:
                    counts[edge_id] += 1
                    totals[decision_id] += 1
    shares: list[EdgeShare] = []
    for decision in (n for n in blueprint.nodes if n.kind == "decision"):
        total = totals.get(decision.id, 0)
        if total < MIN_SHARE_TICKETS:
            continue
        for edge in (e for e in blueprint.edges if e.kind == "flow" and e.source == decision.id):
            count = counts.get(edge.id, 0)
            share, low, high = fitting.share_interval(count, total)
            shares.append(EdgeShare(decision.id, edge.id, count, total, share, low, high))
    return shares


def _is_end(blueprint: Blueprint, node_id: str) -> bool:
    return any(n.id == node_id and n.kind == "end" for n in blueprint.nodes)


def _mixes(log: TicketLog, blueprint: Blueprint, notes: list[Note]) -> dict[str, dict[str, float]]:
    mixes: dict[str, dict[str, float]] = {}
    for role in FIELD_ROLES:
        words = Counter(getattr(t, role) for t in log.tickets if getattr(t, role))
        fields = [f for f in blueprint.fields if f.type == "choice" and f.name == role]
        if not words or not fields:
            continue
        target = fields[0]
        found: Counter[str] = Counter()
        for word, count in words.items():
            value = field_value(target, word)
            if value is None:
                notes.append(
                    Note(
                        "cal_value_unmatched",
                        {"value": word, "tickets": count, "field": target.label or target.name},
                    )
                )
            else:
                found[value] += count
        total = sum(found.values())
        if total and role != "channel":  # the channel is each intake's, not a mix to draw
            mixes[target.name] = {value: found[value] / total for value in target.values if found[value]}
    return mixes


def _breach_rate(log: TicketLog, blueprint: Blueprint) -> float | None:
    """The share of resolved tickets past the resolution target of their SLA policy (the first
    whose condition holds for the ticket's priority, category and channel), in elapsed time."""
    policies = []
    for policy in blueprint.sla:
        if policy.resolution is None:
            continue
        try:
            test = compile_condition(policy.when) if policy.when.strip() else None
        except ExprError:
            continue
        policies.append((test, policy.resolution))
    if not policies:
        return None
    fields = {f.name: f for f in blueprint.fields if f.type == "choice"}
    targets: dict[tuple[str, ...], float | None] = {}
    checked = breached = 0
    for ticket in log.tickets:
        resolution = ticket.resolution
        if resolution is None:
            continue
        words = tuple(getattr(ticket, role) for role in FIELD_ROLES)
        if words not in targets:
            targets[words] = _target(policies, fields, words)
        target = targets[words]
        if target is None:
            continue
        checked += 1
        breached += resolution > target
    return breached / checked if checked else None


def _target(
    policies: list[tuple[Any, float]], fields: dict[str, Any], words: tuple[str, ...]
) -> float | None:
    """The resolution target of the first policy that holds for a ticket's words."""
    values = {}
    for role, word in zip(FIELD_ROLES, words, strict=True):
        if role in fields and (value := field_value(fields[role], word)) is not None:
            values[role] = value
    for test, limit in policies:
        try:
            if test is None or test(values):
                return limit
        except (KeyError, TypeError):
            continue
    return None
