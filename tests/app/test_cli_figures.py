"""`blueprint-studio simulate` writes each KPI row with the one formatter: the half-width in the
mean's unit (it printed "15.6 h ± 95.2 min"), never "-0", staff cost with its currency."""

from __future__ import annotations

import re

from test_cli import run

from blueprint_studio import resources

UNIT = re.compile(r"(?<![\w])(min|h|d)(?![\w])|%|€")


def test_each_row_has_one_unit():
    result = run(
        "simulate",
        str(resources.template_path("tiered_support", "en")),
        "--horizon",
        "4d",
        "--warmup",
        "0",
        "--replications",
        "3",
        "--seed",
        "7",
    )
    assert result.returncode in (0, 3), result.stderr
    rows = [line for line in result.stdout.splitlines() if "±" in line]
    assert len(rows) >= 15, result.stdout
    for line in rows:
        figures = line.split("  ")[-3:]  # the label may itself hold a word like "h"
        value, half = " ".join(figures).split("±")
        assert {m.group(0) for m in UNIT.finditer(value)} == {m.group(0) for m in UNIT.finditer(half)}, line
        assert not re.search("[-\u2212]0(?:[.,]0+)?(?![.,0-9])", line), line
    cost = next(line for line in rows if line.strip().startswith("Staff cost"))
    assert "€" in cost
