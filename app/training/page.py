"""The widgets of the walkthrough dock and how a step, a summary or a message fills them. Shows
frozen views of the stepper; it moves nothing (the dock does).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from blueprint_studio.app.training.widgets import (
    ChoiceButtons,
    FieldForm,
    bold,
    duration_text,
    sla_lines,
    tint,
)
from blueprint_studio.model.schema import TicketCard

if TYPE_CHECKING:  # types only: the stepper loads with the first walkthrough, not at start
    from blueprint_studio.model.walkthrough.views import FieldView, PathEntry, StepView, Summary


def tr(text: str) -> str:
    return QCoreApplication.translate("Walkthrough", text)


# The SLA clock's colour on its escalation ladder: amber at the warning, red past the target.
LADDER_COLOURS = {"warned": "#ef6c00", "breached": "#c62828"}


MESSAGE_COLOURS = {"error": "#c62828", "ok": "#2e7d32", "info": "#37474f"}
KIND_NAMES = {
    "intake": QT_TRANSLATE_NOOP("Walkthrough", "Intake"),
    "step": QT_TRANSLATE_NOOP("Walkthrough", "Step"),
    "decision": QT_TRANSLATE_NOOP("Walkthrough", "Decision"),
    "wait": QT_TRANSLATE_NOOP("Walkthrough", "Wait for customer"),
    "satisfaction": QT_TRANSLATE_NOOP("Walkthrough", "Satisfaction survey"),
    "roadmap": QT_TRANSLATE_NOOP("Walkthrough", "Roadmap"),
    "end": QT_TRANSLATE_NOOP("Walkthrough", "End"),
}


def _label(name: str, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return label


def _heading(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setFont(bold())
    label.setContentsMargins(0, 6, 0, 0)
    tint(label, "#546e7a")
    return label


class WalkthroughPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkthrough_page")
        self.setMinimumWidth(320)
        outer = QVBoxLayout(self)
        outer.addLayout(self._card_rows())
        self.problems_label = _label("walkthrough_problems")
        tint(self.problems_label, "#c62828")
        outer.addWidget(self.problems_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Text wraps to the dock's width instead of scrolling sideways (large type on a projector).
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 1)
        self._build_body(QVBoxLayout(self.body))

    def _card_rows(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        row, tools = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(row)
        rows.addLayout(tools)
        self.card_label = QLabel()
        self.card_combo = QComboBox()
        self.card_combo.setObjectName("walkthrough_card")
        self.card_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.card_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.card_combo.setMinimumContentsLength(16)
        self.cards_button = QToolButton()
        self.cards_button.setObjectName("walkthrough_cards_menu")
        self.cards_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.cards_button)
        self.new_action = QAction(menu)
        self.edit_action = QAction(menu)
        self.delete_action = QAction(menu)
        self.record_action = QAction(menu)
        for name, action in (
            ("card_new", self.new_action),
            ("card_edit", self.edit_action),
            ("card_delete", self.delete_action),
            ("card_record", self.record_action),
        ):
            action.setObjectName(name)
            menu.addAction(action)
        self.cards_button.setMenu(menu)
        self.restart_button = QPushButton()
        self.restart_button.setObjectName("walkthrough_restart")
        self.quiz_check = QCheckBox()
        self.quiz_check.setObjectName("walkthrough_quiz")
        row.addWidget(self.card_label)
        row.addWidget(self.card_combo, 1)
        for widget in (self.cards_button, self.restart_button, self.quiz_check):
            tools.addWidget(widget)
        tools.addStretch(1)
        # Buttons take no focus: the keys stay with the dock (or with the canvas the user clicked).
        self.restart_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quiz_check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return rows

    def _build_body(self, layout: QVBoxLayout) -> None:
        self.step_label = _label("walkthrough_position")
        tint(self.step_label, "#607d8b")
        self.title_label = _label("walkthrough_title")
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title_label.setFont(title_font)  # its own size: presenter mode scales it too
        self.question_label = _label("walkthrough_question")
        self.guidance_label = _label("walkthrough_guidance")
        self.evidence_label = _label("walkthrough_evidence")
        self.applied_label = _label("walkthrough_applied")
        tint(self.applied_label, "#00695c")
        self.template_heading = _heading("walkthrough_template_heading")
        self.template_edit = QPlainTextEdit()
        self.template_edit.setObjectName("walkthrough_template")
        self.template_edit.setReadOnly(True)
        self.template_edit.setMaximumHeight(140)
        self.template_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("walkthrough_copy")
        self.copy_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.actions_label = _label("walkthrough_actions")
        self.form_heading = _heading("walkthrough_form_heading")
        self.form = FieldForm()
        self.choices_heading = _heading("walkthrough_choices_heading")
        self.choices = ChoiceButtons()
        self.nav_row = self._nav_row()
        self.message_label = _label("walkthrough_message")
        self.message_label.setFont(bold())
        self.escalate_button = QPushButton()
        self.escalate_button.setObjectName("walkthrough_escalate")
        self.escalate_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sla_heading = _heading("walkthrough_sla_heading")
        self.sla_label = _label("walkthrough_sla")
        self.sla_bar = QProgressBar()
        self.sla_bar.setObjectName("walkthrough_sla_bar")
        self.sla_bar.setTextVisible(False)
        self.sla_bar.setMaximumHeight(8)
        self.summary_heading = _heading("walkthrough_summary_heading")
        self.summary_label = _label("walkthrough_summary")
        self.history_heading = _heading("walkthrough_history_heading")
        self.history_list = QListWidget()
        self.history_list.setObjectName("walkthrough_history")
        self.history_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.history_list.setMinimumHeight(90)
        self.history_list.setWordWrap(True)
        self.history_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history_list.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # The choices come before the template response: on a projector they must stay in view.
        for widget in (
            self.step_label,
            self.title_label,
            self.question_label,
            self.guidance_label,
            self.evidence_label,
            self.applied_label,
            self.form_heading,
            self.form,
            self.choices_heading,
            self.choices,
            self.nav_row,
            self.message_label,
            self.escalate_button,
            self.template_heading,
            self.template_edit,
            self.copy_button,
            self.actions_label,
            self.summary_heading,
            self.summary_label,
            self.sla_heading,
            self.sla_label,
            self.sla_bar,
            self.history_heading,
            self.history_list,
        ):
            layout.addWidget(widget)
        layout.setAlignment(self.copy_button, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)

    def _nav_row(self) -> QWidget:
        """Back at the left, Finish at the right, under the choices: the mouse's Left and Esc."""
        row = QWidget()
        row.setObjectName("walkthrough_nav")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.back_button = QPushButton()
        self.back_button.setObjectName("walkthrough_back")
        self.end_button = QPushButton()
        self.end_button.setObjectName("walkthrough_end")
        for button in (self.back_button, self.end_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.back_button)
        layout.addStretch(1)
        layout.addWidget(self.end_button)
        return row

    def retranslate(self) -> None:
        self.card_label.setText(tr("Ticket card:"))
        self.cards_button.setText(tr("Cards"))
        self.cards_button.setToolTip(tr("Create, edit or delete ticket cards (undoable)"))
        self.new_action.setText(tr("New ticket card…"))
        self.edit_action.setText(tr("Edit ticket card…"))
        self.delete_action.setText(tr("Delete ticket card"))
        self.record_action.setText(tr("Save the path walked as the card's expected path"))
        self.restart_button.setText(tr("Restart"))
        self.restart_button.setToolTip(tr("Start the ticket card again from its intake"))
        self.back_button.setText(tr("◀ Back"))
        self.back_button.setToolTip(tr("Back to the previous step (Left)"))
        self.end_button.setText(tr("Finish"))
        self.end_button.setToolTip(tr("End the walkthrough and go back to editing (Esc)"))
        self.quiz_check.setText(tr("Quiz"))
        self.quiz_check.setToolTip(tr("The trainee chooses the branch at each decision"))
        self.template_heading.setText(tr("Template response"))
        self.copy_button.setText(tr("Copy"))
        self.copy_button.setToolTip(tr("Copy the template response to the clipboard"))
        self.form_heading.setText(tr("Fields to fill in"))
        self.choices_heading.setText(tr("Next — Right or Space · 1–9 a branch · Left back · Esc ends"))
        self.sla_heading.setText(tr("SLA clock"))
        self.summary_heading.setText(tr("Summary"))
        self.history_heading.setText(tr("History (click to go back)"))

    # ------------------------------------------------------------ cards
    def fill_cards(self, cards: Sequence[TicketCard]) -> None:
        current = self.current_card_id()
        self.card_combo.blockSignals(True)
        self.card_combo.clear()
        for card in cards:
            self.card_combo.addItem(card.name or card.id, card.id)
        self.card_combo.blockSignals(False)
        self.select_card(current)
        has = bool(cards)
        for action in (self.edit_action, self.delete_action, self.record_action):
            action.setEnabled(has)

    def select_card(self, card_id: str | None) -> None:
        """Show `card_id` as chosen without announcing it (the dock is the one choosing)."""
        index = self.card_combo.findData(card_id) if card_id is not None else -1
        if index >= 0:
            self.card_combo.blockSignals(True)
            self.card_combo.setCurrentIndex(index)
            self.card_combo.blockSignals(False)

    def current_card_id(self) -> str | None:
        return self.card_combo.currentData()

    # ------------------------------------------------------------ showing
    def _step_widgets(self) -> list[QWidget]:
        return [
            self.step_label,
            self.title_label,
            self.question_label,
            self.guidance_label,
            self.evidence_label,
            self.applied_label,
            self.template_heading,
            self.template_edit,
            self.copy_button,
            self.actions_label,
            self.form_heading,
            self.form,
            self.choices_heading,
            self.choices,
            self.nav_row,
            self.escalate_button,
            self.sla_heading,
            self.sla_label,
            self.sla_bar,
            self.summary_heading,
            self.summary_label,
            self.history_heading,
            self.history_list,
        ]

    def show_empty(self, text: str, problems: list[str]) -> None:
        self.problems_label.setText("\n".join([text] + [f"• {p}" for p in problems]))
        self.problems_label.setVisible(True)
        self.message_label.clear()
        self.back_button.setEnabled(False)
        for widget in self._step_widgets():
            widget.setVisible(False)

    def show_message(self, text: str, kind: str = "info") -> None:
        tint(self.message_label, MESSAGE_COLOURS.get(kind, "#37474f"))
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _set(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def show_step(
        self,
        view: StepView,
        history: Sequence[PathEntry],
        cursor: int,
        highlight: int | None,
        label_of: Callable[[str], str],
    ) -> None:
        self.problems_label.setVisible(False)
        self.back_button.setEnabled(cursor > 0)
        for widget in self._step_widgets():
            widget.setVisible(True)
        kind = tr(KIND_NAMES.get(view.kind, view.kind))
        self.step_label.setText(tr("#{n} · {kind}").format(n=view.position + 1, kind=kind))
        self.title_label.setText(view.title or view.node_id)
        self._set(self.question_label, view.question)
        # the guidance, then what the node does with follow-up contacts (model/contact_words.py)
        # and who takes the ticket here: the skill it needs, its owner (model/agent_words.py)
        said = (view.guidance, *view.contacts, *view.agents)
        self._set(self.guidance_label, "\n\n".join(t for t in said if t))
        self._set(
            self.evidence_label,
            tr("The customer sees: {what}").format(what=", ".join(view.evidence)) if view.evidence else "",
        )
        # What the move here did belongs to the step the ticket left, and is said as done.
        self._set(
            self.applied_label,
            tr("Done on leaving “{step}”: {what}").format(
                step=view.applied_at, what="; ".join(a.done or a.words for a in view.applied)
            )
            if view.applied and view.applied_at
            else "",
        )
        for widget in (self.template_heading, self.template_edit, self.copy_button):
            widget.setVisible(bool(view.template_response))
        self.template_edit.setPlainText(view.template_response)
        self._set(
            self.actions_label,
            tr("When this step is done: {what}").format(what="; ".join(a.words for a in view.actions))
            if view.actions
            else "",
        )
        fields, notes = self._form_fields(view, label_of)
        self.form.set_fields(fields, notes)
        self.form_heading.setVisible(bool(fields))
        self.choices.set_choices(view.choices, highlight)
        self.choices_heading.setVisible(bool(view.choices))
        self.show_message("")
        self.escalate_button.setVisible(view.time_limit is not None and view.escalate_to is not None)
        self.escalate_button.setText(
            tr("Time limit of {time} passes: escalate to {target}").format(
                time=duration_text(view.time_limit or 0), target=view.escalate_to_title
            )
        )
        # the time limit's escalation ladder, if any: what it does, on the button's tooltip
        self.escalate_button.setToolTip("\n".join(view.time_limit_ladder))
        self._show_sla(view)
        self._show_history(history, cursor)
        self.summary_heading.setVisible(False)
        self.summary_label.setVisible(False)

    def _form_fields(
        self, view: StepView, label_of: Callable[[str], str]
    ) -> tuple[list[FieldView], dict[str, str]]:
        fields = list(view.mandatory)
        notes: dict[str, str] = {}
        for choice in view.choices:
            for name in choice.mandatory:
                if all(f.name != name for f in fields):
                    found = next((f for f in view.fields if f.name == name), None)
                    if found is not None:
                        fields.append(found)
                        notes[name] = tr("for “{branch}”").format(branch=choice.label or choice.target_title)
        return fields, notes

    def _show_sla(self, view: StepView) -> None:
        sla = view.sla
        lines = sla_lines(sla)
        # the escalation ladder: the clock's state in amber at the warning, red at the breach,
        # then what the ladder does (model/ladder_words.py)
        ladder = LADDER_COLOURS.get(sla.ladder_state)
        rows = [
            f"<span style='color:#c62828'>{text}</span>" if breached else text for text, breached in lines
        ]
        for n, text in enumerate(map(html.escape, sla.ladder_words)):  # names typed by people
            rows.append(
                f"<span style='color:{ladder}'>{text}</span>" if n == 0 and ladder else f"<i>{text}</i>"
            )
        self.sla_label.setText("<br>".join(rows))
        target = sla.resolution_target
        self.sla_bar.setVisible(target is not None)
        if target:
            self.sla_bar.setRange(0, 1000)
            self.sla_bar.setValue(min(1000, int(1000 * sla.elapsed / target)))
            colour = "#c62828" if sla.resolution_breached else ladder or "#2e7d32"
            palette = self.sla_bar.palette()
            palette.setColor(QPalette.ColorRole.Highlight, QColor(colour))
            self.sla_bar.setPalette(palette)

    def _show_history(self, history: Sequence[PathEntry], cursor: int) -> None:
        self.history_list.clear()
        for n, entry in enumerate(history):
            item = QListWidgetItem(f"{n + 1}. {entry.title or entry.node_id}")
            if n == cursor:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            elif n > cursor:
                item.setForeground(QColor("#9e9e9e"))
            self.history_list.addItem(item)
        self.history_list.setCurrentRow(cursor)

    def show_summary(self, summary: Summary, score: tuple[int, int] | None) -> None:
        def met(value: bool | None) -> str:
            return tr("no target") if value is None else tr("met") if value else tr("missed")

        lines = [
            tr("Path: {path}").format(
                path=" → ".join(f"{n}. {p.title or p.node_id}" for n, p in enumerate(summary.path, start=1))
            ),
            tr("Outcome: {outcome}").format(outcome=summary.outcome or "—"),
            tr("Time: {wall} since arrival, {elapsed} on the SLA clock").format(
                wall=duration_text(summary.wall), elapsed=duration_text(summary.elapsed)
            ),
            tr("First response: {met}").format(met=met(summary.first_response_met)),
            tr("Resolution: {met}").format(met=met(summary.resolution_met)),
        ]
        if summary.escalations:
            lines.append(tr("Escalations: {n}").format(n=len(summary.escalations)))
        if score is not None:
            lines.append(
                tr("Quiz score: {right} / {total} decisions right at the first try").format(
                    right=score[0], total=score[1]
                )
            )
        self.summary_label.setText("\n".join(lines))
        self.summary_heading.setVisible(True)
        self.summary_label.setVisible(True)
        self.escalate_button.setVisible(False)
