"""The blueprint notation as immutable pydantic models: what a `.blueprint.json` file holds.

Owns shapes and per-element consistency only; cross-element rules (references, reachability,
conditions) belong to `model.validation`. Every time is in minutes, every rate per hour.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

# Bounds that keep a hostile file from allocating without limit; far above any real blueprint.
# What a laptop opens, checks, draws and simulates in seconds (figures: bench/limits.py, README).
MAX_NODES = 20_000
MAX_EDGES = 40_000
MAX_TEXT = 20_000
MAX_SAMPLES = 100_000

Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.:-]*$")]
FieldName = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]
Text = Annotated[str, Field(max_length=MAX_TEXT)]
ShortText = Annotated[str, Field(max_length=500)]
Expression = Annotated[str, Field(max_length=1_000)]  # expr.MAX_LENGTH
NonNegative = Annotated[float, Field(ge=0, allow_inf_nan=False)]
Positive = Annotated[float, Field(gt=0, allow_inf_nan=False)]
Probability = Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]
Coordinate = Annotated[float, Field(ge=-1e7, le=1e7, allow_inf_nan=False)]


def _saveable_value(value: Any) -> bool | int | float | str:
    """A ticket field value: only what a file can hold and give back (no infinity, no NaN, no
    broken UTF-16 half), so that every document that loads can be saved."""
    if isinstance(value, (bool, int)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise PydanticCustomError("finite_number", "must be a finite number")
        return value
    if isinstance(value, str):
        check_saveable_text(value)
        return value
    raise PydanticCustomError("value_type", "must be text, a number, or true or false")


def check_saveable_text(text: str) -> str:
    """Refuse a lone surrogate (JSON's "\\ud800"): UTF-8 cannot write it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise PydanticCustomError(
            "unsavable_text",
            "holds a broken character ({character}) that cannot be saved",
            {"character": f"U+{ord(text[exc.start]):04X}"},
        ) from None
    return text


Value = Annotated[bool | int | float | str, PlainValidator(_saveable_value)]

LaneKind = Literal["customer", "frontstage", "backstage", "support", "evidence", "custom"]
LANE_KINDS: tuple[str, ...] = ("customer", "frontstage", "backstage", "support", "evidence", "custom")
NODE_KINDS: tuple[str, ...] = (
    "intake",
    "step",
    "decision",
    "wait",
    "satisfaction",
    "roadmap",
    "end",
    "evidence",
    "note",
)
EXECUTABLE_KINDS = frozenset({"intake", "step", "decision", "wait", "satisfaction", "roadmap", "end"})
ANNOTATION_KINDS = frozenset({"evidence", "note"})
# Fields every ticket carries whatever the schema says: set by wait and satisfaction nodes.
BUILTIN_FIELDS: dict[str, str] = {"responded": "boolean", "satisfied": "boolean"}


class Element(BaseModel):
    # defer_build: each class makes its validator and serializer when first used, not when this
    # module is imported. A file's load builds Blueprint's, which holds every nested class's rules
    # once, instead of each of the ~50 classes building its own (and its nested ones' again):
    # the window shows sooner (bench/startup.py). Validation is the same either way.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


# ---------------------------------------------------------------- distributions (minutes)


class Exponential(Element):
    kind: Literal["exponential"] = "exponential"
    mean: Positive


class Fixed(Element):
    kind: Literal["fixed"] = "fixed"
    value: NonNegative


class Uniform(Element):
    kind: Literal["uniform"] = "uniform"
    low: NonNegative
    high: NonNegative

    @model_validator(mode="after")
    def _ordered(self) -> Uniform:
        if self.low > self.high:
            raise PydanticCustomError("low_above_high", "the lowest value must not exceed the highest")
        return self


class Triangular(Element):
    kind: Literal["triangular"] = "triangular"
    low: NonNegative
    mode: NonNegative
    high: NonNegative

    @model_validator(mode="after")
    def _ordered(self) -> Triangular:
        if not self.low <= self.mode <= self.high:
            raise PydanticCustomError(
                "mode_outside", "the most likely value must lie between the lowest and the highest"
            )
        return self


class LogNormal(Element):
    kind: Literal["lognormal"] = "lognormal"
    mean: Positive
    sd: Positive


class Gamma(Element):
    """A gamma distribution (mean shape x scale): what a calibration fits to skewed durations."""

    kind: Literal["gamma"] = "gamma"
    shape: Annotated[float, Field(gt=0, le=1e6, allow_inf_nan=False)]
    scale: Positive


class Empirical(Element):
    kind: Literal["empirical"] = "empirical"
    samples: Annotated[list[NonNegative], Field(min_length=1, max_length=MAX_SAMPLES)]


Distribution = Annotated[
    Exponential | Fixed | Uniform | Triangular | LogNormal | Gamma | Empirical, Field(discriminator="kind")
]


class DurationRule(Element):
    """A duration that replaces the step's own when `when` holds (e.g. P1 takes longer)."""

    when: Expression
    duration: Distribution


# ---------------------------------------------------------------- ticket fields


Language = Literal["fr", "en"]
LANGUAGES: tuple[str, ...] = ("fr", "en")
# What a person reads in each language; a missing language falls back to the other, then to the id.
Labels = Annotated[dict[Language, ShortText], Field(max_length=2)]


def value_fits(field: Any, value: Any) -> bool:
    """Whether `value` is one a ticket may hold in `field` (anything with a `type` and `values`:
    a TicketField, expr.FieldSpec): its type, and for a choice one of its values."""
    if field.type == "choice":
        return isinstance(value, str) and value in field.values
    if field.type == "boolean":
        return isinstance(value, bool)
    if field.type == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, str)


class TicketField(Element):
    name: FieldName
    label: ShortText = ""  # the name shown when `labels` has none for the language
    labels: Labels = {}
    type: Literal["choice", "boolean", "number", "text"] = "choice"
    values: Annotated[list[ShortText], Field(max_length=1_000)] = []
    # Arrival distribution: weights of `values` (choice), P(true) (boolean), a distribution (number).
    weights: Annotated[list[NonNegative], Field(max_length=1_000)] = []
    p_true: Probability = 0.5
    distribution: Distribution | None = None
    # Display words of choice values, per language: {"feature": {"fr": "Demande d'évolution"}}.
    value_labels: Annotated[dict[ShortText, Labels], Field(max_length=1_000)] = {}
    # The value a new ticket card starts with (none: the card leaves the field empty).
    default: Value | None = None

    @model_validator(mode="after")
    def _consistent(self) -> TicketField:
        if self.type == "choice":
            if not self.values:
                raise PydanticCustomError("choice_without_values", "a choice field needs at least one value")
            if len(set(self.values)) != len(self.values):
                raise PydanticCustomError("values_repeated", "its values must all differ")
            if self.weights and len(self.weights) != len(self.values):
                raise PydanticCustomError("weights_count", "it needs one weight per value")
            if self.weights and sum(self.weights) <= 0:
                raise PydanticCustomError("weights_zero", "its weights must not all be zero")
        elif self.values or self.weights:
            raise PydanticCustomError("values_not_choice", "only a choice field has values and weights")
        unknown = [value for value in self.value_labels if value not in self.values]
        if unknown:
            raise PydanticCustomError(
                "label_not_value",
                "has labels for “{value}”, which is not one of its values",
                {"value": unknown[0]},
            )
        if self.default is not None and not value_fits(self, self.default):
            raise PydanticCustomError(
                "default_not_value",
                "its default “{value}” is not one of its values",
                {"value": str(self.default)},
            )
        if self.name in BUILTIN_FIELDS:
            raise PydanticCustomError("builtin_field", "“{name}” is a built-in field", {"name": self.name})
        return self


# ---------------------------------------------------------------- pools and calendars


class Shift(Element):
    """Agents on duty on the given weekdays (0 = Monday) from `start` to `end` hours."""

    days: Annotated[list[Annotated[int, Field(ge=0, le=6)]], Field(min_length=1, max_length=7)]
    start: Annotated[float, Field(ge=0, le=24, allow_inf_nan=False)]
    end: Annotated[float, Field(ge=0, le=24, allow_inf_nan=False)]
    agents: Annotated[int, Field(ge=0, le=100_000)]

    @model_validator(mode="after")
    def _ordered(self) -> Shift:
        if self.end <= self.start:
            raise PydanticCustomError(
                "shift_order", "a shift must end after it starts (split a night shift in two)"
            )
        return self


def _iso_date(text: str) -> str:
    try:
        date.fromisoformat(text)
    except ValueError:
        raise PydanticCustomError("iso_date", "must be a date written YYYY-MM-DD") from None
    return text


Date = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$"), AfterValidator(_iso_date)]


class OpeningHours(Element):
    """Open on the given weekdays (0 = Monday) from `start` to `end` hours."""

    days: Annotated[list[Annotated[int, Field(ge=0, le=6)]], Field(min_length=1, max_length=7)]
    start: Annotated[float, Field(ge=0, le=24, allow_inf_nan=False)]
    end: Annotated[float, Field(ge=0, le=24, allow_inf_nan=False)]

    @model_validator(mode="after")
    def _ordered(self) -> OpeningHours:
        if self.end <= self.start:
            raise PydanticCustomError("hours_order", "opening hours must end after they start")
        return self


class Calendar(Element):
    """Business hours for SLA clocks: weekly opening hours, closed on the public holidays."""

    id: Id
    name: ShortText = ""
    hours: Annotated[list[OpeningHours], Field(max_length=100)] = []
    holidays: Annotated[list[Date], Field(max_length=2_000)] = []


class Agent(Element):
    """One named agent of a pool (model/sim/agents.py): skills a step may require, and a speed
    factor (2 works twice as fast: a step's drawn duration is divided by it)."""

    name: ShortText = ""
    skills: Annotated[list[ShortText], Field(max_length=50)] = []
    speed: Annotated[float, Field(gt=0, le=10)] = 1.0


class Pool(Element):
    id: Id
    name: ShortText = ""
    agents: Annotated[int, Field(ge=0, le=100_000)] = 1
    # Without shifts `agents` are on duty around the clock; with shifts, the shifts decide.
    shifts: Annotated[list[Shift], Field(max_length=500)] = []
    cost_per_hour: NonNegative = 0.0
    # next_free and least_loaded (busy time) among identical agents; fewest_owned, skills_first
    # and round_robin among the pool's `roster` of individuals (model/sim/agents.py)
    assignment: Literal["next_free", "least_loaded", "fewest_owned", "skills_first", "round_robin"] = (
        "next_free"
    )
    discipline: Literal["fifo", "priority", "sla"] = "fifo"
    priority_field: FieldName | None = None
    # Agents as individuals: the first `on duty` of them are on shift (numbered ones make up
    # the rest). Empty: identical agents, as before.
    roster: Annotated[list[Agent], Field(max_length=1_000)] = []
    # skills_first: minutes a ticket waits for an agent with the skill before any agent takes it
    skill_fallback: Positive | None = None
    # a ticket coming back to the pool goes to the agent who first worked it, when on shift
    ownership: bool = False


class Lane(Element):
    id: Id
    kind: LaneKind = "custom"
    title: ShortText = ""
    height: Annotated[float, Field(ge=20, le=10_000, allow_inf_nan=False)] = 160.0
    pool: Pool | None = None


class Stage(Element):
    id: Id
    title: ShortText = ""
    width: Annotated[float, Field(ge=20, le=100_000, allow_inf_nan=False)] = 320.0


# ---------------------------------------------------------------- actions (after a step or edge)


class SetField(Element):
    kind: Literal["set"] = "set"
    field: FieldName
    value: Value


class SendTemplate(Element):
    kind: Literal["send_template"] = "send_template"
    text: Text


class Notify(Element):
    kind: Literal["notify"] = "notify"
    target: ShortText


class Reassign(Element):
    """Re-assign the ticket to another pool (its next step done by an agent is done there); a
    transfer with a `reason` is counted per reason (model/sim/approvals.py)."""

    kind: Literal["reassign"] = "reassign"
    pool: Id
    reason: ShortText = ""


Action = Annotated[SetField | SendTemplate | Notify | Reassign, Field(discriminator="kind")]


class EscalationLadder(Element):
    """What happens as a clock runs towards its target (an SLA policy's, or a step's time limit):
    a warning at `warn_at` % of the target (validation: 1-99), then at the breach any of: notify
    a role (counted), raise the ticket's priority (set `priority_field` to `priority_value`, when
    that value comes earlier in the field's values), re-assign it to another pool or step. A
    ticket in service at the breach stays with its agent (`in_service` "stay"), escalates after
    the current piece of work ("after") or at once, interrupting it ("interrupt")."""

    warn_at: Annotated[float, Field(allow_inf_nan=False)] | None = None
    clock: Literal["resolution", "first_response"] = "resolution"  # an SLA policy's target
    notify: ShortText = ""  # the role notified at the breach; "" = nobody
    priority_field: FieldName | None = None
    priority_value: Value | None = None
    reassign_pool: Id | None = None
    reassign_step: Id | None = None
    in_service: Literal["stay", "after", "interrupt"] = "stay"


# ---------------------------------------------------------------- nodes


class NodeBase(Element):
    id: Id
    title: ShortText = ""
    lane: Id | None = None
    x: Coordinate = 0.0
    y: Coordinate = 0.0
    width: Annotated[float, Field(ge=10, le=10_000, allow_inf_nan=False)] = 140.0
    height: Annotated[float, Field(ge=10, le=10_000, allow_inf_nan=False)] = 70.0


class WeeklySchedule(Element):
    """Arrival rates per hour, one row of 24 per weekday, Monday first."""

    rates: Annotated[
        list[Annotated[list[NonNegative], Field(min_length=24, max_length=24)]],
        Field(min_length=7, max_length=7),
    ]


Shares = Annotated[dict[ShortText, NonNegative], Field(max_length=1_000)]  # value -> its share
Percent = Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)]


class FollowUps(Element):
    """Follow-up contacts of an intake's tickets (model/sim/contacts.py): `share` % of the tickets
    opened here get a follow-up contact from the customer `after` minutes (drawn) since the
    ticket opened, through intake `via` (another channel; None: this one), and each follow-up
    has the same chance of another. A follow-up due once its ticket has closed is never made."""

    share: Percent = 20.0
    after: Distribution = Exponential(mean=240.0)
    via: Id | None = None


class MergeRule(Element):
    """A step where follow-up contacts are recognised (triage): `detect` % of them are
    recognised as the customer's open ticket, cost the agent `detection_time` more minutes and
    are merged into it; the others go on as duplicate tickets, worked, then merged when they
    close (model/sim/contacts.py)."""

    detect: Percent = 80.0
    detection_time: NonNegative = 2.0


class IntakeNode(NodeBase):
    kind: Literal["intake"] = "intake"
    channel: Literal["email", "phone", "chat", "portal", "other"] = "email"
    rate_per_hour: NonNegative = 1.0
    schedule: WeeklySchedule | None = None
    # When set, the time between arrivals is drawn from it (a renewal process: e.g. fixed for
    # appointments or exact traces) instead of Poisson at `rate_per_hour`.
    interarrival: Distribution | None = None
    # Field values fixed for every ticket of this intake (e.g. channel); others come from the schema.
    set_fields: Annotated[dict[FieldName, Value], Field(max_length=200)] = {}
    # This intake's own shares of a choice field's values at arrival ({"category": {"support":
    # 80, "feature": 20}}), in place of the field's overall shares; values left out get none.
    field_shares: Annotated[dict[FieldName, Shares], Field(max_length=200)] = {}
    patience: Distribution | None = None
    follow_ups: FollowUps | None = None  # customers writing again about their open ticket


class StepNode(NodeBase):
    kind: Literal["step"] = "step"
    # Who does the step: an agent of `pool`, the system (automation: no queue, no agent, no
    # cost) or the customer (self-service).
    performer: Literal["agent", "system", "customer"] = "agent"
    duration: Distribution = Exponential(mean=10.0)
    duration_rules: Annotated[list[DurationRule], Field(max_length=200)] = []
    pool: Id | None = None
    time_limit: Positive | None = None
    escalate_to: Id | None = None
    first_response: bool = False
    pauses_sla: bool = False
    level: Annotated[int, Field(ge=0, le=9)] | None = None
    template_response: Text = ""
    guidance: Text = ""
    mandatory_fields: Annotated[list[FieldName], Field(max_length=200)] = []
    actions: Annotated[list[Action], Field(max_length=200)] = []
    ladder: EscalationLadder | None = None  # what happens as the time limit runs
    merge: MergeRule | None = None  # follow-up contacts recognised and merged here
    required_skill: ShortText | None = None  # for a pool's skills_first assignment


class DecisionNode(NodeBase):
    kind: Literal["decision"] = "decision"
    question: ShortText = ""


class WaitNode(NodeBase):
    """Waits for the customer: sets `responded`; past the timeout, leaves for `timeout_target`."""

    kind: Literal["wait"] = "wait"
    response_time: Distribution = Exponential(mean=240.0)
    p_response: Probability = 1.0
    timeout: Positive | None = None
    timeout_target: Id | None = None
    pauses_sla: bool = True


class SatisfactionNode(NodeBase):
    """Survey before closing: sets `satisfied` by probability or condition."""

    kind: Literal["satisfaction"] = "satisfaction"
    p_satisfied: Probability = 0.9
    condition: Expression | None = None


class RoadmapNode(NodeBase):
    kind: Literal["roadmap"] = "roadmap"
    backlog: ShortText = ""


class EndNode(NodeBase):
    kind: Literal["end"] = "end"
    outcome: Literal["resolved", "closed", "abandoned", "rejected"] = "resolved"


class EvidenceNode(NodeBase):
    kind: Literal["evidence"] = "evidence"
    description: Text = ""


class NoteNode(NodeBase):
    kind: Literal["note"] = "note"
    text: Text = ""


Node = Annotated[
    IntakeNode
    | StepNode
    | DecisionNode
    | WaitNode
    | SatisfactionNode
    | RoadmapNode
    | EndNode
    | EvidenceNode
    | NoteNode,
    Field(discriminator="kind"),
]
NODE_CLASSES = {
    cls.model_fields["kind"].default: cls
    for cls in (
        IntakeNode,
        StepNode,
        DecisionNode,
        WaitNode,
        SatisfactionNode,
        RoadmapNode,
        EndNode,
        EvidenceNode,
        NoteNode,
    )
}


# ---------------------------------------------------------------- edges


class Approval(Element):
    """A transition that needs approval (as in Zoho Blueprint): a ticket taking the edge waits
    `time` minutes (drawn, no agent of the flow) for the answer of `role`; `reject` % are
    rejected and go to `rejected_to` (a node), or back to the edge's source when it is None;
    the others take the edge (model/sim/approvals.py)."""

    role: ShortText = ""
    time: Distribution = Exponential(mean=60.0)
    reject: Percent = 10.0
    rejected_to: Id | None = None


class Edge(Element):
    id: Id
    kind: Literal["flow", "association"] = "flow"
    source: Id
    target: Id
    label: ShortText = ""
    condition: Expression | None = None
    probability: Probability | None = None
    default: bool = False
    before: Expression | None = None
    during: Annotated[list[FieldName], Field(max_length=200)] = []
    after: Annotated[list[Action], Field(max_length=200)] = []
    waypoints: Annotated[list[tuple[Coordinate, Coordinate]], Field(max_length=200)] = []
    approval: Approval | None = None

    @model_validator(mode="after")
    def _one_choice_rule(self) -> Edge:
        rules = sum((self.condition is not None, self.probability is not None, self.default))
        if rules > 1:
            raise PydanticCustomError(
                "link_rules", "a link has at most one of: a condition, a probability, or default"
            )
        return self

    @property
    def choice(self) -> str:
        if self.condition is not None:
            return "condition"
        if self.probability is not None:
            return "probability"
        return "default" if self.default else "always"


# ---------------------------------------------------------------- SLA, scenarios, ticket cards


class SlaPolicy(Element):
    """Targets for the tickets matching `when` (first matching policy applies; empty = all)."""

    id: Id
    name: ShortText = ""
    when: Expression = ""
    first_response: Positive | None = None
    resolution: Positive | None = None
    business_hours: bool = False
    calendar: Id | None = None  # a Calendar of the document: the business hours counted
    ladder: EscalationLadder | None = None  # None: nothing happens but the breach count


class FittedDuration(Element):
    """What a calibration fitted for a node (model/calibrate), shown beside the figures."""

    state: ShortText = ""  # the export's state, level or group the durations came from
    family: Literal["exponential", "lognormal", "gamma", "empirical"] = "empirical"
    tickets: Annotated[int, Field(ge=0)] = 0
    mean: NonNegative = 0.0  # minutes, of the fitted distribution
    mean_low: NonNegative = 0.0  # 95 % confidence interval of the durations' mean
    mean_high: NonNegative = 0.0
    ks: Probability = 0.0  # Kolmogorov-Smirnov distance between the durations and the fit


class ActualFigures(Element):
    """A ticket export's own figures, for the simulated vs actual page."""

    tickets: Annotated[int, Field(ge=0)] = 0
    weeks: NonNegative = 0.0
    resolution_quantiles: Annotated[list[NonNegative], Field(max_length=101)] = []  # minutes, 0 to 100 %
    state_means: Annotated[dict[ShortText, NonNegative], Field(max_length=1_000)] = {}  # minutes
    breach_rate: Probability | None = None
    weekly_volume: Annotated[list[NonNegative], Field(max_length=168)] = []  # tickets per hour of the week


class CalibrationRecord(Element):
    """Where a calibrated scenario's values came from and what the export itself showed."""

    source: ShortText = ""
    fitted: Annotated[dict[Id, FittedDuration], Field(max_length=MAX_NODES)] = {}
    actual: ActualFigures = ActualFigures()
    unmatched: Annotated[list[ShortText], Field(max_length=1_000)] = []


# A calibrated scenario's keys, left out of the file when empty (fileformat.to_data).
CALIBRATED_KEYS: tuple[str, ...] = (
    "intake_rates",
    "durations",
    "edge_shares",
    "field_weights",
    "reopen_share",
    "escalation_share",
    "calibration",
)


class Scenario(Element):
    id: Id
    name: ShortText = ""
    horizon_days: Annotated[float, Field(gt=0, le=3_650, allow_inf_nan=False)] | None = 30.0
    tickets: Annotated[int, Field(gt=0, le=100_000_000)] | None = None
    warmup_days: Annotated[float, Field(ge=0, le=3_650, allow_inf_nan=False)] = 0.0
    replications: Annotated[int, Field(ge=1, le=10_000)] = 5
    seed: Annotated[int, Field(ge=0, le=2**63 - 1)] = 1
    arrival_multiplier: Annotated[float, Field(ge=0, le=1_000, allow_inf_nan=False)] = 1.0
    pool_agents: Annotated[dict[Id, Annotated[int, Field(ge=0, le=100_000)]], Field(max_length=500)] = {}
    pool_shifts: Annotated[dict[Id, list[Shift]], Field(max_length=500)] = {}
    sla: Annotated[list[SlaPolicy], Field(max_length=200)] | None = None
    # The run's dates, for the calendars' public holidays: simulated time starts at 00:00 on the
    # Monday of this date's week. None: a run of weeks without dates, where no holiday applies.
    start_date: Date | None = None
    # A calibrated scenario (model/calibrate): values the compiler puts in place of the
    # blueprint's own for this scenario's runs: weekly arrival rates per intake, a duration per
    # step or wait (its id), a share per decision edge, arrival shares per choice field.
    intake_rates: Annotated[dict[Id, WeeklySchedule], Field(max_length=MAX_NODES)] = {}
    durations: Annotated[dict[Id, Distribution], Field(max_length=MAX_NODES)] = {}
    edge_shares: Annotated[dict[Id, Probability], Field(max_length=MAX_EDGES)] = {}
    field_weights: Annotated[dict[FieldName, Shares], Field(max_length=200)] = {}
    # the share of tickets re-opened (the unsatisfied answer of surveys without a condition) and
    # escalated to a higher level (the blueprint's one escalation branch outside fitted decisions)
    reopen_share: Probability | None = None
    escalation_share: Probability | None = None
    calibration: CalibrationRecord | None = None

    @model_validator(mode="after")
    def _runnable(self) -> Scenario:
        # What the simulator's settings refuse, refused here by name rather than at Run.
        if self.tickets is None and self.horizon_days is None:
            raise PydanticCustomError("scenario_length", "a scenario needs a horizon or a number of tickets")
        if self.tickets is None and self.horizon_days is not None and self.warmup_days >= self.horizon_days:
            raise PydanticCustomError("warmup_too_long", "the warm-up must be shorter than the horizon")
        return self


def agents_in(pool: Pool, scenario: Scenario | None) -> int:
    """A pool's head count in a scenario's runs: the scenario's own, else the pool's."""
    return scenario.pool_agents.get(pool.id, pool.agents) if scenario else pool.agents


class StaffingTargets(Element):
    """What the staffing finder and the sweeps must meet (issue 19); None or empty: no target.

    `breach_rate` maps an SLA policy's id to the highest share of its tickets (0-1) allowed to
    breach their resolution target; `wait_at_most` (minutes) bounds the queue wait measured by
    `wait_statistic`; `utilisation_at_most` bounds every pool's utilisation, `abandonment_at_most`
    the share of tickets abandoned. Costs come from each pool's `cost_per_hour` in `meta.currency`.
    """

    breach_rate: Annotated[dict[Id, Probability], Field(max_length=200)] = {}
    wait_statistic: Literal["mean", "p90", "p95"] = "mean"
    wait_at_most: NonNegative | None = None
    utilisation_at_most: Probability | None = None
    abandonment_at_most: Probability | None = None


class TicketCard(Element):
    """A named sample ticket for walkthroughs; `expected_path` (node ids) is optional, for quizzes."""

    id: Id
    name: ShortText = ""
    fields: Annotated[dict[FieldName, Value], Field(max_length=200)] = {}
    expected_path: Annotated[list[Id], Field(max_length=1_000)] = []


class Meta(Element):
    title: ShortText = ""
    description: Text = ""
    author: ShortText = ""
    revision: ShortText = ""
    language: Language = "en"
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] = "EUR"  # ISO 4217 code of every cost


def _unique(items: list[Any], what: str) -> list[Any]:
    seen: set[str | None] = set()  # None: an element with neither id nor name (two of them clash)
    for item in items:
        key = getattr(item, "id", None) or getattr(item, "name", None)
        if key in seen:
            raise PydanticCustomError("used_twice", "“{key}” is used twice", {"key": str(key)})
        seen.add(key)
    return items


class Blueprint(Element):
    meta: Meta = Meta()
    fields: Annotated[list[TicketField], Field(max_length=1_000)] = []
    lanes: Annotated[list[Lane], Field(max_length=1_000)] = []
    stages: Annotated[list[Stage], Field(max_length=1_000)] = []
    pools: Annotated[list[Pool], Field(max_length=1_000)] = []
    calendars: Annotated[list[Calendar], Field(max_length=200)] = []
    nodes: Annotated[list[Node], Field(max_length=MAX_NODES)] = []
    edges: Annotated[list[Edge], Field(max_length=MAX_EDGES)] = []
    sla: Annotated[list[SlaPolicy], Field(max_length=200)] = []
    scenarios: Annotated[list[Scenario], Field(max_length=1_000)] = []
    cards: Annotated[list[TicketCard], Field(max_length=1_000)] = []
    targets: StaffingTargets = StaffingTargets()

    @field_validator(
        "fields", "lanes", "stages", "pools", "calendars", "nodes", "edges", "sla", "scenarios", "cards"
    )
    @classmethod
    def _ids_unique(cls, items: list, info) -> list:
        return _unique(items, info.field_name.rstrip("s"))

    @model_validator(mode="after")
    def _ids_unique_across_kinds(self) -> Blueprint:
        # Commands, diagnostics and the canvas address any element by its id alone.
        collections = ("lanes", "stages", "calendars", "nodes", "edges", "sla", "scenarios", "cards")
        ids = [item.id for collection in collections for item in getattr(self, collection)]
        seen: set[str] = set()
        for key in ids + [pool.id for pool in self.all_pools()]:
            if key in seen:
                raise PydanticCustomError("used_twice", "“{key}” is used twice", {"key": key})
            seen.add(key)
        return self

    def all_pools(self) -> list[Pool]:
        """Pools owned by lanes first, then free-standing pools (plain flow diagrams)."""
        return [lane.pool for lane in self.lanes if lane.pool is not None] + list(self.pools)


# Sizes checked on the raw file before anything is built, so that a huge file is refused fast.
LIMITS: dict[str, int] = {
    "nodes": MAX_NODES,
    "edges": MAX_EDGES,
    "lanes": 1_000,
    "stages": 1_000,
    "pools": 1_000,
    "calendars": 200,
    "fields": 1_000,
    "scenarios": 1_000,
    "cards": 1_000,
    "sla": 200,
}
