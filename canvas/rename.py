"""`RenameInteraction`: edit a node, lane or stage title (or an edge label) in place.

Enter or a click elsewhere commits one command; Escape cancels. The text field is a temporary
scene item, not part of the document.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsSceneMouseEvent, QGraphicsTextItem

from blueprint_studio.canvas import commands
from blueprint_studio.canvas.editor_host import EditorHost
from blueprint_studio.canvas.interactions import Interaction
from blueprint_studio.model.style import SELECTION


class InlineTextEditor(QGraphicsTextItem):
    def __init__(self, text: str, rect: QRectF, on_done: Callable[[bool], None]) -> None:
        super().__init__()
        self.on_done = on_done
        self.setPlainText(text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setTextWidth(max(rect.width(), 80))
        self.setPos(rect.topLeft())
        self.setZValue(200)
        self._closed = False

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(QPen(QColor(SELECTION), 1.5))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawRect(self.boundingRect())
        super().paint(painter, option, widget)

    def close(self, commit: bool) -> None:
        if not self._closed:
            self._closed = True
            self.on_done(commit)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.close(True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.close(False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.close(True)


class RenameInteraction(Interaction):
    def __init__(self, editor: EditorHost, key: str) -> None:
        super().__init__(editor, QPointF())
        self.key = key
        element = self.document.element(key)
        self.field = "label" if self.document.find(key, "edges") else "title"
        self.old = getattr(element, self.field)
        self.text_item = InlineTextEditor(self.old, self._rect(), self._done)
        self.scene.addItem(self.text_item)
        self.text_item.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.text_item.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.text_item.setTextCursor(cursor)

    def _rect(self) -> QRectF:
        item = self.scene.item_of(self.key)
        if hasattr(item, "header_rect"):
            rect = item.mapRectToScene(item.header_rect())
            return QRectF(rect.left() + 8, rect.top() + 4, rect.width() - 16, 24)
        if hasattr(item, "scene_rect"):
            rect = item.scene_rect()
            return QRectF(rect.left(), rect.center().y() - 12, rect.width(), 24)
        anchor = item.boundingRect().center() if item is not None else QPointF()
        return QRectF(anchor.x() - 60, anchor.y() - 12, 120, 24)

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        """Clicks in the text edit it; a click elsewhere commits first."""
        if self.text_item.sceneBoundingRect().contains(event.scenePos()):
            return False
        self.text_item.close(True)
        return False

    def _done(self, commit: bool) -> None:
        text = self.text_item.toPlainText().strip()
        self.cleanup()
        self.editor.end_interaction(self)
        if commit and text != self.old:
            self.editor.submit(
                lambda: commands.update_element(
                    self.document, self.key, commands.tr("Rename"), **{self.field: text}
                )
            )

    def cancel(self) -> None:
        self.text_item.close(False)

    def cleanup(self) -> None:
        if self.text_item.scene() is not None:
            self.scene.removeItem(self.text_item)
        self.editor.view.setFocus()
