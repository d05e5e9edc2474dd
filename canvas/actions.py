"""The canvas's actions: ids that double as `objectName`, translated texts, shortcuts, and the
editor intent each one calls. The application shell puts them in menus and toolbars.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from blueprint_studio.canvas.editor_host import EditorHost
from blueprint_studio.canvas.menus import attach_lane_kinds

UNDO, REDO = "canvas_undo", "canvas_redo"
DELETE, SELECT_ALL, DUPLICATE, RENAME = (
    "canvas_delete",
    "canvas_select_all",
    "canvas_duplicate",
    "canvas_rename",
)
COPY, CUT, PASTE = "canvas_copy", "canvas_cut", "canvas_paste"
ZOOM_IN, ZOOM_OUT, ZOOM_RESET, ZOOM_FIT = (
    "canvas_zoom_in",
    "canvas_zoom_out",
    "canvas_zoom_100",
    "canvas_zoom_fit",
)
ADD_LANE, ADD_STAGE, AUTO_LAYOUT = "canvas_add_lane", "canvas_add_stage", "canvas_auto_layout"
STRAIGHT_EDGES, SHOW_GRID = "canvas_straight_edges", "canvas_show_grid"
CONNECT_TO = "canvas_connect_to"
NEXT_LINK, PREVIOUS_LINK = "canvas_next_link", "canvas_previous_link"
ALIGN = {m: f"canvas_align_{m}" for m in ("left", "center", "right", "top", "middle", "bottom")}
DISTRIBUTE = {a: f"canvas_distribute_{a}" for a in ("horizontal", "vertical")}

_ALIGN_TEXT = {
    "left": "Align left",
    "center": "Align centres",
    "right": "Align right",
    "top": "Align top",
    "middle": "Align middles",
    "bottom": "Align bottom",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


def build_actions(editor: EditorHost) -> dict[str, QAction]:
    """Actions parented to the editor's view, active while the canvas has focus."""
    view = editor.view
    actions: dict[str, QAction] = {}

    def make(
        key: str,
        text: str,
        slot: Callable[[], None],
        shortcut: QKeySequence | str | None = None,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(_t(text), view)
        action.setObjectName(key)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if shortcut is not None:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setCheckable(checkable)
        action.triggered.connect(lambda *_: slot())
        view.addAction(action)
        actions[key] = action
        return action  # noqa: R504

    undo = editor.undo_stack.createUndoAction(view, _t("Undo"))
    redo = editor.undo_stack.createRedoAction(view, _t("Redo"))
    for key, action, seq in (
        (UNDO, undo, QKeySequence.StandardKey.Undo),
        (REDO, redo, QKeySequence.StandardKey.Redo),
    ):
        action.setObjectName(key)
        action.setShortcuts(seq)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        view.addAction(action)
        actions[key] = action
    make(DELETE, "Delete", editor.delete_selection, QKeySequence.StandardKey.Delete)
    make(SELECT_ALL, "Select all", editor.select_all, QKeySequence.StandardKey.SelectAll)
    make(DUPLICATE, "Duplicate", editor.duplicate, "Ctrl+D")
    make(RENAME, "Rename", editor.rename_selected, "F2")
    make(CONNECT_TO, "Connect to…", editor.open_connect_dialog, "Ctrl+K")
    make(NEXT_LINK, "Select outgoing link", lambda: editor.select_link(True), "Alt+Right")
    make(PREVIOUS_LINK, "Select incoming link", lambda: editor.select_link(False), "Alt+Left")
    make(COPY, "Copy", editor.copy, QKeySequence.StandardKey.Copy)
    make(CUT, "Cut", editor.cut, QKeySequence.StandardKey.Cut)
    make(PASTE, "Paste", editor.paste, QKeySequence.StandardKey.Paste)
    make(ZOOM_IN, "Zoom in", view.zoom_in, QKeySequence.StandardKey.ZoomIn)
    make(ZOOM_OUT, "Zoom out", view.zoom_out, QKeySequence.StandardKey.ZoomOut)
    make(ZOOM_RESET, "Actual size", view.zoom_reset, "Ctrl+0")
    make(ZOOM_FIT, "Fit drawing", view.fit, "Ctrl+Shift+F")
    add_lane = make(ADD_LANE, "Add lane", editor.add_lane)
    attach_lane_kinds(add_lane, editor)
    make(ADD_STAGE, "Add stage", editor.add_stage)
    make(AUTO_LAYOUT, "Arrange automatically", editor.auto_layout, "Ctrl+Shift+L")
    for mode, key in ALIGN.items():
        make(key, _ALIGN_TEXT[mode], lambda m=mode: editor.align(m))
    make(DISTRIBUTE["horizontal"], "Distribute horizontally", lambda: editor.distribute("horizontal"))
    make(DISTRIBUTE["vertical"], "Distribute vertically", lambda: editor.distribute("vertical"))
    straight = make(STRAIGHT_EDGES, "Straight edges", lambda: None, checkable=True)
    straight.toggled.connect(editor.scene.set_straight_edges)
    grid = make(SHOW_GRID, "Show grid", lambda: None, checkable=True)
    grid.setChecked(True)
    grid.toggled.connect(lambda on: (setattr(view, "show_grid", on), view.viewport().update()))
    return actions
