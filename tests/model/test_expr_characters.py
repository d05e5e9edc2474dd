"""A character a condition cannot hold is named (U+XXXX and its Unicode name) and never shown as
it is: a NUL, an escape or a right-to-left override would act on the terminal that prints it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from blueprint_studio.model.expr import ExprError, parse


@pytest.mark.parametrize(
    "text, shown",
    [
        ('a == "x\x00"', "U+0000 CONTROL CHARACTER"),
        ('a == "x\x1b[31m"', "U+001B CONTROL CHARACTER"),
        ("a == \u202eb", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("a == \u200b1", "U+200B ZERO WIDTH SPACE"),
        ("a == é", "“é” U+00E9 LATIN SMALL LETTER E WITH ACUTE"),
    ],
)
def test_a_refused_character_is_named(text, shown):
    with pytest.raises(ExprError) as info:
        parse(text)
    assert info.value.code == "expr.bad_character"
    assert info.value.params == {"character": shown}
    assert str(info.value).endswith(f"character {shown} is not allowed")


@given(st.text(st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Cs"]), min_size=1, max_size=3))
def test_no_control_or_format_character_reaches_the_message(junk):
    try:
        parse(f"a == {junk}")
    except ExprError as exc:
        assert all(ch.isprintable() for ch in str(exc))
