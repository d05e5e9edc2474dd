"""Figures in the window's language: the language the translators installed, the number style, KPI
labels, notes and values (one unit for all, model.kpis), and how a simulation run ended in words.
QtCore only, so the command line can use it without a display.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from blueprint_studio.app.shell import i18n
from blueprint_studio.model import kpis
from blueprint_studio.model.kpis import KPI_TEXTS, FigureText, NumberStyle


class Lenient(dict):
    """Template parameters where one a text does not know reads "?" instead of failing."""

    def __missing__(self, key: str) -> str:
        return "?"


def display_language() -> str:
    """The language names and values are said in ("fr" or "en"), as the translators installed
    ("en" on the command line without --lang)."""
    return i18n.language()


# Simulation KPIs: key -> (label, unit), kept Qt-free in model.kpis for the PDF report too.


def kpi_label(key: str) -> str:
    label = KPI_TEXTS.get(key)
    return QCoreApplication.translate("Kpi", label[0]) if label else key


def kpi_note(key: str) -> str:
    """What a KPI means where its label is not enough (model.kpis.KPI_NOTES), else ""."""
    note = kpis.KPI_NOTES.get(key)
    return QCoreApplication.translate("Kpi", note) if note else ""


def number_style() -> NumberStyle:
    """The number style of the window's language, set with the translators (app.shell.i18n); English
    when none is installed (the command line), whatever the system locale."""
    return kpis.number_style(i18n.language())


def kpi_figure(
    key: str, mean: float | None, low: float | None = None, high: float | None = None, **options: Any
) -> FigureText:
    """A KPI value and its interval in the window's language, one unit for all (model.kpis)."""
    return kpis.format_figure(key, mean, low, high, style=number_style(), **options)


def kpi_value(key: str, value: float | None) -> str:
    """A KPI value for people: rates in percent, times in min, h or days, money with its symbol."""
    return kpi_figure(key, value).value


def percent(value: float | None) -> str:
    return kpi_figure("fcr_rate", value).value


# How a simulation run ended when it did not complete (model/sim/engine_results.py: Engine._status)
RUN_STATUS_TEXTS: dict[str, str] = {
    "queue": QT_TRANSLATE_NOOP(
        "RunStatus",
        "Unstable: the queue at {node} passed {limit} tickets after {time} of simulated time. The run was stopped there: its figures cover only that time. Add agents or lower the arrivals.",
    ),
    "loop": QT_TRANSLATE_NOOP(
        "RunStatus",
        "Unstable: a ticket entered {node} {limit} times without reaching an end, a loop it never leaves. The run was stopped after {time} of simulated time.",
    ),
    "open": QT_TRANSLATE_NOOP(
        "RunStatus",
        "Unstable: more than {limit} tickets were open at once. The run was stopped after {time} of simulated time.",
    ),
    "pending": QT_TRANSLATE_NOOP(
        "RunStatus",
        "Unstable: more than {limit} events were waiting to happen. The run was stopped after {time} of simulated time.",
    ),
    "unfinished": QT_TRANSLATE_NOOP(
        "RunStatus", "Unfinished: {open} tickets never reached an end ({time} of simulated time)."
    ),
    "empty": QT_TRANSLATE_NOOP(
        "RunStatus",
        "No ticket was measured: every ticket arrived during the warm-up ({warmup}). Use a shorter warm-up or a longer horizon.",
    ),
    "no_arrivals": QT_TRANSLATE_NOOP(
        "RunStatus",
        "No ticket arrived during the run. Check the arrival rates of the intakes, or use a longer horizon.",
    ),
}


def run_status_text(status: dict[str, Any], names: dict[str, str] | None = None) -> str:
    """A run's status (RunResult.status) in words, naming the step by its title; "" when the
    run completed."""
    kind = status.get("status")
    if kind == "complete" or kind is None:
        return ""
    key = status.get("reason", "") if kind == "unstable" else str(kind)
    if kind == "empty" and status.get("arrived") == 0:
        key = "no_arrivals"  # not the warm-up's fault: nothing arrived at all
    template = QCoreApplication.translate(
        "RunStatus", RUN_STATUS_TEXTS.get(key, RUN_STATUS_TEXTS["unfinished"])
    )
    style = number_style()
    node = str(status.get("node", ""))
    params = {
        "node": (names or {}).get(node, node),
        "limit": style.number(float(status.get("limit", 0)), 0),
        "open": style.number(float(status.get("open", 0)), 0),
        "time": kpi_value("resolution_elapsed_mean", float(status.get("time", 0.0))),
        "warmup": kpi_value("resolution_elapsed_mean", float(status.get("warmup", 0.0))),
    }
    return template.format_map(Lenient(params))
