"""`blueprint-studio simulate` as a user runs it."""
from __future__ import annotations

import csv
import json

import resources
from model.fileformat import load, save
from model.schema import Pool
from test_cli import run

TEMPLATE = str(resources.template_path("helpdesk_flow", "en"))


def test_json_results_are_deterministic_for_a_seed():
    args = ("simulate", TEMPLATE, "--horizon", "3d", "--replications", "2", "--seed", "5", "--json")
    first, second = run(*args), run(*args)
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert data == json.loads(second.stdout)
    summary = data["summary"]
    assert summary["arrived"]["mean"] > 100
    assert summary["resolution_mean"]["ci_low"] <= summary["resolution_mean"]["mean"] <= summary["resolution_mean"]["ci_high"]
    assert len(data["runs"]) == 2 and data["runs"][0]["replication"] == 0


def test_table_and_event_logs(tmp_path):
    log = tmp_path / "events.csv"
    result = run("simulate", TEMPLATE, "--tickets", "200", "--replications", "1", "--log", str(log))
    assert result.returncode == 0, result.stderr
    assert "Resolution time, mean" in result.stdout and "Utilisation" in result.stdout
    with open(log, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["case_id"] for r in rows} == {str(i) for i in range(200)}
    assert rows[0]["start"].startswith("2024-01-01T") and "priority" in rows[0]
    xes = tmp_path / "events.xes"
    assert run("simulate", TEMPLATE, "--tickets", "50", "--log", str(xes)).returncode == 0
    text = xes.read_text(encoding="utf-8")
    assert text.count("<trace>") == 50 and text.rstrip().endswith("</log>")


def test_errors_are_reported_without_traceback(tmp_path):
    bp = load(TEMPLATE)
    broken = bp.model_copy(update={"pools": [Pool(id=p.id, agents=0) for p in bp.pools]})
    path = tmp_path / "broken.blueprint.json"
    save(broken, path)
    failed = run("simulate", str(path))
    assert failed.returncode == 1 and "pool_without_agents" in failed.stderr
    unknown = run("simulate", TEMPLATE, "--scenario", "Monsoon")
    assert unknown.returncode == 2 and "Typical week" in unknown.stderr
    bad = run("simulate", TEMPLATE, "--horizon", "ten days")
    assert bad.returncode == 2 and "not a duration" in bad.stderr
    for result in (failed, unknown, bad):
        assert "Traceback" not in result.stderr
