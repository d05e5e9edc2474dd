"""The template gallery: one card per bundled template with a picture of its canvas (the real
scene rendered to a QImage), its title and description. It only chooses; documents.py opens.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListView, QListWidget,
                               QListWidgetItem, QVBoxLayout, QWidget)

import resources
from canvas.scene import BlueprintScene
from model.document import Document
from model.fileformat import LoadError, load
from model.schema import Blueprint

THUMBNAIL = QSize(300, 190)


def tr(text: str) -> str:
    return QCoreApplication.translate("TemplateGallery", text)


def thumbnail(blueprint: Blueprint, size: QSize = THUMBNAIL, ratio: float = 2.0) -> QImage:
    """The blueprint as the canvas draws it, fitted into `size` (sharp at `ratio` x)."""
    image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    scene = BlueprintScene(Document(blueprint))
    try:
        source = scene.itemsBoundingRect().adjusted(-10, -10, 10, 10)
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(0, 0, size.width(), size.height()), source,
                     Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
    finally:
        scene.close()
        scene.clear()
    return image


class TemplateGallery(QDialog):
    """Pick a template; `chosen()` is its name after accept()."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_gallery")
        self.setWindowTitle(tr("New from Template"))
        self.language = language
        layout = QVBoxLayout(self)
        label = QLabel(tr("Choose a template to start from:"))
        layout.addWidget(label)
        self.list = QListWidget(self)
        self.list.setObjectName("template_list")
        self.list.setAccessibleName(tr("Templates"))
        label.setBuddy(self.list)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMBNAIL)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSpacing(10)
        self.list.setGridSize(QSize(THUMBNAIL.width() + 30, THUMBNAIL.height() + 70))
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()
        self.resize(3 * (THUMBNAIL.width() + 40) + 40, 2 * (THUMBNAIL.height() + 80) + 90)

    def _fill(self) -> None:
        for name in resources.template_names():
            try:
                path = resources.template_path(name, self.language)
            except KeyError:
                path = resources.template_path(name, "en")
            try:
                blueprint = load(path)
            except LoadError:
                continue
            item = QListWidgetItem(QIcon(QPixmap.fromImage(thumbnail(blueprint))), blueprint.meta.title or name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(blueprint.meta.description or blueprint.meta.title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, blueprint.meta.title or name)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
