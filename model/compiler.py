"""Compile: blueprint → validated networkx graph → immutable `FlowModel`.

Errors block compilation (the result then has no model); warnings pass through. Validation
(`model.validation.analyse`) parses and checks; `model.build` makes the model from its analysis.
"""

from __future__ import annotations

from dataclasses import dataclass

from blueprint_studio.model.build import build_flow, calendar_of
from blueprint_studio.model.calibrate.overrides import with_overrides
from blueprint_studio.model.diagnostics import Diagnostic
from blueprint_studio.model.fileformat import paused_gc
from blueprint_studio.model.flow import FlowModel
from blueprint_studio.model.schema import Blueprint
from blueprint_studio.model.validation import analyse

__all__ = ["CompileResult", "calendar_of", "compile_blueprint"]


@dataclass(frozen=True)
class CompileResult:
    model: FlowModel | None
    diagnostics: tuple[Diagnostic, ...]

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.is_error)

    @property
    def ok(self) -> bool:
        return self.model is not None


def compile_blueprint(blueprint: Blueprint, scenario_id: str | None = None) -> CompileResult:
    """Validate and, when there is no error, build the flow model (with the scenario's pool
    overrides applied when `scenario_id` is given, and a calibrated scenario's fitted rates,
    durations and shares in place of the blueprint's own: model.calibrate.overrides)."""
    blueprint = with_overrides(blueprint, scenario_id)
    with paused_gc():
        analysis = analyse(blueprint)
        diagnostics = tuple(analysis.diagnostics)
        if any(d.is_error for d in diagnostics):
            return CompileResult(None, diagnostics)
        return CompileResult(build_flow(analysis, scenario_id), diagnostics)
