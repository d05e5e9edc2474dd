"""Load and save agree: whatever the loader accepts (any Unicode, any number spelling) saves and
reloads identically, and whatever shape a file has, the loader raises only LoadError."""

from __future__ import annotations

import json
import math
import re

import pytest
from flowkit import minimal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blueprint_studio.model.fileformat import LoadError, dumps, loads, save
from blueprint_studio.model.schema import SetField, StepNode, TicketCard

# Every code point, lone surrogates included (hypothesis leaves them out unless asked).
ANY_CHAR = st.characters(codec=None, categories=None)
ANY_TEXT = st.text(ANY_CHAR, max_size=12)
NUMBER_SPELLINGS = st.sampled_from(
    [
        "1e400",
        "-1e999",
        "1e-400",
        "-0.0",
        "1e308",
        "1.7976931348623157e308",
        "4.9e-324",
        "0.1",
        "12345678901234567890123",
        "-3",
        "2.5e3",
    ]
)
SLOTS = (
    "meta.title",
    "meta.description",
    "cards.0.name",
    "cards.0.fields.category",
    "cards.0.fields.priority",
    "cards.0.fields.age",
    "nodes.0.set_fields.priority",
    "nodes.0.title",
    "nodes.3.actions.0.value",
    "nodes.3.template_response",
    "edges.0.label",
    "edges.2.condition",
    "nodes.0.rate_per_hour",
    "pools.0.cost_per_hour",
    "nodes.1.x",
)


def _base() -> dict:
    bp = minimal()
    nodes = list(bp.nodes)
    nodes[0] = nodes[0].model_copy(update={"set_fields": {"priority": "P2"}})
    nodes[3] = StepNode(**{**nodes[3].model_dump(), "actions": [SetField(field="vip", value=True)]})
    card = TicketCard(id="card", name="Reset", fields={"category": "support", "priority": "P3", "age": 2})
    return json.loads(dumps(bp.model_copy(update={"nodes": nodes, "cards": [card]})))


BASE = _base()


def _put(data: dict, slot: str, value) -> None:
    *parents, last = [int(p) if p.isdigit() else p for p in slot.split(".")]
    for key in parents:
        data = data[key]
    data[last] = value


@st.composite
def hostile_files(draw) -> str:
    data = json.loads(json.dumps(BASE))
    numbers = {}
    for slot in draw(st.lists(st.sampled_from(SLOTS), min_size=1, max_size=4, unique=True)):
        choice = draw(st.sampled_from(["text", "number", "float"]))
        if choice == "text":
            _put(data, slot, draw(ANY_TEXT))
        elif choice == "float":
            _put(data, slot, draw(st.floats(allow_nan=False, allow_infinity=False)))
        else:
            marker = f"@@number{len(numbers)}@@"
            numbers[marker] = draw(NUMBER_SPELLINGS)
            _put(data, slot, marker)
    text = json.dumps(data, ensure_ascii=draw(st.booleans()))  # \ud800 escapes or raw characters
    for marker, spelling in numbers.items():
        text = text.replace(f'"{marker}"', spelling)
    return text


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_files())
def test_every_document_the_loader_accepts_saves_and_reloads_identically(tmp_path_factory, content):
    try:
        bp = loads(content)
    except LoadError as exc:
        assert exc.location or exc.code, str(exc)
        assert str(exc).isprintable()
        return
    raw = dumps(bp)  # raises nothing: what loads can be written
    assert loads(raw) == bp
    assert dumps(loads(raw)) == raw
    path = tmp_path_factory.mktemp("save") / "doc.blueprint.json"
    save(bp, path)
    assert path.read_bytes() == raw


@pytest.mark.parametrize(
    "slot, spelling, code",
    [
        ("cards.0.fields.priority", '"\\ud800"', "unsavable_text"),
        ("meta.title", '"\\udfff"', "string_unicode"),
        ("cards.0.fields.age", "1e400", "finite_number"),
        ("nodes.0.set_fields.priority", "-1e400", "finite_number"),
        ("nodes.3.actions.0.value", "1e999", "finite_number"),
        ("cards.0.fields.age", "[1]", "value_type"),
    ],
)
def test_what_save_cannot_write_is_refused_at_load_with_its_place(slot, spelling, code):
    data = json.loads(json.dumps(BASE))
    _put(data, slot, "@@x@@")
    with pytest.raises(LoadError) as info:
        loads(json.dumps(data).replace('"@@x@@"', spelling), source="desk.blueprint.json")
    error = info.value
    assert error.code == code
    assert error.location == re.sub(r"\.(\d+)", r"[\1]", slot)
    assert str(error).startswith(f"desk.blueprint.json: {error.location}: ")
    if code == "unsavable_text":
        assert "U+D800" in str(error)


def test_a_number_written_as_infinity_in_python_is_refused_by_the_schema():
    with pytest.raises(ValueError, match="finite"):
        TicketCard(id="c", fields={"age": math.inf})
    with pytest.raises(ValueError, match="U\\+D800"):
        TicketCard(id="c", fields={"name": "a\ud800"})


# ------------------------------------------------------------------ any shape, only LoadError

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | ANY_TEXT,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "meta",
                    "nodes",
                    "edges",
                    "lanes",
                    "type",
                    "pos",
                    "from",
                    "to",
                    "name",
                    "kind",
                    "id",
                    "title",
                    "fields",
                    "pool",
                    "cards",
                    "x",
                ]
            )
            | ANY_TEXT,
            inner,
            max_size=4,
        )
    ),
    max_leaves=20,
)
KEYS = [
    "meta",
    "nodes",
    "edges",
    "lanes",
    "stages",
    "pools",
    "fields",
    "cards",
    "scenarios",
    "sla",
    "title",
    "author",
    "language",
    "version",
]


@st.composite
def any_shape(draw) -> dict:
    data = {key: draw(JSON) for key in draw(st.lists(st.sampled_from(KEYS), max_size=5, unique=True))}
    if draw(st.booleans()):
        data["format_version"] = draw(st.sampled_from([0, 1]))
    return data


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_shape())
def test_any_structure_gives_a_blueprint_or_a_load_error_and_nothing_else(data):
    try:
        text = json.dumps(data)
    except (ValueError, UnicodeEncodeError):
        return
    try:
        loads(text)
    except LoadError as exc:
        assert str(exc) and str(exc).isprintable()  # nothing raw reaches a terminal


@pytest.mark.parametrize(
    "content",
    [
        '{"meta": "x"}',
        '{"meta": 5, "title": "a"}',
        '{"meta": ["x"]}',
        '{"nodes": [{"pos": "ab"}]}',
        '{"nodes": [{"type": 5, "pos": [1]}]}',
        '{"edges": [{"from": [], "to": {}}]}',
        '{"lanes": [{"name": null}]}',
        '{"format_version": 0, "meta": "x", "title": 3}',
    ],
)
def test_unforeseen_shapes_of_old_files_are_load_errors(content):
    with pytest.raises(LoadError):
        loads(content, source="old.blueprint.json")


def test_an_unknown_kind_from_the_file_is_never_echoed_raw():
    with pytest.raises(LoadError) as info:
        loads('{"nodes": [{"id": "a", "kind": "x\\u001b[2J\\u202e"}]}')
    assert "\x1b" not in str(info.value) and "\u202e" not in str(info.value)
    assert "xU+001B[2JU+202E" in str(info.value)
