"""Renaming a ticket field or a choice value (model/rename.py) on every bundled template: every
reference is rewritten through the expression tree (none is left naming the old name), the renamed
blueprint validates as the original did and simulates to the same figures with the same seed."""

from __future__ import annotations

import json
from typing import Any

import pytest

from blueprint_studio.model import expr
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.rename import (
    RenameError,
    field_uses,
    rename_field,
    rename_value,
    value_uses,
)
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    IntakeNode,
    Pool,
    SatisfactionNode,
    Scenario,
    SetField,
    SlaPolicy,
    StepNode,
    TicketCard,
    TicketField,
)
from blueprint_studio.model.sim import SimulationSettings
from blueprint_studio.model.sim.engine import Engine
from blueprint_studio.model.validation import analyse
from blueprint_studio.resources import templates

TEMPLATES = templates()


def conditions(bp: Blueprint) -> list[str]:
    """Every condition text of the blueprint, wherever it is."""
    found: list[str | None] = []
    for edge in bp.edges:
        found += [edge.condition, edge.before]
    for node in bp.nodes:
        if isinstance(node, StepNode):
            found += [rule.when for rule in node.duration_rules]
        if isinstance(node, SatisfactionNode):
            found.append(node.condition)
    found += [p.when for p in bp.sla]
    for scenario in bp.scenarios:
        found += [p.when for p in scenario.sla or []]
    return [text for text in found if text]


def names_in(bp: Blueprint) -> list[str]:
    """Every field name a condition, rule, action, intake, pool or card of `bp` names."""
    names = [n for text in conditions(bp) for n in expr.field_names(expr.parse(text))]
    for node in bp.nodes:
        if isinstance(node, StepNode):
            names += node.mandatory_fields + [a.field for a in node.actions if isinstance(a, SetField)]
        if isinstance(node, IntakeNode):
            names += list(node.set_fields)
    for edge in bp.edges:
        names += edge.during + [a.field for a in edge.after if isinstance(a, SetField)]
    names += [p.priority_field for p in bp.all_pools() if p.priority_field]
    names += [k for card in bp.cards for k in card.fields]
    return names


def values_of(bp: Blueprint, field: str) -> list[Any]:
    """Every value compared with, set to or carried by `field` anywhere in `bp`."""
    found: list[Any] = []
    for text in conditions(bp):
        for node in _nodes(expr.parse(text)):
            if isinstance(node, expr.Compare):
                for a, b in ((node.left, node.right), (node.right, node.left)):
                    if isinstance(a, expr.Field) and a.name == field and isinstance(b, expr.Literal):
                        found.append(b.value)
            if isinstance(node, expr.In) and isinstance(node.left, expr.Field) and node.left.name == field:
                found += [v.value for v in node.values]
    actions = [a for n in bp.nodes if isinstance(n, StepNode) for a in n.actions]
    actions += [a for e in bp.edges for a in e.after]
    found += [a.value for a in actions if isinstance(a, SetField) and a.field == field]
    found += [n.set_fields[field] for n in bp.nodes if isinstance(n, IntakeNode) and field in n.set_fields]
    found += [c.fields[field] for c in bp.cards if field in c.fields]
    return found


def _nodes(tree: expr.Expr):
    yield tree
    for child in getattr(tree, "operands", ()) or ():
        yield from _nodes(child)
    for name in ("operand", "left", "right"):
        child = getattr(tree, name, None)
        if child is not None and not isinstance(child, (str, int, float)):
            yield from _nodes(child)


def codes(bp: Blueprint) -> list[str]:
    return sorted(d.code for d in analyse(bp).diagnostics)


def figures(bp: Blueprint) -> str:
    """The results as JSON; the results name fields and values (figures per category), so the
    prefixes the renames add are taken off again."""
    result = compile_blueprint(bp)
    assert result.ok, [d.code for d in result.errors]
    settings = SimulationSettings(horizon_minutes=3 * 1440, warmup_minutes=0, seed=11)
    text = json.dumps(Engine(result.model, settings).run().to_dict(), sort_keys=True)
    return text.replace(PREFIX_FIELD, "").replace(PREFIX_VALUE, "")


PREFIX_FIELD, PREFIX_VALUE = "renamed_field_", "renamed_value_"


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: f"{t.name}.{t.language}")
def test_renaming_each_field_rewrites_every_reference(template):
    bp = load(template.path)
    before = names_in(bp)
    for field in bp.fields:
        renamed = rename_field(bp, field.name, f"{field.name}_renamed")
        after = names_in(renamed)
        assert field.name not in after
        assert after.count(f"{field.name}_renamed") == before.count(field.name)
        assert [f.name for f in renamed.fields] == [
            f"{field.name}_renamed" if f.name == field.name else f.name for f in bp.fields
        ]
        assert len(field_uses(renamed, f"{field.name}_renamed")) == len(field_uses(bp, field.name))
        assert codes(renamed) == codes(bp)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: f"{t.name}.{t.language}")
def test_renaming_each_value_rewrites_every_reference(template):
    bp = load(template.path)
    for field in (f for f in bp.fields if f.type == "choice"):
        for value in field.values:
            new = f'{value} "renamed"'  # quotes must be escaped in the rewritten conditions
            renamed = rename_value(bp, field.name, value, new)
            olds, news = values_of(bp, field.name), values_of(renamed, field.name)
            assert news == [new if v == value else v for v in olds]
            kept = next(f for f in renamed.fields if f.name == field.name)
            assert kept.values == [new if v == value else v for v in field.values]
            assert kept.weights == field.weights
            if value in field.value_labels:
                assert kept.value_labels[new] == field.value_labels[value]
            assert not value_uses(renamed, field.name, value)
            assert len(value_uses(renamed, field.name, new)) == len(value_uses(bp, field.name, value))
            assert codes(renamed) == codes(bp)


@pytest.mark.parametrize("name", sorted({t.name for t in TEMPLATES}))
def test_a_renamed_blueprint_simulates_to_the_same_figures(name):
    template = next(t for t in TEMPLATES if t.name == name and t.language == "en")
    bp = load(template.path)
    if not compile_blueprint(bp).ok:
        pytest.skip("the template does not compile")
    original = figures(bp)
    renamed = bp
    for field in bp.fields:
        renamed = rename_field(renamed, field.name, PREFIX_FIELD + field.name)
        if field.type == "choice":
            for value in field.values:
                renamed = rename_value(renamed, PREFIX_FIELD + field.name, value, PREFIX_VALUE + value)
    assert renamed != bp
    assert figures(renamed) == original


def small() -> Blueprint:
    return Blueprint(
        fields=[
            TicketField(name="category", values=["support", "feature"], weights=[8, 2]),
            TicketField(name="priority", values=["P1", "P2"], value_labels={"P1": {"fr": "Urgente"}}),
            TicketField(name="vip", type="boolean"),
        ],
        pools=[Pool(id="desk", discipline="priority", priority_field="priority")],
        nodes=[
            IntakeNode(id="in", set_fields={"priority": "P2"}),
            StepNode(
                id="s",
                pool="desk",
                mandatory_fields=["priority"],
                actions=[SetField(field="priority", value="P1")],
            ),
            SatisfactionNode(id="q", condition='priority == "P1" or vip'),
            EndNode(id="end"),
        ],
        edges=[
            Edge(id="e1", source="in", target="s"),
            Edge(id="e2", source="s", target="q", before='"P2" != priority', during=["priority"]),
            Edge(
                id="e3",
                source="q",
                target="end",
                condition="category == 'feature' and priority in ('P1', 'P2')",
            ),
            Edge(id="e4", source="q", target="end", condition="broken ((", default=False),
        ],
        sla=[SlaPolicy(id="sla_p1", when='priority == "P1"', first_response=60)],
        scenarios=[Scenario(id="sc", sla=[SlaPolicy(id="o1", when="not (priority == 'P2')")])],
        cards=[TicketCard(id="c", fields={"priority": "P1", "category": "support"})],
    )


def test_every_kind_of_reference_is_renamed_and_the_rest_left_as_written():
    bp = rename_value(rename_field(small(), "priority", "urgency"), "urgency", "P1", "critical")
    edges = {e.id: e for e in bp.edges}
    assert edges["e2"].before == '"P2" != urgency' and edges["e2"].during == ["urgency"]
    assert edges["e3"].condition == 'category == "feature" and urgency in ("critical", "P2")'
    assert edges["e4"].condition == "broken ((", "a condition that does not parse is left as written"
    nodes = {n.id: n for n in bp.nodes}
    assert nodes["in"].set_fields == {"urgency": "P2"}
    assert nodes["s"].mandatory_fields == ["urgency"]
    assert nodes["s"].actions == [SetField(field="urgency", value="critical")]
    assert nodes["q"].condition == 'urgency == "critical" or vip'
    assert bp.pools[0].priority_field == "urgency"
    assert bp.sla[0].when == 'urgency == "critical"'
    assert bp.scenarios[0].sla[0].when == 'not urgency == "P2"'
    assert bp.cards[0].fields == {"urgency": "critical", "category": "support"}
    field = bp.fields[1]
    assert (field.name, field.values, field.value_labels) == (
        "urgency",
        ["critical", "P2"],
        {"critical": {"fr": "Urgente"}},
    )
    # Another field's value spelled the same is not touched.
    assert rename_value(small(), "category", "support", "help").edges[1].before == '"P2" != priority'


def test_uses_name_each_place():
    uses = {(u.collection, u.key, u.place) for u in field_uses(small(), "priority")}
    assert uses == {
        ("pools", "desk", "priority_field"),
        ("nodes", "in", "set_fields"),
        ("nodes", "s", "mandatory"),
        ("nodes", "s", "set_field"),
        ("nodes", "q", "satisfaction"),
        ("edges", "e2", "guard"),
        ("edges", "e2", "during"),
        ("edges", "e3", "condition"),
        ("sla", "sla_p1", "sla_when"),
        ("scenarios", "sc", "override_when"),
        ("cards", "c", "card"),
    }
    assert {(u.key, u.place) for u in value_uses(small(), "priority", "P1")} == {
        ("s", "set_field"),
        ("q", "satisfaction"),
        ("e3", "condition"),
        ("sla_p1", "sla_when"),
        ("c", "card"),
    }
    assert (
        field_uses(small(), "vip") == [field_uses(small(), "vip")[0]]
        and value_uses(small(), "category", "x") == []
    )


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ("priority", "2fast", "invalid_name"),
        ("priority", "prio rité", "invalid_name"),
        ("priority", "category", "name_taken"),
        ("priority", "satisfied", "builtin_name"),
        ("nothing", "other", "unknown_field"),
    ],
)
def test_a_refused_field_rename_says_why(old, new, code):
    with pytest.raises(RenameError) as refused:
        rename_field(small(), old, new)
    assert refused.value.code == code


@pytest.mark.parametrize(
    ("field", "old", "new", "code"),
    [
        ("priority", "P1", "P2", "value_taken"),
        ("priority", "P3", "P4", "unknown_value"),
        ("priority", "P1", "  ", "empty_value"),
        ("vip", "yes", "no", "not_a_choice"),
    ],
)
def test_a_refused_value_rename_says_why(field, old, new, code):
    with pytest.raises(RenameError) as refused:
        rename_value(small(), field, old, new)
    assert refused.value.code == code


_FIELDS = ("category", "priority", "vip")
_VALUES = ("support", "feature", "P1", "P2", 'a "quoted" value')


def _conditions():
    from hypothesis import strategies as st

    value = st.sampled_from(_VALUES)
    compare = st.builds(
        lambda f, op, v, flip: (f'"{v}" {op} {f}' if flip else f'{f} {op} "{v}"').replace(
            '"a "quoted" value"', '"a \\"quoted\\" value"'
        ),
        st.sampled_from(_FIELDS[:2]),
        st.sampled_from(("==", "!=")),
        value,
        st.booleans(),
    )
    member = st.builds(
        lambda f, vs, neg: (
            f"{f} {'not in' if neg else 'in'} ({', '.join(expr.to_text(expr.Literal(v)) for v in vs)})"
        ),
        st.sampled_from(_FIELDS[:2]),
        st.lists(value, min_size=1, max_size=3),
        st.booleans(),
    )
    leaf = st.one_of(compare, member, st.just("vip"), st.just("not vip"))
    return st.recursive(
        leaf,
        lambda inner: st.builds(
            lambda a, b, word, wrap: f"not ({a} {word} {b})" if wrap else f"({a}) {word} ({b})",
            inner,
            inner,
            st.sampled_from(("and", "or")),
            st.booleans(),
        ),
        max_leaves=6,
    )


def test_a_rename_and_its_reverse_give_the_condition_back_and_change_only_the_name():
    from hypothesis import given, settings

    @settings(max_examples=200, deadline=None)
    @given(_conditions())
    def check(text):
        tree = expr.parse(text)
        bp = small().model_copy(
            update={"edges": [], "sla": [SlaPolicy(id="p", when=text)], "scenarios": [], "cards": []}
        )
        there = rename_field(bp, "category", "nature")
        renamed = expr.parse(there.sla[0].when)
        assert "category" not in expr.field_names(renamed)
        assert expr.field_names(renamed) == {
            "nature" if n == "category" else n for n in expr.field_names(tree)
        }
        back = rename_field(there, "nature", "category")
        assert expr.parse(back.sla[0].when) == tree
        moved = rename_value(bp, "priority", "P1", "urgent")
        compared = values_of(moved, "priority")
        assert "P1" not in compared and compared == [
            "urgent" if v == "P1" else v for v in values_of(bp, "priority")
        ]
        assert values_of(moved, "category") == values_of(bp, "category"), "another field's P1 is left"

    check()


def test_escalation_ladders_follow_a_renamed_field_and_value_and_count_as_uses():
    from blueprint_studio.model.schema import EscalationLadder

    ladder = EscalationLadder(warn_at=80, priority_field="priority", priority_value="P1")
    bp = small()
    bp = bp.model_copy(
        update={
            "sla": [p.model_copy(update={"ladder": ladder}) for p in bp.sla],
            "nodes": [n.model_copy(update={"ladder": ladder}) if n.id == "s" else n for n in bp.nodes],
        }
    )
    assert ("sla", "sla_p1", "ladder") in {(u.collection, u.key, u.place) for u in field_uses(bp, "priority")}
    assert ("s", "ladder") in {(u.key, u.place) for u in value_uses(bp, "priority", "P1")}
    renamed = rename_value(rename_field(bp, "priority", "urgency"), "urgency", "P1", "Critical")
    expected = ladder.model_copy(update={"priority_field": "urgency", "priority_value": "Critical"})
    assert renamed.sla[0].ladder == expected
    assert next(n for n in renamed.nodes if n.id == "s").ladder == expected
