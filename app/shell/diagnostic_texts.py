"""The English source texts of the diagnostics, by code, and of the words they are made of (the kinds
of elements, settings, reasons, the condition parser's complaints): data only, through Qt's
translation system (QT_TRANSLATE_NOOP); app/shell/messages.py puts them together.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Source texts (English); the French comes from resources/translations.
DIAGNOSTIC_TEXTS: dict[str, str] = {
    "no_intake": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The flow has no intake: tickets cannot arrive anywhere. Add an intake (e-mail, phone, chat or portal) from the palette.",
    ),
    "no_end": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The flow has no end: tickets can never be closed. Add an end and connect the last steps to it.",
    ),
    "unknown_node": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} is connected to a node that no longer exists: connect it to another node, or delete it.",
    ),
    "unknown_lane": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} sits in a lane that no longer exists: choose its lane in the properties panel.",
    ),
    "unknown_pool": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} names an agent pool that no longer exists: choose another pool in the properties panel.",
    ),
    "unknown_field": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} names a ticket field that does not exist ({field}): add it in Edit › Blueprint settings › Ticket fields, or remove it here.",
    ),
    "shares_need_choice": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} gives its own shares of {field}, which is not a list of values: only a list of values has shares; remove them here.",
    ),
    "shares_all_zero": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} gives every value of {field} a share of 0 %, so none of its tickets could arrive: give one value a share, or remove this intake's own shares.",
    ),
    "bad_value": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} gives {field} the value {value}, which it does not allow: choose one of {allowed}.",
    ),
    "unreachable": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "No ticket can reach {subject}: connect a step that comes before it, or delete it.",
    ),
    "dead_end": QT_TRANSLATE_NOOP(
        "Diagnostics", "{subject} has no way out: connect it to a next step or an end."
    ),
    "trapped_loop": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "Loop with no way out: tickets that enter it ({subjects}) can never reach an end. Connect one of them to a step that leads to an end.",
    ),
    "decision_not_covered": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} has no default branch, and a ticket with {example} matches none of its conditions: add a branch for it, or make one branch the default (“otherwise”).",
    ),
    "decision_coverage_unknown": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} has no default branch: whether every ticket finds a way out depends on {field}. Make one branch the default (“otherwise”) to be sure.",
    ),
    "probabilities_sum": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The branch probabilities of {subject} add up to {total}, not 100 %: change them so that they add up to 100 %, or make one branch the default.",
    ),
    "mixed_rules": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The branches of {subject} mix conditions and probabilities, and conditions are always tried first: use either conditions or probabilities on its branches.",
    ),
    "ambiguous_exit": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "Several branches of {subject} have no condition, and only the first one will ever be taken: give the others a condition or a probability, or delete them.",
    ),
    "condition_syntax": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The {slot} of {subject} cannot be read at character {column}: {detail}. Correct it in the properties panel.",
    ),
    "condition_unknown_field": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The {slot} of {subject} uses {field}, which is not a ticket field: choose one of the ticket fields, or add it in Edit › Blueprint settings › Ticket fields.",
    ),
    "condition_unknown_value": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The {slot} of {subject} uses the value {value}, which {field} does not allow: choose one of {allowed}.",
    ),
    "condition_type": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The {slot} of {subject} compares values of different kinds or is not a yes/no test (character {column}): compare a field with one of its own values.",
    ),
    "step_without_pool": QT_TRANSLATE_NOOP(
        "Diagnostics", "{subject} has no agent pool: give it one, or put it in a lane that has one."
    ),
    "performer_pool_unused": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} is done by the system or the customer, so no agent of {pool} works on it: remove the pool, or set “Done by” to an agent.",
    ),
    "performer_time_limit": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} is done by the system or the customer: no ticket ever queues there, so its time limit never escalates a ticket. Remove the time limit, or set “Done by” to an agent.",
    ),
    "performer_customer_lane": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} is done by the customer but sits in {second}: move it to the customer's lane, or set “Done by” to an agent or the system.",
    ),
    "pool_without_agents": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{pool} has no agents at any time, but tickets reach {second}, a step it serves: give the pool agents, or a shift with agents on duty.",
    ),
    "escalation_target_missing": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} has a time limit but no escalation target: choose where late tickets go (“Escalate to”), or remove the time limit.",
    ),
    "escalation_target_invalid": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} sends tickets on to {target}, which cannot take them ({reason}): choose another node to send them to.",
    ),
    "wait_timeout_target_missing": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} has a timeout but no node to go to when it runs out: choose one (“After the timeout, go to”), or remove the timeout.",
    ),
    "flow_into_intake": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "A link goes into {subject}, but an intake only starts tickets: connect that link to a step instead.",
    ),
    "end_has_exit": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} has outgoing links, which are never taken: delete them, or start them from a step.",
    ),
    "flow_touches_annotation": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} is a ticket flow, but a flow cannot go to or from physical evidence or a note; use an association.",
    ),
    "association_between_executables": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} is an association between two process nodes; use a flow, or tie evidence or a note instead.",
    ),
    "association_without_annotation": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} is an association between two annotations; tie evidence or notes to a process node.",
    ),
    "lane_order": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The lane order breaks the lines of interaction, visibility and internal interaction: {subject} ({above}) sits above {second} ({below}). Drag the lanes into the order customer, frontstage, backstage, support.",
    ),
    "customer_to_support": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} goes straight from the customer to a support process, skipping the front stage: route it through a frontstage step.",
    ),
    "business_hours_without_calendar": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} counts business hours, but has no calendar: choose the calendar whose opening hours it counts, or count every hour.",
    ),
    "unknown_calendar": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} counts the hours of a calendar that no longer exists: choose another calendar, or count every hour.",
    ),
    "first_response_never_given": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} sets a first-response target, but no step counts as the first response, so the first response is only taken when the ticket ends: tick “Counts as first response” on the step that first answers the customer.",
    ),
    "holidays_without_dates": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} has public holidays, but no scenario has calendar dates, so no holiday counts in a run: give a scenario calendar dates (“From the week of”) in the Scenarios panel.",
    ),
    "calendar_without_hours": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} counts the business hours of {second}, which has no opening hours, so its clock would never run: give the calendar opening hours, or choose another one.",
    ),
    "intake_without_arrivals": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} has an arrival rate of zero, so no ticket will arrive there: give it an arrival rate or weekly arrival rates.",
    ),
    "card_path_invalid": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The expected path of {subject} does not follow the links from an intake: walk the card again in the training workspace and save the path walked, or forget its expected path.",
    ),
    "ladder_warning_range": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The escalation ladder of {subject} warns at {percent} % of the target: choose a warning from 1 to 99 % of the target, or no warning.",
    ),
    "ladder_reassign_both": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The escalation ladder of {subject} re-assigns late tickets both to a pool and to a step: choose one of them.",
    ),
    "ladder_pool_unknown": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The escalation ladder of {subject} re-assigns late tickets to an agent pool that no longer exists: choose another pool in Edit › Blueprint settings › SLA policies.",
    ),
    "ladder_step_unknown": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The escalation ladder of {subject} re-assigns late tickets to a step that no longer exists: choose another step in Edit › Blueprint settings › SLA policies.",
    ),
    "ladder_step_not_step": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The escalation ladder of {subject} re-assigns late tickets to {target}, which is not a step: choose a step done by agents.",
    ),
    "ladder_priority_invalid": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The escalation ladder of {subject} raises {field} to {value}, which is not one of its values: choose one of {allowed}.",
    ),
    "ladder_without_resolution_target": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The escalation ladder of {subject} follows the resolution target, but the policy sets none: nothing will escalate. Set a resolution target, or have the ladder follow the first response.",
    ),
    "ladder_without_first_response_target": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The escalation ladder of {subject} follows the first-response target, but the policy sets none: nothing will escalate. Set a first-response target, or have the ladder follow the resolution.",
    ),
    "ladder_without_time_limit": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} has an escalation ladder but no time limit: nothing will escalate. Give the step a time limit, or remove its ladder.",
    ),
    "ladder_step_reassign": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The escalation ladder of {subject} names where to re-assign late tickets, but a step's ladder always sends them to the step's escalation target: remove the re-assignment from the ladder.",
    ),
    "calibration_stale": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} holds calibrated values for elements deleted since its calibration ({intakes}, {steps}, {branches}, {fields}): they are ignored. Calibrate the scenario again from the ticket export.",
    ),
    "follow_up_via_unknown": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The follow-ups of {subject} come through an intake that no longer exists: choose another channel in its follow-up contacts.",
    ),
    "follow_up_via_not_intake": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The follow-ups of {subject} come through {target}, which is not an intake: choose an intake as their channel.",
    ),
    "follow_ups_never_merged": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} makes follow-up contacts, but no step has a merge rule: every follow-up becomes a duplicate ticket. Give the triage step a merge rule.",
    ),
    "merge_without_follow_ups": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} has a merge rule, but no intake makes follow-up contacts: there is nothing to merge. Give an intake follow-up contacts, or remove the merge rule.",
    ),
    "approval_rejected_to_unknown": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The approval of {subject} sends rejected tickets to a node that no longer exists: choose another rejection path in its approval.",
    ),
    "approval_rejected_to_invalid": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The approval of {subject} sends rejected tickets to {target}, where no ticket can go: choose a step, a decision, a wait or an end.",
    ),
    "approval_rejected_to_intake": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The approval of {subject} sends rejected tickets back to the intake it leaves: choose a rejection path in its approval.",
    ),
    "skill_rule_unused": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} requires the skill “{skill}”, but {pool} does not assign tickets by skills: any agent takes them. Choose the rule “Skills first” for the pool, or remove the required skill.",
    ),
    "skill_nobody_has": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} requires the skill “{skill}”, which no named agent of {pool} has: every ticket waits until the skill fallback, then any agent takes it. Give an agent the skill in the Pools tab.",
    ),
    "skill_nobody_has_no_fallback": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} requires the skill “{skill}”, which no named agent of {pool} has, and the pool has no skill fallback: its tickets would wait for ever. Give an agent the skill, or a fallback time to the pool.",
    ),
    "loop_never_left": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "Tickets that enter the loop {nodes} can never leave it: the branch probabilities, or the survey's answer, never lead to a way out. Give one of its branches a way out.",
    ),
    "pool_overloaded": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{pool} has more work than agents: by the queueing estimate it would be busy {utilisation} % of the time, so its queue grows without end. Add agents or lower the arrivals.",
    ),
    "rate_too_high": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "Too many arrivals at {subject} ({setting}): {rate} tickets an hour, more than the simulator can handle ({limit} an hour at most). Lower its arrival rate.",
    ),
    "duration_too_long": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "Too long for {subject} ({setting}): {days} days on average, more than the {limit} days the simulator accepts. Times are in minutes.",
    ),
    "distribution_overflow": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "Spread too large for {subject} ({setting}): its values cannot be computed; use a smaller standard deviation.",
    ),
    "scenario_too_large": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} would cost about {steps} ticket steps, more than the {limit} a run does in a few minutes: it may run for hours. Ask for fewer tickets, a shorter horizon or fewer replications.",
    ),
    # What a BPMN import (model/bpmn) mapped, guessed or could not carry over
    "bpmn_lane_kind": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} was given the kind “{kind}” from its name: if that is wrong, choose its kind in the properties panel.",
    ),
    "bpmn_no_durations": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{count} step had no processing time in the file (BPSim): {subjects}. It takes 10 minutes on average for now; set its duration in the properties panel.",
    ),
    "bpmn_no_arrivals": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} had no time between arrivals in the file (BPSim): an arrival rate of {rate} per hour is assumed; set its arrival rate in the properties panel.",
    ),
    "bpmn_distribution_approximated": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} used a {distribution} distribution, which a blueprint does not have: it became a log-normal distribution with the same mean and spread.",
    ),
    "bpmn_subprocess": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} was a sub-process of {count} element: it became one step. Draw its inner steps in the blueprint if tickets must go through them one by one.",
    ),
    "bpmn_timer_wait": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} was a timer that holds the ticket: it became a step done by the system that lasts {minutes} min.",
    ),
    "bpmn_passthrough": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} was an event a blueprint has no equal for (a signal, a link, an escalation or a message sent): it became a step done by the system that takes no time.",
    ),
    "bpmn_group": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The group {name} was left out: a blueprint has no groups; use lanes or stages to gather steps.",
    ),
    "bpmn_flow_left_out": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "A sequence flow of the file joins {subject} to an element that has no equal in a blueprint: it was left out; draw the link again if tickets go that way.",
    ),
    "bpmn_boundary_event": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} had a boundary event {name} (an error, a message or a signal) that a blueprint cannot hold: the path it starts is no longer connected to the step; link it from a decision after the step if tickets take it.",
    ),
    "bpmn_timer_unread": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} had a boundary timer whose duration or next step could not be read: no time limit was set; give it one in the properties panel.",
    ),
    "bpmn_inclusive_gateway": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} could send a ticket down several paths at once (inclusive gateway): a ticket now takes one path only, the first whose condition holds or by its share.",
    ),
    "bpmn_condition_untranslated": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The condition “{condition}” of {subject} does not test the ticket fields of the document: the branches of its decision were given shares instead. Write the condition again in the properties panel if it matters.",
    ),
    "bpmn_parallel_split": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} sent each ticket down its {count} paths at once (a parallel split), which a ticket cannot do: each ticket now takes one of them. Check the shares of its branches.",
    ),
    "bpmn_event_gateway": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} waited for the first of several events (event-based gateway): it became a decision whose branches have shares.",
    ),
    "bpmn_wait_timeout": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} was the customer's reply awaited against a timer (event-based gateway): the two became this one wait, which gives up after {minutes} min and goes where the timer went.",
    ),
    "bpmn_equal_shares": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The file gave {subject} no branch probability (BPSim) for {count} branch: it was given an equal share; set the real shares in the properties panel.",
    ),
    "bpmn_shares_normalised": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The branch probabilities of {subject} in the file added up to {total}: they were scaled to add up to 100 %.",
    ),
    "bpmn_message_flow": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "The message {name} between {subject} and {second} crosses from one pool to another: tickets do not follow messages, so it was left out of the flow. Draw a link if tickets go that way.",
    ),
    "bpmn_pool_assumed": QT_TRANSLATE_NOOP(
        "Diagnostics",
        "{subject} had no number of agents in the file (BPSim): it was given 1 agent; set the real number in the properties panel.",
    ),
}

# The texts above that a count decides (written for one): the count's parameter and the plural,
# picked by app/shell/messages.diagnostic_text with the language's rule (model.texts.is_plural).
PLURAL_TEXTS: dict[str, tuple[str, str]] = {
    "bpmn_no_durations": (
        "count",
        QT_TRANSLATE_NOOP(
            "Diagnostics",
            "{count} steps had no processing time in the file (BPSim): {subjects}. Each takes 10 minutes on average for now; set their durations in the properties panel.",
        ),
    ),
    "bpmn_subprocess": (
        "count",
        QT_TRANSLATE_NOOP(
            "Diagnostics",
            "{subject} was a sub-process of {count} elements: it became one step. Draw its inner steps in the blueprint if tickets must go through them one by one.",
        ),
    ),
    "bpmn_equal_shares": (
        "count",
        QT_TRANSLATE_NOOP(
            "Diagnostics",
            "The file gave {subject} no branch probabilities (BPSim) for {count} branches: they were given equal shares; set the real shares in the properties panel.",
        ),
    ),
}
# Parameters that are counts standing alone in their sentence: said with their noun
# ("2 intakes", "1 ticket field") by model/words.counted.
COUNTED_PARAMS: dict[str, dict[str, str]] = {
    "calibration_stale": {
        "intakes": "intake",
        "steps": "step_or_wait",
        "branches": "branch",
        "fields": "ticket_field",
    },
}

# BPSim's distributions a blueprint has no equal for (bpmn_distribution_approximated)
DISTRIBUTION_TEXTS: dict[str, str] = {
    "NormalDistribution": QT_TRANSLATE_NOOP("Diagnostics", "normal"),
    "TruncatedNormalDistribution": QT_TRANSLATE_NOOP("Diagnostics", "truncated normal"),
    "GammaDistribution": QT_TRANSLATE_NOOP("Diagnostics", "gamma"),
    "ErlangDistribution": QT_TRANSLATE_NOOP("Diagnostics", "Erlang"),
    "WeibullDistribution": QT_TRANSLATE_NOOP("Diagnostics", "Weibull"),
}

# The setting a value-range diagnostic is about (model/sim/checks.py)
SETTING_TEXTS: dict[str, str] = {
    "duration": QT_TRANSLATE_NOOP("Diagnostics", "duration"),
    "duration_rule": QT_TRANSLATE_NOOP("Diagnostics", "duration of a rule"),
    "response_time": QT_TRANSLATE_NOOP("Diagnostics", "customer response time"),
    "interarrival": QT_TRANSLATE_NOOP("Diagnostics", "time between arrivals"),
    "patience": QT_TRANSLATE_NOOP("Diagnostics", "customer patience"),
    "field_distribution": QT_TRANSLATE_NOOP("Diagnostics", "distribution of this field"),
    "time_limit": QT_TRANSLATE_NOOP("Diagnostics", "time limit"),
    "timeout": QT_TRANSLATE_NOOP("Diagnostics", "timeout"),
    "rate": QT_TRANSLATE_NOOP("Diagnostics", "arrival rate"),
    "schedule": QT_TRANSLATE_NOOP("Diagnostics", "busiest hour of the weekly schedule"),
}

REASON_TEXTS: dict[str, str] = {
    "unknown": QT_TRANSLATE_NOOP("Diagnostics", "it does not exist"),
    "not_executable": QT_TRANSLATE_NOOP("Diagnostics", "it is not a process node"),
    "no_way_to_end": QT_TRANSLATE_NOOP("Diagnostics", "no end can be reached from it"),
}

SLOT_TEXTS: dict[str, str] = {
    "condition": QT_TRANSLATE_NOOP("Diagnostics", "condition"),
    "before": QT_TRANSLATE_NOOP("Diagnostics", "guard"),
    "when": QT_TRANSLATE_NOOP("Diagnostics", "rule"),
}

EXPR_TEXTS: dict[str, str] = {
    "expr.empty": QT_TRANSLATE_NOOP("Diagnostics", "it is empty"),
    "expr.too_long": QT_TRANSLATE_NOOP("Diagnostics", "it is too long"),
    "expr.too_deep": QT_TRANSLATE_NOOP("Diagnostics", "it is nested too deeply"),
    "expr.bad_character": QT_TRANSLATE_NOOP("Diagnostics", "the character {character} is not allowed"),
    "expr.unterminated_string": QT_TRANSLATE_NOOP("Diagnostics", "a quote is not closed"),
    "expr.literal_too_large": QT_TRANSLATE_NOOP("Diagnostics", "this value is too long"),
    "expr.unexpected": QT_TRANSLATE_NOOP("Diagnostics", "'{token}' is not expected here"),
    "expr.expected": QT_TRANSLATE_NOOP("Diagnostics", "expected {expected}"),
    "expr.chained_comparison": QT_TRANSLATE_NOOP(
        "Diagnostics", "comparisons cannot be chained; join them with 'and'"
    ),
}

# What the parser expected where a condition cannot be read (model.expr: expr.expected)
EXPECTED_TEXTS: dict[str, str] = {
    "value": QT_TRANSLATE_NOOP("Diagnostics", "a value is missing there"),
    "literal": QT_TRANSLATE_NOOP("Diagnostics", "a value is missing there"),
    ")": QT_TRANSLATE_NOOP("Diagnostics", "a closing parenthesis is missing there"),
    "(": QT_TRANSLATE_NOOP("Diagnostics", "an opening parenthesis is missing there"),
}
EXPECTED_OTHER = QT_TRANSLATE_NOOP("Diagnostics", "“{expected}” is missing there")

# How a diagnostic names what it is about: the kind, then the name (model.validation names_of)
SUBJECT_TEXTS: dict[str, str] = {
    "intake": QT_TRANSLATE_NOOP("Diagnostics", "the intake {name}"),
    "step": QT_TRANSLATE_NOOP("Diagnostics", "the step {name}"),
    "decision": QT_TRANSLATE_NOOP("Diagnostics", "the decision {name}"),
    "wait": QT_TRANSLATE_NOOP("Diagnostics", "the wait {name}"),
    "satisfaction": QT_TRANSLATE_NOOP("Diagnostics", "the satisfaction survey {name}"),
    "roadmap": QT_TRANSLATE_NOOP("Diagnostics", "the roadmap {name}"),
    "end": QT_TRANSLATE_NOOP("Diagnostics", "the end {name}"),
    "evidence": QT_TRANSLATE_NOOP("Diagnostics", "the evidence {name}"),
    "note": QT_TRANSLATE_NOOP("Diagnostics", "the note {name}"),
    "edge": QT_TRANSLATE_NOOP("Diagnostics", "the link from {source} to {target}"),
    "edge_labelled": QT_TRANSLATE_NOOP("Diagnostics", "the link {name} from {source} to {target}"),
    "lane": QT_TRANSLATE_NOOP("Diagnostics", "the lane {name}"),
    "pool": QT_TRANSLATE_NOOP("Diagnostics", "the pool {name}"),
    "lane_pool": QT_TRANSLATE_NOOP("Diagnostics", "the pool of the lane {lane}"),
    "scenario": QT_TRANSLATE_NOOP("Diagnostics", "the scenario {name}"),
    "sla": QT_TRANSLATE_NOOP("Diagnostics", "the SLA {name}"),
    "calendar": QT_TRANSLATE_NOOP("Diagnostics", "the calendar {name}"),
    "card": QT_TRANSLATE_NOOP("Diagnostics", "the ticket card {name}"),
}
QUOTED = QT_TRANSLATE_NOOP("Diagnostics", "\u201c{title}\u201d")
UNTITLED = QT_TRANSLATE_NOOP("Diagnostics", "{number} (untitled)")
MISSING_NODE = QT_TRANSLATE_NOOP("Diagnostics", "a missing node")
THIS_ELEMENT = QT_TRANSLATE_NOOP("Diagnostics", "this element")

SEVERITY_TEXTS: dict[str, str] = {
    "error": QT_TRANSLATE_NOOP("Diagnostics", "error"),
    "warning": QT_TRANSLATE_NOOP("Diagnostics", "warning"),
}


YES = QT_TRANSLATE_NOOP("Diagnostics", "yes")
NO = QT_TRANSLATE_NOOP("Diagnostics", "no")
FIELD_VALUE = QT_TRANSLATE_NOOP("Diagnostics", "{field} {value}")
AND = QT_TRANSLATE_NOOP("Diagnostics", " and ")
OR = QT_TRANSLATE_NOOP("Diagnostics", " or ")
LINE = QT_TRANSLATE_NOOP("Diagnostics", "{severity}: {message}")
