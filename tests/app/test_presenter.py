"""Presenter mode: full screen, large type, editing docks and bars hidden, the canvas gliding to
the ticket; Escape (or F5 again) puts every dock, bar, font and zoom back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from blueprint_studio.app.training.presenter import FONT_SCALE, READABLE_ZOOM
from blueprint_studio.app.training.workspace import TrainingWorkspace
from blueprint_studio.canvas.editor import CanvasEditor
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import load
from blueprint_studio.resources import template_path


@pytest.fixture
def shell(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    editor = CanvasEditor(Document(load(template_path("service_blueprint", "en"))), window)
    window.setCentralWidget(editor.view)
    docks = []
    for name, area in (
        ("dock_palette", Qt.DockWidgetArea.LeftDockWidgetArea),
        ("dock_properties", Qt.DockWidgetArea.RightDockWidgetArea),
    ):
        dock = QDockWidget(name, window)
        dock.setObjectName(name)
        dock.setWidget(QLabel(name))
        window.addDockWidget(area, dock)
        docks.append(dock)
    closed = QDockWidget("closed", window)
    closed.setObjectName("dock_closed")
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, closed)
    closed.hide()
    toolbar = window.addToolBar("main")
    window.menuBar().addMenu("&File")
    window.statusBar().showMessage("ready")
    workspace = TrainingWorkspace(window, lambda: editor)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window, editor, workspace, docks, closed, toolbar


def test_presenter_hides_editing_docks_and_restores_them(shell, qtbot):
    window, editor, workspace, docks, closed, toolbar = shell
    workspace.start()
    dock = workspace.dock
    size, title_size = dock.font().pointSizeF(), dock.page.title_label.font().pointSizeF()
    editor.view.set_zoom(0.4)  # the whole drawing, as a designer leaves it
    editor.view.centerOn(0, 0)
    zoom, centre = editor.view.zoom(), editor.view.mapToScene(editor.view.viewport().rect().center())
    workspace.actions["training_presenter"].trigger()
    presenter = workspace.presenter
    assert presenter.active and workspace.actions["training_presenter"].isChecked()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert all(d.isHidden() for d in docks) and toolbar.isHidden()
    assert window.menuBar().isHidden() and window.statusBar().isHidden()
    assert dock.isVisible()
    assert dock.font().pointSizeF() == pytest.approx(size * FONT_SCALE)
    assert dock.page.title_label.font().pointSizeF() == pytest.approx(title_size * FONT_SCALE)
    assert dock.page.choices.buttons[0].font().pointSizeF() == pytest.approx(size * FONT_SCALE)
    qtbot.waitUntil(lambda: workspace.presenter.animation.state().name == "Stopped", timeout=3000)
    assert READABLE_ZOOM[0] - 1e-6 <= editor.view.zoom() <= READABLE_ZOOM[1] + 1e-6
    QTest.keyClick(dock, Qt.Key.Key_Escape)
    assert not presenter.active and not workspace.actions["training_presenter"].isChecked()
    assert dock.walk is not None and dock.isVisible()  # Esc leaves full screen, not the walk
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert all(not d.isHidden() for d in docks) and not toolbar.isHidden()
    assert closed.isHidden()  # hidden before: stays hidden
    assert not window.menuBar().isHidden() and not window.statusBar().isHidden()
    assert dock.font().pointSizeF() == pytest.approx(size)
    assert not dock.testAttribute(Qt.WidgetAttribute.WA_SetFont)
    assert dock.page.title_label.font().pointSizeF() == pytest.approx(title_size)
    assert editor.view.zoom() == pytest.approx(zoom)
    back = editor.view.mapToScene(editor.view.viewport().rect().center())
    assert (back - centre).manhattanLength() < 4  # the designer's view, as it was


def test_the_drawing_is_readable_and_follows_the_ticket(shell, qtbot):
    """At each step the current node is in full view at a readable zoom, and the canvas moves
    with the ticket (the drawing is not left at the designer's 40 %)."""
    window, editor, workspace, *_ = shell
    view = editor.view
    view.set_zoom(0.4)
    workspace.start()
    workspace.actions["training_presenter"].trigger()
    path = workspace.dock.walk.card.expected_path
    seen = []
    for step in range(1, 5):
        QTest.keyClick(workspace.dock, Qt.Key.Key_Right)
        node = workspace.dock.walk.state().node_id
        assert node == path[step]
        qtbot.waitUntil(lambda: workspace.presenter.animation.state().name == "Stopped", timeout=3000)
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        assert visible.contains(editor.scene.nodes[node].sceneBoundingRect()), node
        assert READABLE_ZOOM[0] - 1e-6 <= view.zoom() <= READABLE_ZOOM[1] + 1e-6
        seen.append(visible.center())
    assert seen[0] != seen[-1]  # it followed the ticket
    workspace.presenter.leave()
    assert not workspace.presenter.active and view.zoom() == pytest.approx(0.4)


def test_presenter_starts_a_walk_and_leaves_when_the_tab_changes(shell, qtbot):
    window, editor, workspace, *_ = shell
    workspace.actions["training_presenter"].trigger()
    assert workspace.dock.walk is not None
    workspace.current_editor = lambda: None
    workspace.presenter.current_editor = lambda: None
    workspace.editor_changed()
    assert not workspace.presenter.active and workspace.dock.walk is None
