"""Parts of the walkthrough dock: the mandatory-field form, the large numbered choice buttons and
the wording of durations, SLA clocks and refusals. They show views; the dock moves the walkthrough.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # types only: the stepper loads with the first walkthrough, not at start
    from blueprint_studio.model.walkthrough.views import ChoiceView, FieldView, SlaView, WalkthroughError

CONTEXT = "Walkthrough"
MISSING = "#ffcdd2"  # background of a mandatory field left empty


def tr(text: str) -> str:
    return QCoreApplication.translate("Walkthrough", text)


def lang() -> str:
    """The stepper's language: the application's current one (fr or en)."""
    code = QLocale().name()[:2]
    return code if code in ("fr", "en") else "en"


def tint(widget: QWidget, colour: str) -> None:
    """Text colour through the palette: a style sheet would stop the font following its parent
    (presenter mode's large type). On a dark theme the colour is lightened to stay readable."""
    palette = widget.palette()
    shade = QColor(colour)
    if palette.color(QPalette.ColorRole.Window).lightness() < 128:
        shade = shade.lighter(175)
    palette.setColor(QPalette.ColorRole.WindowText, shade)
    palette.setColor(QPalette.ColorRole.Text, shade)
    widget.setPalette(palette)


def bold() -> QFont:
    """Bold only: the size still comes from the parent (presenter mode scales it)."""
    font = QFont()
    font.setBold(True)
    return font


# ---------------------------------------------------------------- words
def duration_text(minutes: float) -> str:
    minutes = max(0, round(minutes))
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return tr("{d} d {h} h").format(d=days, h=hours) if hours else tr("{d} d").format(d=days)
    if hours:
        return tr("{h} h {m:02d} min").format(h=hours, m=mins) if mins else tr("{h} h").format(h=hours)
    return tr("{m} min").format(m=mins)


def clock_text(clock_minute: float) -> str:
    """ "Mon 09:40" for minutes counted from Monday 00:00 of the ticket's first week."""
    day, minute = divmod(int(round(clock_minute)), 1440)
    name = QLocale().dayName(day % 7 + 1, QLocale.FormatType.ShortFormat)
    return f"{name} {minute // 60:02d}:{minute % 60:02d}"


def left_text(left: float | None, target: float | None) -> str:
    if target is None:
        return tr("no target")
    if left is None:
        return tr("met")
    if left < 0:
        return tr("overdue by {time}").format(time=duration_text(-left))
    return tr("{time} left of {target}").format(time=duration_text(left), target=duration_text(target))


def sla_lines(sla: SlaView) -> list[tuple[str, bool]]:
    """(text, breached) lines: the policy, first response, resolution and the clock's state."""
    if sla.policy_id is None:
        return [(tr("No SLA applies to this ticket."), False)]
    lines = [(tr("SLA: {name}").format(name=sla.policy_name or sla.policy_id), False)]
    if sla.first_response_target is not None:
        if sla.first_response_at is not None:
            text = tr("First response: given after {time} (target {target})").format(
                time=duration_text(sla.first_response_at), target=duration_text(sla.first_response_target)
            )
        else:
            text = tr("First response: {left}").format(
                left=left_text(sla.first_response_left, sla.first_response_target)
            )
        lines.append((text, sla.first_response_breached))
    if sla.resolution_target is not None:
        lines.append(
            (
                tr("Resolution: {left}").format(left=left_text(sla.resolution_left, sla.resolution_target)),
                sla.resolution_breached,
            )
        )
    clock = tr("Clock: {elapsed} counted, {wall} since arrival").format(
        elapsed=duration_text(sla.elapsed), wall=duration_text(sla.wall)
    )
    if sla.business_hours:
        clock += " · " + tr("business hours, now {when}").format(when=clock_text(sla.clock_minute))
    lines.append((clock, False))
    if sla.paused_here:
        lines.append((tr("The SLA clock is paused here."), False))
    return lines


def refusal_text(error: WalkthroughError, label_of: Callable[[str], str]) -> str:
    """Why a move was refused, in the user's language."""
    names = ", ".join(label_of(n) for n in error.fields)
    texts = {
        "missing_fields": tr("Fill in first: {fields}"),
        "not_offered": tr("This branch is not offered: {why}"),
        "bad_value": tr("These values are not allowed: {fields}"),
        "finished": tr("The ticket has reached an end."),
        "no_escalation": tr("This step has no time limit to escalate on."),
        "unknown_choice": tr("There is no such branch."),
        "bad_history_index": tr("There is no such earlier step."),
        "unknown_node": tr("its path starts at a node that is no longer in the blueprint.")
        if error.params.get("node")
        else tr("the blueprint has no intake to start from."),
    }
    # a code not worded here is said in general words, never shown as it is
    return texts.get(error.code, tr("This move is not possible.")).format(
        fields=names, why=error.params.get("why") or ""
    )


# ---------------------------------------------------------------- the form
class FieldForm(QWidget):
    """Mandatory and `during` fields as a small form; `values()` gives what the trainee set."""

    sig_submit = Signal()  # Return in a field: "next"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkthrough_form")
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.widgets: dict[str, QWidget] = {}
        self._fields: dict[str, FieldView] = {}
        self._touched: set[str] = set()

    def set_fields(self, fields: Sequence[FieldView], notes: dict[str, str]) -> None:
        while self.layout_.rowCount():
            self.layout_.removeRow(0)
        self.widgets, self._touched = {}, set()
        self._fields = {f.name: f for f in fields}
        for field in fields:
            widget = self._editor(field)
            widget.setObjectName(f"walkthrough_field_{field.name}")
            widget.installEventFilter(self)
            self.widgets[field.name] = widget
            label = field.label + (f" ({notes[field.name]})" if field.name in notes else "")
            self.layout_.addRow(label + " *" if field.empty else label, widget)
        self.setVisible(bool(fields))

    def _editor(self, field: FieldView) -> QWidget:
        touch = lambda *_: self._touched.add(field.name)  # noqa: E731
        if field.type == "choice":
            combo = QComboBox()
            for value, said in zip(field.values, field.value_words or field.values):
                combo.addItem(said, value)  # the value's words; its id is the item's data
            combo.setPlaceholderText(tr("Choose…"))
            combo.setCurrentIndex(
                -1
                if field.empty or field.value not in field.values
                else list(field.values).index(field.value)
            )
            combo.currentIndexChanged.connect(touch)
            return combo
        if field.type == "boolean":
            box = QCheckBox(tr("yes"))
            box.setChecked(bool(field.value) and not field.empty)
            box.toggled.connect(touch)
            return box
        if field.type == "number":
            integral = isinstance(field.value, int) or field.empty
            spin: QSpinBox | QDoubleSpinBox = QSpinBox() if integral else QDoubleSpinBox()
            spin.setRange(-1_000_000_000, 1_000_000_000)
            if not field.empty:
                spin.setValue(field.value)
            spin.valueChanged.connect(touch)
            return spin
        line = QLineEdit("" if field.empty else str(field.value))
        line.setPlaceholderText(tr("Type here…"))
        line.textChanged.connect(touch)
        return line

    def values(self) -> dict[str, Any]:
        """Values the trainee gave or left as they were; never an empty one."""
        out: dict[str, Any] = {}
        for name, widget in self.widgets.items():
            field = self._fields[name]
            if field.empty and name not in self._touched:
                continue
            if isinstance(widget, QComboBox):
                if widget.currentIndex() >= 0:
                    out[name] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                out[name] = widget.isChecked()
            elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
                out[name] = widget.value()
            elif isinstance(widget, QLineEdit) and widget.text().strip():
                out[name] = widget.text().strip()
        return out

    def mark_missing(self, names: Sequence[str]) -> None:
        for name, widget in self.widgets.items():
            widget.setProperty("missing", name in names)
            widget.setAutoFillBackground(name in names)
            palette = QPalette(self.palette())
            if name in names:
                for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Button, QPalette.ColorRole.Window):
                    palette.setColor(role, QColor(MISSING))
            widget.setPalette(palette)
        first = next((self.widgets[n] for n in names if n in self.widgets), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_submit.emit()
            return True
        return super().eventFilter(watched, event)


# ---------------------------------------------------------------- the choices
class ChoiceButton(QPushButton):
    """A large button with its text at the left; `strong` (the way Right goes) gets a green rim."""

    def __init__(self, text: str, strong: bool) -> None:
        super().__init__()
        self.label, self.strong = text, strong
        self.setAccessibleName(text)  # the style paints no text: paintEvent writes it at the left

    def sizeHint(self):  # noqa: N802
        hint = super().sizeHint()
        hint.setHeight(max(hint.height(), self.fontMetrics().height() * 2 + 8))
        return hint

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.strong and self.isEnabled():
            pen = painter.pen()
            pen.setColor(QColor("#2e7d32"))
            pen.setWidthF(2.5)
            painter.setPen(pen)
            painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 4, 4)
        role = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setPen(self.palette().color(role, QPalette.ColorRole.ButtonText))
        painter.setFont(self.font())
        box = self.rect().adjusted(14, 2, -10, -2)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
        painter.drawText(box, flags, self.label)
        painter.end()


class ChoiceButtons(QWidget):
    """The next choices as large numbered buttons; a refused one says why beneath it."""

    sig_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkthrough_choices")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        self.reasons: list[QLabel] = []

    def set_choices(self, choices: Sequence[ChoiceView], highlight: int | None) -> None:
        """`highlight`: the index of the branch Right would take (None in a quiz)."""
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons, self.reasons = [], []
        for choice in choices:
            self._add(choice, choice.index == highlight)

    def _add(self, choice: ChoiceView, strong: bool) -> None:
        label = choice.label or choice.target_title
        text = f"{choice.index + 1}   {label}"
        if choice.label and choice.target_title and choice.label != choice.target_title:
            text += f"  →  {choice.target_title}"
        button = ChoiceButton(text, strong and choice.offered)
        button.setObjectName(f"walkthrough_choice_{choice.index + 1}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the dock
        button.setMinimumHeight(44)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setFont(bold())
        button.setEnabled(choice.offered)
        tip = [choice.condition] if choice.condition else []
        if choice.mandatory:
            needs = choice.mandatory_words or choice.mandatory  # fields by their words
            tip.append(tr("Needs: {fields}").format(fields=", ".join(needs)))
        tip += [a.words for a in choice.actions]
        if not choice.offered:
            tip.insert(0, tr("Not offered: {why}").format(why=choice.why or ""))
        button.setToolTip("\n".join(t for t in tip if t))
        button.clicked.connect(lambda _=False, i=choice.index: self.sig_chosen.emit(i))
        self.layout_.addWidget(button)
        self.buttons.append(button)
        if not choice.offered:
            why = QLabel(tr("Not offered: {why}").format(why=choice.why or ""))
            why.setObjectName(f"walkthrough_why_{choice.index + 1}")
            why.setWordWrap(True)
            why.setContentsMargins(14, 0, 0, 0)
            tint(why, "#757575")
            self.layout_.addWidget(why)
            self.reasons.append(why)
