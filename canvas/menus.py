"""Menus of the canvas: the kind of a new lane (on the "Add lane" action) and the context menu of a
lane header (insert a lane of a kind, change its kind, rename, delete). They only call intents.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from blueprint_studio.canvas.editor_host import EditorHost
from blueprint_studio.canvas.items.lane import lane_kind_name
from blueprint_studio.model.schema import LANE_KINDS

ADD_LANE_OF = {kind: f"canvas_add_lane_{kind}" for kind in LANE_KINDS}


def _t(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


def lane_kinds_menu(editor: EditorHost, parent: QWidget | None = None) -> QMenu:
    """One action per lane kind (object names `canvas_add_lane_<kind>`), each adding such a lane."""
    menu = QMenu(_t("Add lane"), parent)
    menu.setObjectName("canvas_add_lane_menu")
    for kind in LANE_KINDS:
        action = menu.addAction(lane_kind_name(kind))
        action.setObjectName(ADD_LANE_OF[kind])
        action.triggered.connect(lambda *_, k=kind: editor.add_lane(k))
    return menu


def lane_context_menu(editor: EditorHost, lane_id: str, parent: QWidget | None = None) -> QMenu:
    """What a right-click on a lane header offers."""
    menu = QMenu(parent)
    menu.setObjectName("canvas_lane_menu")
    lane = editor.document.element(lane_id, "lanes")
    index = editor.document.find(lane_id).index
    for text, where in ((_t("Insert lane above"), index), (_t("Insert lane below"), index + 1)):
        sub = menu.addMenu(text)
        for kind in LANE_KINDS:
            action = sub.addAction(lane_kind_name(kind))
            action.setObjectName(f"canvas_insert_lane_{kind}_{'above' if where == index else 'below'}")
            action.triggered.connect(lambda *_, k=kind, i=where: editor.add_lane(k, i))
    kinds = menu.addMenu(_t("Lane kind"))
    kinds.setObjectName("canvas_lane_kind_menu")
    group = QActionGroup(kinds)
    for kind in LANE_KINDS:
        action = kinds.addAction(lane_kind_name(kind))
        action.setObjectName(f"canvas_lane_kind_{kind}")
        action.setCheckable(True)
        action.setChecked(lane.kind == kind)
        group.addAction(action)
        action.triggered.connect(lambda *_, k=kind: editor.set_lane_kind(lane_id, k))
    menu.addSeparator()
    rename = menu.addAction(_t("Rename"))
    rename.triggered.connect(lambda *_: editor.rename(lane_id))
    delete = menu.addAction(_t("Delete lane"))
    delete.setObjectName("canvas_delete_lane")
    delete.triggered.connect(lambda *_: editor.delete_ids([lane_id]))
    return menu


def show_context_menu(editor: EditorHost, key: str, global_pos: QPoint) -> bool:
    """Pop up the menu of the element `key` if it has one; True when a menu was shown."""
    if editor.document.find(key, "lanes") is None:
        return False
    editor.scene.select_ids([key])
    menu = lane_context_menu(editor, key, editor.view)
    menu.exec(global_pos)
    menu.deleteLater()
    return True


def attach_lane_kinds(action: QAction, editor: EditorHost) -> QMenu:
    """Give the "Add lane" action its menu of kinds (a toolbar shows it as a drop-down)."""
    menu = lane_kinds_menu(editor, editor.view)
    action.setMenu(menu)
    return menu
