"""One specification for both event loops (issue 17): the layout the compiled loop reads is
described once (model/sim/layout_spec.py); the C header it is read through is generated from that
description and current; a compiled module built from another description is refused at import
with a message that says what to do; every slot is packed by name; and every index the C side
receives is checked before the run starts: a wrong one is a ValueError naming where, never a read
or a write out of bounds (tools/sanitize.sh runs these under AddressSanitizer)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import types
from pathlib import Path

import pytest

from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.schema import (
    Blueprint,
    Calendar,
    DecisionNode,
    Edge,
    EndNode,
    Exponential,
    IntakeNode,
    Notify,
    OpeningHours,
    Pool,
    Reassign,
    SatisfactionNode,
    SetField,
    SlaPolicy,
    StepNode,
    TicketField,
    WaitNode,
)
from blueprint_studio.model.sim import SimulationSettings, compiled_layout, compiled_loop
from blueprint_studio.model.sim import layout_spec as spec
from blueprint_studio.model.sim.engine import Engine

ROOT = Path(__file__).resolve().parents[2]
needs_core = pytest.mark.skipif(not compiled_loop.available(), reason="the compiled loop is not built here")


def test_the_c_header_is_generated_from_the_spec_and_current():
    header = (ROOT / "model" / "sim" / "_layout.h").read_text(encoding="utf-8")
    assert header == spec.c_header(), (
        "model/sim/_layout.h is stale: python -m blueprint_studio.model.sim.layout_spec > model/sim/_layout.h"
    )
    source = (ROOT / "model" / "sim" / "_core.c").read_text(encoding="utf-8")
    assert '#include "_layout.h"' in source
    # the C file defines none of the codes itself: they all come from the spec
    for name, _ in spec.codes():
        assert f"{name}," not in source.split('#include "_layout.h"')[0]
        assert f"enum {{ {name}" not in source


def test_the_codes_of_the_python_loop_are_the_specs():
    from blueprint_studio.model.sim import engine_state

    assert (engine_state.ARRIVAL, engine_state.SHIFT, engine_state.WARMUP) == (
        spec.EV_ARRIVAL,
        spec.EV_SHIFT,
        spec.EV_WARMUP,
    )
    assert engine_state.KIND_CODES["satisfaction"] == spec.K_SATISFACTION
    assert engine_state.STOP_REASONS[spec.STOP_LOOP] == "loop"
    # a ticket's phase is its phase: no `state` on the Python side any more
    assert "phase" in engine_state.Ticket.__slots__ and "state" not in engine_state.Ticket.__slots__


def test_packing_names_every_slot_and_no_other():
    ints: list[int] = []
    floats: list[float] = []
    spec.pack(spec.RULE, ints, floats, {"predicate": 3, "sampler": 1})
    assert ints == [3, 1] and floats == []
    with pytest.raises(KeyError, match="missing \\['sampler'\\]"):
        spec.pack(spec.RULE, ints, floats, {"predicate": 3})
    with pytest.raises(KeyError, match="unknown \\['sample'\\]"):
        spec.pack(spec.RULE, ints, floats, {"predicate": 3, "sample": 1})


@needs_core
def test_the_built_module_carries_the_digest_of_the_spec():
    assert compiled_loop._core.LAYOUT_DIGEST == spec.DIGEST


def test_a_module_built_from_another_layout_is_refused_with_what_to_do():
    stale = types.SimpleNamespace(LAYOUT_DIGEST="0123456789abcdef", __file__="/x/_core.so")
    with pytest.raises(compiled_loop.LayoutMismatch) as caught:
        compiled_loop._check_layout(stale)
    text = str(caught.value)
    assert "/x/_core.so" in text and "0123456789abcdef" in text and spec.DIGEST in text
    assert "layout_spec.py" in text and "pip install -e ." in text
    assert isinstance(caught.value, ImportError)
    with pytest.raises(compiled_loop.LayoutMismatch, match="unknown"):
        compiled_loop._check_layout(types.ModuleType("_core"))  # built before the digest existed


# ---------------------------------------------------------------- bounds checks in C
def model() -> Blueprint:
    """Something of every record: two pools (ranks by priority, deadlines), a step with a time
    limit, after-actions that set a field and re-assign, a wait with a timeout, a decision by
    condition, probability and default, a survey, preset values, patience and an SLA calendar."""
    return Blueprint(
        fields=[
            TicketField(name="priority", values=["P1", "P2"], weights=[1, 2]),
            TicketField(name="vip", type="boolean", p_true=0.3),
        ],
        pools=[
            Pool(id="desk", agents=2, discipline="priority", priority_field="priority"),
            Pool(id="experts", agents=1, discipline="sla"),
        ],
        calendars=[Calendar(id="office", hours=[OpeningHours(days=[0, 1, 2, 3, 4], start=8, end=18)])],
        nodes=[
            IntakeNode(id="in", rate_per_hour=6, patience=Exponential(mean=90), set_fields={"vip": True}),
            StepNode(
                id="triage",
                pool="desk",
                duration=Exponential(mean=5),
                time_limit=30,
                escalate_to="expert",
                actions=[SetField(field="priority", value="P2"), Notify(target="Team lead")],
            ),
            DecisionNode(id="route"),
            WaitNode(id="ask", response_time=Exponential(mean=60), timeout=120, timeout_target="closed"),
            StepNode(id="expert", pool="experts", duration=Exponential(mean=20), level=2),
            SatisfactionNode(id="survey", p_satisfied=0.8),
            EndNode(id="done"),
            EndNode(id="closed", outcome="closed"),
        ],
        edges=[
            Edge(id="a", source="in", target="triage"),
            Edge(id="b", source="triage", target="route"),
            Edge(
                id="c",
                source="route",
                target="expert",
                condition='priority == "P1"',
                after=[Reassign(pool="experts")],
            ),
            Edge(id="d", source="route", target="ask", probability=0.3, before="not vip"),
            Edge(id="e", source="route", target="survey", default=True),
            Edge(id="f", source="ask", target="survey"),
            Edge(id="g", source="expert", target="survey"),
            Edge(id="h", source="survey", target="done"),
            Edge(id="i", source="ask", target="closed", condition="not responded"),
        ],
        sla=[SlaPolicy(id="sla", first_response=60, resolution=600, business_hours=True, calendar="office")],
    )


SETTINGS = SimulationSettings(horizon_minutes=2 * 1440, seed=4)


class Built(Exception):
    """The layout is made: the run stops there."""


def buffers(monkeypatch, record=None, slot=None, value=None, where=lambda v: True):
    """The layout of model() as a run starts, with `slot` of the first `record` that `where`
    accepts set to `value` (packed as compiled_loop packs everything: through spec.pack)."""
    done = []
    made = []

    def corrupt(rec, ints, floats, values):
        if rec is record and not done and where(values):
            values = {**values, slot: value}
            done.append(1)
        pack(rec, ints, floats, values)

    pack = spec.pack  # the real one: every module packs through spec.pack, patched below
    build = compiled_layout.Layout.build

    def keep(layout):
        made.append(build(layout))
        raise Built()

    monkeypatch.setattr(spec, "pack", corrupt)
    monkeypatch.setattr(compiled_layout.Layout, "build", keep)
    with pytest.raises(Built):
        Engine(compile_blueprint(model()).model, SETTINGS).run()
    monkeypatch.undo()
    assert record is None or done, f"no {record.name} record where the test looked"
    return made[0]


@needs_core
def test_the_untouched_layout_runs(monkeypatch):
    state = compiled_loop._core.new(*buffers(monkeypatch))
    more, _, _ = compiled_loop._core.run(state, 10**9)
    assert not more and compiled_loop._core.results(state)[spec.RESULTS.names.index("arrivals")] > 100


CHOICE = lambda v: v["mode"] == spec.M_CHOICE  # noqa: E731
STAFFED = lambda v: v["kind"] == spec.K_STEP and not v["unstaffed"]  # noqa: E731
REASSIGN = lambda v: v["kind"] == spec.A_REASSIGN  # noqa: E731
NOTIFY = lambda v: v["kind"] == spec.A_NOTIFY  # noqa: E731
A_CHOICE = lambda v: v["kind"] == spec.F_CHOICE  # noqa: E731
ARRIVAL = lambda v: v["kind"] == spec.EV_ARRIVAL  # noqa: E731


@needs_core
@pytest.mark.parametrize(
    ("record", "slot", "value", "where", "words"),
    [
        (spec.TRANSITION, "edge", 10**6, lambda v: True, "transition 0: edge: 1000000 is out of range 0..8"),
        (spec.TRANSITION, "target", -3, lambda v: True, "target: -3 is out of range 0..7"),
        (spec.TRANSITION, "guard", 10**6, lambda v: True, "guard table: 1000000"),
        (spec.TRANSITION, "condition", -1, lambda v: v["rule"] == spec.R_CONDITION, "condition table: -1"),
        (spec.TRANSITION, "rule", 7, lambda v: True, "rule: 7"),
        (spec.NODE, "kind", 42, lambda v: True, "node 0: kind: 42"),
        (spec.NODE, "pool", 7, STAFFED, "node 1: pool: 7 is out of range 0..1"),
        (spec.NODE, "pool", -1, STAFFED, "node 1: pool: -1 is out of range 0..1"),
        (spec.NODE, "sampler", 10**6, STAFFED, "node 1: sampler: 1000000"),
        (spec.NODE, "escalate_to", 10**6, lambda v: v["has_limit"], "node 1: step to escalate to: 1000000"),
        (spec.NODE, "level_bit", 1 << 12, lambda v: True, "level bit 4096 is not a level 0..9"),
        (spec.NODE, "timeout_target", -1, lambda v: v["kind"] == spec.K_WAIT, "node 3: timeout target: -1"),
        (spec.NODE, "timeout_edge", 10**6, lambda v: v["kind"] == spec.K_WAIT, "node 3: timeout edge"),
        (spec.NODE, "stream", -1, CHOICE, "node 2: stream of its draws: -1"),
        (spec.NODE, "stream", 10**6, lambda v: True, "node 0: stream: 1000000"),
        (spec.NODE, "outcome", 9, lambda v: v["kind"] == spec.K_END, "outcome: 9"),
        (spec.NODE, "n_trans", 10**9, lambda v: True, "node: transitions: 1000000000 is not a count"),
        (spec.NODE, "mode", spec.M_SINGLE, lambda v: v["n_trans"] == 0, "a single way on, but no transition"),
        (spec.ACTION, "argument", 10**6, lambda v: v["kind"] == spec.A_SET, "node 1: table: 1000000"),
        (spec.ACTION, "argument", 5, REASSIGN, "action 0: pool: 5 is out of range 0..1"),
        (spec.ACTION, "kind", 8, lambda v: True, "action 0: kind: 8"),
        (spec.ACTION, "argument", 1, NOTIFY, "node 1, action 1: role: 1 is out of range 0..0"),
        (spec.HEADER, "n_roles", 0, lambda v: True, "node 1, action 1: role: 0 is out of range 0..-1"),
        (spec.POOL, "rank_table", 10**6, lambda v: True, "pool 0: rank table: 1000000"),
        (spec.POOL, "on_duty", 10**6, lambda v: True, "pool 0: agents on duty: 1000000"),
        (spec.POOL, "n_agents", 0, lambda v: True, "pool 0: no agent numbers"),
        (spec.SEGMENT, "agents", -1, lambda v: True, "pool 0, segment 0: agents: -1"),
        (spec.SEGMENT, "start", 60.0, lambda v: True, "pool 0: its week does not start at minute 0"),
        (spec.INTAKE, "arrival_stream", 10**6, lambda v: v["arrival_stream"] >= 0, "arrival stream: 1000000"),
        (spec.INTAKE, "preset", 10**6, lambda v: v["preset"] >= 0, "preset values: table: 1000000"),
        (spec.INTAKE, "patience", 10**6, lambda v: v["patience"] >= 0, "patience sampler: 1000000"),
        (spec.INTAKE, "n_weekly", 5, lambda v: v["arrival_stream"] >= 0, "5 weekly rates, not 0 or 168"),
        (spec.FIELD_DRAW, "multiplier", 10**6, A_CHOICE, "multiplier 1000000"),
        (spec.FIELD_DRAW, "multiplier", 16, A_CHOICE, "draws reach state 20 of 16"),
        (spec.FIELD_DRAW, "kind", 3, lambda v: True, "field 0: kind: 3"),
        (spec.SAMPLER, "stream", 10**6, lambda v: True, "sampler 0: stream: 1000000"),
        (spec.SAMPLER, "kind", 11, lambda v: True, "sampler 0: kind: 11"),
        (spec.POLICY, "n_lost", 0, lambda v: True, "0 entries of minutes lost for 0 holidays"),
        (spec.CLOCK_SEGMENT, "start", 5.0, lambda v: True, "SLA policy 0: its week does not start at minute"),
        (spec.EVENT, "a", 10**6, ARRIVAL, "event 1: intake: 1000000 is out of range 0..7"),
        (spec.EVENT, "a", 1, ARRIVAL, "node 1 is not an intake"),
        (spec.EVENT, "kind", spec.EV_SERVICE_END, lambda v: True, "kind 1 is not one a run starts with"),
        (spec.HEADER, "n_nodes", 10**9, lambda v: True, "header: nodes: 1000000000 is not a count"),
        (spec.HEADER, "n_edges", 2, lambda v: True, "edge: 2 is out of range 0..1"),
        (spec.HEADER, "n_pools", 1, lambda v: True, "intake 0"),
        (spec.HEADER, "n_fields", 10**6, lambda v: True, "header: fields: 1000000 is not a count"),
        (spec.HEADER, "n_fields", 60, lambda v: True, "60 fields for each of 8 nodes, more than handed over"),
        (spec.HEADER, "n_states", 3, lambda v: True, "header: cell divisor: 8 is not a count in 0..3"),
        (spec.HEADER, "n_states", 24, lambda v: True, "header: sizes that do not fit together"),
        # a cell per combination of choice fields, once without an SLA policy and once per policy
        (spec.HEADER, "n_cells", 2, lambda v: True, "header: 2 cells, not 2 combinations of choice"),
        (spec.HEADER, "n_cells", 10**6, lambda v: True, "for each of 1 SLA policies and none"),
    ],
    ids=lambda x: x.name if isinstance(x, spec.Record) else None,
)
def test_every_index_from_python_is_checked_before_the_run(monkeypatch, record, slot, value, where, words):
    with pytest.raises(ValueError, match="malformed simulation layout") as caught:
        compiled_loop._core.new(*buffers(monkeypatch, record, slot, value, where))
    assert words in str(caught.value)


@needs_core
def test_a_field_value_map_leading_outside_the_states_is_refused(monkeypatch):
    ints, floats, tables, streams = buffers(monkeypatch)
    wrong = b"\x7f\x00\x00\x00" * (len(tables) // 4)  # every entry of every table: state 127
    with pytest.raises(ValueError, match="node 1: table 0, state 0: 127 is out of range 0..15"):
        compiled_loop._core.new(ints, floats, wrong, streams)


@needs_core
@pytest.mark.parametrize("cut", [8, 16, -8])
def test_a_layout_too_short_or_too_long_is_refused(monkeypatch, cut):
    ints, floats, tables, streams = buffers(monkeypatch)
    ints = ints[:-cut] if cut > 0 else ints + b"\x00" * -cut
    with pytest.raises(ValueError, match="malformed simulation layout"):
        compiled_loop._core.new(ints, floats, tables, streams)
    with pytest.raises(ValueError, match="malformed simulation layout"):
        compiled_loop._core.new(*buffers(monkeypatch)[:1], floats[:-8], tables, streams)


@needs_core
def test_a_stream_index_out_of_range_is_refused(monkeypatch):
    ints, floats, tables, streams = buffers(monkeypatch)
    wrong = streams[:-4] + (10**6).to_bytes(4, "little")
    with pytest.raises(ValueError, match="index 1000000 is out of range 0..624"):
        compiled_loop._core.new(ints, floats, tables, wrong)


@pytest.mark.skipif(not shutil.which("gcc"), reason="no C compiler here")
def test_importing_the_simulator_with_a_module_built_from_another_layout_fails_clearly(tmp_path):
    """A real build from a header of another layout (one code changed), loaded as CI's sanitizer
    build is (BLUEPRINT_STUDIO_CORE): the import stops and says what to do."""
    header = (
        spec.c_header()
        .replace(f'"{spec.DIGEST}"', '"0000000000000000"')
        .replace("#define K_END 5", "#define K_END 6")
    )
    (tmp_path / "_layout.h").write_text(header, encoding="utf-8")
    shutil.copy(ROOT / "model" / "sim" / "_core.c", tmp_path / "_core.c")
    module = tmp_path / f"_core{sysconfig.get_config_var('EXT_SUFFIX')}"
    include = sysconfig.get_paths()["include"]
    gcc = ["gcc", "-shared", "-fPIC", "-O0", f"-I{include}", str(tmp_path / "_core.c"), "-o", str(module)]
    subprocess.run(gcc, check=True)
    code = "from blueprint_studio.model.sim import engine"
    env = {**os.environ, "BLUEPRINT_STUDIO_CORE": str(module)}
    env.pop("BLUEPRINT_STUDIO_PYTHON_LOOP", None)
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert run.returncode != 0
    assert "LayoutMismatch" in run.stderr and "0000000000000000" in run.stderr and spec.DIGEST in run.stderr
    assert "rebuild the extension (pip install -e .)" in run.stderr
    # the same module with the right header loads and runs
    (tmp_path / "_layout.h").write_text(spec.c_header(), encoding="utf-8")
    subprocess.run(gcc, check=True)
    code = "from blueprint_studio.model.sim import compiled_loop; print(compiled_loop._core.__file__)"
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == str(module)
