"""SLA clocks on calendars of their own (issue 15): business minutes are the minutes inside the
opening hours and not on a public holiday; holidays apply from a scenario's start date. Exact
figures on cases computed by hand, both event loops identical on them and on random calendars."""

from __future__ import annotations

import json
import random

import pytest

from blueprint_studio.model.build import first_monday, sla_calendar
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.schema import (
    Blueprint,
    Calendar,
    Edge,
    EndNode,
    Exponential,
    Fixed,
    IntakeNode,
    OpeningHours,
    Pool,
    Scenario,
    Shift,
    SlaPolicy,
    StepNode,
    TicketField,
    WaitNode,
)
from blueprint_studio.model.sim import SimulationSettings, compiled_loop
from blueprint_studio.model.sim.clocks import BusinessClock
from blueprint_studio.model.sim.engine import Engine
from blueprint_studio.model.validation import validate

DAY, HOUR = 1440.0, 60.0
WEEKDAYS = [0, 1, 2, 3, 4]
OFFICE = Calendar(id="office", name="Office", hours=[OpeningHours(days=WEEKDAYS, start=9, end=18)])
FRIDAY_17 = 4 * DAY + 17 * HOUR
MONDAY_10 = 7 * DAY + 10 * HOUR  # of the second week


def clock(calendar: Calendar, start_date: str | None = None) -> BusinessClock:
    return BusinessClock(sla_calendar(calendar, start_date))


# ---------------------------------------------------------------- the clock, by hand


def test_two_business_hours_from_friday_17_00_run_out_on_monday_10_00():
    office = clock(OFFICE)
    assert office.per_week == 5 * 9 * HOUR
    assert office.between(FRIDAY_17, MONDAY_10) == 120.0  # 17:00-18:00, then Monday 9:00-10:00
    assert office.reached(FRIDAY_17, 120.0) == MONDAY_10
    assert office.between(FRIDAY_17, 5 * DAY + 12 * HOUR) == 60.0  # Saturday counts nothing


def test_a_holiday_closes_its_whole_day_from_the_scenario_start_date():
    with_holiday = OFFICE.model_copy(update={"holidays": ["2027-01-11"]})  # the second Monday
    office = clock(with_holiday, "2027-01-04")  # a Monday: day 0
    tuesday_10 = 8 * DAY + 10 * HOUR
    assert office.reached(FRIDAY_17, 120.0) == tuesday_10
    assert office.between(FRIDAY_17, MONDAY_10) == 60.0
    assert office.between(7 * DAY, 8 * DAY) == 0.0  # the holiday
    assert office.between(8 * DAY, 9 * DAY) == 9 * HOUR
    # two weeks later the week counts in full again
    assert office.between(14 * DAY, 21 * DAY) == office.per_week


def test_without_a_start_date_no_holiday_applies():
    with_holiday = OFFICE.model_copy(update={"holidays": ["2027-01-11"]})
    assert clock(with_holiday).reached(FRIDAY_17, 120.0) == MONDAY_10


def test_the_run_starts_on_the_monday_of_the_start_date_week_and_earlier_holidays_do_not_count():
    assert str(first_monday("2027-01-06")) == "2027-01-04"  # a Wednesday
    assert str(first_monday("2027-01-04")) == "2027-01-04"
    calendar = OFFICE.model_copy(update={"holidays": ["2027-01-01", "2027-01-09", "2027-01-12"]})
    made = sla_calendar(calendar, "2027-01-06")
    # New Year's Day falls before the run; the 9th is a Saturday (kept, takes nothing)
    assert made.holidays == (5, 8)
    office = BusinessClock(made)
    assert office.between(0, 14 * DAY) == 2 * office.per_week - 9 * HOUR


def test_overlapping_opening_hours_count_once_and_a_calendar_without_hours_never_runs():
    overlapping = Calendar(
        id="c",
        hours=[
            OpeningHours(days=[0], start=8, end=12),
            OpeningHours(days=[0, 1], start=10, end=14),
            OpeningHours(days=[6], start=22, end=24),
        ],
    )
    c = clock(overlapping)
    assert c.per_week == (6 + 4 + 2) * HOUR
    assert c.between(6 * DAY + 23 * HOUR, 7 * DAY + 9 * HOUR) == 2 * HOUR  # Sunday 23:00 to Monday 9:00
    assert clock(Calendar(id="closed")).reached(0.0, 1.0) == float("inf")


# ---------------------------------------------------------------- simulated, in both loops


def office_desk(duration: float, start_date: str | None = None, holidays: tuple[str, ...] = ()) -> Blueprint:
    """One ticket arriving on Friday at 17:00, answered (first response) by an agent always on duty
    after `duration` minutes, under a 2-business-hour target on the Mon-Fri 9-18 calendar."""
    return Blueprint(
        pools=[Pool(id="desk", agents=1)],
        calendars=[OFFICE.model_copy(update={"holidays": list(holidays)})],
        nodes=[
            IntakeNode(id="in", interarrival=Fixed(value=FRIDAY_17)),
            StepNode(id="answer", pool="desk", duration=Fixed(value=duration), first_response=True),
            EndNode(id="done"),
        ],
        edges=[Edge(id="e1", source="in", target="answer"), Edge(id="e2", source="answer", target="done")],
        sla=[
            SlaPolicy(
                id="sla",
                name="Office",
                first_response=120,
                resolution=120,
                business_hours=True,
                calendar="office",
            )
        ],
        scenarios=[Scenario(id="dated", horizon_days=None, tickets=1, start_date=start_date)],
    )


def both_loops(bp: Blueprint, scenario: str | None, settings: SimulationSettings) -> dict:
    result = compile_blueprint(bp, scenario)
    assert result.ok, [d.code for d in result.errors]
    engines = [Engine(result.model, settings), Engine(result.model, settings, allow_compiled=False)]
    outputs = [json.dumps(engine.run().to_dict()) for engine in engines]
    assert engines[0].ran_compiled is compiled_loop.available() and not engines[1].ran_compiled
    assert outputs[0] == outputs[1]
    return json.loads(outputs[0])


ONE_TICKET = SimulationSettings(horizon_minutes=None, tickets=1)


@pytest.mark.parametrize(
    ("duration", "holidays", "first_response", "breached"),
    [
        (MONDAY_10 - FRIDAY_17, (), 120.0, 0.0),  # resolved on Monday at 10:00: on time
        (MONDAY_10 - FRIDAY_17 + 1, (), 121.0, 1.0),  # a minute later: breached
        (MONDAY_10 - FRIDAY_17, ("2027-01-11",), 60.0, 0.0),  # Monday a holiday: one hour used
        (MONDAY_10 - FRIDAY_17 + DAY, ("2027-01-11",), 120.0, 0.0),  # Tuesday 10:00: on time
        (MONDAY_10 - FRIDAY_17 + DAY + 1, ("2027-01-11",), 121.0, 1.0),
        (MONDAY_10 - FRIDAY_17, ("2027-01-09",), 120.0, 0.0),  # a Saturday holiday takes nothing
    ],
)
def test_breaches_in_business_minutes_are_exact_in_both_loops(duration, holidays, first_response, breached):
    bp = office_desk(duration, "2027-01-04", holidays)
    out = both_loops(bp, "dated", ONE_TICKET)
    assert out["kpis"]["first_response_sla_mean"] == first_response
    assert out["kpis"]["sla_resolution_breach_rate"] == breached
    assert out["kpis"]["sla_first_response_breach_rate"] == breached


def test_a_run_without_a_start_date_ignores_the_holidays():
    bp = office_desk(MONDAY_10 - FRIDAY_17, None, ("2027-01-11",))
    assert both_loops(bp, "dated", ONE_TICKET)["kpis"]["first_response_sla_mean"] == 120.0
    assert both_loops(bp, None, ONE_TICKET)["kpis"]["first_response_sla_mean"] == 120.0


def test_changing_a_pools_shifts_no_longer_changes_the_sla_clock():
    """Issue 15: the calendar is an object of its own, not the hours of a pool."""
    bp = office_desk(MONDAY_10 - FRIDAY_17).model_copy(
        update={
            "pools": [
                Pool(
                    id="desk", agents=1, shifts=[Shift(days=[0, 1, 2, 3, 4, 5, 6], start=0, end=24, agents=1)]
                )
            ],
            "scenarios": [
                Scenario(
                    id="nights",
                    horizon_days=None,
                    tickets=1,
                    pool_shifts={"desk": [Shift(days=[0, 1, 2, 3, 4, 5, 6], start=0, end=24, agents=2)]},
                )
            ],
        }
    )
    base, nights = compile_blueprint(bp).model, compile_blueprint(bp, "nights").model
    assert base.sla[0].calendar == nights.sla[0].calendar == sla_calendar(OFFICE, None)
    assert both_loops(bp, "nights", ONE_TICKET)["kpis"]["first_response_sla_mean"] == 120.0


# ---------------------------------------------------------------- random calendars, both loops


def random_calendar(rng: random.Random, calendar_id: str, start: str) -> Calendar:
    hours = []
    for _ in range(rng.randint(1, 4)):
        begin = rng.choice([0, 6, 7.5, 8, 8.25, 9, 12.5, 13, 22])
        end = min(24, begin + rng.choice([0.5, 1, 3.75, 4, 8, 10, 24]))
        days = sorted(rng.sample(range(7), rng.randint(1, 7)))
        hours.append(OpeningHours(days=days, start=begin, end=end))
    base = first_monday(start).toordinal()
    from datetime import date

    holidays = sorted({str(date.fromordinal(base + rng.randint(-10, 40))) for _ in range(rng.randint(0, 8))})
    return Calendar(id=calendar_id, name=calendar_id, hours=hours, holidays=holidays)


def random_model(seed: int) -> tuple[Blueprint, str]:
    """Shifts, a wait that pauses the clock, two calendars with holidays, a wall-clock policy and
    a scenario with a start date."""
    rng = random.Random(seed)
    start = f"2027-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    calendars = [random_calendar(rng, "cal_a", start), random_calendar(rng, "cal_b", start)]
    policies = [
        SlaPolicy(
            id="p1",
            name="P1",
            when='priority == "P1"',
            first_response=rng.choice([30, 60, 240]),
            resolution=rng.choice([240, 600]),
            business_hours=rng.random() < 0.5,
            calendar="cal_b",
        ),
        SlaPolicy(
            id="rest",
            name="Rest",
            first_response=240,
            resolution=rng.choice([600, 1200, 2400]),
            business_hours=True,
            calendar="cal_a",
        ),
    ]
    bp = Blueprint(
        fields=[TicketField(name="priority", values=["P1", "P2"], weights=[1, 3])],
        pools=[
            Pool(
                id="desk",
                agents=3,
                shifts=[
                    Shift(days=WEEKDAYS, start=8, end=19, agents=3),
                    Shift(days=[5], start=9, end=13, agents=1),
                ],
            ),
            Pool(id="experts", agents=2),
        ],
        calendars=calendars,
        nodes=[
            IntakeNode(id="in", rate_per_hour=rng.choice([1.0, 2.5, 4.0])),
            StepNode(id="answer", pool="desk", duration=Exponential(mean=20), first_response=True),
            WaitNode(
                id="customer", response_time=Exponential(mean=600), timeout=2880, timeout_target="closed"
            ),
            StepNode(id="fix", pool="experts", duration=Exponential(mean=40)),
            EndNode(id="done"),
            EndNode(id="closed", outcome="closed"),
        ],
        edges=[
            Edge(id="e1", source="in", target="answer"),
            Edge(id="e2", source="answer", target="customer", probability=0.4),
            Edge(id="e3", source="answer", target="fix", probability=0.6),
            Edge(id="e4", source="customer", target="fix", condition="responded"),
            Edge(id="e5", source="customer", target="closed", default=True),
            Edge(id="e6", source="fix", target="done"),
        ],
        sla=policies,
        scenarios=[Scenario(id="dated", start_date=start, horizon_days=35, warmup_days=1, seed=seed)],
    )
    return bp, start


@pytest.mark.parametrize("seed", range(8))
def test_random_calendars_with_holidays_give_identical_results_in_both_loops(seed):
    bp, _ = random_model(seed)
    settings = SimulationSettings(horizon_minutes=35 * DAY, warmup_minutes=DAY, seed=seed)
    dated = both_loops(bp, "dated", settings)
    assert dated["kpis"]["arrived"] > 0


def test_the_random_calendars_holidays_change_the_figures():
    """The comparison above is not idle: with holidays in the run the breaches differ."""
    differ = 0
    for seed in range(8):
        bp, _ = random_model(seed)
        settings = SimulationSettings(horizon_minutes=35 * DAY, warmup_minutes=DAY, seed=seed)
        model = compile_blueprint(bp, "dated").model
        if not any(p.calendar is not None and p.calendar.holidays for p in model.sla):
            continue
        dated = both_loops(bp, "dated", settings)["kpis"]
        undated = both_loops(bp, None, settings)["kpis"]
        differ += dated["first_response_sla_mean"] != undated["first_response_sla_mean"]
    assert differ >= 3


# ---------------------------------------------------------------- validation, in words


@pytest.mark.parametrize(
    ("policy", "calendars", "code"),
    [
        (
            SlaPolicy(id="s1", name="Gold", resolution=60, business_hours=True),
            [],
            "business_hours_without_calendar",
        ),
        (
            SlaPolicy(id="s1", name="Gold", resolution=60, business_hours=True, calendar="nowhere"),
            [],
            "unknown_calendar",
        ),
        (
            SlaPolicy(id="s1", name="Gold", resolution=60, business_hours=True, calendar="cal_x"),
            [Calendar(id="cal_x", name="Closed all week")],
            "calendar_without_hours",
        ),
    ],
)
def test_a_policy_without_a_calendar_it_can_count_is_an_error_named_in_words(policy, calendars, code):
    from blueprint_studio.app.shell.messages import diagnostic_text

    bp = office_desk(60).model_copy(update={"sla": [policy], "calendars": calendars})
    found = [d for d in validate(bp) if d.code == code]
    assert len(found) == 1 and found[0].is_error
    assert not compile_blueprint(bp).ok
    text = diagnostic_text(found[0])
    assert "“Gold”" in text and "s1" not in text and "nowhere" not in text and "cal_x" not in text
    if code == "calendar_without_hours":
        assert "“Closed all week”" in text


def test_holidays_with_no_dated_scenario_are_a_warning_naming_the_calendar():
    from blueprint_studio.app.shell.messages import diagnostic_text

    bp = office_desk(60, None, ("2027-01-11",)).model_copy(
        update={"calendars": [OFFICE.model_copy(update={"id": "cal_7", "holidays": ["2027-01-11"]})]}
    )
    bp = bp.model_copy(update={"sla": [bp.sla[0].model_copy(update={"calendar": "cal_7"})]})
    [found] = [d for d in validate(bp) if d.code == "holidays_without_dates"]
    assert not found.is_error and compile_blueprint(bp).ok
    text = diagnostic_text(found)
    assert "“Office”" in text and "cal_7" not in text and "From the week of" in text
    dated = bp.model_copy(
        update={"scenarios": [bp.scenarios[0].model_copy(update={"start_date": "2027-01-04"})]}
    )
    assert not [d for d in validate(dated) if d.code == "holidays_without_dates"]
