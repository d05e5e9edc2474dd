"""The first window opens on the help-desk template, or on a file, and shows its validation."""
from __future__ import annotations

import resources
from app.gui import MainWindow, open_blueprint
from model.fileformat import load, save
from flowkit_app import broken_file


def test_window_shows_the_help_desk_template(qtbot):
    blueprint, path, error = open_blueprint([], "en")
    assert error is None and path is None
    window = MainWindow(blueprint)
    qtbot.addWidget(window)
    window.show()
    assert blueprint.meta.title in window.windowTitle()
    assert window.statusBar().currentMessage().startswith("0 error(s)")
    assert len(window.scene.items()) > len(blueprint.nodes)


def test_unreadable_file_falls_back_to_the_template_with_the_reason(tmp_path):
    bad = broken_file(tmp_path)
    blueprint, path, error = open_blueprint([str(bad)], "fr")
    assert path is None and "lanes[0].pool.agents" in error
    assert blueprint == load(resources.template_path(resources.DEFAULT_TEMPLATE, "fr"))


def test_window_opens_a_file_from_the_command_line(tmp_path, qtbot):
    target = tmp_path / "mine.blueprint.json"
    save(load(resources.template_path("service_blueprint", "en")), target)
    blueprint, path, error = open_blueprint([str(target)], "en")
    window = MainWindow(blueprint, path)
    qtbot.addWidget(window)
    assert error is None and path == target
