"""Help: the getting-started guide (design, simulate, train, export) with the menu names and
shortcuts read from the window's own actions, so that it stays true; and the About box.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.app.shell.canvas_places import canvas_menu_path, decorate_tab_actions
from blueprint_studio.app.shell.icons import app_icon
from blueprint_studio.app.shell.kpi_words import kpi_label, kpi_note
from blueprint_studio.model import __version__

if TYPE_CHECKING:
    from blueprint_studio.app.shell.main_window import MainWindow

SEPARATOR = " › "


def tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def _label(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


class CommandIndex:
    """Where each command sits in the menus (its path of menu titles) and its shortcut. The
    canvas's commands are read from the current tab, or from a blank canvas when none is open."""

    def __init__(self, window: MainWindow) -> None:
        self.found: dict[str, tuple[list[str], QAction]] = {}
        self.menu_order = [_label(top.text()) for top in window.menuBar().actions()]
        for top in window.menuBar().actions():
            if top.menu() is not None:
                self._walk(top.menu(), [_label(top.text())])
        self._add_canvas(window)

    def _walk(self, menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            if action.isSeparator() or action.objectName().startswith("file_recent_"):
                continue
            if action.menu() is not None:
                self._walk(action.menu(), [*path, _label(action.text())])
            elif action.objectName() and action.objectName() not in self.found:
                self.found[action.objectName()] = (path, action)

    def _add_canvas(self, window: MainWindow) -> None:
        tab = window.current_tab()
        if tab is not None:
            actions, temporary = tab.editor.actions, None
        else:
            from blueprint_studio.canvas.editor import CanvasEditor
            from blueprint_studio.model.document import Document
            from blueprint_studio.model.schema import Blueprint

            temporary = CanvasEditor(Document(Blueprint()))
            actions = temporary.actions
            decorate_tab_actions(temporary)
        for key, action in actions.items():
            where = canvas_menu_path(key)
            if key not in self.found and where:
                # A blank canvas lends its actions' words and keys; it goes away at once.
                self.found[key] = (
                    [_label(window.menus[m].title()) for m in where],
                    action if temporary is None else _Snapshot(action),
                )
        if temporary is not None:
            temporary.view.deleteLater()
            temporary.deleteLater()

    def name(self, key: str) -> str:
        path, action = self.found[key]
        return SEPARATOR.join([*path, _label(action.text())])

    def keys(self, key: str) -> str:
        return self.found[key][1].shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def ref(self, key: str) -> str:
        """ "<b>Simulation › Run simulation</b> (Ctrl+R)", or the bare name when it has no key."""
        if key not in self.found:
            return ""
        keys = self.keys(key)
        return f"<b>{escape(self.name(key))}</b>" + (f" ({escape(keys)})" if keys else "")

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(command, keys) for every command with a shortcut, in the order of the menu bar."""
        keyed = [k for k in self.found if self.keys(k)]
        keyed.sort(key=lambda k: self.menu_order.index(self.found[k][0][0]))
        return [(self.name(k), self.keys(k)) for k in keyed]


class _Snapshot:
    """Text and shortcut of an action whose owner is about to be deleted."""

    def __init__(self, action) -> None:
        self._text = action.text()
        self._shortcut = QKeySequence(action.shortcut())

    def text(self) -> str:
        return self._text

    def shortcut(self) -> QKeySequence:
        return self._shortcut


def _assignment_names() -> dict[str, str]:
    """The assignment rules' names as the Pools tab's list shows them (canvas/settings/pools_tab.py)."""
    from blueprint_studio.canvas.settings.pools_tab import ASSIGNMENTS

    return {
        key: escape(QCoreApplication.translate("PoolsTab", ASSIGNMENTS[key]))
        for key in ("next_free", "fewest_owned", "skills_first", "round_robin")
    }


def _topic(c: CommandIndex, title: str, text: str, **commands: str) -> tuple[str, str]:
    """A guide topic: `text` with each {name} replaced by the menu path of command `commands[name]`."""
    return title, text.format(**{name: c.ref(command) for name, command in commands.items()})


def guide_sections(c: CommandIndex) -> list[tuple[str, list[tuple[str, str]]]]:
    """(job, [(topic, paragraph)]) in the order a new user needs them."""
    design = [
        _topic(
            c,
            tr("Start"),
            tr(
                "With no blueprint open, the start page offers a blank blueprint, the templates, "
                "Open… and your recent files. From the menus: {new}, {template} or {open}."
            ),
            new="file_new",
            template="file_new_from_template",
            open="file_open",
        ),
        _topic(
            c,
            tr("Draw"),
            tr(
                "Drag a node from the Palette onto the canvas, or pick its kind in the Insert menu: "
                "it is placed next to the selected node and linked to it. {connect} links the "
                "selection to a node chosen by name; you can also drag from the small circle on "
                "a node's side to another node. {lane} adds a swimlane: customer, frontstage, "
                "backstage and support lanes, in that order, give the lines of interaction, "
                "visibility and internal interaction. {rename} renames the selection; durations, "
                "pools, SLAs and branch conditions are edited in the Properties panel ({properties})."
            ),
            connect="canvas_connect_to",
            lane="canvas_add_lane",
            rename="canvas_rename",
            properties="view_focus_properties",
        ),
        _topic(
            c,
            tr("Fields, pools, calendars and SLAs"),
            tr(
                "{settings} holds what is not drawn: the document (title, language, currency), the "
                "ticket fields with their values, their words in French and English and their shares "
                "at arrival, the pools of agents with their shifts painted on a weekly grid, the "
                "calendars with opening hours and public holidays, and the SLA policies. A condition "
                "is built from pick lists (field, operator, values) beside its text, there and in "
                "the Properties panel; an intake may have its own shares of a field's values."
            ),
            settings="edit_blueprint_settings",
        ),
        _topic(
            c,
            tr("Escalation ladders"),
            tr(
                "An SLA policy (in {settings}) and a step's time limit (in the Properties panel) can "
                "have an escalation ladder: a warning at a share of the target, then at the breach a "
                "role notified, the ticket's priority raised, and the ticket re-assigned to another "
                "pool or step. A ticket already with an agent stays with them, goes once the current "
                "piece of work is done, or is taken off at once. The simulation counts each ladder's "
                "warnings, breaches, notifications and re-assignments; in the walkthrough the SLA "
                "clock turns amber at the warning and red at the breach."
            ),
            settings="edit_blueprint_settings",
        ),
        (
            tr("Approvals and transfers"),
            tr(
                "A link can need an approval, as in Zoho Blueprint: select it and tick Needs approval "
                "in the Properties panel, then say who approves (a role), how long the answer takes "
                "and the share rejected. A ticket taking the link waits for the answer without "
                "holding an agent; approved, it goes on along the link and its actions run; rejected, "
                "it goes back to the step it comes from to be done again, or to the node you choose "
                "under Rejected tickets go to, and the link's actions do not run. A re-assignment "
                "to another pool (an action) can give its reason: the simulation counts the "
                "transfers per reason, and the approvals asked, granted and rejected with their mean "
                "time. In the walkthrough the link offers both answers, so the trainer can take "
                "either."
            ),
        ),
        (
            tr("Named agents and the leaderboard"),
            tr(
                "In {settings}, the Pools tab lists a pool's Named agents: each with a name, skills "
                "separated by commas and a speed (2 takes half a step's time, 0.5 twice as long); the "
                "first ones listed are on shift when the shifts put fewer agents on duty. The pool's "
                "Assignment says which agent takes a ticket: “{next_free}”; “{fewest_owned}”, the one "
                "owning fewest open tickets (the workload is the tickets owned, not the time busy); "
                "“{skills_first}”, an agent with the skill the step needs (its Required skill in the "
                "Properties panel), then any agent of the pool once the ticket has waited the Skill "
                "fallback time; “{round_robin}”, each in turn. With “A ticket coming back goes to its "
                "owner” ticked, a re-opened ticket or a customer's reply goes back to the agent who "
                "first worked it while that agent is on shift; otherwise the rule applies. After a "
                "run, the Agents tab of the Simulation results panel is the leaderboard: tickets "
                "resolved, first-contact resolution, satisfaction, SLA met, utilisation and time on "
                "duplicates per agent, sorted by a click on a column's header; {leaderboard} shows it "
                "in large type for the class, and {report} prints it in the PDF report."
            ).format(
                settings=c.ref("edit_blueprint_settings"),
                leaderboard=c.ref("training_leaderboard"),
                report=c.ref("simulation_export_report"),
                **_assignment_names(),
            ),
        ),
        _topic(
            c,
            tr("Check"),
            tr(
                "The Diagnostics panel ({diagnostics}) lists every problem: an unreachable step, a "
                "dead end, a decision without a default branch. Click one to jump to the element "
                "at fault; the canvas marks it with a badge. Errors must be fixed before a "
                "simulation; warnings need not be."
            ),
            diagnostics="view_focus_diagnostics",
        ),
        _topic(
            c,
            tr("Save"),
            tr(
                "{save} writes the file safely (the previous version is kept as .bak); {save_as} "
                "saves it under another name. Unsaved work is copied aside every minute: after a "
                "crash, Blueprint Studio offers it back the next time it starts."
            ),
            save="file_save",
            save_as="file_save_as",
        ),
    ]
    simulate = [
        _topic(
            c,
            tr("Run"),
            tr(
                "Choose a scenario in the Simulation panel (horizon, warm-up, arrivals, staffing, "
                "replications) and run it with {run}; {cancel} stops it. The Simulation results panel "
                "shows resolution times, SLA breaches, waits and utilisation with their confidence "
                "intervals, and the canvas colours each step by its queue wait."
            ),
            run="simulation_run",
            cancel="simulation_cancel",
        ),
        _topic(
            c,
            tr("Compare and replay"),
            tr(
                "{compare} runs two scenarios and shows the differences; {watch} "
                "replays tickets moving through the flow. {results}, {log} and "
                "{report} save the figures, the event log (CSV or XES) and a PDF "
                "report."
            ),
            compare="simulation_compare",
            watch="simulation_watch",
            results="simulation_export",
            log="simulation_export_log",
            report="simulation_export_report",
        ),
        _topic(
            c,
            tr("Find the staffing"),
            tr(
                "{targets} says what the help desk must meet: per SLA policy the share of tickets "
                "allowed to breach it, the queue wait, utilisation and abandonment. {staffing} "
                "simulates variations of a scenario (arrival multipliers, agents per pool), or "
                "searches the cheapest number of agents that meets every target, with confidence "
                "intervals; any plan opens as a scenario, and the PDF report adds the recommendation. "
                "A Dask scheduler address in {preferences} runs them on other machines."
            ),
            targets="simulation_targets",
            staffing="simulation_staffing",
            preferences="file_preferences",
        ),
        (
            tr("Self-service and automation"),
            tr(
                "In a step's properties, “Done by” says who does it: an agent of its pool, the "
                "system (automation: no queue, no agent, no cost) or the customer (self-service). "
                "When the blueprint has such steps, the results show the deflection rate."
            )
            + " "
            + kpi_note("deflection_rate"),
        ),
        (
            tr("Follow-ups and duplicates"),
            tr(
                "In an intake's properties, “Follow-up contacts” says how many customers write "
                "again while their ticket is open, when and through which channel; a step's "
                "“Merge rule” (usually triage) says how many follow-ups are recognised and merged "
                "into the open ticket, at the cost of a detection time. The others become duplicate "
                "tickets, worked, then merged. The results then show contacts per ticket, the "
                "duplicate tickets and the agent time spent on them."
            )
            + " "
            + kpi_note("duplicate_rate"),
        ),
        (
            tr("What the figures mean"),
            " ".join(
                tr("{label}: {note}").format(label=kpi_label(key), note=kpi_note(key))
                for key in (
                    "fcr_rate",
                    "sla_resolution_breach_rate",
                    "resolution_elapsed_mean",
                    "resolution_sla_mean",
                    "time_in_system_mean",
                    "queue_wait_mean",
                    "in_system_mean",
                )
            ),
        ),
    ]
    train = [
        _topic(
            c,
            tr("Walkthrough"),
            tr(
                "{start} steps a sample ticket through the blueprint: the current step is "
                "highlighted with its instructions, template response and mandatory fields, "
                "and at each decision the trainee picks the branch. {quiz} scores the "
                "trainee's choices; {presenter} enlarges everything for a projector; {end} "
                "stops."
            ),
            start="training_start",
            quiz="training_quiz",
            presenter="training_presenter",
            end="training_end",
        ),
        _topic(
            c,
            tr("Handout"),
            tr(
                "{handout} prints each ticket card's path as numbered steps, as a PDF to hand "
                "out to the class."
            ),
            handout="training_handout",
        ),
    ]
    export = [
        _topic(
            c,
            tr("PDF, SVG and PNG"),
            tr(
                "{export} produces a vector PDF of the blueprint (title block, legend, "
                "lanes and lines; A4 or A3, portrait or landscape, fitted on one page or "
                "tiled), with the simulation report if you wish, or an SVG drawing or a "
                "PNG image. The default paper size is set in {preferences}."
            ),
            export="file_export",
            preferences="file_preferences",
        ),
        _topic(
            c,
            tr("BPMN processes"),
            tr(
                "{import_bpmn} opens a BPMN 2.0 process (from Camunda, Signavio, Bizagi…) with its "
                "BPSim simulation data as a new blueprint: check the kind of each lane first, then "
                "read in the Diagnostics panel what the import guessed or changed. {export_bpmn} "
                "writes the blueprint as BPMN 2.0 for other tools."
            ),
            import_bpmn="file_import_bpmn",
            export_bpmn="file_export_bpmn",
        ),
        (
            tr("Without the window"),
            tr(
                "The same jobs run from a terminal: <tt>blueprint-studio validate</tt>, "
                "<tt>simulate</tt> and <tt>export</tt> (see <tt>blueprint-studio "
                "--help</tt>)."
            ),
        ),
    ]
    keyboard = [
        _topic(
            c,
            tr("Moving around"),
            tr(
                "Arrow keys nudge the selection (Shift: one grid step); Tab and Shift+Tab "
                "walk along the flow. {palette}, {properties} and {diagnostics} go to the "
                "panels; {canvas} comes back to the canvas."
            ),
            palette="view_focus_palette",
            properties="view_focus_properties",
            diagnostics="view_focus_diagnostics",
            canvas="view_focus_canvas",
        ),
    ]
    return [
        (tr("Design a blueprint"), design),
        (tr("Simulate it"), simulate),
        (tr("Train new agents"), train),
        (tr("Export and share"), export),
        (tr("Keyboard"), keyboard),
    ]


def guide_html(window: MainWindow) -> str:
    index = CommandIndex(window)
    title, every = tr("Getting started with Blueprint Studio"), tr("Every shortcut")
    parts = [f"<h2>{escape(title)}</h2>"]
    for job, topics in guide_sections(index):
        parts.append(f"<h3>{escape(job)}</h3>")
        parts += [f"<p><i>{escape(topic)}.</i> {text}</p>" for topic, text in topics]
    rows = "".join(
        f"<tr><td>{escape(name)}</td><td>&nbsp;&nbsp;<b>{escape(keys)}</b></td></tr>"
        for name, keys in index.shortcut_rows()
    )
    parts.append(f"<h3>{escape(every)}</h3><table>{rows}</table>")
    return "".join(parts)


class GuideDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(tr("Getting started"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_text")
        self.browser.setAccessibleName(tr("Getting started guide"))
        self.browser.setHtml(guide_html(window))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = window.screen().availableGeometry() if window.screen() else None
        height = min(720, screen.height() - 80) if screen else 640
        self.resize(680, height)


def about_text() -> str:
    return tr(
        "<h3>Blueprint Studio {version}</h3><p>Draw help-desk service blueprints and ticket flows, "
        "check them, simulate them, teach them and publish them.</p>"
    ).format(version=__version__)


def show_about(parent: QWidget | None) -> None:
    box = QMessageBox(parent)
    box.setObjectName("about_box")
    box.setWindowTitle(tr("About Blueprint Studio"))
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setText(about_text())
    box.exec()
