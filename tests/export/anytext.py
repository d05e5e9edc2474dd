"""Hypothesis text drawn from all of Unicode (but lone surrogates, which no document can hold),
with the characters XML 1.0 forbids and the markup characters mixed in often."""

from __future__ import annotations

from hypothesis import strategies as st

NASTY = st.sampled_from(
    [
        "\x00",
        "\x01",
        "\x08",
        "\x0b",
        "\x0c",
        "\x1f",
        "\x7f",
        "\x85",
        "\ufffe",
        "\uffff",
        "\ud7ff",
        "\ue000",
        "&",
        "<",
        ">",
        '"',
        "]]>",
        "&#1;",
        "\U0010fffd",
        "=",
        "+",
        "-",
        "@",
        "\t",
        "\r",
        "=cmd|' /C calc'!A0",
    ]
)
ANY_TEXT = st.lists(st.one_of(st.characters(exclude_categories=("Cs",)), NASTY), max_size=12).map("".join)
