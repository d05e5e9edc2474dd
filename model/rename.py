"""Renaming a ticket field or one of its choice values everywhere the blueprint names it, and
finding where a field or a value is used (to refuse removing what is still in use).

Conditions are rewritten through the expression tree of `model.expr` (parse, rename, `to_text`),
never by replacing text; a condition that does not parse is left as it is (validation reports it).
No Qt: errors are `RenameError`s carrying a code and parameters, worded by the window.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from blueprint_studio.model import expr
from blueprint_studio.model.schema import (
    BUILTIN_FIELDS,
    Blueprint,
    Edge,
    EscalationLadder,
    IntakeNode,
    Lane,
    Pool,
    SatisfactionNode,
    Scenario,
    SetField,
    SlaPolicy,
    StepNode,
    TicketCard,
    TicketField,
)

FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")


class RenameError(ValueError):
    """Why a rename is refused: `code` (invalid_name, builtin_name, name_taken, unknown_field,
    not_a_choice, unknown_value, value_taken, empty_value) with `params` for the message."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Use:
    """One place that names a field or value: the element (`collection`, `key`) and what in it:
    condition, guard, duration_rule, sla_when, override_when, satisfaction, set_field, set_fields,
    field_shares (an intake's own shares), default (a field's default value),
    mandatory, during, priority_field, card."""

    collection: str
    key: str
    place: str


@dataclass
class _Renamer:
    """Maps names and values; records each place where something was (or would be) changed."""

    field_map: Callable[[str], str]
    value_map: Callable[[str, Any], Any]
    uses: list[Use] = field(default_factory=list)
    where: tuple[str, str] = ("", "")
    hit: bool = False  # whether the condition being rewritten changed

    def note(self, place: str) -> None:
        use = Use(self.where[0], self.where[1], place)
        if use not in self.uses:
            self.uses.append(use)

    def name(self, name: str, place: str) -> str:
        new = self.field_map(name)
        if new != name:
            self.note(place)
        return new

    def value(self, field_name: str, value: Any, place: str) -> Any:
        new = self.value_map(field_name, value)
        if new is not value:
            self.note(place)
        return new

    def condition(self, text: str | None, place: str) -> str | None:
        if not text:
            return text
        try:
            tree = expr.parse(text)
        except expr.ExprError:
            return text
        self.hit = False
        renamed = self._tree(tree)
        if not self.hit:
            return text
        self.note(place)
        return expr.to_text(renamed)

    def _tree(self, node: expr.Expr) -> expr.Expr:
        if isinstance(node, expr.Field):
            name = self.field_map(node.name)
            self.hit = self.hit or name != node.name
            return replace(node, name=name)
        if isinstance(node, expr.Literal):
            return node
        if isinstance(node, expr.Not):
            return replace(node, operand=self._tree(node.operand))
        if isinstance(node, (expr.And, expr.Or)):
            return replace(node, operands=tuple(self._tree(o) for o in node.operands))
        if isinstance(node, expr.Compare):
            left, right = node.left, node.right
            if isinstance(left, expr.Field) and isinstance(right, expr.Literal):
                right = self._literal(left.name, right)
            elif isinstance(right, expr.Field) and isinstance(left, expr.Literal):
                left = self._literal(right.name, left)
            return replace(node, left=self._tree(left), right=self._tree(right))
        if isinstance(node, expr.In):
            values = node.values
            if isinstance(node.left, expr.Field):
                name = node.left.name
                values = tuple(self._literal(name, v) for v in values)
            return replace(node, left=self._tree(node.left), values=values)
        raise TypeError(f"not a condition tree: {node!r}")

    def _literal(self, field_name: str, literal: expr.Literal) -> expr.Literal:
        value = self.value_map(field_name, literal.value)
        if value is literal.value:
            return literal
        self.hit = True
        return replace(literal, value=value)


# ---------------------------------------------------------------- the walk over a blueprint


def _walk(bp: Blueprint, r: _Renamer) -> Blueprint:
    """A copy of `bp` with every reference passed through `r` (unchanged elements kept as is)."""

    def each(items: list[Any], collection: str, fn: Callable[[Any], Any]) -> list[Any]:
        out = []
        for item in items:
            r.where = (collection, item.name if isinstance(item, TicketField) else item.id)
            out.append(fn(item))
        return out

    return bp.model_copy(
        update={
            "fields": each(bp.fields, "fields", lambda f: _field(f, r)),
            "lanes": each(bp.lanes, "lanes", lambda lane: _lane(lane, r)),
            "pools": each(bp.pools, "pools", lambda p: _pool(p, r)),
            "nodes": each(bp.nodes, "nodes", lambda n: _node(n, r)),
            "edges": each(bp.edges, "edges", lambda e: _edge(e, r)),
            "sla": each(bp.sla, "sla", lambda s: _sla(s, r, "sla_when")),
            "scenarios": each(bp.scenarios, "scenarios", lambda s: _scenario(s, r)),
            "cards": each(bp.cards, "cards", lambda c: _card(c, r)),
        }
    )


def _changed(element: Any, **changes: Any) -> Any:
    same = all(getattr(element, k) == v for k, v in changes.items())
    return element if same else element.model_copy(update=changes)


def _field(f: TicketField, r: _Renamer) -> TicketField:
    name = r.field_map(f.name)
    values = [r.value_map(f.name, v) for v in f.values]
    labels = {r.value_map(f.name, v): words for v, words in f.value_labels.items()}
    default = (
        r.value(f.name, f.default, "default") if f.type == "choice" and f.default is not None else f.default
    )
    return _changed(f, name=name, values=values, value_labels=labels, default=default)


def _pool(pool: Pool, r: _Renamer) -> Pool:
    if pool.priority_field is None:
        return pool
    return _changed(pool, priority_field=r.name(pool.priority_field, "priority_field"))


def _lane(lane: Lane, r: _Renamer) -> Lane:
    return lane if lane.pool is None else _changed(lane, pool=_pool(lane.pool, r))


def _actions(actions: list[Any], r: _Renamer) -> list[Any]:
    out = []
    for action in actions:
        if isinstance(action, SetField):
            value = r.value(action.field, action.value, "set_field")
            action = _changed(action, field=r.name(action.field, "set_field"), value=value)
        out.append(action)
    return out


def _node(node: Any, r: _Renamer) -> Any:
    if isinstance(node, StepNode):
        rules = [_changed(rule, when=r.condition(rule.when, "duration_rule")) for rule in node.duration_rules]
        return _changed(
            node,
            duration_rules=rules,
            mandatory_fields=[r.name(n, "mandatory") for n in node.mandatory_fields],
            actions=_actions(node.actions, r),
            ladder=_ladder(node.ladder, r),
        )
    if isinstance(node, IntakeNode):
        fields = {r.name(k, "set_fields"): r.value(k, v, "set_fields") for k, v in node.set_fields.items()}
        shares = {
            r.name(k, "field_shares"): {r.value(k, v, "field_shares"): w for v, w in by_value.items()}
            for k, by_value in node.field_shares.items()
        }
        return _changed(node, set_fields=fields, field_shares=shares)
    if isinstance(node, SatisfactionNode):
        return _changed(node, condition=r.condition(node.condition, "satisfaction"))
    return node


def _edge(edge: Edge, r: _Renamer) -> Edge:
    return _changed(
        edge,
        condition=r.condition(edge.condition, "condition"),
        before=r.condition(edge.before, "guard"),
        during=[r.name(n, "during") for n in edge.during],
        after=_actions(edge.after, r),
    )


def _sla(policy: SlaPolicy, r: _Renamer, place: str) -> SlaPolicy:
    return _changed(policy, when=r.condition(policy.when, place) or "", ladder=_ladder(policy.ladder, r))


def _ladder(ladder: EscalationLadder | None, r: _Renamer) -> EscalationLadder | None:
    """An escalation ladder names the field whose priority it raises, and the value it sets."""
    if ladder is None or ladder.priority_field is None:
        return ladder
    value = r.value(ladder.priority_field, ladder.priority_value, "ladder")
    return _changed(ladder, priority_field=r.name(ladder.priority_field, "ladder"), priority_value=value)


def _scenario(scenario: Scenario, r: _Renamer) -> Scenario:
    if scenario.sla is None:
        return scenario
    return _changed(scenario, sla=[_sla(p, r, "override_when") for p in scenario.sla])


def _card(card: TicketCard, r: _Renamer) -> TicketCard:
    fields = {r.name(k, "card"): r.value(k, v, "card") for k, v in card.fields.items()}
    return _changed(card, fields=fields)


# ---------------------------------------------------------------- public


def _field_of(bp: Blueprint, name: str) -> TicketField:
    for f in bp.fields:
        if f.name == name:
            return f
    raise RenameError("unknown_field", field=name)


def check_field_name(bp: Blueprint, name: str, current: str | None = None) -> None:
    """Raise RenameError unless `name` can name a (new or renamed) ticket field."""
    if not FIELD_NAME.match(name):
        raise RenameError("invalid_name", name=name)
    if name in BUILTIN_FIELDS:
        raise RenameError("builtin_name", name=name)
    if name != current and any(f.name == name for f in bp.fields):
        raise RenameError("name_taken", name=name)


def rename_field(bp: Blueprint, old: str, new: str) -> Blueprint:
    """`bp` with the field `old` named `new` everywhere (validated as a whole)."""
    _field_of(bp, old)
    check_field_name(bp, new, current=old)
    renamer = _Renamer(lambda n: new if n == old else n, lambda _f, v: v)
    return Blueprint.model_validate(_walk(bp, renamer).model_dump(warnings=False))


def rename_value(bp: Blueprint, field_name: str, old: str, new: str) -> Blueprint:
    """`bp` with the choice value `old` of `field_name` written `new` everywhere."""
    f = _field_of(bp, field_name)
    if f.type != "choice":
        raise RenameError("not_a_choice", field=field_name)
    if old not in f.values:
        raise RenameError("unknown_value", field=field_name, value=old)
    if not new.strip():
        raise RenameError("empty_value", field=field_name)
    if new != old and new in f.values:
        raise RenameError("value_taken", field=field_name, value=new)

    def values(name: str, value: Any) -> Any:
        return new if name == field_name and isinstance(value, str) and value == old else value

    renamer = _Renamer(lambda n: n, values)
    return Blueprint.model_validate(_walk(bp, renamer).model_dump(warnings=False))


def field_uses(bp: Blueprint, name: str) -> list[Use]:
    """Every place (other than the field itself) that names the field `name`."""
    marker = "\0renamed"
    renamer = _Renamer(lambda n: marker if n == name else n, lambda _f, v: v)
    _walk(bp, renamer)
    return [u for u in renamer.uses if u.collection != "fields"]


def value_uses(bp: Blueprint, field_name: str, value: str) -> list[Use]:
    """Every place that names the choice value `value` of `field_name`."""
    marker = "\0renamed"
    renamer = _Renamer(
        lambda n: n, lambda n, v: marker if n == field_name and isinstance(v, str) and v == value else v
    )
    _walk(bp, renamer)
    return [u for u in renamer.uses if u.collection != "fields"]
