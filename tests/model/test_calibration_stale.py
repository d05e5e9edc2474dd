"""A calibrated scenario whose fitted values point at elements deleted since the calibration (a
step's duration, an intake's rates, a branch's share, a field's mix) gets a warning naming the
scenario and how many of each kind are gone; the compiler ignores those values."""

from __future__ import annotations

from blueprint_studio import resources
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.fileformat import load
from blueprint_studio.model.schema import Fixed, WeeklySchedule
from blueprint_studio.model.validation import validate


def calibrated():
    bp = load(resources.template_path("helpdesk_flow", "en"))
    scenario = bp.scenarios[0].model_copy(
        update={
            "id": "sc_cal",
            "name": "From the export",
            "durations": {"step_l2": Fixed(value=30.0)},
            "intake_rates": {"intake_email": WeeklySchedule(rates=[[2.0] * 24] * 7)},
            "field_weights": {"priority": {"P1": 10, "P2": 20, "P3": 40, "P4": 30}},
        }
    )
    return bp.model_copy(update={"scenarios": [*bp.scenarios, scenario]})


def stale(bp):
    return [d for d in validate(bp) if d.code == "calibration_stale"]


def test_values_for_elements_that_exist_are_not_warned():
    assert stale(calibrated()) == []


def test_values_for_deleted_elements_are_warned_in_words():
    from blueprint_studio.app.shell.messages import diagnostic_text

    bp = calibrated()
    gone = {"step_l2", "intake_email"}
    bp = bp.model_copy(
        update={
            "nodes": [n for n in bp.nodes if n.id not in gone],
            "edges": [e for e in bp.edges if e.source not in gone and e.target not in gone],
            "fields": [f for f in bp.fields if f.name != "priority"],
            "sla": [],
            "cards": [],
        }
    )
    found = stale(bp)
    assert len(found) == 1 and found[0].severity == "warning" and found[0].ids == ("sc_cal",)
    assert found[0].params == {"intakes": 1, "steps": 1, "branches": 0, "fields": 1}
    text = diagnostic_text(found[0])
    assert "From the export" in text and "sc_cal" not in text
    assert "(1 intake, 1 step or wait, 0 branches, 1 ticket field)" in text


def test_a_deleted_branch_is_counted_and_the_scenario_still_compiles():
    bp = calibrated()
    edge = next(e for e in bp.edges if e.source == "dec_known" or e.label)
    scenario = bp.scenarios[-1].model_copy(update={"edge_shares": {edge.id: 0.5, "edge_gone": 0.5}})
    bp = bp.model_copy(update={"scenarios": [*bp.scenarios[:-1], scenario]})
    assert stale(bp)[0].params["branches"] == 1
    assert compile_blueprint(bp, "sc_cal").ok  # a warning: the run goes on without them
