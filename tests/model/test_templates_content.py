"""The bundled templates: they load, fr and en share one structure, their sample tickets follow
real paths, their layout respects the lanes, and each reproduces the features of its source."""

from __future__ import annotations

import importlib.util
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from blueprint_studio.model.fileformat import load
from blueprint_studio.model.schema import (
    ANNOTATION_KINDS,
    Blueprint,
    Notify,
    Reassign,
    SendTemplate,
    SetField,
)
from blueprint_studio.model.validation import field_schema, value_fits

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "resources" / "templates"
NAMES = ("helpdesk_flow", "service_blueprint", "tiered_support", "ticket_states")
LANGS = ("fr", "en")
FILES = [(name, lang) for name in NAMES for lang in LANGS]

# Keys whose values are words for people; everything else is structure shared by fr and en.
TEXT_KEYS = {
    "title",
    "description",
    "label",
    "name",
    "question",
    "guidance",
    "template_response",
    "backlog",
    "text",
    "target",
    "reason",  # a transfer's reason
    "role",  # who approves a transition
    "required_skill",  # a step's, and an agent's skills (lists of words)
    "skills",
}


def is_text(data: dict, key: str) -> bool:
    """A ticket field's `name` is an identifier; a Notify's `target` is words, an edge's an id."""
    if key == "name":
        return "label" not in data
    if key == "target":
        return data.get("kind") == "notify"
    if key == "notify":  # the role an escalation ladder notifies
        return isinstance(data.get("notify"), str) and "in_service" in data
    return key in TEXT_KEYS


def template(name: str, lang: str) -> Blueprint:
    return load(TEMPLATES / f"{name}.{lang}.blueprint.json")


def structure(data: Any) -> Any:
    """The document with its texts blanked."""
    if isinstance(data, dict):
        return {
            k: ""
            if is_text(data, k) and isinstance(v, str)
            else [""] * len(v)
            if k == "skills"
            else structure(v)
            for k, v in data.items()
            if k != "language"
        }
    if isinstance(data, list):
        return [structure(item) for item in data]
    return data


def all_texts(data: Any) -> list[str]:
    if isinstance(data, dict):
        return [
            text
            for k, v in data.items()
            for text in ([v] if is_text(data, k) and isinstance(v, str) else all_texts(v))
        ]
    if isinstance(data, list):
        return [text for item in data for text in all_texts(item)]
    return []


def flow_edges(bp: Blueprint) -> set[tuple[str, str]]:
    return {(e.source, e.target) for e in bp.edges if e.kind == "flow"}


def kinds(bp: Blueprint) -> dict[str, str]:
    return {n.id: n.kind for n in bp.nodes}


@pytest.mark.parametrize(("name", "lang"), FILES)
def test_template_loads_with_its_language(name, lang):
    bp = template(name, lang)
    assert bp.meta.language == lang
    assert bp.meta.author == "Blueprint Studio" and bp.meta.revision == "1"
    assert bp.meta.title and bp.meta.description


@pytest.mark.parametrize("name", NAMES)
def test_french_and_english_share_one_structure(name):
    fr, en = template(name, "fr"), template(name, "en")
    assert structure(fr.model_dump()) == structure(en.model_dump())
    assert [(e.source, e.target, e.condition, e.probability, e.default) for e in fr.edges] == [
        (e.source, e.target, e.condition, e.probability, e.default) for e in en.edges
    ]


@pytest.mark.parametrize("name", NAMES)
def test_french_and_english_texts_differ(name):
    fr, en = template(name, "fr"), template(name, "en")
    assert fr.meta.title != en.meta.title and fr.meta.description != en.meta.description
    pairs = list(zip((n.title for n in fr.nodes), (n.title for n in en.nodes)))
    assert sum(a != b for a, b in pairs) >= 0.8 * len(pairs)
    assert all(a != b for a, b in zip((c.name for c in fr.cards), (c.name for c in en.cards)))


@pytest.mark.parametrize("name", NAMES)
def test_french_typography_is_consistent(name):
    for text in all_texts(template(name, "fr").model_dump()):
        assert "'" not in text, text  # typographic apostrophe
        for mark in (" :", " ;", " ?", " !", "« ", " »"):
            assert mark not in text, (mark, text)  # no-break spaces only


@pytest.mark.parametrize(("name", "lang"), FILES)
def test_every_template_has_sla_scenarios_and_staffed_pools(name, lang):
    bp = template(name, lang)
    names = {f.name for f in bp.fields}
    assert {"category", "priority", "channel", "tier"} <= names
    assert bp.sla and all(
        p.first_response and p.resolution and p.first_response < p.resolution for p in bp.sla
    )
    assert len(bp.scenarios) >= 2
    assert any(s.arrival_multiplier != 1 or s.pool_agents or s.pool_shifts for s in bp.scenarios)
    for pool in bp.all_pools():
        assert pool.agents > 0 or any(s.agents for s in pool.shifts)
    assert any(p.cost_per_hour > 0 for p in bp.all_pools())


@pytest.mark.parametrize(("name", "lang"), FILES)
def test_cards_follow_flow_edges_from_an_intake_to_an_end(name, lang):
    bp = template(name, lang)
    node_kinds, edges, schema = kinds(bp), flow_edges(bp), field_schema(bp.fields)
    assert len(bp.cards) >= 3
    for card in bp.cards:
        path = card.expected_path
        assert node_kinds[path[0]] == "intake", card.id
        assert node_kinds[path[-1]] == "end", card.id
        missing = [pair for pair in zip(path, path[1:]) if pair not in edges]
        assert not missing, (card.id, missing)
        for field, value in card.fields.items():
            assert value_fits(schema[field], value), (card.id, field, value)


@pytest.mark.parametrize(("name", "lang"), FILES)
def test_nodes_sit_inside_their_lane_and_do_not_overlap(name, lang):
    bp = template(name, lang)
    bands, top = {}, 0.0
    for lane in bp.lanes:
        bands[lane.id] = (top, top + lane.height)
        top += lane.height
    for node in bp.nodes:
        if bp.lanes:
            assert node.lane in bands, node.id
        if node.lane is not None:
            upper, lower = bands[node.lane]
            assert upper + 10 <= node.y <= lower - node.height - 10, node.id
    for a, b in combinations(bp.nodes, 2):
        apart = a.x + a.width <= b.x or b.x + b.width <= a.x or a.y + a.height <= b.y or b.y + b.height <= a.y
        assert apart, (a.id, b.id)
    if bp.stages:
        assert max(n.x + n.width for n in bp.nodes) <= sum(s.width for s in bp.stages)


@pytest.mark.parametrize(("name", "lang"), FILES)
def test_flow_edges_join_executable_nodes_and_associations_tie_annotations(name, lang):
    bp = template(name, lang)
    node_kinds = kinds(bp)
    for edge in bp.edges:
        ends = {node_kinds[edge.source], node_kinds[edge.target]}
        if edge.kind == "flow":
            assert not ends & ANNOTATION_KINDS, edge.id
        else:
            assert len(ends & ANNOTATION_KINDS) == 1 and edge.condition is None, edge.id


@pytest.mark.parametrize("lang", LANGS)
def test_helpdesk_flow_is_a_plain_flow_diagram(lang):
    bp = template("helpdesk_flow", lang)
    node_kinds = kinds(bp)
    assert not bp.lanes and bp.pools
    assert all(n.pool for n in bp.nodes if n.kind == "step")
    assert {"intake", "step", "decision", "satisfaction", "roadmap", "end"} <= set(node_kinds.values())
    assert any(e.condition == 'category == "feature"' for e in bp.edges)
    assert any(n.kind == "step" and n.template_response for n in bp.nodes)
    assert any(n.kind == "step" and n.time_limit and n.escalate_to for n in bp.nodes)
    assert all(n.backlog for n in bp.nodes if n.kind == "roadmap")
    survey = next(n.id for n in bp.nodes if n.kind == "satisfaction")
    exits = [e for e in bp.edges if e.source == survey]
    assert any(e.condition == "not satisfied" for e in exits)
    assert any(e.default and node_kinds[e.target] == "end" for e in exits)


@pytest.mark.parametrize("lang", LANGS)
def test_service_blueprint_has_the_five_sections_and_tied_evidence(lang):
    bp = template("service_blueprint", lang)
    assert [lane.kind for lane in bp.lanes] == ["customer", "frontstage", "backstage", "support", "evidence"]
    lane_kind = {lane.id: lane.kind for lane in bp.lanes}
    evidence = [n for n in bp.nodes if n.kind == "evidence"]
    assert len(evidence) >= 5
    tied = {e.target for e in bp.edges if e.kind == "association"} | {
        e.source for e in bp.edges if e.kind == "association"
    }
    for node in bp.nodes:
        assert (lane_kind[node.lane] == "evidence") == (node.kind == "evidence"), node.id
    assert all(n.id in tied for n in evidence)
    assert any(n.kind == "wait" and n.lane and lane_kind[n.lane] == "customer" for n in bp.nodes)
    assert any(n.kind == "step" and lane_kind[n.lane] == "support" for n in bp.nodes)
    by_id = {n.id: n for n in bp.nodes}
    for edge in bp.edges:
        if edge.kind == "flow":
            kinds_ = (lane_kind[by_id[edge.source].lane], lane_kind[by_id[edge.target].lane])
            assert kinds_ != ("customer", "support"), edge.id


@pytest.mark.parametrize("lang", LANGS)
def test_tiered_support_covers_four_channels_and_levels_0_to_4(lang):
    bp = template("tiered_support", lang)
    intakes = [n for n in bp.nodes if n.kind == "intake"]
    assert {n.channel for n in intakes} == {"email", "phone", "chat", "portal"}
    assert all(n.set_fields == {"channel": n.channel} for n in intakes)
    assert len({n.schedule.rates[0][10] for n in intakes}) > 1  # different rates per channel
    assert {n.level for n in bp.nodes if n.kind == "step" and n.level is not None} == {0, 1, 2, 3, 4}
    calendars = {c.id: c for c in bp.calendars}
    assert any(p.business_hours and calendars[p.calendar].hours for p in bp.sla)
    assert any(len(p.shifts) > 1 for p in bp.all_pools())
    assert any(n.kind == "step" and n.actions for n in bp.nodes)


@pytest.mark.parametrize("lang", LANGS)
def test_ticket_states_transitions_use_before_during_and_after(lang):
    bp = template("ticket_states", lang)
    names = {f.name for f in bp.fields}
    pools = {p.id for p in bp.all_pools()}
    flows = [e for e in bp.edges if e.kind == "flow"]
    assert any(e.before for e in flows) and any(e.during for e in flows)
    assert any(e.after for e in flows)
    assert all(set(e.during) <= names for e in flows)
    actions = [a for e in flows for a in e.after]
    assert {type(a) for a in actions} >= {SetField, SendTemplate, Notify, Reassign}
    assert all(a.pool in pools for a in actions if isinstance(a, Reassign))
    node_kinds = kinds(bp)
    assert any(k == "wait" for k in node_kinds.values())
    wait = next(n for n in bp.nodes if n.kind == "wait")
    assert wait.timeout and node_kinds[wait.timeout_target] == "end"
    escalated = {n.escalate_to for n in bp.nodes if n.kind == "step" and n.time_limit}
    assert len(escalated) == 1 and node_kinds[escalated.pop()] == "step"


@pytest.fixture(scope="module")
def build_script():
    """tools/build_templates.py as a module (tools/ is not a package)."""
    path = ROOT / "tools" / "build_templates.py"
    spec = importlib.util.spec_from_file_location("build_templates", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("name", "lang"), FILES)
def test_files_are_what_the_build_script_writes(build_script, name, lang):
    assert build_script.BUILDERS[name](lang) == template(name, lang), (
        "run .venv/bin/python tools/build_templates.py"
    )


@pytest.mark.parametrize("name", NAMES)
def test_staffed_pools_are_busy_but_not_overloaded(build_script, name):
    """Expected utilisation of the pools that cost money (people, vendor), not of automation."""
    bp = template(name, "en")
    loads = build_script.expected_utilisation(bp, tickets=5_000)
    staffed = [p.id for p in bp.all_pools() if p.cost_per_hour > 0]
    assert staffed
    for pool_id in staffed:
        assert 0.55 <= loads[pool_id] <= 0.9, (pool_id, loads[pool_id])
