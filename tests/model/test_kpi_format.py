"""The one KPI formatter (model.kpis.format_figure): a value and its interval share one unit and
one precision, nothing reads "-0", rates never leave 0-100 %, money carries its currency."""

from __future__ import annotations

import math
import re

from hypothesis import given
from hypothesis import strategies as st

from blueprint_studio.model.kpis import MINUS, format_figure, number_style

FR = number_style("fr")
UNIT = re.compile(r"(min|h|d|j|%|pt|€)")


def units(text: str) -> set[str]:
    return set(UNIT.findall(text))


def test_a_difference_in_hours_keeps_its_bounds_in_hours():
    # the comparison used to read "+2.7 h [+105.2 min ; +3.6 h]"
    f = format_figure("resolution_elapsed_mean", 162.0, 105.2, 216.0, signed=True)
    assert f.value == "+2.7\u00a0h"
    assert f.bracket == "[+1.8 ; +3.6]\u00a0h"
    assert units(f.value + f.bracket + f.half) == {"h"}


def test_a_mean_and_its_half_width_in_one_unit():
    # the command line used to print "15.6 h ± 95.2 min"
    f = format_figure("resolution_elapsed_mean", 936.0, half=95.2)
    assert (f.value, f.half) == ("15.6\u00a0h", "±\u00a01.6\u00a0h")
    assert format_figure("resolution_elapsed_mean", 936.0, half=95.2, style=FR).half == "±\u00a01,6\u00a0h"


def test_no_minus_zero_and_rates_stay_between_0_and_100_percent():
    f = format_figure("sla_resolution_breach_rate", 0.0004, -0.0003, 0.0011)
    assert "-" not in f.span and MINUS not in f.span
    assert f.span.startswith("0.0")
    assert format_figure("fcr_rate", 0.999, 0.99, 1.004).high == "100.0 %"
    diff = format_figure("fcr_rate", -0.00001, -0.004, 0.004, signed=True)
    assert diff.value == "0.00\u00a0pt" and diff.bracket == f"[{MINUS}0.40 ; +0.40]\u00a0pt"


def test_money_has_its_currency_and_french_groups_thousands():
    assert format_figure("cost_total", 123456.7).value == "€123,457"
    assert format_figure("cost_total", 123456.7, style=FR).value == "123\u202f457\u00a0€"
    assert format_figure("cost_total", 1000, 900, 1100, currency="$").span == "$900 – $1,100"


def test_a_comparison_row_can_share_one_unit():
    assert format_figure("resolution_elapsed_mean", 91.2, reference=(138.0,)).value == "1.5\u00a0h"
    assert format_figure("resolution_elapsed_mean", 4000).value == "2.8\u00a0d"
    assert format_figure("resolution_elapsed_mean", 4000, style=FR).value == "2,8\u00a0j"


def test_missing_values_are_a_dash():
    assert format_figure("resolution_elapsed_mean", math.nan).value == "—"
    assert format_figure("arrived", None).value == "—"
    assert not format_figure("arrived", 12.0, math.nan, math.nan).has_interval


@given(
    key=st.sampled_from(["resolution_elapsed_mean", "fcr_rate", "cost_total", "arrived"]),
    mean=st.floats(-1e6, 1e6),
    half=st.floats(0, 1e6),
    signed=st.booleans(),
    language=st.sampled_from(["en", "fr"]),
)
def test_one_unit_and_never_minus_zero(key, mean, half, signed, language):
    f = format_figure(key, mean, half=half, signed=signed, style=number_style(language))
    for text in (f.value, f.low, f.high, f.half):
        assert not re.search(f"[-{MINUS}]0(?:[.,]0*)?(?![.,0-9])", text), text
    assert len(units(f.value + f.low + f.high + f.half + f.span + f.bracket)) <= 1
