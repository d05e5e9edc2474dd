"""File › Import Tickets… driven as a user drives it: the dialog opened from the File menu, the
export's path typed, the columns guessed from a Zendesk header, one column changed, the preview
read, the scenario added as one undo step and saved to the file; the mapping remembered for the
next export of the same layout; an export that cannot be read said in the dialog, nothing added."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
)
from shellkit import answers, isolated, make_window  # noqa: F401 - fixtures

from blueprint_studio import resources
from blueprint_studio.app.shell import actions as ids
from blueprint_studio.model.fileformat import load

HEADER = "Id,Created at,Solved at,Via,Group,Team,Priority"


def export(tmp_path, name="zendesk.csv"):
    lines = [HEADER]
    for k in range(80):
        day = 6 + k % 5
        team = ("Level 2 — Technicians", "Level 3 — Product specialists")[k % 2]
        lines.append(
            f"{k},2025-01-{day:02d} 09:{k % 60:02d},2025-01-{day:02d} 1{k % 8 + 1}:15,Phone,Support,{team},P3"
        )
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def file_menu_action(window, key):
    (action,) = [a for a in window.menus["menu_file"].actions() if a.objectName() == key]
    assert action.isEnabled()
    return action


def drive(qtbot, steps):
    """Run `steps(dialog)` once the modal dialog is up (as a user would act in it)."""
    done = []

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "calibration_dialog":
            QTimer.singleShot(20, act)
            return
        try:
            steps(dialog)
        finally:
            done.append(True)

    QTimer.singleShot(0, act)
    return done


def type_path(dialog, path):
    edit = dialog.findChild(QLineEdit, "calibration_file")
    edit.setFocus()
    QTest.keyClicks(edit, str(path))
    QTest.keyClick(edit, Qt.Key.Key_Return)


def test_import_tickets_adds_one_undoable_calibrated_scenario_saved_to_the_file(tmp_path, make_window, qtbot):
    file = tmp_path / "desk.blueprint.json"
    shutil.copy(resources.template_path("tiered_support", "en"), file)
    source = export(tmp_path)
    window = make_window([file])
    tab = window.current_tab()
    before = list(tab.document.blueprint.scenarios)
    seen = {}

    def steps(dialog):
        type_path(dialog, source)
        qtbot.waitUntil(lambda: dialog.calibration is not None, timeout=30_000)  # read in the background
        group = dialog.findChild(QComboBox, "calibration_role_group")
        seen["guess"] = group.currentText()  # Zendesk's "Group" column
        group.setCurrentIndex(group.findText("Team"))  # the user's correction: levels are in Team
        QTest.mouseClick(dialog.findChild(type(dialog.preview_button), "calibration_preview_button"),
                         Qt.MouseButton.LeftButton)  # fmt: skip
        qtbot.waitUntil(lambda: dialog.calibration is not None, timeout=30_000)
        seen["preview"] = dialog.findChild(QPlainTextEdit, "calibration_preview").toPlainText()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    done = drive(qtbot, steps)
    file_menu_action(window, ids.FILE_IMPORT_TICKETS).trigger()
    assert done
    assert seen["guess"] == "Group"
    assert "Read from zendesk.csv: 80 tickets" in seen["preview"]
    assert "Remote troubleshooting (level 2): " in seen["preview"]
    scenarios = tab.document.blueprint.scenarios
    assert len(scenarios) == len(before) + 1
    added = scenarios[-1]
    assert added.name == "Calibrated from zendesk.csv"
    assert set(added.durations) == {"step_l2", "step_l3"}
    assert (
        added.calibration is not None and added.calibration.fitted["step_l2"].state == "Level 2 — Technicians"
    )
    assert "calibrated scenario" in window.statusBar().currentMessage()
    # one undo step
    tab.undo_stack.undo()
    assert tab.document.blueprint.scenarios == before
    tab.undo_stack.redo()
    assert tab.document.blueprint.scenarios[-1] == added
    # saved through File › Save, the file holds it
    file_menu_action(window, ids.FILE_SAVE).trigger()
    assert load(file).scenarios[-1] == added

    # the next export of the same layout comes in with the corrected column
    again = {}

    def second(dialog):
        type_path(dialog, export(tmp_path, "next-week.csv"))
        again["group"] = dialog.findChild(QComboBox, "calibration_role_group").currentText()
        dialog.reject()

    done = drive(qtbot, second)
    file_menu_action(window, ids.FILE_IMPORT_TICKETS).trigger()
    assert done and again["group"] == "Team"
    assert len(tab.document.blueprint.scenarios) == len(before) + 1  # cancelled: nothing added
    assert "cancelled" in window.statusBar().currentMessage()


def test_an_export_that_cannot_be_read_is_said_in_the_dialog(tmp_path, make_window, qtbot):
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("Id,Created at\n1,2025-01-06 09:00\n2,Hier à midi\n".encode("latin-1"))
    window = make_window([])
    tab = window.current_tab()
    before = list(tab.document.blueprint.scenarios)
    seen = {}

    def steps(dialog):
        type_path(dialog, bad)
        seen["text"] = dialog.findChild(QPlainTextEdit, "calibration_preview").toPlainText()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen["ok"] = ok.isEnabled()
        dialog.reject()

    done = drive(qtbot, steps)
    file_menu_action(window, ids.FILE_IMPORT_TICKETS).trigger()
    assert done
    assert seen["text"] == (
        "“latin1.csv” cannot be used: line 3 is not UTF-8 text (byte 0xE0); save the export as UTF-8, "
        "or name its encoding. The file itself is unchanged."
    )
    assert seen["ok"] is False
    assert tab.document.blueprint.scenarios == before


def test_a_run_of_the_calibrated_scenario_shows_simulated_vs_actual(tmp_path, qtbot):
    from PySide6.QtWidgets import QLabel, QMainWindow, QTableWidget

    from blueprint_studio.app.simulation.workspace import SimulationWorkspace
    from blueprint_studio.canvas.editor import CanvasEditor
    from blueprint_studio.model.calibrate.columns import guess_mapping
    from blueprint_studio.model.calibrate.importer import calibrate_file, calibrated_scenario, with_scenario
    from blueprint_studio.model.document import Document

    bp = load(resources.template_path("tiered_support", "en"))
    mapping = {**guess_mapping(HEADER.split(",")), "group": "Team"}
    scenario = calibrated_scenario(bp, calibrate_file(bp, export(tmp_path), mapping))
    scenario = scenario.model_copy(update={"horizon_days": 5.0, "warmup_days": 0.0, "replications": 2})
    bp = with_scenario(bp, scenario)
    win = QMainWindow()
    qtbot.addWidget(win)
    editor = CanvasEditor(Document(bp), win)
    win.setCentralWidget(editor.view)
    workspace = SimulationWorkspace(win, lambda: editor)
    try:
        with qtbot.waitSignal(workspace.worker.sig_finished, timeout=60_000):
            assert workspace.run(scenario.id)
        tabs = workspace.results.tabs
        pages = [
            tabs.widget(i) for i in range(tabs.count()) if tabs.widget(i).objectName() == "calibration_page"
        ]
        assert len(pages) == 1
        page = pages[0]
        assert tabs.tabText(tabs.indexOf(page)) == "Simulated vs actual"
        states = page.findChild(QTableWidget, "calibration_states_table")
        steps = {states.item(r, 0).text() for r in range(states.rowCount())}
        assert steps == {"Remote troubleshooting (level 2)", "Analyse with the product specialists (level 3)"}
        assert states.item(0, 2).text().endswith(("min", "h"))
        resolution = page.findChild(QTableWidget, "calibration_resolution_table")
        assert resolution.rowCount() == 6 and resolution.item(2, 0).text() == "p50"
        assert page.findChild(QLabel, "calibration_ks").text().startswith("Kolmogorov-Smirnov distance")
        curves = page.chart.getPlotItem().listDataItems()
        assert [c.name() for c in curves] == ["Actual", "Simulated"]
        assert all(0 <= y <= 1 for c in curves for y in c.getData()[1])
        week = page.week.getPlotItem().listDataItems()
        assert [len(c.getData()[0]) for c in week] == [168, 168]
        volume = page.findChild(QTableWidget, "calibration_volume_table")
        assert [volume.item(r, 0).text() for r in range(7)][0] == "Monday"
        # a run of a scenario drawn by hand has no such page
        with qtbot.waitSignal(workspace.worker.sig_finished, timeout=60_000):
            assert workspace.run(bp.scenarios[0].id)
        names = [tabs.widget(i).objectName() for i in range(tabs.count())]
        assert "calibration_page" not in names
    finally:
        workspace.shutdown()
        editor.scene.close()


def test_reading_a_large_export_shows_progress_and_stops_on_request(tmp_path, make_window, qtbot):
    big = tmp_path / "year.csv"
    row = "{k},2025-01-06 09:00,2025-01-06 10:00,Phone,Support,Level 2 — Technicians,P3\n"
    big.write_text(HEADER + "\n" + "".join(row.format(k=k) for k in range(150_000)), encoding="utf-8")
    window = make_window([])
    tab = window.current_tab()
    before = list(tab.document.blueprint.scenarios)
    seen = {}

    def steps(dialog):
        type_path(dialog, big)
        progress = dialog.findChild(QProgressBar, "calibration_progress")
        stop = dialog.findChild(QPushButton, "calibration_stop")
        seen["busy"] = progress.isVisible() and stop.isVisible()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen["ok_while_reading"] = ok.isEnabled()
        QTest.mouseClick(stop, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.worker.is_running(), timeout=30_000)
        seen["text"] = dialog.findChild(QPlainTextEdit, "calibration_preview").toPlainText()
        seen["calibration"] = dialog.calibration
        dialog.reject()

    done = drive(qtbot, steps)
    file_menu_action(window, ids.FILE_IMPORT_TICKETS).trigger()
    assert done
    assert seen["busy"] and seen["ok_while_reading"] is False
    assert seen["text"] == "Stopped. Choose Preview to read the export again."
    assert seen["calibration"] is None
    assert tab.document.blueprint.scenarios == before


def test_a_known_tools_layout_is_recognised_and_another_preset_can_be_picked(tmp_path, make_window, qtbot):
    glpi = tmp_path / "glpi.csv"
    glpi.write_text(
        "ID;Titre;Date d'ouverture;Date de résolution;Attribué à - Groupe;Source de la demande\n"
        "1;Imprimante;06/01/2025 09:00;06/01/2025 11:00;Niveau 2;Courriel\n",
        encoding="utf-8",
    )
    window = make_window([])
    seen = {}

    def steps(dialog):
        type_path(dialog, glpi)
        preset = dialog.findChild(QComboBox, "calibration_preset")
        seen["preset"] = preset.currentText()
        seen["created"] = dialog.findChild(QComboBox, "calibration_role_created").currentText()
        seen["group"] = dialog.findChild(QComboBox, "calibration_role_group").currentText()
        qtbot.waitUntil(lambda: not dialog.worker.is_running(), timeout=30_000)
        preset.setFocus()
        QTest.keyClick(preset, Qt.Key.Key_Up)  # a user trying Freshdesk's layout instead
        seen["other"] = preset.currentText()
        seen["created_after"] = dialog.findChild(QComboBox, "calibration_role_created").currentText()
        dialog.reject()

    done = drive(qtbot, steps)
    file_menu_action(window, ids.FILE_IMPORT_TICKETS).trigger()
    assert done
    assert seen["preset"] == "GLPI (ticket list export)"
    assert (seen["created"], seen["group"]) == ("Date d'ouverture", "Attribué à - Groupe")
    assert seen["other"] == "Freshdesk (ticket export)"
    assert seen["created_after"] == "— not in the file —"
