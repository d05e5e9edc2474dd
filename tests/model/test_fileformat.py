"""The file format: canonical bytes, migrations, refusal of newer files, atomic saves, and
bad files that only ever give the project's own LoadError."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from flowkit import minimal
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blueprint_studio.model import fileformat
from blueprint_studio.model.fileformat import LoadError, SaveError, dumps, load, loads, save
from blueprint_studio.model.schema import (
    Blueprint,
    DecisionNode,
    Edge,
    EndNode,
    IntakeNode,
    Lane,
    Meta,
    Pool,
    StepNode,
    Triangular,
)
from blueprint_studio.model.validation import validate

GOLDEN = Path(__file__).parent / "golden"


def test_dump_is_canonical_and_round_trips_byte_identically():
    raw = dumps(minimal())
    assert raw.endswith(b"\n")
    data = json.loads(raw)
    assert list(data) == sorted(data)
    assert data["format_version"] == fileformat.FORMAT_VERSION
    assert dumps(loads(raw)) == raw


def test_save_writes_atomically_and_keeps_a_backup(tmp_path):
    path = tmp_path / "desk.blueprint.json"
    first = minimal()
    save(first, path)
    assert load(path) == first
    second = minimal(meta=Meta(title="Second"))
    save(second, path)
    assert load(path).meta.title == "Second"
    assert loads((tmp_path / "desk.blueprint.json.bak").read_bytes()).meta.title == "Minimal"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("failing", ["fsync", "replace", "write"])
def test_failed_save_leaves_the_original_untouched(tmp_path, monkeypatch, failing):
    path = tmp_path / "desk.blueprint.json"
    save(minimal(), path)
    before = path.read_bytes()

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    if failing == "write":
        real_fdopen = os.fdopen

        class Full:
            def __init__(self, handle):
                self.handle = handle

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.handle.close()

            def write(self, data):
                disk_full()

        monkeypatch.setattr(fileformat.os, "fdopen", lambda fd, mode: Full(real_fdopen(fd, mode)))
    else:
        monkeypatch.setattr(fileformat.os, failing, disk_full)
    with pytest.raises(SaveError, match="disk is full.*unchanged"):
        save(minimal(meta=Meta(title="Lost?")), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_save_into_missing_folder_says_why(tmp_path):
    with pytest.raises(SaveError, match="does not exist"):
        save(minimal(), tmp_path / "nowhere" / "x.blueprint.json")


def test_v0_file_migrates_to_the_golden_result():
    migrated = load(GOLDEN / "v0_helpdesk.json")
    expected = json.loads((GOLDEN / "v0_helpdesk.migrated.blueprint.json").read_bytes())
    actual = fileformat.to_data(migrated)
    for data in (expected, actual):
        data.pop("generator")
    assert actual == expected
    assert migrated.meta.title == "Prototype help desk"
    assert migrated.nodes[1].x == 200 and migrated.edges[0].source == "in"


def _as_recorded(actual, recorded):
    """`actual` cut to the keys `recorded` has (figures added since are not compared)."""
    if isinstance(recorded, dict) and isinstance(actual, dict):
        return {key: _as_recorded(actual.get(key), value) for key, value in recorded.items()}
    return actual


def test_v1_business_hours_of_a_pool_become_calendars_that_give_the_same_figures():
    """Format 1 counted a business-hours SLA on the hours when a pool had agents on duty; format 2
    has calendars of their own. The migrated file gives, scenario by scenario and in both event
    loops, the figures the format-1 simulator gave (recorded before calendars existed): shifts
    that overlap or meet, a shift without agents, a scenario's other shifts, a head count that
    closes Saturdays, a scenario's own policies."""
    from blueprint_studio.model.compiler import compile_blueprint
    from blueprint_studio.model.sim import SimulationSettings
    from blueprint_studio.model.sim.engine import Engine

    raw = (GOLDEN / "v1_business_hours.blueprint.json").read_bytes()
    assert json.loads(raw)["format_version"] == 1 and b'"calendar_pool": "desk"' in raw
    bp = loads(raw)
    calendars = {c.id: c for c in bp.calendars}
    desk = calendars["calendar_desk"]
    assert desk.name == "Opening hours: Service desk" and not desk.holidays
    assert {(tuple(h.days), h.start, h.end) for h in desk.hours} == {
        ((0, 1, 2, 3, 4), 8, 12.5),
        ((0, 1, 2, 3, 4), 12.5, 18),
        ((0, 1, 2, 3, 4), 10, 16),
        ((5,), 9, 13),  # Sunday's shift has no agents: not open
    }
    assert [p.calendar for p in bp.sla] == [None, "calendar_desk"]
    own = {s.id: s.sla for s in bp.scenarios}
    assert own["sc_base"] is None and own["sc_agents"] is None  # the pool's hours are unchanged
    assert calendars[own["sc_shifts"][1].calendar].name == "Opening hours: Service desk (Other shifts)"
    assert calendars[own["sc_none"][1].calendar].hours == desk.hours[:2]  # nobody left on Saturday
    assert calendars[own["sc_own_sla"][0].calendar].name == "Opening hours: Experts"
    assert b"calendar_pool" not in dumps(bp) and validate(bp) == []
    recorded = json.loads((GOLDEN / "v1_business_hours.figures.json").read_bytes())
    for scenario in bp.scenarios:
        model = compile_blueprint(bp, scenario.id).model
        settings = SimulationSettings.from_scenario(scenario).with_(replications=1)
        for compiled in (True, False):
            out = json.loads(json.dumps(Engine(model, settings, allow_compiled=compiled).run().to_dict()))
            assert _as_recorded(out, recorded[scenario.id]) == recorded[scenario.id], scenario.id


def test_v1_business_hours_on_a_pool_without_shifts_migrate_to_a_policy_without_calendar():
    """It counted every hour: still an error, now named as a policy without a calendar."""
    data = fileformat.to_data(minimal())
    data.update(format_version=1, min_reader_version=1)
    data["sla"] = [
        {"id": "sla", "name": "Gold", "resolution": 60, "business_hours": True, "calendar_pool": "desk"}
    ]
    bp = loads(json.dumps(data))
    assert bp.sla[0].calendar is None and bp.calendars == []
    assert [d.code for d in validate(bp)] == ["business_hours_without_calendar"]


def test_every_older_version_has_a_migration():
    assert set(fileformat.MIGRATIONS) == set(range(fileformat.FORMAT_VERSION))


def test_newer_file_is_refused_with_who_wrote_it():
    data = fileformat.to_data(minimal())
    data.update(format_version=7, min_reader_version=5, generator="Blueprint Studio 4.2")
    with pytest.raises(LoadError) as info:
        loads(json.dumps(data), source="future.blueprint.json")
    message = str(info.value)
    assert "Blueprint Studio 4.2" in message and "format 7" in message and "update" in message


@pytest.mark.parametrize(
    "content, location, reason",
    [
        (
            b'{"lanes": [{"id": "a"}, {"id": "b"}, {"id": "c", "pool": {"id": "p", "agents": -2}}]}',
            "lanes[2].pool.agents",
            "must be ≥ 0",
        ),
        (
            b'{"nodes": [{"id": "s", "kind": "step", "duration": {"kind": "fixed", "value": "x"}}]}',
            "nodes[0].duration.value",
            "must be a number",
        ),
        (b'{"nodes": [{"id": "s", "kind": "teleport"}]}', "nodes[0]", "unknown kind"),
        (b'{"edges": [{"id": "e", "source": "a"}]}', "edges[0].target", "is required"),
        (b'{"meta": {"title": "x", "colour": "red"}}', "meta.colour", "not a known key"),
        (b'{"nodes": [{"id": "bad id!", "kind": "end"}]}', "nodes[0].id", "not a valid identifier"),
    ],
)
def test_bad_values_name_their_location(content, location, reason):
    with pytest.raises(LoadError) as info:
        loads(content, source="bad.blueprint.json")
    assert info.value.location == location
    assert reason in info.value.reason
    assert str(info.value).startswith(f"bad.blueprint.json: {location}: ")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\xff\xfe\x00",
        b"{",
        b"[]",
        b"null",
        b'{"nodes": NaN}',
        b'{"format_version": "one"}',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"nodes": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    ],
)
def test_garbage_gives_load_error(content):
    with pytest.raises(LoadError):
        loads(content)


def test_oversized_file_and_lists_are_refused_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr(fileformat, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.blueprint.json"
    big.write_bytes(b" " * 2000)
    with pytest.raises(LoadError, match="larger than"):
        load(big)
    monkeypatch.setattr(fileformat, "MAX_FILE_BYTES", 10**9)
    monkeypatch.setitem(fileformat.LIMITS, "edges", 3)
    with pytest.raises(LoadError, match="more than the 3 allowed") as info:
        loads(json.dumps({"edges": [{}] * 4}), source="big.blueprint.json")
    assert info.value.location == "edges"
    assert str(info.value).startswith("big.blueprint.json: edges: has 4 items")


def test_unreadable_path_is_a_load_error(tmp_path):
    with pytest.raises(LoadError, match="does not exist"):
        load(tmp_path / "missing.blueprint.json")
    with pytest.raises(LoadError, match="folder"):
        load(tmp_path)


# ------------------------------------------------------------------ property tests

ids = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True)
texts = st.text(max_size=40)
floats = st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False)


@st.composite
def blueprints(draw) -> Blueprint:
    names = draw(st.lists(ids, min_size=2, max_size=12, unique=True))
    lanes = [
        Lane(
            id=f"lane_{i}",
            kind=k,
            title=draw(texts),
            pool=Pool(id=f"pool_{i}", agents=draw(st.integers(0, 50))) if draw(st.booleans()) else None,
        )
        for i, k in enumerate(
            draw(
                st.lists(
                    st.sampled_from(["customer", "frontstage", "backstage", "support", "custom"]), max_size=4
                )
            )
        )
    ]
    makers = [
        lambda i: IntakeNode(id=i, title=draw(texts), rate_per_hour=draw(floats)),
        lambda i: StepNode(
            id=i,
            title=draw(texts),
            x=draw(floats),
            y=draw(floats),
            duration=Triangular(low=1, mode=2, high=draw(st.floats(2, 100))),
            guidance=draw(texts),
            template_response=draw(texts),
        ),
        lambda i: DecisionNode(id=i, question=draw(texts)),
        lambda i: EndNode(id=i, outcome=draw(st.sampled_from(["resolved", "closed", "abandoned"]))),
    ]
    nodes = [draw(st.sampled_from(makers))(name) for name in names]
    edges = [
        Edge(
            id=f"edge_{k}",
            source=draw(st.sampled_from(names)),
            target=draw(st.sampled_from(names)),
            label=draw(texts),
            probability=draw(st.none() | st.floats(0, 1)),
        )
        for k in range(draw(st.integers(0, 10)))
    ]
    return Blueprint(meta=Meta(title=draw(texts), author=draw(texts)), lanes=lanes, nodes=nodes, edges=edges)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blueprints())
def test_random_valid_documents_round_trip(bp):
    raw = dumps(bp)
    again = loads(raw)
    assert again == bp
    assert dumps(again) == raw


BASE = dumps(minimal())


@st.composite
def mutations(draw) -> bytes:
    kind = draw(st.sampled_from(["truncate", "junk", "retype", "delete", "splice"]))
    if kind == "truncate":
        return BASE[: draw(st.integers(0, len(BASE) - 1))]
    if kind == "junk":
        at = draw(st.integers(0, len(BASE)))
        return BASE[:at] + draw(st.binary(min_size=1, max_size=20)) + BASE[at:]
    data = json.loads(BASE)
    path, here = [], data
    while isinstance(here, (dict, list)) and here:
        key = draw(st.sampled_from(sorted(here) if isinstance(here, dict) else list(range(len(here)))))
        path.append(key)
        if not draw(st.booleans()) or not isinstance(here[key], (dict, list)) or not here[key]:
            break
        here = here[key]
    if not path:
        return b"{}"
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    if kind == "delete":
        del parent[path[-1]]
    else:
        parent[path[-1]] = draw(
            st.none()
            | st.integers(-(10**20), 10**20)
            | st.text(max_size=5)
            | st.lists(st.integers(), max_size=2)
            | st.just({"x": 1})
        )
    return json.dumps(data).encode()


@settings(max_examples=300, deadline=None)
@given(mutations())
def test_mutated_files_give_only_load_errors(content):
    try:
        bp = loads(content)
    except LoadError as exc:
        assert str(exc)
    else:
        assert isinstance(bp, Blueprint)


def test_staffing_targets_survive_a_save_and_are_absent_when_unset(tmp_path):
    from blueprint_studio.model.schema import StaffingTargets

    path = tmp_path / "t.blueprint.json"
    save(minimal(), path)
    assert "targets" not in json.loads(path.read_bytes())
    targets = StaffingTargets(breach_rate={"std": 0.05}, wait_statistic="p90", wait_at_most=30.0)
    save(minimal().model_copy(update={"targets": targets}), path)
    assert load(path).targets == targets
    with pytest.raises(LoadError):
        data = json.loads(path.read_bytes())
        data["targets"]["breach_rate"]["std"] = 1.5
        loads(json.dumps(data).encode())
