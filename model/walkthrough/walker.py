"""The training walkthrough: one ticket card stepped node by node through a compiled flow model,
with history, SLA clocks and quiz scoring (handout.py builds handouts on it). No Qt and no
randomness: the dock, the canvas and the PDF code only read the frozen views of views.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from blueprint_studio.model.agent_words import step_sentences
from blueprint_studio.model.contact_words import node_sentences
from blueprint_studio.model.flow import FlowAction, FlowModel, FlowNode, Transition
from blueprint_studio.model.ladder_words import clock_state, clock_words, flow_plan
from blueprint_studio.model.schema import BUILTIN_FIELDS, TicketCard, TicketField
from blueprint_studio.model.sim.clocks import BusinessClock
from blueprint_studio.model.sim.distributions import mean_of
from blueprint_studio.model.sim.results import OUTCOMES_RESOLVED
from blueprint_studio.model.validation import field_schema, value_fits
from blueprint_studio.model.walkthrough.views import (
    ESCALATE,
    REJECTED,
    TIMEOUT,
    ActionView,
    ChoiceView,
    FieldView,
    HandoutCard,
    HandoutStep,
    PathEntry,
    QuizFeedback,
    SentTemplate,
    SlaView,
    StepView,
    Summary,
    WalkthroughError,
)
from blueprint_studio.model.walkthrough.words import (
    action_words,
    approval_words,
    condition_words,
    field_labels,
    reason_words,
    words,
)

__all__ = [
    "ESCALATE",
    "TIMEOUT",
    "ActionView",
    "ChoiceView",
    "FieldView",
    "HandoutCard",
    "HandoutStep",
    "PathEntry",
    "QuizFeedback",
    "SentTemplate",
    "SlaView",
    "StepView",
    "Summary",
    "Walkthrough",
    "WalkthroughError",
]

DEFAULT_START = 9 * 60.0  # the sample ticket arrives on Monday at 09:00 (business-hours clocks)
EPSILON = 1e-9
_OUTCOME_FIELD = {"wait": "responded", "satisfaction": "satisfied"}


@dataclass(frozen=True, slots=True)
class _Snapshot:
    """The ticket at one node of its history; never changed, so going back is free."""

    node: int
    fields: Mapping[str, Any]
    filled: frozenset[str]
    wall: float  # minutes since arrival
    paused: float  # SLA minutes paused so far
    responded_at: float | None  # SLA minutes at the first response
    sent: tuple[SentTemplate, ...]
    applied: tuple[ActionView, ...]
    escalations: tuple[str, ...]
    via: str | None


@dataclass(frozen=True, slots=True)
class _Choice:
    key: str
    transition: Transition | None  # None: the wait node's timeout
    target: int
    responded: bool | None
    satisfied: bool | None
    approval: str | None = None  # an edge that needs approval: "granted" or "rejected"


def _pick(transitions: Sequence[Transition], fields: Mapping[str, Any]) -> int | None:
    """The routing of `model.sim.routing` without chance: conditions, then the most likely
    probability, then the default; only offered transitions count."""

    def offered(t: Transition) -> bool:
        return t.guard is None or t.guard(fields)

    for i, t in enumerate(transitions):
        if t.rule == "condition" and offered(t) and t.condition is not None and t.condition(fields):
            return i
    probable = [
        (t.probability, -i) for i, t in enumerate(transitions) if t.rule == "probability" and offered(t)
    ]
    if probable:
        return -max(probable)[1]
    return next(
        (i for i, t in enumerate(transitions) if t.rule in ("default", "always") and offered(t)), None
    )


def _default_value(spec: TicketField) -> Any:
    if spec.type == "choice":
        return spec.values[0]
    return {"boolean": False, "number": 0, "text": ""}[spec.type]


class Walkthrough:
    """A card's ticket at a node of the model; `advance`, `escalate`, `back` and `go_to` move it."""

    def __init__(
        self,
        flow_model: FlowModel,
        card: TicketCard,
        lang: str = "en",
        quiz: bool = False,
        start_minute: float = DEFAULT_START,
    ) -> None:
        self.model, self.card, self.lang, self.quiz = flow_model, card, lang, quiz
        self.start_minute = start_minute
        self._schema = {f.name: f for f in flow_model.fields}
        self._specs = field_schema(flow_model.fields)
        self._labels = field_labels(flow_model.fields)  # fields named as the trainee sees them
        start = self._start_node()
        problems = self._problems(card.fields)
        if problems:
            raise WalkthroughError("bad_value", tuple(problems), problems=problems)
        fields: dict[str, Any] = {f.name: _default_value(f) for f in flow_model.fields}
        fields.update(card.fields)
        arrival = flow_model.nodes[start].arrival
        set_fields = dict(arrival.set_fields) if arrival is not None else {}
        fields.update(set_fields)
        fields.update({name: False for name in BUILTIN_FIELDS})
        filled = frozenset(BUILTIN_FIELDS) | frozenset(card.fields) | frozenset(set_fields)
        self.policy = flow_model.sla_for(fields)
        calendar = self.policy.calendar if self.policy is not None else None
        self._clock = BusinessClock(calendar) if calendar is not None else None
        self._history = [_Snapshot(start, MappingProxyType(fields), filled, 0.0, 0.0, None, (), (), (), None)]
        self._cursor = 0
        self._quiz: dict[tuple[int, str], bool] = {}

    # ------------------------------------------------------------------ set-up and basics
    def _start_node(self) -> int:
        model, path = self.model, self.card.expected_path
        if path:
            if path[0] not in model.index:
                raise WalkthroughError("unknown_node", node=path[0])
            return model.index[path[0]]
        if not model.intakes:
            raise WalkthroughError("unknown_node", node=None)
        return model.intakes[0]

    def _problems(self, values: Mapping[str, Any]) -> dict[str, str]:
        """Field name -> what is wrong with its value; `responded`/`satisfied` are not filled in."""
        problems: dict[str, str] = {}
        for name, value in values.items():
            spec = self._specs.get(name)
            if spec is None or name in BUILTIN_FIELDS:
                problems[name] = "unknown_field" if spec is None else "builtin_field"
            elif not value_fits(spec, value):
                problems[name] = "not_a_choice" if spec.type == "choice" else "wrong_type"
        return problems

    @property
    def _current(self) -> _Snapshot:
        return self._history[self._cursor]

    @property
    def cursor(self) -> int:
        return self._cursor

    @property
    def finished(self) -> bool:
        return self.model.nodes[self._current.node].kind == "end"

    def _node(self, index: int) -> FlowNode:
        return self.model.nodes[index]

    def _is_empty(self, snap: _Snapshot, name: str) -> bool:
        return name not in snap.filled or snap.fields.get(name) == ""

    def _measure(self, start_wall: float, end_wall: float) -> float:
        if self._clock is None:
            return end_wall - start_wall
        return self._clock.between(self.start_minute + start_wall, self.start_minute + end_wall)

    def _elapsed(self, snap: _Snapshot) -> float:
        return self._measure(0.0, snap.wall) - snap.paused

    def _typical(self, node: FlowNode, fields: Mapping[str, Any], timeout: bool = False) -> float:
        """Minutes a node takes: a step's mean (or its matching duration rule's), a wait's mean
        response time (at most its timeout) or its timeout; other nodes take no time."""
        if node.kind == "step" and node.duration is not None:
            dist = next((d for when, d in node.duration_rules if when(fields)), node.duration)
            return mean_of(dist)
        if node.kind == "wait":
            if timeout:
                return node.timeout or 0.0
            typical = mean_of(node.response_time) if node.response_time is not None else 0.0
            return min(typical, node.timeout) if node.timeout is not None else typical
        return 0.0

    def _likely(self, node: FlowNode, fields: Mapping[str, Any]) -> bool:
        """The outcome the model expects at a satisfaction or wait node."""
        if node.kind == "satisfaction":
            if node.satisfied_when is not None:
                return bool(node.satisfied_when(fields))
            return node.p_satisfied >= 0.5
        return node.p_response >= 0.5

    # ------------------------------------------------------------------ choices
    def _choices(self, snap: _Snapshot) -> list[_Choice]:
        node = self._node(snap.node)
        values = self._branch_values(node, snap.fields)
        choices = [
            _Choice(
                t.edge_id,
                t,
                t.target,
                value if node.kind == "wait" else None,
                value if node.kind == "satisfaction" else None,
                None if t.approval is None else "granted",
            )
            for t, value in zip(node.transitions, values)
        ]
        if node.kind == "wait" and node.timeout is not None and node.timeout_target is not None:
            choices.append(_Choice(TIMEOUT, None, node.timeout_target, False, None))
        # an approval's other answer: its rejection path (after the branches, whose indices
        # are the transitions')
        for c in list(choices):
            if c.approval is not None and c.transition is not None and c.transition.approval is not None:
                back = c.transition.approval.rejected_to
                choices.append(replace(c, key=c.key + REJECTED, target=back, approval="rejected"))
        return choices

    def _branch_values(self, node: FlowNode, fields: Mapping[str, Any]) -> list[bool | None]:
        """For each transition of a wait or satisfaction node, the value of `responded` or
        `satisfied` under which the model takes it."""
        name = _OUTCOME_FIELD.get(node.kind)
        transitions = node.transitions
        if name is None:
            return [None] * len(transitions)
        on_true = _pick(transitions, {**fields, name: True})
        on_false = _pick(transitions, {**fields, name: False})
        likely = self._likely(node, fields)
        # With a timeout the engine never routes an unanswered ticket through the edges.
        answered_only = node.kind == "wait" and node.timeout is not None
        values: list[bool | None] = []
        for i, t in enumerate(transitions):
            if i == on_true and i == on_false:
                values.append(likely)
            elif i == on_true or answered_only:
                values.append(True)
            elif i == on_false:
                values.append(False)
            elif t.rule == "condition" and t.condition is not None and t.condition({**fields, name: True}):
                values.append(True)
            elif t.rule == "condition" and t.condition is not None and t.condition({**fields, name: False}):
                values.append(False)
            else:
                values.append(node.kind == "wait" or likely)
        return values

    def _fields_for(
        self, snap: _Snapshot, choice: _Choice, values: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        fields = dict(snap.fields)
        if choice.responded is not None:
            fields["responded"] = choice.responded
        if choice.satisfied is not None:
            fields["satisfied"] = choice.satisfied
        fields.update(values or {})
        return fields

    def _offered(self, choice: _Choice, fields: Mapping[str, Any]) -> bool:
        t = choice.transition
        return t is None or t.guard is None or bool(t.guard(fields))

    def _suggested(self, snap: _Snapshot, choices: list[_Choice]) -> int | None:
        node = self._node(snap.node)
        name = _OUTCOME_FIELD.get(node.kind)
        fields = dict(snap.fields)
        if name is not None:
            likely = self._likely(node, fields)
            if node.kind == "wait" and not likely and choices and choices[-1].key == TIMEOUT:
                return len(choices) - 1
            fields[name] = likely
        return _pick(node.transitions, fields)

    def suggested(self) -> int | None:
        """The choice the model itself takes for this ticket (for "next" with Right or Space)."""
        snap = self._current
        return self._suggested(snap, self._choices(snap))

    def _towards(self, snap: _Snapshot, choices: list[_Choice], node_id: str | None) -> int | None:
        target = self.model.index.get(node_id) if node_id is not None else None
        candidates = [
            i
            for i, c in enumerate(choices)
            if c.target == target and self._offered(c, self._fields_for(snap, c))
        ]
        if not candidates:
            return None
        suggested = self._suggested(snap, choices)
        timeouts = [i for i in candidates if choices[i].key == TIMEOUT]
        return suggested if suggested in candidates else (timeouts or candidates)[0]

    def choice_towards(self, node_id: str) -> int | None:
        """The offered choice leading to `node_id` (the model's own, or the timeout, first)."""
        snap = self._current
        return self._towards(snap, self._choices(snap), node_id)

    def _required(self, node: FlowNode, choice: _Choice) -> tuple[str, ...]:
        names = list(node.mandatory) if node.kind == "step" else []
        if choice.transition is not None:
            names += [n for n in choice.transition.mandatory if n not in names]
        return tuple(names)

    def _resolve(self, choice: int | str, choices: list[_Choice]) -> int:
        if isinstance(choice, bool) or not isinstance(choice, (int, str)):
            raise WalkthroughError("unknown_choice", choice=choice)
        if isinstance(choice, int):
            if 0 <= choice < len(choices):
                return choice
        else:
            for i, c in enumerate(choices):
                if c.key == choice:
                    return i
        raise WalkthroughError("unknown_choice", choice=choice)

    # ------------------------------------------------------------------ moving
    def advance(
        self, choice: int | str, filled: Mapping[str, Any] | None = None, *, enforce: bool = True
    ) -> QuizFeedback | None:
        """Take choice `choice` (index or edge id) after filling `filled`. Raises WalkthroughError
        and changes nothing when refused; in a quiz, a wrong branch returns feedback and stays.
        `enforce=False` skips the guard, mandatory-field and quiz checks (handouts, demos)."""
        snap = self._current
        node = self._node(snap.node)
        if node.kind == "end":
            raise WalkthroughError("finished")
        choices = self._choices(snap)
        index = self._resolve(choice, choices)
        chosen = choices[index]
        values = dict(filled or {})
        problems = self._problems(values)
        if problems:
            raise WalkthroughError("bad_value", tuple(problems), problems=problems)
        if not enforce:
            self._push(self._moved(snap, chosen, values))
            return None
        fields = self._fields_for(snap, chosen, values)
        if not self._offered(chosen, fields) and chosen.transition is not None:  # a timeout is offered
            raise WalkthroughError(
                "not_offered",
                (),
                edge=chosen.key,
                why=condition_words(chosen.transition.guard_text, self.lang, self._labels),
            )
        feedback = self._judge(snap, choices, index) if self.quiz else None
        if feedback is not None and not feedback.correct:
            self._quiz.setdefault((self._cursor, node.id), False)
            return feedback
        after = replace(snap, fields=MappingProxyType(fields), filled=snap.filled | set(values))
        missing = tuple(n for n in self._required(node, chosen) if self._is_empty(after, n))
        if missing:
            raise WalkthroughError("missing_fields", missing)
        if feedback is not None:
            self._quiz.setdefault((self._cursor, node.id), True)
        self._push(self._moved(snap, chosen, values))
        return feedback

    def _moved(self, snap: _Snapshot, choice: _Choice, values: Mapping[str, Any]) -> _Snapshot:
        """The snapshot after leaving the current node by `choice`: clock, first response, the
        step's template and actions, then the transition's actions."""
        node = self._node(snap.node)
        fields = self._fields_for(snap, choice, values)
        filled = set(snap.filled) | set(values)
        wall = snap.wall + self._typical(node, fields, timeout=choice.key == TIMEOUT)
        if choice.approval is not None and choice.transition is not None and choice.transition.approval:
            wall += mean_of(choice.transition.approval.time)  # the wait for the answer
        paused = snap.paused + (self._measure(snap.wall, wall) if node.pauses_sla else 0.0)
        now = self._measure(0.0, wall) - paused
        responded_at = snap.responded_at
        sent, applied = list(snap.sent), []
        actions: list[tuple[FlowAction, str | None]] = []
        if node.kind == "step":
            if node.first_response and responded_at is None:
                responded_at = now
            if node.template_response:
                sent.append(SentTemplate(node.id, None, node.template_response))
                applied.append(self._action_view(FlowAction("send_template", text=node.template_response)))
            actions += [(a, None) for a in node.actions]
        if choice.transition is not None and choice.approval != "rejected":
            actions += [(a, choice.transition.edge_id) for a in choice.transition.actions]
        for action, edge_id in actions:
            if action.kind == "set" and action.field is not None:  # a set action names its field
                fields[action.field] = action.value
                filled.add(action.field)
            elif action.kind == "send_template":
                sent.append(SentTemplate(node.id, edge_id, action.text))
                responded_at = now if responded_at is None else responded_at
            applied.append(self._action_view(action))
        return _Snapshot(
            choice.target,
            MappingProxyType(fields),
            frozenset(filled),
            wall,
            paused,
            responded_at,
            tuple(sent),
            tuple(applied),
            snap.escalations,
            choice.key,
        )

    def escalate(self) -> None:
        """The step's time limit passes: the ticket leaves for the escalation target (a breach)."""
        snap = self._current
        node = self._node(snap.node)
        if node.kind != "step" or node.time_limit is None or node.escalate_to is None:
            raise WalkthroughError("no_escalation", node=node.id)
        wall = snap.wall + node.time_limit
        paused = snap.paused + (self._measure(snap.wall, wall) if node.pauses_sla else 0.0)
        self._push(
            replace(
                snap,
                node=node.escalate_to,
                wall=wall,
                paused=paused,
                applied=(),
                escalations=snap.escalations + (node.id,),
                via=ESCALATE,
            )
        )

    def _push(self, snap: _Snapshot) -> None:
        del self._history[self._cursor + 1 :]
        self._history.append(snap)
        self._cursor += 1

    def back(self) -> bool:
        """Return to the previous step; False (and nothing changes) at the intake."""
        if self._cursor == 0:
            return False
        self._cursor -= 1
        return True

    def go_to(self, history_index: int) -> None:
        """Show step `history_index` of the history; the next move drops the steps after it."""
        if isinstance(history_index, bool) or not 0 <= history_index < len(self._history):
            raise WalkthroughError("bad_history_index", index=history_index)
        self._cursor = history_index

    def history(self) -> tuple[PathEntry, ...]:
        """Every step in the history, including those after the cursor (until the next move)."""
        return tuple(self._entry(s) for s in self._history)

    def _entry(self, snap: _Snapshot) -> PathEntry:
        node = self._node(snap.node)
        return PathEntry(node.id, node.title, node.kind, snap.via)

    # ------------------------------------------------------------------ quiz
    def _expected(self, snap: _Snapshot, choices: list[_Choice]) -> int | None:
        path = self.card.expected_path
        k = self._cursor
        walked = [self._node(s.node).id for s in self._history[: k + 1]]
        if len(path) > k + 1 and list(path[: k + 1]) == walked:
            index = self._towards(snap, choices, path[k + 1])
            if index is not None:
                return index
        return self._suggested(snap, choices)

    def _judge(self, snap: _Snapshot, choices: list[_Choice], index: int) -> QuizFeedback | None:
        offered = [c for c in choices if self._offered(c, self._fields_for(snap, c))]
        if len(offered) < 2:
            return None
        expected = self._expected(snap, choices)
        if expected is None:
            return None
        right, taken = choices[expected], choices[index]
        code, reason = self._reason(snap, right)
        # an approval's answer is not the trainee's to choose: either answer of the right edge is right
        answered = taken.approval is not None and taken.transition is right.transition
        return QuizFeedback(
            taken.target == right.target or answered, self._node(right.target).id, expected, reason, code
        )

    def _reason(self, snap: _Snapshot, choice: _Choice) -> tuple[str, str]:
        node, t = self._node(snap.node), choice.transition
        if t is None:
            label = words(self.lang)["timeout_label"]
        else:
            label = t.label or self._node(choice.target).title
        condition = probability = None
        if t is None:
            code = "timeout"
        elif node.kind == "satisfaction":
            code = "satisfied" if choice.satisfied else "not_satisfied"
        elif node.kind == "wait" and choice.responded and t.rule != "probability":
            code = "responded"
        elif t.rule == "condition":
            code = "condition"
            condition = condition_words(t.condition_text, self.lang, self._labels)
        elif t.rule == "probability":
            code, probability = "probability", t.probability
        else:
            code = t.rule
        return code, reason_words(code, label, self.lang, condition, probability, node.timeout)

    def score(self) -> tuple[int, int]:
        """(decisions answered right at the first try, decisions met) in quiz mode."""
        return sum(self._quiz.values()), len(self._quiz)

    # ------------------------------------------------------------------ views
    def _action_view(self, action: FlowAction) -> ActionView:
        pool = self.model.pools[action.pool] if action.pool is not None else None
        name = pool.name if pool is not None else ""
        label = self._labels.field(action.field, self.lang) if action.field is not None else None
        value = self._labels.value(action.field, action.value, self.lang)  # words, not a value id
        text = action_words(action.kind, self.lang, label, value, action.text, name)
        done = action_words(action.kind, self.lang, label, value, action.text, name, done=True)
        return ActionView(
            action.kind,
            text,
            action.field,
            action.value,
            action.text,
            pool.id if pool is not None else None,
            done,
        )

    def _field_view(self, snap: _Snapshot, name: str) -> FieldView:
        spec = self._schema.get(name)
        kind = spec.type if spec is not None else BUILTIN_FIELDS.get(name, "text")
        values = tuple(spec.values) if spec is not None else ()
        return FieldView(
            name,
            self._labels.field(name, self.lang),
            kind,
            snap.fields.get(name),
            self._is_empty(snap, name),
            values,
            tuple(self._labels.value(name, v, self.lang) for v in values),
            self._labels.value(name, snap.fields.get(name), self.lang),
        )

    def _choice_view(self, snap: _Snapshot, index: int, choice: _Choice, suggested: int | None) -> ChoiceView:
        node, t = self._node(snap.node), choice.transition
        fields = self._fields_for(snap, choice)
        target = self._node(choice.target)
        missing = tuple(n for n in self._required(node, choice) if self._is_empty(snap, n))
        duration = self._typical(node, fields, timeout=t is None)
        if t is None:
            return ChoiceView(
                index,
                TIMEOUT,
                target.id,
                target.title,
                words(self.lang)["timeout_label"],
                "timeout",
                True,
                None,
                None,
                "timeout",
                index == suggested,
                (),
                missing,
                (),
                duration,
                False,
            )
        offered = self._offered(choice, fields)
        rule_value: bool | float | str
        if t.rule == "condition" and t.condition is not None:
            rule_value = bool(t.condition(fields))
        elif t.rule == "probability" and t.probability is not None:
            rule_value = t.probability
        else:
            rule_value = t.rule
        label, answer = t.label, ""
        if choice.approval is not None and t.approval is not None:
            answer = approval_words(choice.approval, t.approval.role, self.lang)
            duration += mean_of(t.approval.time)
            label = f"{t.label or self._node(t.target).title} — {answer}"
        return ChoiceView(
            index,
            choice.key,
            target.id,
            target.title,
            label,
            t.rule,
            offered,
            None if offered else condition_words(t.guard_text, self.lang, self._labels),
            condition_words(t.condition_text, self.lang, self._labels),
            rule_value,
            index == suggested,
            t.mandatory,
            missing,
            tuple(self._action_view(a) for a in t.actions) if choice.approval != "rejected" else (),
            duration,
            choice.responded,
            choice.satisfied,
            tuple(self._labels.field(name, self.lang) for name in t.mandatory),
            choice.approval,
            answer,
        )

    def _sla_view(self, snap: _Snapshot) -> SlaView:
        policy, node = self.policy, self._node(snap.node)
        elapsed = self._elapsed(snap)
        fr_target = policy.first_response if policy is not None else None
        res_target = policy.resolution if policy is not None else None
        fr_at = snap.responded_at
        fr_count = fr_at if fr_at is not None else elapsed
        return SlaView(
            policy.id if policy else None,
            policy.name if policy else "",
            self._clock is not None,
            snap.wall,
            self.start_minute + snap.wall,
            elapsed,
            snap.paused,
            node.pauses_sla,
            fr_target,
            fr_at,
            None if fr_target is None or fr_at is not None else fr_target - elapsed,
            fr_target is not None and fr_count > fr_target + EPSILON,
            res_target,
            None if res_target is None else res_target - elapsed,
            res_target is not None and elapsed > res_target + EPSILON,
            *self._ladder_view(elapsed, fr_at),
        )

    def _ladder_view(self, elapsed: float, responded_at: float | None) -> tuple[str, tuple[str, ...]]:
        """Where the clock stands on the policy's ladder, in words, and what the ladder does."""
        policy = self.policy
        ladder = policy.ladder if policy is not None else None
        if policy is None or ladder is None:
            return "", ()
        first = ladder.clock == "first_response"
        target = policy.first_response if first else policy.resolution
        counted = responded_at if first and responded_at is not None else elapsed
        state = clock_state(counted, target, ladder.warn_at)
        plan = flow_plan(ladder, target, self.model, self.lang)
        return state, (clock_words(state, ladder.warn_at, self.lang), *plan)

    def state(self) -> StepView:
        """What the dock shows at the current step."""
        snap = self._current
        node = self._node(snap.node)
        choices = self._choices(snap)
        suggested = self._suggested(snap, choices)
        escalate_to = self._node(node.escalate_to) if node.escalate_to is not None else None
        return StepView(
            self._cursor,
            node.id,
            node.kind,
            node.title,
            node.lane,
            node.guidance,
            node.template_response,
            node.question,
            node.evidence,
            node.outcome,
            tuple(self._field_view(snap, n) for n in node.mandatory),
            tuple(self._action_view(a) for a in node.actions),
            self._typical(
                node, self._fields_for(snap, choices[suggested]) if suggested is not None else snap.fields
            ),
            node.time_limit,
            escalate_to.id if escalate_to else None,
            escalate_to.title if escalate_to else "",
            self._sla_view(snap),
            tuple(self._choice_view(snap, i, c, suggested) for i, c in enumerate(choices)),
            suggested,
            snap.applied,
            snap.sent,
            tuple(self._field_view(snap, n) for n in snap.fields),
            node.kind == "end",
            self._applied_at(snap),
            tuple(flow_plan(node.ladder, node.time_limit, self.model, self.lang, node.escalate_to))
            if node.ladder is not None
            else (),
            node_sentences(node, self.model, self.lang),
            step_sentences(node, self.model, self.lang),
        )

    def _applied_at(self, snap: _Snapshot) -> str:
        """The title of the node whose leaving did `snap.applied`: the step before this one."""
        if not snap.applied or self._cursor == 0:
            return ""
        before = self._node(self._history[self._cursor - 1].node)
        return before.title or before.id

    def summary(self) -> Summary:
        """The walk so far: path, time, SLA met or not; `finished` once at an end."""
        snap = self._current
        node = self._node(snap.node)
        sla = self._sla_view(snap)
        finished = node.kind == "end"
        resolved = finished and node.outcome in OUTCOMES_RESOLVED
        return Summary(
            tuple(self._entry(s) for s in self._history[: self._cursor + 1]),
            snap.wall,
            sla.elapsed,
            snap.responded_at,
            sla.first_response_target,
            None if sla.first_response_target is None else not sla.first_response_breached,
            sla.resolution_target,
            None if sla.resolution_target is None or not resolved else not sla.resolution_breached,
            snap.sent,
            tuple(self._field_view(snap, n) for n in snap.fields),
            node.outcome if finished else None,
            snap.escalations,
            finished,
        )
