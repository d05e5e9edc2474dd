"""Presenter mode: full screen, large type, editing docks and bars hidden, the canvas gliding to
the ticket; Escape (or F5 again) puts every dock, bar, font and zoom back."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from app.presenter import FONT_SCALE
from app.training_workspace import TrainingWorkspace
from canvas.editor import CanvasEditor
from model.document import Document
from model.fileformat import load
from resources import template_path


@pytest.fixture
def shell(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    editor = CanvasEditor(Document(load(template_path("service_blueprint", "en"))), window)
    window.setCentralWidget(editor.view)
    docks = []
    for name, area in (("dock_palette", Qt.DockWidgetArea.LeftDockWidgetArea),
                       ("dock_properties", Qt.DockWidgetArea.RightDockWidgetArea)):
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
    zoom = editor.view.zoom()
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
    assert editor.view.zoom() > zoom
    QTest.keyClick(dock, Qt.Key.Key_Escape)
    assert not presenter.active and not workspace.actions["training_presenter"].isChecked()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert all(not d.isHidden() for d in docks) and not toolbar.isHidden()
    assert closed.isHidden()                     # hidden before: stays hidden
    assert not window.menuBar().isHidden() and not window.statusBar().isHidden()
    assert dock.font().pointSizeF() == pytest.approx(size)
    assert not dock.testAttribute(Qt.WidgetAttribute.WA_SetFont)
    assert dock.page.title_label.font().pointSizeF() == pytest.approx(title_size)
    assert editor.view.zoom() == pytest.approx(zoom)


def test_the_canvas_glides_to_the_ticket(shell, qtbot):
    window, editor, workspace, *_ = shell
    workspace.start()
    workspace.presenter.enter()
    path = workspace.dock.walk.card.expected_path
    for _ in range(4):
        QTest.keyClick(workspace.dock, Qt.Key.Key_Right)
    node = workspace.dock.walk.state().node_id
    assert node == path[4]
    qtbot.waitUntil(lambda: workspace.presenter.animation.state().name == "Stopped", timeout=3000)
    view = editor.view
    centre = view.mapToScene(view.viewport().rect().center())
    target = editor.scene.nodes[node].sceneBoundingRect().center()
    assert (centre - target).manhattanLength() < 40 or not view.sceneRect().contains(
        view.mapToScene(view.viewport().rect()).boundingRect())
    workspace.presenter.leave()
    assert not workspace.presenter.active


def test_presenter_starts_a_walk_and_leaves_when_the_tab_changes(shell, qtbot):
    window, editor, workspace, *_ = shell
    workspace.actions["training_presenter"].trigger()
    assert workspace.dock.walk is not None
    workspace.current_editor = lambda: None
    workspace.presenter.current_editor = lambda: None
    workspace.editor_changed()
    assert not workspace.presenter.active and workspace.dock.walk is None
