"""`blueprint-studio simulate` as a user runs it."""

from __future__ import annotations

import csv
import json

from test_cli import run

from blueprint_studio import resources
from blueprint_studio.model.fileformat import load, save
from blueprint_studio.model.schema import Pool

TEMPLATE = str(resources.template_path("helpdesk_flow", "en"))


def test_json_results_are_deterministic_for_a_seed():
    args = ("simulate", TEMPLATE, "--horizon", "3d", "--replications", "2", "--seed", "5", "--json")
    first, second = run(*args), run(*args)
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert data == json.loads(second.stdout)
    summary = data["summary"]
    assert summary["arrived"]["mean"] > 100
    assert (
        summary["resolution_elapsed_mean"]["ci_low"]
        <= summary["resolution_elapsed_mean"]["mean"]
        <= summary["resolution_elapsed_mean"]["ci_high"]
    )
    assert len(data["runs"]) == 2 and data["runs"][0]["replication"] == 0


def test_table_and_event_logs(tmp_path):
    log = tmp_path / "events.csv"
    # no warm-up: the log then holds exactly the tickets measured (it logs warm-up tickets too)
    result = run(
        "simulate", TEMPLATE, "--tickets", "200", "--warmup", "0", "--replications", "1", "--log", str(log)
    )
    assert result.returncode == 0, result.stderr
    assert "Resolution time (elapsed), mean" in result.stdout and "Utilisation" in result.stdout
    with open(log, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["case_id"] for r in rows} == {str(i) for i in range(200)}
    assert rows[0]["start"].startswith("2024-01-01T") and "priority" in rows[0]
    xes = tmp_path / "events.xes"
    assert run("simulate", TEMPLATE, "--tickets", "50", "--warmup", "0", "--log", str(xes)).returncode == 0
    text = xes.read_text(encoding="utf-8")
    assert text.count("<trace>") == 50 and text.rstrip().endswith("</log>")


def test_errors_are_reported_without_traceback(tmp_path):
    bp = load(TEMPLATE)
    broken = bp.model_copy(update={"pools": [Pool(id=p.id, agents=0) for p in bp.pools]})
    path = tmp_path / "broken.blueprint.json"
    save(broken, path)
    failed = run("simulate", str(path))
    assert failed.returncode == 1 and "error: The pool 1 (untitled) has no agents" in failed.stderr
    assert "pool_without_agents" not in failed.stderr  # words, not codes
    unknown = run("simulate", TEMPLATE, "--scenario", "Monsoon")
    assert unknown.returncode == 2 and "Typical week" in unknown.stderr
    bad = run("simulate", TEMPLATE, "--horizon", "ten days")
    assert bad.returncode == 2 and "not a duration" in bad.stderr
    for result in (failed, unknown, bad):
        assert "Traceback" not in result.stderr


# ---------------------------------------------------------------- what ran, and how it ended


def one_step(tmp_path, name: str, **changes) -> str:
    """intake 'Mail' -> step 'Fix it' (pool 'Desk') -> end, saved as a file; `changes` go to
    the intake (rate_per_hour), the pool (agents), the step (duration) or the scenario."""
    from blueprint_studio.model.schema import (
        Blueprint,
        Edge,
        EndNode,
        Exponential,
        IntakeNode,
        Meta,
        Scenario,
        StepNode,
    )

    scenario = Scenario(
        id="s",
        name="Base week",
        horizon_days=changes.get("horizon_days", 7.0),
        tickets=changes.get("tickets"),
        replications=changes.get("replications", 1),
    )
    bp = Blueprint(
        meta=Meta(title="One step"),
        pools=[Pool(id="desk", name="Desk", agents=changes.get("agents", 2))],
        nodes=[
            IntakeNode(id="in", title="Mail", rate_per_hour=changes.get("rate", 10)),
            StepNode(
                id="work", title="Fix it", pool="desk", duration=changes.get("duration", Exponential(mean=5))
            ),
            EndNode(id="done", title="Done"),
        ],
        edges=[Edge(id="e1", source="in", target="work"), Edge(id="e2", source="work", target="done")],
        scenarios=[scenario],
    )
    path = tmp_path / f"{name}.blueprint.json"
    save(bp, path)
    return str(path)


def test_tickets_are_measured_after_the_warm_up_and_the_header_says_what_ran():
    from blueprint_studio.model.sim import compiled_loop

    table = run("simulate", TEMPLATE, "--tickets", "100", "--replications", "2")
    assert table.returncode == 0, table.stderr
    first, second = table.stdout.splitlines()[:2]
    assert "Typical week" in first and "2 replications" in first and "seed 42" in first
    assert "100 new contacts measured, warm-up: 2\u00a0d" in second
    assert ("event loop: compiled" if compiled_loop.available() else "event loop: Python") in second
    data = json.loads(run("simulate", TEMPLATE, "--tickets", "100", "--replications", "2", "--json").stdout)
    assert [r["kpis"]["arrived"] for r in data["runs"]] == [100, 100]  # not 100 minus the warm-up's
    assert data["warmup_minutes"] == 2880 and data["scenario_name"] == "Typical week"
    assert data["status"] == {"status": "complete"} and data["event_loop"] in ("compiled", "python")
    horizon = run("simulate", TEMPLATE, "--horizon", "3d", "--warmup", "0", "--replications", "1")
    assert "Horizon 3\u00a0d, warm-up: no warm-up" in horizon.stdout.splitlines()[1]


def test_a_run_that_measures_no_ticket_says_so_and_exits_3(tmp_path):
    path = one_step(tmp_path, "quiet", rate=0.2)  # a few tickets, all in the warm-up
    result = run("simulate", path, "--horizon", "1d", "--warmup", "23h")
    assert result.returncode == 3
    assert "No ticket was measured: every ticket arrived during the warm-up (23\u00a0h)" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unstable_run_ends_with_the_step_named_and_exits_3(tmp_path):
    path = one_step(tmp_path, "flooded", rate=6000, agents=1, horizon_days=30)
    result = run("simulate", path)  # the subprocess has a 120 s timeout
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert "warning: The pool “Desk” has more work than agents" in result.stderr
    assert "Unstable: the queue at Fix it passed 100,000 tickets" in result.stderr
    data = json.loads(run("simulate", path, "--json").stdout)
    assert data["status"]["reason"] == "queue" and data["status"]["node"] == "work"


def test_what_would_hang_or_overflow_is_refused_by_validation(tmp_path):
    from blueprint_studio.model.schema import Exponential, LogNormal

    cases = {
        "Too many arrivals at the intake “Mail” (arrival rate): 1,000,000,000 tickets an hour": dict(
            rate=1e9
        ),
        "Too long for the step “Fix it” (duration): 1,095 days on average": dict(
            duration=Exponential(mean=3 * 525600)
        ),
        "Spread too large for the step “Fix it” (duration)": dict(duration=LogNormal(mean=10, sd=1e300)),
    }
    for i, (message, changes) in enumerate(cases.items()):
        result = run("simulate", one_step(tmp_path, f"case{i}", **changes))
        assert result.returncode == 1 and message in result.stderr
        assert "Traceback" not in result.stderr


def test_a_run_too_large_is_refused_unless_forced(tmp_path, monkeypatch, capsys, qapp):
    huge = one_step(tmp_path, "huge", tickets=100_000_000, replications=10_000)
    refused = run("simulate", huge)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert (
        "This run would cost about 4\u00a0×\u00a010¹² ticket steps (100,000,000 tickets × 3 nodes × "
        "10,000 replications)" in refused.stderr
    )
    assert "--force" in refused.stderr
    # the validation's warning and the refusal write large numbers as a reader does, not "4.0e+12"
    assert "more than the 5\u00a0×\u00a010⁹ a run does" in refused.stderr and "e+" not in refused.stderr
    from blueprint_studio.app.cli.main import main
    from blueprint_studio.model.sim import cost

    monkeypatch.setattr(cost, "MAX_STEPS_COMPILED", 100.0)
    monkeypatch.setattr(cost, "MAX_STEPS_PYTHON", 100.0)
    small = one_step(tmp_path, "small", tickets=50)
    assert main(["simulate", small]) == 2
    assert "more than the 100 run without --force" in capsys.readouterr().err
    assert main(["simulate", small, "--force"]) == 0
    assert "50 new contacts measured" in capsys.readouterr().out


def test_memory_and_arithmetic_failures_are_messages_not_tracebacks(tmp_path, monkeypatch, capsys, qapp):
    from blueprint_studio.app.cli import simulate as cli_simulate
    from blueprint_studio.app.cli.main import main

    path = one_step(tmp_path, "ok")
    for error, words in (
        (MemoryError(), "not enough memory"),
        (OverflowError("math range error"), "a number too large"),
    ):

        def failing(*args, error=error, **kwargs):
            raise error

        monkeypatch.setattr(cli_simulate, "replicate", failing)
        assert main(["simulate", path]) == 3
        err = capsys.readouterr().err
        assert "The simulation could not be computed" in err and words in err and "Traceback" not in err


def test_a_scenario_is_found_by_its_name_as_typed_in_a_shell():
    # the stored name has French typography: a curly apostrophe and a no-break space before "%"
    french = str(resources.template_path("helpdesk_flow", "fr"))
    typed = run("simulate", french, "--scenario", "pic d'activité (+30 %)", "--horizon", "3d", "--json")
    assert typed.returncode == 0, typed.stderr
    assert json.loads(typed.stdout)["scenario"] in {
        s.id for s in load(french).scenarios if s.name.startswith("Pic d’activité (+30")
    }
    assert run("simulate", french, "--scenario", "pic d'activité", "--horizon", "3d").returncode != 0
