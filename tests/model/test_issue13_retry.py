"""Issue 13 tried again from the outside: shifts that start off the hour never hang a run, a pipe,
a device, a folder or an empty file is refused at once with its reason, a file with a byte-order
mark opens, a save gives a new file the usual permissions, and absurd figures stay readable."""

from __future__ import annotations

import json
import os
import stat

import pytest
from hangkit import within

from blueprint_studio.model.compiler import calendar_of, compile_blueprint
from blueprint_studio.model.fileformat import LoadError, dumps, load, loads, save
from blueprint_studio.model.schema import (
    Blueprint,
    Edge,
    EndNode,
    Exponential,
    Fixed,
    IntakeNode,
    Meta,
    Pool,
    Scenario,
    Shift,
    StepNode,
)
from blueprint_studio.model.sim import SimulationSettings, compiled_loop
from blueprint_studio.model.sim.engine import Engine
from blueprint_studio.model.validation import validate

WEEK = 10080.0


def desk(start: float, end: float | None = None, rate: float = 1.0) -> Blueprint:
    """Mail at `rate` an hour, round the clock, to a desk of 3 agents on duty Monday to Friday
    from `start` to `end` (hours; nine hours by default)."""
    shifts = [Shift(days=[0, 1, 2, 3, 4], start=start, end=start + 9 if end is None else end, agents=3)]
    return Blueprint(
        meta=Meta(title="Desk"),
        pools=[Pool(id="desk", name="Desk", shifts=shifts)],
        nodes=[
            IntakeNode(id="mail", rate_per_hour=rate),
            StepNode(id="work", title="Work", pool="desk", duration=Exponential(mean=20)),
            EndNode(id="done"),
        ],
        edges=[Edge(id="a", source="mail", target="work"), Edge(id="b", source="work", target="done")],
    )


@pytest.mark.parametrize("start", [8 + 20 / 60, 9 + 5 / 60, 14 + 17 / 60, 0.01, 8.03])
def test_a_shift_starting_off_the_hour_never_hangs_a_month_and_its_agents_come_every_week(start):
    # 8:20 is 500.00000000000006 minutes: in week 2, week start + 500.00000000000006 rounded to
    # the very instant of the change, the next change was scheduled at that instant, for ever.
    result = compile_blueprint(desk(start))
    assert result.ok
    settings = SimulationSettings(horizon_minutes=30 * 1440.0, seed=3)
    engines = [Engine(result.model, settings), Engine(result.model, settings, allow_compiled=False)]
    outputs = [within(60, lambda e=e: json.dumps(e.run().to_dict(), sort_keys=True)) for e in engines]
    assert engines[0].ran_compiled is compiled_loop.available()
    assert outputs[0] == outputs[1]  # both loops alike, bit for bit
    figures = json.loads(outputs[0])
    assert figures["status"] == {"status": "complete"}
    # Agents on duty every weekday of all five weeks: only the last evening's mail is left.
    kpis = figures["kpis"]
    assert kpis["arrived"] > 600
    assert kpis["resolved"] >= kpis["arrived"] - 40


def test_shift_changes_fall_on_a_grid_that_week_arithmetic_keeps_exact():
    calendar = calendar_of(
        0,
        [
            Shift(days=[0, 2, 6], start=8 + 20 / 60, end=17 + 10 / 60, agents=2),
            Shift(days=[1], start=0.0001, end=0.01, agents=1),
        ],
    )
    for minute in calendar.starts:
        assert minute * 1024 == int(minute * 1024)
        for week in (1, 2, 7, 1000, 10_400):  # up to the 200-year limit of ticket-count runs
            now = week * WEEK + minute
            assert now - now % WEEK == week * WEEK and now % WEEK == minute


def test_a_ticket_count_run_with_a_shift_of_seconds_ends():
    # A shift of 0.36 s on Mondays: before, a run of 100 tickets never ended.
    bp = desk(0, 0.0001)
    result = compile_blueprint(bp)
    settings = SimulationSettings(horizon_minutes=None, tickets=50, seed=1)
    for compiled in (True, False):
        run = within(
            60, lambda compiled=compiled: Engine(result.model, settings, allow_compiled=compiled).run()
        )
        assert run.status["status"] in ("complete", "unfinished")


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe.blueprint.json"
    os.mkfifo(path)
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_a_device_and_a_folder_are_refused_at_once_with_their_reason(tmp_path, fifo):
    folder = tmp_path / "folder.blueprint.json"
    folder.mkdir()
    cases = [
        (fifo, "not_a_file", "it is not a file (a device, a pipe or a socket)"),
        (folder, "os.EISDIR", "it is a folder, not a file"),
    ]
    if os.path.exists("/dev/zero"):
        cases.append(("/dev/zero", "not_a_file", "it is not a file"))
    for path, code, reason in cases:
        with pytest.raises(LoadError) as refused:
            within(10, lambda p=path: load(p))  # a pipe blocked, /dev/zero never ended
        assert refused.value.code == code and reason in str(refused.value)


def test_an_empty_file_says_it_is_empty(tmp_path):
    for content in (b"", b"  \n\t"):
        path = tmp_path / "empty.blueprint.json"
        path.write_bytes(content)
        with pytest.raises(LoadError) as refused:
            load(path)
        assert str(refused.value) == "empty.blueprint.json: the file is empty"


def test_a_file_with_a_byte_order_mark_opens_and_is_saved_without_it(tmp_path):
    bp = desk(8)
    path = tmp_path / "notepad.blueprint.json"
    path.write_bytes(b"\xef\xbb\xbf" + dumps(bp))
    assert load(path) == bp
    save(load(path), path)
    assert path.read_bytes() == dumps(bp)
    assert loads(b"\xef\xbb\xbf" + dumps(bp)) == bp


def test_a_new_file_gets_the_usual_permissions_and_a_backup_those_of_the_file(tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "team.blueprint.json"
        save(desk(8), path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o644  # mkstemp alone gave 0600
        path.chmod(0o640)
        save(desk(9), path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o640
        assert stat.S_IMODE((tmp_path / "team.blueprint.json.bak").stat().st_mode) == 0o640
    finally:
        os.umask(old)


def test_absurd_durations_and_rates_are_said_in_a_few_characters():
    bp = desk(8).model_copy(
        update={
            "nodes": [
                IntakeNode(id="mail", interarrival=Exponential(mean=1e-300)),
                StepNode(
                    id="work", pool="desk", duration=Fixed(value=1e308), time_limit=1e300, escalate_to="done"
                ),
                EndNode(id="done"),
            ]
        }
    )
    found = {(d.code, d.params.get("setting")): d.params for d in validate(bp)}
    assert found[("duration_too_long", "duration")]["days"] == "6.9e+304"
    assert found[("duration_too_long", "time_limit")]["days"] == "6.9e+296"
    assert found[("rate_too_high", "interarrival")]["rate"] == "6.0e+301"
    plain = validate(
        desk(8).model_copy(update={"nodes": [IntakeNode(id="mail", rate_per_hour=1e9), *desk(8).nodes[1:]]})
    )
    assert [d.params["rate"] for d in plain if d.code == "rate_too_high"] == [1_000_000_000]


def test_a_run_where_nothing_arrives_says_so_not_the_warm_up():
    bp = desk(8, rate=0.0).model_copy(update={"scenarios": [Scenario(id="s", horizon_days=2)]})
    result = compile_blueprint(bp, "s")
    for compiled in (True, False):
        status = (
            Engine(result.model, SimulationSettings(horizon_minutes=2880.0), allow_compiled=compiled)
            .run()
            .status
        )
        assert status == {"status": "empty", "warmup": 0.0, "arrived": 0}
    warm = (
        Engine(
            compile_blueprint(desk(8, rate=5.0)).model,
            SimulationSettings(horizon_minutes=1440.0, warmup_minutes=1439.99),
        )
        .run()
        .status
    )
    assert warm["status"] == "empty" and warm["arrived"] > 0


def test_a_chain_longer_than_the_loop_bound_is_no_loop():
    # Documents hold up to 20,000 nodes; a ticket walking a chain of 10,100 steps entered more
    # nodes than the 10,000 of the loop bound and the run ended "unstable: a loop it never leaves".
    steps = [StepNode(id=f"s{k}", pool="desk", duration=Fixed(value=0.01)) for k in range(10_100)]
    ids = ["mail", *(s.id for s in steps), "done"]
    bp = Blueprint(
        pools=[Pool(id="desk", agents=2)],
        nodes=[IntakeNode(id="mail"), *steps, EndNode(id="done")],
        edges=[Edge(id=f"e{k}", source=a, target=b) for k, (a, b) in enumerate(zip(ids, ids[1:]))],
    )
    model = compile_blueprint(bp).model
    settings = SimulationSettings(horizon_minutes=None, tickets=3, seed=1)
    for compiled in (True, False):
        run = within(120, lambda compiled=compiled: Engine(model, settings, allow_compiled=compiled).run())
        assert run.status == {"status": "complete"} and run.kpis["resolved"] == 3


def test_saving_over_an_emptied_file_keeps_the_older_backup(tmp_path):
    path = tmp_path / "desk.blueprint.json"
    save(desk(8), path)
    save(desk(9), path)  # .bak now holds the 8 o'clock version
    path.write_bytes(b"")  # emptied on disk (a sync tool, a full disk…)
    save(desk(10), path)
    assert load(path) == desk(10)
    assert load(tmp_path / "desk.blueprint.json.bak") == desk(8)
    (tmp_path / "desk.blueprint.json.bak").write_bytes(b"")  # a 0-byte .bak is replaced
    save(desk(11), path)
    assert load(tmp_path / "desk.blueprint.json.bak") == desk(10)
