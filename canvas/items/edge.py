"""`EdgeItem`: a flow or association edge along a route the scene gives it, with its arrowhead,
its label (title, then condition, probability or "default") and, when selected, end handles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QStyleOptionGraphicsItem, QWidget

from blueprint_studio.canvas import theme
from blueprint_studio.canvas.items.node import NodeItem
from blueprint_studio.canvas.items.shapes import arrow_head
from blueprint_studio.canvas.items.text import ELLIPSIS, pixel_font, text_px, word_ellipsis
from blueprint_studio.canvas.routing import painter_path, points_of, to_points, to_qrect
from blueprint_studio.model import approval_words, geometry, labels, words
from blueprint_studio.model.geometry import Rect
from blueprint_studio.model.schema import Blueprint
from blueprint_studio.model.style import CORNER_RADIUS, FONT_FAMILY

END_HANDLE = 5.0
UNDER_NODES, OVER_NODES = 5.0, 11.0  # node items sit at 10
LABEL_MIN_PX = 8.0  # below this size on the device, the label gives way to its badge
BADGE_MAX_PX = 64.0  # the widest a badge's text gets on screen
LABEL_WIDTH = 180.0  # scene units: a caption's part wraps there, on two lines at most
_fonts: dict[str, tuple[QFont, QFontMetricsF]] = {}


def label_font() -> tuple[QFont, QFontMetricsF]:
    if "label" not in _fonts:
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(7.5)
        _fonts["label"] = (font, QFontMetricsF(font))
    return _fonts["label"]


def label_italic() -> QFont:
    """The label font in italics, for the rule under the label."""
    if "italic" not in _fonts:
        font = QFont(label_font()[0])
        font.setItalic(True)
        _fonts["italic"] = (font, QFontMetricsF(font))
    return _fonts["italic"][0]


def language() -> str:
    """The window's language (app.shell.i18n sets the default locale with the translators)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def caption_lines(edge: Any, fields: Iterable[Any] = (), lang: str | None = None) -> labels.Caption:
    """What the edge says: its label, then its choice rule in words ("Priority: P1 or P2"), each
    wrapped to two lines of `LABEL_WIDTH` (`model.labels`, as on paper); the whole sentence is the
    tooltip. In `lang`, the language of the document (the drawing says the document's words)."""
    lang = lang or language()
    rule = words.rule_caption(edge, lang, words.caption_labels(fields, lang))
    return labels.caption_lines(
        [edge.label, *rule.split("\n")], label_font()[1].horizontalAdvance, LABEL_WIDTH
    )


def tooltip(edge: Any, fields: Iterable[Any] = (), lang: str | None = None, blueprint: Any = None) -> str:
    """The label, the choice rule in a sentence, and the approval the link needs in words: who
    approves, in how long on average, the share rejected and where they go (as on paper)."""
    lang = lang or language()
    sentence = words.rule_sentence(edge, lang, words.caption_labels(fields, lang))
    approval = ""
    if getattr(edge, "approval", None) is not None:
        approval = approval_words.approval_sentence(edge, blueprint or Blueprint(), lang)
    return "\n".join(p for p in (edge.label, sentence, approval) if p)


FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable


def _nothing(region: Any) -> list[Any]:
    return []


def label_readable(lod: float, dpi: float) -> bool:
    """Whether the full label is at least `LABEL_MIN_PX` tall at the level of detail `lod`."""
    return text_px(label_font()[0], lod, dpi) >= LABEL_MIN_PX


class LabelBadge(QGraphicsItem):
    """The label's short form at low zoom: its first line in a rounded box, `LABEL_MIN_PX` tall on
    screen whatever the zoom. It ignores the view's scale, so its rectangle (in screen pixels) is
    the label's at 100 % and the scene's bounds stay those of the labels; it draws only in a view
    (exports render the full labels) and is never hit (empty shape).

    It is in the scene only while a view shows the overview (`EdgeItem.show_badge`): an item that
    ignores the view's scale is tested at every repaint whatever the zoom, and 6,000 of them made a
    repaint at 100 % five times slower."""

    def __init__(self, edge: EdgeItem) -> None:
        super().__init__()
        self.edge = edge
        self.text = ""
        self._rect = QRectF()
        self._shown: tuple[float, str | None] | None = None  # (zoom, shown_text) of the last paint
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_label(self, text: str, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._shown = None
        self.text = text
        self._rect = QRectF(-rect.width() / 2, -rect.height() / 2, rect.width(), rect.height())
        self.setPos(rect.center())

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def badge_box(self, text: str) -> QRectF:
        """The rounded box around `text`, in screen pixels around the label's centre."""
        _, metrics = pixel_font(round(LABEL_MIN_PX))
        width = metrics.horizontalAdvance(text) + 6
        return QRectF(-width / 2, -metrics.height() / 2 - 2, width, metrics.height() + 4)

    def covers_a_node(self, box: QRectF, zoom: float) -> bool:
        """Whether `box` (screen pixels) would cover part of a node at the view's `zoom`."""
        scene = self.scene()
        if scene is None or zoom <= 0:
            return False
        centre = self.scenePos()
        area = QRectF(
            centre.x() + box.left() / zoom,
            centre.y() + box.top() / zoom,
            box.width() / zoom,
            box.height() / zoom,
        )
        obstacles = getattr(scene, "obstacles", None)
        if obstacles is not None:  # the scene's index of node rectangles: a few buckets, not every badge
            return bool(obstacles.near(Rect(area.x(), area.y(), area.width(), area.height())))
        return any(isinstance(item, NodeItem) and item.isVisible() for item in scene.items(area))

    def short_text(self) -> str:
        """The first words of the first line, cut with "…" at a word boundary when more follows."""
        _, metrics = pixel_font(round(LABEL_MIN_PX))
        first, _, rest = self.text.partition("\n")
        room = min(BADGE_MAX_PX, self._rect.width() - 6)
        if not rest and metrics.horizontalAdvance(first) <= room:
            return first
        return word_ellipsis(first, room, metrics)

    def shown_text(self, zoom: float) -> str | None:
        """What the badge shows at the view's `zoom`: `short_text`, else only its first word when
        that alone clears the nodes; None when even that would cover part of a node (a node's
        title matters more than the label's first words)."""
        text = self.short_text()
        first, more = text.split(" ")[0], " " in text.strip()
        for candidate in (text, first + ELLIPSIS if more and not first.endswith(ELLIPSIS) else first):
            if not self.covers_a_node(self.badge_box(candidate), zoom):
                return candidate
        return None

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if widget is None or not self.text:
            return  # an export: the edge draws the full label
        view = widget.parentWidget()
        if not isinstance(view, QGraphicsView):
            return
        zoom = view.transform().m11()
        if label_readable(zoom, widget.logicalDpiY()):
            return  # the edge draws the full label
        if self._shown is None or self._shown[0] != zoom:  # scene queries once per zoom, not per paint
            self._shown = (zoom, self.shown_text(zoom))  # (a node moved under it shows at next zoom)
        text = self._shown[1]
        if text is None:
            return
        box = self.badge_box(text)
        colours = theme.of_item(self)
        font, _ = pixel_font(round(LABEL_MIN_PX))
        painter.setPen(QPen(QColor(colours.label_border), 0.8))
        fill = QColor(colours.surface)
        fill.setAlpha(235)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(box, 3, 3)
        painter.setFont(font)
        label = bool(self.edge.element.label)
        painter.setPen(QColor(colours.ink if label else colours.muted))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)


class EdgeItem(QGraphicsItem):
    # Until first set, each item reads these (a large drawing's build makes thousands of items:
    # one assignment less each counts). Each is replaced, never changed in place.
    _drawn: QPainterPath | None = None  # the rounded route, made when first drawn or hit (`_path`)
    _path_bounds = QRectF()
    _route: list[tuple[float, float]] = []  # the points as model coordinates
    _points: list[QPointF] | None = None  # the same as Qt points, made when first asked (`points`)
    _shape: QPainterPath | None = None
    _bounds = QRectF()
    _text = ""
    _caption = labels.Caption((), False)
    _label_size = (0.0, 0.0)
    _label_rect = QRectF()
    _leader: tuple[tuple[float, float], tuple[float, float]] | None = None  # (box, edge)
    # The scene's nodes near a region and its placed labels, which the label keeps clear of.
    _nodes: labels.Near = staticmethod(_nothing)
    _labels: labels.Boxes | None = None
    _wanted: labels.Boxes | None = None
    _lines: labels.Lines | None = None
    _badge: LabelBadge | None = None  # made when first needed (the overview)
    label_later = False  # while a scene builds: its labels are placed in one pass after
    lines_later = False  # while a scene builds: its lines go to `_lines` in one pass after
    label_free = True  # the label found a place clear of every node and other label

    def __init__(self, edge: Any, blueprint: Callable[[], Any] | None = None, caption: bool = True) -> None:
        """`caption` False: what the label says is read later (`read_caption`), before the label
        is placed (a large drawing's build, which places its labels from the event loop)."""
        super().__init__()
        self._blueprint = blueprint  # the document: its fields' labels and language, for the caption
        self.edge_id: str = edge.id
        self.element: Any = edge
        self.setFlags(FLAGS)
        self.setZValue(UNDER_NODES)
        if caption:
            self.set_element(edge)

    def set_element(self, edge: Any) -> None:
        self.element = edge
        self.read_caption()
        if self._route:
            self._follow(self._route, self._points)
        self.update()

    def read_caption(self) -> None:
        """What the label says (wrapped, and its box's size) and the tooltip, from the element and
        the document's fields and language; the label keeps its place until placed again."""
        edge = self.element
        bp = self._blueprint() if self._blueprint else None
        fields, lang = (bp.fields, bp.meta.language) if bp is not None else ((), None)
        self._caption = caption_lines(edge, fields, lang)
        self._text = self._caption.text
        metrics = label_font()[1]
        self._label_size = labels.box_size(self._caption.lines, metrics.horizontalAdvance, metrics.height())
        self.setToolTip(tooltip(edge, fields, lang, bp))

    @property
    def _path(self) -> QPainterPath:
        """The route with rounded corners as a painter path, made when first drawn or hit-tested:
        most of a large drawing's routes are replaced (settled) before they ever show."""
        if self._drawn is None:
            route = self._route
            ops = geometry.rounded_route(route, CORNER_RADIUS) if route else []
            self._drawn = painter_path(ops) if ops else QPainterPath()
        return self._drawn

    @property
    def points(self) -> list[QPointF]:
        """The route as Qt points."""
        if self._points is None:
            self._points = to_points(self._route)
        return self._points

    def keep_clear_of(
        self,
        nodes: labels.Near,
        placed: labels.Boxes,
        wanted: labels.Boxes,
        lines: labels.Lines | None = None,
    ) -> None:
        """The label keeps clear of the nodes `nodes` finds and of the other labels in `placed`,
        where it puts its own place (by edge id) as it moves; in `wanted`, around the better
        places it had to give up (`model.labels.Placed.wanted`); and, when it can, of the other
        edges' `lines`, where it puts its own route."""
        self._nodes, self._labels, self._wanted, self._lines = nodes, placed, wanted, lines

    def set_route(self, points: Sequence[QPointF] | Sequence[tuple[float, float]]) -> None:
        """Follow `points`, Qt points or the router's model points (no round trip through Qt
        points then), the label placed along them (`place_label`)."""
        if points and isinstance(points[0], QPointF):
            self._follow(points_of(points), list(points))  # type: ignore[arg-type]
        else:
            self._follow(list(points), None)  # type: ignore[arg-type]

    def _follow(self, route: list[tuple[float, float]], points: list[QPointF] | None) -> None:
        """`points`: the route as Qt points, when the caller has them (else made when asked)."""
        self.prepareGeometryChange()
        self._points = points
        self._drawn = None
        self._route = route
        # The rounded path stays inside its corner points' box (rounding cuts corners inwards).
        xs, ys = [p[0] for p in route], [p[1] for p in route]
        left, top = min(xs, default=0.0), min(ys, default=0.0)
        width, height = max(xs, default=0.0) - left, max(ys, default=0.0) - top
        self._path_bounds = QRectF(left - 10, top - 10, width + 20, height + 20)
        if self._lines is not None and not self.lines_later:  # a scene's build puts them once
            self._lines.put(self.edge_id, self._route)
        self._place_label()

    def place_label(self) -> None:
        """Places the label along the route where it covers no node and no other label
        (`model.labels.place`, as on paper); when no place is free, where it covers least,
        drawn over the nodes so that it stays readable."""
        self.prepareGeometryChange()
        self._place_label()

    def _place_label(self) -> None:
        self._shape = None
        bounds = self._path_bounds
        if self.label_later:  # the scene places every label once the routes are settled
            self._bounds = bounds
            return
        boxes = self._labels
        if boxes is not None:
            boxes.remove(self.edge_id)
        if self._text and self._route:
            near = boxes.near if boxes is not None else _nothing
            others = self._lines.besides(self.edge_id) if self._lines is not None else None
            placed = labels.place(self._route, self._label_size, self._nodes, near, None, others)
            if boxes is not None:
                boxes.place(self.edge_id, placed.rect)
            self._want(placed.wanted)
            self.label_free = placed.overlap == 0
            self._label_rect = to_qrect(placed.rect)
            self._leader = labels.leader(self._route, placed.rect)
            bounds = bounds.united(self._label_rect)
            covered = placed.overlap > 0 and any(
                labels.area(placed.rect, r) > 0 for r in self._nodes(placed.rect)
            )
            z = OVER_NODES if covered else UNDER_NODES
            if self.zValue() != z:
                self.setZValue(z)
        else:
            self._label_rect = QRectF()
            self._leader = None
            self._want(None)
        if self._badge is not None:
            self._badge.set_label(self._text, self._label_rect)
        self.show_badge(bool(getattr(self.scene(), "overview", False)))
        self._bounds = bounds

    def _want(self, region: Any) -> None:
        if self._wanted is not None:
            if region is None:
                self._wanted.remove(self.edge_id)
            else:
                self._wanted.place(self.edge_id, region)

    @property
    def badge(self) -> LabelBadge:
        """The label's short form for the overview; made on first use, then kept in step."""
        if self._badge is None:
            self._badge = LabelBadge(self)
            self._badge.set_label(self._text, self._label_rect)
        return self._badge

    def show_badge(self, shown: bool) -> None:
        """Put the label's badge in the scene (a view shows the overview) or take it out."""
        if self._badge is None and not (shown and self._text):
            return  # no badge made for an edge without a label, nor to hide one never shown
        shown = shown and bool(self.badge.text)
        if shown and self.badge.parentItem() is None:
            self.badge.setParentItem(self)
        elif not shown and self.badge.parentItem() is not None:
            self.badge.setParentItem(None)  # type: ignore[arg-type]  # Qt takes nullptr; the stub says not
            if self.badge.scene() is not None:
                self.badge.scene().removeItem(self.badge)

    def label_rect(self) -> QRectF:
        """Where the label sits in scene coordinates (null without a label)."""
        return QRectF(self._label_rect)

    def end_at(self, scene_pos: QPointF) -> str | None:
        """ "source" or "target" when `scene_pos` is on one of the end handles of a selected edge."""
        if not self.isSelected() or not self.points:
            return None
        for name, point in (("target", self.points[-1]), ("source", self.points[0])):
            if (point - scene_pos).manhattanLength() <= 2.5 * END_HANDLE:
                return name
        return None

    # ------------------------------------------------------------ QGraphicsItem
    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(9)
            self._shape = stroker.createStroke(self._path)
            if not self._label_rect.isNull():
                self._shape.addRect(self._label_rect)
        return self._shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.points:
            return
        colours = theme.of_item(self)
        style = colours.edge(self.element.kind)
        selected = self.isSelected()
        pen = QPen(
            QColor(colours.selection if selected else style.stroke), style.width + (1 if selected else 0)
        )
        if style.dash:
            pen.setDashPattern(list(style.dash))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        if style.arrow and len(self.points) >= 2:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(pen.color()))
            painter.drawPolygon(arrow_head(self.points[-1], self.points[-2]))
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        dpi = painter.device().logicalDpiY() if painter.device() else 96.0
        # Exports (no widget) draw the labels as they always did; a view shows badges at low zoom.
        if self._text and lod >= 0.45 and (widget is None or label_readable(lod, dpi)):
            self._paint_label(painter, colours)
        if selected:
            painter.setPen(QPen(QColor(colours.selection), 1.2))
            painter.setBrush(QBrush(QColor(colours.surface)))
            for point in (self.points[0], self.points[-1]):
                painter.drawEllipse(point, END_HANDLE, END_HANDLE)

    def _paint_label(self, painter: QPainter, colours: theme.CanvasColours) -> None:
        font, _ = label_font()
        if self._leader is not None:  # a label standing away from its edge points at it
            leader = QPen(QColor(colours.muted), 0.8)
            leader.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(leader)
            painter.drawLine(QPointF(*self._leader[0]), QPointF(*self._leader[1]))
        painter.setPen(QPen(QColor(colours.label_border), 0.6))
        fill = QColor(colours.surface)
        fill.setAlpha(235)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(self._label_rect, 4, 4)
        italic = label_italic()
        height = label_font()[1].height()
        box = self._label_rect.adjusted(labels.PAD_X, labels.PAD_Y, -labels.PAD_X, -labels.PAD_Y)
        # Never clipped: the rule's italics may reach a little past the advance it was measured by.
        centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextDontClip
        )
        for number, part in enumerate(self._caption.parts):
            rule = number > 0 or not self.element.label  # the label in ink, its rule in italics
            painter.setFont(italic if rule else font)
            painter.setPen(QColor(colours.muted if rule else colours.ink))
            for line in part:
                painter.drawText(QRectF(box.left(), box.top(), box.width(), height), centre, line)
                box.setTop(box.top() + height)
