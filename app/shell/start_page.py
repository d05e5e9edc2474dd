"""`StartPage`: what the window shows while no blueprint is open: New blank blueprint, the
template gallery, Open… and the recent files (missing ones shown as such). It only asks
(signals); the main window's DocumentController opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.app.shell.gallery import ChoiceList, TemplateChooser
from blueprint_studio.app.shell.icons import app_icon, icon

PATH_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("StartPage", text)


class DoubleClickGuard(QObject):
    """Swallows the second click of a double click for a moment after a single click opened a
    document: without it, that click would land on the new canvas (and rename a node)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.clock = QElapsedTimer()

    def arm(self) -> None:
        self.clock.start()
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.clock.elapsed() > QApplication.doubleClickInterval():
            QApplication.instance().removeEventFilter(self)
            return False
        return event.type() == QEvent.Type.MouseButtonDblClick


def heading(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return label


class StartPage(QScrollArea):
    sig_new_blank = Signal()
    sig_template_chosen = Signal(str)
    sig_open_requested = Signal()
    sig_recent_chosen = Signal(str)
    sig_forget_recent = Signal(str)
    sig_clear_recent = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_page")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.guard = DoubleClickGuard(self)
        body = QWidget(self)
        body.setObjectName("start_page_body")
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.setSpacing(14)
        outer.addLayout(self._title_row(body))
        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addWidget(self._start_column(body), 0)
        columns.addLayout(self._template_column(body), 1)
        outer.addLayout(columns, 1)
        self._paths: list[str] = []
        self.retranslate(language)

    # ------------------------------------------------------------ building
    def _title_row(self, body: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        logo = QLabel(body)
        logo.setPixmap(app_icon().pixmap(48, 48))
        row.addWidget(logo)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = QLabel("Blueprint Studio", body)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(body)
        self.subtitle.setWordWrap(True)
        texts.addWidget(self.title)
        texts.addWidget(self.subtitle)
        row.addLayout(texts, 1)
        return row

    def _start_column(self, body: QWidget) -> QWidget:
        column = QWidget(body)
        column.setMinimumWidth(280)
        column.setMaximumWidth(360)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        self.start_heading = heading(column)
        layout.addWidget(self.start_heading)
        self.new_button = QCommandLinkButton(column)
        self.new_button.setObjectName("start_new_blank")
        self.new_button.setIcon(icon("document-new"))
        self.new_button.clicked.connect(lambda: self._chosen(self.sig_new_blank.emit))
        self.open_button = QCommandLinkButton(column)
        self.open_button.setObjectName("start_open")
        self.open_button.setIcon(icon("document-open"))
        self.open_button.clicked.connect(self.sig_open_requested.emit)
        layout.addWidget(self.new_button)
        layout.addWidget(self.open_button)
        layout.addSpacing(12)
        self.recent_heading = heading(column)
        layout.addWidget(self.recent_heading)
        self.recent = ChoiceList(single_click=True, parent=column)
        self.recent.setObjectName("start_recent")
        self.recent.setCursor(Qt.CursorShape.PointingHandCursor)
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent.setIconSize(QSize(20, 20))
        self.recent.setSpacing(2)
        self.recent.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recent.customContextMenuRequested.connect(self._recent_menu)
        self.recent.sig_chosen.connect(self._recent_chosen)
        self.recent.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.recent.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.recent.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the page scrolls
        self.recent.setFrameShape(QFrame.Shape.NoFrame)
        self.recent.setBackgroundRole(QPalette.ColorRole.Window)  # links on the page, not a box
        self.recent.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.recent_heading.setBuddy(self.recent)
        layout.addWidget(self.recent)
        self.no_recent = QLabel(column)
        self.no_recent.setObjectName("start_no_recent")
        self.no_recent.setWordWrap(True)
        self.no_recent.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.no_recent)
        self.clear_button = QPushButton(column)
        self.clear_button.setObjectName("start_clear_recent")
        self.clear_button.setFlat(True)
        self.clear_button.clicked.connect(self.sig_clear_recent.emit)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.forget_action = QAction(self.recent)
        self.forget_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.forget_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.forget_action.triggered.connect(self._forget_current)
        self.recent.addAction(self.forget_action)
        return column

    def _template_column(self, body: QWidget) -> QVBoxLayout:
        layout = QVBoxLayout()
        layout.setSpacing(6)  # not the 32 px between the columns it would inherit
        self.template_heading = heading(body)
        layout.addWidget(self.template_heading)
        self.templates = TemplateChooser("en", single_click=True, parent=body)
        self.templates.setObjectName("start_templates")
        self.templates.setCursor(Qt.CursorShape.PointingHandCursor)
        self.templates.setMinimumHeight(250)
        self.templates.sig_template_chosen.connect(self._template_chosen)
        self.template_heading.setBuddy(self.templates)
        layout.addWidget(self.templates, 1)
        return layout

    # ------------------------------------------------------------ texts and content
    def retranslate(self, language: str) -> None:
        self.subtitle.setText(
            tr(
                "Draw your help-desk service, check it, simulate it, teach it and "
                "publish it. Choose how to start:"
            )
        )
        self.start_heading.setText(tr("Start"))
        new_keys = QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
        open_keys = QKeySequence(QKeySequence.StandardKey.Open).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.new_button.setText(tr("New blank blueprint"))
        self.new_button.setDescription(tr("An empty canvas ({keys})").format(keys=new_keys))
        self.open_button.setText(tr("Open…"))
        self.open_button.setDescription(
            tr("A blueprint file on this computer ({keys})").format(keys=open_keys)
        )
        self.recent_heading.setText(tr("&Recent files"))
        self.template_heading.setText(tr("From a &template"))
        self.no_recent.setText(tr("Files you open or save appear here."))
        self.clear_button.setText(tr("Clear the list"))
        self.forget_action.setText(tr("Remove from the list"))
        self.templates.fill(language)
        self.set_recent(self._paths)

    def set_recent(self, paths: list[str]) -> None:
        """Show `paths`, newest first; a file that is no longer there is greyed and says so."""
        self._paths = list(paths)
        self.recent.clear()
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for path in paths:
            file = Path(path)
            exists = file.exists()
            name = file.name.removesuffix(".blueprint.json") or file.name
            line = name if exists else tr("{name} (not found)").format(name=name)
            item = QListWidgetItem(icon("template" if exists else "about"), f"{line}\n{file.parent}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(
                path
                if exists
                else tr(
                    "{path}\nThis file is no longer there. Press Delete to remove it from the list."
                ).format(path=path)
            )
            item.setData(Qt.ItemDataRole.AccessibleTextRole, line)
            if not exists:
                item.setForeground(QColor(muted))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.clear_button.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)

    def missing(self) -> list[str]:
        return [p for p in self._paths if not Path(p).exists()]

    # ------------------------------------------------------------ choices
    def _chosen(self, emit) -> None:
        self.guard.arm()
        emit()

    def _template_chosen(self, name: str) -> None:
        if name:
            self._chosen(lambda: self.sig_template_chosen.emit(name))
        else:
            self._chosen(self.sig_new_blank.emit)

    def _recent_chosen(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        self._chosen(lambda: self.sig_recent_chosen.emit(path))

    def _forget_current(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self.sig_forget_recent.emit(item.data(PATH_ROLE))

    def _recent_menu(self, pos) -> None:
        item = self.recent.itemAt(pos)
        if item is None:
            return
        self.recent.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.forget_action)
        menu.exec(self.recent.viewport().mapToGlobal(pos))
