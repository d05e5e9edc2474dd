"""Follow-up contacts in the event logs: a follow-up is a case of its own that ends "merged"
(at triage, or at the end of its path as a duplicate); the XES log closes its trace there with
one complete event, as at an end, and writes it at once (before: the merge at triage was written
as a piece of work, and the trace only when the log closed)."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import pytest

from blueprint_studio.export.eventlog import CsvEventLog, XesEventLog
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.sim import SimulationSettings, simulate
from tests.sim.test_contacts import help_desk

NS = {"x": "http://www.xes-standard.org/"}


def keys(element) -> dict[str, str]:
    return {e.get("key"): e.get("value") for e in element}


@pytest.mark.parametrize("detect", [100.0, 0.0])
def test_a_merged_follow_up_is_a_case_closed_as_merged_in_both_logs(tmp_path, detect):
    model = compile_blueprint(help_desk(detect=detect)).model
    settings = SimulationSettings(tickets=1, seed=1)
    with XesEventLog(tmp_path / "log.xes", []) as xes, CsvEventLog(tmp_path / "log.csv", []) as table:

        class Both:
            def record(self, *args) -> None:
                xes.record(*args)
                table.record(*args)

        simulate(model, settings, event_log=Both())
    traces = ET.parse(tmp_path / "log.xes").getroot().findall("x:trace", NS)
    # merged at triage (123) before its ticket is resolved (130): its trace comes first
    order = [keys(t)["concept:name"] for t in traces]
    assert order == (["1", "0"] if detect else ["0", "1"])
    follow_up = next(t for t in traces if keys(t)["concept:name"] == "1")
    merged = [keys(e) for e in follow_up.findall("x:event", NS) if keys(e)["status"] == "merged"]
    assert [(e["concept:name"], e["lifecycle:transition"]) for e in merged] == [
        ("triage" if detect else "done", "complete")
    ]
    with open(tmp_path / "log.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["status"] for r in rows if r["status"] == "merged"] == ["merged"]
