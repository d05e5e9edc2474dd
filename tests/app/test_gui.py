"""The window opens on the help-desk template, on each template, or on a file named on the
command line, and shows its validation state in the status bar."""

from __future__ import annotations

import pytest
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio import resources
from blueprint_studio.model.fileformat import load, save


def test_window_opens_on_the_help_desk_template(make_window):
    window = make_window()
    window.show()
    tabs = window.tabs()
    assert len(tabs) == 1
    title = load(resources.template_path(resources.DEFAULT_TEMPLATE, "en")).meta.title
    assert title in window.windowTitle() and "[*]" in window.windowTitle()
    assert not window.isWindowModified()
    assert tabs[0].path is None and not tabs[0].modified
    assert window.validation_label.text() == "No problems"
    assert window.zoom_label.text().startswith("Zoom ")
    assert len(tabs[0].editor.scene.items()) > len(tabs[0].document.blueprint.nodes)


@pytest.mark.parametrize("name", resources.template_names())
def test_window_opens_each_template(make_window, name):
    window = make_window()
    tab = window.controller.new_from_template(name, "fr")
    assert tab is window.current_tab()
    assert tab.document.blueprint == load(resources.template_path(name, "fr"))
    assert window.undo_group.activeStack() is tab.undo_stack
    assert window.properties_stack.currentWidget() is tab.properties
    assert window.diagnostics_stack.currentWidget() is tab.diagnostics_panel


def test_window_opens_a_file_from_the_command_line(tmp_path, make_window):
    target = tmp_path / "mine.blueprint.json"
    save(load(resources.template_path("service_blueprint", "en")), target)
    window = make_window([target])
    assert [t.path for t in window.tabs()] == [target.resolve()]
    assert window.windowTitle().startswith("mine.blueprint.json")


def test_unreadable_file_on_the_command_line_is_refused_with_the_reason(tmp_path, make_window, answers):
    from flowkit_app import broken_file

    window = make_window([broken_file(tmp_path)])
    assert not window.tabs()
    ((title, text, detail),) = answers.errors
    assert "broken.blueprint.json" in text and "lanes[0].pool.agents" in detail
