"""Where the canvas's own actions go in the window (Edit, View, Insert, Insert › Arrange, the
toolbar) and their window-wide words. Read by the menus and by Help's command index, so that
neither imports the other; imports no window module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from blueprint_studio.app.shell import actions as ids
from blueprint_studio.app.shell.canvas_texts import ACTION_TEXTS
from blueprint_studio.canvas import actions as ca

if TYPE_CHECKING:
    from blueprint_studio.app.files.document_tab import DocumentTab
    from blueprint_studio.canvas.editor import CanvasEditor

EDIT_CANVAS = (
    ca.CUT,
    ca.COPY,
    ca.PASTE,
    ca.DUPLICATE,
    ca.DELETE,
    None,
    ca.SELECT_ALL,
    ca.RENAME,
    None,
    ca.NEXT_LINK,
    ca.PREVIOUS_LINK,
)
VIEW_CANVAS = (ca.ZOOM_IN, ca.ZOOM_OUT, ca.ZOOM_RESET, ca.ZOOM_FIT, None, ca.SHOW_GRID, ca.STRAIGHT_EDGES)
INSERT_CANVAS = (ca.CONNECT_TO, ca.ADD_LANE, ca.ADD_STAGE)
ARRANGE_CANVAS = (ca.AUTO_LAYOUT, None, *ca.ALIGN.values(), None, *ca.DISTRIBUTE.values())
TOOLBAR_CANVAS = (ca.ZOOM_IN, ca.ZOOM_OUT, ca.ZOOM_FIT, None, ca.ADD_LANE, ca.ADD_STAGE, ca.AUTO_LAYOUT)


def canvas_menu_path(key: str) -> list[str]:
    """The menus (by id, outermost first) in which a canvas action is placed, [] if none."""
    for keys, where in (
        (EDIT_CANVAS, ["menu_edit"]),
        (VIEW_CANVAS, ["menu_view"]),
        (INSERT_CANVAS, ["menu_insert"]),
        (ARRANGE_CANVAS, ["menu_insert", "menu_arrange"]),
    ):
        if key in keys:
            return where
    return []


def decorate_tab_actions(tab: DocumentTab | CanvasEditor) -> None:
    editor = getattr(tab, "editor", tab)
    for key, action in editor.actions.items():
        if key in ACTION_TEXTS:
            ids.decorate_canvas_action(action, ACTION_TEXTS[key])
