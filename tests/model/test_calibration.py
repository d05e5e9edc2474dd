"""Calibration from a ticket export (model/calibrate): the round trip the issue asks for (simulate
a template, write its event log, calibrate from it, find the template's parameters inside the
fitted confidence intervals), the calibrated scenario run by both event loops, and the file
format of a calibrated scenario."""

from __future__ import annotations

import json
from pathlib import Path
from statistics import NormalDist

import pytest

from blueprint_studio import resources
from blueprint_studio.export.eventlog import open_event_log
from blueprint_studio.model.calibrate.importer import calibrate_file, calibrated_scenario, with_scenario
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.fileformat import dumps, load, loads, to_data
from blueprint_studio.model.schema import Empirical, LogNormal
from blueprint_studio.model.sim.engine import Engine
from blueprint_studio.model.sim.replications import compile_for, simulate
from blueprint_studio.model.sim.settings import SimulationSettings

WEEK = 7 * 24 * 60


@pytest.fixture(scope="module")
def helpdesk():
    return load(resources.template_path("helpdesk_flow", "en"))


def simulated_log(blueprint, folder: Path, suffix: str) -> Path:
    path = folder / f"log{suffix}"
    with open_event_log(path, [f.name for f in blueprint.fields]) as log:
        settings = SimulationSettings(horizon_minutes=4 * WEEK, seed=3)
        simulate(compile_for(blueprint), settings, 0, event_log=log)
    return path


@pytest.fixture(scope="module")
def csv_log(helpdesk, tmp_path_factory):
    return simulated_log(helpdesk, tmp_path_factory.mktemp("calibration"), ".csv")


def expected_shares(blueprint) -> dict[str, float]:
    """The decisions' true shares, from the template's field weights (its decisions test fields)."""
    weights = {f.name: dict(zip(f.values, f.weights, strict=True)) for f in blueprint.fields}
    category, issue = weights["category"], weights["issue_type"]
    return {
        "e_dec_type__step_feature_log": category["feature"] / sum(category.values()),
        "e_dec_known__step_template_reply": issue["known"] / sum(issue.values()),
        "e_dec_complex__step_l2": issue["complex"] / (issue["standard"] + issue["complex"]),
    }


# Eight parameters are checked at once: each against its interval widened from 95 % to the
# Bonferroni level, so that the eight hold together with 95 % confidence whatever the seed.
CHECKED = 8
WIDEN = NormalDist().inv_cdf(1 - 0.05 / (2 * CHECKED)) / NormalDist().inv_cdf(0.975)


def inside(truth: float, low: float, high: float) -> bool:
    centre, half = (low + high) / 2, (high - low) / 2 * WIDEN
    return centre - half <= truth <= centre + half


def check_recovered(blueprint, calibration) -> None:
    assert calibration.notes == []  # every state of the log is a step; intakes and ends are no states
    rates = {a.intake_id: a.rates.mean_rate_interval() for a in calibration.arrivals}
    intakes = [n for n in blueprint.nodes if n.kind == "intake"]
    for intake in intakes:
        assert inside(intake.rate_per_hour, *rates[intake.id]), (intake.id, rates[intake.id])
    fits = {s.node_id: s.fit for s in calibration.states if s.node_id is not None}
    lognormal_steps = [n for n in blueprint.nodes if n.kind == "step" and isinstance(n.duration, LogNormal)]
    for step in lognormal_steps:
        fit = fits[step.id]
        assert fit is not None and fit.n > 500
        assert inside(step.duration.mean, fit.mean_low, fit.mean_high), (step.id, fit)
        assert fit.family == "lognormal", (step.id, fit.aic)
        assert fit.ks < 0.05
    shares = {s.edge_id: s for s in calibration.shares}
    truths = expected_shares(blueprint)
    for edge_id, truth in truths.items():
        assert inside(truth, shares[edge_id].low, shares[edge_id].high), (edge_id, shares[edge_id], truth)
    assert len(intakes) + len(lognormal_steps) + len(truths) == CHECKED


def test_parameters_of_a_simulated_template_are_recovered_from_its_csv_event_log(helpdesk, csv_log):
    calibration = calibrate_file(helpdesk, csv_log)
    assert calibration.kind == "log" and not calibration.problems
    check_recovered(helpdesk, calibration)
    assert 3.9 < calibration.weeks <= 4.0


def test_parameters_are_recovered_from_the_xes_event_log_too(helpdesk, tmp_path):
    calibration = calibrate_file(helpdesk, simulated_log(helpdesk, tmp_path, ".xes"))
    assert calibration.kind == "xes"
    check_recovered(helpdesk, calibration)


def test_the_calibrated_scenario_is_what_both_event_loops_run(helpdesk, csv_log):
    calibration = calibrate_file(helpdesk, csv_log)
    scenario = calibrated_scenario(helpdesk, calibration)
    blueprint = with_scenario(helpdesk, scenario)
    assert scenario.id == "sc_calibrated" and scenario.name == "Calibrated from log.csv"
    compiled = compile_blueprint(blueprint, scenario.id)
    assert compiled.ok
    nodes = {n.id: n for n in compiled.model.nodes}
    assert nodes["step_l2"].duration == scenario.durations["step_l2"]
    assert isinstance(nodes["step_l2"].duration, LogNormal)
    assert isinstance(nodes["step_triage"].duration, Empirical)  # a triangular: no family fits it
    weekly = nodes["intake_email"].arrival.weekly_rates
    assert weekly == tuple(tuple(row) for row in scenario.intake_rates["intake_email"].rates)
    taken = {t.edge_id: t.probability for t in nodes["dec_complex"].transitions}
    assert taken["e_dec_complex__step_l2"] == pytest.approx(scenario.edge_shares["e_dec_complex__step_l2"])
    # the blueprint's own scenarios are unchanged by the calibrated one
    plain = {n.id: n for n in compile_blueprint(blueprint, "sc_typical_week").model.nodes}
    assert plain["step_l2"].duration == LogNormal(mean=90.0, sd=60.0)
    settings = SimulationSettings(horizon_minutes=WEEK, seed=7)
    runs = []
    for allow in (True, False):
        engine = Engine(compiled.model, settings, allow_compiled=allow)
        runs.append(json.dumps(engine.run().to_dict()))
    assert runs[0] == runs[1]
    arrived = json.loads(runs[0])["kpis"]["arrived"]
    assert 0.85 * 8 * 24 * 7 < arrived < 1.15 * 8 * 24 * 7


def test_a_calibrated_scenario_is_saved_and_read_back_and_others_are_written_as_before(helpdesk, csv_log):
    data = to_data(helpdesk)
    assert all("calibration" not in s and "durations" not in s for s in data["scenarios"])
    raw = dumps(helpdesk)
    assert raw == Path(resources.template_path("helpdesk_flow", "en")).read_bytes()
    calibration = calibrate_file(helpdesk, csv_log)
    blueprint = with_scenario(helpdesk, calibrated_scenario(helpdesk, calibration))
    back = loads(dumps(blueprint))
    assert back == blueprint
    record = back.scenarios[-1].calibration
    assert record is not None and record.actual.tickets == calibration.tickets
    assert len(record.actual.weekly_volume) == 168 and len(record.actual.resolution_quantiles) == 101
    assert record.fitted["step_l2"].family == "lognormal"


def test_calibrating_again_replaces_the_scenario_of_the_same_id(helpdesk, csv_log):
    calibration = calibrate_file(helpdesk, csv_log)
    once = with_scenario(helpdesk, calibrated_scenario(helpdesk, calibration))
    twice = with_scenario(once, calibrated_scenario(once, calibration, "sc_calibrated"))
    assert [s.id for s in twice.scenarios] == [s.id for s in once.scenarios]
    third = with_scenario(once, calibrated_scenario(once, calibration))
    assert third.scenarios[-1].id == "sc_calibrated_2"


def test_a_decision_changed_after_the_calibration_keeps_its_drawn_branches(helpdesk, csv_log):
    from blueprint_studio.model.schema import Edge

    calibration = calibrate_file(helpdesk, csv_log)
    blueprint = with_scenario(helpdesk, calibrated_scenario(helpdesk, calibration))
    # a third branch drawn on "Complex issue?" after calibrating: its shares no longer make a whole
    extra = Edge(id="e_new", source="dec_complex", target="step_feature_log", condition='priority == "P1"')
    changed = blueprint.model_copy(update={"edges": [*blueprint.edges, extra]})
    compiled = compile_blueprint(changed, "sc_calibrated")
    assert compiled.ok, [d.code for d in compiled.errors]
    nodes = {n.id: n for n in compiled.model.nodes}
    assert all(t.probability is None for t in nodes["dec_complex"].transitions)  # as drawn
    assert any(t.probability is not None for t in nodes["dec_known"].transitions)  # still fitted


def test_the_new_scenarios_id_is_one_no_element_holds(helpdesk, csv_log):
    from blueprint_studio.model.calibrate.importer import scenario_id_for
    from blueprint_studio.model.schema import Lane

    crowded = helpdesk.model_copy(update={"lanes": [Lane(id="sc_calibrated", title="A lane")]})
    assert scenario_id_for(crowded) == "sc_calibrated_2"
    scenario = calibrated_scenario(crowded, calibrate_file(crowded, csv_log))
    assert with_scenario(crowded, scenario).scenarios[-1].id == "sc_calibrated_2"
