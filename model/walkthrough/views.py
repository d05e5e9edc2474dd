"""What the walkthrough shows: frozen, Qt-free dataclasses (views, summary, quiz feedback, handout)
and its error. Plain data only: built by `model.walkthrough`, rendered by the dock and the PDF code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Keys of the choices that are not edges; ids cannot start with ':' so they never collide.
TIMEOUT = ":timeout"
REJECTED = ":rejected"  # after an edge id: that edge's approval, rejected (sim/approvals.py)
ESCALATE = ":escalate"


class WalkthroughError(Exception):
    """A refused move: a stable `code` ("not_offered", "missing_fields", "bad_value",
    "unknown_choice", "finished", "no_escalation", "bad_history_index", "unknown_node"),
    the field names at fault and parameters for the message; the walkthrough is unchanged."""

    def __init__(self, code: str, fields: tuple[str, ...] = (), **params: Any) -> None:
        super().__init__(code, fields, params)
        self.code, self.fields, self.params = code, tuple(fields), dict(params)

    def __str__(self) -> str:
        shown = f" ({', '.join(self.fields)})" if self.fields else ""
        return f"{self.code}{shown}"


@dataclass(frozen=True, slots=True)
class FieldView:
    name: str
    label: str
    type: str  # choice | boolean | number | text
    value: Any
    empty: bool  # never given by the card, the intake, an action or the trainee
    values: tuple[str, ...] = ()  # allowed values of a choice field
    value_words: tuple[str, ...] = ()  # the same in words, in the walkthrough's language
    shown: str = ""  # the value in words ("Demande d’évolution", "oui", "2,5"); "" when empty


@dataclass(frozen=True, slots=True)
class ActionView:
    """An automated action: its data, and the same in words for the trainee."""

    kind: str  # set | send_template | notify | reassign
    words: str
    field: str | None = None
    value: Any = None
    text: str = ""  # template text, or whom to notify
    pool: str | None = None  # pool id of a reassign
    done: str = ""  # the same, said as done ("template response sent")


@dataclass(frozen=True, slots=True)
class SentTemplate:
    node_id: str  # the node the ticket left when it was sent
    edge_id: str | None  # the edge whose after-action sent it (None: the step itself)
    text: str


@dataclass(frozen=True, slots=True)
class ChoiceView:
    index: int
    key: str  # edge id, or TIMEOUT
    target_id: str
    target_title: str
    label: str
    rule: str  # condition | probability | default | always | timeout
    offered: bool  # the before-guard holds
    why: str | None  # when not offered: the guard in words
    condition: str | None  # the condition (or guard) in words, for the trainer
    # condition: true/false; probability: the probability; otherwise the rule name
    chosen_by_rule: bool | float | str
    suggested: bool  # the branch the model itself takes for this ticket
    mandatory: tuple[str, ...]  # the transition's `during` fields
    missing: tuple[str, ...]  # of the step's mandatory and `during` fields, those still empty
    actions: tuple[ActionView, ...]  # the transition's after-actions
    duration: float  # minutes the clock moves when this choice is taken
    responded: bool | None = None  # wait node: the value `responded` takes
    satisfied: bool | None = None  # satisfaction node: the value `satisfied` takes
    mandatory_words: tuple[str, ...] = ()  # `mandatory` by the fields' words, for people
    # an edge that needs approval offers two choices: "granted" (the edge) and "rejected" (its
    # rejection path); `approval_words` says who answers and how ("Approved by Team lead")
    approval: str | None = None
    approval_words: str = ""


@dataclass(frozen=True, slots=True)
class SlaView:
    policy_id: str | None
    policy_name: str
    business_hours: bool
    wall: float  # minutes since the ticket arrived
    clock_minute: float  # minutes from Monday 00:00 of the first week, now
    elapsed: float  # SLA minutes counted (business hours only, pauses removed)
    paused: float  # SLA minutes spent paused so far
    paused_here: bool  # the current node pauses the SLA clocks
    first_response_target: float | None
    first_response_at: float | None  # SLA minutes when the customer was first answered
    first_response_left: float | None  # None once answered or without target
    first_response_breached: bool
    resolution_target: float | None
    resolution_left: float | None
    resolution_breached: bool
    # the policy's escalation ladder (model/ladder_words.py): where the clock stands on it
    # ("on_time", "warned", "breached"; "" without a ladder) and what it does, in words
    ladder_state: str = ""
    ladder_words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StepView:
    position: int  # index in the history
    node_id: str
    kind: str
    title: str
    lane: str | None
    guidance: str
    template_response: str
    question: str  # a decision's question
    evidence: tuple[str, ...]  # titles of the evidence tied to it (what the customer sees)
    outcome: str | None  # an end's outcome
    mandatory: tuple[FieldView, ...]  # the step's mandatory fields with their current values
    actions: tuple[ActionView, ...]  # the step's automated actions
    duration: float  # typical minutes spent here (step, wait), else 0
    time_limit: float | None
    escalate_to: str | None
    escalate_to_title: str
    sla: SlaView
    choices: tuple[ChoiceView, ...]
    suggested: int | None
    applied: tuple[ActionView, ...]  # what the move that led here did
    sent: tuple[SentTemplate, ...]  # every template response sent so far
    fields: tuple[FieldView, ...]
    finished: bool  # at an end
    applied_at: str = ""  # title of the node `applied` was done at ("" at the start)
    # what the escalation ladder of the step's time limit does, in words (model/ladder_words.py)
    time_limit_ladder: tuple[str, ...] = ()
    # what the node does with follow-up contacts, in words (model/contact_words.py): an intake's
    # follow-ups, a step's merge rule
    contacts: tuple[str, ...] = ()
    # who takes the ticket at a step: the skill it needs, its owner (model/agent_words.py)
    agents: tuple[str, ...] = ()

    def value(self, name: str) -> Any:
        return next(f.value for f in self.fields if f.name == name)


@dataclass(frozen=True, slots=True)
class QuizFeedback:
    correct: bool
    expected_target: str  # node id of the right branch's target
    expected_index: int | None  # index of the right choice
    reason: str  # the right branch and why, in words
    reason_code: str  # condition | default | always | probability | responded |
    #                                 timeout | satisfied | not_satisfied


@dataclass(frozen=True, slots=True)
class PathEntry:
    node_id: str
    title: str
    kind: str
    via: str | None  # the key of the choice that led here (None at the intake)


@dataclass(frozen=True, slots=True)
class Summary:
    path: tuple[PathEntry, ...]
    wall: float
    elapsed: float  # SLA minutes on the clock
    first_response_at: float | None
    first_response_target: float | None
    first_response_met: bool | None  # None without target
    resolution_target: float | None
    resolution_met: bool | None  # None without target or when the outcome is not a resolution
    sent: tuple[SentTemplate, ...]
    fields: tuple[FieldView, ...]
    outcome: str | None  # None before an end
    escalations: tuple[str, ...]  # ids of the steps whose time limit was breached
    finished: bool


@dataclass(frozen=True, slots=True)
class HandoutStep:
    number: int
    node_id: str
    kind: str
    title: str
    lane: str | None
    guidance: str
    template_response: str
    question: str
    evidence: tuple[str, ...]
    mandatory: tuple[str, ...]  # the step's mandatory fields and those of the branch taken
    actions: tuple[str, ...]  # automated actions, in words
    branch: str  # label of the branch taken onwards ("" when none)
    duration: float
    elapsed: float  # SLA minutes on the clock when the ticket gets here
    time_limit: float | None
    escalate_to_title: str


@dataclass(frozen=True, slots=True)
class HandoutCard:
    card_id: str
    name: str
    fields: tuple[tuple[str, Any], ...]
    sla_name: str
    first_response_target: float | None
    resolution_target: float | None
    business_hours: bool
    steps: tuple[HandoutStep, ...]
    outcome: str | None
    complete: bool  # the path reached an end
    elapsed: float
    wall: float
