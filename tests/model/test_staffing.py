"""The staffing finder and sweeps without a cluster: --vary parsing, the M/M/c answer Erlang C
gives, a process pool equal to one process, cancellation, and resuming from a checkpoint."""

from __future__ import annotations

import json
import math
import threading

import pytest
from flowkit import FIELDS
from staffkit import mmc_desk

from blueprint_studio.model.schema import StaffingTargets
from blueprint_studio.model.sim import theory
from blueprint_studio.model.sim.engine import Cancelled
from blueprint_studio.model.staffing import (
    Candidate,
    CheckpointError,
    LocalRunner,
    StaffingError,
    Variations,
    VaryError,
    find_staffing,
    parse_plan,
    parse_vary,
    pool_bounds,
    run_sweep,
)
from blueprint_studio.model.staffing.words import candidate_label, check_text


class CountingRunner(LocalRunner):
    """Runs in this process and counts the tasks it ran; can set `cancel` after `stop_after`."""

    def __init__(self, stop_after: int | None = None, cancel: threading.Event | None = None) -> None:
        super().__init__(processes=1)
        self.ran = 0
        self.stop_after, self.cancel = stop_after, cancel

    def run(self, blueprint_json, scenario_id, tasks, on_result, cancel=None):
        def counted(task, result):
            self.ran += 1
            on_result(task, result)
            if self.stop_after is not None and self.ran >= self.stop_after and self.cancel is not None:
                self.cancel.set()

        super().run(blueprint_json, scenario_id, tasks, counted, cancel)


# ---------------------------------------------------------------- --vary


def test_parse_vary_reads_ranges_lists_steps_and_pools_by_name():
    bp = mmc_desk()
    v = parse_vary(["Service desk=2..4,6", "arrivals=0.8..1.2:0.2"], bp)
    assert v.pool_agents == {"desk": [2, 3, 4, 6]}
    assert v.arrival_multipliers == [0.8, 1.0, 1.2]
    grid = v.candidates()
    assert len(grid) == 12
    assert grid[0] == Candidate(pool_agents={"desk": 2}, arrival_multiplier=0.8)
    assert parse_vary(["desk=5"], bp).pool_agents == {"desk": [5]}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("desk", "vary.syntax"),
        ("level 9=2..3", "vary.unknown_pool"),
        ("desk=2.5", "vary.bad_number"),
        ("desk=two", "vary.bad_number"),
        ("desk=6..2", "vary.empty_range"),
        ("arrivals=1..2:0", "vary.empty_range"),
        ("desk=1..100000", "vary.too_many"),
    ],
)
def test_parse_vary_refuses_with_a_code_and_its_parameters(text, code):
    with pytest.raises(VaryError) as caught:
        parse_vary([text], mmc_desk())
    assert caught.value.code == code
    if code == "vary.unknown_pool":
        assert caught.value.params == {"name": "level 9", "pools": "Service desk"}


def test_a_plan_is_said_with_pool_names_never_ids():
    bp = mmc_desk()
    plan = Candidate(pool_agents={"desk": 5}, arrival_multiplier=1.2)
    assert candidate_label(plan, bp, "en") == "Service desk: 5 agents, arrivals × 1.2"
    assert plan.label(bp, "fr").endswith("× 1,2")  # numbers written the French way


# ---------------------------------------------------------------- the search


def test_theory_bounds_start_at_the_erlang_c_head_count():
    bounds = pool_bounds(mmc_desk(), "week")
    assert [(b.pool, b.low) for b in bounds] == [("desk", 5)]
    assert bounds[0].load == pytest.approx(3.0)
    assert theory.mmc(0.5, 6, 4).wq > 1.5 > theory.mmc(0.5, 6, 5).wq


def test_a_scenario_with_no_agents_in_a_pool_is_searched_from_none_not_from_the_pools_own():
    """0 agents is a head count (a pool closed in the scenario): the theory cannot estimate an
    unstable pool, so the search tries the counts next to the scenario's, 1 and 2, not the
    pool's own 4 (a falsy check once took 0 for "not set")."""
    bp = mmc_desk(agents=4)
    closed = bp.scenarios[0].model_copy(update={"pool_agents": {"desk": 0}})
    bp = bp.model_copy(update={"scenarios": [closed]})
    assert [(b.pool, b.low, b.high, b.load) for b in pool_bounds(bp, "week")] == [("desk", 1, 2, None)]
    three = bp.model_copy(update={"scenarios": [closed.model_copy(update={"pool_agents": {"desk": 2}})]})
    assert [(b.low, b.high) for b in pool_bounds(three, "week")] == [(1, 3)]  # 2 agents: unstable too


def test_search_finds_the_mmc_answer_and_rules_the_others_out_by_their_intervals():
    bp = mmc_desk()
    result = find_staffing(bp, "week", runner=LocalRunner(1), variations=parse_vary(["desk=3..7"], bp))
    assert result.best is not None
    assert result.best.candidate.pool_agents == {"desk": 5}  # Erlang C: 0.71 min <= 1.5 < 3.06
    by_agents = {r.candidate.pool_agents["desk"]: r for r in result.rows}
    assert by_agents[4].checks[0].met is False and by_agents[4].stopped == "out"
    assert by_agents[5].checks[0].met is True
    wait = result.best.estimates["wait_mean"]
    assert wait.ci_high <= 1.5 and wait.n >= 3
    assert result.best.cost == pytest.approx(5 * 30 * 168)  # agents on duty all week, 30 an hour
    # every candidate was decided before its tenth replication: the saving is counted
    assert result.dropped_early == 5 and result.replications_saved == 5 * 10 - result.replications_run
    assert result.replications_run < 5 * 10
    assert [r.candidate.pool_agents["desk"] for r in result.frontier] == [3, 4, 5, 6, 7]


def test_search_without_targets_is_refused_with_a_code():
    bp = mmc_desk().model_copy(update={"targets": StaffingTargets()})
    with pytest.raises(StaffingError) as caught:
        find_staffing(bp, "week", runner=LocalRunner(1))
    assert caught.value.code == "staffing.no_targets"


def test_a_check_says_its_interval_and_limit_in_words():
    bp = mmc_desk()
    result = find_staffing(bp, "week", runner=LocalRunner(1))
    text = check_text(result.best.checks[0], "en")
    assert text.startswith("Mean queue wait at the slowest step: ") and "(at most 1.5\u00a0min)" in text
    assert " – " in text  # the interval


# ---------------------------------------------------------------- sweeps


def _sweep_grid():
    return Variations(arrival_multipliers=[0.9, 1.1], pool_agents={"desk": [4, 5]})


def test_a_pool_of_two_processes_gives_the_same_rows_as_one_process():
    bp = mmc_desk(days=2, replications=3)
    alone = run_sweep(bp, "week", _sweep_grid(), runner=LocalRunner(1))
    with LocalRunner(2) as pool:
        pooled = run_sweep(bp, "week", _sweep_grid(), runner=pool)
    assert pooled.to_json() == alone.to_json()
    assert pooled.to_csv() == alone.to_csv()


def test_sweep_rows_are_common_random_numbers_and_say_what_varied():
    bp = mmc_desk(days=2, replications=3)
    result = run_sweep(bp, "week", _sweep_grid(), runner=LocalRunner(1))
    assert len(result.rows) == 4 and all(r.replications == 3 for r in result.rows)
    waits = {
        (r.candidate.pool_agents["desk"], r.candidate.arrival_multiplier): r.estimates["wait_mean"].mean
        for r in result.rows
    }
    # the same arrivals and durations for every plan: one more agent never waits longer, run by run
    assert waits[(5, 0.9)] < waits[(4, 0.9)] and waits[(5, 1.1)] < waits[(4, 1.1)]
    lines = result.to_csv().splitlines()
    assert lines[0].startswith("agents:desk,arrival_multiplier,cost,meets,replications,")
    assert lines[1].startswith("4,0.9,20160.0,")
    data = json.loads(json.dumps(result.to_json()))
    assert data["rows"][0]["candidate"]["pool_agents"] == {"desk": 4}
    scenario = result.rows[3].scenario(bp, bp.scenarios[0], "5 agents, busier")
    assert (scenario.pool_agents, scenario.arrival_multiplier, scenario.name) == (
        {"desk": 5},
        1.1,
        "5 agents, busier",
    )
    assert scenario.id not in {s.id for s in bp.scenarios}


def test_cancel_stops_a_sweep_and_the_checkpoint_resumes_where_it_stopped(tmp_path):
    bp = mmc_desk(days=2, replications=3)
    path = tmp_path / "sweep.jsonl"
    cancel = threading.Event()
    first = CountingRunner(stop_after=5, cancel=cancel)
    with pytest.raises(Cancelled):
        run_sweep(bp, "week", _sweep_grid(), runner=first, cancel=cancel, checkpoint=str(path))
    assert first.ran == 5
    assert len(path.read_text().splitlines()) == 1 + 5  # the sweep's name, then one line a task
    again = CountingRunner()
    resumed = run_sweep(bp, "week", _sweep_grid(), runner=again, checkpoint=str(path))
    assert again.ran == 4 * 3 - 5  # only what had not finished
    whole = run_sweep(bp, "week", _sweep_grid(), runner=LocalRunner(1))
    assert resumed.to_json() == whole.to_json()


def test_a_checkpoint_cut_mid_line_resumes_and_another_sweeps_file_is_refused(tmp_path):
    bp = mmc_desk(days=2, replications=3)
    path = tmp_path / "sweep.jsonl"
    run_sweep(bp, "week", _sweep_grid(), runner=LocalRunner(1), checkpoint=str(path))
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines[:4]) + "\n" + lines[4][: len(lines[4]) // 2])  # a power cut
    again = CountingRunner()
    resumed = run_sweep(bp, "week", _sweep_grid(), runner=again, checkpoint=str(path))
    assert again.ran == 12 - 3
    assert resumed.to_json() == run_sweep(bp, "week", _sweep_grid(), runner=LocalRunner(1)).to_json()
    other = mmc_desk(days=3, replications=3)
    with pytest.raises(CheckpointError) as caught:
        run_sweep(other, "week", _sweep_grid(), runner=LocalRunner(1), checkpoint=str(path))
    assert caught.value.code == "checkpoint.other_sweep"


def test_cancel_stops_the_processes_of_a_local_pool_promptly():
    bp = mmc_desk(days=60, replications=4)
    cancel = threading.Event()
    seen = []

    def progress(done, total):
        seen.append(done)
        if done >= 1:
            cancel.set()

    with LocalRunner(2) as pool, pytest.raises(Cancelled):
        run_sweep(
            bp,
            "week",
            Variations(pool_agents={"desk": [4, 5, 6, 7]}),
            runner=pool,
            progress=progress,
            cancel=cancel,
        )
    assert max(seen) < 16


def test_weekly_cost_counts_shifts_hours():
    from blueprint_studio.model.schema import Pool, Shift

    bp = mmc_desk()
    shifted = Pool(
        id="desk",
        name="Service desk",
        agents=4,
        cost_per_hour=30,
        shifts=[Shift(days=[0, 1, 2, 3, 4], start=8, end=18, agents=4)],
    )
    bp = bp.model_copy(update={"pools": [shifted]})
    result = run_sweep(
        bp, "week", Variations(pool_agents={"desk": [2]}), runner=LocalRunner(1), replications=2
    )
    assert result.rows[0].cost == pytest.approx(2 * 50 * 30)  # 2 agents, 50 hours a week, 30 an hour
    assert not math.isnan(result.rows[0].estimates["utilisation"].mean)


def _shifted_desk():
    from blueprint_studio.model.schema import Pool, Shift

    day = Shift(days=[0, 1, 2, 3, 4], start=8, end=18, agents=4)
    evening = Shift(days=[0, 1, 2, 3, 4], start=18, end=22, agents=2)
    pool = Pool(id="desk", name="Service desk", agents=4, cost_per_hour=30, shifts=[day, evening])
    return mmc_desk(days=2, replications=2).model_copy(update={"pools": [pool]})


def test_a_shift_block_varies_alone_and_is_costed_and_said_by_shift():
    bp = _shifted_desk()
    v = parse_vary(["Service desk#2=1..3"], bp)
    assert v.pool_agents == {} and [[s.agents for s in plan] for plan in v.shift_plans["desk"]] == [
        [4, 1],
        [4, 2],
        [4, 3],
    ]
    result = run_sweep(bp, "week", v, runner=LocalRunner(1))
    assert [r.cost for r in result.rows] == [30 * (4 * 50 + n * 20) for n in (1, 2, 3)]  # hours a week
    assert result.rows[0].candidate.label(bp, "en") == "Service desk: 4/1 agents by shift"
    scenario = result.rows[2].scenario(bp, bp.scenarios[0], "Evenings of 3")
    assert [s.agents for s in scenario.pool_shifts["desk"]] == [4, 3]
    found = find_staffing(bp, "week", runner=LocalRunner(1), variations=v)
    assert found.candidates == 3  # the shift plans asked for, not the theory's head counts


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (["Service desk#3=1"], "vary.unknown_shift"),
        (["Service desk#1=1", "desk=2..3"], "vary.both"),
    ],
)
def test_shift_blocks_are_refused_with_a_code(texts, code):
    with pytest.raises(VaryError) as caught:
        parse_vary(texts, _shifted_desk())
    assert caught.value.code == code
    with pytest.raises(VaryError) as caught:
        parse_vary(["desk#1=2"], mmc_desk())
    assert caught.value.code == "vary.no_shifts"


def test_a_plan_costlier_than_one_ruled_in_stops_without_more_replications():
    bp = mmc_desk().model_copy(update={"targets": StaffingTargets(utilisation_at_most=0.52)})
    grid = parse_vary(["desk=6,7", "arrivals=1,1.2"], bp)
    result = find_staffing(bp, "week", runner=LocalRunner(1), variations=grid)
    rows = {(r.candidate.pool_agents["desk"], r.candidate.arrival_multiplier): r for r in result.rows}
    # 6 agents for 3 Erlangs: 50 % busy, ruled in; 7 agents for 3.6 Erlangs: 51 % busy, undecided
    # against 52 %, but dearer than a plan already in: it stops after the first round
    assert rows[(6, 1.0)].stopped == "in" and rows[(6, 1.2)].stopped == "out"
    undecided = rows[(7, 1.2)]
    assert undecided.checks[0].met is None
    assert (undecided.stopped, undecided.replications) == ("costlier", 3)
    assert result.best is rows[(6, 1.0)]
    assert result.replications_saved == 4 * 10 - 4 * 3


def test_every_policys_breach_rate_is_exact_whatever_its_condition():
    from blueprint_studio.model.schema import SlaPolicy
    from blueprint_studio.model.staffing.targets import targets_of

    p1 = SlaPolicy(id="p1", name="Priority 1", when='priority == "P1"', resolution=60)
    p2 = SlaPolicy(id="p2", name="Priority 2", when='priority == "P2"', resolution=240)
    feature = SlaPolicy(id="feat", name="Features", when='category == "feature"', resolution=6000)
    limits = StaffingTargets(breach_rate={"p1": 0.1, "p2": 0.1})

    def measured(policies):
        bp = mmc_desk().model_copy(update={"sla": policies, "targets": limits, "fields": FIELDS})
        return {t.params["policy"]: t.params["measured"] for t in targets_of(bp, None)}

    assert measured([p1, p2]) == {"p1": "exact", "p2": "exact"}
    # the results count each policy's own tickets: an earlier policy takes none from P1's figures
    assert measured([feature, p1, p2]) == {"p1": "exact", "p2": "exact"}
    by_text = SlaPolicy(id="p2", name="VIP", when='vip == "yes"', resolution=240)
    assert measured([p1, by_text])["p2"] == "exact"
    # a target naming no policy of this scenario (or one without a resolution target) is not
    assert measured([p1]) == {"p1": "exact", "p2": "unmeasured"}
    assert measured([p1, p2.model_copy(update={"resolution": None})])["p2"] == "unmeasured"


def test_the_staffing_figures_read_each_policys_own_breach_rate():
    """Mail every 20 minutes, phone every 25, one agent, 25 minutes each, to 100 minutes (worked
    out in tests/sim/test_policy_breaches.py): phone's resolution target (30) breached by both
    decided tickets, the standard policy (every other ticket, no condition) by none; overall 2 of
    4. Before, a policy without a condition “field == value” read as not measured (NaN)."""
    from blueprint_studio.model.compiler import compile_blueprint
    from blueprint_studio.model.schema import (
        Blueprint,
        Edge,
        EndNode,
        Fixed,
        IntakeNode,
        Pool,
        Scenario,
        SlaPolicy,
        StepNode,
        TicketField,
    )
    from blueprint_studio.model.sim import SimulationSettings
    from blueprint_studio.model.sim.replications import simulate
    from blueprint_studio.model.staffing.figures import figures_of

    bp = Blueprint(
        fields=[TicketField(name="channel", type="choice", values=["mail", "phone"])],
        pools=[Pool(id="desk", agents=1)],
        nodes=[
            IntakeNode(id="mail", interarrival=Fixed(value=20), set_fields={"channel": "mail"}),
            IntakeNode(id="phone", interarrival=Fixed(value=25), set_fields={"channel": "phone"}),
            StepNode(id="work", pool="desk", duration=Fixed(value=25)),
            EndNode(id="done"),
        ],
        edges=[
            Edge(id="e1", source="mail", target="work"),
            Edge(id="e2", source="phone", target="work"),
            Edge(id="e3", source="work", target="done"),
        ],
        sla=[
            SlaPolicy(id="urgent", name="Phone", when='channel == "phone"', resolution=30),
            SlaPolicy(id="standard", name="Standard", resolution=60),
        ],
        targets=StaffingTargets(breach_rate={"standard": 0.1, "urgent": 0.5}),
    )
    run = simulate(compile_blueprint(bp).model, SimulationSettings(horizon_minutes=100))
    figures = figures_of(run, bp, Scenario(id="now"), 0.0)
    assert figures["breach_rate:urgent"] == 1.0
    assert figures["breach_rate:standard"] == 0.0
    assert figures["breach_rate"] == 0.5


def test_a_list_of_plans_is_swept_as_given_after_the_grid_each_once():
    bp = _shifted_desk()
    plan = parse_plan("Service desk#2=3; arrivals=1.2", bp)
    assert [s.agents for s in plan.pool_shifts["desk"]] == [4, 3] and plan.arrival_multiplier == 1.2
    assert parse_plan("desk=6", bp) == Candidate(pool_agents={"desk": 6})
    listed = Variations(plans=[plan, parse_plan("desk=6", bp)])
    assert [c.key for c in listed.candidates()] == [plan.key, Candidate(pool_agents={"desk": 6}).key]
    both = Variations(pool_agents={"desk": [5, 6]}, plans=[parse_plan("desk=6", bp), plan])
    assert [c.pool_agents for c in both.candidates()] == [{"desk": 5}, {"desk": 6}, {}]  # 6 once
    result = run_sweep(bp, "week", listed, runner=LocalRunner(1))
    assert [r.candidate for r in result.rows] == listed.candidates()
    for text, code in (
        ("desk", "vary.syntax"),
        ("desk=5; desk#1=3", "vary.both"),
        ("nobody=3", "vary.unknown_pool"),
    ):
        with pytest.raises(VaryError) as caught:
            parse_plan(text, bp)
        assert caught.value.code == code


def test_jobs_are_whole_candidates_when_there_are_enough_for_every_process():
    """A job carries as many replications of one candidate as leaves each process or worker at
    least 4 jobs (at most 10): the bench's 54 candidates x 10 on 2 workers go as 54 jobs of a
    whole candidate, not 108 half ones; a small sweep is cut finer, evenly, never across plans."""
    from blueprint_studio.model.staffing.runners import Task, chunks

    def tasks(candidates: int, replications: int) -> list[Task]:
        return [
            Task(Candidate(pool_agents={"desk": n}), r)
            for n in range(candidates)
            for r in range(replications)
        ]

    bench = chunks(tasks(54, 10), 2)
    assert len(bench) == 54 and all(len(job) == 10 for job in bench)
    assert all(len({t.candidate.key for t in job}) == 1 for job in bench)
    assert [len(job) for job in chunks(tasks(4, 10), 2)] == [5] * 8  # 8 jobs: 4 a worker
    assert [len(job) for job in chunks(tasks(4, 3), 2)] == [1] * 12
    assert [len(job) for job in chunks(tasks(2, 7), 1)] == [2, 2, 3, 2, 2, 3]  # 3 at most, evenly
    assert [len(job) for job in chunks(tasks(2, 30), 1)] == [10] * 6  # at most 10 to a job
    every = chunks(tasks(5, 6), 2)
    assert sorted(t.key for job in every for t in job) == sorted(t.key for t in tasks(5, 6))


def test_the_sweeps_csv_has_no_cell_a_spreadsheet_would_read_as_a_formula():
    """Names that start like a formula (= + - @) never reach the CSV: its header names pools and
    policies by id (which start with a letter, a digit or _), its cells are numbers and shift
    plans in JSON. Every cell is one the export's formula guard (export/safe_text.csv_safe)
    leaves as it is."""
    import csv
    import io

    from blueprint_studio.export.safe_text import csv_safe
    from blueprint_studio.model.schema import Shift, SlaPolicy

    bp = mmc_desk(days=1, replications=2)
    pool = bp.pools[0].model_copy(update={"name": "=HYPERLINK(1)"})
    scenario = bp.scenarios[0].model_copy(update={"name": "@SUM(A1)"})
    bp = bp.model_copy(
        update={
            "pools": [pool],
            "scenarios": [scenario],
            "sla": [SlaPolicy(id="std", name="+cmd|' /C calc'!A0", resolution=30)],
            "targets": StaffingTargets(breach_rate={"std": 0.5}, wait_at_most=5),
        }
    )
    plans = [Candidate(pool_agents={"desk": 4}, arrival_multiplier=0.5)]
    plans.append(Candidate(pool_shifts={"desk": [Shift(days=[0, 1], start=8, end=18, agents=5)]}))
    result = run_sweep(bp, "week", Variations(plans=plans), runner=LocalRunner(1))
    cells = [cell for line in csv.reader(io.StringIO(result.to_csv())) for cell in line]
    assert "breach_rate:std" in cells and any(c.startswith("[") for c in cells)
    assert all(csv_safe(cell) == cell for cell in cells)
    assert not any(name in result.to_csv() for name in ("HYPERLINK", "SUM(A1)", "calc"))
