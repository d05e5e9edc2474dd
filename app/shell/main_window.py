"""`MainWindow`: tabs of documents around the canvas, docks (palette, properties, diagnostics),
status bar (zoom, selection, validation), drops of files, and the remembered window state.
Menus and toolbar come from menus.py; file handling from documents.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from blueprint_studio.app.files.autosave import RecoveryStore
from blueprint_studio.app.files.document_tab import DocumentTab, file_digest
from blueprint_studio.app.files.documents import DocumentController
from blueprint_studio.app.files.filewatch import FileWatcher
from blueprint_studio.app.files.recovery import Autosaver
from blueprint_studio.app.shell import menus
from blueprint_studio.app.shell.canvas_places import decorate_tab_actions
from blueprint_studio.app.shell.icons import app_icon, icon
from blueprint_studio.app.shell.screen_fit import bottom_dock_height
from blueprint_studio.app.shell.settings import Settings
from blueprint_studio.canvas.diagnostics import DEBOUNCE_MS
from blueprint_studio.canvas.palette import PaletteWidget
from blueprint_studio.model.diagnostics import Diagnostic
from blueprint_studio.model.fileformat import SUFFIX
from blueprint_studio.model.schema import Blueprint

if TYPE_CHECKING:
    from blueprint_studio.app.shell.start_page import StartPage

STATE_VERSION = 1
# Docks are the window's own children (addDockWidget): looking for them only there spares a walk
# over every widget of every dock and tab.
DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(
        self, settings: Settings | None = None, store: RecoveryStore | None = None, language: str = "en"
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowIcon(app_icon())
        self.settings = settings or Settings()
        self.language = language
        self.store = store or RecoveryStore()
        self.undo_group = QUndoGroup(self)
        self.tab_widget = QTabWidget(self)
        self.tab_widget.setObjectName("document_tabs")
        self.tab_widget.setDocumentMode(True)
        self.tab_widget.setTabsClosable(True)
        self.tab_widget.setMovable(True)
        self.tab_widget.tabCloseRequested.connect(lambda i: self.controller.close(self.tab_widget.widget(i)))
        self.tab_widget.currentChanged.connect(self._current_changed)
        self.central = QStackedWidget(self)
        self.central.setObjectName("central_stack")
        self.central.addWidget(self.tab_widget)
        self.setCentralWidget(self.central)
        self._start_page: StartPage | None = None  # built when first needed: see start_page
        self._docks_before_start: list[QDockWidget] | None = None  # hidden for the start page
        self._opening_at_start = False  # see checks_after_show
        self._closing = False  # closeEvent: no start page behind the last tab, the window is going
        self._unchecked: list[DocumentTab] = []  # opened then, validated once the window shows
        self.watcher = FileWatcher(self)
        self.controller = DocumentController(self)
        self.watcher.sig_changed.connect(self.controller.file_changed)
        self.autosaver = Autosaver(self.store, self.tabs, self.settings.autosave_ms, self)
        self.autosaver.sig_failed.connect(
            lambda reason: self.status_message(tr("Autosave failed: {reason}").format(reason=reason))
        )
        self._build_docks()
        self._build_status_bar()
        self.actions_by_id = menus.create_actions(self)
        menus.build_menus(self)
        self._build_workspaces()
        self.setAcceptDrops(True)
        self.retranslate()
        self.resize(1360, 860)

    # ------------------------------------------------------------ building
    def _build_docks(self) -> None:
        self.palette = PaletteWidget()
        self._palette_filled_now = True  # in the language just installed: retranslate keeps it once
        self.palette.sig_place_requested.connect(self._place_requested)
        self.palette.sig_insert_requested.connect(lambda kind: menus.insert_node(self, kind))
        self.properties_stack = QStackedWidget()
        self.properties_stack.setObjectName("properties_stack")
        self.diagnostics_stack = QStackedWidget()
        self.diagnostics_stack.setObjectName("diagnostics_stack")
        self.palette_dock = self._dock("dock_palette", self.palette, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.properties_dock = self._dock(
            "dock_properties", self.properties_stack, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.diagnostics_dock = self._dock(
            "dock_diagnostics", self.diagnostics_stack, Qt.DockWidgetArea.BottomDockWidgetArea
        )

    @property
    def start_page(self) -> StartPage:
        """The page shown instead of the tabs when none is open; built the first time it is
        needed, since at start a file or the help-desk template usually opens."""
        if self._start_page is None:
            self._start_page = self._build_start_page()
            self.central.addWidget(self._start_page)
        return self._start_page

    def _build_start_page(self) -> StartPage:
        from blueprint_studio.app.shell.start_page import StartPage  # with the page: not at start

        page = StartPage(self.language, self)
        page.sig_new_blank.connect(lambda: self.controller.new_blank())
        page.sig_template_chosen.connect(lambda name: self.controller.new_from_template(name))
        page.sig_open_requested.connect(lambda: self.controller.open_dialog())
        page.sig_recent_chosen.connect(lambda path: self.controller.open_path(path))
        page.sig_forget_recent.connect(self.forget_recent)
        page.sig_clear_recent.connect(lambda: menus.clear_recent(self))
        return page

    def _update_start_page(self) -> None:
        """The start page stands in for the tabs whenever none is open. The docks, empty without
        a blueprint, step aside for it once the window is on screen, and come back with a tab."""
        empty = not self.tabs()
        showing = self._start_page is not None and self.central.currentWidget() is self._start_page
        if empty and not showing and not self._closing:
            self.start_page.set_recent(self.settings.recent_files())
            self.central.setCurrentWidget(self.start_page)
            if self.isVisible():
                self._step_docks_aside()
            self.start_page.templates.setFocus()
        elif not empty and showing:
            self.central.setCurrentWidget(self.tab_widget)
            self._restore_docks()

    def _step_docks_aside(self) -> None:
        if self._docks_before_start is None:
            self._docks_before_start = [
                d for d in self.findChildren(QDockWidget, options=DIRECT) if not d.isHidden()
            ]
            for dock in self._docks_before_start:
                dock.hide()

    def _restore_docks(self) -> None:
        for dock in self._docks_before_start or []:
            dock.show()
        self._docks_before_start = None

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._update_start_page()
        if self.central.currentWidget() is self._start_page:
            self._step_docks_aside()
        if self._unchecked:
            QTimer.singleShot(DEBOUNCE_MS, self, self._run_checks_later)

    @contextmanager
    def checks_after_show(self) -> Iterator[None]:
        """Tabs opened in this block (those of the start) are validated, and compiled for the
        walkthrough, once the window is on screen, as after an edit (the diagnostics' debounce):
        the window shows sooner, and looks the same once they ran."""
        self._opening_at_start = True
        try:
            yield
        finally:
            self._opening_at_start = False
            if self.isVisible():
                self._run_checks_later()

    def _run_checks_later(self) -> None:
        unchecked, self._unchecked = self._unchecked, []
        for tab in unchecked:
            if tab in self.tabs():
                tab.overlay.run()
        if unchecked:
            self._training_follows()

    def _training_follows(self, *_: object) -> None:
        """The walkthrough follows the current tab (it compiles it), except for the tabs opened at
        start, which it follows once they are checked."""
        if not (self._opening_at_start or self._unchecked):
            self.training.editor_changed()

    def _build_workspaces(self) -> None:
        """Simulation (scenarios, runs, results, heat map, comparison, replay) and training
        (walkthrough, quiz, presenter mode, handout): each wires its own docks and actions."""
        from blueprint_studio.app.simulation.workspace import SimulationWorkspace
        from blueprint_studio.app.training.workspace import TrainingWorkspace

        def current_editor():
            tab = self.current_tab()
            return tab.editor if tab is not None else None

        self.simulation = SimulationWorkspace(self, current_editor)
        self.simulation.sig_show_diagnostics.connect(
            lambda _: (self.diagnostics_dock.show(), self.diagnostics_dock.raise_())
        )
        self.simulation.sig_status.connect(self.status_message)
        self.training = TrainingWorkspace(self, current_editor)
        self.training.populate(self.menus["menu_training"])
        self.tab_widget.currentChanged.connect(lambda _: self.simulation.editor_changed())
        self.tab_widget.currentChanged.connect(self._training_follows)
        # Their docks share the side and bottom areas as tabs, so the canvas keeps its room.
        sim = self.simulation
        for first, second in (
            (self.properties_dock, sim.panel),
            (sim.panel, sim.scenarios),
            (sim.scenarios, self.training.dock),
            (sim.scenarios, sim.targets),
            (self.diagnostics_dock, sim.results),
            (sim.results, sim.compare_dock),
            (sim.compare_dock, sim.replay),
            (sim.compare_dock, sim.staffing),
        ):
            self.tabifyDockWidget(first, second)
        sim.results.hide()  # shown, on top, when a run finishes, with room for its charts
        sim.results.visibilityChanged.connect(
            lambda visible: (
                visible
                and self.resizeDocks(
                    [sim.results], [bottom_dock_height(self.height())], Qt.Orientation.Vertical
                )
            )
        )
        self.properties_dock.raise_()
        self.diagnostics_dock.raise_()
        menus.gather_panels(self)
        from blueprint_studio.app.shell.dock_tabs import keep_titles_whole

        self.dock_tab_titles = keep_titles_whole(self)  # "Propriétés", not "Pro…", at 1366 px

    def _describe_workspace_actions(self) -> None:
        """Workspace actions get the accessible names and descriptions the shell's own have."""
        from blueprint_studio.app.shell.actions import plain

        toggles = []
        for dock in self.findChildren(QDockWidget, options=DIRECT):
            toggle = dock.toggleViewAction()
            if not toggle.objectName():
                toggle.setObjectName(f"toggle_{dock.objectName()}")
            toggle.setToolTip(tr("Show or hide {panel}").format(panel=dock.windowTitle()))
            toggles.append(toggle)
        workspaces = [w for w in (getattr(self, "simulation", None), getattr(self, "training", None)) if w]
        for action in [*toggles, *(a for w in workspaces for a in w.actions.values())]:
            if not action.toolTip() or action.toolTip() == plain(action.text()):
                action.setToolTip(action.statusTip() or plain(action.text()))
            action.setProperty("accessibleName", plain(action.text()))
            action.setProperty("accessibleDescription", action.toolTip())

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFocusProxy(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.validation_label = QLabel()
        self.selection_label = QLabel()
        self.zoom_label = QLabel()
        for name, label in (
            ("status_validation", self.validation_label),
            ("status_selection", self.selection_label),
            ("status_zoom", self.zoom_label),
        ):
            label.setObjectName(name)
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    def retranslate(self) -> None:
        self.palette_dock.setWindowTitle(tr("Palette"))
        self.properties_dock.setWindowTitle(tr("Properties"))
        self.diagnostics_dock.setWindowTitle(tr("Diagnostics"))
        for dock in (self.palette_dock, self.properties_dock, self.diagnostics_dock):
            dock.widget().setAccessibleName(dock.windowTitle())
        if self._palette_filled_now:  # the first call, from __init__: a second palette would be the same
            self._palette_filled_now = False
        else:
            self._rebuild_palette()
        menus.retranslate(self)
        for tab in self.tabs():
            decorate_tab_actions(tab)
        self._refresh_tab(self.current_tab())
        self._refresh_titles()
        if hasattr(self, "training"):
            self.training.retranslate()
        self._describe_workspace_actions()
        if self._start_page is not None:
            self._start_page.retranslate(self.language)

    def _rebuild_palette(self) -> None:
        """Kind names are translated when the palette fills: a new palette after a language change."""
        old = self.palette
        self.palette = PaletteWidget()
        self.palette.setAccessibleName(tr("Palette"))
        self.palette.sig_place_requested.connect(self._place_requested)
        self.palette.sig_insert_requested.connect(lambda kind: menus.insert_node(self, kind))
        self.palette_dock.setWidget(self.palette)
        self.palette_dock.setFocusProxy(self.palette)
        old.deleteLater()

    # ------------------------------------------------------------ tabs
    def tabs(self) -> list[DocumentTab]:
        return [self.tab_widget.widget(i) for i in range(self.tab_widget.count())]

    def current_tab(self) -> DocumentTab | None:
        widget = self.tab_widget.currentWidget()
        return widget if isinstance(widget, DocumentTab) else None

    def show_tab(self, tab: DocumentTab) -> None:
        self.tab_widget.setCurrentWidget(tab)

    def add_tab(self, blueprint: Blueprint, path: Path | None) -> DocumentTab:
        tab = DocumentTab(blueprint, path, self.tab_widget)
        tab.view.show_grid = self.settings.get("canvas/show_grid")
        self.undo_group.addStack(tab.undo_stack)
        self.properties_stack.addWidget(tab.properties)
        self.diagnostics_stack.addWidget(tab.diagnostics_panel)
        tab.sig_state_changed.connect(self._refresh_titles)
        tab.editor.sig_status.connect(lambda text: self.status_message(text))
        tab.editor.sig_selection_changed.connect(lambda ids, t=tab: self._selection_changed(t, ids))
        tab.view.sig_zoom_changed.connect(lambda zoom, t=tab: self._zoom_changed(t, zoom))
        tab.overlay.sig_diagnostics.connect(lambda found, t=tab: self._diagnostics_changed(t, found))
        decorate_tab_actions(tab)
        apply_canvas_settings(tab, self.settings)
        self.tab_widget.addTab(tab, tab.display_name())
        self._update_start_page()
        self.show_tab(tab)
        tab.view.setFocus()
        tab.view.fit()
        if self._opening_at_start:
            tab.overlay.timer.stop()  # not before the window is shown: _run_checks_later
            self._unchecked.append(tab)
        else:
            tab.overlay.run()
        return tab

    def open_recovered(self, blueprint: Blueprint, original: Path | None, title: str) -> DocumentTab:
        tab = self.add_tab(blueprint, original)
        tab.recovered = True
        if original is not None and original.exists():
            tab.disk_digest = file_digest(original)
            self.watcher.watch(original)
        tab.set_forced_dirty(True)
        return tab

    def remove_tab(self, tab: DocumentTab) -> None:
        self.undo_group.removeStack(tab.undo_stack)
        self.properties_stack.removeWidget(tab.properties)
        self.diagnostics_stack.removeWidget(tab.diagnostics_panel)
        self.tab_widget.removeTab(self.tab_widget.indexOf(tab))
        tab.dispose()
        tab.deleteLater()
        if not self.tabs():
            self._current_changed(-1)
        self._update_start_page()

    def _current_changed(self, _index: int) -> None:
        tab = self.current_tab()
        self.undo_group.setActiveStack(tab.undo_stack if tab else None)
        if tab is not None:
            self.properties_stack.setCurrentWidget(tab.properties)
            self.diagnostics_stack.setCurrentWidget(tab.diagnostics_panel)
        self._refresh_tab(tab)
        self._refresh_titles()

    def _refresh_tab(self, tab: DocumentTab | None) -> None:
        menus.refresh_canvas_actions(self, tab)
        if tab is None:
            for label in (self.validation_label, self.selection_label, self.zoom_label):
                label.clear()
            return
        self._selection_changed(tab, tab.editor.scene.selected_ids())
        self._zoom_changed(tab, tab.view.zoom())
        self._diagnostics_changed(tab, tab.overlay.diagnostics)

    def _refresh_titles(self) -> None:
        for i, tab in enumerate(self.tabs()):
            mark = " *" if tab.modified else ""
            self.tab_widget.setTabText(i, tab.display_name() + mark)
            self.tab_widget.setTabToolTip(i, str(tab.path) if tab.path else tr("Not saved yet"))
            self.tab_widget.setTabIcon(i, icon("about") if tab.changed_on_disk else icon(""))
        tab = self.current_tab()
        name = tab.display_name() if tab else ""
        self.setWindowTitle(
            tr("{name}[*] — Blueprint Studio").format(name=name) if tab else "Blueprint Studio"
        )
        self.setWindowModified(bool(tab and tab.modified))

    # ------------------------------------------------------------ status bar
    def status_message(self, text: str, timeout: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout)

    def _selection_changed(self, tab: DocumentTab, ids: list[str]) -> None:
        if tab is self.current_tab():
            from blueprint_studio.app.shell.i18n import plural

            one, many = tr("{n} element selected"), tr("{n} elements selected")
            self.selection_label.setText(
                plural(len(ids), one, many).format(n=len(ids)) if ids else tr("Nothing selected")
            )

    def _zoom_changed(self, tab: DocumentTab, zoom: float) -> None:
        if tab is self.current_tab():
            self.zoom_label.setText(tr("Zoom {percent} %").format(percent=round(zoom * 100)))

    def _diagnostics_changed(self, tab: DocumentTab, found: list[Diagnostic]) -> None:
        if tab is not self.current_tab():
            return
        if tab.overlay.revision < 0:  # not validated yet (at start: just after the window shows)
            self.validation_label.clear()
            return
        errors = sum(d.is_error for d in found)
        warnings = len(found) - errors
        if not found:
            text = tr("No problems")
        else:
            from blueprint_studio.app.shell.i18n import language
            from blueprint_studio.model.words import counted

            lang = language()  # the counts' words come from the one catalogue (model/words.py)
            text = f"{counted('error', errors, lang)}, {counted('warning', warnings, lang)}"
        self.validation_label.setText(text)
        self.validation_label.setStyleSheet("color: #c62828;" if errors else "")

    def _place_requested(self, kind: str) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.editor.arm_placement(kind)
            tab.view.setFocus()

    # ------------------------------------------------------------ files
    def current_folder(self) -> Path:
        tab = self.current_tab()
        if tab is not None and tab.path is not None:
            return tab.path.parent
        recent = self.settings.recent_files()
        return Path(recent[0]).parent if recent else Path.home()

    def remember_recent(self, path: Path) -> None:
        self.settings.add_recent(str(path))
        menus.fill_recent(self)

    def forget_recent(self, path: str) -> None:
        self.settings.remove_recent(path)
        menus.fill_recent(self)

    def recent_files_changed(self, recent: list[str]) -> None:
        """The start page lists them too, once it exists (menus.fill_recent calls this)."""
        if self._start_page is not None:
            self._start_page.set_recent(recent)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if _dropped_files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if _dropped_files(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = _dropped_files(event)
        if not files:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        for path in files:
            self.controller.open_path(path)

    # ------------------------------------------------------------ state
    def restore_state(self) -> None:
        from blueprint_studio.app.shell import screen_fit

        geometry = self.settings.store.value("window/geometry")
        state = self.settings.store.value("window/state")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.setGeometry(screen_fit.first_run_rect(screen_fit.available_rect(self)))
        if not (isinstance(state, QByteArray) and self.restoreState(state, STATE_VERSION)):
            self.resizeDocks([self.palette_dock, self.properties_dock], [220, 340], Qt.Orientation.Horizontal)
            self.resizeDocks(
                [self.diagnostics_dock],
                [screen_fit.bottom_dock_height(self.height(), 150)],
                Qt.Orientation.Vertical,
            )
        size = self.settings.store.value("window/size")
        if isinstance(size, QSize) and size.isValid() and not self.isMaximized():
            self.resize(size)  # restoring the docks may have grown the window
        if not (self.isMaximized() or self.isFullScreen()):
            # Saved on a larger (or now detached) screen: pull it back whole onto this one.
            self.setGeometry(
                screen_fit.clamped_rect(
                    self.geometry(),
                    screen_fit.available_rect(self),
                    screen_fit.frame_of(self),
                    self.minimumSizeHint(),
                )
            )
        screen_fit.keep_canvas_room_when_shown(self)  # docks saved taller than this window allows

    def restore_tabs(self) -> int:
        opened = 0
        for path in self.settings.paths("session/open_files"):
            if Path(path).exists() and self.controller.open_path(path, quiet=True) is not None:
                opened += 1
        return opened

    def save_state(self) -> None:
        store = self.settings.store
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/size", self.size())
        store.setValue("window/state", self.saveState(STATE_VERSION))
        store.setValue("session/open_files", [str(t.path) for t in self.tabs() if t.path is not None])
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._restore_docks()  # the layout saved is the one the user gave the docks
        self.save_state()
        self._closing = True
        try:
            closed = self.controller.close_all()
        finally:
            self._closing = False
        if not closed:  # a tab stayed open (its changes kept): no start page needed either
            event.ignore()
            return
        self.autosaver.timer.stop()
        self.simulation.shutdown()
        self.store.release()
        event.accept()

    def apply_settings(self) -> None:
        """Take new preferences into account at once: language, theme, autosave, grid."""
        from blueprint_studio.app.shell import i18n
        from blueprint_studio.app.shell.settings import apply_theme

        self.language = i18n.install(self.settings.language)
        apply_theme(QApplication.instance(), self.settings.theme)
        self.autosaver.set_interval(self.settings.autosave_ms)
        for tab in self.tabs():
            apply_canvas_settings(tab, self.settings)
        self.retranslate()


def apply_canvas_settings(tab: DocumentTab, settings: Settings) -> None:
    """Grid size and snapping reach the canvas where it offers a hook (`grid_size`, `snap`)."""
    for target, attribute, key in (
        (tab.view, "grid_size", "canvas/grid_size"),
        (tab.editor, "snap_enabled", "canvas/snap"),
        (tab.view, "show_minimap", "canvas/show_minimap"),
    ):
        if hasattr(target, attribute):
            setattr(target, attribute, settings.get(key))
    tab.view.viewport().update()


def _dropped_files(event) -> list[Path]:
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in data.urls()
        if url.isLocalFile() and url.toLocalFile().endswith((SUFFIX, ".json", ".bpmn"))  # .bpmn: imported
    ]
