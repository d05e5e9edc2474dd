"""The words of escalation ladders, in English and French, for the walkthrough, the results dock,
the PDF and the command line alike: what a ladder does ("At 80 % of the target (6 h 24 min): a
warning."), where a ticket's clock stands on it, and the counts of a run. Fields and values by
their labels (model.words), steps and pools by their names, never by id.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from blueprint_studio.model import texts
from blueprint_studio.model.flow import FlowLadder, FlowModel
from blueprint_studio.model.schema import Blueprint, EscalationLadder, SlaPolicy, StepNode
from blueprint_studio.model.texts import QT_TRANSLATE_NOOP
from blueprint_studio.model.walkthrough.words import duration_words
from blueprint_studio.model.words import glossary, number

_WORDS: dict[str, str] = {
    "follows.resolution": QT_TRANSLATE_NOOP("LadderWords", "Resolution target: {time}."),
    "follows.first_response": QT_TRANSLATE_NOOP("LadderWords", "First-response target: {time}."),
    "follows.time_limit": QT_TRANSLATE_NOOP("LadderWords", "Time limit: {time}."),
    "warning": QT_TRANSLATE_NOOP("LadderWords", "At {percent} of the target ({time}): a warning."),
    "warning_limit": QT_TRANSLATE_NOOP("LadderWords", "At {percent} of the time limit ({time}): a warning."),
    "breach": QT_TRANSLATE_NOOP("LadderWords", "At the breach ({time}): {actions}."),
    "breach_counted": QT_TRANSLATE_NOOP("LadderWords", "At the breach ({time}): the breach is counted."),
    "notify": QT_TRANSLATE_NOOP("LadderWords", "{role} is notified"),
    "priority": QT_TRANSLATE_NOOP("LadderWords", "{field} goes up to {value}"),
    "reassign.step": QT_TRANSLATE_NOOP("LadderWords", "the ticket goes to the step “{name}”"),
    "reassign.pool": QT_TRANSLATE_NOOP("LadderWords", "the ticket goes to the pool “{name}”"),
    "in_service.stay": QT_TRANSLATE_NOOP("LadderWords", "a ticket already in service stays with its agent"),
    "in_service.after": QT_TRANSLATE_NOOP(
        "LadderWords", "a ticket already in service goes once the current piece of work is done"
    ),
    "in_service.interrupt": QT_TRANSLATE_NOOP(
        "LadderWords", "a ticket already in service is taken off its agent at once"
    ),
    "and": QT_TRANSLATE_NOOP("LadderWords", " and "),
    "untitled_step": QT_TRANSLATE_NOOP("LadderWords", "untitled step"),
    "untitled_pool": QT_TRANSLATE_NOOP("LadderWords", "untitled pool"),
    "untitled_policy": QT_TRANSLATE_NOOP("LadderWords", "SLA policy {n}"),
    "percent": QT_TRANSLATE_NOOP("LadderWords", "{n} %"),
    "clock.on_time": QT_TRANSLATE_NOOP("LadderWords", "On time: no escalation yet."),
    "clock.warned": QT_TRANSLATE_NOOP("LadderWords", "Warning: {percent} of the target has passed."),
    "clock.breached": QT_TRANSLATE_NOOP("LadderWords", "Target passed: the ticket is escalated."),
    "count.warnings": QT_TRANSLATE_NOOP("LadderWords", "Escalation warnings"),
    "count.breaches": QT_TRANSLATE_NOOP("LadderWords", "Escalation breaches"),
    "count.notified": QT_TRANSLATE_NOOP("LadderWords", "Notifications sent"),
    "count.priority_raised": QT_TRANSLATE_NOOP("LadderWords", "Priorities raised"),
    "count.reassigned": QT_TRANSLATE_NOOP("LadderWords", "Tickets re-assigned"),
    "count.interrupted": QT_TRANSLATE_NOOP("LadderWords", "Tickets taken off their agent"),
    "heading": QT_TRANSLATE_NOOP("LadderWords", "Escalation ladders"),
    "heading_one": QT_TRANSLATE_NOOP("LadderWords", "Escalation ladder"),
    "heading_note": QT_TRANSLATE_NOOP(
        "LadderWords",
        "What each SLA policy and time limit does as a ticket runs late, and how often it did in the run "
        "(means per replication).",
    ),
    "figures": QT_TRANSLATE_NOOP(
        "LadderWords", "{name}: {warnings}, {breaches}, {notified}, {raised}, {reassigned}, {interrupted}"
    ),
}
# The counts of `figures`, each in its singular and plural (model.texts.plural: "0,5 alerte").
_COUNTS: dict[str, tuple[str, str]] = {
    "warnings": (
        QT_TRANSLATE_NOOP("LadderWords", "{n} warning"),
        QT_TRANSLATE_NOOP("LadderWords", "{n} warnings"),
    ),
    "breaches": (
        QT_TRANSLATE_NOOP("LadderWords", "{n} breach"),
        QT_TRANSLATE_NOOP("LadderWords", "{n} breaches"),
    ),
    "notified": (
        QT_TRANSLATE_NOOP("LadderWords", "{n} notification sent"),
        QT_TRANSLATE_NOOP("LadderWords", "{n} notifications sent"),
    ),
    "priority_raised": (
        QT_TRANSLATE_NOOP("LadderWords", "{n} priority raised"),
        QT_TRANSLATE_NOOP("LadderWords", "{n} priorities raised"),
    ),
    "reassigned": (
        QT_TRANSLATE_NOOP("LadderWords", "{n} re-assignment"),
        QT_TRANSLATE_NOOP("LadderWords", "{n} re-assignments"),
    ),
    "interrupted": (
        QT_TRANSLATE_NOOP("LadderWords", "of which {n} was interrupted"),
        QT_TRANSLATE_NOOP("LadderWords", "of which {n} were interrupted"),
    ),
}

ON_TIME, WARNED, BREACHED = "on_time", "warned", "breached"  # where a clock stands on its ladder


def words(lang: str) -> dict[str, str]:
    return texts.table("LadderWords", _WORDS, lang)


def _percent(fraction: float, lang: str) -> str:
    return words(lang)["percent"].format(n=number(round(fraction * 100, 1), lang))


def plan_sentences(
    *,
    follows: str,
    target: float | None,
    warn_fraction: float | None,
    notify: str,
    priority: tuple[str, str] | None,
    reassign: tuple[str, str] | None,
    in_service: str,
    lang: str,
) -> list[str]:
    """What a ladder does, sentence by sentence. `follows`: "resolution", "first_response" or
    "time_limit"; `priority`: (field, value) in words; `reassign`: ("step" or "pool", its name)."""
    w = words(lang)
    if target is None:
        return []
    out = [w[f"follows.{follows}"].format(time=duration_words(target, lang))]
    if warn_fraction is not None:
        time = duration_words(round(target * warn_fraction, 1), lang)
        key = "warning_limit" if follows == "time_limit" else "warning"
        out.append(w[key].format(percent=_percent(warn_fraction, lang), time=time))
    actions = []
    if notify:
        actions.append(w["notify"].format(role=notify))
    if priority is not None:
        actions.append(w["priority"].format(field=priority[0], value=priority[1]))
    if reassign is not None:
        actions.append(w[f"reassign.{reassign[0]}"].format(name=reassign[1]))
        actions.append(w[f"in_service.{in_service}"])
    time = duration_words(target, lang)
    if actions:
        joined = ", ".join(actions[:-1]) + w["and"] + actions[-1] if len(actions) > 1 else actions[0]
        out.append(w["breach"].format(time=time, actions=joined))
    else:
        out.append(w["breach_counted"].format(time=time))
    return out


def document_plan(owner: SlaPolicy | StepNode, blueprint: Blueprint, lang: str) -> list[str]:
    """The sentences of an SLA policy's or a step's ladder, from the document."""
    ladder: EscalationLadder | None = owner.ladder
    if ladder is None:
        return []
    said = glossary(blueprint.fields, lang)
    priority = None
    if ladder.priority_field and ladder.priority_value is not None:
        priority = (
            said.field(ladder.priority_field, lang),
            said.value(ladder.priority_field, ladder.priority_value, lang),
        )
    steps = {n.id: n.title.strip() or words(lang)["untitled_step"] for n in blueprint.nodes}
    pools = {p.id: p.name.strip() or words(lang)["untitled_pool"] for p in blueprint.all_pools()}
    if isinstance(owner, StepNode):
        follows, target = "time_limit", owner.time_limit
        step = owner.escalate_to if ladder.in_service != "stay" else None
        reassign = ("step", steps.get(step, "")) if step else None
    else:
        follows = ladder.clock
        target = owner.first_response if follows == "first_response" else owner.resolution
        reassign = None
        if ladder.reassign_step:
            reassign = ("step", steps.get(ladder.reassign_step, words(lang)["untitled_step"]))
        elif ladder.reassign_pool:
            reassign = ("pool", pools.get(ladder.reassign_pool, words(lang)["untitled_pool"]))
    return plan_sentences(
        follows=follows,
        target=target,
        warn_fraction=ladder.warn_at / 100 if ladder.warn_at is not None else None,
        notify=ladder.notify.strip(),
        priority=priority,
        reassign=reassign,
        in_service=ladder.in_service,
        lang=lang,
    )


def flow_plan(
    ladder: FlowLadder, target: float | None, model: FlowModel, lang: str, escalate_to: int | None = None
) -> list[str]:
    """The sentences of a compiled ladder (the walkthrough's): an SLA policy's, or a step's time
    limit's (`escalate_to`: the step's escalation target, where its ladder sends tickets)."""
    said = glossary(model.fields, lang)
    priority = None
    if ladder.priority_field and ladder.priority_value is not None:
        priority = (
            said.field(ladder.priority_field, lang),
            said.value(ladder.priority_field, ladder.priority_value, lang),
        )
    reassign = None
    if ladder.clock == "time_limit":
        if escalate_to is not None and ladder.in_service != "stay":
            reassign = ("step", model.nodes[escalate_to].title or words(lang)["untitled_step"])
    elif ladder.reassign_step is not None:
        reassign = ("step", model.nodes[ladder.reassign_step].title or words(lang)["untitled_step"])
    elif ladder.reassign_pool is not None:
        reassign = ("pool", model.pools[ladder.reassign_pool].name or words(lang)["untitled_pool"])
    return plan_sentences(
        follows=ladder.clock,
        target=target,
        warn_fraction=ladder.warn_at,
        notify=ladder.notify,
        priority=priority,
        reassign=reassign,
        in_service=ladder.in_service,
        lang=lang,
    )


def clock_state(elapsed: float, target: float | None, warn_fraction: float | None) -> str:
    """Where a clock at `elapsed` minutes stands on a ladder with this target and warning."""
    if target is None:
        return ON_TIME
    if elapsed > target + 1e-9:
        return BREACHED
    if warn_fraction is not None and elapsed >= target * warn_fraction - 1e-9:
        return WARNED
    return ON_TIME


def clock_words(state: str, warn_fraction: float | None, lang: str) -> str:
    return words(lang)[f"clock.{state}"].format(percent=_percent(warn_fraction or 0.0, lang))


def figures_line(name: str, figures: Mapping[str, Any], lang: str) -> str:
    """One ladder's counts of a run (means over replications: a decimal when not whole)."""

    def count(key: str) -> str:
        n = round(float(getattr(figures.get(key), "mean", figures.get(key)) or 0.0), 1)
        one, many = _COUNTS[key]
        return texts.plural("LadderWords", one, many, n, lang).format(n=number(n, lang))

    return words(lang)["figures"].format(
        name=name,
        warnings=count("warnings"),
        breaches=count("breaches"),
        notified=count("notified"),
        raised=count("priority_raised"),
        reassigned=count("reassigned"),
        interrupted=count("interrupted"),
    )


def count_label(count: str, lang: str) -> str:
    """A ladder's count (results.LadderFigures field) as a table row says it: "Notifications sent"."""
    return words(lang)[f"count.{count}"]


def trigger_names(blueprint: Blueprint, lang: str) -> dict[str, str]:
    """Each ladder's owner by name: SLA policies by theirs, steps by their titles."""
    names = {n.id: n.title.strip() or words(lang)["untitled_step"] for n in blueprint.nodes}
    policies = list(blueprint.sla) + [p for s in blueprint.scenarios for p in s.sla or ()]
    for n, policy in enumerate(policies, 1):
        names[policy.id] = policy.name.strip() or words(lang)["untitled_policy"].format(n=n)
    return names
