"""Counts in sentences (notifications, ladders, approvals) are written as each language writes
numbers: thousands grouped, decimal comma in French, never an exponent."""

from __future__ import annotations

import pytest

from blueprint_studio.model.notify_words import count_line
from blueprint_studio.model.words import count_words, number

NNBSP = "\u202f"


@pytest.mark.parametrize(
    ("value", "fr", "en"),
    [
        (2231.24, f"2{NNBSP}231,2", "2,231.2"),
        (1041.0, f"1{NNBSP}041", "1,041"),
        (1234567.0, f"1{NNBSP}234{NNBSP}567", "1,234,567"),
        (12.5, "12,5", "12.5"),
        (3, "3", "3"),
    ],
)
def test_counts_are_grouped_and_never_an_exponent(value, fr, en):
    assert count_words(value, "fr") == fr
    assert count_words(value, "en") == en


def test_a_share_keeps_its_decimals():
    assert number(0.15, "fr") == "0,15"
    assert number(0.125, "en") == "0.125"


def test_a_notification_count_reads_as_a_number():
    assert count_line("Team lead", 2231.2, "en") == "Notifications to Team lead: 2,231.2"
