"""Action ids (which double as objectName), and the one factory that gives every action its
text, tooltip, accessible name, icon and standard shortcut. It builds actions; menus place them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from blueprint_studio.app.shell.icons import icon
from blueprint_studio.canvas import actions as canvas_actions

CONTEXT = "Actions"
Shortcut = QKeySequence.StandardKey | str | None

# ---------------------------------------------------------------- ids
FILE_NEW, FILE_NEW_FROM_TEMPLATE, FILE_OPEN = "file_new", "file_new_from_template", "file_open"
FILE_SAVE, FILE_SAVE_AS, FILE_CLOSE = "file_save", "file_save_as", "file_close"
FILE_EXPORT = "file_export"
FILE_IMPORT_BPMN, FILE_EXPORT_BPMN = "file_import_bpmn", "file_export_bpmn"
FILE_IMPORT_TICKETS = "file_import_tickets"  # calibration from a ticket export (app/files/calibration_*)
FILE_CLEAR_RECENT, FILE_PREFERENCES, FILE_QUIT = "file_clear_recent", "file_preferences", "file_quit"
EDIT_UNDO, EDIT_REDO = "edit_undo", "edit_redo"
EDIT_BLUEPRINT_SETTINGS = "edit_blueprint_settings"
VIEW_NEXT_TAB, VIEW_PREVIOUS_TAB = "view_next_tab", "view_previous_tab"
VIEW_FOCUS_CANVAS, VIEW_FOCUS_PALETTE = "view_focus_canvas", "view_focus_palette"
VIEW_FOCUS_PROPERTIES, VIEW_FOCUS_DIAGNOSTICS = "view_focus_properties", "view_focus_diagnostics"
VIEW_MINIMAP = "view_minimap"  # checkable; remembered as the setting canvas/show_minimap
SIMULATION_RUN = "simulation_run"  # adopted and driven by app.simulation.workspace
HELP_GUIDE, HELP_ABOUT = "help_guide", "help_about"

# id -> (text, tooltip, icon, shortcut). Texts are English sources for Qt's translation.
SPECS: dict[str, tuple[str, str, str, Shortcut]] = {
    FILE_NEW: (
        QT_TRANSLATE_NOOP("Actions", "&New"),
        QT_TRANSLATE_NOOP("Actions", "Start a blank blueprint"),
        "document-new",
        QKeySequence.StandardKey.New,
    ),
    FILE_NEW_FROM_TEMPLATE: (
        QT_TRANSLATE_NOOP("Actions", "New from &template…"),
        QT_TRANSLATE_NOOP("Actions", "Start from one of the bundled templates"),
        "template",
        "Ctrl+Shift+N",
    ),
    FILE_OPEN: (
        QT_TRANSLATE_NOOP("Actions", "&Open…"),
        QT_TRANSLATE_NOOP("Actions", "Open a blueprint file"),
        "document-open",
        QKeySequence.StandardKey.Open,
    ),
    FILE_SAVE: (
        QT_TRANSLATE_NOOP("Actions", "&Save"),
        QT_TRANSLATE_NOOP("Actions", "Save the blueprint"),
        "document-save",
        QKeySequence.StandardKey.Save,
    ),
    FILE_SAVE_AS: (
        QT_TRANSLATE_NOOP("Actions", "Save &as…"),
        QT_TRANSLATE_NOOP("Actions", "Save the blueprint under another name"),
        "document-save-as",
        QKeySequence.StandardKey.SaveAs,
    ),
    FILE_EXPORT: (
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Export the blueprint as a PDF (with the simulation report "
            "and the training handout), an SVG drawing or a PNG image",
        ),
        "document-save-as",
        "Ctrl+E",
    ),
    FILE_IMPORT_BPMN: (
        QT_TRANSLATE_NOOP("Actions", "&Import BPMN…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Open a BPMN 2.0 process (.bpmn, with its BPSim simulation data) as a new blueprint, "
            "and list in the Diagnostics panel what the import guessed or changed",
        ),
        "document-open",
        "Ctrl+Shift+I",
    ),
    FILE_IMPORT_TICKETS: (
        QT_TRANSLATE_NOOP("Actions", "Import &tickets…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Fit a ticket export of your help desk (CSV) or an event log (CSV or XES): arrivals per "
            "hour of the week, time per state or level and decision shares, added as a calibrated scenario",
        ),
        "document-open",
        "Ctrl+Shift+T",
    ),
    FILE_EXPORT_BPMN: (
        QT_TRANSLATE_NOOP("Actions", "Export as &BPMN…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Save the blueprint as a BPMN 2.0 process with its diagram and BPSim simulation data "
            "(arrival rates, durations in minutes, branch shares, agents), for other BPMN tools",
        ),
        "document-save-as",
        None,
    ),
    FILE_CLOSE: (
        QT_TRANSLATE_NOOP("Actions", "&Close"),
        QT_TRANSLATE_NOOP("Actions", "Close this blueprint"),
        "document-close",
        QKeySequence.StandardKey.Close,
    ),
    FILE_CLEAR_RECENT: (
        QT_TRANSLATE_NOOP("Actions", "Clear the list"),
        QT_TRANSLATE_NOOP("Actions", "Forget the recently opened files"),
        "",
        None,
    ),
    FILE_PREFERENCES: (
        QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
        QT_TRANSLATE_NOOP("Actions", "Language, theme, grid, autosave and PDF settings"),
        "preferences",
        QKeySequence.StandardKey.Preferences,
    ),
    FILE_QUIT: (
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Close every blueprint and quit"),
        "quit",
        QKeySequence.StandardKey.Quit,
    ),
    EDIT_UNDO: (
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        QT_TRANSLATE_NOOP("Actions", "Undo the last change"),
        "edit-undo",
        QKeySequence.StandardKey.Undo,
    ),
    EDIT_REDO: (
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        QT_TRANSLATE_NOOP("Actions", "Redo the change just undone"),
        "edit-redo",
        QKeySequence.StandardKey.Redo,
    ),
    EDIT_BLUEPRINT_SETTINGS: (
        QT_TRANSLATE_NOOP("Actions", "&Blueprint settings…"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Title, language and currency, ticket fields, pools, calendars and SLA policies of the blueprint",
        ),
        "preferences",
        "Ctrl+Shift+B",
    ),
    VIEW_NEXT_TAB: (
        QT_TRANSLATE_NOOP("Actions", "Next blueprint"),
        QT_TRANSLATE_NOOP("Actions", "Show the next open blueprint"),
        "",
        QKeySequence.StandardKey.NextChild,
    ),
    VIEW_PREVIOUS_TAB: (
        QT_TRANSLATE_NOOP("Actions", "Previous blueprint"),
        QT_TRANSLATE_NOOP("Actions", "Show the previous open blueprint"),
        "",
        QKeySequence.StandardKey.PreviousChild,
    ),
    VIEW_FOCUS_CANVAS: (
        QT_TRANSLATE_NOOP("Actions", "Go to the canvas"),
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the drawing"),
        "",
        "F6",
    ),
    VIEW_FOCUS_PALETTE: (
        QT_TRANSLATE_NOOP("Actions", "Go to the palette"),
        QT_TRANSLATE_NOOP("Actions", "Show the palette and move the keyboard focus to it"),
        "",
        "Ctrl+1",
    ),
    VIEW_FOCUS_PROPERTIES: (
        QT_TRANSLATE_NOOP("Actions", "Go to properties"),
        QT_TRANSLATE_NOOP("Actions", "Show the properties and move the keyboard focus to them"),
        "",
        "Ctrl+2",
    ),
    VIEW_FOCUS_DIAGNOSTICS: (
        QT_TRANSLATE_NOOP("Actions", "Go to diagnostics"),
        QT_TRANSLATE_NOOP("Actions", "Show the diagnostics and move the keyboard focus to them"),
        "",
        "Ctrl+3",
    ),
    VIEW_MINIMAP: (
        QT_TRANSLATE_NOOP("Actions", "&Minimap"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Show an overview of the whole drawing in a corner of the "
            "canvas; click or drag in it to move around",
        ),
        "",
        "Ctrl+Shift+M",
    ),
    SIMULATION_RUN: (
        QT_TRANSLATE_NOOP("Actions", "&Run simulation"),
        QT_TRANSLATE_NOOP("Actions", "Run the chosen scenario in the background"),
        "simulate",
        "Ctrl+R",
    ),
    HELP_GUIDE: (
        QT_TRANSLATE_NOOP("Actions", "&Getting started"),
        QT_TRANSLATE_NOOP(
            "Actions", "How to design, simulate, train and export, with every menu command and shortcut"
        ),
        "help",
        QKeySequence.StandardKey.HelpContents,
    ),
    HELP_ABOUT: (
        QT_TRANSLATE_NOOP("Actions", "&About Blueprint Studio"),
        QT_TRANSLATE_NOOP("Actions", "Version and credits"),
        "about",
        None,
    ),
}

# The canvas's own actions: their tooltips and icons (their texts come from canvas/).
CANVAS_TIPS: dict[str, tuple[str, str]] = {
    canvas_actions.DELETE: (
        QT_TRANSLATE_NOOP("Actions", "Delete the selection and its links"),
        "edit-delete",
    ),
    canvas_actions.SELECT_ALL: (QT_TRANSLATE_NOOP("Actions", "Select every node and link"), ""),
    canvas_actions.DUPLICATE: (QT_TRANSLATE_NOOP("Actions", "Duplicate the selected nodes"), ""),
    canvas_actions.RENAME: (QT_TRANSLATE_NOOP("Actions", "Rename the selected element on the canvas"), ""),
    canvas_actions.CONNECT_TO: (
        QT_TRANSLATE_NOOP("Actions", "Link the selected nodes to a node chosen by name"),
        "",
    ),
    canvas_actions.NEXT_LINK: (
        QT_TRANSLATE_NOOP("Actions", "Select the links leaving the selected node, one after the other"),
        "",
    ),
    canvas_actions.PREVIOUS_LINK: (
        QT_TRANSLATE_NOOP("Actions", "Select the links arriving at the selected node, one after the other"),
        "",
    ),
    canvas_actions.COPY: (QT_TRANSLATE_NOOP("Actions", "Copy the selected nodes"), "edit-copy"),
    canvas_actions.CUT: (QT_TRANSLATE_NOOP("Actions", "Cut the selected nodes"), "edit-cut"),
    canvas_actions.PASTE: (QT_TRANSLATE_NOOP("Actions", "Paste nodes from the clipboard"), "edit-paste"),
    canvas_actions.ZOOM_IN: (QT_TRANSLATE_NOOP("Actions", "Zoom in on the drawing"), "zoom-in"),
    canvas_actions.ZOOM_OUT: (QT_TRANSLATE_NOOP("Actions", "Zoom out of the drawing"), "zoom-out"),
    canvas_actions.ZOOM_RESET: (QT_TRANSLATE_NOOP("Actions", "Show the drawing at 100 %"), "zoom-original"),
    canvas_actions.ZOOM_FIT: (
        QT_TRANSLATE_NOOP("Actions", "Fit the whole drawing in the window"),
        "zoom-fit",
    ),
    canvas_actions.ADD_LANE: (QT_TRANSLATE_NOOP("Actions", "Add a swimlane at the bottom"), "lane-add"),
    canvas_actions.ADD_STAGE: (QT_TRANSLATE_NOOP("Actions", "Add a stage column at the right"), "stage-add"),
    canvas_actions.AUTO_LAYOUT: (
        QT_TRANSLATE_NOOP("Actions", "Place the nodes automatically along the flow"),
        "auto-layout",
    ),
    canvas_actions.STRAIGHT_EDGES: (QT_TRANSLATE_NOOP("Actions", "Draw links as straight lines"), ""),
    canvas_actions.SHOW_GRID: (QT_TRANSLATE_NOOP("Actions", "Show or hide the background grid"), ""),
    **{
        key: (QT_TRANSLATE_NOOP("Actions", "Line up the selected nodes"), "")
        for key in canvas_actions.ALIGN.values()
    },
    **{
        key: (QT_TRANSLATE_NOOP("Actions", "Space the selected nodes evenly"), "")
        for key in canvas_actions.DISTRIBUTE.values()
    },
}

FALLBACK_SHORTCUTS: dict[QKeySequence.StandardKey, str] = {
    # Platforms (or desktop themes) that bind nothing to these get the usual keys.
    QKeySequence.StandardKey.Preferences: "Ctrl+,",
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.SaveAs: "Ctrl+Shift+S",
    QKeySequence.StandardKey.Close: "Ctrl+W",
    QKeySequence.StandardKey.Redo: "Ctrl+Shift+Z",
    QKeySequence.StandardKey.HelpContents: "F1",
    QKeySequence.StandardKey.NextChild: "Ctrl+Tab",
    QKeySequence.StandardKey.PreviousChild: "Ctrl+Shift+Tab",
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def plain(text: str) -> str:
    """The text without its mnemonic ampersand or trailing ellipsis, for accessible names."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcuts_for(shortcut: Shortcut) -> list[QKeySequence]:
    if shortcut is None:
        return []
    if isinstance(shortcut, QKeySequence.StandardKey):
        keys = QKeySequence.keyBindings(shortcut)
        if not keys and shortcut in FALLBACK_SHORTCUTS:
            keys = [QKeySequence(FALLBACK_SHORTCUTS[shortcut])]
        return keys
    return [QKeySequence(shortcut)]


def describe(action: QAction, text: str, tip: str) -> None:
    """Text, tooltip (with its shortcut) and accessible name, all translated."""
    action.setText(text)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    action.setStatusTip(tip)
    action.setProperty("accessibleName", plain(text))
    action.setProperty("accessibleDescription", tip)


def make_action(parent: QObject, key: str, slot: Callable[[], None] | None = None) -> QAction:
    text, tip, icon_name, shortcut = SPECS[key]
    action = QAction(parent)
    action.setObjectName(key)
    if icon_name:
        action.setIcon(icon(icon_name))
    action.setShortcuts(shortcuts_for(shortcut))
    if slot is not None:
        action.triggered.connect(lambda *_: slot())
    describe(action, tr(text), tr(tip))
    return action


def retranslate(action: QAction) -> None:
    """Texts in the current language and icons in the current theme."""
    key = action.objectName()
    if key in SPECS:
        describe(action, tr(SPECS[key][0]), tr(SPECS[key][1]))
        if SPECS[key][2]:
            action.setIcon(icon(SPECS[key][2]))


def decorate_canvas_action(action: QAction, source_text: str) -> None:
    """Give a canvas action its tooltip, icon and accessible name (canvas/ sets only the text)."""
    tip, icon_name = CANVAS_TIPS.get(action.objectName(), ("", ""))
    if icon_name:
        action.setIcon(icon(icon_name))
    text = QCoreApplication.translate("Canvas", source_text)
    describe(action, text, tr(tip) if tip else plain(text))


def name_toolbar_buttons(toolbar: QToolBar) -> None:
    """Tool buttons take their action's accessible name, so screen readers say what they do."""
    for action in toolbar.actions():
        widget = toolbar.widgetForAction(action)
        if widget is not None and action.property("accessibleName"):
            widget.setAccessibleName(str(action.property("accessibleName")))
            widget.setAccessibleDescription(str(action.property("accessibleDescription") or ""))
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
