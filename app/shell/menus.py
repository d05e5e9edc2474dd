"""Menus (File, Edit, View, Insert, Simulation, Training, Help) and the toolbar of the main
window. Window-wide actions are made once; the canvas's actions are those of the current tab,
re-placed whenever the tab changes (their shortcuts only work while that canvas has the focus).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QUndoGroup
from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar, QTabWidget, QToolBar

from blueprint_studio.app.shell import actions as ids
from blueprint_studio.app.shell.actions import (
    describe,
    make_action,
    name_toolbar_buttons,
    plain,
    shortcuts_for,
)
from blueprint_studio.app.shell.canvas_places import (
    ARRANGE_CANVAS,
    EDIT_CANVAS,
    TOOLBAR_CANVAS,
    VIEW_CANVAS,
)
from blueprint_studio.app.shell.icons import icon
from blueprint_studio.canvas import actions as ca
from blueprint_studio.canvas.items.node import kind_name
from blueprint_studio.canvas.palette import kind_icon
from blueprint_studio.model.schema import NODE_KINDS

if TYPE_CHECKING:
    from blueprint_studio.app.files.document_tab import DocumentTab
    from blueprint_studio.app.files.documents import DocumentController
    from blueprint_studio.app.shell.settings import Settings

MENUS = {
    "menu_file": QT_TRANSLATE_NOOP("MainWindow", "&File"),
    "menu_edit": QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    "menu_view": QT_TRANSLATE_NOOP("MainWindow", "&View"),
    "menu_insert": QT_TRANSLATE_NOOP("MainWindow", "&Insert"),
    "menu_simulation": QT_TRANSLATE_NOOP("MainWindow", "&Simulation"),
    "menu_training": QT_TRANSLATE_NOOP("MainWindow", "&Training"),
    "menu_help": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
    "menu_recent": QT_TRANSLATE_NOOP("MainWindow", "Open &recent"),
    "menu_arrange": QT_TRANSLATE_NOOP("MainWindow", "&Arrange"),
    "menu_docks": QT_TRANSLATE_NOOP("MainWindow", "&Panels"),
}
PANEL_ORDER = (
    "dock_palette",
    "dock_properties",
    "dock_diagnostics",
    "dock_simulation",
    "dock_scenarios",
    "dock_results",
    "dock_compare",
    "dock_replay",
    "dock_walkthrough",
)


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MenuHost(Protocol):
    """The main window as the menus see it (a QMainWindow, parent of their actions and menus):
    handed in, never imported, so the dependency runs one way, window to menus. `menus` and
    `toolbar` are set by build_menus, `actions_by_id` from create_actions."""

    controller: DocumentController
    settings: Settings
    language: str
    undo_group: QUndoGroup
    tab_widget: QTabWidget
    palette_dock: QDockWidget
    properties_dock: QDockWidget
    diagnostics_dock: QDockWidget
    actions_by_id: dict[str, QAction]
    menus: dict[str, QMenu]
    toolbar: QToolBar
    export_dialog: Any  # the Export dialog while it is open

    def tabs(self) -> list[DocumentTab]: ...

    def current_tab(self) -> DocumentTab | None: ...

    def current_folder(self) -> Path: ...

    def status_message(self, text: str, timeout: int = 8000) -> None: ...

    def apply_settings(self) -> None: ...

    def recent_files_changed(self, recent: list[str]) -> None: ...

    def close(self) -> bool: ...

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 - Qt's name

    def addToolBar(self, toolbar: QToolBar) -> None: ...  # noqa: N802 - Qt's name

    def findChildren(self, kind: type, options: Qt.FindChildOption = ...) -> list: ...  # noqa: N802 - Qt's name


def import_tickets(w: MenuHost) -> None:
    """File › Import tickets…: a calibrated scenario from a ticket export (one undo step)."""
    from blueprint_studio.app.files.calibration_files import import_tickets as run

    run(w)  # type: ignore[arg-type]


def open_export(w: MenuHost) -> None:
    """File > Export on the current blueprint, with the paper size of the preferences, the last
    format used and, for a document never saved, the folder of the last export; the status bar
    says where the file went."""
    from blueprint_studio.app.files.export_dialog import ExportDialog

    tab = w.current_tab()
    if tab is None:
        return
    store = w.settings.store
    last_folder = str(store.value("export/last_folder", "") or "")
    folder = (
        tab.path.parent
        if tab.path is not None
        else Path(last_folder)
        if last_folder and Path(last_folder).is_dir()
        else w.current_folder()
    )
    dialog = ExportDialog(
        tab.document.blueprint,
        tab.editor.scene,
        w,
        default_page=w.settings.page_size,
        folder=str(folder),
        default_format=str(store.value("export/last_format", "pdf") or "pdf"),
    )
    w.export_dialog = dialog  # reachable while it is open (tests, shortcuts)
    try:
        if dialog.exec() and dialog.exported_path:
            store.setValue("export/last_folder", str(Path(dialog.exported_path).parent))
            store.setValue("export/last_format", dialog.format.currentData())
            w.status_message(tr("Exported to {path}").format(path=dialog.exported_path))
    finally:
        w.export_dialog = None
        dialog.deleteLater()


def insert_id(kind: str) -> str:
    return f"insert_{kind}"


def insert_node(w: MenuHost, kind: str) -> None:
    """Insert › kind: placed and linked next to the selection, its name typed next (no click)."""
    tab = w.current_tab()
    if tab is not None:
        tab.view.setFocus()
        tab.editor.insert_node(kind)


def create_actions(w: MenuHost) -> dict[str, QAction]:
    c = w.controller
    slots: dict[str, Callable[[], object]] = {
        ids.FILE_NEW: c.new_blank,
        ids.FILE_NEW_FROM_TEMPLATE: lambda: open_gallery(w),
        ids.FILE_OPEN: c.open_dialog,
        ids.FILE_SAVE: c.save,
        ids.FILE_SAVE_AS: c.save_as,
        ids.FILE_EXPORT: lambda: open_export(w),
        ids.FILE_IMPORT_BPMN: c.import_bpmn_dialog,
        ids.FILE_IMPORT_TICKETS: lambda: import_tickets(w),
        ids.FILE_EXPORT_BPMN: c.export_bpmn_dialog,
        ids.FILE_CLOSE: c.close,
        ids.FILE_CLEAR_RECENT: lambda: clear_recent(w),
        ids.FILE_PREFERENCES: lambda: open_preferences(w),
        ids.EDIT_BLUEPRINT_SETTINGS: lambda: open_blueprint_settings(w),
        ids.FILE_QUIT: w.close,
        ids.VIEW_NEXT_TAB: lambda: step_tab(w, 1),
        ids.VIEW_PREVIOUS_TAB: lambda: step_tab(w, -1),
        ids.VIEW_FOCUS_CANVAS: lambda: focus_canvas(w),
        ids.VIEW_FOCUS_PALETTE: lambda: focus_dock(w.palette_dock),
        ids.VIEW_FOCUS_PROPERTIES: lambda: focus_dock(w.properties_dock),
        ids.VIEW_FOCUS_DIAGNOSTICS: lambda: focus_dock(w.diagnostics_dock),
        ids.VIEW_MINIMAP: lambda: toggle_minimap(w),
        ids.HELP_GUIDE: lambda: show_guide(w),
        ids.HELP_ABOUT: lambda: show_about(w),
    }
    found = {
        key: make_action(w, key, slots.get(key))
        for key in ids.SPECS
        if key not in (ids.EDIT_UNDO, ids.EDIT_REDO)
    }
    for key in (ids.EDIT_UNDO, ids.EDIT_REDO):
        found[key] = undo_action(w, key)
    found[ids.VIEW_MINIMAP].setCheckable(True)
    found[ids.VIEW_MINIMAP].setChecked(bool(w.settings.get("canvas/show_minimap")))
    for kind in NODE_KINDS:
        action = QAction(kind_icon(kind), "", w)  # the palette's shape, so menu and palette match
        action.setObjectName(insert_id(kind))
        action.triggered.connect(lambda *_, k=kind: insert_node(w, k))
        found[insert_id(kind)] = action
    for dock, key in (
        (w.palette_dock, "view_dock_palette"),
        (w.properties_dock, "view_dock_properties"),
        (w.diagnostics_dock, "view_dock_diagnostics"),
    ):
        toggle = dock.toggleViewAction()
        toggle.setObjectName(key)
        found[key] = toggle
    return found


def build_menus(w: MenuHost) -> None:
    bar = w.menuBar()
    w.menus = {}
    for key in (
        "menu_file",
        "menu_edit",
        "menu_view",
        "menu_insert",
        "menu_simulation",
        "menu_training",
        "menu_help",
    ):
        menu = bar.addMenu("")
        menu.setObjectName(key)
        menu.setToolTipsVisible(True)
        w.menus[key] = menu
    a = w.actions_by_id
    file = w.menus["menu_file"]
    file.addActions(
        [a[ids.FILE_NEW], a[ids.FILE_NEW_FROM_TEMPLATE], a[ids.FILE_OPEN], a[ids.FILE_IMPORT_BPMN]]
    )
    file.addAction(a[ids.FILE_IMPORT_TICKETS])
    recent = file.addMenu("")
    recent.setObjectName("menu_recent")
    recent.setIcon(icon("recent"))
    w.menus["menu_recent"] = recent
    file.addSeparator()
    file.addActions([a[ids.FILE_SAVE], a[ids.FILE_SAVE_AS], a[ids.FILE_EXPORT], a[ids.FILE_EXPORT_BPMN]])
    file.addAction(a[ids.FILE_CLOSE])
    file.addSeparator()
    file.addAction(a[ids.FILE_PREFERENCES])
    file.addSeparator()
    file.addAction(a[ids.FILE_QUIT])
    w.menus["menu_simulation"].addAction(a[ids.SIMULATION_RUN])
    w.menus["menu_help"].addActions([a[ids.HELP_GUIDE], a[ids.HELP_ABOUT]])
    w.menus["menu_arrange"] = QMenu(w)
    w.menus["menu_arrange"].setObjectName("menu_arrange")
    w.menus["menu_docks"] = QMenu(w)
    w.menus["menu_docks"].setObjectName("menu_docks")
    w.toolbar = QToolBar(w)
    w.toolbar.setObjectName("toolbar_main")
    w.addToolBar(w.toolbar)
    a["view_toolbar"] = w.toolbar.toggleViewAction()
    a["view_toolbar"].setObjectName("view_toolbar")
    w.menus["menu_docks"].addActions(
        [a["view_dock_palette"], a["view_dock_properties"], a["view_dock_diagnostics"], a["view_toolbar"]]
    )
    fill_recent(w)


def gather_panels(w: MenuHost) -> None:
    """Every panel's show/hide toggle goes to View › Panels, and only there: the Simulation menu
    listed "Compare scenarios…" (the command) next to "Compare scenarios" (its panel)."""
    panels = w.menus["menu_docks"]
    docks = sorted(
        w.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly),  # docks only
        key=lambda d: (
            PANEL_ORDER.index(d.objectName()) if d.objectName() in PANEL_ORDER else len(PANEL_ORDER)
        ),
    )
    toggles = [dock.toggleViewAction() for dock in docks]
    for key, menu in w.menus.items():
        if menu is panels or key == "menu_recent":
            continue
        for action in menu.actions():
            if action in toggles:
                menu.removeAction(action)
        _drop_stray_separators(menu)
    present = set(panels.actions())
    for toggle in toggles:
        if toggle not in present:
            panels.insertAction(w.actions_by_id["view_toolbar"], toggle)


def _drop_stray_separators(menu: QMenu) -> None:
    previous_is_separator = True
    for action in menu.actions():
        if action.isSeparator() and previous_is_separator:
            menu.removeAction(action)
        previous_is_separator = action.isSeparator() and previous_is_separator or action.isSeparator()
    items = menu.actions()
    while items and items[-1].isSeparator():
        menu.removeAction(items.pop())


def _add(menu_or_bar, actions: dict[str, QAction], keys) -> None:
    for key in keys:
        if key is None:
            menu_or_bar.addSeparator()
        elif key in actions:
            menu_or_bar.addAction(actions[key])


def _empty(menu: QMenu | QToolBar) -> None:
    """Take every action out of `menu`. clear() would delete the QUndoGroup's actions
    (PySide owns their wrappers), so remove them one by one and delete only our separators."""
    for action in menu.actions():
        menu.removeAction(action)
        if action.isSeparator() and action.parent() is menu:
            action.deleteLater()


def refresh_canvas_actions(w: MenuHost, tab: DocumentTab | None) -> None:
    """Place the current tab's canvas actions in the menus and toolbar."""
    a = w.actions_by_id
    canvas = tab.editor.actions if tab is not None else {}
    edit = w.menus["menu_edit"]
    _empty(edit)
    edit.addActions([a[ids.EDIT_UNDO], a[ids.EDIT_REDO]])
    edit.addSeparator()
    _add(edit, canvas, EDIT_CANVAS)
    edit.addSeparator()
    edit.addAction(a[ids.EDIT_BLUEPRINT_SETTINGS])
    a[ids.EDIT_BLUEPRINT_SETTINGS].setEnabled(tab is not None)
    follow_blueprint_settings(w, tab)
    view = w.menus["menu_view"]
    _empty(view)
    _add(view, canvas, VIEW_CANVAS)
    view.addAction(a[ids.VIEW_MINIMAP])
    view.addSeparator()
    view.addMenu(w.menus["menu_docks"])
    view.addActions(
        [
            a[ids.VIEW_FOCUS_CANVAS],
            a[ids.VIEW_FOCUS_PALETTE],
            a[ids.VIEW_FOCUS_PROPERTIES],
            a[ids.VIEW_FOCUS_DIAGNOSTICS],
        ]
    )
    view.addSeparator()
    view.addActions([a[ids.VIEW_NEXT_TAB], a[ids.VIEW_PREVIOUS_TAB]])
    insert = w.menus["menu_insert"]
    _empty(insert)
    insert.addActions([a[insert_id(kind)] for kind in NODE_KINDS])
    _add(insert, canvas, (ca.CONNECT_TO,))
    insert.addSeparator()
    _add(insert, canvas, (ca.ADD_LANE, ca.ADD_STAGE))
    insert.addSeparator()
    arrange = w.menus["menu_arrange"]
    _empty(arrange)
    _add(arrange, canvas, ARRANGE_CANVAS)
    insert.addMenu(arrange)
    for kind in NODE_KINDS:
        a[insert_id(kind)].setEnabled(tab is not None)
    bar = w.toolbar
    _empty(bar)
    bar.addActions([a[ids.FILE_NEW], a[ids.FILE_OPEN], a[ids.FILE_SAVE]])
    bar.addSeparator()
    bar.addActions([a[ids.EDIT_UNDO], a[ids.EDIT_REDO]])
    bar.addSeparator()
    _add(bar, canvas, TOOLBAR_CANVAS)
    name_toolbar_buttons(bar)
    for key in (
        ids.FILE_SAVE,
        ids.FILE_SAVE_AS,
        ids.FILE_EXPORT,
        ids.FILE_EXPORT_BPMN,
        ids.FILE_IMPORT_TICKETS,
        ids.FILE_CLOSE,
        ids.VIEW_FOCUS_CANVAS,
    ):
        a[key].setEnabled(tab is not None)


def open_blueprint_settings(w: MenuHost) -> None:
    """Edit › Blueprint settings…: the non-modal settings dialog, made once, on the current tab."""
    from blueprint_studio.app.shell.messages import diagnostic_text
    from blueprint_studio.canvas.settings.dialog import BlueprintSettingsDialog

    dialog = getattr(w, "blueprint_settings", None)
    if dialog is None:
        dialog = BlueprintSettingsDialog(w, diagnostic_text)  # type: ignore[arg-type]
        w.blueprint_settings = dialog  # type: ignore[attr-defined]
    follow_blueprint_settings(w, w.current_tab())
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


def follow_blueprint_settings(w: MenuHost, tab: DocumentTab | None) -> None:
    """The settings dialog, when open, shows the current tab's document."""
    dialog = getattr(w, "blueprint_settings", None)
    if dialog is not None:
        dialog.set_document(tab.document if tab else None, tab.undo_stack if tab else None)


def undo_action(w: MenuHost, key: str) -> QAction:
    """Undo or Redo for the current tab's stack. Not QUndoGroup.createUndoAction: its prefix is
    fixed at creation, so the text would stay in the old language after a switch."""
    group, undo = w.undo_group, key == ids.EDIT_UNDO
    action = QAction(w)
    action.setObjectName(key)
    action.setIcon(icon(ids.SPECS[key][2]))
    action.setShortcuts(shortcuts_for(ids.SPECS[key][3]))
    action.setEnabled(False)
    action.triggered.connect(group.undo if undo else group.redo)
    (group.canUndoChanged if undo else group.canRedoChanged).connect(action.setEnabled)
    (group.undoTextChanged if undo else group.redoTextChanged).connect(
        lambda text: action.setText(undo_text(key, text))
    )
    return action


def undo_text(key: str, command: str) -> str:
    base = ids.tr(ids.SPECS[key][0])
    return f"{base} {command}" if command else base


def retranslate(w: MenuHost) -> None:
    for key, menu in w.menus.items():
        menu.setTitle(tr(MENUS[key]))
    w.toolbar.setWindowTitle(tr("Toolbar"))
    a = w.actions_by_id
    for key in ids.SPECS:
        if key in (ids.EDIT_UNDO, ids.EDIT_REDO):
            text, tip = ids.tr(ids.SPECS[key][0]), ids.tr(ids.SPECS[key][1])
            command = w.undo_group.undoText() if key == ids.EDIT_UNDO else w.undo_group.redoText()
            describe(a[key], undo_text(key, command), tip)
            a[key].setProperty("accessibleName", plain(text))
            a[key].setIcon(icon(ids.SPECS[key][2]))
        else:
            ids.retranslate(a[key])
    for kind in NODE_KINDS:
        name = kind_name(kind)
        action = a[insert_id(kind)]
        describe(
            action,
            name,
            tr("Insert a “{kind}” node next to the selected one, linked to it, and type its name").format(
                kind=name
            ),
        )
    for key, dock in (
        ("view_dock_palette", w.palette_dock),
        ("view_dock_properties", w.properties_dock),
        ("view_dock_diagnostics", w.diagnostics_dock),
    ):
        describe(
            a[key], dock.windowTitle(), tr("Show or hide the {panel} panel").format(panel=dock.windowTitle())
        )
    describe(a["view_toolbar"], tr("Toolbar"), tr("Show or hide the toolbar"))
    fill_recent(w)


def fill_recent(w: MenuHost) -> None:
    menu = w.menus["menu_recent"]
    _empty(menu)
    recent = w.settings.recent_files()
    for n, path in enumerate(recent, start=1):
        action = menu.addAction(f"&{n % 10} {Path(path).name}")
        action.setObjectName(f"file_recent_{n}")
        action.setToolTip(path)
        action.setProperty("accessibleName", Path(path).name)
        action.triggered.connect(lambda *_, p=path: w.controller.open_path(p))
    if recent:
        menu.addSeparator()
    menu.addAction(w.actions_by_id[ids.FILE_CLEAR_RECENT])
    w.actions_by_id[ids.FILE_CLEAR_RECENT].setEnabled(bool(recent))
    menu.setEnabled(True)
    w.recent_files_changed(recent)


# ---------------------------------------------------------------- slots needing dialogs
def open_gallery(w: MenuHost) -> None:
    from blueprint_studio.app.shell.gallery import BLANK, TemplateGallery

    dialog = TemplateGallery(w.language, w)
    if not dialog.exec() or dialog.chosen() is None:
        return
    if dialog.chosen() == BLANK:
        w.controller.new_blank()
    else:
        w.controller.new_from_template(dialog.chosen())


def open_preferences(w: MenuHost) -> None:
    from blueprint_studio.app.shell.preferences import PreferencesDialog

    dialog = PreferencesDialog(w.settings, w)
    if dialog.exec():
        dialog.store()
        w.apply_settings()


def clear_recent(w: MenuHost) -> None:
    w.settings.store.setValue("files/recent", [])
    fill_recent(w)


def step_tab(w: MenuHost, step: int) -> None:
    count = w.tab_widget.count()
    if count:
        w.tab_widget.setCurrentIndex((w.tab_widget.currentIndex() + step) % count)


def toggle_minimap(w: MenuHost) -> None:
    """View › Minimap: on every canvas (each tab has its own), remembered for the next start."""
    shown = w.actions_by_id[ids.VIEW_MINIMAP].isChecked()
    w.settings.set("canvas/show_minimap", shown)
    for tab in w.tabs():
        tab.view.show_minimap = shown


def focus_canvas(w: MenuHost) -> None:
    tab = w.current_tab()
    if tab is not None:
        tab.view.setFocus()


def focus_dock(dock) -> None:
    dock.show()
    dock.raise_()
    target = dock.widget().currentWidget() if hasattr(dock.widget(), "currentWidget") else dock.widget()
    (target or dock.widget()).setFocus()


def show_guide(w: MenuHost) -> None:
    from blueprint_studio.app.shell.help import GuideDialog

    GuideDialog(w).exec()


def show_about(w: MenuHost) -> None:
    from blueprint_studio.app.shell.help import show_about as about

    about(w)
