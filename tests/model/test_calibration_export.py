"""Reading help-desk ticket exports for calibration: each preset's column names found and guessed
from the header, one row per status change, bad rows left out by line number with a reason, and
hostile files (a huge cell, a wrong encoding, binary data) refused or contained with a clear
message, never a crash."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blueprint_studio import resources
from blueprint_studio.model.calibrate.columns import PRESETS, guess_mapping, guess_preset, preset_mapping
from blueprint_studio.model.calibrate.mapping import calibrate
from blueprint_studio.model.calibrate.reader import MAX_CELL, read_csv
from blueprint_studio.model.calibrate.tickets import CalibrationError
from blueprint_studio.model.fileformat import load

# Each tool's header as it exports it (a few of its many columns, in its order), and one ticket
# written as it writes dates: created Monday 6 January 2025 09:00, first reply 09:30, solved 11:00.
EXPORTS = {
    "zendesk": (
        [
            "Id",
            "Subject",
            "Status",
            "Priority",
            "Via",
            "Ticket type",
            "Group",
            "Created at",
            "Solved at",
            "Reopens",
            "First reply time in minutes",
        ],
        [
            "101",
            "Printer",
            "Solved",
            "High",
            "Mail",
            "Incident",
            "Level 2",
            "2025-01-06 09:00:00",
            "2025-01-06 11:00:00",
            "1",
            "30",
        ],
    ),
    "freshdesk": (
        [
            "Ticket ID",
            "Subject",
            "Status",
            "Priority",
            "Source",
            "Type",
            "Group",
            "Created time",
            "Initial response time",
            "Resolved time",
            "Closed time",
        ],
        [
            "101",
            "Printer",
            "Closed",
            "High",
            "Email",
            "Incident",
            "Level 2",
            "2025-01-06 09:00:00",
            "2025-01-06 09:30:00",
            "2025-01-06 11:00:00",
            "2025-01-06 12:00:00",
        ],
    ),
    "glpi": (
        [
            "ID",
            "Titre",
            "Statut",
            "Date d'ouverture",
            "Priorité",
            "Attribué à - Groupe",
            "Catégorie",
            "Date de prise en compte",
            "Date de résolution",
            "Date de clôture",
            "Source de la demande",
        ],
        [
            "101",
            "Imprimante",
            "Clos",
            "06/01/2025 09:00",
            "Haute",
            "Niveau 2",
            "Matériel",
            "06/01/2025 09:30",
            "06/01/2025 11:00",
            "06/01/2025 12:00",
            "Courriel",
        ],
    ),
    "jira": (
        [
            "Summary",
            "Issue key",
            "Issue id",
            "Issue Type",
            "Status",
            "Priority",
            "Created",
            "Resolved",
            "Custom field (Request Type)",
            "Custom field (Team)",
            "Custom field (Request channel type)",
        ],
        [
            "Printer",
            "HD-101",
            "10101",
            "Incident",
            "Done",
            "High",
            "06/Jan/25 9:00 AM",
            "06/Jan/25 11:00 AM",
            "Get IT help",
            "Level 2",
            "email",
        ],
    ),
}


def csv_bytes(rows: list[list[str]], delimiter: str = ",") -> bytes:
    def cell(text: str) -> str:
        return f'"{text}"' if any(c in text for c in (delimiter, '"', "\n")) else text

    return "\n".join(delimiter.join(cell(c) for c in row) for row in rows).encode("utf-8") + b"\n"


@pytest.mark.parametrize("preset", sorted(EXPORTS))
def test_each_presets_export_is_recognised_and_read(preset):
    header, row = EXPORTS[preset]
    assert guess_preset(header) == preset
    mapping = guess_mapping(header)
    assert mapping == preset_mapping(preset, header)
    assert {"id", "created", "solved", "priority", "group", "channel"} <= set(mapping)
    log = read_csv(csv_bytes([header, row], ";" if preset == "glpi" else ","))
    assert not log.problems
    (ticket,) = log.tickets
    assert ticket.created == 9 * 60  # Monday 09:00, from the Monday 00:00 of its week
    assert ticket.resolution == 120
    assert ticket.group.endswith("2")
    if preset != "jira":
        assert ticket.first_reply == 9 * 60 + 30
    assert ticket.spells == [(ticket.group, "", ticket.first_reply or ticket.created, ticket.created + 120)]


def test_presets_name_the_tools_the_documentation_lists():
    assert set(PRESETS) == {"zendesk", "freshdesk", "glpi", "jira", "blueprint_log"}


def test_a_header_of_no_known_tool_is_guessed_column_by_column():
    header = ["Ticket number", "Opened", "Resolved at", "Channel", "Priority level", "Support level"]
    mapping = guess_mapping(header)
    assert mapping["id"] == "Ticket number"
    assert mapping["created"] == "Opened"
    assert mapping["solved"] == "Resolved at"
    assert mapping["channel"] == "Channel"
    assert mapping["priority"] == "Priority level"
    assert mapping["group"] == "Support level"


def test_bad_rows_are_left_out_with_their_line_and_reason():
    header = ["Id", "Created at", "Solved at", "Group"]
    rows = [
        header,
        ["1", "2025-01-06 09:00", "2025-01-06 10:00", "Level 1"],
        ["", "2025-01-06 09:00", "2025-01-06 10:00", "Level 1"],  # line 3: no id
        ["3", "yesterday", "2025-01-06 10:00", "Level 1"],  # line 4: not a date
        ["4", "2025-01-06 09:00", "2025-01-05 10:00", "Level 1"],  # line 5: solved before created
        ["5", "2025-01-06 09:00"],  # line 6: too few cells
        ["6", "", "", "Level 1"],  # line 7: no creation date
        ["7", "2025-01-07 09:00", "2025-01-07 09:45", "Level 1"],
    ]
    log = read_csv(csv_bytes(rows))
    assert [t.key for t in log.tickets] == ["1", "7"]
    assert [(p.line, p.code) for p in log.problems] == [
        (3, "row_no_id"),
        (4, "row_bad_date"),
        (5, "row_before_created"),
        (6, "row_columns"),
        (7, "row_no_created"),
    ]
    assert log.problems[1].english() == "“yesterday” in Created at is not a date"
    assert log.problems[2].english() == "Solved at is before the creation date"


def test_one_row_per_status_change_makes_each_tickets_history():
    rows = [
        ["Ticket", "Status", "Changed at", "Group"],
        ["A", "New", "2025-01-06 09:00", "Level 1"],
        ["A", "Open", "2025-01-06 09:10", "Level 1"],
        ["B", "New", "2025-01-06 10:00", "Level 1"],
        ["A", "Solved", "2025-01-06 09:40", "Level 1"],
        ["A", "Open", "2025-01-06 12:00", "Level 1"],  # re-opened
        ["A", "Closed", "2025-01-06 12:30", "Level 1"],
        ["B", "Solved", "2025-01-06 10:05", "Level 1"],
    ]
    log = read_csv(csv_bytes(rows), {"id": "Ticket", "status": "Status", "status_time": "Changed at"})
    assert log.kind == "changes"
    a, b = log.tickets
    assert a.spells == [("New", "", 540, 550), ("Open", "", 550, 580), ("Open", "", 720, 750)]
    assert (a.solved, a.closed, a.reopened) == (580, 750, 1)
    assert (b.resolution, b.reopened) == (5, 0)


def test_a_status_history_column_is_read_as_state_at_date():
    rows = [
        ["Id", "Created at", "History"],
        ["1", "2025-01-06 09:00", "New@2025-01-06 09:00; Level 2@2025-01-06 09:20; Solved@2025-01-06 10:20"],
        ["2", "2025-01-06 09:00", "New at some point"],
    ]
    log = read_csv(csv_bytes(rows), {"id": "Id", "created": "Created at", "status_history": "History"})
    (ticket,) = log.tickets
    assert ticket.spells == [("New", "", 540, 560), ("Level 2", "", 560, 620)]
    assert [(p.line, p.code) for p in log.problems] == [(3, "row_bad_history")]


def test_a_huge_cell_is_one_row_left_out_and_the_rest_is_read():
    rows = [["Id", "Created at", "Notes"], ["1", "2025-01-06 09:00", "ok"]]
    data = csv_bytes(rows) + b'2,2025-01-06 09:05,"' + b"x" * (MAX_CELL + 10) + b'"\n3,2025-01-06 09:10,ok\n'
    log = read_csv(data, {"id": "Id", "created": "Created at"})
    assert [t.key for t in log.tickets] == ["1", "3"]
    assert [(p.line, p.code) for p in log.problems] == [(3, "row_huge")]


def test_a_wrong_encoding_is_refused_naming_the_line():
    text = "Id,Created at,Group\n1,2025-01-06 09:00,Niveau 1\n2,2025-01-06 09:00,Équipe réseau\n"
    data = text.encode("cp1252")
    with pytest.raises(CalibrationError) as caught:
        read_csv(data)
    assert caught.value.code == "cal_encoding"
    assert caught.value.params == {"line": 3, "byte": "0xC9"}
    assert "line 3 is not UTF-8 text" in str(caught.value)
    # named, the encoding reads it
    log = read_csv(data, encoding="cp1252")
    assert log.tickets[1].group == "Équipe réseau"
    with pytest.raises(CalibrationError) as caught:
        read_csv(data, encoding="klingon-8")
    assert (caught.value.code, caught.value.params) == ("cal_unknown_encoding", {"encoding": "klingon-8"})


def test_reading_leaves_the_csv_modules_cell_limit_as_it_was():
    import csv

    before = csv.field_size_limit()
    read_csv(b"Id,Created at\n1,2025-01-06 09:00\n")
    assert csv.field_size_limit() == before


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "cal_empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "cal_binary"),
        (b"Id,Created at\n,\n", "cal_no_tickets"),
        (b"Subject,Body\nhello,world\n", "cal_need_role"),
    ],
)
def test_files_that_cannot_be_calibrated_are_refused_with_a_code(data, code):
    with pytest.raises(CalibrationError) as caught:
        read_csv(data)
    assert caught.value.code == code


def test_a_mapping_naming_a_missing_column_is_refused():
    with pytest.raises(CalibrationError) as caught:
        read_csv(b"Id,Created at\n1,2025-01-06 09:00\n", {"id": "Id", "created": "Opened"})
    assert caught.value.code == "cal_no_column"
    assert caught.value.params == {"column": "Opened", "role": "created"}


def test_groups_are_matched_to_lanes_by_name_and_the_unmatched_are_reported():
    blueprint = load(resources.template_path("tiered_support", "en"))
    header = ["Id", "Created at", "Solved at", "Via", "Group"]
    rows = [header]
    for k in range(40):
        day = 6 + k % 5
        group = ("Level 2 — Technicians", "Level 3 — Product specialists", "Accounting")[k % 3]
        created, solved = f"2025-01-{day:02d} 09:{k:02d}", f"2025-01-{day:02d} 1{k % 9}:00"
        rows.append([str(k), created, solved, "Phone", group])
    calibration = calibrate(read_csv(csv_bytes(rows)), blueprint)
    matched = {s.state: s.node_id for s in calibration.states}
    assert matched["Level 2 — Technicians"] == "step_l2"
    assert matched["Level 3 — Product specialists"] == "step_l3"
    assert matched["Accounting"] is None
    codes = {(n.code, n.params.get("state")) for n in calibration.notes}
    assert ("cal_state_unmatched", "Accounting") in codes
    (arrival,) = calibration.arrivals
    assert arrival.intake_id == "intake_phone" and arrival.rates.total == 40


def test_hostile_and_foreign_xes_files_are_refused_with_a_reason(tmp_path):
    from blueprint_studio.model.calibrate.importer import read_export
    from blueprint_studio.model.calibrate.words import error_text
    from blueprint_studio.model.fileformat import LoadError

    laughs = tmp_path / "laughs.xes"
    laughs.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE log [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
        '<log><trace><string key="concept:name" value="&b;"/></trace></log>\n'
    )
    with pytest.raises(LoadError) as caught:
        read_export(laughs)
    assert caught.value.code == "bpmn_entities"  # the same safe parser as the BPMN import
    assert error_text(caught.value, "en") == "it declares XML entities, which are refused for safety (line 1)"
    foreign = tmp_path / "model.xes"
    foreign.write_text('<?xml version="1.0"?>\n<definitions/>\n')
    with pytest.raises(CalibrationError) as caught:
        read_export(foreign)
    assert caught.value.code == "cal_not_xes" and caught.value.params == {"root": "definitions"}
    empty = tmp_path / "empty.xes"
    empty.write_text('<?xml version="1.0"?>\n<log><trace/></log>\n')
    with pytest.raises(CalibrationError) as caught:
        read_export(empty)
    assert caught.value.code == "cal_no_tickets"


@given(data=st.binary(max_size=400))
@settings(max_examples=150, deadline=None)
def test_any_bytes_are_read_or_refused_with_a_reason_never_a_crash(data):
    from blueprint_studio.model.fileformat import LoadError

    try:
        log = read_csv(b"Id,Created at,Solved at,Status history\n" + data)
    except LoadError as refused:
        assert refused.code
    else:
        assert all(t.created >= 0 for t in log.tickets)


@given(
    cells=st.lists(
        st.lists(
            st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30), min_size=4, max_size=4
        ),
        max_size=20,
    )
)
@settings(max_examples=100, deadline=None)
def test_any_cells_give_tickets_or_rows_left_out_by_line(cells):
    from blueprint_studio.model.fileformat import LoadError

    rows = [["Id", "Created at", "Solved at", "Status history"], *cells]
    try:
        log = read_csv(csv_bytes(rows), {"id": "Id", "created": "Created at", "solved": "Solved at",
                                         "status_history": "Status history"})  # fmt: skip
    except LoadError as refused:
        assert refused.code in ("cal_no_tickets", "cal_no_header", "cal_binary")
        return
    assert all(2 <= p.line for p in log.problems)
    assert len(log.tickets) + len(log.problems) <= len(cells)


def test_an_export_shorter_than_a_week_fills_the_hours_it_does_not_cover():
    blueprint = load(resources.template_path("tiered_support", "en"))
    rows = [["Id", "Created at", "Via"]]
    rows += [[f"{d}-{h}", f"2025-01-{6 + d:02d} {h:02d}:10", "Phone"] for d in (0, 1) for h in range(9, 17)]
    calibration = calibrate(read_csv(csv_bytes(rows)), blueprint)
    (arrival,) = calibration.arrivals
    friday = arrival.rates.rates[4]
    assert friday[9:17] == arrival.rates.rates[1][9:17] == (1.0,) * 8  # Tuesday's hours stand for Friday's
    assert friday[3] == 0.0  # night hours seen empty stay empty
    assert ("cal_short_span", {"days": 1.3}) in [(n.code, n.params) for n in calibration.notes]


@given(
    tickets=st.lists(
        st.tuples(
            st.integers(0, 20 * 24 * 60),  # created, minutes into the export
            st.one_of(st.none(), st.integers(0, 5 * 24 * 60)),  # resolved after
            st.sampled_from(["Mail", "Phone", "Chat", "Web form", "Fax", ""]),
            st.sampled_from(["P1", "P3", "Urgent", ""]),
            st.sampled_from(["Level 2 — Technicians", "Level 1 — Service desk", "N3", "x" * 600, ""]),
        ),
        min_size=1,
        max_size=40,
    )
)
@settings(max_examples=40, deadline=None)
def test_any_export_gives_a_scenario_the_document_accepts(tickets):
    from datetime import datetime, timedelta

    from blueprint_studio.model.calibrate.importer import calibrated_scenario, with_scenario
    from blueprint_studio.model.fileformat import dumps, loads

    blueprint = load(resources.template_path("tiered_support", "en"))
    start = datetime(2025, 1, 6)
    rows = [["Id", "Created at", "Solved at", "Via", "Priority", "Group"]]
    for k, (created, after, via, priority, group) in enumerate(tickets):
        opened = start + timedelta(minutes=created)
        solved = "" if after is None else (opened + timedelta(minutes=after)).strftime("%Y-%m-%d %H:%M")
        rows.append([str(k), opened.strftime("%Y-%m-%d %H:%M"), solved, via, priority, group])
    calibration = calibrate(read_csv(csv_bytes(rows)), blueprint)
    scenario = calibrated_scenario(blueprint, calibration)
    saved = with_scenario(blueprint, scenario)
    assert loads(dumps(saved)) == saved
