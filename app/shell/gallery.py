"""The template gallery: a "Blank blueprint" card and one card per bundled template, each with a
crisp picture of its drawing, its name and a one-line description in the window's language.
`TemplateChooser` is shared by the start page and the dialog; it only chooses, documents.py opens.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio import resources
from blueprint_studio.canvas.items.shapes import outline
from blueprint_studio.canvas.scene import BlueprintScene
from blueprint_studio.model.document import Document
from blueprint_studio.model.fileformat import LoadError, load
from blueprint_studio.model.schema import Blueprint
from blueprint_studio.model.style import CANVAS, MUTED, lane_style, node_style

BLANK = ""  # the name `chosen()` gives for the blank blueprint
THUMBNAIL = QSize(232, 138)
CARD = QSize(264, 248)
NAME_ROLE = Qt.ItemDataRole.UserRole
BLURB_ROLE = Qt.ItemDataRole.UserRole + 1
IMAGE_ROLE = Qt.ItemDataRole.UserRole + 2
# One line per template for the gallery (the templates' own descriptions are paragraphs).
BLURBS = {
    "helpdesk_flow": QT_TRANSLATE_NOOP(
        "TemplateGallery", "Support and feature requests, known issues, two support levels"
    ),
    "service_blueprint": QT_TRANSLATE_NOOP(
        "TemplateGallery", "A support request across the five lanes of a service blueprint"
    ),
    "tiered_support": QT_TRANSLATE_NOOP(
        "TemplateGallery", "Levels 0 to 4, priorities P1–P4, SLAs and shifts"
    ),
    "ticket_states": QT_TRANSLATE_NOOP(
        "TemplateGallery", "Ticket statuses with before, during and after conditions"
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("TemplateGallery", text)


@dataclass(frozen=True)
class TemplateChoice:
    name: str  # BLANK for the blank blueprint
    title: str
    blurb: str
    image: QImage


# ---------------------------------------------------------------- pictures
def thumbnail(blueprint: Blueprint, size: QSize = THUMBNAIL, ratio: float = 2.0) -> QImage:
    """A schematic of the drawing fitted into `size`: lanes, nodes and links drawn with pens of a
    fixed width on screen, so that a large drawing stays crisp instead of fading to grey."""
    image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor(CANVAS))
    scene = BlueprintScene(Document(blueprint))
    try:
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing)
        _paint_schematic(painter, scene, QRectF(0, 0, size.width(), size.height()))
        painter.end()
    finally:
        scene.close()
        scene.clear()
    return image


def _paint_schematic(painter: QPainter, scene: BlueprintScene, target: QRectF) -> None:
    nodes = [item.scene_rect() for item in scene.nodes.values()]
    source = QRectF()
    for rect in nodes:
        source = source.united(rect)
    if source.isEmpty():
        return
    source.adjust(-20, -20, 20, 20)
    scale = min(target.width() / source.width(), target.height() / source.height())
    offset = QPointF(
        target.center().x() - source.center().x() * scale, target.center().y() - source.center().y() * scale
    )

    def to_target(rect: QRectF) -> QRectF:
        return QRectF(
            rect.x() * scale + offset.x(),
            rect.y() * scale + offset.y(),
            rect.width() * scale,
            rect.height() * scale,
        )

    for lane in scene.lanes.values():
        band = to_target(lane.sceneBoundingRect())
        band = QRectF(target.left(), band.top(), target.width(), band.height())
        style = lane_style(lane.element.kind)
        painter.fillRect(band, QColor(style.header))
        painter.fillRect(QRectF(band.left(), band.top(), 3, band.height()), QColor(style.accent))
        painter.setPen(QPen(QColor("#b0bec5"), 0.8))
        painter.drawLine(band.bottomLeft(), band.bottomRight())
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(MUTED), 1.1))
    for edge in scene.edges.values():
        points = [edge.mapToScene(p) for p in getattr(edge, "points", [])]
        if len(points) > 1:
            painter.drawPolyline(
                [QPointF(p.x() * scale + offset.x(), p.y() * scale + offset.y()) for p in points]
            )
    for item in scene.nodes.values():
        style = node_style(item.element.kind)
        rect = to_target(item.scene_rect())
        if rect.height() < 7:  # small drawings keep readable shapes
            rect = rect.adjusted(0, (rect.height() - 7) / 2, 0, -(rect.height() - 7) / 2)
        stroke = QColor(style.stroke)
        fill = QColor(stroke)
        fill.setAlpha(60)
        if style.shape == "rounded":  # the canvas's corner radius would make small boxes ovals
            shape = QPainterPath()
            shape.addRoundedRect(rect, min(3.0, rect.height() / 3), min(3.0, rect.height() / 3))
        else:
            shape = outline(style.shape, rect)
        painter.setBrush(QBrush(QColor(style.fill)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPath(shape)
        painter.setBrush(QBrush(fill))
        pen = QPen(stroke, 1.3)
        if style.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawPath(shape)


def blank_image(size: QSize = THUMBNAIL, ratio: float = 2.0) -> QImage:
    """The blank card's picture: an empty sheet with a plus sign."""
    image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor(CANVAS))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing)
    centre = QPointF(size.width() / 2, size.height() / 2)
    painter.setPen(QPen(QColor("#90a4ae"), 1.4, Qt.PenStyle.DashLine))
    painter.drawRoundedRect(QRectF(centre.x() - 60, centre.y() - 40, 120, 80), 8, 8)
    plus = QPen(QColor("#1565c0"), 3)
    plus.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(plus)
    painter.drawLine(centre + QPointF(-14, 0), centre + QPointF(14, 0))
    painter.drawLine(centre + QPointF(0, -14), centre + QPointF(0, 14))
    painter.end()
    return image


_images: dict[tuple[str, str], QImage] = {}


def template_choices(language: str) -> list[TemplateChoice]:
    """The blank blueprint, then every bundled template readable in `language` (or English)."""
    found = [
        TemplateChoice(
            BLANK,
            tr("Blank blueprint"),
            tr("An empty canvas: draw your own flow"),
            _images.setdefault((BLANK, ""), blank_image()),
        )
    ]
    for name in resources.template_names():
        path = resources.template_path(name, language, fallback="en")
        try:
            blueprint = load(path)
        except LoadError:
            continue
        key = (name, language)
        if key not in _images:
            _images[key] = thumbnail(blueprint)
        blurb = tr(BLURBS[name]) if name in BLURBS else first_sentence(blueprint.meta.description)
        found.append(TemplateChoice(name, blueprint.meta.title or name, blurb, _images[key]))
    return found


def first_sentence(text: str) -> str:
    head = text.split(". ")[0].split(": ")[0].strip()
    return head if len(head) <= 90 else head[:88].rstrip() + "…"


# ---------------------------------------------------------------- the chooser
class CardDelegate(QStyledItemDelegate):
    """A card: the picture, the name in bold and the description below, elided to two lines."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        return CARD

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        palette = option.palette
        card = QRectF(option.rect).adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        background = palette.color(QPalette.ColorRole.Base)
        if selected or hover:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(45 if selected else 22)
            painter.setBrush(background)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(card, 8, 8)
            background = tint
        border = (
            palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid)
        )
        painter.setPen(QPen(border, 2.0 if selected else 1.0))
        painter.setBrush(background)
        painter.drawRoundedRect(card, 8, 8)
        image: QImage = index.data(IMAGE_ROLE)
        picture = QRectF(
            card.left() + (card.width() - THUMBNAIL.width()) / 2,
            card.top() + 8,
            THUMBNAIL.width(),
            THUMBNAIL.height(),
        )
        if image is not None:
            painter.drawImage(picture, image)
            painter.setPen(QPen(QColor("#cfd8dc"), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(picture)
        text_colour = palette.color(QPalette.ColorRole.Text)
        name_font = QFont(option.font)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(text_colour)
        wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        width = int(card.width() - 20)
        name = _lines(painter, index.data(Qt.ItemDataRole.DisplayRole), width, 2)
        name_box = painter.boundingRect(
            QRect(int(card.left() + 10), int(picture.bottom() + 7), width, 100), wrap, name
        )
        painter.drawText(name_box, wrap, name)
        painter.setFont(option.font)
        blurb_colour = QColor(text_colour)
        blurb_colour.setAlpha(190)
        painter.setPen(blurb_colour)
        blurb_box = QRect(
            name_box.left(), name_box.bottom() + 3, width, int(card.bottom() - name_box.bottom() - 8)
        )
        room = max(1, blurb_box.height() // painter.fontMetrics().lineSpacing())
        painter.drawText(blurb_box, wrap, _lines(painter, index.data(BLURB_ROLE), width, min(2, room)))
        if option.state & QStyle.StateFlag.State_HasFocus and selected:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(3, 3, -3, -3), 6, 6)
        painter.restore()


def _lines(painter: QPainter, text: str, width: int, lines: int) -> str:
    """`text` cut with an ellipsis so that it wraps to `lines` lines at most."""
    metrics = painter.fontMetrics()
    flags = int(Qt.TextFlag.TextWordWrap)
    limit = lines * metrics.lineSpacing() + 1
    if metrics.boundingRect(QRect(0, 0, width, 1000), flags, text).height() <= limit:
        return text
    words = text.split()
    while (
        words
        and metrics.boundingRect(QRect(0, 0, width, 1000), flags, " ".join(words) + "…").height() > limit
    ):
        words.pop()
    return " ".join(words) + "…"


class ChoiceList(QListWidget):
    """A list whose items are chosen by Enter and by the mouse: one click when `single_click`
    (links on the start page), a double click otherwise (the dialog, where a click selects)."""

    sig_chosen = Signal(QListWidgetItem)

    def __init__(self, single_click: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.single_click = single_click
        self.setMouseTracking(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.sig_chosen.emit(self.currentItem())
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        item = self.itemAt(event.position().toPoint())
        super().mouseReleaseEvent(event)
        if self.single_click and item is not None and event.button() == Qt.MouseButton.LeftButton:
            self.sig_chosen.emit(item)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        item = self.itemAt(event.position().toPoint())
        if not self.single_click and item is not None and event.button() == Qt.MouseButton.LeftButton:
            self.sig_chosen.emit(item)
            return
        event.accept()


class TemplateChooser(ChoiceList):
    """The cards in a grid that wraps with the width; arrows move, Enter chooses."""

    sig_template_chosen = Signal(str)  # a template name, or BLANK

    def __init__(self, language: str, single_click: bool, parent: QWidget | None = None) -> None:
        super().__init__(single_click, parent)
        self.setObjectName("template_list")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setGridSize(QSize(CARD.width() + 8, CARD.height() + 8))
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.sig_chosen.connect(lambda item: self.sig_template_chosen.emit(item.data(NAME_ROLE)))
        self.fill(language)

    def fill(self, language: str) -> None:
        current = self.chosen()
        self.clear()
        self.setAccessibleName(tr("Templates"))
        for choice in template_choices(language):
            item = QListWidgetItem(choice.title)
            item.setData(NAME_ROLE, choice.name)
            item.setData(BLURB_ROLE, choice.blurb)
            item.setData(IMAGE_ROLE, choice.image)
            item.setToolTip(f"{choice.title}\n{choice.blurb}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, choice.title)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, choice.blurb)
            self.addItem(item)
            if choice.name == current:
                self.setCurrentItem(item)
        if self.currentItem() is None and self.count():
            self.setCurrentRow(0)

    def names(self) -> list[str]:
        return [self.item(i).data(NAME_ROLE) for i in range(self.count())]

    def chosen(self) -> str | None:
        item = self.currentItem()
        return item.data(NAME_ROLE) if item else None


class TemplateGallery(QDialog):
    """Pick the blank blueprint or a template; `chosen()` is its name (BLANK) after accept()."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_gallery")
        self.setWindowTitle(tr("New from template"))
        self.language = language
        layout = QVBoxLayout(self)
        label = QLabel(tr("Choose how to start (arrow keys to move, Enter to open):"))
        layout.addWidget(label)
        self.list = TemplateChooser(language, single_click=False, parent=self)
        self.list.setFrameShape(QListWidget.Shape.StyledPanel)
        self.list.setCurrentRow(1 if self.list.count() > 1 else 0)  # the first template
        label.setBuddy(self.list)
        self.list.sig_template_chosen.connect(lambda _: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        columns = 3
        self.resize(columns * (CARD.width() + 8) + 60, 2 * (CARD.height() + 8) + 110)
        self.list.setFocus()

    def chosen(self) -> str | None:
        return self.list.chosen()
