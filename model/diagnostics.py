"""Diagnostics: a code, a severity, the ids of the elements at fault and parameters.

No prose here: the app (and the command line) turn a code and its parameters into a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]

# code -> severity. Errors block simulation; warnings do not.
CODES: dict[str, Severity] = {
    "no_intake": "error",
    "no_end": "error",
    "unknown_node": "error",  # an edge or reference names a node that does not exist
    "unknown_lane": "error",
    "unknown_pool": "error",
    "unknown_field": "error",  # a mandatory field, action or card names no ticket field
    "shares_need_choice": "error",  # an intake's own shares for a field that is not a choice
    "shares_all_zero": "error",  # an intake's own shares give no value a share
    "bad_value": "error",  # a value not allowed for its field
    "unreachable": "error",
    "dead_end": "error",
    "trapped_loop": "error",
    "decision_not_covered": "error",  # no default and a case that no condition covers
    "decision_coverage_unknown": "warning",
    "probabilities_sum": "error",
    "mixed_rules": "warning",  # conditions and probabilities on the same node
    "ambiguous_exit": "warning",  # several unconditional ways out: only the first is used
    "condition_syntax": "error",
    "condition_unknown_field": "error",
    "condition_unknown_value": "error",
    "condition_type": "error",
    "step_without_pool": "error",
    "pool_without_agents": "error",
    "performer_pool_unused": "warning",  # a step done by the system or the customer names a pool
    "performer_time_limit": "warning",  # ... has a time limit: nothing queues, it never escalates
    "performer_customer_lane": "warning",  # a customer's step outside the customer's lane
    "escalation_target_missing": "error",
    "escalation_target_invalid": "error",
    "wait_timeout_target_missing": "error",
    "flow_into_intake": "error",
    "end_has_exit": "warning",
    "flow_touches_annotation": "error",
    "association_between_executables": "error",
    "association_without_annotation": "warning",
    "lane_order": "warning",
    "customer_to_support": "warning",
    "business_hours_without_calendar": "error",  # it counted every hour: breaches came out wrong
    "unknown_calendar": "error",  # an SLA policy names a calendar that does not exist
    "calendar_without_hours": "error",  # an SLA policy counts a calendar that is never open
    "first_response_never_given": "warning",  # no step counts as the first response
    "holidays_without_dates": "warning",  # no scenario has a start date: no holiday counts
    "intake_without_arrivals": "warning",
    "card_path_invalid": "warning",
    # escalation ladders (model/ladder_checks.py)
    "ladder_warning_range": "error",  # a warning outside 1-99 % of the target
    "ladder_reassign_both": "error",  # re-assign to a pool and to a step at once
    "ladder_pool_unknown": "error",
    "ladder_step_unknown": "error",
    "ladder_step_not_step": "error",  # re-assigns to a node that is not a step
    "ladder_priority_invalid": "error",  # the priority value is not one of its field's values
    "ladder_without_resolution_target": "warning",  # watches a target the policy does not set
    "ladder_without_first_response_target": "warning",
    "ladder_without_time_limit": "warning",  # a step's ladder, and the step has no time limit
    "ladder_step_reassign": "warning",  # a step's ladder escalates to the step's own target
    # follow-up contacts and merges (model/contact_checks.py)
    "follow_up_via_unknown": "error",  # follow-ups come through an intake that does not exist
    "follow_up_via_not_intake": "error",
    "follow_ups_never_merged": "warning",  # no step recognises them: every follow-up a duplicate
    "merge_without_follow_ups": "warning",  # a merge rule and no intake makes follow-ups
    # approvals on transitions (model/approval_checks.py)
    "approval_rejected_to_unknown": "error",  # the rejection path names a node that does not exist
    "approval_rejected_to_invalid": "error",  # ... an intake or a note, where no ticket can go
    "approval_rejected_to_intake": "error",  # no rejection path, and the edge leaves an intake
    # a calibrated scenario's values for elements deleted since (model/calibrate/stale.py)
    "calibration_stale": "warning",
    # agents as individuals (model/agent_checks.py)
    "skill_rule_unused": "warning",  # a required skill, and the pool does not assign by skills
    "skill_nobody_has": "warning",  # no named agent of the pool has it: every ticket waits the fallback
    "skill_nobody_has_no_fallback": "error",  # nor any fallback: its tickets wait for ever
    # what the simulator is asked to do (model/sim/checks.py)
    "loop_never_left": "error",  # a loop the probabilities or a survey's answer never leave
    "pool_overloaded": "warning",  # more work than agents: the queue grows without end
    "rate_too_high": "error",
    "duration_too_long": "error",
    "distribution_overflow": "error",
    "scenario_too_large": "warning",  # a run that would take hours (model/sim/cost.py)
}

# What an import from BPMN (model/bpmn) mapped to the nearest thing, guessed or could not carry
# over: the imported blueprint opens all the same, so each is a warning to look at.
IMPORT_CODES: dict[str, Severity] = {
    code: "warning"
    for code in (
        "bpmn_lane_kind",  # a lane's kind guessed from its name
        "bpmn_no_durations",  # steps without a BPSim processing time: a default duration
        "bpmn_no_arrivals",  # a start event without a BPSim inter-arrival time: a default rate
        "bpmn_distribution_approximated",  # a BPSim distribution the blueprint has no equal of
        "bpmn_subprocess",  # a sub-process or call activity collapsed into one step
        "bpmn_timer_wait",  # an intermediate timer: a step done by the system, lasting as long
        "bpmn_passthrough",  # an event with no equal: a step done by the system, taking no time
        "bpmn_group",  # a group (a frame drawn around elements): left out
        "bpmn_flow_left_out",  # a sequence flow from or to an element that was not imported
        "bpmn_boundary_event",  # a boundary event other than a timer: its path is not followed
        "bpmn_timer_unread",  # a boundary timer without a readable duration or target
        "bpmn_inclusive_gateway",  # several paths at once: one path per ticket
        "bpmn_condition_untranslated",  # a condition not on the document's fields: shares instead
        "bpmn_parallel_split",  # all paths at once (parallel gateway or split): one, equal shares
        "bpmn_event_gateway",  # the first of several events: shares instead
        "bpmn_wait_timeout",  # a reply or a timer after an event-based gateway: one wait, timeout
        "bpmn_equal_shares",  # branches without BPSim probabilities: equal shares
        "bpmn_shares_normalised",  # BPSim probabilities not adding up to 1: scaled
        "bpmn_message_flow",  # a message between pools: tickets do not follow it
        "bpmn_pool_assumed",  # a pool without an agent count in BPSim: one agent
    )
}


@dataclass(frozen=True)
class Diagnostic:
    code: str
    ids: tuple[str, ...] = ()
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    # what people call the elements at fault and those named in params (id -> kind, title,
    # number among its kind; an untitled lane pool also its lane), and the ticket fields named in
    # params ("field:NAME" -> label, labels per language, values' labels): the words name them
    # instead of showing ids
    names: dict[str, dict[str, Any]] = field(default_factory=dict, compare=False, hash=False)

    @property
    def severity(self) -> Severity:
        return CODES[self.code] if self.code in CODES else IMPORT_CODES[self.code]

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "ids": list(self.ids),
            "params": self.params,
            "names": self.names,
        }


def errors(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.is_error]
