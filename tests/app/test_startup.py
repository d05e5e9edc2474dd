"""A fast start: the window shows before the libraries only later features need are loaded (charts,
PDF, graph analysis), and the documents opened at start are checked once it is on screen, with
the same diagnostics and walkthrough as when they are checked at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio import resources
from blueprint_studio.model.fileformat import load, save

LATER = ("pyqtgraph", "reportlab", "networkx", "numpy")
# Ours, imported where they run (validation, a run, a walkthrough), all after the window shows:
# checked like the libraries above so that a module-level import cannot bring one back silently.
DEFERRED = (
    "blueprint_studio.model.sim.checks",  # validation's simulation checks (model/validation.py)
    "blueprint_studio.model.flow",
    "blueprint_studio.model.compiler",  # the workspaces and the walkthrough compile when they run
    "blueprint_studio.model.sim.engine",
    "blueprint_studio.model.sim.replications",  # app/shell/workers.py, model/sim/compare.py
    "blueprint_studio.model.sim.compare",  # its types only in app/simulation/compare.py, workspace.py
    "blueprint_studio.model.sim.results",
    "multiprocessing",
    "concurrent.futures.process",
    "blueprint_studio.model.walkthrough.walker",  # app/training/dock.py
    "blueprint_studio.model.walkthrough.views",  # view types only, under TYPE_CHECKING
)

CHILD = """
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from blueprint_studio.app.shell.gui import build_window
passes = []
gc.callbacks.append(lambda phase, info: phase == "start" and passes.append(info["generation"]))
window = build_window([], restore_session=False, checks_after_show=True)
found = {"collector_on": gc.isenabled(), "young": gc.get_count()[0], "threshold": gc.get_threshold()[0]}
found["passes"] = len(passes)
gc.callbacks.clear()
window.show()
loaded = lambda names=LATER: sorted(name for name in names if name in sys.modules)
def shown():
    found["shown"] = loaded()
    found["deferred_shown"] = loaded(DEFERRED)
    found["label_shown"] = window.validation_label.text()
    QTimer.singleShot(1500, settled)
def settled():
    found["settled"] = loaded()
    found["label_settled"] = window.validation_label.text()
    found["walkthrough"] = window.training.dock.model is not None
    # What was left for later is there when the user reaches it: a walkthrough, then a run (Ctrl+R).
    found["walk_started"] = window.training.dock.start("card_password")
    found["walk_choices"] = len(window.training.dock.walk.state().choices) if window.training.dock.walk else 0
    window.simulation.actions["simulation_run"].trigger()
    waited.append(0)
    QTimer.singleShot(100, ran)
waited = []
def ran():
    record = window.simulation.current_record()
    if record is None and len(waited) < 900:
        waited.append(0)
        QTimer.singleShot(100, ran)
        return
    found["run_replications"] = len(record.result.runs) if record else 0
    found["after_run"] = loaded(DEFERRED)
    for tab in window.tabs():
        tab.set_forced_dirty(False)
        tab.undo_stack.setClean()
    window.close()
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
print(json.dumps(found))
"""


@pytest.fixture(scope="module")
def fresh_start(tmp_path_factory) -> dict:
    """CHILD's findings: a fresh process started as `blueprint-studio` starts, in an empty home."""
    home = tmp_path_factory.mktemp("home")
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", f"LATER = {LATER!r}\nDEFERRED = {DEFERRED!r}\n{CHILD}"],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parent,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_shows_before_charts_pdf_and_graph_libraries_load(fresh_start):
    """In a fresh process, as `blueprint-studio` starts: none of them, nor the parts of ours
    imported where they run, at the first event after show(); the help-desk template is checked
    (networkx) just after, and says so; a walkthrough and a run work as soon as the user asks."""
    found = fresh_start
    assert found["shown"] == [], f"loaded before the window showed: {found['shown']}"
    assert found["deferred_shown"] == [], f"loaded before the window showed: {found['deferred_shown']}"
    assert found["label_shown"] == ""  # not validated yet: no claim either way
    assert "networkx" in found["settled"] and found["label_settled"] == "No problems"
    assert found["walkthrough"]
    assert "pyqtgraph" not in found["settled"] and "reportlab" not in found["settled"]
    assert found["walk_started"] and found["walk_choices"] > 0
    assert found["run_replications"] == 5  # the template's scenario: its five replications
    assert "blueprint_studio.model.sim.engine" in found["after_run"]


def test_the_objects_made_at_start_are_not_left_for_the_next_collection(fresh_start):
    """build_window pauses the cycle collector (no pass over the objects it is making, ~50 ms of
    passes otherwise) and moves what it made to the oldest generation: the collector is on again
    after, with an almost empty youngest generation (without the move, the next routine
    collection would walk everything the start made at once)."""
    found = fresh_start
    assert found["passes"] == 0
    assert found["collector_on"]
    assert found["young"] < found["threshold"], found


def test_documents_opened_at_start_are_checked_once_the_window_shows(make_window, qtbot, tmp_path):
    path = tmp_path / "unlinked.blueprint.json"
    template = load(resources.template_path("helpdesk_flow", "en"))
    save(template.model_copy(update={"edges": []}), path)  # dead ends, unreachable steps: badges
    at_once = make_window([path])
    expected = (at_once.validation_label.text(), at_once.current_tab().overlay.diagnostics)
    badges = len(at_once.current_tab().overlay.badges())
    assert "error" in expected[0] and badges
    at_once.current_tab().set_forced_dirty(False)
    at_once.close()

    window = make_window([path], checks_after_show=True)
    tab = window.current_tab()
    assert tab.overlay.revision < 0 and window.validation_label.text() == ""
    assert window.training.dock.editor is None  # follows the tab once it is checked
    window.show()
    qtbot.waitUntil(lambda: tab.overlay.revision >= 0, timeout=5000)
    assert (window.validation_label.text(), tab.overlay.diagnostics) == expected
    assert window.training.dock.editor is tab.editor
    assert len(tab.overlay.badges()) == badges


def test_later_tabs_are_checked_at_once(make_window, qtbot):
    window = make_window(checks_after_show=True)
    window.show()
    qtbot.waitUntil(lambda: window.current_tab().overlay.revision >= 0, timeout=5000)
    tab = window.controller.new_blank()
    assert tab.overlay.revision >= 0 and "error" in window.validation_label.text()
    assert window.training.dock.editor is tab.editor


def test_the_palette_is_filled_once_at_start_and_again_in_a_new_language(make_window, monkeypatch):
    """Its kind names are translated as it fills: at start it fills once (in the language just
    installed), and a language change fills a new one."""
    from blueprint_studio.app.shell import main_window
    from blueprint_studio.canvas.palette import PaletteWidget

    made = []

    class CountedPalette(PaletteWidget):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(main_window, "PaletteWidget", CountedPalette)
    window = make_window()
    assert made == [window.palette] and window.palette_dock.widget() is window.palette
    assert window.palette.accessibleName() == "Palette"
    english = [window.palette.item(i).text() for i in range(window.palette.count())]
    window.settings.set("ui/language", "fr")
    window.apply_settings()
    assert len(made) == 2 and window.palette_dock.widget() is made[1] is window.palette
    french = [window.palette.item(i).text() for i in range(window.palette.count())]
    assert len(french) == len(english) and french != english
    assert "Étape" in french and "Step" in english


def test_quitting_closes_the_tabs_without_building_the_start_page(make_window, answers, qtbot):
    """The start page stands in for the last tab closed, but not when the window itself closes:
    its template thumbnails are drawn for nobody (most of a quit's time before). Cancelled, the
    window stays as it was; closing the last tab afterwards shows the start page as usual."""
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    tab = window.current_tab()
    tab.editor.add_lane()
    answers.save_changes.append("cancel")
    assert not window.close()  # the user keeps the changed tab
    assert window.isVisible() and window.tabs() == [tab] and window._start_page is None
    answers.save_changes.append("discard")
    assert window.close()
    assert window.tabs() == [] and window._start_page is None

    again = make_window()
    again.show()
    qtbot.waitExposed(again)
    again.controller.close(again.current_tab())
    assert again.central.currentWidget() is again.start_page and again.start_page.isVisible()
