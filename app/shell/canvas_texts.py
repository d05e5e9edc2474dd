"""English source texts that canvas/ translates in the "Canvas" context through wrappers that
Qt's lupdate cannot see (action texts, node and lane kind names); listed here so they reach the
.ts files, and so the shell can re-translate the canvas actions when the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from blueprint_studio.canvas import actions as ca

ACTION_TEXTS: dict[str, str] = {
    ca.UNDO: QT_TRANSLATE_NOOP("Canvas", "Undo"),
    ca.REDO: QT_TRANSLATE_NOOP("Canvas", "Redo"),
    ca.DELETE: QT_TRANSLATE_NOOP("Canvas", "Delete"),
    ca.SELECT_ALL: QT_TRANSLATE_NOOP("Canvas", "Select all"),
    ca.DUPLICATE: QT_TRANSLATE_NOOP("Canvas", "Duplicate"),
    ca.RENAME: QT_TRANSLATE_NOOP("Canvas", "Rename"),
    ca.CONNECT_TO: QT_TRANSLATE_NOOP("Canvas", "Connect to…"),
    ca.NEXT_LINK: QT_TRANSLATE_NOOP("Canvas", "Select outgoing link"),
    ca.PREVIOUS_LINK: QT_TRANSLATE_NOOP("Canvas", "Select incoming link"),
    ca.COPY: QT_TRANSLATE_NOOP("Canvas", "Copy"),
    ca.CUT: QT_TRANSLATE_NOOP("Canvas", "Cut"),
    ca.PASTE: QT_TRANSLATE_NOOP("Canvas", "Paste"),
    ca.ZOOM_IN: QT_TRANSLATE_NOOP("Canvas", "Zoom in"),
    ca.ZOOM_OUT: QT_TRANSLATE_NOOP("Canvas", "Zoom out"),
    ca.ZOOM_RESET: QT_TRANSLATE_NOOP("Canvas", "Actual size"),
    ca.ZOOM_FIT: QT_TRANSLATE_NOOP("Canvas", "Fit drawing"),
    ca.ADD_LANE: QT_TRANSLATE_NOOP("Canvas", "Add lane"),
    ca.ADD_STAGE: QT_TRANSLATE_NOOP("Canvas", "Add stage"),
    ca.AUTO_LAYOUT: QT_TRANSLATE_NOOP("Canvas", "Arrange automatically"),
    ca.ALIGN["left"]: QT_TRANSLATE_NOOP("Canvas", "Align left"),
    ca.ALIGN["center"]: QT_TRANSLATE_NOOP("Canvas", "Align centres"),
    ca.ALIGN["right"]: QT_TRANSLATE_NOOP("Canvas", "Align right"),
    ca.ALIGN["top"]: QT_TRANSLATE_NOOP("Canvas", "Align top"),
    ca.ALIGN["middle"]: QT_TRANSLATE_NOOP("Canvas", "Align middles"),
    ca.ALIGN["bottom"]: QT_TRANSLATE_NOOP("Canvas", "Align bottom"),
    ca.DISTRIBUTE["horizontal"]: QT_TRANSLATE_NOOP("Canvas", "Distribute horizontally"),
    ca.DISTRIBUTE["vertical"]: QT_TRANSLATE_NOOP("Canvas", "Distribute vertically"),
    ca.STRAIGHT_EDGES: QT_TRANSLATE_NOOP("Canvas", "Straight edges"),
    ca.SHOW_GRID: QT_TRANSLATE_NOOP("Canvas", "Show grid"),
}

NODE_KIND_NAMES = (
    QT_TRANSLATE_NOOP("Canvas", "Intake"),
    QT_TRANSLATE_NOOP("Canvas", "Step"),
    QT_TRANSLATE_NOOP("Canvas", "Decision"),
    QT_TRANSLATE_NOOP("Canvas", "Wait for customer"),
    QT_TRANSLATE_NOOP("Canvas", "Satisfaction survey"),
    QT_TRANSLATE_NOOP("Canvas", "Roadmap"),
    QT_TRANSLATE_NOOP("Canvas", "End"),
    QT_TRANSLATE_NOOP("Canvas", "Evidence"),
    QT_TRANSLATE_NOOP("Canvas", "Note"),
    # canvas/items/node.py PERFORMER_NAMES: a step's tooltip when no agent does it
    QT_TRANSLATE_NOOP("Canvas", "Automated step"),
    QT_TRANSLATE_NOOP("Canvas", "Self-service step"),
)
LANE_KIND_NAMES = (
    QT_TRANSLATE_NOOP("Canvas", "Customer actions"),
    QT_TRANSLATE_NOOP("Canvas", "Frontstage"),
    QT_TRANSLATE_NOOP("Canvas", "Backstage"),
    QT_TRANSLATE_NOOP("Canvas", "Support processes"),
    QT_TRANSLATE_NOOP("Canvas", "Physical evidence"),
    QT_TRANSLATE_NOOP("Canvas", "Lane"),
)
