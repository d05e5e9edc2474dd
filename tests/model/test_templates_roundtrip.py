"""Every bundled template: save -> load -> save is byte-identical, and it compiles without error."""

from __future__ import annotations

import pytest

from blueprint_studio import resources
from blueprint_studio.model.compiler import compile_blueprint
from blueprint_studio.model.fileformat import dumps, load, save

TEMPLATES = resources.templates()


def test_four_templates_in_two_languages():
    assert {(t.name, t.language) for t in TEMPLATES} == {
        (name, lang)
        for name in ("helpdesk_flow", "service_blueprint", "tiered_support", "ticket_states")
        for lang in ("fr", "en")
    }


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: f"{t.name}.{t.language}")
def test_template_round_trips_and_compiles(template, tmp_path):
    original = template.path.read_bytes()
    blueprint = load(template.path)
    assert dumps(blueprint) == original  # the shipped file is canonical
    copy = tmp_path / "copy.blueprint.json"
    save(blueprint, copy)
    assert copy.read_bytes() == original
    result = compile_blueprint(load(copy))
    assert result.ok and result.errors == ()
    assert blueprint.meta.language == template.language
    assert result.model.intakes and result.model.pools and blueprint.scenarios and blueprint.sla
